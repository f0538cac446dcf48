//! Verifying quotes against the sources: is each quote of a draft printed
//! by some source, with the same words, and credited to the same speaker?
//!
//! A [`Claim`] (a draft's quote, or one quote given by hand) is checked by a
//! [`Verifier`] built once over the source records. For each claim:
//!
//! 1. the corpus index proposes candidate source quotes
//!    ([`CorpusIndex::candidates`]);
//! 2. the claim's words are explained against each candidate alone, and
//!    against all of them together, by the cheapest *path*: each claim word
//!    is matched to a source word or left unmatched; a match continues the
//!    previous one when it is the next source word, when the claim's ellipsis
//!    stands for the source words skipped (an honest omission), or when the
//!    claim's editorial bracket stands for a few of them (`[Kim]` for `the
//!    North Korean leader`). Dropping a few source words without an ellipsis
//!    costs one per word; jumping elsewhere (another quote, another article,
//!    back, or further ahead) is a *junction* and costs more than dropping
//!    two words, so two pieces are only said to be joined when each is a
//!    real piece;
//! 3. the path gives the [`Verdict`] on the words; the speakers of the
//!    sources that print the words (and their family's consensus) give the
//!    attribution, compared with [`names::same_person`].
//!
//! Source quotes that an interrupting attribution splits (`"When the army
//! wins," the letter went on, "we will celebrate."`) or that run on into the
//! next paragraph are also read as one passage, as a reader reads them.
//!
//! ```
//! use quotecheck::verify::{Claim, Verdict, Verifier, VerifyConfig};
//! let records = quotecheck::synth::tiny_records();
//! let verifier = Verifier::new(&records, VerifyConfig::default());
//! let check = verifier.check(&Claim::new("dearest friend and comrade", Some("Kim Jong-un")));
//! assert_eq!(check.verdict, Verdict::Truncated);
//! let check = verifier.check(&Claim::new("dearest comrade and friend", None));
//! assert_eq!(check.verdict, Verdict::Altered);
//! ```

use crate::align::{self, AlignConfig};
use crate::date::Date;
use crate::diff::{WordDiff, negation_changed, spelling_skeleton, word_diff, word_diff_within};
use crate::extract::{ArticleRecord, Quote};
use crate::family::{AlignOutput, Family};
use crate::index::{self, CorpusIndex, QuoteId};
use crate::names;
use crate::normalize::{TokenKind, tokenize};
use crate::provenance;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub mod disputed;
pub mod institution;
use institution::Institution;

/// What a checked quote is, against the sources.
///
/// The first three are fine (a fact-checker may print the quote as it
/// stands); the others need a look before publication.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The same words as a source, typographic differences at most (case,
    /// punctuation, quote marks, apostrophes, hyphenation).
    Verbatim,
    /// The source's words, changed only by editorial marks: brackets
    /// (`[Kim]`, `[T]he`), `[sic]`, or an ellipsis standing for words the
    /// source has at that place.
    Editorial,
    /// A faithful fragment of a longer source quote.
    Truncated,
    /// Joins pieces that no source prints together: adjacent in the quote
    /// without an ellipsis, or across an ellipsis that stands for no words of
    /// the source at that place (pieces from two quotes, or out of order).
    Spliced,
    /// The same passage as a source, with different words: inserted,
    /// dropped (without an ellipsis), replaced or respelled.
    Altered,
    /// No source has these words.
    NotFound,
    /// The words are found, but the sources credit them to someone else.
    Misattributed,
}

impl Verdict {
    /// Every verdict, in order of severity.
    pub const ALL: [Verdict; 7] = [
        Verdict::Verbatim,
        Verdict::Editorial,
        Verdict::Truncated,
        Verdict::Spliced,
        Verdict::Altered,
        Verdict::NotFound,
        Verdict::Misattributed,
    ];

    /// The snake_case name used in output and in `--fail-on`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Verbatim => "verbatim",
            Verdict::Editorial => "editorial",
            Verdict::Truncated => "truncated",
            Verdict::Spliced => "spliced",
            Verdict::Altered => "altered",
            Verdict::NotFound => "not_found",
            Verdict::Misattributed => "misattributed",
        }
    }

    /// Whether the verdict needs a look before publication (the verdicts
    /// that fail a check unless told otherwise).
    pub fn fails_by_default(self) -> bool {
        !matches!(self, Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated)
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Verdict {
    type Err = String;

    /// Parses a verdict name; `not-found` is accepted for `not_found`.
    ///
    /// ```
    /// use quotecheck::verify::Verdict;
    /// assert_eq!("not-found".parse::<Verdict>(), Ok(Verdict::NotFound));
    /// assert!("fine".parse::<Verdict>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Verdict, String> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        Verdict::ALL.into_iter().find(|v| v.as_str() == norm).ok_or_else(|| {
            let names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
            format!("unknown verdict {s:?} (one of: {})", names.join(", "))
        })
    }
}

/// How far the sources bear out the speaker a draft names: shown beside the
/// verdict, as a passing verdict on the words says nothing about who said
/// them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionStatus {
    /// Sources that print the words credit the draft's speaker, most of
    /// those that name anyone.
    Confirmed,
    /// The draft names an institution (`China's foreign ministry`,
    /// `Beijing`, `the Kremlin`) and the sources credit its spokesperson or
    /// official, whom they tie to it beside the name (`foreign ministry
    /// spokesperson Guo Weiping ... in Beijing`): attributed to the
    /// institution.
    Institution,
    /// The draft names someone, but no source that prints the words names
    /// who said them (or the words are too common to tie to anyone): nothing
    /// confirms the speaker.
    Unconfirmed,
    /// The sources are split evenly: as many articles credit someone else
    /// with the same statement as credit the draft's speaker.
    Conflicting,
    /// The sources credit the words to someone else (the verdict is then
    /// `misattributed`).
    Misattributed,
    /// Nothing to check: the draft names nobody (or only a role), or the
    /// words are not found.
    #[default]
    Unchecked,
}

impl AttributionStatus {
    /// Every status, from the best to the gravest.
    pub const ALL: [AttributionStatus; 6] = [
        AttributionStatus::Confirmed,
        AttributionStatus::Institution,
        AttributionStatus::Unchecked,
        AttributionStatus::Unconfirmed,
        AttributionStatus::Conflicting,
        AttributionStatus::Misattributed,
    ];

    /// The snake_case name used in output and in `--fail-on`.
    pub fn as_str(self) -> &'static str {
        match self {
            AttributionStatus::Confirmed => "confirmed",
            AttributionStatus::Institution => "institution",
            AttributionStatus::Unconfirmed => "unconfirmed",
            AttributionStatus::Conflicting => "conflicting",
            AttributionStatus::Misattributed => "misattributed",
            AttributionStatus::Unchecked => "unchecked",
        }
    }

    /// Whether the status needs a look before publication unless told
    /// otherwise: a speaker the sources do not confirm, or one they dispute.
    pub fn fails_by_default(self) -> bool {
        matches!(
            self,
            AttributionStatus::Unconfirmed | AttributionStatus::Conflicting | AttributionStatus::Misattributed
        )
    }
}

impl std::fmt::Display for AttributionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for AttributionStatus {
    type Err = String;

    /// Parses a status name.
    ///
    /// ```
    /// use quotecheck::verify::AttributionStatus;
    /// assert_eq!("unconfirmed".parse::<AttributionStatus>(), Ok(AttributionStatus::Unconfirmed));
    /// assert!("fine".parse::<AttributionStatus>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<AttributionStatus, String> {
        let norm = s.trim().to_ascii_lowercase().replace('-', "_");
        AttributionStatus::ALL
            .into_iter()
            .find(|v| v.as_str() == norm)
            .ok_or_else(|| {
                let names: Vec<&str> = AttributionStatus::ALL.iter().map(|v| v.as_str()).collect();
                format!("unknown attribution status {s:?} (one of: {})", names.join(", "))
            })
    }
}

/// What fails a check: verdicts on the words, and attribution statuses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FailOn {
    /// Failing verdicts.
    pub verdicts: Vec<Verdict>,
    /// Failing attribution statuses.
    pub statuses: Vec<AttributionStatus>,
}

impl Default for FailOn {
    /// The verdicts and statuses that fail by default.
    fn default() -> Self {
        FailOn {
            verdicts: Verdict::ALL.into_iter().filter(|v| v.fails_by_default()).collect(),
            statuses: AttributionStatus::ALL
                .into_iter()
                .filter(|s| s.fails_by_default())
                .collect(),
        }
    }
}

impl FailOn {
    /// Parses a `--fail-on` list: verdict names (`not-found` for
    /// `not_found`) and attribution status names; `none` adds nothing.
    /// `misattributed` is both.
    ///
    /// ```
    /// use quotecheck::verify::{AttributionStatus, FailOn, Verdict};
    /// let f = FailOn::parse(&["altered", "unconfirmed"]).unwrap();
    /// assert_eq!(f.verdicts, [Verdict::Altered]);
    /// assert_eq!(f.statuses, [AttributionStatus::Unconfirmed]);
    /// assert!(FailOn::parse(&["none"]).unwrap().verdicts.is_empty());
    /// assert!(FailOn::parse(&["fine"]).is_err());
    /// ```
    pub fn parse<S: AsRef<str>>(items: &[S]) -> Result<FailOn, String> {
        let mut out = FailOn {
            verdicts: Vec::new(),
            statuses: Vec::new(),
        };
        for item in items {
            let item = item.as_ref().trim();
            if item.is_empty() || item.eq_ignore_ascii_case("none") {
                continue;
            }
            let verdict = item.parse::<Verdict>();
            let status = item.parse::<AttributionStatus>();
            match (verdict, status) {
                (Err(_), Err(_)) => {
                    let mut names: Vec<&str> = Verdict::ALL.iter().map(|v| v.as_str()).collect();
                    for s in AttributionStatus::ALL {
                        if !names.contains(&s.as_str()) {
                            names.push(s.as_str());
                        }
                    }
                    return Err(format!("unknown verdict {item:?} (one of: {})", names.join(", ")));
                }
                (v, s) => {
                    if let Ok(v) = v {
                        out.verdicts.push(v);
                    }
                    if let Ok(s) = s {
                        out.statuses.push(s);
                    }
                }
            }
        }
        Ok(out)
    }

    /// True when a check fails: its verdict or its attribution status is listed.
    pub fn fails(&self, check: &Check) -> bool {
        self.verdicts.contains(&check.verdict) || self.statuses.contains(&check.attribution.status)
    }
}

/// Settings of verification, named after what they decide.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyConfig {
    /// Index and alignment settings; `min_score` is also the least share of
    /// a quote's informative content a source must hold for the quote to be
    /// found there (as altered, at worst).
    pub align: AlignConfig,
    /// Source words one editorial bracket may stand for: `[Kim]` for `the
    /// North Korean leader` is honest, a bracket hiding a sentence is not.
    pub max_bracket_words: usize,
    /// Source words a quote may drop without an ellipsis and still be the
    /// same passage with words changed (altered) rather than two pieces
    /// joined (spliced).
    pub max_dropped_words: usize,
    /// Informative content (about one per rare content word) the found words
    /// must carry before a different speaker in the sources makes a quote
    /// misattributed: short generic words ("thank you", "heroic") are said by
    /// many people.
    pub min_attribution_evidence: f32,
    /// Least informative content of one piece of a spliced quote; a smaller
    /// "piece" found elsewhere is a few inserted words, not a splice.
    pub min_piece_evidence: f32,
    /// Least score at which a source is shown as the near miss of a quote
    /// that is not found.
    pub min_near_miss_score: f32,
}

impl Default for VerifyConfig {
    fn default() -> Self {
        VerifyConfig {
            align: AlignConfig::default(),
            max_bracket_words: 6,
            max_dropped_words: 3,
            min_attribution_evidence: 1.5,
            min_piece_evidence: 0.8,
            min_near_miss_score: 0.25,
        }
    }
}

/// One quote to check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// `q1`, `q2`, ... for a draft's quotes; `claim` for a quote given by hand.
    pub id: String,
    /// The quoted words as the draft prints them.
    pub text: String,
    /// Who the draft says spoke them.
    pub speaker: Option<String>,
    /// 1-based line in the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl Claim {
    /// A quote given by hand, with the speaker the draft credits, if any.
    pub fn new(text: &str, speaker: Option<&str>) -> Claim {
        Claim {
            id: "claim".to_string(),
            text: text.to_string(),
            speaker: speaker.map(str::to_string).filter(|s| !s.trim().is_empty()),
            line: None,
        }
    }

    /// The claims of a draft: its quotes as [`crate::extract::extract_quotes`]
    /// finds them, with their speakers.
    pub fn from_quotes(quotes: &[Quote]) -> Vec<Claim> {
        quotes
            .iter()
            .map(|q| Claim {
                id: q.id.to_string(),
                text: q.text.clone(),
                speaker: q.speaker.clone(),
                line: Some(q.line),
            })
            .collect()
    }
}

/// A source quote (or two quotes one passage: an interrupted or continued
/// quote, named `q6+q7`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// The article's file name.
    pub file: String,
    /// The quote id in that article.
    pub quote: String,
    /// 1-based line of the quote in the article.
    pub line: usize,
    /// The outlet.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    /// The article's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Who the article says spoke the quote.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
}

/// How one source prints a checked quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceRelation {
    /// The same words (typographic differences at most).
    Same,
    /// The quote's words, inside a longer quote.
    Contains,
    /// The quote's words up to the quote's editorial marks.
    Editorial,
    /// Only part of the quote: the quote runs on past this source's quote
    /// marks (the outlet quoted less, or the draft quotes more).
    Partial,
    /// The quote's pieces, but not together.
    Pieces,
    /// The same passage in other words.
    Variant,
}

impl SourceRelation {
    /// The snake_case name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceRelation::Same => "same",
            SourceRelation::Contains => "contains",
            SourceRelation::Editorial => "editorial",
            SourceRelation::Partial => "partial",
            SourceRelation::Pieces => "pieces",
            SourceRelation::Variant => "variant",
        }
    }

    /// True when the source has every word of the quote, as the quote has them.
    pub fn has_wording(self) -> bool {
        matches!(
            self,
            SourceRelation::Same | SourceRelation::Contains | SourceRelation::Editorial
        )
    }
}

