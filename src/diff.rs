//! Word-level diffs between two wordings of one utterance, classified for editors.
//!
//! [`word_diff`] compares a *reference* wording (`old`: a family's canonical
//! quote, or the source a draft cites) with a *variant* (`new`: another
//! outlet's quote, or the draft). It works in three passes, as difftastic
//! separates a correct diff from a readable one:
//!
//! 1. **Diff the match keys.** Both texts are [`tokenize`]d and `similar`'s
//!    Myers diff runs over the tokens' keys, so `Comrade`/`comrade`,
//!    `people’s`/`people's` and `Jong-un`/`Jong Un` are the same words, while
//!    every op still carries byte ranges into the printed texts.
//! 2. **Find the window.** A variant usually quotes part of the reference. The
//!    diff covers only the words of `old` the variant spans ("words 13-16 of
//!    64"), never sixty deleted words. A stray match at an edge (the `will` of
//!    "they will achieve" matched twenty words earlier in the reference) is
//!    dropped when calling it inserted changes fewer words than keeping it.
//!    The variant's own words at an edge replace the reference's words
//!    beside them when those start or end a clause, or are the same words
//!    respelled (`not yet beaten,` for `not yet defeated, and ...`); a
//!    bracket opening the variant replaces the start of its clause
//!    (`[The bank is] prepared` for `... We are prepared`).
//! 3. **Make it readable.** Equal keys printed differently become
//!    [`ChangeClass::Typographic`] ops; changes grow to whole hyphenated
//!    words; editorial marks beside a changed word split off it; two wording
//!    changes one or two unchanged words apart merge into one replacement;
//!    within-word emphasis is given only when the two sides are
//!    near-identical (as delta does for lines).
//!
//! Each change has a class: *typographic* (case, punctuation, quote marks,
//! apostrophes, hyphenation and compounding), *spelling* (the same word
//! spelled the British or the American way, [`respelled`]), *editorial*
//! (bracketed insertions, `[sic]`, ellipses, parenthetical glosses, a word
//! replaced by a bracket or an ellipsis) or *wording* (words inserted,
//! dropped or substituted without a mark).
//!
//! ```
//! use quotecheck::diff::{word_diff, ChangeClass, OpKind};
//! let d = word_diff(
//!     "offering best wishes on behalf of himself, the Korean people",
//!     "best wishes in the name of his own, the Korean people",
//! );
//! let changes: Vec<_> = d.ops.iter().filter(|op| op.kind != OpKind::Equal).collect();
//! assert_eq!(changes.len(), 1);
//! assert_eq!(changes[0].old_text, "on behalf of himself,");
//! assert_eq!(changes[0].new_text, "in the name of his own,");
//! assert_eq!(changes[0].class, Some(ChangeClass::Wording));
//! assert_eq!(d.window.to_string(), "words 2-10 of 10");
//! ```

use crate::normalize::{Token, TokenKind, tokenize};
use serde::{Deserialize, Serialize};
use similar::{Algorithm, DiffTag, capture_diff_slices};
use std::fmt;
use std::ops::Range;

/// What kind of change an op is, from least to most significant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangeClass {
    /// Case, punctuation, quote marks, apostrophes, hyphenation: the same words.
    Typographic,
    /// The same word spelled another way: British and American spellings
    /// (`labour` / `labor`, `programme` / `program`, `recognise` /
    /// `recognize`, `defence` / `defense`), as [`respelled`] tells them.
    Spelling,
    /// An editor's mark: a bracketed insertion, `[sic]`, an ellipsis, a
    /// parenthetical gloss, or words replaced by one of those.
    Editorial,
    /// Words inserted, dropped or substituted without a mark.
    Wording,
    /// A change of words that replaces a figure with another: `785` for
    /// `758`, `3 million` for `4 million`, `three` for `four`, `38.5%` for
    /// `35.8 percent`. The gravest change for a fact-checker, so a class of
    /// its own (it was `wording` before the class existed). Words added or
    /// dropped are `wording`, figures among them or not.
    Number,
}

impl ChangeClass {
    /// All classes, most significant first (the order reports list them in).
    pub const ALL: [ChangeClass; 5] = [
        ChangeClass::Number,
        ChangeClass::Wording,
        ChangeClass::Editorial,
        ChangeClass::Spelling,
        ChangeClass::Typographic,
    ];

    /// The class's name as serialized: `typographic`, `spelling`,
    /// `editorial`, `wording`, `number`.
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeClass::Typographic => "typographic",
            ChangeClass::Spelling => "spelling",
            ChangeClass::Editorial => "editorial",
            ChangeClass::Wording => "wording",
            ChangeClass::Number => "number",
        }
    }
}

impl fmt::Display for ChangeClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The shape of an op, as in `similar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OpKind {
    /// The same words, printed the same way (whitespace aside).
    Equal,
    /// Only in `new`.
    Insert,
    /// Only in `old`.
    Delete,
    /// `old`'s part replaced by `new`'s.
    Replace,
}

/// Which of the two texts a range refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The reference wording.
    Old,
    /// The variant.
    New,
}

/// Characters to emphasise inside a replacement of near-identical words
/// (`Year` -> `Year’s` emphasises `’s`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Emphasis {
    /// The text the range is in.
    pub side: Side,
    /// Byte range in that whole text (like [`DiffOp::old`] and [`DiffOp::new`]).
    pub range: Range<usize>,
}

/// One step of a diff. The ops of a [`WordDiff`] partition both windows:
/// concatenating `old_text` (or `new_text`) over all ops gives
/// `old[window.old]` (or `new[window.new]`) exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// Equal, insert, delete or replace.
    pub kind: OpKind,
    /// The change's class; `None` for [`OpKind::Equal`].
    pub class: Option<ChangeClass>,
    /// Byte range in `old`.
    pub old: Range<usize>,
    /// Byte range in `new`.
    pub new: Range<usize>,
    /// `old[self.old]`.
    pub old_text: String,
    /// `new[self.new]`.
    pub new_text: String,
    /// Within-word emphasis, only for near-identical sides.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emphasis: Vec<Emphasis>,
}

/// The part of `old` that `new` covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    /// 0-based printed words of `old` in the window (a hyphenated compound
    /// is one word); `13..16` is shown as "words 14-16".
    pub words: Range<usize>,
    /// Printed words in all of `old`.
    pub total_words: usize,
    /// Byte range of the window in `old`.
    pub old: Range<usize>,
    /// Byte range of `new` the ops cover (its words, without outer whitespace).
    pub new: Range<usize>,
}

impl Window {
    /// True when the window covers every word of `old`.
    pub fn is_whole(&self) -> bool {
        self.words.start == 0 && self.words.end >= self.total_words
    }

    /// True when words of `old` precede the window.
    pub fn elided_before(&self) -> bool {
        self.words.start > 0
    }

    /// True when words of `old` follow the window.
    pub fn elided_after(&self) -> bool {
        self.words.end < self.total_words
    }
}

impl fmt::Display for Window {
    /// `words 14-16 of 64`, `word 3 of 64`, `all 64 words`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.words.is_empty() {
            write!(f, "no words of {}", self.total_words)
        } else if self.is_whole() {
            write!(f, "all {} words", self.total_words)
        } else if self.words.len() == 1 {
            write!(f, "word {} of {}", self.words.start + 1, self.total_words)
        } else {
            write!(
                f,
                "words {}-{} of {}",
                self.words.start + 1,
                self.words.end,
                self.total_words
            )
        }
    }
}

/// How many changes of each class a diff has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffCounts {
    /// Typographic ops.
    pub typographic: usize,
    /// Spelling ops (absent from JSON written before the class existed).
    #[serde(default)]
    pub spelling: usize,
    /// Editorial ops.
    pub editorial: usize,
    /// Wording ops.
    pub wording: usize,
    /// Number ops: changed figures (absent from JSON written before the
    /// class existed, when they counted under `wording`).
    #[serde(default)]
    pub number: usize,
    /// Words touched by wording ops (per op, the larger side's word count):
    /// the weight reports sort by.
    pub wording_words: usize,
}

impl DiffCounts {
    /// The count of one class.
    pub fn get(&self, class: ChangeClass) -> usize {
        match class {
            ChangeClass::Typographic => self.typographic,
            ChangeClass::Spelling => self.spelling,
            ChangeClass::Editorial => self.editorial,
            ChangeClass::Wording => self.wording,
            ChangeClass::Number => self.number,
        }
    }

    /// Adds another diff's counts.
    pub fn add(&mut self, other: &DiffCounts) {
        self.typographic += other.typographic;
        self.spelling += other.spelling;
        self.editorial += other.editorial;
        self.wording += other.wording;
        self.number += other.number;
        self.wording_words += other.wording_words;
    }

    /// True when there is no change of any class.
    pub fn is_empty(&self) -> bool {
        self.typographic + self.spelling + self.editorial + self.wording + self.number == 0
    }
}

/// A word-level diff of a variant against a reference wording.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordDiff {
    /// The ops, in text order, partitioning both windows.
    pub ops: Vec<DiffOp>,
    /// The part of `old` the variant covers.
    pub window: Window,
    /// Changes per class.
    pub counts: DiffCounts,
}

/// Readability settings of [`word_diff_with`].
#[derive(Debug, Clone, PartialEq)]
pub struct DiffOptions {
    /// Two wording changes separated by at most this many unchanged words
    /// merge into one replacement (when no fewer words change on each side).
    pub merge_gap: usize,
    /// Lowest normalized Levenshtein similarity of a replacement's two sides
    /// for within-word emphasis; below it the sides are shown whole.
    pub min_emphasis_similarity: f64,
    /// Longest side, in characters, given within-word emphasis.
    pub max_emphasis_chars: usize,
    /// Most printed words on either side of a replacement given within-word
    /// emphasis. Emphasis is for near-identical *words*: not for phrases that
    /// share many letters, nor for brackets and ellipses
    /// (`DPRK (Democratic ...)` / `[Democratic ...]` is shown whole).
    pub max_emphasis_words: usize,
}

impl Default for DiffOptions {
    fn default() -> Self {
        DiffOptions {
            merge_gap: 2,
            min_emphasis_similarity: 0.5,
            max_emphasis_chars: 80,
            max_emphasis_words: 3,
        }
    }
}

/// Diffs `new` (a variant) against `old` (the reference), with default options.
///
/// ```
/// use quotecheck::diff::{word_diff, ChangeClass};
/// let d = word_diff(
///     "The respected Comrade Kim Jong-un extended the warm New Year greetings",
///     "comrade Kim Jong Un extended warm New Year’s greetings",
/// );
/// assert_eq!(d.window.to_string(), "words 3-11 of 11");
/// let shown: Vec<(&str, &str, ChangeClass)> =
///     d.ops.iter().filter_map(|o| Some((o.old_text.as_str(), o.new_text.as_str(), o.class?))).collect();
/// assert_eq!(shown, [
///     ("Comrade", "comrade", ChangeClass::Typographic),
///     ("Jong-un", "Jong Un", ChangeClass::Typographic),
///     ("the", "", ChangeClass::Wording),
///     ("Year", "Year’s", ChangeClass::Wording),
/// ]);
/// ```
pub fn word_diff(old: &str, new: &str) -> WordDiff {
    word_diff_with(old, new, &DiffOptions::default())
}

