//! Quote families: the quotes of one utterance, as a containment tree.
//!
//! Quotes are taken from the most complete (most words) to the least. A
//! quote with no accepted pair to a more complete one starts a family; any
//! other quote joins the family of its best match among the more complete
//! quotes, attached to the most complete member containing it. A quote that
//! fits two families joins the better one and is flagged ambiguous: families
//! never merge, so a short generic fragment cannot chain two utterances
//! together (single-link clustering would).
//!
//! [`align_corpus`] is the whole stage: index, pairs, families, provenance.
//!
//! ```
//! use quotecheck::align::AlignConfig;
//! use quotecheck::family::align_corpus;
//! let records = quotecheck::synth::tiny_records();
//! let out = align_corpus(&records, &AlignConfig::default());
//! assert_eq!(out.families.len(), 1);
//! assert_eq!(out.families[0].members.len(), 2);
//! ```

use crate::align::{self, AlignConfig, PairStats, QuotePair, Relation, Scratch, Support};
use crate::date::Date;
use crate::extract::ArticleRecord;
use crate::index::{CorpusIndex, QuoteId};
use crate::normalize::normalize_phrase;
use crate::provenance;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

/// A quote of the corpus, by file and quote id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteRef {
    /// The article's file name.
    pub file: String,
    /// The quote id in that article (`q3`).
    pub quote: String,
}

/// One quote of a family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Member {
    /// The article's file name.
    pub file: String,
    /// The quote id in that article.
    pub quote: String,
    /// The quote as printed.
    pub text: String,
    /// Alignment score with the canonical wording (1 for the canonical itself).
    pub score: f32,
    /// Relation to the canonical wording.
    pub relation: Relation,
    /// The outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The article's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The member this one is attached to in the containment tree (the most
    /// complete member containing it); `None` for the canonical.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<QuoteRef>,
    /// The earlier member it was copied from: one printing its words (the
    /// same wording, or a longer quote containing them), or the wire its
    /// article credits (`extra.wire`). `None` when no earlier member prints
    /// its words (an independent wording or translation), or when several
    /// printed them first the same day with nothing to order them (see
    /// `source_tied`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<QuoteRef>,
    /// The earlier members it may come from when they tie: printed the same
    /// day with nothing (a time of day) to tell which came first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_tied: Vec<QuoteRef>,
    /// The origin the outlet credits in the quote's context ("KCNA").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed: Option<String>,
    /// Accepted only by corroboration: too short to be evidence on its own.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fragment: bool,
    /// A splice: its ellipsis joins words other sources print as two
    /// quotes. It is a member of each piece's family (the others in
    /// `also_fits`), never the canonical, and never joins two families.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub spliced: bool,
    /// Ids of other families this quote also fits (it is ambiguous when not empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_fits: Vec<String>,
}

/// The earliest dated member of a family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct First {
    /// Its file.
    pub file: String,
    /// Its quote id.
    pub quote: String,
    /// Its date.
    pub date: Date,
    /// Other members printed the same day (in other articles).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tied: Vec<QuoteRef>,
    /// The origin most members credit ("KCNA"), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributed: Option<String>,
}

/// One person a family's members are credited to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerCredit {
    /// The name, in its fullest printed form (`Putin` and `Vladimir Putin`
    /// are one person, as [`crate::names::same_person`] tells).
    pub name: String,
    /// Articles crediting them.
    pub articles: usize,
    /// The members crediting them, in corpus order.
    pub quotes: Vec<QuoteRef>,
}

/// Members in two or more articles printing exactly the same words: a sign
/// of a shared wire source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordingGroup {
    /// The wording as the first member printed it.
    pub text: String,
    /// Indices into [`Family::members`].
    pub members: Vec<usize>,
    /// The distinct outlets (or files, when the outlet is unknown), sorted.
    pub outlets: Vec<String>,
}

/// The quotes of one utterance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Family {
    /// `f1`, `f2`, ... in corpus order of the families' first members.
    pub id: String,
    /// The most complete wording.
    pub canonical: String,
    /// Where the canonical wording stands.
    pub canonical_quote: QuoteRef,
    /// Who said it: the members' consensus.
    pub speaker: Option<String>,
    /// Every person the members are credited to, most articles first (then
    /// the earliest printed): a family whose outlets credit someone else
    /// (a misattribution to report) lists them all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerCredit>,
    /// The members credit more than one person.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub speakers_disagree: bool,
    /// The earliest dated member.
    pub first: Option<First>,
    /// The members, in corpus order.
    pub members: Vec<Member>,
    /// Groups of members in different articles with the same wording.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wording_groups: Vec<WordingGroup>,
}