/// One source that has (some of) a checked quote's words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceMatch {
    /// Where it is.
    pub source: SourceRef,
    /// The source quote as printed.
    pub text: String,
    /// How it prints the checked quote.
    pub relation: SourceRelation,
    /// Share of informative content the two hold in common (a Dice
    /// coefficient over word weights): 1 for the same words or a faithful
    /// fragment.
    pub score: f32,
    /// Byte range of `text` that the checked quote covers (from its first
    /// to its last matched word).
    pub window: (usize, usize),
}

/// How one piece of a checked quote joins the piece before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Join {
    /// The first piece.
    Start,
    /// Joined without an ellipsis to words that do not follow in the source.
    Joined,
    /// Joined by an ellipsis that stands for no words of the source at that
    /// place (another quote, or earlier words).
    FalseEllipsis,
    /// Joined without the ellipsis the source prints between the two pieces.
    DroppedEllipsis,
}

/// A run of a checked quote's words found together in one source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Piece {
    /// The piece as the draft prints it.
    pub text: String,
    /// Where the source prints it.
    pub source: SourceRef,
    /// The source's words for it.
    pub source_text: String,
    /// How it joins the piece before.
    pub join: Join,
}

/// Whether the draft's speaker agrees with the sources'.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    /// The speaker the draft credits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// The distinct speakers the sources credit, most credited first (see
    /// `credits`).
    pub sources: Vec<String>,
    /// Who the sources credit with the statement the check rests on, and
    /// how many articles do: the articles whose quotes print the words, and
    /// those printing another version of the same passage in the same
    /// family (another translation). Most articles first, then the earliest
    /// printed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<Credit>,
    /// Whom the sources credit with other statements that hold the same
    /// words (a stock phrase another speaker used elsewhere): listed, never
    /// counted against the draft's speaker.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_statements: Vec<Credit>,
    /// `Some(true)` when the draft's speaker is the one most sources credit
    /// (or the channel they credit, `KCNA`), `Some(false)` when it is
    /// someone else, a minority of the sources included: a later outlet's
    /// misattribution copied into the draft is still one. `None` when
    /// either side names nobody (a role such as "the North Korean leader"
    /// names nobody), or when the sources are split evenly (`status`
    /// `conflicting`).
    pub agrees: Option<bool>,
    /// The found words carry too little content to tie them to one speaker
    /// ([`VerifyConfig::min_attribution_evidence`]), so a disagreement is
    /// not a verdict.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub generic: bool,
    /// How far the sources bear out the draft's speaker (`confirmed`,
    /// `unconfirmed`, `conflicting`, `misattributed`, `unchecked`).
    #[serde(default)]
    pub status: AttributionStatus,
    /// For status `institution`: whom the sources credit and tie to the
    /// institution the draft names (its spokesperson, its minister).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub spokespeople: Vec<String>,
    /// The first printing's credit decides, not the count: the words were
    /// in print, credited to `credits[0]`, more than
    /// [`AlignConfig::max_days_apart`] days before any article credited
    /// anyone else (a line of 2023 going viral in 2025 under another name:
    /// the later credits, however many, repeat a misattribution).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_first_printing: bool,
}

/// One person the sources credit with the words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Credit {
    /// The name, in its fullest printed form.
    pub name: String,
    /// How many articles credit them.
    pub articles: usize,
    /// The earliest of those articles' dates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<Date>,
}

/// The result of checking one claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// The claim's id (`q1`, or `claim`).
    pub id: String,
    /// 1-based line in the draft.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The quote as the draft prints it.
    pub text: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The verdict on the words alone, before attribution (differs from
    /// `verdict` only for `misattributed`).
    pub wording: Verdict,
    /// One sentence saying why.
    pub reason: String,
    /// Share of the quote's informative content the closest source holds.
    pub score: f32,
    /// The closest source wording (the near miss, for `not_found`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closest: Option<SourceMatch>,
    /// The word diff of the quote (new) against the closest source wording
    /// (old), windowed to what the quote covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<WordDiff>,
    /// Provenance: the earliest source with the closest wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first: Option<SourceRef>,
    /// For a quote found as printed (verbatim, editorial, truncated): an
    /// earlier source with other words there, the earliest. The draft then
    /// follows a later outlet's version of what was said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub earlier_wording: Option<SourceMatch>,
    /// Other printings of the same statement that give another figure where
    /// the quote has one (`785` where the quote, and its closest source,
    /// have `758`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<FigureConflict>,
    /// The family (of `quotecheck align`) of the closest source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    /// Where each piece comes from, when the quote joins pieces.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pieces: Vec<Piece>,
    /// The speaker check.
    pub attribution: Attribution,
    /// Every source that has the quote's words, or enough of them to be the
    /// same passage; best first.
    pub sources: Vec<SourceMatch>,
}

/// A figure other printings of a statement give otherwise than a checked quote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureConflict {
    /// The figure as those sources print it, with the words the diff
    /// replaces (`785`).
    pub printed: String,
    /// The figure as the quote has it (`758`; empty when the quote lacks it).
    pub quoted: String,
    /// The sources printing it, in order of the candidates.
    pub sources: Vec<SourceRef>,
}

/// Counts of a verification run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerifySummary {
    /// Source articles read.
    pub articles: usize,
    /// Source quotes indexed.
    pub source_quotes: usize,
    /// Quotes checked.
    pub checked: usize,
    /// Checked quotes per verdict (verdicts with none left out).
    pub verdicts: BTreeMap<Verdict, usize>,
    /// Checked quotes per attribution status (statuses with none left out).
    #[serde(default)]
    pub attribution: BTreeMap<AttributionStatus, usize>,
}

/// The result of `quotecheck verify`: its JSON is what `--format json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VerifyReport {
    /// The draft's file name (`None` for a quote given by hand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
    /// One check per claim, in draft order.
    pub checks: Vec<Check>,
    /// Counts.
    pub summary: VerifySummary,
}

impl VerifyReport {
    /// True when any check has one of the `fail_on` verdicts.
    pub fn fails(&self, fail_on: &[Verdict]) -> bool {
        self.checks.iter().any(|c| fail_on.contains(&c.verdict))
    }

    /// True when any check fails by `fail_on` (a verdict or an attribution status).
    pub fn fails_on(&self, fail_on: &FailOn) -> bool {
        self.checks.iter().any(|c| fail_on.fails(c))
    }
}

// ---------------------------------------------------------------------------
// Words

/// What stands between a word and the word before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Sep {
    /// Nothing but spaces and punctuation.
    None,
    /// An editorial bracket (`[sic]`, `[Kim]`, a parenthetical gloss).
    Bracket,
    /// An ellipsis (or a bracketed one, `[...]`).
    Ellipsis,
}

/// A word of a claim or a source, as verification compares them.
#[derive(Debug, Clone)]
struct Word {
    key: String,
    /// For a word with a glued editorial bracket (`[T]he`, `call[ed]`), the
    /// key without the bracketed letters.
    alt: Option<String>,
    skeleton: String,
    possessive: bool,
    sep: Sep,
    /// Byte span in the text (a glued bracket included).
    start: usize,
    end: usize,
    weight: f32,
}

impl Word {
    fn edited(&self) -> bool {
        self.alt.is_some()
    }
}

/// A short bracketed insertion of letters glued to a word changes the word
/// (`[T]he`, `[w]e`, `call[ed]`) rather than inserting one.
fn is_glue(key: &str) -> bool {
    let n = key.chars().count();
    (1..=4).contains(&n) && key.chars().all(char::is_alphabetic)
}

/// The words of a text with their separators. Built on
/// [`crate::normalize::tokenize`], with glued brackets merged into their
/// words and bracketed ellipses read as ellipses. Returns the words and the
/// separator after the last word.
fn words_of(text: &str, index: &CorpusIndex<'_>) -> (Vec<Word>, Sep) {
    let toks = tokenize(text);
    let mut words: Vec<Word> = Vec::new();
    let mut pending = Sep::None;
    let mut prefix: Option<(String, usize)> = None;
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            TokenKind::Gap => pending = pending.max(Sep::Ellipsis),
            TokenKind::Editorial => {
                if t.key == "..." || t.key.is_empty() && t.core(text).contains(['.', '…']) {
                    pending = pending.max(Sep::Ellipsis);
                    continue;
                }
                let glued_before = pending == Sep::None
                    && words.last().is_some_and(|w| w.end == t.start as usize && !w.edited())
                    && text[..t.start as usize].ends_with(|c: char| c.is_alphanumeric());
                let next = toks.get(k + 1);
                let glued_after = next.is_some_and(|n| {
                    n.kind == TokenKind::Word && n.outer_start == t.end && n.start == t.end && !n.key.is_empty()
                });
                if is_glue(&t.key) && glued_before && !glued_after {
                    let w = words.last_mut().expect("checked above");
                    w.alt = Some(w.key.clone());
                    w.key.push_str(&t.key);
                    w.end = t.end as usize;
                } else if is_glue(&t.key) && glued_after && prefix.is_none() {
                    prefix = Some((t.key.clone(), t.start as usize));
                } else {
                    pending = pending.max(Sep::Bracket);
                }
            }
            TokenKind::Word if t.key.is_empty() => {}
            TokenKind::Word => {
                let (key, alt, start) = match prefix.take() {
                    Some((p, s)) => (format!("{p}{}", t.key), Some(t.key.clone()), s),
                    None => (t.key.clone(), None, t.start as usize),
                };
                words.push(Word {
                    skeleton: spelling_skeleton(&key),
                    possessive: key.ends_with("'s"),
                    weight: index.key_weight(&key),
                    key,
                    alt,
                    sep: pending,
                    start,
                    end: t.end as usize,
                });
                pending = Sep::None;
            }
        }
    }
    if let Some((_, _)) = prefix {
        pending = pending.max(Sep::Bracket);
    }
    (percent_words(text, words, index), pending)
}

/// `38.5%` as two words, `38.5` and `%`, and `per cent` as one,
/// `percent`: house styles of one word, which [`word_match`] matches as a
/// respelling.
fn percent_words(text: &str, words: Vec<Word>, index: &CorpusIndex<'_>) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    let mut it = words.into_iter().peekable();
    while let Some(mut w) = it.next() {
        if w.key == "per"
            && let Some(next) = it.peek()
            && next.key == "cent"
            && next.sep == Sep::None
        {
            let next = it.next().expect("peeked");
            w.key = "percent".to_string();
            w.skeleton = spelling_skeleton("percent");
            w.weight = index.key_weight("percent");
            w.end = next.end;
            out.push(w);
            continue;
        }
        let sign = text[w.end..].starts_with('%') && w.key.starts_with(|c: char| c.is_ascii_digit());
        let end = w.end;
        out.push(w);
        if sign {
            out.push(Word {
                key: "%".to_string(),
                alt: None,
                skeleton: "percent".to_string(),
                possessive: false,
                sep: Sep::None,
                start: end,
                end: end + 1,
                weight: index.key_weight("percent"),
            });
        }
    }
    out
}

/// How a claim word matches a source word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum How {
    /// The same word.
    Exact,
    /// The same word in another house style: spelled the British or the
    /// American way (`defence`, `defense`, `programme`, `program`: one
    /// [`spelling_skeleton`]), or `%` for `percent`. An editor's change, as
    /// the diff ([`crate::diff`]) shows it in its spelling class: the
    /// verdict is `editorial`, not `altered`.
    Spelling,
    /// The word as the claim's glued bracket changes it.
    Edited,
}

fn word_match(c: &Word, s: &Word) -> Option<How> {
    if c.key == s.key || s.alt.as_deref() == Some(c.key.as_str()) {
        return Some(if c.edited() { How::Edited } else { How::Exact });
    }
    if matches!((c.key.as_str(), s.key.as_str()), ("%", "percent") | ("percent", "%")) {
        return Some(How::Spelling);
    }
    if c.alt
        .as_deref()
        .is_some_and(|a| a == s.key || s.alt.as_deref() == Some(a))
    {
        return Some(How::Edited);
    }
    if c.skeleton == s.skeleton && c.possessive == s.possessive && c.key.len() > 3 {
        return Some(if c.edited() { How::Edited } else { How::Spelling });
    }
    None
}

/// The claim's words with compounds split or joined as the sources print
/// them: `cooperate` for a source's `co-operate` (two words, as hyphens
/// split them), `neo Nazism` or `neo-Nazism` for a source's `neonazism`.
/// Hyphens and spaces inside a compound are typography, as the diff
/// ([`crate::diff`]) classes them; the word-by-word path would otherwise
/// read a replaced word and an added one.
fn compounds_as_sources_print_them(claim: Vec<Word>, srcs: &[Src], index: &CorpusIndex<'_>) -> Vec<Word> {
    let mut single: FxHashSet<&str> = FxHashSet::default();
    let mut pairs: FxHashMap<String, (&str, &str)> = FxHashMap::default();
    for src in srcs {
        for (k, w) in src.words.iter().enumerate() {
            single.insert(&w.key);
            if let Some(next) = src.words.get(k + 1)
                && next.sep == Sep::None
            {
                pairs
                    .entry(format!("{}{}", w.key, next.key))
                    .or_insert((&w.key, &next.key));
            }
        }
    }
    let is_pair = |a: &str, b: &str| pairs.get(&format!("{a}{b}")).is_some_and(|&(x, y)| x == a && y == b);
    let mut out: Vec<Word> = Vec::with_capacity(claim.len());
    let mut k = 0;
    while k < claim.len() {
        let w = &claim[k];
        // Two claim words that the sources print as one.
        if let Some(next) = claim.get(k + 1)
            && next.sep == Sep::None
            && !w.edited()
            && !next.edited()
            && !is_pair(&w.key, &next.key)
        {
            let joined = format!("{}{}", w.key, next.key);
            if single.contains(joined.as_str()) {
                out.push(Word {
                    skeleton: spelling_skeleton(&joined),
                    possessive: joined.ends_with("'s"),
                    weight: index.key_weight(&joined),
                    key: joined,
                    alt: None,
                    sep: w.sep,
                    start: w.start,
                    end: next.end,
                });
                k += 2;
                continue;
            }
        }
        // One claim word that the sources print as two.
        if !w.edited()
            && !single.contains(w.key.as_str())
            && let Some(&(a, b)) = pairs.get(&w.key)
        {
            for (key, sep) in [(a, w.sep), (b, Sep::None)] {
                out.push(Word {
                    skeleton: spelling_skeleton(key),
                    possessive: key.ends_with("'s"),
                    weight: index.key_weight(key),
                    key: key.to_string(),
                    alt: None,
                    sep,
                    start: w.start,
                    end: w.end,
                });
            }
            k += 1;
            continue;
        }
        out.push(w.clone());
        k += 1;
    }
    out
}

