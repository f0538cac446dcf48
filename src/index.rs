//! The corpus index: every quote as a compact sequence of interned word ids,
//! informative weights per word, and postings that find candidate pairs
//! without comparing all pairs.
//!
//! Built once per corpus ([`CorpusIndex::build`]), it serves both `align`
//! (candidate pairs between the corpus's own quotes) and `verify` (candidate
//! sources of an arbitrary quote, [`CorpusIndex::search`]).
//!
//! - Words are the [`TokenKind::Word`] tokens of [`tokenize`]; their match keys
//!   are interned to [`KeyId`]s numbered in sorted key order, so ids do not
//!   depend on thread scheduling. Editorial insertions and ellipses are not
//!   words: they leave a *gap mark* on the next word, where the other quote may
//!   have words the outlet left out or replaced.
//! - A word's *informative weight* is about 1 for a rare content word, less for
//!   common news words, about 0.1 for function words, and shrinks as the word
//!   appears in more articles (an IDF over articles, smoothed so a five-article
//!   corpus does not make every word look rare). A quote an earlier article
//!   printed in the same words does not count again: outlets copying one
//!   quote do not make its words common.
//! - Shingles are runs of [`AlignConfig::shingle_len`] words (not all function
//!   words). Two quotes sharing a shingle are a candidate pair. A shingle found
//!   in more than [`AlignConfig::max_shingle_quotes`] quotes is boilerplate: it
//!   only pairs each quote with a few neighbours, so cost stays about linear.
//!
//! ```
//! use quotecheck::align::AlignConfig;
//! use quotecheck::index::CorpusIndex;
//! let records = quotecheck::synth::tiny_records();
//! let index = CorpusIndex::build(&records, &AlignConfig::default());
//! let hits = index.search("dearest friend and comrade");
//! assert!(hits.iter().any(|h| h.alignment.score > 0.99));
//! ```

use crate::align::{self, AlignConfig, PairAlignment, Scratch};
use crate::extract::{ArticleRecord, Quote};
use crate::normalize::{TokenKind, tokenize};
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::hash::Hasher;

/// Set on a word id when an ellipsis or an editorial insertion stands right
/// before the word: the other quote may have words here that this one omits.
pub(crate) const GAP: u32 = 1 << 31;

/// Strips the gap mark from a stored word id.
#[inline]
pub(crate) fn key_of(w: u32) -> u32 {
    w & !GAP
}

/// Position of an article in the slice given to [`CorpusIndex::build`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DocId(pub u32);

/// Position of a quote in the whole corpus: articles in order, then quotes in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QuoteId(pub u32);

/// An interned match key; ids follow the sorted order of the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct KeyId(pub u32);

/// How much a word says on its own, before the corpus frequency is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// Articles, pronouns, prepositions, auxiliaries.
    Function,
    /// Frequent news words ("new", "year", "said"): some content, little identity.
    Common,
    /// Everything else.
    Content,
}

/// Function words: they carry a quote's grammar, not its identity.
const FUNCTION_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "either",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "he",
    "her",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "it's",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "mine",
    "more",
    "most",
    "must",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "onto",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "s",
    "same",
    "shall",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
];

/// Frequent words of news prose: half weight.
const COMMON_WORDS: &[&str] = &[
    "according",
    "added",
    "countries",
    "country",
    "day",
    "even",
    "first",
    "good",
    "great",
    "know",
    "last",
    "like",
    "made",
    "make",
    "many",
    "much",
    "new",
    "now",
    "people",
    "said",
    "say",
    "says",
    "still",
    "time",
    "today",
    "told",
    "two",
    "way",
    "week",
    "well",
    "work",
    "world",
    "year",
    "years",
];

/// Whether a key is a content word: neither a function word (`the`, `you`)
/// nor a common one (`great`, `year`).
pub fn is_content_word(key: &str) -> bool {
    word_class(key) == WordClass::Content
}

fn word_class(key: &str) -> WordClass {
    if FUNCTION_WORDS.binary_search(&key).is_ok() {
        WordClass::Function
    } else if COMMON_WORDS.binary_search(&key).is_ok() {
        WordClass::Common
    } else {
        WordClass::Content
    }
}

/// The interned keys of a corpus with what the aligner needs per key.
#[derive(Debug, Clone, Default)]
pub struct Vocabulary {
    keys: Vec<Box<str>>,
    /// Distinct spelling skeletons, sorted; a skeleton id is a position here.
    skeletons: Vec<Box<str>>,
    /// Spelling skeleton id per key: `year's` and `year`, `defence` and
    /// `defense`, `organise` and `organize` share one.
    skeleton: Vec<u32>,
    /// Number of articles whose quotes use the key.
    df: Vec<u32>,
    /// Informative weight per key.
    weight: Vec<f32>,
    /// Whether each key is a function word (shingles of function words only are skipped).
    function: Vec<bool>,
    /// Length in characters (capped at 255) and first character of each key,
    /// to rule out most spelling comparisons without looking at the strings.
    chars: Vec<u8>,
    first: Vec<char>,
    /// Articles with at least one quote.
    n_docs: u32,
}

