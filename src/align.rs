//! Word-level local alignment of two quotes, and the corpus's accepted pairs.
//!
//! [`align_quotes`] aligns the shorter quote against a window of the longer
//! one (Smith-Waterman over words, gains and costs weighted by how informative
//! each word is), so a fragment inside a sixty-word quote, an inserted word
//! ("powerfully push ahead"), a dropped word and a short substituted block
//! ("on behalf of himself" / "in the name of his own") all align. Different
//! words align when they share a spelling skeleton (`Year's` / `Year`,
//! `defence` / `defense`) or are close by [`strsim`]; an ellipsis or an
//! editorial bracket in one quote lets the other skip words there for free.
//!
//! The score is a Dice coefficient over informative weight: twice the matched
//! weight over the weight of the shorter quote plus the weight of the aligned
//! window of the longer. A contained fragment scores 1; a quote sharing only a
//! generic phrase with a long one scores low. [`PairAlignment::evidence`] is the
//! informative content both share: short generic phrases have little, so a
//! pair needs enough of it, or corroboration, to be accepted
//! ([`align_corpus_pairs`]).

use crate::index::{CorpusIndex, GAP, QuoteId, key_of};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};

/// Settings of alignment and grouping, named after what they decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignConfig {
    /// Lowest alignment score, in [0, 1], at which two quotes can be the same
    /// utterance.
    pub min_score: f32,
    /// Informative content (roughly: rare content words) two quotes must
    /// share for their alignment to be evidence on its own.
    pub min_evidence: f32,
    /// Informative content below which a pair is never accepted. Between this
    /// and `min_evidence` a pair needs corroboration: both quotes in one
    /// article, or their articles already sharing a pair with enough evidence.
    pub min_fragment_evidence: f32,
    /// Publication dates further apart than this many days count against a
    /// pair: it then needs twice the evidence and cannot be corroborated.
    pub max_days_apart: u32,
    /// Similarity (strsim, normalized Damerau-Levenshtein) at or above which
    /// two different words align as the same word spelled differently.
    pub min_word_similarity: f32,
    /// Words per shingle in the candidate index.
    pub shingle_len: usize,
    /// A shingle printed in more quotes than this is boilerplate: it pairs a
    /// quote only with `boilerplate_neighbours` others.
    pub max_shingle_quotes: usize,
    /// See `max_shingle_quotes`.
    pub boilerplate_neighbours: usize,
    /// Most candidates aligned per quote (those sharing the rarest shingles).
    pub max_candidates: usize,
    /// Two quotes sharing a single shingle are a candidate pair only when that
    /// shingle is in at most this many quotes, or one of them is a short
    /// fragment; otherwise they must share two.
    pub rare_shingle_quotes: usize,
    /// Words of a quote considered at most (longer quotes are cut).
    pub max_words: usize,
    /// A family whose members all stand in one article is kept only when its
    /// canonical wording has at least this many words: a writer repeating a
    /// short phrase of their own is not an utterance to trace.
    pub min_single_article_words: usize,
    /// Two quotes their articles credit to different people are one
    /// utterance only when their words agree this closely (or one contains
    /// the other) and the pair is evidence on its own: a stock phrase two
    /// speakers share ("Let me be clear: the next move is ...") is not one
    /// statement, while the same words credited to someone else are a
    /// misattribution to report.
    pub min_variant_score_across_speakers: f32,
    /// Two quotes printing the same words (identical, cosmetic or one
    /// containing the other) over at least this many words are one
    /// utterance however far apart their dates: a line quoted again, or
    /// credited to someone else, months later.
    pub min_words_across_dates: usize,
}

impl Default for AlignConfig {
    fn default() -> Self {
        AlignConfig {
            min_score: 0.6,
            min_evidence: 3.0,
            min_fragment_evidence: 0.5,
            max_days_apart: 30,
            min_word_similarity: 0.8,
            shingle_len: 3,
            max_shingle_quotes: 64,
            boilerplate_neighbours: 8,
            max_candidates: 256,
            rare_shingle_quotes: 8,
            max_words: 400,
            min_single_article_words: 8,
            min_variant_score_across_speakers: 0.9,
            min_words_across_dates: 10,
        }
    }
}