// ---------------------------------------------------------------------------
// Sources

/// A source passage: one quote, or two read as one.
#[derive(Debug, Clone)]
struct Src {
    quotes: Vec<QuoteId>,
    text: String,
    words: Vec<Word>,
    /// Index in `words` of each quote's first word.
    starts: Vec<usize>,
}

impl Src {
    /// The quote word `j` belongs to.
    fn quote_at(&self, j: usize) -> QuoteId {
        let k = self.starts.partition_point(|&s| s <= j).saturating_sub(1);
        self.quotes[k]
    }
}

/// The source quotes whose words a path matches, in order, once each.
fn matched_quotes(srcs: &[&Src], steps: &[Step]) -> Vec<QuoteId> {
    let mut out: Vec<QuoteId> = Vec::new();
    for st in steps {
        if let Step::Match { s, j, .. } = *st {
            let q = srcs[s as usize].quote_at(j as usize);
            if !out.contains(&q) {
                out.push(q);
            }
        }
    }
    out
}

/// Whether the next quote of an article goes on with the same passage: a
/// continuation into the next paragraph, or the second half of what an
/// attribution interrupts, on the same line a few words later: a sentence
/// (`"When the army wins," the letter went on, "we will celebrate."`: the
/// first half ends with a comma, the second starts in lower case, the
/// speakers agree), or the next sentence of the same speaker (`"I stand by
/// my decision," he told reporters. "After 20 years I've learned ..."`:
/// both halves whole sentences credited to one named person).
fn continues(first: &Quote, next: &Quote) -> bool {
    if next.parent.is_some() || first.parent.is_some() || first.headline || next.headline {
        return false;
    }
    if next.continues == Some(first.id) {
        return true;
    }
    let last_line = first.line + first.text.matches('\n').count();
    let speakers_agree = match (&first.speaker, &next.speaker) {
        (Some(a), Some(b)) => names::same_person(a, b),
        _ => true,
    };
    let named_alike = first.speaker.is_some() && next.speaker.is_some() && speakers_agree;
    let first_end = first.text.trim_end();
    let comma = first_end.ends_with(',');
    let sentence_end = first_end.ends_with(['.', '?', '!']);
    let next_start = next.text.trim_start().chars().next();
    let lower = next_start.is_some_and(char::is_lowercase);
    let upper = next_start.is_some_and(char::is_uppercase);
    // A fragment worked into the reporter's sentence (`through 'full mutual
    // support.' He stated: 'Today's ...'`) is no sentence of a speech.
    let first_whole = first
        .text
        .trim_start()
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let joins = (comma && lower && speakers_agree) || ((comma || sentence_end) && upper && first_whole && named_alike);
    joins && next.line == last_line && next.start >= first.end && next.start - first.end <= MAX_INTERRUPTION_BYTES
}

/// Longest text (marks, attribution, punctuation) between the two halves of
/// an interrupted quote: `," the Korean Central News Agency said, "`.
const MAX_INTERRUPTION_BYTES: usize = 64;

// ---------------------------------------------------------------------------
// The path

/// Cost of a claim word no source word matches.
const INSERT: f32 = 1.0;
/// Cost of a claim word that takes a source word's place: a hair less than
/// an added word, so that of two equally short explanations the one keeping
/// the source's length (what a reader sees: "friend" became "comrade") wins.
const SUBSTITUTE: f32 = 0.99;
/// Cost of each source word dropped without an ellipsis: a hair less than
/// an added word, so that for `the first year of victory` against `the
/// first year of war victory` the reading is "war" dropped and "victory"
/// matched, not "victory" added at the end of a shorter piece.
const DROP: f32 = 0.98;
/// Cost of joining a piece to words that do not follow it in the source:
/// more than dropping or inserting two words, so a junction needs pieces of
/// three words or more to be cheaper than calling the words changed.
const JUNCTION: f32 = 2.5;
/// Cost of running two words together where the source prints an ellipsis
/// between them: a junction (the source says words are missing there), but
/// one that certainly joins these two pieces, so cheaper than a guess.
const HIDDEN_OMISSION: f32 = 0.5;
/// Most quotes of one passage: a speaker's sentences split by short
/// attributions (`"...," she said. "..." ... "..."`).
const MAX_PASSAGE_QUOTES: usize = 3;

/// A respelled word costs a hair more than the same word, so the same
/// spelling wins a tie.
const SPELLING: f32 = 0.01;

/// The path's position: before any match, or expecting word `p` of source `s`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum State {
    Start,
    At(u32, u32),
}

/// How a match continues the path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Link {
    /// The first match.
    First,
    /// The next source word.
    Next,
    /// Across the claim's bracket, standing for `n` source words.
    Bracket(u32),
    /// Across the claim's ellipsis, standing for `n` source words.
    Ellipsis(u32),
    /// `n` source words dropped without a mark.
    Dropped(u32),
    /// A junction: the words do not follow in the source.
    Junction { ellipsis: bool },
    /// Across the source's own ellipsis, which the claim leaves out: a
    /// junction, but a certain one ([`HIDDEN_OMISSION`]).
    Omission,
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Match {
        s: u32,
        j: u32,
        how: How,
        link: Link,
    },
    /// No source word matches; `subst` when it takes a source word's place.
    Unmatched {
        subst: bool,
    },
}

#[derive(Debug, Clone, Copy)]
struct Cell {
    cost: f32,
    prev: State,
    step: Step,
}

/// The cheapest path of the claim's words through `srcs`.
fn best_path(claim: &[Word], srcs: &[&Src], cfg: &VerifyConfig) -> Option<(f32, Vec<Step>, State)> {
    if claim.is_empty() {
        return None;
    }
    // Matches of each claim word: (source, position, how).
    let occ: Vec<Vec<(u32, u32, How)>> = claim
        .iter()
        .map(|c| {
            let mut v = Vec::new();
            for (s, src) in srcs.iter().enumerate() {
                for (j, w) in src.words.iter().enumerate() {
                    if let Some(how) = word_match(c, w) {
                        v.push((s as u32, j as u32, how));
                    }
                }
            }
            v
        })
        .collect();
    let mut layers: Vec<BTreeMap<State, Cell>> = Vec::with_capacity(claim.len());
    let mut prev: BTreeMap<State, f32> = BTreeMap::new();
    prev.insert(State::Start, 0.0);
    let max_drop = cfg.max_dropped_words as u32;
    let max_bracket = cfg.max_bracket_words as u32;
    for (i, c) in claim.iter().enumerate() {
        let mut layer: BTreeMap<State, Cell> = BTreeMap::new();
        let offer = |layer: &mut BTreeMap<State, Cell>, st: State, cell: Cell| match layer.get(&st) {
            Some(old) if old.cost <= cell.cost + 1e-6 => {}
            _ => {
                layer.insert(st, cell);
            }
        };
        // The cheapest state of the previous layer, for junctions.
        let (best_prev, best_cost) = prev
            .iter()
            .filter(|(st, _)| **st != State::Start)
            .min_by(|a, b| a.1.total_cmp(b.1))
            .map(|(st, c)| (*st, *c))
            .unwrap_or((State::Start, f32::INFINITY));
        let start_cost = prev.get(&State::Start).copied();
        for &(s, j, how) in &occ[i] {
            let src = srcs[s as usize];
            let extra = if how == How::Spelling { SPELLING } else { 0.0 };
            let mut cands: Vec<(f32, State, Link)> = Vec::new();
            if let Some(sc) = start_cost {
                cands.push((sc, State::Start, Link::First));
            }
            if best_cost.is_finite() {
                cands.push((
                    best_cost + JUNCTION,
                    best_prev,
                    Link::Junction {
                        ellipsis: c.sep == Sep::Ellipsis,
                    },
                ));
            }
            for (&st, &pc) in prev.range(State::At(s, 0)..=State::At(s, j)) {
                let State::At(_, p) = st else { continue };
                let gap = j - p;
                let src_sep = src.words[j as usize].sep;
                let link = match c.sep {
                    // The source's own mark, copied.
                    Sep::Ellipsis | Sep::Bracket if gap == 0 && src_sep == c.sep => Some((0.0, Link::Next)),
                    Sep::Ellipsis => Some((0.0, Link::Ellipsis(gap))),
                    Sep::Bracket if gap <= max_bracket => Some((0.0, Link::Bracket(gap))),
                    Sep::Bracket => None,
                    Sep::None if gap == 0 && src_sep == Sep::Ellipsis => Some((HIDDEN_OMISSION, Link::Omission)),
                    Sep::None if gap == 0 => Some((0.0, Link::Next)),
                    Sep::None if gap <= max_drop => Some((DROP * gap as f32, Link::Dropped(gap))),
                    Sep::None => None,
                };
                if let Some((add, link)) = link {
                    cands.push((pc + add, st, link));
                }
            }
            // Cheapest; on a tie, the earliest offered (start, then junction,
            // then the nearest continuation is not preferred over them).
            let mut best: Option<(f32, State, Link)> = None;
            for cand in cands {
                let better = match best {
                    None => true,
                    Some(b) => cand.0 < b.0 - 1e-6 || (cand.0 <= b.0 + 1e-6 && link_rank(cand.2) < link_rank(b.2)),
                };
                if better {
                    best = Some(cand);
                }
            }
            if let Some((cost, from, link)) = best {
                offer(
                    &mut layer,
                    State::At(s, j + 1),
                    Cell {
                        cost: cost + extra,
                        prev: from,
                        step: Step::Match { s, j, how, link },
                    },
                );
            }
        }
        for (&st, &pc) in &prev {
            let cell = |subst| Cell {
                cost: pc + if subst { SUBSTITUTE } else { INSERT },
                prev: st,
                step: Step::Unmatched { subst },
            };
            match st {
                State::Start => offer(&mut layer, State::Start, cell(false)),
                State::At(s, p) => {
                    offer(&mut layer, State::At(s, p), cell(false));
                    // A word cannot take the place of the very word it is.
                    let words = &srcs[s as usize].words;
                    if (p as usize) < words.len() && word_match(c, &words[p as usize]).is_none() {
                        offer(&mut layer, State::At(s, p + 1), cell(true));
                    }
                }
            }
        }
        // A state dearer than the cheapest plus a junction can never pay
        // off: a junction from the cheapest reaches any match for less. Its
        // pruning keeps long quotes over many candidates small.
        let floor = layer.values().map(|c| c.cost).fold(f32::INFINITY, f32::min);
        layer.retain(|_, c| c.cost <= floor + JUNCTION + 1e-4);
        prev = layer.iter().map(|(st, c)| (*st, c.cost)).collect();
        layers.push(layer);
    }
    let last = layers.last()?;
    let (&end, cell) = last.iter().min_by(|a, b| a.1.cost.total_cmp(&b.1.cost))?;
    let cost = cell.cost;
    let mut steps = Vec::with_capacity(claim.len());
    let mut st = end;
    for layer in layers.iter().rev() {
        let cell = layer.get(&st)?;
        steps.push(cell.step);
        st = cell.prev;
    }
    steps.reverse();
    Some((cost, steps, end))
}

/// Preference among equally cheap ways to reach a match: the plainest reading first.
fn link_rank(l: Link) -> u8 {
    match l {
        Link::Next => 0,
        Link::Bracket(_) | Link::Ellipsis(_) => 1,
        Link::Dropped(_) => 2,
        Link::First => 3,
        Link::Junction { .. } | Link::Omission => 4,
    }
}

/// What a path says about a claim.
#[derive(Debug, Clone)]
struct Reading {
    cost: f32,
    /// Links across an ellipsis of the source that the claim leaves out
    /// ([`Link::Omission`]), each charged [`HIDDEN_OMISSION`] in `cost`.
    omissions: usize,
    /// Source of each claim word's match.
    steps: Vec<Step>,
    /// Claim word ranges of the pieces, with their source and join.
    pieces: Vec<(usize, usize, u32, Join)>,
    matched_weight: f32,
    inserted: usize,
    /// Unmatched words past the edge of the source's quote.
    overhang: usize,
    /// Of them, those before its first word and those after its last.
    overhang_lead: usize,
    overhang_trail: usize,
    dropped: u32,
    substituted: usize,
    respelled: usize,
    editorial: bool,
    /// Ellipses standing for source words, and how many words they omit.
    ellipses: usize,
    omitted: u32,
    /// Bracketed insertions, and words changed by glued brackets (`[T]he`).
    brackets: usize,
    /// Source words the claim's brackets stand for (`[will]` for `will not`).
    bracketed: u32,
    edited: usize,
    /// Words of the main source.
    source_words: u32,
    /// Its first and last matched word, and whether the claim covers the whole source.
    window: (u32, u32),
    /// Source words just before `window` that claim words replace (`It is`
    /// for `It's`): shown in the diff, though not matched.
    lead_substituted: u32,
    whole: bool,
    score: f32,
}