impl Vocabulary {
    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// True when the corpus has no words.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// The id of a key, if the corpus uses it.
    pub fn lookup(&self, key: &str) -> Option<KeyId> {
        self.keys
            .binary_search_by(|k| k.as_ref().cmp(key))
            .ok()
            .map(|i| KeyId(i as u32))
    }

    /// The key of an id.
    pub fn key(&self, id: KeyId) -> &str {
        &self.keys[id.0 as usize]
    }

    /// The informative weight of a key (about 1 for a rare content word).
    pub fn weight(&self, id: KeyId) -> f32 {
        self.weight[id.0 as usize]
    }

    /// Number of articles whose quotes use the key.
    pub fn doc_freq(&self, id: KeyId) -> u32 {
        self.df[id.0 as usize]
    }

    /// Weight of a key with a given article frequency: class weight times a
    /// smoothed IDF factor in (0, 1]. Words in 1% of the articles or fewer
    /// keep their whole class weight.
    fn weight_for(&self, key: &str, df: u32) -> f32 {
        let base = match word_class(key) {
            WordClass::Function => 0.1,
            WordClass::Common => 0.5,
            WordClass::Content => 1.0,
        };
        // The +100 pseudo-articles keep tiny corpora from calling every word rare.
        let r = (f64::from(df) + 1.0) / (f64::from(self.n_docs) + 100.0);
        let f = ((1.0 / r).ln() / 100f64.ln()).clamp(0.05, 1.0);
        (base * f) as f32
    }
}

/// Spelling skeleton of a key: possessive `'s` off, apostrophes off, British
/// endings to American. Two keys with the same skeleton are the same word
/// spelled or inflected differently.
pub(crate) fn skeleton(key: &str) -> String {
    let mut s: String = key.trim_end_matches("'s").trim_end_matches('\'').replace('\'', "");
    for (from, to) in [
        ("ence", "ense"),
        ("ise", "ize"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("isation", "ization"),
        ("our", "or"),
        ("tre", "ter"),
        ("yse", "yze"),
    ] {
        if s.len() > from.len() + 2 && s.ends_with(from) {
            s.truncate(s.len() - from.len());
            s.push_str(to);
            break;
        }
    }
    s
}

/// Interns a sorted, deduplicated key list into a lookup table.
fn rank_map(sorted: &[Box<str>]) -> FxHashMap<&str, u32> {
    sorted.iter().enumerate().map(|(i, k)| (k.as_ref(), i as u32)).collect()
}

/// One quote's place in the corpus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteLoc {
    /// The article.
    pub doc: DocId,
    /// The quote's index in [`ArticleRecord::quotes`].
    pub local: u32,
}

/// A candidate source of a searched text, with its alignment.
#[derive(Debug, Clone)]
pub struct SearchHit {
    /// The corpus quote.
    pub quote: QuoteId,
    /// How the searched text (side `a`) aligns with the quote (side `b`).
    pub alignment: PairAlignment,
}

/// What a candidate shares with the quote looking for candidates.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shared {
    weight: f32,
    count: u32,
    rarest: u32,
}

/// The index of a corpus's quotes; borrows the records it was built from.
#[derive(Debug)]
pub struct CorpusIndex<'a> {
    records: &'a [ArticleRecord],
    cfg: AlignConfig,
    locs: Vec<QuoteLoc>,
    /// First quote of each article (quotes are numbered article by article).
    doc_start: Vec<u32>,
    vocab: Vocabulary,
    /// Word ids of all quotes back to back (with [`GAP`] marks); quote `q`'s
    /// words are `words[offsets[q]..offsets[q + 1]]`.
    words: Vec<u32>,
    offsets: Vec<u32>,
    /// Shingle hashes (sorted, distinct) and their postings (sorted quote ids).
    shingle_hashes: Vec<u64>,
    shingle_offsets: Vec<u32>,
    shingle_postings: Vec<u32>,
    /// Distinct shingles per quote (saturating).
    shingle_count: Vec<u16>,
    /// Each quote's shingles as positions in `shingle_hashes` (CSR by quote),
    /// so candidate search neither rehashes nor searches.
    quote_shingle_offsets: Vec<u32>,
    quote_shingle_ids: Vec<u32>,
    /// Per key, the quotes using it (sorted, distinct).
    key_offsets: Vec<u32>,
    key_postings: Vec<u32>,
}

/// Quotes tokenized per chunk, with chunk-local key ids.
struct Chunk {
    keys: Vec<String>,
    words: Vec<u32>,
    lens: Vec<u32>,
}

