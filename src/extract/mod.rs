//! Quote extraction: a state machine over quote marks, paragraph by paragraph.
//!
//! [`extract_quotes`] finds every quoted span of a text: double and single
//! quotes (curly and straight, single quotes told apart from apostrophes),
//! guillemets, German and CJK marks, quotes inside quotes, quotes continued
//! across paragraphs, unclosed quotes and headline quotes. Spans are the bytes
//! between the marks, so `quote.text == text[quote.start..quote.end]`.
//! [`speaker`] then attributes each quote to who spoke it, where a reliable
//! rule finds them.
//!
//! ```
//! use quotecheck::extract::{extract_quotes, ExtractConfig};
//! let text = "Kim described Putin as his \"dearest friend and comrade,\" KCNA said.";
//! let quotes = extract_quotes(text, &ExtractConfig::default());
//! assert_eq!(quotes.len(), 1);
//! assert_eq!(quotes[0].text, "dearest friend and comrade,");
//! assert_eq!(&text[quotes[0].start..quotes[0].end], quotes[0].text);
//! ```

mod bytescan;
mod json;
mod layout;
mod marks;
mod promo;
mod scan;
pub mod speaker;

use crate::corpus::{Article, Metadata, TextBasis};
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use layout::{Paragraph, paragraphs};
pub use scan::{MAX_CLOSE_SEARCH, MAX_DEPTH, WorkStats};

/// A quote's id within its article: `q1`, `q2`, ... in text order. Shown
/// and serialized as `q<n>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteId(pub u32);

impl std::fmt::Display for QuoteId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "q{}", self.0)
    }
}

impl std::str::FromStr for QuoteId {
    type Err = String;
    fn from_str(s: &str) -> Result<QuoteId, String> {
        s.strip_prefix('q')
            .and_then(|n| n.parse().ok())
            .map(QuoteId)
            .ok_or_else(|| format!("not a quote id (q<number>): {s:?}"))
    }
}

impl Serialize for QuoteId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QuoteId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<QuoteId, D::Error> {
        let s = std::borrow::Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// One quoted span of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// `q1`, `q2`, ... in order of position (an outer quote before the quotes inside it).
    pub id: QuoteId,
    /// Byte offset of the first byte between the marks, in the article text.
    pub start: usize,
    /// Byte offset just past the last byte between the marks.
    pub end: usize,
    /// 1-based line of `start` in the article text.
    pub line: usize,
    /// The quoted text, exactly `article.text[start..end]`.
    pub text: String,
    /// The opening mark and the closing mark as printed (the closing mark is
    /// empty for an unclosed quote).
    pub marks: String,
    /// Who spoke the words, where a reliable rule finds them.
    pub speaker: Option<String>,
    /// The words that attribute the quote (`said`, `told`, `according to`, ...).
    pub cue: Option<String>,
    /// The agency or outlet that reported the words (`KCNA` in `Putin said "...", the KCNA said`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// The quote stands in a headline or sub-head.
    pub headline: bool,
    /// No closing mark: the quote runs to the end of its paragraph.
    pub unclosed: bool,
    /// The quote goes on in the next paragraph (reopened without being closed),
    /// or is such a continuation; see `continues`.
    pub continued: bool,
    /// For a continuation, the id of the quote's previous part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub continues: Option<QuoteId>,
    /// The id of the quote this one is nested in.
    pub parent: Option<QuoteId>,
    /// The sentence (or sentences) around the quote, with the quote in it.
    pub context: String,
}

/// One article's metadata and quotes: what `extract` writes (one per JSONL
/// line) and what `align`, `report` and `verify` read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleRecord {
    /// The file name as shown in output.
    pub file: String,
    /// Who published the article.
    pub outlet: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Where it was published.
    #[serde(default)]
    pub url: Option<String>,
    /// Metadata fields that were inferred, with how.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: BTreeMap<String, String>,
    /// Header keys quotecheck does not know.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
    /// What quote offsets refer to: `plain` (the file text after its
    /// metadata header, line ends normalized to LF) or `html` (the text
    /// rendered from HTML).
    pub offsets: TextBasis,
    /// The quotes, in order of position.
    pub quotes: Vec<Quote>,
}

impl ArticleRecord {
    /// The article's metadata in one value.
    pub fn metadata(&self) -> Metadata {
        Metadata {
            outlet: self.outlet.clone(),
            date: self.date,
            title: self.title.clone(),
            url: self.url.clone(),
            inferred: self.inferred.clone(),
            extra: self.extra.clone(),
        }
    }
}

/// Options of the extractor.
#[derive(Debug, Clone)]
pub struct ExtractConfig {
    /// Attribute speakers (off for raw span benchmarks).
    pub speakers: bool,
}

impl Default for ExtractConfig {
    fn default() -> Self {
        ExtractConfig { speakers: true }
    }
}

/// Extracts the quotes of an article and packs them with its metadata.
pub fn extract_article(article: &Article, cfg: &ExtractConfig) -> ArticleRecord {
    let quotes = extract_quotes(&article.text, cfg);
    let m = &article.meta;
    ArticleRecord {
        file: article.file.clone(),
        outlet: m.outlet.clone(),
        date: m.date,
        title: m.title.clone(),
        url: m.url.clone(),
        inferred: m.inferred.clone(),
        extra: m.extra.clone(),
        offsets: article.basis,
        quotes,
    }
}

/// [`extract_article`] for an article no longer needed: its file name and
/// metadata move into the record instead of being copied.
pub fn extract_article_owned(article: Article, cfg: &ExtractConfig) -> ArticleRecord {
    let quotes = extract_quotes(&article.text, cfg);
    let m = article.meta;
    ArticleRecord {
        file: article.file,
        outlet: m.outlet,
        date: m.date,
        title: m.title,
        url: m.url,
        inferred: m.inferred,
        extra: m.extra,
        offsets: article.basis,
        quotes,
    }
}

/// Extracts the quotes of a text. Linear in the length of the text.
pub fn extract_quotes(text: &str, cfg: &ExtractConfig) -> Vec<Quote> {
    extract_quotes_counted(text, cfg).0
}

/// [`extract_quotes`], also returning how much work it did.
pub fn extract_quotes_counted(text: &str, cfg: &ExtractConfig) -> (Vec<Quote>, WorkStats) {
    let mut stats = WorkStats::default();
    let paras = paragraphs(text);
    let spans = scan::scan(text, &paras, cfg, &mut stats);
    // Computed once per paragraph, for the contexts and the speaker rules.
    let breaks = layout::Breaks::new(text, &paras);
    let mut quotes = scan::to_quotes(text, &paras, &breaks, spans, &mut stats);
    if cfg.speakers {
        speaker::attribute_with(text, &paras, &breaks, &mut quotes, &mut stats);
    }
    (quotes, stats)
}