/// Diffs `new` against `old` with explicit options. Never panics; the work
/// is that of `similar`'s Myers diff over the two texts' tokens.
///
/// ```
/// use quotecheck::diff::{word_diff_with, ChangeClass, DiffOptions};
/// let d = word_diff_with(
///     "building powerful nation in the two countries",
///     "building powerful nation [sic] in the two countries",
///     &DiffOptions::default(),
/// );
/// assert_eq!(d.counts.editorial, 1);
/// assert_eq!(d.counts.wording, 0);
/// ```
pub fn word_diff_with(old: &str, new: &str, opts: &DiffOptions) -> WordDiff {
    let o = Side_::new(old);
    let n = Side_::new(new);
    let (items, win) = key_items(&o, &n);
    let window_words = o.word_range(win.clone());
    let window = |old_bytes: Range<usize>, new_bytes: Range<usize>| Window {
        words: window_words.clone(),
        total_words: o.total_words,
        old: old_bytes,
        new: new_bytes,
    };
    if items.is_empty() {
        let at = o.toks.get(win.start).map_or(0, |_| o.disp[win.start].0);
        return WordDiff {
            ops: Vec::new(),
            window: window(at..at, 0..0),
            counts: DiffCounts::default(),
        };
    }
    let specs = readable_specs(&o, &n, &items, opts);
    let ops = layout(&o, &n, &specs, opts);
    let old_bytes = ops.first().map_or(0, |x| x.old.start)..ops.last().map_or(0, |x| x.old.end);
    let new_bytes = ops.first().map_or(0, |x| x.new.start)..ops.last().map_or(0, |x| x.new.end);
    let mut counts = DiffCounts::default();
    for (op, spec) in ops.iter().zip(specs_for_counts(&ops, &specs)) {
        match op.class {
            Some(ChangeClass::Typographic) => counts.typographic += 1,
            Some(ChangeClass::Spelling) => counts.spelling += 1,
            Some(ChangeClass::Editorial) => counts.editorial += 1,
            Some(ChangeClass::Wording) => {
                counts.wording += 1;
                counts.wording_words += o.word_count(spec.0.clone()).max(n.word_count(spec.1.clone()));
            }
            Some(ChangeClass::Number) => counts.number += 1,
            None => {}
        }
    }
    WordDiff {
        ops,
        window: window(old_bytes, new_bytes),
        counts,
    }
}

impl WordDiff {
    /// True when `new` prints `old`'s window with no change of any class.
    pub fn is_unchanged(&self) -> bool {
        self.counts.is_empty()
    }

    /// The diff as display spans: equal text once (in the variant's
    /// characters, whitespace collapsed to single spaces), and each change
    /// as a deleted span then an inserted span, with emphasis split out.
    /// Renderers print these as they come.
    ///
    /// ```
    /// use quotecheck::diff::{word_diff, SpanKind};
    /// let spans = word_diff("a b c", "a c").inline();
    /// let shown: Vec<(SpanKind, String)> = spans.iter().map(|s| (s.kind, s.text())).collect();
    /// assert_eq!(shown, [(SpanKind::Same, "a ".into()), (SpanKind::Deleted, "b".into()), (SpanKind::Same, " c".into())]);
    /// ```
    pub fn inline(&self) -> Vec<InlineSpan> {
        let mut out = Vec::with_capacity(self.ops.len() + 4);
        for op in &self.ops {
            match op.kind {
                OpKind::Equal => {
                    let lead =
                        op.old_text.starts_with(char::is_whitespace) || op.new_text.starts_with(char::is_whitespace);
                    let trail =
                        op.old_text.ends_with(char::is_whitespace) || op.new_text.ends_with(char::is_whitespace);
                    let core: Vec<&str> = op.new_text.split_whitespace().collect();
                    let mut text = String::new();
                    if lead {
                        text.push(' ');
                    }
                    text.push_str(&core.join(" "));
                    if trail && !core.is_empty() {
                        text.push(' ');
                    }
                    out.push(InlineSpan {
                        kind: SpanKind::Same,
                        class: None,
                        pieces: vec![Piece { text, emphasis: false }],
                    });
                }
                _ => {
                    if !op.old.is_empty() {
                        out.push(InlineSpan {
                            kind: SpanKind::Deleted,
                            class: op.class,
                            pieces: pieces(&op.old_text, op.old.start, op, Side::Old),
                        });
                    }
                    if !op.new.is_empty() {
                        out.push(InlineSpan {
                            kind: SpanKind::Inserted,
                            class: op.class,
                            pieces: pieces(&op.new_text, op.new.start, op, Side::New),
                        });
                    }
                }
            }
        }
        out
    }
}

/// What a display span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpanKind {
    /// Text both sides print the same way.
    Same,
    /// Text only the reference prints.
    Deleted,
    /// Text only the variant prints.
    Inserted,
}

/// A run of display text, emphasised or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    /// The characters (line breaks shown as spaces).
    pub text: String,
    /// Part of a within-word change.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub emphasis: bool,
}

/// One span of [`WordDiff::inline`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InlineSpan {
    /// Same, deleted or inserted.
    pub kind: SpanKind,
    /// The change's class (`None` for same text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<ChangeClass>,
    /// The text, in pieces that are emphasised or not.
    pub pieces: Vec<Piece>,
}

impl InlineSpan {
    /// The span's whole text.
    pub fn text(&self) -> String {
        self.pieces.iter().map(|p| p.text.as_str()).collect()
    }
}

/// Splits an op's side into emphasised and plain pieces; line breaks become spaces.
fn pieces(text: &str, base: usize, op: &DiffOp, side: Side) -> Vec<Piece> {
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let mut out = Vec::new();
    let mut at = 0;
    for e in op.emphasis.iter().filter(|e| e.side == side) {
        let (s, t) = (e.range.start - base, e.range.end - base);
        if s > at {
            out.push(Piece {
                text: flat(&text[at..s]),
                emphasis: false,
            });
        }
        out.push(Piece {
            text: flat(&text[s..t]),
            emphasis: true,
        });
        at = t;
    }
    if at < text.len() || out.is_empty() {
        out.push(Piece {
            text: flat(&text[at..]),
            emphasis: false,
        });
    }
    out
}

/// [`word_diff`] of `new` against the part `within` of `old` (a byte range
/// on word boundaries), in `old`'s coordinates. For a caller that knows
/// which occurrence of the words `new` quotes (verify's path): Myers over
/// all of `old` may match a repeated word (`victory`) far from the rest and
/// then trim it away as a stray edge match.
///
/// ```
/// use quotecheck::diff::word_diff_within;
/// let old = "the first year of war victory when they achieve a great victory.";
/// let d = word_diff_within(old, 0..28, "the first year of victory");
/// assert_eq!(d.window.to_string(), "words 1-6 of 12");
/// assert_eq!(d.counts.wording, 1);
/// let changed: Vec<&str> = d.ops.iter().filter(|o| o.class.is_some()).map(|o| o.old_text.trim()).collect();
/// assert_eq!(changed, ["war"]);
/// ```
pub fn word_diff_within(old: &str, within: Range<usize>, new: &str) -> WordDiff {
    let within = within.start.min(old.len())..within.end.clamp(within.start.min(old.len()), old.len());
    if !old.is_char_boundary(within.start) || !old.is_char_boundary(within.end) {
        return word_diff(old, new);
    }
    let within = bracket_clause(old, within, new);
    // Widened to white space, so that punctuation attached to the first and
    // last words (`comrade,`) is compared as in a whole-text diff.
    let start = old[..within.start].rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let end = old[within.end..]
        .find(char::is_whitespace)
        .map_or(old.len(), |i| within.end + i);
    let within = start..end;
    let mut d = word_diff(&old[within.clone()], new);
    let shift = within.start;
    let words_before = printed_words(&old[..shift]);
    for op in &mut d.ops {
        op.old = op.old.start + shift..op.old.end + shift;
        for e in &mut op.emphasis {
            if e.side == Side::Old {
                e.range = e.range.start + shift..e.range.end + shift;
            }
        }
    }
    d.window.old = d.window.old.start + shift..d.window.old.end + shift;
    d.window.words = d.window.words.start + words_before..d.window.words.end + words_before;
    d.window.total_words = printed_words(old);
    d
}

/// `within` started earlier, at the start of its clause in `old`, when
/// `new` opens with a bracket: the bracket stands for the words it replaces
/// there (`[The bank] will` for `We will`), and a bracket `old` prints there
/// itself is then compared, not dropped. See [`Side_::clause_start`].
fn bracket_clause(old: &str, within: Range<usize>, new: &str) -> Range<usize> {
    let opens_with_bracket = tokenize(new).first().is_some_and(|t| t.kind == TokenKind::Editorial);
    if !opens_with_bracket {
        return within;
    }
    let o = Side_::new(old);
    let Some(at) = o.toks.iter().position(|t| t.outer_end as usize > within.start) else {
        return within;
    };
    match o.clause_start(at) {
        Some(k) => (o.toks[k].outer_start as usize).min(within.start)..within.end,
        None => within,
    }
}

/// Printed words in a text, as [`Window::total_words`] counts them: a
/// hyphenated compound is one word; brackets and ellipses are none.
///
/// ```
/// assert_eq!(quotecheck::diff::printed_words("Kim Jong-un [sic] said ... it"), 4);
/// ```
pub fn printed_words(text: &str) -> usize {
    Side_::new(text).total_words
}

/// One text's tokens with what the diff needs about them.
struct Side_<'a> {
    text: &'a str,
    toks: Vec<Token>,
    /// Display span per token: from its outer start to just before the
    /// whitespace preceding the next token (stray punctuation such as a
    /// spaced em dash stays with the word before it).
    disp: Vec<(usize, usize)>,
    /// Printed word number per token (compound parts share one); for
    /// non-words, the number of the next word.
    word_no: Vec<usize>,
    /// Compound id per token: tokens joined by hyphens share one.
    compound: Vec<usize>,
    total_words: usize,
}

impl<'a> Side_<'a> {
    fn new(text: &'a str) -> Self {
        let toks = tokenize(text);
        let mut disp = Vec::with_capacity(toks.len());
        for (k, t) in toks.iter().enumerate() {
            let limit = toks.get(k + 1).map_or(text.len(), |x| x.outer_start as usize);
            let start = t.outer_start as usize;
            let end = start
                .max(t.outer_end as usize)
                .max(start + text[start..limit].trim_end().len());
            disp.push((start, end.min(limit.max(t.outer_end as usize))));
        }
        let mut word_no = Vec::with_capacity(toks.len());
        let mut compound = Vec::with_capacity(toks.len());
        let mut words = 0usize;
        let mut comp = 0usize;
        let mut joined = false;
        for t in &toks {
            if !joined {
                comp += 1;
            }
            compound.push(comp);
            if t.is_word() {
                if !joined {
                    words += 1;
                }
                word_no.push(words - 1);
            } else {
                word_no.push(words);
            }
            joined = t.is_word() && t.hyphen_after;
        }
        Side_ {
            text,
            toks,
            disp,
            word_no,
            compound,
            total_words: words,
        }
    }