/// Quotes per parallel work item. Large enough that chunk-local vocabularies
/// (merged into the global one) do not repeat common words too often.
const CHUNK: usize = 8192;

/// Bytes of a quote that can hold its first `max_words` words: a quote cut
/// at `max_words` is not tokenized beyond them (a 10 MB unclosed quote would
/// otherwise cost millions of tokens to keep 400).
const MAX_BYTES_PER_WORD: usize = 64;

/// The start of `text` that tokenizing needs for `max_words` words.
fn considered_prefix(text: &str, max_words: usize) -> &str {
    let limit = max_words.saturating_mul(MAX_BYTES_PER_WORD);
    if text.len() <= limit {
        return text;
    }
    let mut end = limit;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Warnings naming each file whose quotes are longer than `max_words`
/// words: only their first `max_words` words are aligned.
pub fn long_quote_warnings(
    records: &[crate::extract::ArticleRecord],
    cfg: &AlignConfig,
) -> Vec<crate::corpus::Warning> {
    let max = cfg.max_words.max(1);
    records
        .iter()
        .filter_map(|r| {
            let long: Vec<String> = r
                .quotes
                .iter()
                .filter(|q| q.text.split_whitespace().nth(max).is_some())
                .map(|q| q.id.to_string())
                .collect();
            (!long.is_empty()).then(|| crate::corpus::Warning {
                file: r.file.clone(),
                message: format!(
                    "{} quote(s) longer than {max} words ({}); only their first {max} words are aligned (see --max-quote-words)",
                    long.len(),
                    long.join(", ")
                ),
            })
        })
        .collect()
}

fn tokenize_chunk(quotes: &[&Quote], max_words: usize) -> Chunk {
    let mut local: FxHashMap<String, u32> = FxHashMap::default();
    let mut keys = Vec::new();
    let mut words = Vec::new();
    let mut lens = Vec::with_capacity(quotes.len());
    for q in quotes {
        let start = words.len();
        let mut gap = false;
        for t in tokenize(considered_prefix(&q.text, max_words)) {
            match t.kind {
                TokenKind::Word if !t.key.is_empty() => {
                    if words.len() - start >= max_words {
                        break;
                    }
                    let id = match local.get(&t.key) {
                        Some(&id) => id,
                        None => {
                            let id = keys.len() as u32;
                            keys.push(t.key.clone());
                            local.insert(t.key, id);
                            id
                        }
                    };
                    words.push(if gap && words.len() > start { id | GAP } else { id });
                    gap = false;
                }
                TokenKind::Word => {}
                TokenKind::Editorial | TokenKind::Gap => gap = true,
            }
        }
        lens.push((words.len() - start) as u32);
    }
    Chunk { keys, words, lens }
}

/// A 64-bit hash of a run of key ids (a candidate filter: collisions only
/// cost an alignment).
fn shingle_hash(ids: impl Iterator<Item = u32>) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    for id in ids {
        h.write_u32(id);
    }
    h.finish()
}

/// Builds a CSR table from (key, value) pairs sorted by key.
fn csr(n_keys: usize, pairs: &[(u32, u32)]) -> (Vec<u32>, Vec<u32>) {
    let mut offsets = vec![0u32; n_keys + 1];
    for &(k, _) in pairs {
        offsets[k as usize + 1] += 1;
    }
    for i in 0..n_keys {
        offsets[i + 1] += offsets[i];
    }
    (offsets, pairs.iter().map(|&(_, v)| v).collect())
}