/// How two aligned quotes relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same text, character for character.
    Identical,
    /// The same words; case, punctuation, quote marks or editorial brackets differ.
    Cosmetic,
    /// The shorter quote's words are a run of the longer's (ellipses allowed).
    Contained,
    /// The wording differs: words inserted, dropped, substituted or respelled.
    Variant,
}

impl Relation {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Identical => "identical",
            Relation::Cosmetic => "cosmetic",
            Relation::Contained => "contained",
            Relation::Variant => "variant",
        }
    }
}

/// One of the two aligned quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first quote given.
    A,
    /// The second quote given.
    B,
}

/// A half-open range of word indices (words as [`crate::index::word_spans`] numbers them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordRange {
    /// First word.
    pub start: u32,
    /// One past the last word.
    pub end: u32,
}

/// One step of the token-level alignment path.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Word index in quote `a`, or `None` when `b` has a word `a` lacks.
    pub a: Option<u32>,
    /// Word index in quote `b`, or `None` when `a` has a word `b` lacks.
    pub b: Option<u32>,
    /// 1 for the same word, less for a respelling, 0 for a substitution.
    pub similarity: f32,
}

/// The local alignment of two quotes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PairAlignment {
    /// Dice coefficient of informative weight, in [0, 1].
    pub score: f32,
    /// Informative content the two share (about one per rare content word).
    pub evidence: f32,
    /// How they relate.
    pub relation: Relation,
    /// Which quote has more words (`B` on a tie).
    pub longer: Side,
    /// Aligned words of `a`.
    pub a_window: WordRange,
    /// Aligned words of `b`.
    pub b_window: WordRange,
    /// The alignment, word by word, in order (empty unless asked for).
    pub path: Vec<Step>,
}

/// Reusable buffers of the aligner (one per thread).
#[derive(Debug, Default)]
pub struct Scratch {
    ws: Vec<f32>,
    wl: Vec<f32>,
    is_: Vec<f32>,
    il: Vec<f32>,
    prev: Vec<f32>,
    cur: Vec<f32>,
    dir: Vec<u8>,
    /// Fuzzy matches (s, l, similarity) sorted by s.
    fuzzy: Vec<(u32, u32, f32)>,
    fuzzy_start: Vec<u32>,
    in_s: FxHashSet<u32>,
    in_l: FxHashSet<u32>,
}

/// A query's words and the keys it uses that the corpus does not have.
pub(crate) struct QuerySide<'q> {
    pub words: &'q [u32],
    pub extra_keys: &'q [String],
    pub extra_weights: &'q [f32],
    pub extra_skeletons: &'q [u32],
}

const NO_EXTRA: QuerySide<'static> = QuerySide {
    words: &[],
    extra_keys: &[],
    extra_weights: &[],
    extra_skeletons: &[],
};

/// Least weight a word has in the alignment (so function words still hold it together).
const MIN_ALIGN_WEIGHT: f32 = 0.05;
/// Similarity of two keys with the same spelling skeleton.
const SKELETON_SIMILARITY: f32 = 0.9;

const STOP: u8 = 0;
const DIAG: u8 = 1;
const UP: u8 = 2;
const LEFT: u8 = 3;

/// Aligns two quotes of the index. `None` when they share nothing.
pub fn align_quotes(
    index: &CorpusIndex<'_>,
    a: QuoteId,
    b: QuoteId,
    scratch: &mut Scratch,
    with_path: bool,
) -> Option<PairAlignment> {
    let mut r = align_words(
        index,
        &NO_EXTRA,
        index.words_of(a),
        index.words_of(b),
        scratch,
        with_path,
    )?;
    if r.relation == Relation::Cosmetic && index.quote(a).text.trim() == index.quote(b).text.trim() {
        r.relation = Relation::Identical;
    }
    Some(r)
}