    fn key(&self, k: usize) -> (TokenKind, &str) {
        (self.toks[k].kind, self.toks[k].key.as_str())
    }

    /// The printed form of a token, whitespace collapsed, for typographic comparison.
    fn surface(&self, k: usize) -> String {
        let (s, e) = self.disp[k];
        let mut out = String::with_capacity(e - s);
        for (i, w) in self.text[s..e].split_whitespace().enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
        // A hyphen joining this token to the next belongs to its surface.
        if self.toks[k].hyphen_after {
            let next = self.toks.get(k + 1).map_or(e, |t| t.outer_start as usize);
            out.push_str(&self.text[e.min(next)..next]);
        }
        out
    }

    /// Word tokens among tokens `r` (each part of a compound counts).
    fn words_in(&self, r: Range<usize>) -> usize {
        r.filter(|&k| self.toks[k].is_word()).count()
    }

    /// True when token `k` ends a clause: an ellipsis, or a word followed by
    /// `,` `;` `:` `.` `!` or `?`.
    fn ends_clause(&self, k: usize) -> bool {
        let t = &self.toks[k];
        t.kind == TokenKind::Gap
            || t.is_word() && self.text[t.end as usize..t.outer_end as usize].contains([',', ';', ':', '.', '!', '?'])
    }

    /// The first token of the clause that token `at` stands in, when the
    /// clause starts before `at` and holds at most [`MAX_BRACKET_WORDS`]
    /// printed words before it.
    fn clause_start(&self, at: usize) -> Option<usize> {
        let mut start = at.min(self.toks.len());
        while start > 0 && !self.ends_clause(start - 1) {
            start -= 1;
        }
        (start < at && self.word_count(start..at) <= MAX_BRACKET_WORDS).then_some(start)
    }

    /// Printed words among tokens `r`.
    fn word_count(&self, r: Range<usize>) -> usize {
        let mut n = 0;
        let mut last = usize::MAX;
        for k in r {
            if self.toks[k].is_word() && self.word_no[k] != last {
                n += 1;
                last = self.word_no[k];
            }
        }
        n
    }

    /// Printed word numbers covered by tokens `r`.
    fn word_range(&self, r: Range<usize>) -> Range<usize> {
        let r_start = r.start;
        let words: Vec<usize> = r.filter(|&k| self.toks[k].is_word()).map(|k| self.word_no[k]).collect();
        match (words.first(), words.last()) {
            (Some(&a), Some(&b)) => a..b + 1,
            _ => {
                let at = self.word_no.get(r_start).copied().unwrap_or(self.total_words);
                at..at
            }
        }
    }
}

/// A token-level step before readability passes.
#[derive(Debug, Clone)]
enum Item {
    /// Tokens with equal keys.
    Eq(usize, usize),
    /// Tokens of `old` replaced by tokens of `new` (either may be empty).
    Chg(Range<usize>, Range<usize>),
}

/// How an item differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Dirt {
    Clean,
    Typo,
    Key,
}