impl<'a> CorpusIndex<'a> {
    /// Indexes the quotes of `records`. Parallel; the result does not depend
    /// on the number of threads.
    pub fn build(records: &'a [ArticleRecord], cfg: &AlignConfig) -> CorpusIndex<'a> {
        let mut locs = Vec::new();
        let mut quotes: Vec<&Quote> = Vec::new();
        let mut doc_start = Vec::with_capacity(records.len() + 1);
        for (d, r) in records.iter().enumerate() {
            doc_start.push(locs.len() as u32);
            for (i, q) in r.quotes.iter().enumerate() {
                locs.push(QuoteLoc {
                    doc: DocId(d as u32),
                    local: i as u32,
                });
                quotes.push(q);
            }
        }
        doc_start.push(locs.len() as u32);
        let max_words = cfg.max_words.max(1);
        let chunks: Vec<Chunk> = quotes.par_chunks(CHUNK).map(|c| tokenize_chunk(c, max_words)).collect();

        // Global vocabulary in sorted key order: deterministic ids.
        let mut all: Vec<&str> = chunks.iter().flat_map(|c| c.keys.iter().map(String::as_str)).collect();
        all.par_sort_unstable();
        all.dedup();
        let keys: Vec<Box<str>> = all.iter().map(|&k| Box::from(k)).collect();
        drop(all);
        let ranks = rank_map(&keys);
        let remaps: Vec<Vec<u32>> = chunks
            .par_iter()
            .map(|c| c.keys.iter().map(|k| ranks[k.as_str()]).collect())
            .collect();
        drop(ranks);
        let total: usize = chunks.iter().map(|c| c.words.len()).sum();
        let mut words = Vec::with_capacity(total);
        let mut offsets = Vec::with_capacity(quotes.len() + 1);
        offsets.push(0u32);
        for (c, remap) in chunks.iter().zip(&remaps) {
            words.extend(c.words.iter().map(|&w| remap[key_of(w) as usize] | (w & GAP)));
            for &len in &c.lens {
                offsets.push(offsets.last().copied().unwrap_or(0) + len);
            }
        }
        drop(remaps);
        drop(chunks);

        // Article frequencies. A quote another article already printed in
        // the same words adds nothing: outlets copying one quote do not make
        // its words common (else a fragment of a quote three outlets print
        // in full weighs less than one of a quote printed once, and stops
        // joining its family).
        let mut df = vec![0u32; keys.len()];
        let mut last_doc = vec![u32::MAX; keys.len()];
        let mut n_docs = 0u32;
        let mut prev_doc = u32::MAX;
        let mut printed: FxHashMap<u64, u32> = FxHashMap::default();
        for (q, loc) in locs.iter().enumerate() {
            if loc.doc.0 != prev_doc {
                prev_doc = loc.doc.0;
                n_docs += 1;
            }
            let ws = &words[offsets[q] as usize..offsets[q + 1] as usize];
            let wording = shingle_hash(ws.iter().map(|&w| key_of(w)));
            if *printed.entry(wording).or_insert(loc.doc.0) != loc.doc.0 {
                continue;
            }
            for &w in ws {
                let k = key_of(w) as usize;
                if last_doc[k] != loc.doc.0 {
                    last_doc[k] = loc.doc.0;
                    df[k] += 1;
                }
            }
        }
        drop(last_doc);

        // Skeletons, interned the same way.
        let skel_strings: Vec<String> = keys.par_iter().map(|k| skeleton(k)).collect();
        let mut skel_sorted: Vec<&str> = skel_strings.iter().map(String::as_str).collect();
        skel_sorted.par_sort_unstable();
        skel_sorted.dedup();
        let skel_rank: FxHashMap<&str, u32> = skel_sorted.iter().enumerate().map(|(i, s)| (*s, i as u32)).collect();
        let skeleton: Vec<u32> = skel_strings.iter().map(|s| skel_rank[s.as_str()]).collect();
        drop(skel_rank);
        let skeletons: Vec<Box<str>> = skel_sorted.iter().map(|&s| Box::from(s)).collect();
        drop(skel_sorted);
        drop(skel_strings);

        let mut vocab = Vocabulary {
            keys,
            skeletons,
            skeleton,
            df,
            weight: Vec::new(),
            function: Vec::new(),
            chars: Vec::new(),
            first: Vec::new(),
            n_docs,
        };
        vocab.weight = (0..vocab.keys.len())
            .map(|i| vocab.weight_for(&vocab.keys[i], vocab.df[i]))
            .collect();
        vocab.function = vocab
            .keys
            .iter()
            .map(|k| word_class(k) == WordClass::Function)
            .collect();
        vocab.chars = vocab.keys.iter().map(|k| k.chars().count().min(255) as u8).collect();
        vocab.first = vocab.keys.iter().map(|k| k.chars().next().unwrap_or(' ')).collect();

        let mut index = CorpusIndex {
            records,
            cfg: cfg.clone(),
            locs,
            doc_start,
            vocab,
            words,
            offsets,
            shingle_hashes: Vec::new(),
            shingle_offsets: Vec::new(),
            shingle_postings: Vec::new(),
            shingle_count: Vec::new(),
            quote_shingle_offsets: Vec::new(),
            quote_shingle_ids: Vec::new(),
            key_offsets: Vec::new(),
            key_postings: Vec::new(),
        };
        index.build_shingles();
        index.build_key_postings();
        index
    }

    fn build_shingles(&mut self) {
        let n = self.locs.len();
        let mut pairs: Vec<(u64, u32)> = (0..n)
            .into_par_iter()
            .with_min_len(CHUNK)
            .flat_map_iter(|q| {
                let mut hs = self.quote_shingles(self.words_of(QuoteId(q as u32)));
                hs.sort_unstable();
                hs.dedup();
                hs.into_iter().map(move |h| (h, q as u32))
            })
            .collect();
        let mut counts = vec![0u16; n];
        for &(_, q) in &pairs {
            counts[q as usize] = counts[q as usize].saturating_add(1);
        }
        self.shingle_count = counts;
        pairs.par_sort_unstable();
        let mut hashes = Vec::new();
        let mut offs = vec![0u32];
        let mut postings = Vec::with_capacity(pairs.len());
        let mut i = 0;
        while i < pairs.len() {
            let h = pairs[i].0;
            let mut j = i;
            while j < pairs.len() && pairs[j].0 == h {
                postings.push(pairs[j].1);
                j += 1;
            }
            hashes.push(h);
            offs.push(postings.len() as u32);
            i = j;
        }
        // Per quote, its shingles' positions (postings are sorted by shingle,
        // so each quote's list comes out sorted too).
        let mut q_off = vec![0u32; n + 1];
        for &q in &postings {
            q_off[q as usize + 1] += 1;
        }
        for q in 0..n {
            q_off[q + 1] += q_off[q];
        }
        let mut fill = q_off.clone();
        let mut q_ids = vec![0u32; postings.len()];
        for s in 0..hashes.len() {
            for &q in &postings[offs[s] as usize..offs[s + 1] as usize] {
                q_ids[fill[q as usize] as usize] = s as u32;
                fill[q as usize] += 1;
            }
        }
        self.quote_shingle_offsets = q_off;
        self.quote_shingle_ids = q_ids;
        self.shingle_hashes = hashes;
        self.shingle_offsets = offs;
        self.shingle_postings = postings;
    }

    fn build_key_postings(&mut self) {
        let n = self.locs.len();
        let mut pairs: Vec<(u32, u32)> = (0..n)
            .into_par_iter()
            .with_min_len(CHUNK)
            .flat_map_iter(|q| {
                let mut ks: Vec<u32> = self.words_of(QuoteId(q as u32)).iter().map(|&w| key_of(w)).collect();
                ks.sort_unstable();
                ks.dedup();
                ks.into_iter().map(move |k| (k, q as u32))
            })
            .collect();
        pairs.par_sort_unstable();
        let (offsets, postings) = csr(self.vocab.len(), &pairs);
        self.key_offsets = offsets;
        self.key_postings = postings;
    }

    /// The shingle hashes of a word sequence (runs not crossing a gap mark,
    /// not made of function words only).
    pub(crate) fn quote_shingles(&self, words: &[u32]) -> Vec<u64> {
        let k = self.cfg.shingle_len.max(1);
        let mut out = Vec::new();
        if words.len() < k {
            return out;
        }
        for start in 0..=words.len() - k {
            let run = &words[start..start + k];
            if run[1..].iter().any(|&w| w & GAP != 0) {
                continue;
            }
            if run.iter().all(|&w| self.is_function(key_of(w))) {
                continue;
            }
            out.push(shingle_hash(run.iter().map(|&w| key_of(w))));
        }
        out
    }

    fn is_function(&self, key: u32) -> bool {
        self.vocab.function.get(key as usize).copied().unwrap_or(false)
    }

    /// Character count and first character of a key (query-local keys included).
    pub(crate) fn key_shape(&self, id: u32, extra: &[String]) -> (usize, char) {
        let n = self.vocab.len();
        if (id as usize) < n {
            (self.vocab.chars[id as usize] as usize, self.vocab.first[id as usize])
        } else {
            let k = &extra[id as usize - n];
            (k.chars().count(), k.chars().next().unwrap_or(' '))
        }
    }

    /// The records the index was built from.
    pub fn records(&self) -> &'a [ArticleRecord] {
        self.records
    }