/// A quote that joined no family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unmatched {
    /// The article's file name.
    pub file: String,
    /// The quote id.
    pub quote: String,
    /// The quote as printed.
    pub text: String,
}

/// Sizes of the run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AlignStats {
    /// Articles read.
    pub articles: u64,
    /// Quotes read.
    pub quotes: u64,
    /// Candidate pairs aligned.
    pub pairs_aligned: u64,
    /// Pairs accepted as the same utterance.
    pub pairs_accepted: u64,
    /// Families found.
    pub families: u64,
}

/// The result of `align`: its JSON is what `quotecheck align --format json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AlignOutput {
    /// The families, in corpus order of their first members.
    pub families: Vec<Family>,
    /// Quotes in no family, in corpus order.
    pub unmatched: Vec<Unmatched>,
    /// Sizes of the run.
    pub stats: AlignStats,
}

/// Aligns a corpus: index, candidate pairs, families and provenance.
pub fn align_corpus(records: &[ArticleRecord], cfg: &AlignConfig) -> AlignOutput {
    align_corpus_counted(records, cfg, &align::AlignProgress::default())
}

/// [`align_corpus`], counting its progress in `progress` (see
/// [`align::AlignProgress`]).
pub fn align_corpus_counted(
    records: &[ArticleRecord],
    cfg: &AlignConfig,
    progress: &align::AlignProgress,
) -> AlignOutput {
    let index = CorpusIndex::build(records, cfg);
    let (pairs, stats) = align::align_corpus_pairs_counted(&index, progress);
    build_families(&index, &pairs, stats)
}

/// `find` without path compression, for use while `up` is borrowed.
fn find_ro(up: &[u32], mut f: u32) -> u32 {
    while up[f as usize] != f {
        f = up[f as usize];
    }
    f
}