/// Pass 1 and 2: the key diff as items over the window, and the window's
/// token range in `old`.
fn key_items(o: &Side_<'_>, n: &Side_<'_>) -> (Vec<Item>, Range<usize>) {
    let (no, nn) = (o.toks.len(), n.toks.len());
    if nn == 0 {
        return (Vec::new(), 0..0);
    }
    if no == 0 {
        return (vec![Item::Chg(0..0, 0..nn)], 0..0);
    }
    let ok: Vec<(TokenKind, &str)> = (0..no).map(|k| o.key(k)).collect();
    let nk: Vec<(TokenKind, &str)> = (0..nn).map(|k| n.key(k)).collect();
    let runs: Vec<(DiffTag, Range<usize>, Range<usize>)> = capture_diff_slices(Algorithm::Myers, &ok, &nk)
        .iter()
        .map(|op| op.as_tag_tuple())
        .collect();
    let eqs: Vec<usize> = (0..runs.len()).filter(|&i| runs[i].0 == DiffTag::Equal).collect();
    if eqs.is_empty() {
        return (vec![Item::Chg(0..no, 0..nn)], 0..no);
    }
    // Drop stray edge matches: keep an edge run only if calling it inserted
    // would change no fewer words than the deletion it forces, or if the
    // variant marks the omission with an ellipsis, or the words with a
    // bracket standing for them (`We [will] raise` for `We will not raise`:
    // the bracket replaces `will not`, as verify reads it).
    let (mut fa, mut la) = (0usize, eqs.len() - 1);
    let keep = |run: usize, between: (Range<usize>, Range<usize>)| -> bool {
        let bracket = between.1.clone().any(|k| n.toks[k].kind == TokenKind::Editorial)
            && o.words_in(between.0.clone()) <= MAX_BRACKET_WORDS;
        let marked = bracket
            || between.1.clone().any(|k| n.toks[k].kind == TokenKind::Gap)
            || between.0.clone().any(|k| o.toks[k].kind == TokenKind::Gap);
        marked || runs[run].1.len() >= between.0.len()
    };
    loop {
        let mut changed = false;
        if fa < la {
            let (a, b) = (eqs[fa], eqs[fa + 1]);
            let between = (runs[a].1.end..runs[b].1.start, runs[a].2.end..runs[b].2.start);
            if !keep(a, between) {
                fa += 1;
                changed = true;
            }
        }
        if fa < la {
            let (a, b) = (eqs[la - 1], eqs[la]);
            let between = (runs[a].1.end..runs[b].1.start, runs[a].2.end..runs[b].2.start);
            if !keep(b, between) {
                la -= 1;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let (first, last) = (eqs[fa], eqs[la]);
    // Slide the window over words the variant shares just outside it: Myers
    // may have matched a repeated word (`warm`, `to`) at its first occurrence,
    // and the trim above let it go.
    let (mut lo_o, mut lo_n) = (runs[first].1.start, runs[first].2.start);
    while lo_o > 0 && lo_n > 0 && ok[lo_o - 1] == nk[lo_n - 1] {
        lo_o -= 1;
        lo_n -= 1;
    }
    let (mut hi_o, mut hi_n) = (runs[last].1.end, runs[last].2.end);
    while hi_o < no && hi_n < nn && ok[hi_o] == nk[hi_n] {
        hi_o += 1;
        hi_n += 1;
    }
    let mut win = lo_o..hi_o;
    // Words before the window on both sides replace each other when both
    // texts start there (`he said` / `[Kim] said`, `Less [sic]` / `Fewer`);
    // when `old` has more of them, the variant merely starts later and its
    // extra words are inserted.
    let no_more = |a: Range<usize>, b: Range<usize>| a.len() <= b.len() || o.words_in(a) <= n.words_in(b);
    if lo_n > 0 && no_more(0..lo_o, 0..lo_n) {
        win.start = 0;
    }
    if nn > hi_n && no_more(hi_o..no, hi_n..nn) {
        win.end = no;
    }
    // Words the variant moved rather than cut: source words just outside the
    // window whose keys the variant inserted inside it ("dearest comrade and
    // friend" for "dearest friend and comrade") belong to the window, so the
    // swap reads as a replacement and not as an insertion.
    let mut inserted: Vec<&str> = runs[first..=last]
        .iter()
        .filter(|(tag, _, _)| *tag != DiffTag::Equal)
        .flat_map(|(_, _, nr)| nr.clone())
        .chain(0..lo_n)
        .chain(hi_n..nn)
        .filter(|&j| nk[j].0 == TokenKind::Word)
        .map(|j| nk[j].1)
        .collect();
    let take = |k: usize, inserted: &mut Vec<&str>| match inserted.iter().position(|&key| key == ok[k].1) {
        Some(p) if ok[k].0 == TokenKind::Word => {
            inserted.swap_remove(p);
            true
        }
        _ => false,
    };
    while win.end < no && take(win.end, &mut inserted) {
        win.end += 1;
    }
    while win.start > 0 && take(win.start - 1, &mut inserted) {
        win.start -= 1;
    }
    // The variant's edge words compounded otherwise than the source's just
    // outside the window (`neonazism` for `neo-Nazism`): the same letters,
    // so those source words belong to the window too.
    let letters = |keys: &mut dyn Iterator<Item = usize>, side: &[(TokenKind, &str)]| -> String {
        keys.filter(|&k| side[k].0 == TokenKind::Word)
            .map(|k| side[k].1)
            .collect()
    };
    let tail = letters(&mut (hi_n..nn), &nk);
    if win.end == hi_o && !tail.is_empty() {
        let mut acc = String::new();
        for (k, &(kind, key)) in ok.iter().enumerate().skip(hi_o) {
            if kind != TokenKind::Word {
                break;
            }
            acc.push_str(key);
            if acc == tail {
                win.end = k + 1;
            }
            if acc.len() >= tail.len() {
                break;
            }
        }
    }
    let head = letters(&mut (0..lo_n), &nk);
    if win.start == lo_o && !head.is_empty() {
        let mut acc = String::new();
        for k in (0..lo_o).rev() {
            if ok[k].0 != TokenKind::Word {
                break;
            }
            acc.insert_str(0, ok[k].1);
            if acc == head {
                win.start = k;
            }
            if acc.len() >= head.len() {
                break;
            }
        }
    }
    if win.start == lo_o {
        win.start = replaced_before(o, n, lo_o, lo_n).unwrap_or(win.start);
    }
    if win.end == hi_o {
        win.end = replaced_after(o, n, hi_o, hi_n).unwrap_or(win.end);
    }
    let mut items = Vec::new();
    if lo_n > 0 || win.start < lo_o {
        items.push(Item::Chg(win.start..lo_o, 0..lo_n));
    }
    items.extend(
        (lo_o..runs[first].1.start)
            .zip(lo_n..runs[first].2.start)
            .map(|(i, j)| Item::Eq(i, j)),
    );
    for (tag, or, nr) in &runs[first..=last] {
        if *tag == DiffTag::Equal {
            items.extend(or.clone().zip(nr.clone()).map(|(i, j)| Item::Eq(i, j)));
        } else {
            items.push(Item::Chg(or.clone(), nr.clone()));
        }
    }
    items.extend(
        (runs[last].1.end..hi_o)
            .zip(runs[last].2.end..hi_n)
            .map(|(i, j)| Item::Eq(i, j)),
    );
    if hi_n < nn || win.end > hi_o {
        items.push(Item::Chg(hi_o..win.end, hi_n..nn));
    }
    (items, win)
}

/// Most words of `old` that the variant's own first or last words (outside
/// the matched words) are read as replacing: beyond that they are added.
const MAX_EDGE_SUBSTITUTION: usize = 3;

/// Most printed words of `old` that a bracket opening the variant stands
/// for, as `verify` lets a bracket stand for (`VerifyConfig::max_bracket_words`).
const MAX_BRACKET_WORDS: usize = 6;

/// Where the window starts when the variant's first tokens (`0..lo_n`, before
/// its first matched token) take the place of `old`'s tokens just before
/// `lo_o`, rather than being added before a later start. `None` to keep `lo_o`.
///
/// - A bracket opening the variant stands for the start of `old`'s clause:
///   `[The bank is] prepared` for `... too high. We are prepared` replaces
///   `We are` (a clause of at most [`MAX_BRACKET_WORDS`]).
/// - Words opening the variant replace as many words of `old` when those
///   start a clause (`salaries fell` for `rose sharply, wages fell`) or are
///   the same words respelled; `they will achieve` for `people defeat
///   neo-Nazism and achieve` is words added.
fn replaced_before(o: &Side_<'_>, n: &Side_<'_>, lo_o: usize, lo_n: usize) -> Option<usize> {
    if lo_n == 0 || lo_o == 0 {
        return None;
    }
    if (0..lo_n).all(|j| n.toks[j].kind == TokenKind::Editorial) {
        return o.clause_start(lo_o);
    }
    let start = lo_o.checked_sub(lo_n)?;
    let clause = start == 0 || o.ends_clause(start - 1);
    edge_substitution(o, n, start..lo_o, 0..lo_n, clause).then_some(start)
}

/// Where the window ends when the variant's last tokens (`hi_n..`, after
/// its last matched token) take the place of `old`'s tokens from `hi_o`:
/// `not yet beaten,` for `not yet defeated, and the labour market ...`
/// replaces `defeated,`, which ends a clause as `beaten,` ends the variant.
/// `None` to keep `hi_o`. The mirror of [`replaced_before`] for words.
fn replaced_after(o: &Side_<'_>, n: &Side_<'_>, hi_o: usize, hi_n: usize) -> Option<usize> {
    let k = n.toks.len().checked_sub(hi_n).filter(|&k| k > 0)?;
    let end = hi_o + k;
    if end > o.toks.len() {
        return None;
    }
    let clause = o.ends_clause(end - 1);
    edge_substitution(o, n, hi_o..end, hi_n..n.toks.len(), clause).then_some(end)
}

/// Whether tokens `b` of the variant, at the edge of its window, replace
/// tokens `a` of `old` beside it: a few words each side, in one piece
/// (no compound cut), and either at a clause boundary of `old` or the same
/// words respelled.
fn edge_substitution(o: &Side_<'_>, n: &Side_<'_>, a: Range<usize>, b: Range<usize>, clause: bool) -> bool {
    let words = |side: &Side_<'_>, r: &Range<usize>| r.clone().all(|k| side.toks[k].is_word());
    if a.len() != b.len() || b.len() > MAX_EDGE_SUBSTITUTION || !words(o, &a) || !words(n, &b) {
        return false;
    }
    // A compound of `old` is not cut by the window's edge.
    let joined = |k: usize| o.toks.get(k).is_some_and(|t| t.hyphen_after);
    if joined(a.end - 1) || a.start > 0 && joined(a.start - 1) {
        return false;
    }
    // A figure for a figure (`25,000 jobs` for `create 250,000 jobs`) is a
    // changed figure, wherever the variant starts.
    let figure_for_figure = a
        .clone()
        .zip(b.clone())
        .all(|(i, j)| is_figure(o.key(i).1) && is_figure(n.key(j).1));
    clause || figure_for_figure || a.zip(b).all(|(i, j)| respelled(o.key(i).1, n.key(j).1))
}

/// A group of items that becomes one op: token ranges on both sides.
#[derive(Debug, Clone)]
struct Spec {
    class: Option<ChangeClass>,
    old: Range<usize>,
    new: Range<usize>,
}

/// Pass 3: typographic differences, whole compounds, merged wording changes.
fn readable_specs(o: &Side_<'_>, n: &Side_<'_>, items: &[Item], opts: &DiffOptions) -> Vec<Spec> {
    let mut dirt: Vec<Dirt> = items
        .iter()
        .map(|it| match it {
            Item::Chg(..) => Dirt::Key,
            Item::Eq(i, j) if o.surface(*i) != n.surface(*j) => Dirt::Typo,
            Item::Eq(..) => Dirt::Clean,
        })
        .collect();
    // Whole compounds: a change touching part of `Jong-un` takes all of it.
    // Items are in text order on both sides, so the items touching one
    // compound are contiguous; the most significant dirt among them spreads.
    let item_of = |side: &Side_<'_>, old_side: bool| -> Vec<usize> {
        let mut v = vec![0; side.toks.len()];
        for (k, it) in items.iter().enumerate() {
            let r = match (it, old_side) {
                (Item::Eq(i, _), true) => *i..*i + 1,
                (Item::Eq(_, j), false) => *j..*j + 1,
                (Item::Chg(r, _), true) => r.clone(),
                (Item::Chg(_, r), false) => r.clone(),
            };
            for t in r {
                v[t] = k;
            }
        }
        v
    };
    let (old_in, new_in) = span_of(items, &(0..items.len()));
    let sides = [(o, item_of(o, true), old_in), (n, item_of(n, false), new_in)];
    loop {
        let mut changed = false;
        for (side, tok_item, toks_in) in &sides {
            let mut t = toks_in.start;
            while t < toks_in.end {
                let mut e = t + 1;
                while e < toks_in.end && side.compound[e] == side.compound[t] {
                    e += 1;
                }
                let (lo, hi) = (tok_item[t], tok_item[e - 1]);
                let max = dirt[lo..=hi].iter().copied().max().unwrap_or(Dirt::Clean);
                if max != Dirt::Clean {
                    for d in &mut dirt[lo..=hi] {
                        if *d < max {
                            *d = max;
                            changed = true;
                        }
                    }
                }
                t = e;
            }
        }
        if !changed {
            break;
        }
    }

    // Groups of consecutive items with the same dirt.
    let mut groups: Vec<(Dirt, Range<usize>)> = Vec::new();
    for (k, &d) in dirt.iter().enumerate() {
        match groups.last_mut() {
            Some((gd, r)) if *gd == d => r.end = k + 1,
            _ => groups.push((d, k..k + 1)),
        }
    }
    let toks = |r: &Range<usize>| -> (Range<usize>, Range<usize>) { span_of(items, r) };
    let involves_marks = |r: &Range<usize>| -> bool {
        let (a, b) = toks(r);
        a.clone().any(|k| !o.toks[k].is_word()) || b.clone().any(|k| !n.toks[k].is_word())
    };
    // A typographic change of a bracket or ellipsis next to a key change is
    // part of it (`DPRK (Democratic ...)` -> `[Democratic ...]`).
    let mut merged: Vec<(Dirt, Range<usize>)> = Vec::new();
    for g in groups {
        if let Some(prev) = merged.last_mut() {
            let absorbs = (prev.0 == Dirt::Key && g.0 == Dirt::Typo && involves_marks(&g.1))
                || (prev.0 == Dirt::Typo && g.0 == Dirt::Key && involves_marks(&prev.1));
            if absorbs {
                prev.0 = Dirt::Key;
                prev.1.end = g.1.end;
                continue;
            }
        }
        merged.push(g);
    }
    // From here on, groups are token ranges: editorial marks split off the
    // word changes they stand beside.
    let groups: Vec<Group> = merged
        .into_iter()
        .flat_map(|(dirt, r)| {
            let (old, new) = toks(&r);
            split_marks(o, n, Group { dirt, old, new })
        })
        .collect();
    let class_of = |g: &Group| (g.dirt != Dirt::Clean).then(|| classify(o, n, g.old.clone(), g.new.clone()));
    let classes: Vec<Option<ChangeClass>> = groups.iter().map(class_of).collect();
    // Wording changes one or two unchanged words apart become one replacement
    // ("on behalf of himself" -> "in the name of his own"), when no fewer
    // words change on each side than stay between them. Only unchanged or
    // typographic words lie between: a mark or a respelling between them
    // stays a change of its own class.
    let mut out: Vec<Group> = Vec::new();
    let mut k = 0;
    while k < groups.len() {
        let mut cur = groups[k].clone();
        let cur_wording = classes[k] == Some(ChangeClass::Wording);
        k += 1;
        if cur_wording {
            loop {
                // The next wording change, if at most `merge_gap` unchanged words away.
                let mut between_words = 0;
                let mut found = None;
                for j in k..groups.len().min(k + 2 * opts.merge_gap + 2) {
                    if classes[j] == Some(ChangeClass::Wording) {
                        found = Some(j);
                        break;
                    }
                    if groups[j].dirt == Dirt::Key {
                        break;
                    }
                    between_words += o.word_count(groups[j].old.clone());
                    if between_words > opts.merge_gap {
                        break;
                    }
                }
                let Some(j) = found else { break };
                let changed_old = o
                    .word_count(cur.old.start..groups[j].old.end)
                    .saturating_sub(between_words);
                let changed_new = n
                    .word_count(cur.new.start..groups[j].new.end)
                    .saturating_sub(between_words);
                if between_words > changed_old.min(changed_new) {
                    break;
                }
                cur.old.end = groups[j].old.end;
                cur.new.end = groups[j].new.end;
                k = j + 1;
            }
        }
        out.push(cur);
    }
    out.into_iter()
        .map(|g| Spec {
            class: class_of(&g),
            old: g.old,
            new: g.new,
        })
        .collect()
}

/// Consecutive tokens of both sides that become one op, before classing.
#[derive(Debug, Clone)]
struct Group {
    dirt: Dirt,
    old: Range<usize>,
    new: Range<usize>,
}

/// Splits the editorial marks (`[sic]`, `[the bank's]`, a parenthetical
/// gloss) at the edges of a word change off it, so that `Fewer` -> `Less
/// [sic]` reads as a word changed and a mark added, each with its own
/// class. A change of words into marks only (`he` -> `[Kim]`) is one
/// editorial change and stays whole.
///
/// The key diff puts a mark and a changed word beside it into one change
/// whenever the mark has no equal on the other side.
fn split_marks(o: &Side_<'_>, n: &Side_<'_>, g: Group) -> Vec<Group> {
    if g.dirt != Dirt::Key {
        return vec![g];
    }
    let mark = |side: &Side_<'_>, k: usize| side.toks[k].kind == TokenKind::Editorial;
    // Leading and trailing marks of one side's range.
    let edges = |side: &Side_<'_>, r: &Range<usize>| -> (usize, usize) {
        let lead = r.clone().take_while(|&k| mark(side, k)).count();
        let trail = r.clone().skip(lead).rev().take_while(|&k| mark(side, k)).count();
        (lead, trail)
    };
    let ((lead_o, trail_o), (lead_n, trail_n)) = (edges(o, &g.old), edges(n, &g.new));
    let core_o = g.old.start + lead_o..g.old.end - trail_o;
    let core_n = g.new.start + lead_n..g.new.end - trail_n;
    let has_word = |side: &Side_<'_>, r: &Range<usize>| r.clone().any(|k| side.toks[k].is_word());
    if lead_o + lead_n + trail_o + trail_n == 0 || !has_word(o, &core_o) || !has_word(n, &core_n) {
        return vec![g];
    }
    let part = |old: Range<usize>, new: Range<usize>| Group {
        dirt: Dirt::Key,
        old,
        new,
    };
    let mut out = Vec::with_capacity(3);
    if lead_o + lead_n > 0 {
        out.push(part(g.old.start..core_o.start, g.new.start..core_n.start));
    }
    out.push(part(core_o.clone(), core_n.clone()));
    if trail_o + trail_n > 0 {
        out.push(part(core_o.end..g.old.end, core_n.end..g.new.end));
    }
    out
}

/// Token ranges on both sides covered by items `r`.
fn span_of(items: &[Item], r: &Range<usize>) -> (Range<usize>, Range<usize>) {
    let mut a: Option<Range<usize>> = None;
    let mut b: Option<Range<usize>> = None;
    let mut a_at = None;
    let mut b_at = None;
    let grow = |acc: &mut Option<Range<usize>>, x: Range<usize>| {
        if x.is_empty() {
            return;
        }
        *acc = Some(match acc.take() {
            Some(cur) => cur.start.min(x.start)..cur.end.max(x.end),
            None => x,
        });
    };
    for it in &items[r.clone()] {
        match it {
            Item::Eq(i, j) => {
                grow(&mut a, *i..*i + 1);
                grow(&mut b, *j..*j + 1);
            }
            Item::Chg(x, y) => {
                a_at.get_or_insert(x.start);
                b_at.get_or_insert(y.start);
                grow(&mut a, x.clone());
                grow(&mut b, y.clone());
            }
        }
    }
    let a = a.unwrap_or_else(|| {
        let p = a_at.unwrap_or(0);
        p..p
    });
    let b = b.unwrap_or_else(|| {
        let p = b_at.unwrap_or(0);
        p..p
    });
    (a, b)
}

/// The class of a change of tokens `a` of `old` into tokens `b` of `new`.
fn classify(o: &Side_<'_>, n: &Side_<'_>, a: Range<usize>, b: Range<usize>) -> ChangeClass {
    let keys_a: Vec<(TokenKind, &str)> = a.clone().map(|k| o.key(k)).collect();
    let keys_b: Vec<(TokenKind, &str)> = b.clone().map(|k| n.key(k)).collect();
    if keys_a == keys_b {
        return ChangeClass::Typographic;
    }
    let words_a: Vec<&str> = a.clone().filter(|&k| o.toks[k].is_word()).map(|k| o.key(k).1).collect();
    let words_b: Vec<&str> = b.clone().filter(|&k| n.toks[k].is_word()).map(|k| n.key(k).1).collect();
    let only_words = keys_a.len() == words_a.len() && keys_b.len() == words_b.len();
    // `well being` / `wellbeing` / `well-being`: the same letters, compounded differently.
    if only_words && !words_a.is_empty() && !words_b.is_empty() && words_a.concat() == words_b.concat() {
        return ChangeClass::Typographic;
    }
    // A negation dropped or added is a change of words whatever marks
    // stand in its place: `We will ... raise taxes` or `We [will] raise
    // taxes` for `We will not raise taxes` reverses what was said.
    let said = |side: &Side_<'_>, r: &Range<usize>| -> Vec<String> {
        r.clone().flat_map(|k| said_words(&side.toks[k])).collect()
    };
    let (said_a, said_b) = (said(o, &a), said(n, &b));
    if reverses((o.text, &o.toks[a.clone()]), &n.toks[b.clone()]) {
        return ChangeClass::Wording;
    }
    if words_a == words_b {
        return ChangeClass::Editorial;
    }
    // A figure replaced by another, in the speaker's words or in a bracket
    // (`[25,000]` for `250,000`: no editor's mark); a phrase added or
    // dropped that happens to hold one ("of the two countries in 2024") is
    // a change of words.
    let figures_of = |ws: &[String]| -> Vec<String> { ws.iter().filter(|w| is_figure(w)).cloned().collect() };
    let (fa, fb) = (figures_of(&said_a), figures_of(&said_b));
    if !fa.is_empty() && !fb.is_empty() && fa != fb {
        return ChangeClass::Number;
    }
    let all_marks = |keys: &[(TokenKind, &str)]| !keys.is_empty() && keys.iter().all(|k| k.0 != TokenKind::Word);
    if all_marks(&keys_a) || all_marks(&keys_b) {
        return ChangeClass::Editorial;
    }
    // The same words, each printed or spelled alike: `labour` / `labor`.
    let marks = |keys: &[(TokenKind, &str)]| -> Vec<(TokenKind, String)> {
        keys.iter()
            .filter(|k| k.0 != TokenKind::Word)
            .map(|k| (k.0, k.1.to_string()))
            .collect()
    };
    let respelled_words =
        words_a.len() == words_b.len() && words_a.iter().zip(&words_b).all(|(x, y)| x == y || respelled(x, y));
    if respelled_words && marks(&keys_a) == marks(&keys_b) {
        return ChangeClass::Spelling;
    }
    if percent_for_sign((o, &a, &words_a), (n, &b, &words_b)) || percent_for_sign((n, &b, &words_b), (o, &a, &words_a))
    {
        return ChangeClass::Spelling;
    }
    ChangeClass::Wording
}