    /// The configuration the index was built with.
    pub fn config(&self) -> &AlignConfig {
        &self.cfg
    }

    /// The vocabulary (interned keys and weights).
    pub fn vocabulary(&self) -> &Vocabulary {
        &self.vocab
    }

    /// Number of quotes indexed.
    pub fn len(&self) -> usize {
        self.locs.len()
    }

    /// True when the corpus has no quotes.
    pub fn is_empty(&self) -> bool {
        self.locs.is_empty()
    }

    /// Where a quote is.
    pub fn loc(&self, q: QuoteId) -> QuoteLoc {
        self.locs[q.0 as usize]
    }

    /// The quotes of an article.
    pub fn doc_quotes(&self, doc: DocId) -> std::ops::Range<u32> {
        self.doc_start[doc.0 as usize]..self.doc_start[doc.0 as usize + 1]
    }

    /// The article of a quote.
    pub fn record(&self, q: QuoteId) -> &'a ArticleRecord {
        &self.records[self.locs[q.0 as usize].doc.0 as usize]
    }

    /// The extracted quote.
    pub fn quote(&self, q: QuoteId) -> &'a Quote {
        let loc = self.locs[q.0 as usize];
        &self.records[loc.doc.0 as usize].quotes[loc.local as usize]
    }

    /// The word ids of a quote (gap marks included; see [`Self::word_keys`]).
    pub(crate) fn words_of(&self, q: QuoteId) -> &[u32] {
        &self.words[self.offsets[q.0 as usize] as usize..self.offsets[q.0 as usize + 1] as usize]
    }

    /// The key ids of a quote's words, in order.
    pub fn word_keys(&self, q: QuoteId) -> Vec<KeyId> {
        self.words_of(q).iter().map(|&w| KeyId(key_of(w))).collect()
    }

    /// Number of words of a quote (editorial insertions and ellipses excluded).
    pub fn word_count(&self, q: QuoteId) -> usize {
        (self.offsets[q.0 as usize + 1] - self.offsets[q.0 as usize]) as usize
    }

    /// Total informative weight of a quote's words.
    pub fn information(&self, q: QuoteId) -> f32 {
        self.words_of(q)
            .iter()
            .map(|&w| self.vocab.weight[key_of(w) as usize])
            .sum()
    }

    pub(crate) fn weights_into(&self, words: &[u32], out: &mut Vec<f32>, extra: &[f32]) {
        out.clear();
        let n = self.vocab.len();
        out.extend(words.iter().map(|&w| {
            let k = key_of(w) as usize;
            if k < n { self.vocab.weight[k] } else { extra[k - n] }
        }));
    }

    /// The key string of an id, including query-local ids past the vocabulary.
    pub(crate) fn key_str<'s>(&'s self, id: u32, extra: &'s [String]) -> &'s str {
        let n = self.vocab.len();
        if (id as usize) < n {
            &self.vocab.keys[id as usize]
        } else {
            &extra[id as usize - n]
        }
    }

    pub(crate) fn skeleton_of(&self, id: u32, extra_skel: &[u32]) -> u32 {
        let n = self.vocab.len();
        if (id as usize) < n {
            self.vocab.skeleton[id as usize]
        } else {
            extra_skel[id as usize - n]
        }
    }

    /// True when the quote has at least one shingle.
    pub(crate) fn has_shingles(&self, q: QuoteId) -> bool {
        self.shingle_count[q.0 as usize] > 0
    }

    /// Quotes sharing a shingle with `q` and coming after it, best first by
    /// the rarity of the shared shingles, at most [`AlignConfig::max_candidates`],
    /// returned in id order.
    pub(crate) fn shingle_candidates(&self, q: QuoteId, acc: &mut FxHashMap<u32, Shared>) -> Vec<u32> {
        acc.clear();
        let cap = self.cfg.max_shingle_quotes.max(2);
        let window = self.cfg.boilerplate_neighbours;
        let n_quotes = self.locs.len().max(1) as f32;
        let own = &self.quote_shingle_ids
            [self.quote_shingle_offsets[q.0 as usize] as usize..self.quote_shingle_offsets[q.0 as usize + 1] as usize];
        for &s in own {
            let s = s as usize;
            let post = &self.shingle_postings[self.shingle_offsets[s] as usize..self.shingle_offsets[s + 1] as usize];
            let w = (n_quotes / post.len() as f32).ln().max(0.05);
            let pos = post.partition_point(|&r| r <= q.0);
            let after = &post[pos..];
            let take = if post.len() > cap {
                &after[..after.len().min(window)]
            } else {
                after
            };
            for &r in take {
                let e = acc.entry(r).or_insert(Shared {
                    weight: 0.0,
                    count: 0,
                    rarest: u32::MAX,
                });
                e.weight += w;
                e.count += 1;
                e.rarest = e.rarest.min(post.len() as u32);
            }
        }
        // One shared shingle is enough when it is rare, or when one of the
        // two quotes has little more than one shingle (a short fragment);
        // otherwise two: a lone common shingle is what unrelated quotes share.
        let kq = u32::from(self.shingle_count[q.0 as usize]);
        let rare = self.cfg.rare_shingle_quotes as u32;
        let mut c: Vec<(u32, f32)> = acc
            .iter()
            .filter(|(r, e)| {
                let kr = u32::from(self.shingle_count[**r as usize]);
                e.count >= 2 || e.rarest <= rare || kq.min(kr) <= 2
            })
            .map(|(&r, e)| (r, e.weight))
            .collect();
        if c.len() > self.cfg.max_candidates {
            c.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            c.truncate(self.cfg.max_candidates);
        }
        let mut out: Vec<u32> = c.into_iter().map(|(r, _)| r).collect();
        out.sort_unstable();
        out
    }

    /// The quotes using a key (sorted).
    pub(crate) fn quotes_with_key(&self, key: u32) -> &[u32] {
        if key as usize >= self.vocab.len() {
            return &[];
        }
        &self.key_postings[self.key_offsets[key as usize] as usize..self.key_offsets[key as usize + 1] as usize]
    }

    /// True when quote `r` uses every content word of `words` (a cheap test
    /// before aligning a short quote with it).
    pub(crate) fn uses_content_of(&self, words: &[u32], r: QuoteId) -> bool {
        let rw = self.words_of(r);
        words
            .iter()
            .map(|&w| key_of(w))
            .filter(|&k| !self.is_function(k))
            .all(|k| rw.iter().any(|&w| key_of(w) == k))
    }

    /// Candidate quotes containing a short word sequence: those using all of
    /// its content words, found from the postings of its rarest word.
    pub(crate) fn containing_candidates(&self, words: &[u32]) -> Vec<u32> {
        let mut ks: Vec<u32> = words.iter().map(|&w| key_of(w)).collect();
        ks.sort_unstable();
        ks.dedup();
        let Some(&rarest) = ks
            .iter()
            .min_by_key(|&&k| (self.quotes_with_key(k).len(), k))
            .filter(|&&k| (k as usize) < self.vocab.len())
        else {
            return Vec::new();
        };
        let others: Vec<u32> = ks
            .iter()
            .copied()
            .filter(|&k| k != rarest && !self.is_function(k))
            .collect();
        self.quotes_with_key(rarest)
            .iter()
            .copied()
            .filter(|&r| {
                let rw = self.words_of(QuoteId(r));
                others.iter().all(|&k| rw.iter().any(|&w| key_of(w) == k))
            })
            .collect()
    }

    /// Prepares an arbitrary text for [`Self::candidates`] and
    /// [`Self::align_query`]: its words interned against the corpus
    /// vocabulary (words the corpus lacks get query-local ids and the weight
    /// of a word no article uses).
    pub fn query(&self, text: &str) -> Query {
        let mut extra_keys: Vec<String> = Vec::new();
        let mut words = Vec::new();
        let mut gap = false;
        for t in tokenize(considered_prefix(text, self.cfg.max_words.max(1))) {
            match t.kind {
                TokenKind::Word if !t.key.is_empty() => {
                    if words.len() >= self.cfg.max_words.max(1) {
                        break;
                    }
                    let id = match self.vocab.lookup(&t.key) {
                        Some(k) => k.0,
                        None => match extra_keys.iter().position(|k| *k == t.key) {
                            Some(p) => (self.vocab.len() + p) as u32,
                            None => {
                                extra_keys.push(t.key);
                                (self.vocab.len() + extra_keys.len() - 1) as u32
                            }
                        },
                    };
                    words.push(if gap && !words.is_empty() { id | GAP } else { id });
                    gap = false;
                }
                TokenKind::Word => {}
                TokenKind::Editorial | TokenKind::Gap => gap = true,
            }
        }
        let extra_weights: Vec<f32> = extra_keys.iter().map(|k| self.vocab.weight_for(k, 0)).collect();
        // Query-local skeletons: a corpus skeleton when the spelling maps onto
        // one, else an id past every corpus skeleton.
        let n_skel = self.vocab.skeletons.len() as u32;
        let extra_skeletons: Vec<u32> = extra_keys
            .iter()
            .enumerate()
            .map(|(i, k)| {
                let s = skeleton(k);
                match self.vocab.skeletons.binary_search_by(|c| c.as_ref().cmp(s.as_str())) {
                    Ok(p) => p as u32,
                    Err(_) => n_skel + i as u32,
                }
            })
            .collect();
        Query {
            text: text.to_string(),
            words,
            extra_keys,
            extra_weights,
            extra_skeletons,
        }
    }

    /// The corpus quotes worth aligning with a query, in id order: those
    /// sharing a shingle with it; for a short query, those holding all its
    /// content words; and those using one of its two rarest content words
    /// when few quotes do (so a heavily reworded quote still finds its near
    /// miss).
    pub fn candidates(&self, query: &Query) -> Vec<QuoteId> {
        let words = &query.words;
        if words.is_empty() {
            return Vec::new();
        }
        let mut cands: FxHashSet<u32> = FxHashSet::default();
        let cap = self.cfg.max_shingle_quotes.max(2);
        for h in self.quote_shingles(words) {
            if let Ok(s) = self.shingle_hashes.binary_search(&h) {
                let post =
                    &self.shingle_postings[self.shingle_offsets[s] as usize..self.shingle_offsets[s + 1] as usize];
                cands.extend(post.iter().take(cap).copied());
            }
        }
        if words.len() < 2 * self.cfg.shingle_len.max(1) {
            cands.extend(self.containing_candidates(words));
        }
        let mut rare: Vec<u32> = words
            .iter()
            .map(|&w| key_of(w))
            .filter(|&k| {
                (k as usize) < self.vocab.len() && word_class(&self.vocab.keys[k as usize]) == WordClass::Content
            })
            .collect();
        rare.sort_unstable_by_key(|&k| (self.quotes_with_key(k).len(), k));
        rare.dedup();
        for &k in rare.iter().take(RARE_KEYS) {
            let post = self.quotes_with_key(k);
            if post.len() <= self.cfg.boilerplate_neighbours.max(1) * RARE_KEYS {
                cands.extend(post.iter().copied());
            }
        }
        let n_quotes = self.locs.len();
        let mut out: Vec<QuoteId> = cands
            .into_iter()
            .filter(|&r| (r as usize) < n_quotes)
            .map(QuoteId)
            .collect();
        out.sort_unstable();
        out
    }

    /// Aligns a query (side `a`) with one corpus quote (side `b`), with the
    /// word path; `None` when they share nothing.
    pub fn align_query(&self, query: &Query, quote: QuoteId, scratch: &mut Scratch) -> Option<PairAlignment> {
        if query.words.is_empty() || quote.0 as usize >= self.locs.len() {
            return None;
        }
        let side = align::QuerySide {
            words: &query.words,
            extra_keys: &query.extra_keys,
            extra_weights: &query.extra_weights,
            extra_skeletons: &query.extra_skeletons,
        };
        let mut a = align::align_query(self, &side, quote, scratch, true)?;
        if a.relation == align::Relation::Cosmetic && self.quote(quote).text.trim() == query.text.trim() {
            a.relation = align::Relation::Identical;
        }
        Some(a)
    }

    /// The informative weight of any word key: the corpus weight when the
    /// corpus uses it, else the weight of a word no article uses.
    pub fn key_weight(&self, key: &str) -> f32 {
        match self.vocab.lookup(key) {
            Some(id) => self.vocab.weight(id),
            None => self.vocab.weight_for(key, 0),
        }
    }

    /// Candidate sources of an arbitrary quote text, each with its alignment
    /// (the text is side `a`), best first. Only alignments scoring at least
    /// [`AlignConfig::min_score`] are returned; whether one is strong enough
    /// evidence is for the caller to judge from `score` and `evidence`.
    pub fn search(&self, text: &str) -> Vec<SearchHit> {
        let query = self.query(text);
        let mut scratch = Scratch::default();
        let mut hits: Vec<SearchHit> = self
            .candidates(&query)
            .into_iter()
            .filter_map(|r| {
                let a = self.align_query(&query, r, &mut scratch)?;
                (a.score >= self.cfg.min_score).then_some(SearchHit { quote: r, alignment: a })
            })
            .collect();
        hits.sort_by(|x, y| {
            y.alignment
                .score
                .total_cmp(&x.alignment.score)
                .then(y.alignment.evidence.total_cmp(&x.alignment.evidence))
                .then(x.quote.cmp(&y.quote))
        });
        hits
    }
}