/// Aligns a query (side `a`) with a quote of the index (side `b`).
pub(crate) fn align_query(
    index: &CorpusIndex<'_>,
    q: &QuerySide<'_>,
    b: QuoteId,
    scratch: &mut Scratch,
    with_path: bool,
) -> Option<PairAlignment> {
    align_words(index, q, q.words, index.words_of(b), scratch, with_path)
}

fn align_words(
    index: &CorpusIndex<'_>,
    extra: &QuerySide<'_>,
    a: &[u32],
    b: &[u32],
    sc: &mut Scratch,
    with_path: bool,
) -> Option<PairAlignment> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    // S: the shorter side (rows), L: the longer (columns).
    // The shorter side is S; on a tie the lesser sequence, so that swapping
    // the arguments mirrors the result instead of changing it.
    let a_is_short = a.len() < b.len() || (a.len() == b.len() && a <= b);
    let (s, l) = if a_is_short { (a, b) } else { (b, a) };
    let longer = if a_is_short { Side::B } else { Side::A };
    index.weights_into(s, &mut sc.is_, extra.extra_weights);
    index.weights_into(l, &mut sc.il, extra.extra_weights);
    sc.ws.clear();
    sc.ws.extend(sc.is_.iter().map(|&w| w.max(MIN_ALIGN_WEIGHT)));
    sc.wl.clear();
    sc.wl.extend(sc.il.iter().map(|&w| w.max(MIN_ALIGN_WEIGHT)));
    let (n, m) = (s.len(), l.len());

    let core = if let Some(pos) = exact_run(s, l) {
        exact_core(n, pos, sc)
    } else {
        fuzzy_matches(index, extra, s, l, sc);
        dp_core(s, l, sc)?
    };

    let relation = if core.all_s_exact && n == m {
        Relation::Cosmetic
    } else if core.all_s_exact {
        Relation::Contained
    } else {
        Relation::Variant
    };
    let (s_win, l_win) = (core.s_win, core.l_win);
    let path = if with_path {
        core.pairs
            .iter()
            .map(|&(si, li, sim)| {
                let (ai, bi) = if a_is_short { (si, li) } else { (li, si) };
                Step {
                    a: ai,
                    b: bi,
                    similarity: sim,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let (a_window, b_window) = if a_is_short { (s_win, l_win) } else { (l_win, s_win) };
    Some(PairAlignment {
        score: core.score,
        evidence: core.evidence,
        relation,
        longer,
        a_window,
        b_window,
        path,
    })
}

struct Core {
    score: f32,
    evidence: f32,
    all_s_exact: bool,
    s_win: WordRange,
    l_win: WordRange,
    pairs: Vec<(Option<u32>, Option<u32>, f32)>,
}

/// Where `s` occurs as a contiguous run of `l` (keys only), when `s` has no gap marks.
fn exact_run(s: &[u32], l: &[u32]) -> Option<usize> {
    if s.iter().skip(1).any(|&w| w & GAP != 0) {
        return None;
    }
    let first = key_of(s[0]);
    (0..=l.len() - s.len())
        .find(|&p| key_of(l[p]) == first && s.iter().zip(&l[p..]).all(|(&x, &y)| key_of(x) == key_of(y)))
}

fn exact_core(n: usize, pos: usize, sc: &Scratch) -> Core {
    let evidence = sc.is_.iter().zip(&sc.il[pos..]).map(|(&x, &y)| x.min(y)).sum();
    Core {
        score: 1.0,
        evidence,
        all_s_exact: true,
        s_win: WordRange {
            start: 0,
            end: n as u32,
        },
        l_win: WordRange {
            start: pos as u32,
            end: (pos + n) as u32,
        },
        pairs: (0..n).map(|i| (Some(i as u32), Some((pos + i) as u32), 1.0)).collect(),
    }
}

/// Finds the pairs of different words that still align (same skeleton, or
/// close spelling), among words of one side that the other side lacks.
fn fuzzy_matches(index: &CorpusIndex<'_>, extra: &QuerySide<'_>, s: &[u32], l: &[u32], sc: &mut Scratch) {
    sc.fuzzy.clear();
    sc.in_s.clear();
    sc.in_l.clear();
    sc.in_s.extend(s.iter().map(|&w| key_of(w)));
    sc.in_l.extend(l.iter().map(|&w| key_of(w)));
    let min_sim = index.config().min_word_similarity;
    for (i, &ws) in s.iter().enumerate() {
        let ks = key_of(ws);
        if sc.in_l.contains(&ks) {
            continue;
        }
        let skel_s = index.skeleton_of(ks, extra.extra_skeletons);
        let shape_s = index.key_shape(ks, extra.extra_keys);
        for (j, &wl) in l.iter().enumerate() {
            let kl = key_of(wl);
            if sc.in_s.contains(&kl) {
                continue;
            }
            let sim = if index.skeleton_of(kl, extra.extra_skeletons) == skel_s {
                SKELETON_SIMILARITY
            } else if spellings_may_be_close(shape_s, index.key_shape(kl, extra.extra_keys)) {
                let sim = strsim::normalized_damerau_levenshtein(
                    index.key_str(ks, extra.extra_keys),
                    index.key_str(kl, extra.extra_keys),
                ) as f32;
                if sim >= min_sim { sim } else { 0.0 }
            } else {
                0.0
            };
            if sim > 0.0 {
                sc.fuzzy.push((i as u32, j as u32, sim));
            }
        }
    }
    sc.fuzzy_start.clear();
    sc.fuzzy_start.resize(s.len() + 1, 0);
    for &(i, _, _) in &sc.fuzzy {
        sc.fuzzy_start[i as usize + 1] += 1;
    }
    for i in 0..s.len() {
        sc.fuzzy_start[i + 1] += sc.fuzzy_start[i];
    }
}

/// Only words of four characters or more, starting alike and of close
/// length, are compared by spelling.
fn spellings_may_be_close((lx, fx): (usize, char), (ly, fy): (usize, char)) -> bool {
    lx >= 4 && ly >= 4 && lx.abs_diff(ly) <= 2 && fx == fy
}

// Indices address the two sequences, their weights and the direction matrix at once.
#[allow(clippy::needless_range_loop)]
fn dp_core(s: &[u32], l: &[u32], sc: &mut Scratch) -> Option<Core> {
    let (n, m) = (s.len(), l.len());
    sc.prev.clear();
    sc.prev.resize(m + 1, 0.0);
    sc.cur.clear();
    sc.cur.resize(m + 1, 0.0);
    sc.dir.clear();
    sc.dir.resize((n + 1) * (m + 1), STOP);
    let (mut best, mut bi, mut bj) = (0.0f32, 0usize, 0usize);
    let sim_at = |sc: &Scratch, i: usize, j: usize| -> f32 {
        if key_of(s[i]) == key_of(l[j]) {
            return 1.0;
        }
        let (a, b) = (sc.fuzzy_start[i] as usize, sc.fuzzy_start[i + 1] as usize);
        sc.fuzzy[a..b].iter().find(|f| f.1 as usize == j).map_or(0.0, |f| f.2)
    };
    for i in 1..=n {
        sc.cur[0] = 0.0;
        let wsi = sc.ws[i - 1];
        // Skipping L words is free right before an S word marked by a gap.
        let free_l = i < n && s[i] & GAP != 0;
        for j in 1..=m {
            let wlj = sc.wl[j - 1];
            let sim = sim_at(sc, i - 1, j - 1);
            let pair_w = 0.5 * (wsi + wlj);
            let diag = sc.prev[j - 1] + if sim > 0.0 { sim * pair_w } else { -pair_w };
            let free_s = j < m && l[j] & GAP != 0;
            let up = sc.prev[j] - if free_s { 0.0 } else { wsi };
            let left = sc.cur[j - 1] - if free_l { 0.0 } else { wlj };
            let (v, d) = if diag >= up && diag >= left {
                (diag, DIAG)
            } else if up >= left {
                (up, UP)
            } else {
                (left, LEFT)
            };
            let (v, d) = if v > 0.0 { (v, d) } else { (0.0, STOP) };
            sc.cur[j] = v;
            sc.dir[i * (m + 1) + j] = d;
            if v > best {
                best = v;
                bi = i;
                bj = j;
            }
        }
        std::mem::swap(&mut sc.prev, &mut sc.cur);
    }
    if best <= 0.0 {
        return None;
    }
    // Trace back.
    let mut pairs: Vec<(Option<u32>, Option<u32>, f32)> = Vec::new();
    let (mut i, mut j) = (bi, bj);
    while i > 0 && j > 0 {
        match sc.dir[i * (m + 1) + j] {
            DIAG => {
                let sim = sim_at(sc, i - 1, j - 1);
                pairs.push((Some(i as u32 - 1), Some(j as u32 - 1), sim));
                i -= 1;
                j -= 1;
            }
            UP => {
                pairs.push((Some(i as u32 - 1), None, 0.0));
                i -= 1;
            }
            LEFT => {
                pairs.push((None, Some(j as u32 - 1), 0.0));
                j -= 1;
            }
            _ => break,
        }
    }
    pairs.reverse();
    // Trim skips at the ends (a local alignment starts and ends on a match).
    while pairs.first().is_some_and(|p| p.0.is_none() || p.1.is_none()) {
        pairs.remove(0);
    }
    while pairs.last().is_some_and(|p| p.0.is_none() || p.1.is_none()) {
        pairs.pop();
    }
    let pairs = readable_path(s, l, pairs);
    let first = pairs.first()?;
    let last = pairs.last()?;
    let s_win = WordRange {
        start: first.0.unwrap_or(0),
        end: last.0.map_or(0, |x| x + 1),
    };
    let l_win = WordRange {
        start: first.1.unwrap_or(0),
        end: last.1.map_or(0, |x| x + 1),
    };
    let mut matched = 0.0f32;
    let mut evidence = 0.0f32;
    let mut w_s: f32 = sc.ws.iter().sum();
    let mut w_l: f32 = sc.wl[l_win.start as usize..l_win.end as usize].iter().sum();
    let mut all_exact = s_win.start == 0 && s_win.end as usize == n;
    let mut prev_s: Option<u32> = None;
    let mut prev_l: Option<u32> = None;
    for &(si, li, sim) in &pairs {
        match (si, li) {
            (Some(x), Some(y)) => {
                if sim > 0.0 {
                    matched += sim * 0.5 * (sc.ws[x as usize] + sc.wl[y as usize]);
                    evidence += sim * sc.is_[x as usize].min(sc.il[y as usize]);
                }
                if sim < 1.0 {
                    all_exact = false;
                }
                prev_s = Some(x);
                prev_l = Some(y);
            }
            (Some(x), None) => {
                all_exact = false;
                // Free when the longer quote has an ellipsis or bracket here.
                let next_l = prev_l.map_or(0, |p| p + 1) as usize;
                if next_l < m && l[next_l] & GAP != 0 {
                    w_s -= sc.ws[x as usize];
                }
                prev_s = Some(x);
            }
            (None, Some(y)) => {
                let next_s = prev_s.map_or(0, |p| p + 1) as usize;
                if next_s < n && s[next_s] & GAP != 0 {
                    w_l -= sc.wl[y as usize];
                } else {
                    all_exact = false;
                }
                prev_l = Some(y);
            }
            (None, None) => {}
        }
    }
    let denom = w_s + w_l;
    let score = if denom > 0.0 {
        (2.0 * matched / denom).clamp(0.0, 1.0)
    } else {
        0.0
    };
    Some(Core {
        score,
        evidence,
        all_s_exact: all_exact,
        s_win,
        l_win,
        pairs,
    })
}

type PathStep = (Option<u32>, Option<u32>, f32);

/// Rewrites each run of unmatched steps between two matches so that equal
/// words inside it are matched and the rest read as substitutions, then
/// insertions: the scoring may have preferred pairing a dropped function word
/// with a substituted content word, which is correct but hard to read.
fn readable_path(s: &[u32], l: &[u32], path: Vec<PathStep>) -> Vec<PathStep> {
    let is_match = |p: &PathStep| p.0.is_some() && p.1.is_some() && p.2 > 0.0;
    let mut out: Vec<PathStep> = Vec::with_capacity(path.len());
    let mut i = 0;
    while i < path.len() {
        if is_match(&path[i]) {
            out.push(path[i]);
            i += 1;
            continue;
        }
        let j = path[i..].iter().position(is_match).map_or(path.len(), |k| i + k);
        let xs: Vec<u32> = path[i..j].iter().filter_map(|p| p.0).collect();
        let ys: Vec<u32> = path[i..j].iter().filter_map(|p| p.1).collect();
        // LCS of keys over the run (runs are a few words long).
        let (n, m) = (xs.len(), ys.len());
        let mut t = vec![0u16; (n + 1) * (m + 1)];
        for a in (0..n).rev() {
            for b in (0..m).rev() {
                t[a * (m + 1) + b] = if key_of(s[xs[a] as usize]) == key_of(l[ys[b] as usize]) {
                    t[(a + 1) * (m + 1) + b + 1] + 1
                } else {
                    t[(a + 1) * (m + 1) + b].max(t[a * (m + 1) + b + 1])
                };
            }
        }
        let (mut a, mut b) = (0, 0);
        let (mut pend_x, mut pend_y): (Vec<u32>, Vec<u32>) = (Vec::new(), Vec::new());
        let flush = |out: &mut Vec<PathStep>, px: &mut Vec<u32>, py: &mut Vec<u32>| {
            let k = px.len().min(py.len());
            out.extend((0..k).map(|z| (Some(px[z]), Some(py[z]), 0.0)));
            out.extend(px[k..].iter().map(|&x| (Some(x), None, 0.0)));
            out.extend(py[k..].iter().map(|&y| (None, Some(y), 0.0)));
            px.clear();
            py.clear();
        };
        while a < n || b < m {
            if a < n && b < m && key_of(s[xs[a] as usize]) == key_of(l[ys[b] as usize]) {
                flush(&mut out, &mut pend_x, &mut pend_y);
                out.push((Some(xs[a]), Some(ys[b]), 1.0));
                a += 1;
                b += 1;
            } else if b >= m || (a < n && t[(a + 1) * (m + 1) + b] >= t[a * (m + 1) + b + 1]) {
                pend_x.push(xs[a]);
                a += 1;
            } else {
                pend_y.push(ys[b]);
                b += 1;
            }
        }
        flush(&mut out, &mut pend_x, &mut pend_y);
        i = j;
    }
    out
}

/// Whether a pair could stand on its own, needs corroboration, or was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    /// Enough shared informative content on its own.
    Evidence,
    /// A short fragment, accepted because both quotes stand in one article or
    /// their articles share a pair with evidence.
    Corroborated,
}

/// An accepted pair of corpus quotes (`a < b`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotePair {
    /// The first quote.
    pub a: QuoteId,
    /// The second quote.
    pub b: QuoteId,
    /// The alignment (without path).
    pub alignment: PairAlignment,
    /// Why it was accepted.
    pub support: Support,
}

/// Counts of the pair stage, for reports and benchmarks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairStats {
    /// Candidate pairs aligned.
    pub aligned: u64,
    /// Pairs accepted.
    pub accepted: u64,
}