/// The words a token holds as the speaker's or in an editor's bracket
/// (`[25,000]`, `[will]`): an ellipsis holds none.
fn said_words(t: &Token) -> Vec<String> {
    match t.kind {
        TokenKind::Word => vec![t.key.clone()],
        TokenKind::Editorial => t.key.split_whitespace().map(str::to_string).collect(),
        TokenKind::Gap => Vec::new(),
    }
}

/// True for a match key that negates: `not`, `never`, `no`, `cannot`,
/// `didn't`, `nobody`...
///
/// ```
/// use quotecheck::diff::is_negation;
/// assert!(is_negation("not") && is_negation("didn't") && is_negation("cannot") && is_negation("never"));
/// assert!(!is_negation("note") && !is_negation("know"));
/// ```
pub fn is_negation(key: &str) -> bool {
    const WORDS: &[&str] = &[
        "cannot", "neither", "never", "no", "nobody", "none", "nor", "not", "nothing", "nowhere",
    ];
    WORDS.binary_search(&key).is_ok() || key.ends_with("n't")
}

/// How many negations a run of words holds.
fn negations(words: &[String]) -> usize {
    words.iter().filter(|w| is_negation(w)).count()
}

/// True when a change adds or drops a negation: `[-not-]{+...+}`,
/// `[-will not-]{+[will]+}`, `{+[not]+}`, `[-didn't cost-]{+cost+}`. Such a
/// change reverses what was said, whatever marks stand in its place.
///
/// ```
/// use quotecheck::diff::{word_diff, negation_changed};
/// let d = word_diff("We will not raise taxes", "We will ... raise taxes");
/// assert!(d.ops.iter().any(negation_changed));
/// let d = word_diff("We will not raise taxes", "We will [not] raise taxes");
/// assert!(!d.ops.iter().any(negation_changed));
/// ```
pub fn negation_changed(op: &DiffOp) -> bool {
    op.kind != OpKind::Equal && reverses((&op.old_text, &tokenize(&op.old_text)), &tokenize(&op.new_text))
}

/// Whether tokens `new` in place of tokens `old` (of `old_text`) add or
/// drop a negation. An ellipsis or a bracket for a whole clause that holds
/// one (`... than we expected ... the labour market` for `than we expected
/// but it is not yet defeated, and the labour market`) omits the clause,
/// not the negation: the span has words before its negation, and its
/// clause ends within it. `not, under any circumstances,` opens on its
/// negation, and `will not` ends no clause: both are dropped negations.
fn reverses((old_text, old): (&str, &[Token]), new: &[Token]) -> bool {
    let count = |toks: &[Token]| -> usize { toks.iter().map(|t| negations(&said_words(t))).sum() };
    let (na, nb) = (count(old), count(new));
    if na == nb {
        return false;
    }
    let marks_only = new.iter().all(|t| !t.is_word()) && nb == 0;
    let is_neg = |t: &Token| t.is_word() && is_negation(&t.key);
    if let (true, Some(first), Some(last)) = (marks_only, old.iter().position(is_neg), old.iter().rposition(is_neg)) {
        let words_before = old[..first].iter().any(Token::is_word);
        let clause_ends = old[last..]
            .iter()
            .any(|t| old_text[t.end as usize..t.outer_end as usize].contains([',', ';', ':', '.', '!', '?']));
        if words_before && clause_ends {
            return false;
        }
    }
    true
}

/// Number words that are figures (`one` is left out: "one of them").
const NUMBER_WORDS: &[&str] = &[
    "billion",
    "dozen",
    "eight",
    "eighteen",
    "eighty",
    "eleven",
    "fifteen",
    "fifty",
    "five",
    "forty",
    "four",
    "fourteen",
    "half",
    "hundred",
    "million",
    "nine",
    "nineteen",
    "ninety",
    "seven",
    "seventeen",
    "seventy",
    "six",
    "sixteen",
    "sixty",
    "ten",
    "third",
    "thirteen",
    "thirty",
    "thousand",
    "three",
    "trillion",
    "twelve",
    "twenty",
    "two",
    "zero",
];

/// True for a match key that is a figure: digits (`785`, `38.5`, `2025`)
/// or a number word (`three`, `million`).
///
/// ```
/// use quotecheck::diff::is_figure;
/// assert!(is_figure("785") && is_figure("38.5") && is_figure("million") && is_figure("three"));
/// assert!(!is_figure("one") && !is_figure("rivals"));
/// ```
pub fn is_figure(key: &str) -> bool {
    key.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.binary_search(&key).is_ok()
}