fn qref(index: &CorpusIndex<'_>, q: QuoteId) -> QuoteRef {
    QuoteRef {
        file: index.record(q).file.clone(),
        quote: index.quote(q).id.to_string(),
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

/// An edge of the pair graph, seen from one end.
#[derive(Clone, Copy)]
struct Edge {
    other: u32,
    score: f32,
    contains: bool,
    fragment: bool,
    /// The alignment covers most of both quotes: two versions of the whole
    /// utterance, not a fragment of one.
    whole: bool,
}

/// Two quotes are versions of the whole utterance (not one a fragment of
/// the other) when the shorter has this share of the longer's words ...
const WHOLE_LENGTH_RATIO: f32 = 0.8;
/// ... and the alignment spans this share of each (an edit at one end
/// leaves that end out of a local alignment).
const WINDOW_COVERAGE: f32 = 0.6;

fn find(up: &mut [u32], mut f: u32) -> u32 {
    while up[f as usize] != f {
        up[f as usize] = up[up[f as usize] as usize];
        f = up[f as usize];
    }
    f
}

/// Groups accepted pairs into families (see the module docs).
pub fn build_families(index: &CorpusIndex<'_>, pairs: &[QuotePair], pair_stats: PairStats) -> AlignOutput {
    let cfg = index.config();
    let n = index.len();
    let mut adj: Vec<Vec<Edge>> = vec![Vec::new(); n];
    let mut pair_score: FxHashMap<(u32, u32), (f32, Relation)> = FxHashMap::default();
    for p in pairs {
        let contains = p.alignment.relation != Relation::Variant;
        let fragment = p.support == Support::Corroborated;
        let (na, nb) = (index.word_count(p.a) as f32, index.word_count(p.b) as f32);
        let covers = |w: crate::align::WordRange, n: f32| (w.end - w.start) as f32 >= WINDOW_COVERAGE * n;
        let whole = na.min(nb) >= WHOLE_LENGTH_RATIO * na.max(nb)
            && covers(p.alignment.a_window, na)
            && covers(p.alignment.b_window, nb);
        adj[p.a.0 as usize].push(Edge {
            other: p.b.0,
            score: p.alignment.score,
            contains,
            fragment,
            whole,
        });
        adj[p.b.0 as usize].push(Edge {
            other: p.a.0,
            score: p.alignment.score,
            contains,
            fragment,
            whole,
        });
        pair_score.insert((p.a.0, p.b.0), (p.alignment.score, p.alignment.relation));
    }
    // A source quote whose ellipsis joins what other sources print as two
    // quotes is a splice: it never roots a family (never the canonical) and
    // never bridges two; it is added to the family of each piece's best
    // match after the families are formed.
    let splices = find_splices(index, pairs);
    let mut is_splice = vec![false; n];
    for sp in &splices {
        is_splice[sp.quote as usize] = true;
        adj[sp.quote as usize].clear();
    }
    if !splices.is_empty() {
        for edges in &mut adj {
            edges.retain(|e| !is_splice[e.other as usize]);
        }
    }
    // Most complete first: words; among equally complete wordings the one
    // more articles print, then the one printed first (the canonical is the
    // reference every diff reads against, so a later outlet's misquote must
    // not become it), then information, then corpus order.
    let mut order: Vec<u32> = (0..n as u32).filter(|&q| !adj[q as usize].is_empty()).collect();
    let info: Vec<f32> = (0..n).map(|q| index.information(QuoteId(q as u32))).collect();
    let words: Vec<usize> = (0..n).map(|q| index.word_count(QuoteId(q as u32))).collect();
    let printed_by = articles_printing_each_wording(index, &order);
    let date_key = |q: u32| index.record(QuoteId(q)).date.map_or((1, None), |d| (0, Some(d)));
    order.sort_by(|&x, &y| {
        words[y as usize]
            .cmp(&words[x as usize])
            .then(printed_by[y as usize].cmp(&printed_by[x as usize]))
            .then(date_key(x).cmp(&date_key(y)))
            .then(info[y as usize].total_cmp(&info[x as usize]))
            .then(x.cmp(&y))
    });
    let mut rank = vec![u32::MAX; n];
    for (r, &q) in order.iter().enumerate() {
        rank[q as usize] = r as u32;
    }

    const NONE: u32 = u32::MAX;
    let mut fam_of = vec![NONE; n];
    let mut parent = vec![NONE; n];
    let mut fragment = vec![false; n];
    let mut also: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut roots: Vec<u32> = Vec::new();
    // Families merged into another (union-find over family indices).
    let mut up: Vec<u32> = Vec::new();
    for &q in &order {
        let cands: Vec<&Edge> = adj[q as usize]
            .iter()
            .filter(|e| rank[e.other as usize] < rank[q as usize])
            .collect();
        if cands.is_empty() {
            fam_of[q as usize] = roots.len() as u32;
            up.push(roots.len() as u32);
            roots.push(q);
            continue;
        }
        // Best family: the highest score, then the most complete root.
        let mut per_family: Vec<(u32, f32)> = Vec::new();
        for e in &cands {
            let f = find(&mut up, fam_of[e.other as usize]);
            match per_family.iter_mut().find(|x| x.0 == f) {
                Some(x) => x.1 = x.1.max(e.score),
                None => per_family.push((f, e.score)),
            }
        }
        per_family.sort_by(|x, y| {
            y.1.total_cmp(&x.1)
                .then(rank[roots[x.0 as usize] as usize].cmp(&rank[roots[y.0 as usize] as usize]))
        });
        let fam = per_family[0].0;
        // A whole version of the utterance matching the roots of two
        // families as whole versions shows they are one utterance (outlets
        // edited it differently); a fragment never merges families.
        let whole_with = |f: u32| {
            cands
                .iter()
                .any(|e| e.other == roots[f as usize] && e.whole && !e.fragment)
        };
        let mut others = Vec::new();
        if whole_with(fam) {
            for &(g, _) in &per_family[1..] {
                if whole_with(g) {
                    let (keep, gone) = if rank[roots[g as usize] as usize] < rank[roots[fam as usize] as usize] {
                        (g, fam)
                    } else {
                        (fam, g)
                    };
                    up[gone as usize] = keep;
                } else {
                    others.push(g);
                }
            }
        } else {
            others.extend(per_family[1..].iter().map(|x| x.0));
        }
        fam_of[q as usize] = fam;
        also[q as usize] = others;
        // Parent: the most complete member containing it, else the best match.
        let in_fam = cands
            .iter()
            .filter(|e| find_ro(&up, fam_of[e.other as usize]) == find_ro(&up, fam));
        let best = in_fam
            .clone()
            .filter(|e| e.contains)
            .min_by_key(|e| rank[e.other as usize])
            .or_else(|| {
                in_fam.max_by(|x, y| {
                    x.score
                        .total_cmp(&y.score)
                        .then(rank[y.other as usize].cmp(&rank[x.other as usize]))
                })
            })
            .copied();
        if let Some(e) = best {
            parent[q as usize] = e.other;
            fragment[q as usize] = e.fragment;
        }
    }
    // A quote left alone as a root although it has accepted pairs (an
    // edited version more complete than its fragments, matching no more
    // complete member) joins the family of its best match, if that pair is
    // evidence on its own: joining through a corroborated fragment would
    // chain unrelated quotes that happen to share a generic word.
    let mut size = vec![0u32; roots.len()];
    for q in 0..n {
        if fam_of[q] != NONE {
            size[find(&mut up, fam_of[q]) as usize] += 1;
        }
    }
    for &q in &order {
        let f = find(&mut up, fam_of[q as usize]);
        if roots[f as usize] != q || size[f as usize] != 1 {
            continue;
        }
        let best = adj[q as usize]
            .iter()
            .filter(|e| {
                let g = find_ro(&up, fam_of[e.other as usize]);
                g != f && size[g as usize] > 1 && !e.fragment
            })
            .max_by(|x, y| {
                x.score
                    .total_cmp(&y.score)
                    .then(rank[y.other as usize].cmp(&rank[x.other as usize]))
            })
            .copied();
        if let Some(e) = best {
            let g = find(&mut up, fam_of[e.other as usize]);
            up[f as usize] = g;
            size[g as usize] += 1;
            size[f as usize] = 0;
            parent[q as usize] = e.other;
            fragment[q as usize] = e.fragment;
            also[q as usize] = adj[q as usize].iter().map(|e| fam_of[e.other as usize]).collect();
        }
    }
    // Resolve merges: every quote to its family's representative, merged
    // roots hang from the representative's root.
    for f in 0..roots.len() as u32 {
        let r = find(&mut up, f);
        if r != f && parent[roots[f as usize] as usize] == NONE {
            parent[roots[f as usize] as usize] = roots[r as usize];
        }
    }
    for q in 0..n {
        if fam_of[q] != NONE {
            fam_of[q] = find(&mut up, fam_of[q]);
            let own = fam_of[q];
            let mut a: Vec<u32> = also[q]
                .iter()
                .map(|&g| find(&mut up, g))
                .filter(|&g| g != own)
                .collect();
            a.sort_unstable();
            a.dedup();
            also[q] = a;
        }
    }

    // Splices join the family of each piece's best match (a piece whose
    // match is in no family starts one with it): linked to both, bridging
    // neither.
    let mut splice_parent: FxHashMap<(u32, u32), u32> = FxHashMap::default();
    let mut extra_member: Vec<(u32, u32)> = Vec::new();
    for sp in &splices {
        let mut fams: Vec<u32> = Vec::new();
        for side in [&sp.left, &sp.right] {
            let Some(&(p, _)) = side.iter().max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0))) else {
                continue;
            };
            if fam_of[p as usize] == NONE {
                fam_of[p as usize] = roots.len() as u32;
                roots.push(p);
            }
            let f = fam_of[p as usize];
            if !fams.contains(&f) {
                fams.push(f);
                splice_parent.insert((f, sp.quote), p);
            }
        }
        let q = sp.quote as usize;
        if let Some((&first, rest)) = fams.split_first() {
            fam_of[q] = first;
            parent[q] = splice_parent[&(first, sp.quote)];
            also[q] = rest.to_vec();
            extra_member.extend(rest.iter().map(|&f| (sp.quote, f)));
        }
    }
    // Members per family, in corpus order.
    let mut members_of: Vec<Vec<u32>> = vec![Vec::new(); roots.len()];
    for q in 0..n as u32 {
        if fam_of[q as usize] != NONE {
            members_of[fam_of[q as usize] as usize].push(q);
        }
    }
    for &(q, f) in &extra_member {
        members_of[f as usize].push(q);
        members_of[f as usize].sort_unstable();
    }
    // Families in one article with a phrase-length canonical are not utterances.
    let keep: Vec<bool> = roots
        .iter()
        .zip(&members_of)
        .map(|(&root, ms)| {
            if ms.is_empty() {
                return false; // merged into another family
            }
            let doc = index.loc(QuoteId(root)).doc;
            ms.len() >= 2
                && (ms.iter().any(|&m| index.loc(QuoteId(m)).doc != doc)
                    || words[root as usize] >= cfg.min_single_article_words)
        })
        .collect();
    let mut fam_index: Vec<usize> = (0..roots.len()).filter(|&f| keep[f]).collect();
    // In corpus order of their first member (members_of is in corpus order).
    fam_index.sort_by_key(|&f| members_of[f][0]);
    let mut fam_id = vec![None; roots.len()];
    for (i, &f) in fam_index.iter().enumerate() {
        fam_id[f] = Some(format!("f{}", i + 1));
    }

    // Each family's output is independent of the others: built in parallel,
    // collected in family order.
    let families: Vec<Family> = fam_index
        .par_iter()
        .map_init(Scratch::default, |scratch, &f| {
            let root = QuoteId(roots[f]);
            let ms = &members_of[f];
            let mut out_members: Vec<Member> = Vec::with_capacity(ms.len());
            for &m in ms {
                let q = QuoteId(m);
                let (score, relation) = if q == root {
                    (1.0, Relation::Identical)
                } else if let Some(&known) = pair_score.get(&(q.0.min(root.0), q.0.max(root.0))) {
                    known
                } else {
                    match align::align_quotes(index, q, root, scratch, false) {
                        Some(a) => (a.score, a.relation),
                        None => (0.0, Relation::Variant),
                    }
                };
                let rec = index.record(q);
                out_members.push(Member {
                    file: rec.file.clone(),
                    quote: index.quote(q).id.to_string(),
                    text: index.quote(q).text.clone(),
                    score: round3(score),
                    relation,
                    outlet: rec.outlet.clone(),
                    date: rec.date,
                    parent: splice_parent
                        .get(&(f as u32, m))
                        .or((parent[m as usize] != NONE).then_some(&parent[m as usize]))
                        .map(|&p| qref(index, QuoteId(p))),
                    source: None,
                    source_tied: Vec::new(),
                    attributed: provenance::attributed_origin(index.quote(q)),
                    fragment: fragment[m as usize],
                    spliced: is_splice[m as usize],
                    // A splice listed in another piece's family also fits
                    // its first piece's.
                    also_fits: also[m as usize]
                        .iter()
                        .chain(is_splice[m as usize].then_some(&fam_of[m as usize]))
                        .filter(|&&g| g != f as u32)
                        .filter_map(|&g| fam_id[g as usize].clone())
                        .collect(),
                });
            }
            // Wording groups: exactly the same words.
            let mut by_wording: Vec<(Vec<u32>, usize)> = ms
                .iter()
                .enumerate()
                .map(|(i, &m)| (index.words_of(QuoteId(m)).to_vec(), i))
                .collect();
            by_wording.sort();
            let mut group_of = vec![usize::MAX; ms.len()];
            let mut wording_groups = Vec::new();
            let mut i = 0;
            while i < by_wording.len() {
                let j = by_wording[i..]
                    .iter()
                    .position(|x| x.0 != by_wording[i].0)
                    .map_or(by_wording.len(), |p| i + p);
                let distinct_files = {
                    let mut files: Vec<&str> = by_wording[i..j]
                        .iter()
                        .map(|x| out_members[x.1].file.as_str())
                        .collect();
                    files.sort_unstable();
                    files.dedup();
                    files.len()
                };
                if distinct_files >= 2 {
                    let mut idx: Vec<usize> = by_wording[i..j].iter().map(|x| x.1).collect();
                    idx.sort_unstable();
                    let mut outlets: Vec<String> = idx
                        .iter()
                        .map(|&k| {
                            out_members[k]
                                .outlet
                                .clone()
                                .unwrap_or_else(|| out_members[k].file.clone())
                        })
                        .collect();
                    outlets.sort();
                    outlets.dedup();
                    for &k in &idx {
                        group_of[k] = wording_groups.len();
                    }
                    wording_groups.push(WordingGroup {
                        text: out_members[idx[0]].text.clone(),
                        members: idx,
                        outlets,
                    });
                }
                i = j;
            }
            wording_groups.sort_by_key(|g| g.members[0]);
            // Renumber group_of after sorting.
            for (gi, g) in wording_groups.iter().enumerate() {
                for &k in &g.members {
                    group_of[k] = gi;
                }
            }
            // Provenance: the earlier member each member was copied from.
            // Only a member that prints its words can be its source: the
            // same wording, or a longer quote containing them (never a
            // shorter fragment, nor another wording or translation); or
            // the wire its article credits. Several printing it first the
            // same day, with nothing to order them, are a tie, said as such.
            let words_k: Vec<usize> = ms.iter().map(|&m| index.word_count(QuoteId(m))).collect();
            let contains = |o: usize, k: usize, scratch: &mut Scratch| -> bool {
                if words_k[o] < words_k[k] {
                    return false;
                }
                let (x, y) = (ms[k].min(ms[o]), ms[k].max(ms[o]));
                let relation = match pair_score.get(&(x, y)) {
                    Some(p) => Some(p.1),
                    None if ms.len() <= 64 => {
                        align::align_quotes(index, QuoteId(x), QuoteId(y), scratch, false).map(|a| a.relation)
                    }
                    None => None,
                };
                relation.is_some_and(|r| r != Relation::Variant)
            };
            for k in 0..ms.len() {
                if out_members[k].date.is_none() {
                    continue;
                }
                let earlier: Vec<usize> = (0..ms.len())
                    .filter(|&o| out_members[o].file != out_members[k].file)
                    .filter(|&o| provenance::before(index.record(QuoteId(ms[o])), index.record(QuoteId(ms[k]))))
                    .collect();
                if earlier.is_empty() {
                    continue;
                }
                // The wire the article credits for its copy.
                let wire = index.record(QuoteId(ms[k])).extra.get("wire").cloned();
                let from_wire: Vec<usize> = wire
                    .as_deref()
                    .map(|w| {
                        earlier
                            .iter()
                            .copied()
                            .filter(|&o| {
                                out_members[o]
                                    .outlet
                                    .as_deref()
                                    .is_some_and(|outlet| provenance::same_outlet(outlet, w))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let same_group: Vec<usize> = earlier
                    .iter()
                    .copied()
                    .filter(|&o| group_of[k] != usize::MAX && group_of[o] == group_of[k])
                    .collect();
                let containing: Vec<usize> = earlier.iter().copied().filter(|&o| contains(o, k, scratch)).collect();
                // The wire's own printing: its same wording, or one holding
                // the words, else its closest (the copy may be edited).
                let wire_pick: Vec<usize> = {
                    let by_words: Vec<usize> = from_wire
                        .iter()
                        .copied()
                        .filter(|o| same_group.contains(o) || containing.contains(o))
                        .collect();
                    if !by_words.is_empty() {
                        by_words
                    } else {
                        from_wire
                            .iter()
                            .copied()
                            .map(|o| {
                                let (x, y) = (ms[k].min(ms[o]), ms[k].max(ms[o]));
                                (o, pair_score.get(&(x, y)).map_or(0.0, |p| p.0))
                            })
                            .filter(|x| x.1 > 0.0)
                            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)))
                            .map(|x| x.0)
                            .into_iter()
                            .collect()
                    }
                };
                let mut pool = [wire_pick, same_group, containing]
                    .into_iter()
                    .find(|p| !p.is_empty())
                    .unwrap_or_default();
                // One candidate per article: its wording, else its shortest
                // quote holding the words.
                pool.sort_by_key(|&o| {
                    (
                        index.loc(QuoteId(ms[o])).doc,
                        group_of[o] != group_of[k] || group_of[k] == usize::MAX,
                        words_k[o],
                        o,
                    )
                });
                pool.dedup_by_key(|o| index.loc(QuoteId(ms[*o])).doc);
                pool.sort_unstable();
                let firsts = provenance::firsts(&pool, |o| index.record(QuoteId(ms[o])));
                let at = |o: usize| QuoteRef {
                    file: out_members[o].file.clone(),
                    quote: out_members[o].quote.clone(),
                };
                match firsts.as_slice() {
                    [] => {}
                    [o] => out_members[k].source = Some(at(*o)),
                    tied => out_members[k].source_tied = tied.iter().map(|&o| at(o)).collect(),
                }
            }
            let attributed = provenance::consensus(out_members.iter().filter_map(|m| m.attributed.as_deref()))
                .map(|(s, _)| s.to_string());
            let first = provenance::earliest(out_members.iter().enumerate().map(|(i, m)| (i, m.date))).map(
                |(i, date, tied)| First {
                    file: out_members[i].file.clone(),
                    quote: out_members[i].quote.clone(),
                    date,
                    tied: tied
                        .into_iter()
                        .filter(|&t| out_members[t].file != out_members[i].file)
                        .map(|t| QuoteRef {
                            file: out_members[t].file.clone(),
                            quote: out_members[t].quote.clone(),
                        })
                        .collect(),
                    attributed: attributed.clone(),
                },
            );
            let speaker = speaker_consensus(ms.iter().filter_map(|&m| {
                let q = QuoteId(m);
                Some((index.quote(q).speaker.as_deref()?, index.record(q).date))
            }));
            let speakers = speaker_credits(index, ms);
            Family {
                id: fam_id[f].clone().unwrap_or_default(),
                canonical: index.quote(root).text.clone(),
                canonical_quote: qref(index, root),
                speaker,
                speakers_disagree: speakers.len() > 1,
                speakers,
                first,
                members: out_members,
                wording_groups,
            }
        })
        .collect();
    let mut in_family: Vec<bool> = (0..n).map(|q| fam_of[q] != NONE && keep[fam_of[q] as usize]).collect();
    for &(q, f) in &extra_member {
        in_family[q as usize] |= keep[f as usize];
    }
    let unmatched = (0..n as u32)
        .filter(|&q| !in_family[q as usize])
        .map(|q| {
            let q = QuoteId(q);
            Unmatched {
                file: index.record(q).file.clone(),
                quote: index.quote(q).id.to_string(),
                text: index.quote(q).text.clone(),
            }
        })
        .collect();
    let stats = AlignStats {
        articles: index.records().len() as u64,
        quotes: n as u64,
        pairs_aligned: pair_stats.aligned,
        pairs_accepted: pair_stats.accepted,
        families: families.len() as u64,
    };
    AlignOutput {
        families,
        unmatched,
        stats,
    }
}