/// How many of a query's rarest content words bring their quotes in as candidates.
const RARE_KEYS: usize = 2;

/// A text prepared for searching the index ([`CorpusIndex::query`]).
#[derive(Debug, Clone)]
pub struct Query {
    text: String,
    words: Vec<u32>,
    extra_keys: Vec<String>,
    extra_weights: Vec<f32>,
    extra_skeletons: Vec<u32>,
}

impl Query {
    /// Number of words (editorial insertions and ellipses excluded).
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the text has no words.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The byte spans (start, end) in `text` of the words alignments number:
/// word `i` of a [`crate::align::WordRange`] is `text[spans[i].0..spans[i].1]`.
///
/// ```
/// let text = "dearest friend [sic] and comrade,";
/// let spans = quotecheck::index::word_spans(text);
/// assert_eq!(&text[spans[2].0..spans[2].1], "and");
/// assert_eq!(spans.len(), 4);
/// ```
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.kind == TokenKind::Word && !t.key.is_empty())
        .map(|t| (t.start as usize, t.end as usize))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(COMMON_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn skeletons_join_spelling_variants() {
        assert_eq!(skeleton("defence"), skeleton("defense"));
        assert_eq!(skeleton("year's"), skeleton("year"));
        assert_eq!(skeleton("organise"), skeleton("organize"));
        assert_ne!(skeleton("nation"), skeleton("notion"));
    }

    #[test]
    fn a_reworded_quote_still_finds_its_candidates_by_rare_words() {
        let records = crate::synth::tiny_records();
        let index = CorpusIndex::build(&records, &AlignConfig::default());
        // No shingle in common, too long for the containing search.
        let q = index.query("my beloved hero, comrade of mine, of the brave fraternal folk");
        let c = index.candidates(&q);
        assert_eq!(c, [QuoteId(0), QuoteId(1)]);
        assert!(index.candidates(&index.query("")).is_empty());
    }

    #[test]
    fn weights_rank_function_common_content() {
        let v = Vocabulary {
            n_docs: 5,
            ..Default::default()
        };
        let f = v.weight_for("the", 1);
        let c = v.weight_for("year", 1);
        let w = v.weight_for("nazism", 1);
        assert!(f < c && c < w, "{f} {c} {w}");
        assert!(v.weight_for("nazism", 5) < w);
    }
}