/// Reads a path: pieces, changes, score.
fn read_path(
    (claim, trailing): (&[Word], Sep),
    srcs: &[&Src],
    (cost, steps, end): (f32, Vec<Step>, State),
    cfg: &VerifyConfig,
) -> Reading {
    let claim_weight: f32 = claim.iter().map(|w| w.weight).sum::<f32>().max(1e-6);
    // Pieces: runs of matches between junctions (unmatched words belong to
    // the piece they stand in).
    let mut pieces: Vec<(usize, usize, u32, Join)> = Vec::new();
    for (i, st) in steps.iter().enumerate() {
        if let Step::Match { s, j, link, .. } = *st {
            match link {
                Link::First => pieces.push((i, i + 1, s, Join::Start)),
                Link::Junction { .. } | Link::Omission => {
                    let ellipsis = matches!(link, Link::Junction { ellipsis: true });
                    let hidden = !ellipsis
                        && i > 0
                        && matches!(steps[i - 1], Step::Match { s: ps, j: pj, .. } if ps == s && pj + 1 == j)
                        && matches!(steps[i], Step::Match { j, .. } if srcs[s as usize].words[j as usize].sep == Sep::Ellipsis);
                    let join = if ellipsis {
                        Join::FalseEllipsis
                    } else if hidden {
                        Join::DroppedEllipsis
                    } else {
                        Join::Joined
                    };
                    pieces.push((i, i + 1, s, join));
                }
                _ => {
                    if let Some(p) = pieces.last_mut() {
                        p.1 = i + 1;
                    }
                }
            }
        }
    }
    // A piece too slight to be one is a few inserted words.
    let piece_weight = |p: &(usize, usize, u32, Join)| -> f32 {
        (p.0..p.1)
            .filter(|&i| matches!(steps[i], Step::Match { .. }))
            .map(|i| claim[i].weight)
            .sum()
    };
    let mut slight: Vec<bool> = vec![false; claim.len()];
    if pieces.len() > 1 {
        let heaviest = (0..pieces.len())
            .max_by(|&a, &b| {
                piece_weight(&pieces[a])
                    .total_cmp(&piece_weight(&pieces[b]))
                    .then(b.cmp(&a))
            })
            .unwrap_or(0);
        let mut kept = Vec::new();
        for (k, p) in pieces.iter().enumerate() {
            if k != heaviest && (piece_weight(p) < cfg.min_piece_evidence || p.1 - p.0 < 2) {
                slight[p.0..p.1].iter_mut().for_each(|x| *x = true);
            } else {
                kept.push(*p);
            }
        }
        if let Some(first) = kept.first_mut() {
            first.3 = Join::Start;
        }
        pieces = kept;
    }
    let main_piece = pieces
        .iter()
        .max_by(|a, b| piece_weight(a).total_cmp(&piece_weight(b)).then(b.0.cmp(&a.0)))
        .copied();
    let main = main_piece.map_or(0, |p| p.2);
    let mut matched_weight = 0.0;
    let mut inserted = 0;
    let mut substituted = 0;
    let mut dropped = 0;
    // Editorial marks: a bracket before the first word or after the last
    // (`[He] said`, `... [sic]`), and the links and word changes below.
    let mut brackets =
        usize::from(claim.first().is_some_and(|w| w.sep == Sep::Bracket)) + usize::from(trailing == Sep::Bracket);
    let mut editorial = brackets > 0;
    let (mut ellipses, mut omitted, mut edited, mut respelled, mut bracketed) = (0, 0, 0, 0, 0);
    let mut window: Option<(u32, u32)> = None;
    let mut skipped_weight = 0.0f32;
    let first_match = (0..steps.len()).find(|&i| matches!(steps[i], Step::Match { .. }) && !slight[i]);
    let last_match = (0..steps.len()).rfind(|&i| matches!(steps[i], Step::Match { .. }) && !slight[i]);
    let mut lead = 0;
    let mut trail_inserted = 0;
    for (i, st) in steps.iter().enumerate() {
        match *st {
            Step::Match { s, j, how, link } if !slight[i] => {
                matched_weight += claim[i].weight;
                match how {
                    How::Edited => {
                        editorial = true;
                        edited += 1;
                    }
                    How::Spelling => {
                        respelled += 1;
                        editorial = true;
                    }
                    How::Exact => {}
                }
                match link {
                    Link::Bracket(n) => {
                        editorial = true;
                        brackets += 1;
                        bracketed += n;
                    }
                    Link::Ellipsis(n) => {
                        editorial = true;
                        ellipses += 1;
                        omitted += n;
                    }
                    _ => {}
                }
                match link {
                    Link::Dropped(n) => dropped += n,
                    Link::Ellipsis(n) | Link::Bracket(n) if s == main => {
                        let src = srcs[s as usize];
                        skipped_weight += src.words[(j - n) as usize..j as usize]
                            .iter()
                            .map(|w| w.weight)
                            .sum::<f32>();
                    }
                    _ => {}
                }
                if s == main {
                    window = Some(match window {
                        None => (j, j + 1),
                        Some((a, b)) => (a.min(j), b.max(j + 1)),
                    });
                }
            }
            Step::Match { .. } => inserted += 1,
            Step::Unmatched { subst } => {
                if first_match.is_none_or(|f| i < f) {
                    lead += 1;
                } else if subst {
                    substituted += 1;
                } else if last_match.is_some_and(|l| i > l) {
                    trail_inserted += 1;
                } else {
                    inserted += 1;
                }
            }
        }
    }
    let (wa, mut wb) = window.unwrap_or((0, 0));
    // Trailing substitutions stand in source words too.
    if let State::At(s, p) = end
        && s == main
        && p > wb
    {
        wb = p;
    }
    let main_src = srcs.get(main as usize);
    let main_len = main_src.map_or(0, |s| s.words.len() as u32);
    // Words before the first match or after the last are an overhang (the
    // quote runs past the source's quote marks) at the source's edge; before
    // other source words they replace them.
    let mut overhang = 0;
    let mut lead_substituted = 0;
    let (mut overhang_lead, mut overhang_trail) = (0, 0);
    if wa == 0 {
        overhang += lead;
        overhang_lead = lead;
    } else {
        let k = lead.min(wa as usize);
        substituted += k;
        inserted += lead - k;
        lead_substituted = k as u32;
    }
    if wb >= main_len {
        overhang += trail_inserted;
        overhang_trail = trail_inserted;
    } else {
        inserted += trail_inserted;
    }
    let window_weight: f32 = main_src.map_or(0.0, |src| {
        src.words[wa as usize..(wb as usize).min(src.words.len())]
            .iter()
            .map(|w| w.weight)
            .sum::<f32>()
    }) - skipped_weight;
    let other_pieces_weight: f32 = pieces
        .iter()
        .filter(|p| p.2 != main)
        .map(|p| {
            let src = srcs[p.2 as usize];
            let js: Vec<u32> = (p.0..p.1)
                .filter_map(|i| match steps[i] {
                    Step::Match { j, .. } => Some(j),
                    _ => None,
                })
                .collect();
            let (a, b) = (
                js.iter().copied().min().unwrap_or(0),
                js.iter().copied().max().map_or(0, |x| x + 1),
            );
            src.words[a as usize..b as usize].iter().map(|w| w.weight).sum::<f32>()
        })
        .sum();
    let denom = claim_weight + window_weight.max(0.0) + other_pieces_weight;
    let dice = (2.0 * matched_weight / denom).clamp(0.0, 1.0);
    // Reordered words: the same words in another order are the same
    // passage altered, which a path (in order) undercounts.
    let bag = main_src.map_or(0.0, |src| {
        let win = &src.words[wa as usize..(wb as usize).min(src.words.len())];
        let mut pool: Vec<&str> = win.iter().map(|w| w.key.as_str()).collect();
        let mut common = 0.0f32;
        for c in claim {
            if let Some(k) = pool.iter().position(|k| *k == c.key) {
                pool.swap_remove(k);
                common += c.weight;
            }
        }
        let win_weight: f32 = win.iter().map(|w| w.weight).sum();
        (2.0 * common / (claim_weight + win_weight).max(1e-6)).clamp(0.0, 1.0)
    });
    let score = if pieces.len() > 1 { dice } else { dice.max(bag) };
    let omissions = steps
        .iter()
        .filter(|st| {
            matches!(
                st,
                Step::Match {
                    link: Link::Omission,
                    ..
                }
            )
        })
        .count();
    Reading {
        cost,
        omissions,
        steps,
        pieces,
        matched_weight,
        inserted,
        overhang,
        overhang_lead,
        overhang_trail,
        dropped,
        substituted,
        respelled,
        editorial,
        ellipses,
        omitted,
        brackets,
        bracketed,
        edited,
        source_words: main_len,
        window: (wa, wb),
        lead_substituted,
        whole: wa == 0 && wb >= main_len,
        score,
    }
}

impl Reading {
    /// The cost that ranks candidate sources: the path's, with every
    /// junction charged alike. Within one source, a junction across the
    /// source's own ellipsis is cheap because it is certain; but a source
    /// that elides words is no closer for it than one printing them: for
    /// `we expected, and the labour market` the wire's `we expected, but
    /// ..., and the labour market` (a clause dropped) is closer than the
    /// Courier's `we expected ... the labor market` (its ellipsis dropped,
    /// a word added and one respelled).
    fn rank_cost(&self) -> f32 {
        self.cost + (JUNCTION - HIDDEN_OMISSION) * self.omissions as f32
    }

    fn junctions(&self) -> usize {
        self.pieces.len().saturating_sub(1)
    }

    fn changed(&self) -> bool {
        self.inserted + self.substituted + self.overhang > 0 || self.dropped > 0
    }

    fn relation(&self) -> SourceRelation {
        if self.junctions() > 0 {
            SourceRelation::Pieces
        } else if self.inserted + self.substituted > 0 || self.dropped > 0 {
            SourceRelation::Variant
        } else if self.overhang > 0 {
            SourceRelation::Partial
        } else if self.editorial || self.respelled > 0 {
            SourceRelation::Editorial
        } else if self.whole {
            SourceRelation::Same
        } else {
            SourceRelation::Contains
        }
    }
}

// ---------------------------------------------------------------------------
// The verifier

/// Checks claims against the quotes of a corpus. Built once (index, pairs,
/// families); [`Verifier::check`] is then cheap and independent per claim.
#[derive(Debug)]
pub struct Verifier<'a> {
    index: CorpusIndex<'a>,
    families: Vec<Family>,
    family_of: FxHashMap<QuoteId, usize>,
    /// Quotes their own article disowns (`misquoted X as saying "..."`),
    /// with the disputing words: no source printing of their words.
    disowned: FxHashMap<QuoteId, String>,
    cfg: VerifyConfig,
}

/// Source quotes holding a claim's words that tell of one statement, and
/// whom their articles credit with it.
#[derive(Debug, Clone)]
struct Statement {
    quotes: Vec<QuoteId>,
    credits: Vec<Credit>,
    /// The articles of each credit.
    docs: Vec<Vec<u32>>,
}

/// Most articles first, then the earliest printed; stable, so equal counts
/// and dates keep the order first seen.
fn sort_credits(credits: &mut [(Credit, Vec<u32>)]) {
    credits.sort_by(|x, y| y.0.articles.cmp(&x.0.articles).then(date_order(x.0.first, y.0.first)));
}

/// True when `short` is a run of `long` (word keys).
fn is_run_of(short: &[u32], long: &[u32]) -> bool {
    !short.is_empty() && short.len() <= long.len() && long.windows(short.len()).any(|w| w == short)
}

/// True when `short` is a run of `long` but for one stretch of at most
/// `max_gap` words of `long` left out: `the referee cost us the game`
/// in `the referee didn't cost us the game`, a later outlet's misquote
/// of the same statement. Needs six words in all and two each side of
/// the gap, so that two sentences sharing a stock phrase stay two
/// statements.
fn is_run_of_but_a_few(short: &[u32], long: &[u32], max_gap: usize) -> bool {
    const SIDE: usize = 2;
    if short.len() < 6 || short.len() >= long.len() {
        return false;
    }
    (SIDE..=short.len() - SIDE).any(|cut| {
        let (head, tail) = short.split_at(cut);
        long.windows(head.len()).enumerate().any(|(i, w)| {
            w == head
                && (1..=max_gap).any(|gap| {
                    let from = i + head.len() + gap;
                    long.get(from..from + tail.len()).is_some_and(|t| t == tail)
                })
        })
    })
}

/// The credit whose first printing precedes every other credit's by more
/// than `days`: the words were in print, credited to that person, before
/// anyone credited them to someone else, so the later credits cannot be
/// the words' first utterance. `None` when dates are missing or close.
fn precedent(credits: &[Credit], days: u32) -> Option<usize> {
    let first = credits
        .iter()
        .enumerate()
        .filter_map(|(i, c)| Some((c.first?, i)))
        .min()?;
    credits
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != first.1)
        .all(|(_, c)| c.first.is_some_and(|d| first.0.days_between(d).abs() > i64::from(days)))
        .then_some(first.1)
        .filter(|_| credits.len() > 1)
}

/// How the statements holding a claim's words bear out the speaker the
/// draft names. The draft agrees with a statement when it names whom most
/// of its articles credit; naming whom only a minority credits repeats
/// their error (misattributed); naming one of two equally credited is
/// `conflicting`; but when the first printing credits one person more
/// than `days` before anyone else is credited ([`precedent`]), that
/// credit decides. Among statements, the best reading wins: a stock phrase
/// the draft's speaker said is not misattributed because someone else said
/// it too. Returns the status and the statement it rests on.
fn judge_speaker(named: &str, statements: &[Statement], days: u32) -> (AttributionStatus, Option<usize>) {
    // (rank: 0 confirmed, 1 conflicting, 2 a minority; statement; its articles)
    let mut best: Option<(u8, usize, usize)> = None;
    for (i, st) in statements.iter().enumerate() {
        let Some(p) = st.credits.iter().position(|c| names::same_person(&c.name, named)) else {
            continue;
        };
        let top = st.credits[0].articles;
        let rank = if let Some(e) = precedent(&st.credits, days) {
            if e == p { 0 } else { 2 }
        } else if st.credits[p].articles < top {
            2
        } else if st.credits.iter().filter(|c| c.articles == top).count() > 1 {
            1
        } else {
            0
        };
        let total: usize = st.credits.iter().map(|c| c.articles).sum();
        if best.is_none_or(|(r, _, t)| rank < r || (rank == r && total > t)) {
            best = Some((rank, i, total));
        }
    }
    match best {
        Some((0, i, _)) => (AttributionStatus::Confirmed, Some(i)),
        Some((1, i, _)) => (AttributionStatus::Conflicting, Some(i)),
        Some((_, i, _)) => (AttributionStatus::Misattributed, Some(i)),
        None => match main_statement(statements) {
            Some(i) if !statements[i].credits.is_empty() => (AttributionStatus::Misattributed, Some(i)),
            other => (AttributionStatus::Unconfirmed, other),
        },
    }
}