/// A splice among the source quotes: its pieces' matches, with their scores.
struct Splice {
    quote: u32,
    /// Quotes matching only words before the junction.
    left: Vec<(u32, f32)>,
    /// Quotes matching only words after it.
    right: Vec<(u32, f32)>,
}

/// Where a quote's ellipses may join two sentences: the index of each word
/// that follows an ellipsis and starts with a capital (`... We will`). An
/// editor's insertion (`[sic]`) is no junction, nor is a lower-case word
/// (`decision ... is a typical act`), which continues the sentence.
fn junctions(text: &str, max_words: usize) -> Vec<u32> {
    let mut out = Vec::new();
    let mut words = 0u32;
    let mut after_gap = false;
    for t in crate::normalize::tokenize(text) {
        match t.kind {
            crate::normalize::TokenKind::Gap => after_gap = true,
            crate::normalize::TokenKind::Word if !t.key.is_empty() => {
                if words as usize >= max_words {
                    break;
                }
                let capital = text[t.start as usize..].chars().next().is_some_and(char::is_uppercase);
                if after_gap && capital && words > 0 {
                    out.push(words);
                }
                after_gap = false;
                words += 1;
            }
            _ => {}
        }
    }
    out
}

/// The source quotes whose ellipsis joins material other sources print as
/// separate quotes: at a junction (see [`junctions`]) some accepted partner
/// matches only the words before it, another quote only the words after
/// it, and no partner printing the passage without an ellipsis spans it
/// (one that does shows a single utterance with words left out). Linear in
/// the pairs: only quotes with a gap mark are looked at.
fn find_splices(index: &CorpusIndex<'_>, pairs: &[QuotePair]) -> Vec<Splice> {
    let gap_inside = |q: QuoteId, from: usize, to: usize| -> bool {
        let w = index.words_of(q);
        let to = to.min(w.len());
        w.get((from + 1).min(to)..to)
            .is_some_and(|s| s.iter().any(|&x| x & crate::index::GAP != 0))
    };
    // Per quote with a gap mark: (partner, window on the quote, whether the
    // partner leaves words out inside its own window, score).
    let mut seen: FxHashMap<u32, Vec<(u32, crate::align::WordRange, bool, f32)>> = FxHashMap::default();
    for p in pairs {
        for (q, other, wq, wo) in [
            (p.a, p.b, p.alignment.a_window, p.alignment.b_window),
            (p.b, p.a, p.alignment.b_window, p.alignment.a_window),
        ] {
            if !gap_inside(q, 0, usize::MAX) {
                continue;
            }
            let other_gap = gap_inside(other, wo.start as usize, wo.end as usize);
            seen.entry(q.0)
                .or_default()
                .push((other.0, wq, other_gap, p.alignment.score));
        }
    }
    let max_words = index.config().max_words;
    let mut out: Vec<Splice> = Vec::new();
    let mut quotes: Vec<u32> = seen.keys().copied().collect();
    quotes.sort_unstable();
    for q in quotes {
        let partners = &seen[&q];
        for g in junctions(&index.quote(QuoteId(q)).text, max_words) {
            let left: Vec<(u32, f32)> = partners.iter().filter(|x| x.1.end <= g).map(|x| (x.0, x.3)).collect();
            let right: Vec<(u32, f32)> = partners.iter().filter(|x| x.1.start >= g).map(|x| (x.0, x.3)).collect();
            let spanned = partners.iter().any(|x| x.1.start < g && x.1.end > g && !x.2);
            let distinct = left.iter().any(|l| right.iter().any(|r| r.0 != l.0));
            if !spanned && distinct {
                out.push(Splice { quote: q, left, right });
                break;
            }
        }
    }
    // A splice is no piece of another splice (two outlets printing the same
    // splice match each other across the junction).
    let spliced: rustc_hash::FxHashSet<u32> = out.iter().map(|s| s.quote).collect();
    for s in &mut out {
        s.left.retain(|x| !spliced.contains(&x.0));
        s.right.retain(|x| !spliced.contains(&x.0));
    }
    out
}