/// A candidate accepted by the pair stage: the other quote, the alignment,
/// and whether it is evidence on its own.
type Found = (u32, PairAlignment, bool);

/// Days between the articles of two quotes, when both are dated.
fn days_apart(index: &CorpusIndex<'_>, a: QuoteId, b: QuoteId) -> Option<i64> {
    Some(index.record(a).date?.days_between(index.record(b).date?))
}

/// Aligns the corpus's candidate pairs and returns the accepted ones, sorted
/// by `(a, b)`. Parallel over quotes; the result does not depend on the
/// number of threads.
///
/// 1. Quotes sharing a shingle are aligned; a pair with
///    [`AlignConfig::min_score`] and [`AlignConfig::min_evidence`] (doubled,
///    with a higher score, when the dates are far apart) stands on its own,
///    and links the two articles as covering the same story.
/// 2. Quotes too short to have a shingle are aligned with the quotes of their
///    own article and of linked articles that use their content words.
/// 3. Pairs with less evidence are kept only when their quotes stand in one
///    article or in linked articles.
pub fn align_corpus_pairs(index: &CorpusIndex<'_>) -> (Vec<QuotePair>, PairStats) {
    align_corpus_pairs_counted(index, &AlignProgress::default())
}

/// Counters a long alignment updates as it goes, for a progress display
/// polled from another thread (the library itself never prints).
#[derive(Debug, Default)]
pub struct AlignProgress {
    /// Quotes whose candidates have been aligned.
    pub quotes_done: std::sync::atomic::AtomicU64,
    /// Quotes to do.
    pub quotes_total: std::sync::atomic::AtomicU64,
    /// Candidate pairs aligned so far.
    pub pairs_aligned: std::sync::atomic::AtomicU64,
}