/// How grave an attribution status is, to pick the gravest of a splice's pieces.
fn severity(s: AttributionStatus) -> u8 {
    match s {
        AttributionStatus::Unchecked => 0,
        AttributionStatus::Confirmed | AttributionStatus::Institution => 1,
        AttributionStatus::Unconfirmed => 2,
        AttributionStatus::Conflicting => 3,
        AttributionStatus::Misattributed => 4,
    }
}

/// The statement most articles credit anyone with (on a tie, the first
/// printed; then the first found), if any.
fn main_statement(statements: &[Statement]) -> Option<usize> {
    (0..statements.len()).min_by(|&a, &b| {
        let total = |i: usize| statements[i].credits.iter().map(|c| c.articles).sum::<usize>();
        let first = |i: usize| statements[i].credits.iter().filter_map(|c| c.first).min();
        total(b)
            .cmp(&total(a))
            .then(date_order(first(a), first(b)))
            .then(a.cmp(&b))
    })
}

/// A candidate source with its reading of the claim.
struct Candidate {
    src: Src,
    reading: Reading,
    /// The quotes of `src` whose words the reading matches: only they print
    /// the claim's words (a passage may join a quote that holds none).
    matched: Vec<QuoteId>,
}

impl<'a> Verifier<'a> {
    /// Indexes the source records and groups their quotes into families (for
    /// the speakers' consensus), as `quotecheck align` does.
    pub fn new(records: &'a [ArticleRecord], cfg: VerifyConfig) -> Verifier<'a> {
        let index = CorpusIndex::build(records, &cfg.align);
        let (pairs, stats) = align::align_corpus_pairs(&index);
        let AlignOutput { families, .. } = crate::family::build_families(&index, &pairs, stats);
        let mut by_ref: FxHashMap<(&str, String), QuoteId> = FxHashMap::default();
        for q in 0..index.len() as u32 {
            let q = QuoteId(q);
            by_ref.insert((index.record(q).file.as_str(), index.quote(q).id.to_string()), q);
        }
        let mut family_of = FxHashMap::default();
        for (f, fam) in families.iter().enumerate() {
            for m in &fam.members {
                if let Some(&q) = by_ref.get(&(m.file.as_str(), m.quote.clone())) {
                    family_of.insert(q, f);
                }
            }
        }
        drop(by_ref);
        let disowned = (0..index.len() as u32)
            .map(QuoteId)
            .filter_map(|q| {
                let quote = index.quote(q);
                disputed::disputing_lead(&quote.context, &quote.text).map(|d| (q, d))
            })
            .collect();
        Verifier {
            index,
            families,
            family_of,
            disowned,
            cfg,
        }
    }

    /// The index of the source quotes.
    pub fn index(&self) -> &CorpusIndex<'a> {
        &self.index
    }

    /// The source quotes' families.
    pub fn families(&self) -> &[Family] {
        &self.families
    }

    /// Checks every claim (in parallel; the order is kept).
    pub fn verify(&self, draft: Option<String>, claims: &[Claim]) -> VerifyReport {
        let checks: Vec<Check> = claims.par_iter().map(|c| self.check(c)).collect();
        let mut verdicts = BTreeMap::new();
        let mut attribution = BTreeMap::new();
        for c in &checks {
            *verdicts.entry(c.verdict).or_insert(0) += 1;
            *attribution.entry(c.attribution.status).or_insert(0) += 1;
        }
        VerifyReport {
            draft,
            summary: VerifySummary {
                articles: self.index.records().len(),
                source_quotes: self.index.len(),
                checked: checks.len(),
                verdicts,
                attribution,
            },
            checks,
        }
    }

    /// The passage a quote starts: the quote, joined with the next one when
    /// that one goes on with it.
    /// The quote `q` goes on from, when it is the one just before it.
    fn prev_of(&self, q: QuoteId) -> Option<QuoteId> {
        let p = QuoteId(q.0.checked_sub(1)?);
        (self.index.loc(p).doc == self.index.loc(q).doc && self.next_of(p) == Some(q)).then_some(p)
    }

    fn next_of(&self, q: QuoteId) -> Option<QuoteId> {
        let loc = self.index.loc(q);
        let rec = self.index.record(q);
        let local = loc.local as usize;
        let first = &rec.quotes[local];
        let (k, next) = rec
            .quotes
            .iter()
            .enumerate()
            .skip(local + 1)
            .find(|(_, n)| n.parent.is_none())?;
        continues(first, next).then(|| QuoteId(q.0 + (k - local) as u32))
    }

    fn src_of(&self, quotes: Vec<QuoteId>) -> Src {
        let mut text = String::new();
        let mut words = Vec::new();
        let mut starts = Vec::with_capacity(quotes.len());
        for &q in &quotes {
            starts.push(words.len());
            if !text.is_empty() {
                text.push(' ');
            }
            let base = text.len();
            let (mut ws, _) = words_of(&self.index.quote(q).text, &self.index);
            for w in &mut ws {
                w.start += base;
                w.end += base;
            }
            if let Some(first) = ws.first_mut()
                && base > 0
            {
                first.sep = Sep::None;
            }
            text.push_str(&self.index.quote(q).text);
            words.extend(ws);
        }
        Src {
            quotes,
            text,
            words,
            starts,
        }
    }

    fn source_ref(&self, src: &Src) -> SourceRef {
        let q0 = src.quotes[0];
        let rec = self.index.record(q0);
        SourceRef {
            file: rec.file.clone(),
            quote: src
                .quotes
                .iter()
                .map(|&q| self.index.quote(q).id.to_string())
                .collect::<Vec<_>>()
                .join("+"),
            line: self.index.quote(q0).line,
            outlet: rec.outlet.clone(),
            date: rec.date,
            speaker: src.quotes.iter().find_map(|&q| self.index.quote(q).speaker.clone()),
        }
    }

    /// Claim words past the edge of a source's quote run on beyond its
    /// quote marks only if the article prints them there (in the sentence
    /// around the quote); otherwise they are words the claim added (`Friends
    /// forever` against `sworn friends`). A source quote the claim holds
    /// whole stays a part of it (`Dearest Friend` in a headline).
    ///
    /// Confirmed words count as found for the score: the claim quotes the
    /// article's words, only more of them than the source put in marks
    /// (`"meaningful journey of the two countries in 2024"` for `Recalling the
    /// “meaningful journey” of the two countries in 2024`).
    fn confirm_overhang(&self, r: &mut Reading, src: &Src, claim: &[Word]) {
        if r.overhang == 0 || r.pieces.len() > 1 {
            return;
        }
        let around = |q: QuoteId, after: bool| -> FxHashSet<String> {
            let quote = self.index.quote(q);
            let side = match quote.context.find(quote.text.as_str()) {
                Some(k) if after => &quote.context[k + quote.text.len()..],
                Some(k) => &quote.context[..k],
                None => "",
            };
            words_of(side, &self.index).0.into_iter().map(|w| w.key).collect()
        };
        let printed = |words: &[Word], keys: &FxHashSet<String>| words.iter().all(|w| keys.contains(&w.key));
        let mut confirmed_weight = 0.0;
        let mut confirmed = 0;
        // The words before the source's first quote, then after its last.
        for lead in [true, false] {
            let n = if lead { r.overhang_lead } else { r.overhang_trail };
            if n == 0 {
                continue;
            }
            let (words, quote) = if lead {
                (&claim[..n.min(claim.len())], src.quotes[0])
            } else {
                (
                    &claim[claim.len().saturating_sub(n)..],
                    *src.quotes.last().expect("a source has a quote"),
                )
            };
            if printed(words, &around(quote, !lead)) {
                confirmed_weight += words.iter().map(|w| w.weight).sum::<f32>();
                confirmed += words.len();
            } else if !r.whole {
                r.inserted += n;
                r.overhang -= n;
                *(if lead {
                    &mut r.overhang_lead
                } else {
                    &mut r.overhang_trail
                }) = 0;
            }
        }
        if confirmed_weight > 0.0 && r.inserted + r.substituted + r.respelled == 0 && r.dropped == 0 {
            // The weights of the claim and of the source window, from the
            // score's own terms: score = 2 * found / (claim + window).
            let claim_weight: f32 = claim.iter().map(|w| w.weight).sum();
            let window_weight = (2.0 * r.matched_weight / r.score.max(1e-6) - claim_weight).max(0.0);
            let score = 2.0 * (r.matched_weight + confirmed_weight) / (claim_weight + window_weight + confirmed_weight);
            r.score = r.score.max(score.clamp(0.0, 1.0));
            // Printed words are no insertions: a reading that uses them is
            // as plain as one within the marks, and costs what a wording
            // change of one word does.
            r.cost -= (INSERT * confirmed as f32 - SUBSTITUTE).max(0.0);
        }
    }

    /// The word diff of a claim (new) against a candidate's wording (old).
    /// A one-piece reading knows which words of the source the claim
    /// quotes: the diff is taken there (see [`word_diff_within`]).
    fn diff_with(&self, cand: &Candidate, claim: &str) -> WordDiff {
        let m = self.source_match(cand);
        if cand.reading.pieces.len() <= 1 && m.window.1 > m.window.0 {
            let (wa, _) = cand.reading.window;
            let from = cand
                .src
                .words
                .get((wa - cand.reading.lead_substituted) as usize)
                .map_or(m.window.0, |w| w.start.min(m.window.0));
            word_diff_within(&m.text, from..m.window.1, claim)
        } else {
            word_diff(&m.text, claim)
        }
    }

    fn source_match(&self, c: &Candidate) -> SourceMatch {
        let (a, b) = c.reading.window;
        let words = &c.src.words;
        let window = if b > a && (b as usize) <= words.len() {
            (words[a as usize].start, words[b as usize - 1].end)
        } else {
            (0, 0)
        };
        SourceMatch {
            source: self.source_ref(&c.src),
            text: c.src.text.clone(),
            relation: c.reading.relation(),
            score: round3(c.reading.score),
            window,
        }
    }

    /// The speakers the sources credit for some quotes: each quote's speaker
    /// and its family's consensus.
    fn speakers_of(&self, quotes: &[QuoteId], out: &mut Vec<String>, channels: &mut Vec<String>) {
        for &q in quotes {
            let quote = self.index.quote(q);
            if let Some(s) = &quote.speaker {
                add_name(out, s);
            }
            if let Some(f) = self.family_of.get(&q)
                && let Some(s) = &self.families[*f].speaker
            {
                add_name(out, s);
            }
            if let Some(c) = provenance::attributed_origin(quote) {
                add_name(channels, &c);
            }
        }
    }

    /// Who the sources credit with `quotes`: the speaker each of their
    /// articles names for them, counted by article; most articles first,
    /// then the earliest printed. Each credit comes with its articles.
    fn credits_of(&self, quotes: &[QuoteId]) -> Vec<(Credit, Vec<u32>)> {
        let mut quotes: Vec<QuoteId> = quotes.to_vec();
        quotes.sort_unstable();
        quotes.dedup();
        quotes.sort_by(|&x, &y| date_order(self.index.record(x).date, self.index.record(y).date).then(x.cmp(&y)));
        // (credit, its articles, order first seen)
        let mut groups: Vec<(Credit, Vec<u32>)> = Vec::new();
        for q in quotes {
            let Some(name) = self
                .index
                .quote(q)
                .speaker
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
            else {
                continue;
            };
            let doc = self.index.loc(q).doc.0;
            let date = self.index.record(q).date;
            match groups.iter_mut().find(|(c, _)| names::same_person(&c.name, name)) {
                Some((c, docs)) => {
                    if names::tokens(name).len() > names::tokens(&c.name).len() {
                        c.name = name.to_string();
                    }
                    if !docs.contains(&doc) {
                        docs.push(doc);
                    }
                    if date_order(date, c.first).is_lt() {
                        c.first = date;
                    }
                }
                None => groups.push((
                    Credit {
                        name: name.to_string(),
                        articles: 0,
                        first: date,
                    },
                    vec![doc],
                )),
            }
        }
        for (c, docs) in &mut groups {
            c.articles = docs.len();
        }
        sort_credits(&mut groups);
        groups
    }

    /// Whether the sources tie `person` to an institution beside their name
    /// (see [`institution::ties`]), in any article crediting them.
    fn person_tied(&self, inst: &Institution, person: &str) -> bool {
        self.index.records().iter().any(|r| {
            if !r
                .quotes
                .iter()
                .any(|q| q.speaker.as_deref().is_some_and(|s| names::same_person(s, person)))
            {
                return false;
            }
            let mut countries: Vec<&'static str> = Vec::new();
            for q in &r.quotes {
                for c in institution::countries_in(&q.context) {
                    if !countries.contains(&c) {
                        countries.push(c);
                    }
                }
            }
            r.quotes
                .iter()
                .any(|q| institution::ties(inst, person, &q.context, Some(&countries)))
        })
    }