/// For each of `quotes`, how many articles print exactly its words (0 for
/// quotes not listed).
fn articles_printing_each_wording(index: &CorpusIndex<'_>, quotes: &[u32]) -> Vec<u32> {
    let mut docs_of: FxHashMap<&[u32], Vec<u32>> = FxHashMap::default();
    for &q in quotes {
        docs_of
            .entry(index.words_of(QuoteId(q)))
            .or_default()
            .push(index.loc(QuoteId(q)).doc.0);
    }
    for docs in docs_of.values_mut() {
        docs.sort_unstable();
        docs.dedup();
    }
    let mut count = vec![0u32; index.len()];
    for &q in quotes {
        count[q as usize] = docs_of[index.words_of(QuoteId(q))].len() as u32;
    }
    count
}

/// Every person the quotes `ms` are credited to, with their articles and
/// quotes: most articles first, then the earliest printed, then first seen.
fn speaker_credits(index: &CorpusIndex<'_>, ms: &[u32]) -> Vec<SpeakerCredit> {
    // (credit, its articles, earliest date)
    let mut out: Vec<(SpeakerCredit, Vec<u32>, Option<Date>)> = Vec::new();
    for &m in ms {
        let q = QuoteId(m);
        let Some(name) = index
            .quote(q)
            .speaker
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
        else {
            continue;
        };
        let doc = index.loc(q).doc.0;
        let date = index.record(q).date;
        let at = qref(index, q);
        match out.iter_mut().find(|c| crate::names::same_person(&c.0.name, name)) {
            Some((c, docs, first)) => {
                if crate::names::tokens(name).len() > crate::names::tokens(&c.name).len() {
                    c.name = name.to_string();
                }
                if !docs.contains(&doc) {
                    docs.push(doc);
                }
                if date.is_some_and(|d| first.is_none_or(|f| d < f)) {
                    *first = date;
                }
                c.quotes.push(at);
            }
            None => out.push((
                SpeakerCredit {
                    name: name.to_string(),
                    articles: 0,
                    quotes: vec![at],
                },
                vec![doc],
                date,
            )),
        }
    }
    for (c, docs, _) in &mut out {
        c.articles = docs.len();
    }
    out.sort_by(|x, y| {
        y.0.articles.cmp(&x.0.articles).then(match (x.2, y.2) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        })
    });
    out.into_iter().map(|x| x.0).collect()
}