/// [`align_corpus_pairs`], counting its progress in `progress`.
pub fn align_corpus_pairs_counted(index: &CorpusIndex<'_>, progress: &AlignProgress) -> (Vec<QuotePair>, PairStats) {
    use std::sync::atomic::Ordering::Relaxed;
    let cfg = index.config();
    let n = index.len();
    let far = |a: QuoteId, b: QuoteId| days_apart(index, a, b).is_some_and(|d| d > i64::from(cfg.max_days_apart));
    let speakers: Vec<Option<Vec<String>>> = (0..n as u32)
        .into_par_iter()
        .with_min_len(1024)
        .map(|q| index.quote(QuoteId(q)).speaker.as_deref().map(crate::names::tokens))
        .collect();
    let different_speakers = |a: QuoteId, b: QuoteId| match (&speakers[a.0 as usize], &speakers[b.0 as usize]) {
        (Some(x), Some(y)) => !x.is_empty() && !y.is_empty() && !crate::names::tokens_match(x, y),
        _ => false,
    };
    // The same long wording printed months apart is one utterance quoted
    // again (or credited anew: a viral misattribution of a 2023 line), not
    // a coincidence: the date penalty is for short or generic phrases.
    let same_long_words = |al: &PairAlignment| -> bool {
        let len = |w: &WordRange| w.end.saturating_sub(w.start) as usize;
        matches!(
            al.relation,
            Relation::Identical | Relation::Cosmetic | Relation::Contained
        ) && len(&al.a_window).min(len(&al.b_window)) >= cfg.min_words_across_dates
    };
    let judge = |a: QuoteId, b: QuoteId, al: PairAlignment| -> Option<(PairAlignment, bool)> {
        if al.score < cfg.min_score || al.evidence < cfg.min_fragment_evidence {
            return None;
        }
        let strong = if far(a, b) {
            (al.evidence >= 2.0 * cfg.min_evidence && al.score >= 0.5 * (1.0 + cfg.min_score)) || same_long_words(&al)
        } else {
            al.evidence >= cfg.min_evidence
        };
        if different_speakers(a, b)
            && (!strong || (al.relation == Relation::Variant && al.score < cfg.min_variant_score_across_speakers))
        {
            return None;
        }
        Some((al, strong))
    };

    // Pass 1: shingle candidates.
    progress.quotes_total.store(n as u64, Relaxed);
    let pass1: Vec<(Vec<Found>, u64)> = (0..n as u32)
        .into_par_iter()
        .with_min_len(64)
        .map_init(
            || (Scratch::default(), FxHashMap::default()),
            |(sc, acc), q| {
                let cands = index.shingle_candidates(QuoteId(q), acc);
                let tried = cands.len() as u64;
                progress.quotes_done.fetch_add(1, Relaxed);
                progress.pairs_aligned.fetch_add(tried, Relaxed);
                let out = cands
                    .into_iter()
                    .filter_map(|r| {
                        let al = align_quotes(index, QuoteId(q), QuoteId(r), sc, false)?;
                        let (al, strong) = judge(QuoteId(q), QuoteId(r), al)?;
                        Some((r, al, strong))
                    })
                    .collect();
                (out, tried)
            },
        )
        .collect();
    let mut aligned: u64 = pass1.iter().map(|p| p.1).sum();

    // Article links from pairs with evidence.
    let n_docs = index.records().len();
    let mut links: Vec<(u32, u32)> = Vec::new();
    for (q, (found, _)) in pass1.iter().enumerate() {
        let dq = index.loc(QuoteId(q as u32)).doc.0;
        for (r, _, strong) in found {
            let dr = index.loc(QuoteId(*r)).doc.0;
            if *strong && dq != dr && !far(QuoteId(q as u32), QuoteId(*r)) {
                links.push((dq, dr));
                links.push((dr, dq));
            }
        }
    }
    links.par_sort_unstable();
    links.dedup();
    let mut link_off = vec![0u32; n_docs + 1];
    for &(d, _) in &links {
        link_off[d as usize + 1] += 1;
    }
    for d in 0..n_docs {
        link_off[d + 1] += link_off[d];
    }
    let linked = |x: u32, y: u32| {
        x == y
            || links[link_off[x as usize] as usize..link_off[x as usize + 1] as usize]
                .binary_search(&(x, y))
                .is_ok()
    };

    // Pass 2: quotes without a shingle, against their own and linked articles.
    let has_shingles: Vec<bool> = (0..n as u32)
        .into_par_iter()
        .with_min_len(1024)
        .map(|q| index.has_shingles(QuoteId(q)))
        .collect();
    let pass2: Vec<(Vec<(u32, Found)>, u64)> = (0..n as u32)
        .into_par_iter()
        .with_min_len(64)
        .filter(|&q| !has_shingles[q as usize] && index.word_count(QuoteId(q)) > 0)
        .map_init(Scratch::default, |sc, q| {
            let dq = index.loc(QuoteId(q)).doc.0;
            let words = index.words_of(QuoteId(q));
            let docs = std::iter::once(dq).chain(
                links[link_off[dq as usize] as usize..link_off[dq as usize + 1] as usize]
                    .iter()
                    .map(|l| l.1),
            );
            let mut tried = 0;
            let mut out = Vec::new();
            for d in docs {
                for r in index.doc_quotes(crate::index::DocId(d)) {
                    if r == q || !(has_shingles[r as usize] || r > q) || !index.uses_content_of(words, QuoteId(r)) {
                        continue;
                    }
                    tried += 1;
                    let (x, y) = (q.min(r), q.max(r));
                    let Some(al) = align_quotes(index, QuoteId(x), QuoteId(y), sc, false) else {
                        continue;
                    };
                    if let Some((al, strong)) = judge(QuoteId(x), QuoteId(y), al) {
                        out.push((x, (y, al, strong)));
                    }
                }
            }
            (out, tried)
        })
        .collect();
    aligned += pass2.iter().map(|p| p.1).sum::<u64>();

    let mut pairs: Vec<QuotePair> = Vec::new();
    let mut keep = |a: u32, b: u32, al: PairAlignment, strong: bool| {
        let (da, db) = (index.loc(QuoteId(a)).doc.0, index.loc(QuoteId(b)).doc.0);
        let support = if strong {
            Support::Evidence
        } else if !far(QuoteId(a), QuoteId(b)) && linked(da, db) {
            Support::Corroborated
        } else {
            return;
        };
        pairs.push(QuotePair {
            a: QuoteId(a),
            b: QuoteId(b),
            alignment: al,
            support,
        });
    };
    for (q, (found, _)) in pass1.into_iter().enumerate() {
        for (r, al, strong) in found {
            keep(q as u32, r, al, strong);
        }
    }
    for (found, _) in pass2 {
        for (a, (b, al, strong)) in found {
            keep(a, b, al, strong);
        }
    }
    pairs.par_sort_unstable_by_key(|p| (p.a, p.b));
    pairs.dedup_by_key(|p| (p.a, p.b));
    let stats = PairStats {
        aligned,
        accepted: pairs.len() as u64,
    };
    (pairs, stats)
}