    /// The statements' credits as they bear on a draft naming `named`. A
    /// draft naming an institution is credited by the articles that name it
    /// (or a part of it: `Beijing` for `China's foreign ministry`) and by
    /// those crediting someone they tie to it; a draft naming a person is
    /// neither confirmed nor contradicted by an article crediting an
    /// institution the sources tie that person to. Also returns, per
    /// statement, whom the institution the draft names stands in for.
    fn credits_for(&self, named: &str, statements: &[Statement]) -> (Vec<Statement>, Vec<Vec<String>>) {
        let inst = Institution::parse(named);
        let mut via: Vec<Vec<String>> = vec![Vec::new(); statements.len()];
        let mut out = Vec::with_capacity(statements.len());
        for (k, st) in statements.iter().enumerate() {
            let mut kept: Vec<(Credit, Vec<u32>)> = Vec::new();
            let mut folded: Option<(Credit, Vec<u32>)> = None;
            for (c, d) in st.credits.iter().zip(&st.docs) {
                let theirs = Institution::parse(&c.name);
                let stands_for_draft = match &inst {
                    _ if names::same_person(&c.name, named) => Some(false),
                    Some(i) => match &theirs {
                        Some(j) => i.covers(j).then_some(true),
                        None => self.person_tied(i, &c.name).then_some(true),
                    },
                    None => {
                        // An institution the draft's person speaks for: no evidence either way.
                        if theirs.as_ref().is_some_and(|j| self.person_tied(j, named)) {
                            continue;
                        }
                        None
                    }
                };
                match stands_for_draft {
                    Some(by_institution) => {
                        if by_institution {
                            via[k].push(c.name.clone());
                        }
                        let f = folded.get_or_insert_with(|| {
                            (
                                Credit {
                                    name: named.to_string(),
                                    articles: 0,
                                    first: c.first,
                                },
                                Vec::new(),
                            )
                        });
                        for doc in d {
                            if !f.1.contains(doc) {
                                f.1.push(*doc);
                            }
                        }
                        if date_order(c.first, f.0.first).is_lt() {
                            f.0.first = c.first;
                        }
                        f.0.articles = f.1.len();
                    }
                    None => kept.push((c.clone(), d.clone())),
                }
            }
            kept.extend(folded);
            sort_credits(&mut kept);
            let (credits, docs) = kept.into_iter().unzip();
            out.push(Statement {
                quotes: st.quotes.clone(),
                credits,
                docs,
            });
        }
        (out, via)
    }

    /// The source quotes holding a claim's words, grouped by statement: two
    /// are one statement when they stand in one family (the same utterance
    /// as `align` groups it) or one quote's words are a run of the other's
    /// (a fragment may be a piece of either). Quotes that each go on beyond
    /// the claim's words differently are two statements: a stock phrase two
    /// people used ("We will respond firmly ..."), not one statement two
    /// outlets credit differently.
    fn statements_of(&self, quotes: &[QuoteId]) -> Vec<Statement> {
        let n = quotes.len();
        let mut up: Vec<usize> = (0..n).collect();
        fn find(up: &mut [usize], mut x: usize) -> usize {
            while up[x] != x {
                up[x] = up[up[x]];
                x = up[x];
            }
            x
        }
        let keys: Vec<Vec<u32>> = quotes
            .iter()
            .map(|&q| self.index.word_keys(q).iter().map(|k| k.0).collect())
            .collect();
        for a in 0..n {
            for b in a + 1..n {
                let fa = self.family_of.get(&quotes[a]);
                let same = (fa.is_some() && fa == self.family_of.get(&quotes[b]))
                    || is_run_of(&keys[a], &keys[b])
                    || is_run_of(&keys[b], &keys[a]);
                if same {
                    let (x, y) = (find(&mut up, a), find(&mut up, b));
                    up[x.max(y)] = x.min(y);
                }
            }
        }
        let mut out: Vec<Statement> = Vec::new();
        let mut index_of: Vec<Option<usize>> = vec![None; n];
        for (k, &q) in quotes.iter().enumerate() {
            let r = find(&mut up, k);
            let i = *index_of[r].get_or_insert_with(|| {
                out.push(Statement {
                    quotes: Vec::new(),
                    credits: Vec::new(),
                    docs: Vec::new(),
                });
                out.len() - 1
            });
            out[i].quotes.push(q);
        }
        for st in &mut out {
            (st.credits, st.docs) = self.credits_of(&st.quotes).into_iter().unzip();
        }
        out
    }