/// The speaker most members name (compared normalized, so `Kim Jong-un` and
/// `Kim Jong Un` agree; on a tie, the one printed first), in the spelling
/// printed first.
fn speaker_consensus<'a>(names: impl Iterator<Item = (&'a str, Option<Date>)>) -> Option<String> {
    // (key, first spelling, members, earliest date)
    let mut tally: Vec<(String, &str, usize, Option<Date>)> = Vec::new();
    for (name, date) in names {
        let key = normalize_phrase(name);
        if key.is_empty() {
            continue;
        }
        match tally.iter_mut().find(|t| t.0 == key) {
            Some(t) => {
                t.2 += 1;
                if date.is_some_and(|d| t.3.is_none_or(|e| d < e)) {
                    t.3 = date;
                }
            }
            None => tally.push((key, name, 1, date)),
        }
    }
    // (Stable: a full tie keeps the order first seen.)
    tally.sort_by(|x, y| {
        y.2.cmp(&x.2).then(match (x.3, y.3) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        })
    });
    tally.first().map(|t| t.1.to_string())
}

#[cfg(test)]
mod tests {
    use super::speaker_consensus;
    use crate::date::Date;

    #[test]
    fn the_speaker_most_members_name_then_the_one_printed_first() {
        let d = |s: &str| Some(Date::parse_iso(s).unwrap());
        // Most members.
        let names = [
            ("Tomas Reyes", d("2025-03-08")),
            ("Helena Marsh", d("2025-03-09")),
            ("Helena Marsh", None),
        ];
        assert_eq!(speaker_consensus(names.into_iter()).as_deref(), Some("Helena Marsh"));
        // A tie: the one printed first, whatever the alphabet says.
        let names = [("Tomas Reyes", d("2025-03-08")), ("Helena Marsh", d("2025-03-06"))];
        assert_eq!(speaker_consensus(names.into_iter()).as_deref(), Some("Helena Marsh"));
        let names = [("Helena Marsh", d("2025-03-08")), ("Tomas Reyes", d("2025-03-06"))];
        assert_eq!(speaker_consensus(names.into_iter()).as_deref(), Some("Tomas Reyes"));
        // Spellings of one name agree; the first printed is kept.
        let names = [("Kim Jong-un", None), ("Kim Jong Un", None), ("Putin", None)];
        assert_eq!(speaker_consensus(names.into_iter()).as_deref(), Some("Kim Jong-un"));
    }
}