/// True when one side writes out `percent` (or `per cent`) where the other
/// prints `%` after the same figure: `38.5 percent` for `38.5%`, a house
/// style. `words` are the words of tokens `range` of `side`, the other
/// side's tokens `other_range` must hold no word.
fn percent_for_sign(
    (side, range, words): (&Side_<'_>, &Range<usize>, &[&str]),
    (other, other_range, other_words): (&Side_<'_>, &Range<usize>, &[&str]),
) -> bool {
    if !other_words.is_empty() || !matches!(words, ["percent"] | ["per", "cent"]) {
        return false;
    }
    let (Some(k), Some(o)) = (range.start.checked_sub(1), other_range.start.checked_sub(1)) else {
        return false;
    };
    let figure = |t: &Token| t.is_word() && t.key.starts_with(|c: char| c.is_ascii_digit());
    let (t, u) = (&side.toks[k], &other.toks[o]);
    figure(t) && figure(u) && t.key == u.key && other.text[u.end as usize..u.outer_end as usize].starts_with('%')
}

/// True when two match keys are one word spelled two ways: British and
/// American spellings, inflected or not, a possessive kept alike. Words of
/// three letters or fewer are never respellings of each other.
///
/// ```
/// use quotecheck::diff::respelled;
/// assert!(respelled("labour", "labor"));
/// assert!(respelled("programmes", "programs"));
/// assert!(respelled("favoured", "favored"));
/// assert!(!respelled("year", "year's"));
/// assert!(!respelled("filled", "filed"));
/// ```
pub fn respelled(a: &str, b: &str) -> bool {
    let long = |w: &str| w.chars().count() > 3;
    a != b
        && long(a)
        && long(b)
        && a.ends_with("'s") == b.ends_with("'s")
        && spelling_skeleton(a) == spelling_skeleton(b)
}

/// A match key in American spelling, apostrophes and a possessive off: two
/// keys with one skeleton are the same word ([`respelled`]). The endings of
/// the index's skeleton (`-our`, `-ise`, `-ence`, `-tre`, `-yse`) and
/// `-mme`, also before an inflection (`-s`, `-ed`, `-d`, `-ing`).
///
/// ```
/// use quotecheck::diff::spelling_skeleton;
/// assert_eq!(spelling_skeleton("labour's"), "labor");
/// assert_eq!(spelling_skeleton("programme"), "program");
/// assert_eq!(spelling_skeleton("recognises"), "recognizes");
/// assert_eq!(spelling_skeleton("honoured"), "honored");
/// assert_eq!(spelling_skeleton("firms"), "firms");
/// ```
pub fn spelling_skeleton(key: &str) -> String {
    let word = key.trim_end_matches("'s").trim_end_matches('\'').replace('\'', "");
    if let Some(american) = american_ending(&word) {
        return american;
    }
    for suffix in ["s", "ed", "d", "ing"] {
        if let Some(american) = word.strip_suffix(suffix).and_then(american_ending) {
            return american + suffix;
        }
    }
    word
}

/// The word with its British ending made American, when it has one.
fn american_ending(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix("mme").filter(|stem| stem.len() >= 4) {
        return Some(format!("{stem}m"));
    }
    let american = crate::index::skeleton(word);
    (american != word).then_some(american)
}

/// Byte ranges for the specs: change ops span their tokens exactly, and the
/// whitespace between ops goes to the neighbouring equal op (or a
/// whitespace-only equal op between two changes), so both windows are
/// partitioned.
fn layout(o: &Side_<'_>, n: &Side_<'_>, specs: &[Spec], opts: &DiffOptions) -> Vec<DiffOp> {
    let core = |side: &Side_<'_>, r: &Range<usize>, at: usize| -> Range<usize> {
        if r.is_empty() {
            at..at
        } else {
            side.disp[r.start].0..side.disp[r.end - 1].1
        }
    };
    let first_old = specs
        .iter()
        .find(|s| !s.old.is_empty())
        .map_or(0, |s| o.disp[s.old.start].0);
    let first_new = specs
        .iter()
        .find(|s| !s.new.is_empty())
        .map_or(0, |s| n.disp[s.new.start].0);
    let (mut at_o, mut at_n) = (first_old, first_new);
    let mut cores: Vec<(Range<usize>, Range<usize>)> = Vec::with_capacity(specs.len());
    for s in specs {
        let a = core(o, &s.old, at_o);
        let b = core(n, &s.new, at_n);
        at_o = a.end;
        at_n = b.end;
        cores.push((a, b));
    }
    // (class, old bytes, new bytes, whether within-word emphasis may apply)
    type Laid = (Option<ChangeClass>, Range<usize>, Range<usize>, bool);
    let mut ops: Vec<Laid> = Vec::with_capacity(specs.len() + 2);
    for (k, s) in specs.iter().enumerate() {
        let (mut a, mut b) = cores[k].clone();
        if let Some(prev) = ops.last_mut() {
            let (ga, gb) = (prev.1.end..a.start, prev.2.end..b.start);
            if prev.0.is_none() {
                prev.1.end = a.start;
                prev.2.end = b.start;
            } else if s.class.is_none() {
                a.start = ga.start;
                b.start = gb.start;
            } else if !ga.is_empty() || !gb.is_empty() {
                ops.push((None, ga, gb, false));
            }
        }
        let words_only = s.old.clone().all(|k| o.toks[k].is_word()) && s.new.clone().all(|k| n.toks[k].is_word());
        let few = o.word_count(s.old.clone()).max(n.word_count(s.new.clone())) <= opts.max_emphasis_words;
        ops.push((s.class, a, b, words_only && few));
    }
    ops.into_iter()
        .map(|(class, a, b, may_emphasise)| {
            let kind = match (class, a.is_empty(), b.is_empty()) {
                (None, _, _) => OpKind::Equal,
                (Some(_), true, _) => OpKind::Insert,
                (Some(_), _, true) => OpKind::Delete,
                _ => OpKind::Replace,
            };
            let (old_text, new_text) = (o.text[a.clone()].to_string(), n.text[b.clone()].to_string());
            let emphasis = if kind == OpKind::Replace && may_emphasise {
                emphasis(&old_text, &new_text, a.start, b.start, opts)
            } else {
                Vec::new()
            };
            DiffOp {
                kind,
                class,
                old: a,
                new: b,
                old_text,
                new_text,
                emphasis,
            }
        })
        .collect()
}

/// Token ranges of each op, for counting words (whitespace ops count none).
fn specs_for_counts(ops: &[DiffOp], specs: &[Spec]) -> Vec<(Range<usize>, Range<usize>)> {
    let mut out = Vec::with_capacity(ops.len());
    let mut it = specs.iter();
    for op in ops {
        if op.class.is_some() {
            let s = it.find(|s| s.class.is_some()).expect("one change spec per change op");
            out.push((s.old.clone(), s.new.clone()));
        } else {
            out.push((0..0, 0..0));
        }
    }
    out
}

/// Changed characters of two near-identical sides, as absolute byte ranges.
fn emphasis(a: &str, b: &str, base_a: usize, base_b: usize, opts: &DiffOptions) -> Vec<Emphasis> {
    let ca: Vec<(usize, char)> = a.char_indices().collect();
    let cb: Vec<(usize, char)> = b.char_indices().collect();
    if ca.len() > opts.max_emphasis_chars || cb.len() > opts.max_emphasis_chars {
        return Vec::new();
    }
    if strsim::normalized_levenshtein(a, b) < opts.min_emphasis_similarity {
        return Vec::new();
    }
    let xa: Vec<char> = ca.iter().map(|x| x.1).collect();
    let xb: Vec<char> = cb.iter().map(|x| x.1).collect();
    let byte = |cs: &[(usize, char)], text: &str, i: usize| cs.get(i).map_or(text.len(), |x| x.0);
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &xa, &xb) {
        let (tag, ra, rb) = op.as_tag_tuple();
        if tag == DiffTag::Equal {
            continue;
        }
        if !ra.is_empty() {
            out.push(Emphasis {
                side: Side::Old,
                range: base_a + byte(&ca, a, ra.start)..base_a + byte(&ca, a, ra.end),
            });
        }
        if !rb.is_empty() {
            out.push(Emphasis {
                side: Side::New,
                range: base_b + byte(&cb, b, rb.start)..base_b + byte(&cb, b, rb.end),
            });
        }
    }
    // Emphasising everything says nothing: then the sides are shown whole.
    let covered = |side: Side| -> usize { out.iter().filter(|e| e.side == side).map(|e| e.range.len()).sum() };
    if covered(Side::Old) >= a.len() && covered(Side::New) >= b.len() {
        return Vec::new();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(d: &WordDiff) -> Vec<(String, String, ChangeClass)> {
        d.ops
            .iter()
            .filter_map(|o| Some((o.old_text.clone(), o.new_text.clone(), o.class?)))
            .collect()
    }

    fn rebuilt(d: &WordDiff, old: &str, new: &str) {
        let a: String = d.ops.iter().map(|o| o.old_text.as_str()).collect();
        let b: String = d.ops.iter().map(|o| o.new_text.as_str()).collect();
        assert_eq!(a, &old[d.window.old.clone()], "old side of {d:#?}");
        assert_eq!(b, &new[d.window.new.clone()], "new side of {d:#?}");
        for op in &d.ops {
            assert_eq!(op.old_text, &old[op.old.clone()]);
            assert_eq!(op.new_text, &new[op.new.clone()]);
        }
    }

    /// The changed ops of a diff of `old` and `new`, as (old, new, class),
    /// checking that the ops rebuild both texts.
    fn changed(old: &str, new: &str) -> Vec<(String, String, ChangeClass)> {
        let d = word_diff(old, new);
        rebuilt(&d, old, new);
        changes(&d)
            .into_iter()
            .filter(|c| c.2 != ChangeClass::Typographic)
            .collect()
    }

    fn one(old: &str, new: &str, class: ChangeClass) -> (String, String, ChangeClass) {
        (old.to_string(), new.to_string(), class)
    }

    #[test]
    fn a_negation_behind_an_ellipsis_or_a_bracket_is_a_change_of_words() {
        let old = "We will not raise taxes on working families";
        assert_eq!(
            changed(old, "We will ... raise taxes on working families"),
            [one("not", "...", ChangeClass::Wording)]
        );
        assert_eq!(
            changed(old, "We [will] raise taxes on working families"),
            [one("will not", "[will]", ChangeClass::Wording)]
        );
        assert_eq!(
            changed(
                "We will raise taxes on working families",
                "We will [not] raise taxes on working families"
            ),
            [one("", "[not]", ChangeClass::Wording)]
        );
        // An ellipsis for a whole clause that holds a negation omits the clause.
        assert_eq!(
            changed(
                "faster than we expected but it is not yet defeated, and the market remains tight",
                "faster than we expected ... the market remains tight"
            ),
            [one("but it is not yet defeated, and", "...", ChangeClass::Editorial)]
        );
        assert_eq!(
            changed(
                "We will not, under any circumstances, raise taxes",
                "We will ... raise taxes"
            ),
            [one("not, under any circumstances,", "...", ChangeClass::Wording)]
        );
        // A bracket for other words stays an editor's mark.
        assert_eq!(
            changed(old, "[Hale] will not raise taxes on working families"),
            [one("We", "[Hale]", ChangeClass::Editorial)]
        );
        assert!(
            changed(old, "We will not raise taxes on working families")
                .iter()
                .all(|c| !negation_changed(&DiffOp {
                    kind: OpKind::Replace,
                    class: Some(c.2),
                    old: 0..0,
                    new: 0..0,
                    old_text: c.0.clone(),
                    new_text: c.1.clone(),
                    emphasis: Vec::new(),
                }))
        );
    }

    #[test]
    fn a_bracketed_figure_for_another_is_a_number_change() {
        let old = "Our plan will create 250,000 jobs in steel and manufacturing by 2027,";
        assert_eq!(
            changed(
                old,
                "Our plan will create [25,000] jobs in steel and manufacturing by 2027,"
            ),
            [one("250,000", "[25,000]", ChangeClass::Number)]
        );
        // The same figure glossed, or a bracket beside it, is editorial.
        assert_eq!(
            changed(
                old,
                "Our plan will create 250,000 [new] jobs in steel and manufacturing by 2027,"
            ),
            [one("", "[new]", ChangeClass::Editorial)]
        );
    }

    #[test]
    fn a_fragment_opening_on_a_changed_figure_replaces_the_figure() {
        let d = word_diff(
            "will create 250,000 jobs in steel and manufacturing by 2027,",
            "25,000 jobs in steel and manufacturing by 2027,",
        );
        assert_eq!(changes(&d), [one("250,000", "25,000", ChangeClass::Number)]);
        assert_eq!(d.window.to_string(), "words 3-10 of 10");
        // Other words opening a fragment mid-clause are added, as before.
        let d = word_diff(
            "will create 250,000 jobs in steel and manufacturing by 2027,",
            "many jobs in steel and manufacturing by 2027,",
        );
        assert_eq!(changes(&d), [one("", "many", ChangeClass::Wording)]);
    }

    #[test]
    fn identical_texts_have_one_equal_op() {
        let t = "dearest friend and comrade,";
        let d = word_diff(t, t);
        assert_eq!(d.ops.len(), 1);
        assert_eq!(d.ops[0].kind, OpKind::Equal);
        assert!(d.is_unchanged());
        assert!(d.window.is_whole());
    }

    #[test]
    fn a_fragment_is_a_window_not_deleted_words() {
        let old = "The respected Comrade Kim Jong Un extended the warm New Year greetings to Putin, his dearest friend and comrade, offering warm greetings";
        let new = "dearest friend and comrade";
        let d = word_diff(old, new);
        assert_eq!(d.window.to_string(), "words 16-19 of 22");
        assert!(d.window.elided_before() && d.window.elided_after());
        // `comrade,` vs `comrade` is the only difference, and a typographic one.
        assert_eq!(
            changes(&d),
            [("comrade,".into(), "comrade".into(), ChangeClass::Typographic)]
        );
        rebuilt(&d, old, new);
    }

    #[test]
    fn a_compound_at_the_edge_of_a_fragment_stays_in_its_window() {
        let old = "when the Russian army and people defeat neo-Nazism and achieve a great victory.";
        for (new, change) in [
            (
                "the Russian army and people defeat neonazism",
                ("neo-Nazism", "neonazism"),
            ),
            ("neonazism and achieve a great victory.", ("neo-Nazism", "neonazism")),
        ] {
            let d = word_diff(old, new);
            assert_eq!(
                changes(&d),
                [(change.0.into(), change.1.into(), ChangeClass::Typographic)],
                "{new}"
            );
            rebuilt(&d, old, new);
        }
    }

    #[test]
    fn swapped_words_are_one_replacement_not_an_insertion() {
        // The variant ends early, but it moved the source's last words
        // instead of cutting them: the window keeps them.
        let d = word_diff("dearest friend and comrade", "dearest comrade and friend");
        assert!(d.window.is_whole(), "{}", d.window);
        let changes: Vec<(&str, &str)> = d
            .ops
            .iter()
            .filter(|op| op.kind != OpKind::Equal)
            .map(|op| (op.old_text.as_str(), op.new_text.as_str()))
            .collect();
        assert_eq!(changes, [("friend and comrade", "comrade and friend")]);
    }

    #[test]
    fn a_stray_edge_match_is_not_a_window() {
        let old = "hoping that the New Year 2025 will be recorded as the first year of war victory in the 21st century when the Russian army and people defeat neo-Nazism and achieve a great victory.";
        let new = "they will achieve a great victory.";
        let d = word_diff(old, new);
        assert_eq!(d.window.to_string(), "words 30-33 of 33");
        assert_eq!(changes(&d), [("".into(), "they will".into(), ChangeClass::Wording)]);
        rebuilt(&d, old, new);
    }

    #[test]
    fn an_ellipsis_keeps_a_long_omission_inside_the_window() {
        let old = "his willingness to design and push ahead with new projects for accomplishing the cause";
        let new = "his willingness ... the cause";
        let d = word_diff(old, new);
        assert!(d.window.is_whole(), "{}", d.window);
        assert_eq!(d.counts.editorial, 1);
        assert_eq!(d.counts.wording, 0);
        rebuilt(&d, old, new);
    }

    #[test]
    fn nearby_substitutions_merge_into_one_replacement() {
        let old = "the brave Russian army on behalf of himself, the Korean people";
        let new = "the brave Russian army in the name of his own, the Korean people";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [(
                "on behalf of himself,".into(),
                "in the name of his own,".into(),
                ChangeClass::Wording
            )]
        );
        assert_eq!(d.counts.wording_words, 6);
        rebuilt(&d, old, new);
    }

    #[test]
    fn a_dropped_word_and_a_changed_word_two_words_apart_stay_apart() {
        let d = word_diff(
            "extended the warm New Year greetings",
            "extended warm New Year’s greetings",
        );
        assert_eq!(
            changes(&d),
            [
                ("the".into(), "".into(), ChangeClass::Wording),
                ("Year".into(), "Year’s".into(), ChangeClass::Wording)
            ]
        );
        let year = &d.ops.iter().find(|o| o.old_text == "Year").unwrap();
        let emph: Vec<&str> = year
            .emphasis
            .iter()
            .map(|e| &"extended warm New Year’s greetings"[e.range.clone()])
            .collect();
        assert_eq!(emph, ["’s"]);
    }

    #[test]
    fn a_word_replaced_by_a_bracket_is_editorial() {
        let old = "the armed forces of the DPRK (Democratic People's Republic of Korea),";
        let new = "the armed forces of the [Democratic People’s Republic of Korea],";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [(
                "DPRK (Democratic People's Republic of Korea),".into(),
                "[Democratic People’s Republic of Korea],".into(),
                ChangeClass::Editorial
            )]
        );
        rebuilt(&d, old, new);
    }

    #[test]
    fn brackets_and_sic_are_editorial() {
        let d = word_diff(
            "the first year of war victory",
            "the first year of [Russia’s] war victory",
        );
        assert_eq!(changes(&d), [("".into(), "[Russia’s]".into(), ChangeClass::Editorial)]);
        let d = word_diff("push ahead", "push [North] ahead");
        assert_eq!(d.counts.editorial, 1);
        let d = word_diff("he said it", "[Kim] said it");
        assert_eq!(changes(&d), [("he".into(), "[Kim]".into(), ChangeClass::Editorial)]);
    }

    #[test]
    fn typography_classes() {
        for (a, b) in [
            ("Kim Jong-un said", "Kim Jong Un said"),
            ("people’s well being", "people's well-being"),
            ("the Comrade", "the comrade"),
            ("a “friend,” he", "a 'friend' he"),
            ("wellbeing and prosperity", "well-being and prosperity"),
        ] {
            let d = word_diff(a, b);
            assert!(d.counts.typographic >= 1, "{a} / {b}: {:?}", changes(&d));
            assert_eq!(d.counts.wording + d.counts.editorial, 0, "{a} / {b}: {:?}", changes(&d));
            rebuilt(&d, a, b);
        }
    }

    #[test]
    fn a_change_inside_a_compound_takes_the_whole_compound() {
        let d = word_diff(
            "cooperate on co-projects very closely",
            "cooperate on joint-projects very closely",
        );
        assert_eq!(
            changes(&d),
            [("co-projects".into(), "joint-projects".into(), ChangeClass::Wording)]
        );
    }

    #[test]
    fn unrelated_texts_are_one_replacement_of_the_whole() {
        let d = word_diff("alpha beta", "gamma delta");
        assert_eq!(
            changes(&d),
            [("alpha beta".into(), "gamma delta".into(), ChangeClass::Wording)]
        );
        assert!(d.window.is_whole());
    }

    #[test]
    fn empty_sides() {
        let d = word_diff("", "");
        assert!(d.ops.is_empty());
        let d = word_diff("a b", "");
        assert!(d.ops.is_empty());
        assert_eq!(d.window.to_string(), "no words of 2");
        let d = word_diff("", "a b");
        assert_eq!(changes(&d), [("".into(), "a b".into(), ChangeClass::Wording)]);
        let d = word_diff("  ,;  ", " — ");
        assert!(d.ops.is_empty());
    }

    #[test]
    fn inline_spans_put_one_space_around_changes() {
        let text = |d: &WordDiff| -> String {
            d.inline()
                .iter()
                .map(|s| match s.kind {
                    SpanKind::Same => s.text(),
                    SpanKind::Deleted => format!("[-{}-]", s.text()),
                    SpanKind::Inserted => format!("{{+{}+}}", s.text()),
                })
                .collect()
        };
        assert_eq!(text(&word_diff("a b c", "a c")), "a [-b-] c");
        assert_eq!(text(&word_diff("a c", "a b c")), "a {+b+} c");
        assert_eq!(text(&word_diff("a b c", "a d c")), "a [-b-]{+d+} c");
        assert_eq!(text(&word_diff("x a B, y", "x a b y")), "x a [-B,-]{+b+} y");
        assert_eq!(
            text(&word_diff("New Year greetings, to", "New Year’s greetings to")),
            "New [-Year-]{+Year’s+} [-greetings,-]{+greetings+} to"
        );
    }

    #[test]
    fn sic_beside_a_changed_word_is_its_own_editorial_change() {
        // The canonical says "Fewer"; the variant "Less [sic]": a word
        // changed, and the editor's mark beside it.
        let old = "Fewer firms are hiring than a year ago, and that matters,";
        let new = "Less [sic] firms are hiring than a year ago,";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [
                ("Fewer".into(), "Less".into(), ChangeClass::Wording),
                ("".into(), "[sic]".into(), ChangeClass::Editorial)
            ]
        );
        assert_eq!((d.counts.wording, d.counts.editorial), (1, 1));
        rebuilt(&d, old, new);
        // The other way round: the canonical's own [sic] is the editor's too.
        let d = word_diff("Less [sic] firms are hiring", "Fewer firms are hiring");
        assert_eq!(
            changes(&d),
            [
                ("Less".into(), "Fewer".into(), ChangeClass::Wording),
                ("[sic]".into(), "".into(), ChangeClass::Editorial)
            ]
        );
    }

    #[test]
    fn a_gloss_beside_a_respelled_word_is_its_own_editorial_change() {
        let old = "Our program of bond sales will continue";
        let new = "Our [the bank's] programme of bond sales will continue";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [
                ("".into(), "[the bank's]".into(), ChangeClass::Editorial),
                ("program".into(), "programme".into(), ChangeClass::Spelling)
            ]
        );
        rebuilt(&d, old, new);
        let mut text = String::new();
        for s in d.inline() {
            match s.kind {
                SpanKind::Same => text.push_str(&s.text()),
                SpanKind::Deleted => text.push_str(&format!("[-{}-]", s.text())),
                SpanKind::Inserted => text.push_str(&format!("{{+{}+}}", s.text())),
            }
        }
        assert_eq!(
            text,
            "Our {+[the bank's]+} [-program-]{+programme+} of bond sales will continue"
        );
    }

    #[test]
    fn a_bracket_opening_a_fragment_shows_the_words_it_replaces() {
        // "[The bank is]" stands for the clause's "We are", not for nothing.
        let old = "Inflation is still too high. We are prepared to act decisively if the outlook deteriorates,";
        let new = "[The bank is] prepared to act decisively if the outlook deteriorates,";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [("We are".into(), "[The bank is]".into(), ChangeClass::Editorial)]
        );
        assert_eq!(d.window.to_string(), "words 6-15 of 15");
        rebuilt(&d, old, new);
        // After an ellipsis, as a spliced canonical prints it.
        let old = "Inflation has fallen ... We are prepared to act";
        let d = word_diff(old, "[The bank is] prepared to act");
        assert_eq!(
            changes(&d),
            [("We are".into(), "[The bank is]".into(), ChangeClass::Editorial)]
        );
        // A clause longer than a bracket stands for is not replaced.
        let old = "when the central bank of the whole country is prepared to act";
        let d = word_diff(old, "[It] is prepared to act");
        assert_eq!(changes(&d), [("".into(), "[It]".into(), ChangeClass::Editorial)]);
    }

    #[test]
    fn a_bracket_opening_a_quote_within_a_known_passage_shows_the_word_it_replaces() {
        // verify knows the claim quotes "will not cut rates ...": the bracket
        // before it stands for the source's "We".
        let old = "We will not cut rates simply because markets want us to. Our job is to bring inflation back";
        let from = old.find("will").unwrap();
        let to = old.find("to.").unwrap() + 2;
        let new = "[The bank] will not cut rates simply because markets want us to.";
        let d = word_diff_within(old, from..to, new);
        assert_eq!(
            changes(&d)[0],
            ("We".into(), "[The bank]".into(), ChangeClass::Editorial)
        );
        assert_eq!(d.window.to_string(), "words 1-11 of 18");
        // The source's own bracket, copied, is no change.
        let old = "[The bank is] prepared to act decisively if the outlook deteriorates,";
        let from = old.find("prepared").unwrap();
        let d = word_diff_within(old, from..old.len(), "[The bank is] prepared to act decisively");
        assert_eq!(changes(&d), []);
    }

    #[test]
    fn a_changed_figure_is_a_number_change() {
        for (a, b) in [
            ("reached 785 billion dollars", "reached 758 billion dollars"),
            ("some 3 million people", "some 4 million people"),
            ("three of them left", "four of them left"),
            ("up to 38.5 percent on bikes", "up to 35.8% on bikes"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(
                (d.counts.number, d.counts.wording),
                (1, 0),
                "{a} / {b}: {:?}",
                changes(&d)
            );
        }
        // The same figure in other words, or a phrase holding one added, is a wording change.
        for (a, b) in [
            ("reached 785 billion dollars", "hit 785 billion dollars"),
            (
                "the meaningful journey",
                "the meaningful journey of the two countries in 2024",
            ),
            ("the four men", "the for men"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(
                (d.counts.number, d.counts.wording),
                (0, 1),
                "{a} / {b}: {:?}",
                changes(&d)
            );
        }
    }

    #[test]
    fn a_percent_sign_for_percent_is_a_spelling_change() {
        for (a, b) in [
            (
                "duties of up to 38.5 percent on bikes",
                "duties of up to 38.5% on bikes",
            ),
            (
                "duties of up to 38.5% on bikes",
                "duties of up to 38.5 per cent on bikes",
            ),
        ] {
            let d = word_diff(a, b);
            assert_eq!(
                (d.counts.spelling, d.counts.wording),
                (1, 0),
                "{a} / {b}: {:?}",
                changes(&d)
            );
        }
        // Another figure, or "percent" with no sign beside it, is a change of words.
        for (a, b) in [
            (
                "duties of up to 38.5 percent on bikes",
                "duties of up to 35.8% on bikes",
            ),
            ("a rise of 38.5 percent on bikes", "a rise of 38.5 on bikes"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(d.counts.spelling, 0, "{a} / {b}: {:?}", changes(&d));
        }
    }

    #[test]
    fn british_and_american_spellings_are_a_spelling_change() {
        for (a, b) in [
            ("the labour market", "the labor market"),
            ("we will favour caution", "we will favor caution"),
            ("and I recognise that", "and I recognize that"),
            ("our programme of sales", "our program of sales"),
            ("our defence budget", "our defense budget"),
            ("they favoured caution", "they favored caution"),
            ("two programmes of sales", "two programs of sales"),
            ("she recognises that", "she recognizes that"),
            ("in the centre of town", "in the center of town"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(
                (d.counts.spelling, d.counts.wording, d.counts.wording_words),
                (1, 0, 0),
                "{a} / {b}: {:?}",
                changes(&d)
            );
            assert_eq!(changes(&d)[0].2, ChangeClass::Spelling);
        }
        // Not spellings: another word, an added possessive, a different verb.
        for (a, b) in [
            (
                "extended the warm New Year greetings",
                "extended the warm New Year’s greetings",
            ),
            ("the four men", "the for men"),
            ("they filled it", "they filed it"),
            ("Fewer firms", "Less firms"),
        ] {
            let d = word_diff(a, b);
            assert_eq!(
                (d.counts.spelling, d.counts.wording),
                (0, 1),
                "{a} / {b}: {:?}",
                changes(&d)
            );
        }
        assert!(respelled("labour", "labor") && respelled("programmes", "programs"));
        assert!(!respelled("labour", "labour") && !respelled("year", "year's"));
    }

    #[test]
    fn a_word_substituted_at_the_end_of_a_fragment_is_a_replacement() {
        let old = "Inflation has fallen faster than we expected, but it is not yet defeated, and the labour market remains tight,";
        let new = "Inflation has fallen faster than we expected, but it is not yet beaten,";
        let d = word_diff(old, new);
        assert_eq!(
            changes(&d),
            [("defeated,".into(), "beaten,".into(), ChangeClass::Wording)]
        );
        assert_eq!(d.window.to_string(), "words 1-13 of 19");
        rebuilt(&d, old, new);
        // A respelled last word stands in its source word's place too.
        let d = word_diff(
            old,
            "faster than we expected, but it is not yet defeated, and the labor",
        );
        assert_eq!(changes(&d), [("labour".into(), "labor".into(), ChangeClass::Spelling)]);
        assert_eq!(d.window.to_string(), "words 4-16 of 19");
        // At the start: the variant's first word takes the place of the
        // source's first word of a clause.
        let d = word_diff("Prices rose sharply, wages fell this year", "salaries fell this year");
        assert_eq!(changes(&d), [("wages".into(), "salaries".into(), ChangeClass::Wording)]);
        // A word that does not end the source's clause is an addition.
        let d = word_diff(
            "it is not yet defeated and the labour market remains tight",
            "it is not yet beaten",
        );
        assert_eq!(changes(&d), [("".into(), "beaten".into(), ChangeClass::Wording)]);
    }
}

#[cfg(test)]
mod proptests {
    use super::*;
    use proptest::prelude::*;

    fn check(old: &str, new: &str) -> Result<(), TestCaseError> {
        let d = word_diff(old, new);
        let a: String = d.ops.iter().map(|o| o.old_text.as_str()).collect();
        let b: String = d.ops.iter().map(|o| o.new_text.as_str()).collect();
        prop_assert_eq!(&a, &old[d.window.old.clone()]);
        prop_assert_eq!(&b, &new[d.window.new.clone()]);
        let mut at_o = d.window.old.start;
        let mut at_n = d.window.new.start;
        for op in &d.ops {
            prop_assert_eq!(op.old.start, at_o);
            prop_assert_eq!(op.new.start, at_n);
            at_o = op.old.end;
            at_n = op.new.end;
            prop_assert_eq!(op.class.is_none(), op.kind == OpKind::Equal);
            if op.kind == OpKind::Equal {
                let wa: Vec<&str> = op.old_text.split_whitespace().collect();
                let wb: Vec<&str> = op.new_text.split_whitespace().collect();
                prop_assert_eq!(wa, wb);
            }
            for e in &op.emphasis {
                let r = match e.side {
                    Side::Old => &op.old,
                    Side::New => &op.new,
                };
                prop_assert!(r.start <= e.range.start && e.range.end <= r.end);
            }
        }
        // Every token of `new` is in the diff: nothing but marks and
        // whitespace lies outside its window.
        if !d.ops.is_empty() {
            prop_assert!(crate::normalize::tokenize(&new[..d.window.new.start]).is_empty());
            prop_assert!(new[d.window.new.end..].trim().is_empty());
        }
        prop_assert!(d.window.words.end <= d.window.total_words);
        let _ = d.inline();
        Ok(())
    }

    /// Words drawn from a small vocabulary with punctuation, brackets and
    /// ellipses, so that the two sides share words.
    fn quoteish() -> impl Strategy<Value = String> {
        let word = prop_oneof![
            Just("the"),
            Just("The"),
            Just("Russian"),
            Just("army,"),
            Just("Jong-un"),
            Just("Jong"),
            Just("Un"),
            Just("[sic]"),
            Just("(DPRK)"),
            Just("..."),
            Just("…"),
            Just("people’s"),
            Just("people's"),
            Just("—"),
            Just("“war"),
            Just("victory.”"),
            Just("of"),
            Just("himself"),
        ];
        (
            proptest::collection::vec(word, 0..24),
            proptest::collection::vec(prop_oneof![Just(" "), Just("  "), Just("\n"), Just("-")], 0..24),
        )
            .prop_map(|(ws, seps)| {
                let mut s = String::new();
                for (i, w) in ws.iter().enumerate() {
                    if i > 0 {
                        s.push_str(seps.get(i).copied().unwrap_or(" "));
                    }
                    s.push_str(w);
                }
                s
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

        #[test]
        fn ops_rebuild_both_windows(old in quoteish(), new in quoteish()) {
            check(&old, &new)?;
        }

        #[test]
        fn a_sub_slice_rebuilds(old in quoteish(), a in 0usize..200, b in 0usize..200) {
            let (a, b) = (a.min(old.len()), b.min(old.len()));
            let (a, b) = (a.min(b), a.max(b));
            if old.is_char_boundary(a) && old.is_char_boundary(b) {
                check(&old, &old[a..b])?;
            }
        }

        #[test]
        fn arbitrary_text_never_panics(old in "\\PC{0,60}", new in "\\PC{0,60}") {
            check(&old, &new)?;
        }
    }
}