    /// Checks one claim.
    pub fn check(&self, claim: &Claim) -> Check {
        let cfg = &self.cfg;
        let (mut cwords, trailing) = words_of(&claim.text, &self.index);
        // As the index does: words past the limit are not compared.
        cwords.truncate(cfg.align.max_words.max(1));
        let query = self.index.query(&claim.text);
        // Candidate passages: each candidate quote, and with the quote it runs on into.
        let mut passages: Vec<Vec<QuoteId>> = Vec::new();
        for q in self.index.candidates(&query) {
            // The run of quotes that go on into each other around `q` (two
            // before it, two after), and every stretch of it up to
            // [`MAX_PASSAGE_QUOTES`] long that holds `q`: an ellipsis may
            // stand for a whole quote between two others.
            let mut chain = vec![q];
            let mut cur = q;
            while chain.len() < MAX_PASSAGE_QUOTES
                && let Some(p) = self.prev_of(cur)
            {
                chain.insert(0, p);
                cur = p;
            }
            let at = chain.len() - 1;
            let mut cur = q;
            while chain.len() < at + MAX_PASSAGE_QUOTES
                && let Some(n) = self.next_of(cur)
            {
                chain.push(n);
                cur = n;
            }
            for len in 1..=MAX_PASSAGE_QUOTES.min(chain.len()) {
                for start in at.saturating_sub(len - 1)..=at.min(chain.len() - len) {
                    passages.push(chain[start..start + len].to_vec());
                }
            }
        }
        passages.sort();
        passages.dedup();
        // A quote its article disowns (a correction's misquote) is no
        // source: it is read apart, to say so when the claim repeats it.
        let (disowned, passages): (Vec<Vec<QuoteId>>, Vec<Vec<QuoteId>>) = passages
            .into_iter()
            .partition(|p| p.iter().any(|q| self.disowned.contains_key(q)));
        let srcs: Vec<Src> = passages.into_iter().map(|p| self.src_of(p)).collect();
        let cwords = compounds_as_sources_print_them(cwords, &srcs, &self.index);
        let agrees_with_claim = |quotes: &[QuoteId]| -> bool {
            let Some(sp) = &claim.speaker else { return false };
            let mut names = Vec::new();
            let mut channels = Vec::new();
            self.speakers_of(quotes, &mut names, &mut channels);
            names.iter().chain(&channels).any(|n| names::same_person(n, sp))
        };
        let mut cands: Vec<Candidate> = srcs
            .into_iter()
            .filter_map(|src| {
                let path = best_path(&cwords, &[&src], cfg)?;
                let mut reading = read_path((&cwords, trailing), &[&src], path, cfg);
                // A passage longer than two quotes serves only to read an
                // ellipsis across a middle quote: pieces of it are the
                // global reading's to find, scored piece by piece.
                if src.quotes.len() > 2 && reading.junctions() > 0 {
                    return None;
                }
                self.confirm_overhang(&mut reading, &src, &cwords);
                let matched = matched_quotes(&[&src], &reading.steps);
                (reading.matched_weight > 0.0).then_some(Candidate { src, reading, matched })
            })
            .collect();
        // Closest first: cheapest path (every junction charged alike, see
        // [`Reading::rank_cost`]), plainest relation, best score, the
        // draft's speaker, earliest, corpus order.
        let order: Vec<(bool, Option<Date>)> = cands
            .iter()
            .map(|c| (agrees_with_claim(&c.matched), self.index.record(c.src.quotes[0]).date))
            .collect();
        let mut idx: Vec<usize> = (0..cands.len()).collect();
        idx.sort_by(|&x, &y| {
            let (a, b) = (&cands[x].reading, &cands[y].reading);
            a.rank_cost()
                .total_cmp(&b.rank_cost())
                .then(a.relation().cmp(&b.relation()))
                .then(b.score.total_cmp(&a.score))
                .then(order[y].0.cmp(&order[x].0))
                .then(date_order(order[x].1, order[y].1))
                .then(cands[x].src.quotes.cmp(&cands[y].src.quotes))
        });
        let mut sorted: Vec<Option<Candidate>> = cands.drain(..).map(Some).collect();
        let cands: Vec<Candidate> = idx.iter().filter_map(|&i| sorted[i].take()).collect();

        // All candidates together: pieces from several quotes.
        let mut all: Vec<&Src> = cands.iter().map(|c| &c.src).collect();
        let mut global = best_path(&cwords, &all, cfg).map(|path| read_path((&cwords, trailing), &all, path, cfg));
        let best = cands.first();
        let mut use_global = match (&global, best) {
            (Some(g), Some(b)) => g.rank_cost() < b.reading.rank_cost() - 0.5 && g.junctions() > 0,
            _ => false,
        };
        // A splice a later source made itself: the claim's words as printed
        // by one source, across that source's own ellipsis, which the
        // earlier printings give as separate quotes. The source's ellipsis
        // stands for nothing the speaker said there, so the claim is the
        // splice it copies, read against the earlier printings.
        let mut spliced_by: Option<&Candidate> = None;
        if let Some(b) = best.filter(|b| {
            !use_global
                && b.reading.junctions() == 0
                && !b.reading.changed()
                && copies_source_ellipsis(&b.reading, &b.src)
        }) {
            let printed = self.index.record(b.src.quotes[0]).date;
            let others: Vec<&Src> = cands
                .iter()
                .filter(|c| !c.reading.relation().has_wording())
                .filter(|c| date_order(self.index.record(c.src.quotes[0]).date, printed).is_lt())
                .map(|c| &c.src)
                .collect();
            let alt = best_path(&cwords, &others, cfg).map(|path| read_path((&cwords, trailing), &others, path, cfg));
            if let Some(g) = alt.filter(|g| {
                g.junctions() > 0
                    && g.score >= cfg.align.min_score
                    && g.pieces.iter().all(|p| p.3 != Join::Joined)
                    && !g.changed()
            }) {
                all = others;
                global = Some(g);
                use_global = true;
                spliced_by = Some(b);
            }
        }
        // The reading the verdict rests on.
        let reading: Option<&Reading> = if use_global {
            global.as_ref()
        } else {
            best.map(|b| &b.reading)
        };
        let found = reading.is_some_and(|r| r.score >= cfg.align.min_score && r.matched_weight > 0.0);
        let mut wording = match reading {
            Some(r) if found => {
                if r.junctions() > 0 {
                    Verdict::Spliced
                } else if r.changed() {
                    Verdict::Altered
                } else if r.editorial {
                    Verdict::Editorial
                } else if !r.whole {
                    Verdict::Truncated
                } else {
                    Verdict::Verbatim
                }
            }
            _ => Verdict::NotFound,
        };

        // Sources: every passage with the quote's words, or enough of them.
        let min_score = cfg.align.min_score;
        let mut listed: Vec<&Candidate> = cands
            .iter()
            .filter(|c| c.reading.relation().has_wording() || c.reading.score >= min_score)
            .filter(|c| {
                // A joined passage is listed only when neither half has the words.
                c.src.quotes.len() == 1
                    || !cands.iter().any(|o| {
                        o.src.quotes.len() == 1
                            && c.src.quotes.contains(&o.src.quotes[0])
                            && o.reading.relation().has_wording()
                    })
            })
            .collect();
        listed.sort_by(|x, y| {
            x.reading
                .relation()
                .cmp(&y.reading.relation())
                .then(y.reading.score.total_cmp(&x.reading.score))
                .then(date_order(
                    self.index.record(x.src.quotes[0]).date,
                    self.index.record(y.src.quotes[0]).date,
                ))
                .then(x.src.quotes.cmp(&y.src.quotes))
        });
        let sources: Vec<SourceMatch> = listed.iter().map(|c| self.source_match(c)).collect();

        // Closest wording: the best single passage (for a splice too: its
        // diff shows what the splice leaves out or brings in).
        let closest_cand = best.filter(|b| found || b.reading.score >= cfg.min_near_miss_score);
        let closest = closest_cand.map(|c| self.source_match(c));
        // A one-piece reading knows which words of the source the claim
        // quotes: the diff is taken there (see [`word_diff_within`]).
        let diff = closest_cand.map(|cand| self.diff_with(cand, &claim.text));
        let number_ops = |d: &WordDiff| -> Vec<(String, String)> {
            d.ops
                .iter()
                .filter(|op| op.class == Some(crate::diff::ChangeClass::Number))
                .map(|op| (op.old_text.trim().to_string(), op.new_text.trim().to_string()))
                .collect()
        };
        // (The closest source's own figures are in the diff.)
        let closest_figures = diff.as_ref().map(number_ops).unwrap_or_default();
        // A negation or a figure that an ellipsis or a bracket replaces
        // (`We will ... raise taxes` for `We will not raise taxes`, `[25,000]`
        // for `250,000`) changes what was said: no editor's mark may do that.
        let negations: Vec<(String, String)> = diff
            .iter()
            .flat_map(|d| &d.ops)
            .filter(|op| negation_changed(op))
            .map(|op| (op.old_text.trim().to_string(), op.new_text.trim().to_string()))
            .collect();
        if matches!(wording, Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated)
            && (!negations.is_empty() || !closest_figures.is_empty())
        {
            wording = Verdict::Altered;
        }

        // Two candidates tell of one statement when a quote of each stands
        // in one family, or one's words are a run of the other's: provenance
        // notes never cite another statement (a stock phrase another
        // speaker used at another event).
        let same_statement = |a: &Candidate, b: &Candidate| -> bool {
            a.matched.iter().any(|&x| {
                b.matched.iter().any(|&y| {
                    let fx = self.family_of.get(&x);
                    if x == y || (fx.is_some() && fx == self.family_of.get(&y)) {
                        return true;
                    }
                    let (kx, ky) = (self.index.word_keys(x), self.index.word_keys(y));
                    let (kx, ky): (Vec<u32>, Vec<u32>) =
                        (kx.iter().map(|k| k.0).collect(), ky.iter().map(|k| k.0).collect());
                    let gap = cfg.max_dropped_words;
                    is_run_of(&kx, &ky)
                        || is_run_of(&ky, &kx)
                        || is_run_of_but_a_few(&kx, &ky, gap)
                        || is_run_of_but_a_few(&ky, &kx, gap)
                })
            })
        };
        // Provenance: the earliest passage with the quote's wording, or with
        // the closest wording, in the closest source's statement.
        let first = match (wording, closest_cand) {
            (Verdict::NotFound, _) | (_, None) => None,
            (w, Some(c)) => {
                let same_wording: Vec<&Candidate> =
                    if matches!(w, Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated) {
                        cands
                            .iter()
                            .filter(|o| o.reading.relation().has_wording() && same_statement(c, o))
                            .collect()
                    } else {
                        let key = window_keys(c);
                        cands
                            .iter()
                            .filter(|o| o.reading.relation() == c.reading.relation() && window_keys(o) == key)
                            .collect()
                    };
                same_wording
                    .into_iter()
                    .min_by(|x, y| {
                        date_order(
                            self.index.record(x.src.quotes[0]).date,
                            self.index.record(y.src.quotes[0]).date,
                        )
                        .then(x.src.quotes.cmp(&y.src.quotes))
                    })
                    .map(|o| self.source_ref(&o.src))
            }
        };
        let family = closest_cand
            .and_then(|c| self.family_of.get(&c.src.quotes[0]))
            .map(|&f| self.families[f].id.clone());
        // Words found as printed, but first printed otherwise: the draft
        // copies a later outlet's version (`not yet beaten` where the
        // first report has `not yet defeated`).
        let earlier_cand: Option<&Candidate> = match (wording, &first, closest_cand) {
            (Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated, Some(f), Some(c)) if f.date.is_some() => {
                cands
                    .iter()
                    .filter(|o| {
                        same_statement(c, o)
                            && o.reading.junctions() == 0
                            && (o.reading.inserted + o.reading.substituted + o.reading.overhang > 0
                                || o.reading.dropped > 0)
                            && o.reading.score >= cfg.align.min_score
                            && date_order(self.index.record(o.src.quotes[0]).date, f.date).is_lt()
                    })
                    .min_by(|x, y| {
                        date_order(
                            self.index.record(x.src.quotes[0]).date,
                            self.index.record(y.src.quotes[0]).date,
                        )
                        .then(x.src.quotes.cmp(&y.src.quotes))
                    })
            }
            _ => None,
        };
        let earlier_wording = earlier_cand.map(|o| self.source_match(o));
        // A negation the earlier printing has and the claim lacks (or the
        // other way round) is said with it: `didn't cost` for `cost`.
        let earlier_negations: Vec<(String, String)> = earlier_cand
            .map(|o| {
                self.diff_with(o, &claim.text)
                    .ops
                    .iter()
                    .filter(|op| negation_changed(op))
                    .map(|op| (op.old_text.trim().to_string(), op.new_text.trim().to_string()))
                    .collect()
            })
            .unwrap_or_default();

        // The claim's words as a quote its article disowns prints them: an
        // outlet's own correction says they misquote the speaker, which
        // outweighs a copy of the misquote (the draft is altered).
        let disowned_hits: Vec<(SourceRef, &str)> = disowned
            .iter()
            .filter(|p| p.len() == 1)
            .filter_map(|p| {
                let src = self.src_of(p.clone());
                let path = best_path(&cwords, &[&src], cfg)?;
                let r = read_path((&cwords, trailing), &[&src], path, cfg);
                (r.relation().has_wording() && r.score >= min_score)
                    .then(|| (self.source_ref(&src), self.disowned[&p[0]].as_str()))
            })
            .collect();
        let disowned_upgrade =
            !disowned_hits.is_empty() && matches!(wording, Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated);
        if disowned_upgrade {
            wording = Verdict::Altered;
        }

        // Other printings of the same statement with another figure where
        // the quote has one: a changed figure is what a fact-checker most
        // needs to hear about, even when the quote matches its source.
        let mut figures: Vec<FigureConflict> = Vec::new();
        if let Some(c) = closest_cand.filter(|_| wording != Verdict::NotFound) {
            for o in cands.iter().filter(|o| {
                o.src.quotes != c.src.quotes
                    && o.src.quotes.len() == 1
                    && o.reading.junctions() == 0
                    && o.reading.score >= min_score
                    && same_statement(c, o)
            }) {
                for (printed, quoted) in number_ops(&self.diff_with(o, &claim.text)) {
                    if printed.is_empty()
                        || quoted.is_empty()
                        || closest_figures.contains(&(printed.clone(), quoted.clone()))
                    {
                        continue;
                    }
                    let at = self.source_ref(&o.src);
                    match figures.iter_mut().find(|f| f.printed == printed && f.quoted == quoted) {
                        Some(f) => f.sources.push(at),
                        None => figures.push(FigureConflict {
                            printed,
                            quoted,
                            sources: vec![at],
                        }),
                    }
                }
            }
        }

        // Pieces, when the quote joins several.
        let pieces: Vec<Piece> = match reading {
            Some(r) if r.pieces.len() > 1 => {
                let srcs: Vec<&Src> = if use_global { all.clone() } else { vec![&cands[0].src] };
                r.pieces
                    .iter()
                    .map(|&(a, b, s, join)| {
                        let src = srcs[s as usize];
                        let js: Vec<u32> = (a..b)
                            .filter_map(|i| match r.steps[i] {
                                Step::Match { j, .. } => Some(j),
                                _ => None,
                            })
                            .collect();
                        let (ja, jb) = (
                            js.iter().copied().min().unwrap_or(0) as usize,
                            js.iter().copied().max().unwrap_or(0) as usize,
                        );
                        Piece {
                            text: claim.text[cwords[a].start..cwords[b - 1].end].to_string(),
                            source: self.source_ref(src),
                            source_text: src.text[src.words[ja].start..src.words[jb].end].to_string(),
                            join,
                        }
                    })
                    .collect()
            }
            _ => Vec::new(),
        };

        // Attribution: the speakers of the source quotes that print the
        // words (not of a quote their passage joins, nor of the rest of
        // their family), and of the other versions of the same passage in
        // their families (another translation of the sentence).
        // A splice's pieces are checked one by one: each must bear out the
        // speaker.
        let piece_groups: Vec<Vec<QuoteId>> = match (wording, global.as_ref()) {
            (Verdict::Spliced, Some(g)) if use_global => g
                .pieces
                .iter()
                .map(|&(a, b, _, _)| {
                    // The quotes the path took the piece from; when they
                    // name nobody (an excerpt), every other quote printing
                    // the piece word for word: they are still the words the
                    // wire credits.
                    let mut quotes = matched_quotes(&all, &g.steps[a..b]);
                    if quotes.iter().any(|&q| self.index.quote(q).speaker.is_some()) {
                        return quotes;
                    }
                    let keys: Vec<&str> = (a..b)
                        .filter(|&i| matches!(g.steps[i], Step::Match { .. }))
                        .map(|i| cwords[i].key.as_str())
                        .collect();
                    for c in cands.iter().filter(|c| c.src.quotes.len() == 1) {
                        let src: Vec<&str> = c.src.words.iter().map(|w| w.key.as_str()).collect();
                        if keys.len() <= src.len() && src.windows(keys.len()).any(|w| w == keys.as_slice()) {
                            quotes.push(c.src.quotes[0]);
                        }
                    }
                    quotes.sort_unstable();
                    quotes.dedup();
                    quotes
                })
                .filter(|q| !q.is_empty())
                .collect(),
            _ => Vec::new(),
        };
        let mut supporting: Vec<QuoteId> = match wording {
            Verdict::NotFound => Vec::new(),
            Verdict::Spliced if use_global => piece_groups.concat(),
            Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated => {
                let mut w: Vec<QuoteId> = cands
                    .iter()
                    .filter(|c| c.reading.relation().has_wording())
                    .flat_map(|c| c.matched.iter().copied())
                    .collect();
                let fams: FxHashSet<usize> = w.iter().filter_map(|q| self.family_of.get(q).copied()).collect();
                w.extend(
                    listed
                        .iter()
                        .filter(|c| c.reading.score >= min_score)
                        .flat_map(|c| c.matched.iter().copied())
                        .filter(|q| self.family_of.get(q).is_some_and(|f| fams.contains(f))),
                );
                w
            }
            _ => listed.iter().flat_map(|c| c.matched.iter().copied()).collect(),
        };
        supporting.sort_unstable();
        supporting.dedup();
        let mut channels = Vec::new();
        for &q in &supporting {
            if let Some(c) = provenance::attributed_origin(self.index.quote(q)) {
                add_name(&mut channels, &c);
            }
        }
        let groups: Vec<Vec<QuoteId>> = if piece_groups.is_empty() {
            vec![supporting]
        } else {
            piece_groups
        };
        // (Weights come from the corpus, so in a corpus about one story its
        // key phrase weighs little: two content words found, `dearest
        // friend`, `meaningful journey`, tie the words to a speaker whatever
        // they weigh; `thank you` and `heroic` hold one.)
        let content_found = reading.map_or(0, |r| {
            r.steps
                .iter()
                .zip(&cwords)
                .filter(|(st, w)| matches!(st, Step::Match { .. }) && index::is_content_word(&w.key))
                .count()
        });
        let generic = reading.is_none_or(|r| r.matched_weight < cfg.min_attribution_evidence) && content_found < 2;
        // "The North Korean leader said": a role, not a name; whom it means
        // is the reader's inference, so the speaker is left unchecked.
        let named = claim.speaker.as_deref().filter(|sp| names_someone(sp));
        let mut statements: Vec<Statement> = Vec::new();
        let mut spokespeople: Vec<String> = Vec::new();
        // (status, its statement), the gravest over the groups.
        let mut judged: Option<(AttributionStatus, Option<usize>)> = None;
        for group in &groups {
            let sts = self.statements_of(group);
            let base = statements.len();
            let (st, main) = match named {
                _ if wording == Verdict::NotFound => (AttributionStatus::Unchecked, None),
                None => (AttributionStatus::Unchecked, main_statement(&sts)),
                // The agency the sources credit (`KCNA`) stands for them.
                Some(sp) if channels.iter().any(|n| names::same_person(n, sp)) => {
                    (AttributionStatus::Confirmed, main_statement(&sts))
                }
                Some(sp) => {
                    let (adjusted, via_institution) = self.credits_for(sp, &sts);
                    match judge_speaker(sp, &adjusted, cfg.align.max_days_apart) {
                        (AttributionStatus::Confirmed, Some(i)) if !via_institution[i].is_empty() => {
                            spokespeople = via_institution[i].clone();
                            (AttributionStatus::Institution, Some(i))
                        }
                        other => other,
                    }
                }
            };
            statements.extend(sts);
            if judged.is_none_or(|(j, _)| severity(st) > severity(j)) {
                judged = Some((st, main.map(|m| base + m)));
            }
        }
        let (mut status, main) = judged.unwrap_or((AttributionStatus::Unchecked, None));
        // Short generic words are said by many people: a disagreement is no
        // misattribution, but nothing confirms the draft either.
        let generic_disagreement = status == AttributionStatus::Misattributed && generic;
        if generic_disagreement {
            status = AttributionStatus::Unconfirmed;
        }
        let agrees = match status {
            AttributionStatus::Confirmed | AttributionStatus::Institution => Some(true),
            AttributionStatus::Misattributed => Some(false),
            AttributionStatus::Unconfirmed if generic_disagreement => Some(false),
            _ => None,
        };
        let misattributed = status == AttributionStatus::Misattributed;
        let mut credits: Vec<Credit> = main.map(|i| statements[i].credits.clone()).unwrap_or_default();
        // The first printing's credit, when it decides, leads the list.
        let by_first_printing = match precedent(&credits, cfg.align.max_days_apart) {
            Some(e) => {
                let lead = credits.remove(e);
                credits.insert(0, lead);
                true
            }
            None => false,
        };
        let mut other_statements: Vec<Credit> = Vec::new();
        for (i, st) in statements.iter().enumerate() {
            if Some(i) != main {
                other_statements.extend(st.credits.iter().cloned());
            }
        }
        other_statements.sort_by(|x, y| y.articles.cmp(&x.articles).then(date_order(x.first, y.first)));
        let mut speakers: Vec<String> = Vec::new();
        let mut all_credits: Vec<&Credit> = credits.iter().chain(&other_statements).collect();
        all_credits.sort_by(|x, y| y.articles.cmp(&x.articles).then(date_order(x.first, y.first)));
        for c in all_credits {
            add_name(&mut speakers, &c.name);
        }
        let attribution = Attribution {
            draft: claim.speaker.clone(),
            sources: speakers,
            credits,
            other_statements,
            agrees,
            generic: generic_disagreement,
            status,
            spokespeople: if status == AttributionStatus::Institution {
                spokespeople
            } else {
                Vec::new()
            },
            by_first_printing,
        };
        let verdict = if misattributed { Verdict::Misattributed } else { wording };
        let score = reading.map_or(0.0, |r| round3(r.score));
        let mut reason = self.reason(
            verdict,
            reading,
            &sources,
            closest.as_ref(),
            &first,
            &pieces,
            &attribution,
        );
        if !disowned_hits.is_empty() {
            let at: Vec<String> = disowned_hits
                .iter()
                .map(|(s, lead)| format!("{} {} (\"{lead} ...\")", s.file, s.quote))
                .collect();
            let note = format!(
                "an outlet's correction says these words misquote the speaker: {}",
                at.join(", ")
            );
            if disowned_upgrade {
                reason = match &closest {
                    Some(c) => format!(
                        "{note}; they are printed as such by {} {}",
                        c.source.file, c.source.quote
                    ),
                    None => note,
                };
            } else {
                reason.push_str(&format!("; {note}"));
            }
        }
        if let Some(b) = spliced_by {
            reason = reason.replacen(
                "joins pieces no source prints together",
                "joins pieces the earlier printings give as separate quotes",
                1,
            );
            let when = self
                .index
                .record(b.src.quotes[0])
                .date
                .map_or(String::new(), |d| format!(" ({d})"));
            reason.push_str(&format!(
                "; only {} {}{when} prints them together, across its own ellipsis",
                self.index.record(b.src.quotes[0]).file,
                b.src
                    .quotes
                    .iter()
                    .map(|&q| self.index.quote(q).id.to_string())
                    .collect::<Vec<_>>()
                    .join("+")
            ));
        }
        let as_printed = matches!(wording, Verdict::Verbatim | Verdict::Editorial | Verdict::Truncated);
        if let Some(note) = attribution_note(&attribution, as_printed) {
            reason.push_str("; ");
            reason.push_str(&note);
        }
        if wording == Verdict::Altered && !negations.is_empty() {
            let changed: Vec<String> = negations
                .iter()
                .map(|(old, new)| match (old.is_empty(), new.is_empty()) {
                    (true, _) => format!("{new:?} added"),
                    (_, true) => format!("{old:?} dropped"),
                    _ => format!("{old:?} in the source, {new:?} in the quote"),
                })
                .collect();
            reason.push_str(&format!(
                "; a negation differs, which reverses the meaning: {}",
                changed.join("; ")
            ));
        }
        if verdict == Verdict::Altered && !closest_figures.is_empty() {
            let changed: Vec<String> = closest_figures
                .iter()
                .map(|(old, new)| format!("{old:?} in the source, {new:?} in the quote"))
                .collect();
            reason.push_str(&format!("; a figure differs: {}", changed.join("; ")));
        }
        for f in &figures {
            let at: Vec<String> = f.sources.iter().map(|s| format!("{} {}", s.file, s.quote)).collect();
            reason.push_str(&format!(
                "; {} print{} {:?} where this has {:?} ({})",
                plural(f.sources.len(), "other source"),
                if f.sources.len() == 1 { "s" } else { "" },
                f.printed,
                f.quoted,
                at.join(", ")
            ));
        }
        if let Some(e) = &earlier_wording {
            let when = e.source.date.map_or(String::new(), |d| format!(" ({d})"));
            let negation = if earlier_negations.is_empty() {
                String::new()
            } else {
                let changed: Vec<String> = earlier_negations
                    .iter()
                    .map(|(old, new)| match (old.is_empty(), new.is_empty()) {
                        (true, _) => format!("{new:?} added"),
                        (_, true) => format!("{old:?} dropped"),
                        _ => format!("{old:?} there, {new:?} here"),
                    })
                    .collect();
                format!(" (a negation differs: {})", changed.join("; "))
            };
            reason.push_str(&format!(
                "; but {} {}{when} printed it earlier with other words{negation}",
                e.source.file, e.source.quote
            ));
        }
        Check {
            id: claim.id.clone(),
            line: claim.line,
            text: claim.text.clone(),
            verdict,
            wording,
            reason,
            score,
            closest,
            diff,
            first,
            earlier_wording,
            figures,
            family,
            pieces,
            attribution,
            sources,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn reason(
        &self,
        verdict: Verdict,
        reading: Option<&Reading>,
        sources: &[SourceMatch],
        closest: Option<&SourceMatch>,
        first: &Option<SourceRef>,
        pieces: &[Piece],
        attribution: &Attribution,
    ) -> String {
        let at = |s: &SourceRef| format!("{} {}", s.file, s.quote);
        let with_wording = sources.iter().filter(|s| s.relation.has_wording()).count();
        let first_note = first
            .as_ref()
            .map(|f| match f.date {
                Some(d) => format!("; first printed by {} ({d})", at(f)),
                None => format!("; first in {} (undated)", at(f)),
            })
            .unwrap_or_default();
        match (verdict, reading) {
            (Verdict::NotFound, _) => match closest {
                Some(c) => format!(
                    "no source has these words; the nearest is {} (score {:.2})",
                    at(&c.source),
                    c.score
                ),
                None => "no source has these words".to_string(),
            },
            (Verdict::Misattributed, _) => {
                let draft = attribution.draft.as_deref().unwrap_or("?");
                let credits = &attribution.credits;
                let at = |c: &Credit| c.first.map_or(String::new(), |d| format!(" on {d}"));
                match credits.iter().position(|c| names::same_person(&c.name, draft)) {
                    Some(i) if i > 0 && attribution.by_first_printing => format!(
                        "these words were first printed crediting {}{}; {} credit{} {} only from{}, after they were in print",
                        credits[0].name,
                        at(&credits[0]),
                        plural(credits[i].articles, "later article"),
                        if credits[i].articles == 1 { "s" } else { "" },
                        credits[i].name,
                        credits[i].first.map_or(String::new(), |d| format!(" {d}")),
                    ),
                    None if attribution.by_first_printing => format!(
                        "these words were first printed crediting {}{}, not {draft}",
                        credits[0].name,
                        at(&credits[0])
                    ),
                    Some(i) if i > 0 => {
                        let lead = &credits[0];
                        let since = lead.first.map_or(String::new(), |d| format!(", the first on {d}"));
                        format!(
                            "most sources credit these words to {} ({}{since}); {} credit{} {}",
                            lead.name,
                            plural(lead.articles, "article"),
                            plural(credits[i].articles, "article"),
                            if credits[i].articles == 1 { "s" } else { "" },
                            credits[i].name
                        )
                    }
                    _ => format!(
                        "the sources credit these words to {}, not {draft}",
                        attribution.sources.join(" or ")
                    ),
                }
            }
            (Verdict::Verbatim, _) => format!("the same words as {}{first_note}", plural(with_wording, "source quote")),
            (Verdict::Truncated, Some(r)) => {
                let (a, b) = r.window;
                format!(
                    "a faithful fragment of a longer quote ({} of the {} words of {}){first_note}",
                    b - a,
                    r.source_words,
                    closest.map_or(String::new(), |c| at(&c.source))
                )
            }
            (Verdict::Editorial, Some(r)) => {
                format!("the source's words with {}{first_note}", marks_of(r).join(", "))
            }
            (Verdict::Spliced, _) => {
                let parts: Vec<String> = pieces
                    .iter()
                    .map(|p| format!("{:?} ({})", p.text, at(&p.source)))
                    .collect();
                let how = if pieces.iter().any(|p| p.join == Join::FalseEllipsis) {
                    "across an ellipsis that stands for no words of the source there"
                } else if pieces
                    .iter()
                    .all(|p| matches!(p.join, Join::Start | Join::DroppedEllipsis))
                {
                    "dropping the ellipsis the source prints between them"
                } else {
                    "without an ellipsis"
                };
                format!("joins pieces no source prints together, {how}: {}", parts.join(" + "))
            }
            (Verdict::Altered, Some(r)) => {
                let mut changes = Vec::new();
                if r.substituted > 0 {
                    changes.push(format!("{} replaced", plural(r.substituted, "word")));
                }
                if r.inserted > 0 {
                    changes.push(format!("{} added", plural(r.inserted, "word")));
                }
                if r.overhang > 0 {
                    changes.push(format!(
                        "{} beyond the source's quote marks",
                        plural(r.overhang, "word")
                    ));
                }
                if r.dropped > 0 {
                    changes.push(format!(
                        "{} dropped without an ellipsis",
                        plural(r.dropped as usize, "word")
                    ));
                }
                if r.respelled > 0 {
                    changes.push(format!("{} spelled differently", plural(r.respelled, "word")));
                }
                if changes.is_empty() {
                    // Only marks: the notes after say what they hide (a
                    // negation, a figure).
                    changes = marks_of(r);
                }
                format!(
                    "the wording differs from {}: {}",
                    closest.map_or(String::new(), |c| at(&c.source)),
                    changes.join(", ")
                )
            }
            _ => String::new(),
        }
    }
}

/// True when a one-piece reading runs across an ellipsis its source
/// prints (the claim copying it): `fairness ... until` in a column's
/// `this is about fairness ... until China opens its markets`.
fn copies_source_ellipsis(r: &Reading, src: &Src) -> bool {
    r.steps
        .iter()
        .skip(1)
        .any(|st| matches!(st, Step::Match { j, link: Link::Next, .. } if src.words[*j as usize].sep == Sep::Ellipsis))
}

/// The editorial marks a reading uses, as the reason lists them.
fn marks_of(r: &Reading) -> Vec<String> {
    let mut marks = Vec::new();
    if r.ellipses > 0 {
        marks.push(if r.omitted > 0 {
            format!(
                "{} for {} omitted",
                plural(r.ellipses, "ellipsis"),
                plural(r.omitted as usize, "word")
            )
        } else {
            format!("{} omitting nothing", plural(r.ellipses, "ellipsis"))
        });
    }
    if r.brackets > 0 {
        marks.push(if r.bracketed > 0 {
            format!(
                "{} standing for {}",
                plural(r.brackets, "bracket"),
                plural(r.bracketed as usize, "word")
            )
        } else {
            plural(r.brackets, "bracketed insertion")
        });
    }
    if r.edited > 0 {
        marks.push(format!("{} changed in brackets", plural(r.edited, "word")));
    }
    if r.respelled > 0 {
        marks.push(format!(
            "{} in another house style (British or American spelling, % or percent)",
            plural(r.respelled, "word")
        ));
    }
    marks
}

/// What the reason adds about the speaker when the verdict does not say it.
/// Other statements holding the words are noted only for words found as
/// printed (`as_printed`): a splice's pieces are other statements by
/// nature, and an altered quote's near misses hold other words.
fn attribution_note(a: &Attribution, as_printed: bool) -> Option<String> {
    let draft = a.draft.as_deref().unwrap_or("the speaker");
    match a.status {
        AttributionStatus::Unconfirmed if a.generic => Some(format!(
            "the sources credit these words to {}, but they are too common to tie to one speaker, so {draft} is unconfirmed",
            a.sources.join(" or ")
        )),
        AttributionStatus::Unconfirmed if !a.credits.is_empty() => Some(format!(
            "the sources credit only {}, which they tie {draft} to, so {draft} is unconfirmed",
            a.sources.join(" and ")
        )),
        AttributionStatus::Unconfirmed => Some(format!(
            "no source that prints these words names who said them, so {draft} is unconfirmed"
        )),
        AttributionStatus::Institution => Some(format!(
            "the sources credit {}, whom they tie to {draft}: attributed to the institution",
            a.spokespeople.join(" and ")
        )),
        AttributionStatus::Conflicting => Some(format!(
            "the sources are split on who said it ({}), so the speaker is conflicting",
            a.credits
                .iter()
                .map(|c| format!(
                    "{} credit{} {}",
                    plural(c.articles, "article"),
                    if c.articles == 1 { "s" } else { "" },
                    c.name
                ))
                .collect::<Vec<_>>()
                .join(", ")
        )),
        _ => {
            let mut notes = Vec::new();
            if a.status == AttributionStatus::Confirmed {
                let others: Vec<String> = a
                    .credits
                    .iter()
                    .filter(|c| !names::same_person(&c.name, draft))
                    .map(|c| format!("{} ({})", c.name, plural(c.articles, "article")))
                    .collect();
                if !others.is_empty() && a.by_first_printing {
                    let first = a.credits[0].first.map_or(String::new(), |d| format!(" ({d})"));
                    let later: Vec<String> = a.credits[1..]
                        .iter()
                        .map(|c| {
                            let from = c.first.map_or(String::new(), |d| format!(", from {d}"));
                            format!("{} ({}{from})", c.name, plural(c.articles, "article"))
                        })
                        .collect();
                    notes.push(format!(
                        "later also credited to {}, after the first printing{first} credited {}",
                        later.join(", "),
                        a.credits[0].name
                    ));
                } else if !others.is_empty() {
                    notes.push(format!("also credited to {}", others.join(", ")));
                }
            }
            let others: Vec<&Credit> = a
                .other_statements
                .iter()
                .filter(|c| !names::same_person(&c.name, draft))
                .collect();
            if !others.is_empty()
                && matches!(a.status, AttributionStatus::Confirmed | AttributionStatus::Conflicting)
                && as_printed
            {
                let others: Vec<String> = others
                    .iter()
                    .map(|c| {
                        let when = c.first.map_or(String::new(), |d| format!(", {d}"));
                        format!("{} ({}{when})", c.name, plural(c.articles, "article"))
                    })
                    .collect();
                notes.push(format!(
                    "the same words are also in another statement, credited to {}",
                    others.join(", ")
                ));
            }
            (!notes.is_empty()).then(|| notes.join("; "))
        }
    }
}

/// Whether a speaker as a draft gives it names someone, rather than only a
/// role (`the North Korean leader`, `Russia's president`): its last word,
/// titles stripped as [`names::tokens`] strips them, is not a title.
fn names_someone(speaker: &str) -> bool {
    names::tokens(speaker).last().is_some_and(|w| !names::is_title(w))
}

/// Adds a name unless it is already there as the same person; a fuller
/// form of a name already there replaces it.
fn add_name(names: &mut Vec<String>, name: &str) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    match names.iter_mut().find(|n| names::same_person(n, name)) {
        Some(n) => {
            if names::tokens(name).len() > names::tokens(n).len() {
                *n = name.to_string();
            }
        }
        None => names.push(name.to_string()),
    }
}

/// The keys of the source words a candidate's reading covers.
fn window_keys(c: &Candidate) -> Vec<&str> {
    let (a, b) = c.reading.window;
    c.src.words[a as usize..(b as usize).min(c.src.words.len())]
        .iter()
        .map(|w| w.key.as_str())
        .collect()
}

/// Dated before undated, then by date.
fn date_order(a: Option<Date>, b: Option<Date>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

fn plural(n: usize, what: &str) -> String {
    match (n, what) {
        (1, _) => format!("1 {what}"),
        (_, "ellipsis") => format!("{n} ellipses"),
        _ => format!("{n} {what}s"),
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, Option<String>, Sep)> {
        let records = crate::synth::tiny_records();
        let index = CorpusIndex::build(&records, &AlignConfig::default());
        words_of(text, &index)
            .0
            .into_iter()
            .map(|w| (w.key, w.alt, w.sep))
            .collect()
    }

    #[test]
    fn glued_brackets_change_their_word() {
        let k = keys("[T]he pact call[ed] for [Kim] to act");
        assert_eq!(k[0], ("the".into(), Some("he".into()), Sep::None));
        assert_eq!(k[2], ("called".into(), Some("call".into()), Sep::None));
        // A free-standing bracket is a separator before the next word.
        assert_eq!(k[4], ("to".into(), None, Sep::Bracket));
    }

    #[test]
    fn bracketed_ellipses_are_ellipses() {
        let k = keys("we will [...] win and (…) prevail");
        assert_eq!(k[2].2, Sep::Ellipsis);
        assert_eq!(k[4].2, Sep::Ellipsis);
    }

    #[test]
    fn verdict_names_round_trip() {
        for v in Verdict::ALL {
            assert_eq!(v.as_str().parse::<Verdict>(), Ok(v));
            let json = serde_json::to_string(&v).unwrap();
            assert_eq!(json, format!("\"{}\"", v.as_str()));
        }
        assert!(Verdict::NotFound.fails_by_default() && !Verdict::Truncated.fails_by_default());
    }
}
