//! Speaker attribution: who spoke each quote, found the way a careful reader
//! of news English finds it.
//!
//! The speaker is who spoke the words, not the agency or outlet reporting
//! them: in `Putin said he is sure that "...," the KCNA said` the speaker is
//! Putin and KCNA goes to `via`. A null speaker beats a wrong one, so every
//! rule below either finds its speaker or gives up; none guesses.
//!
//! The rules, in the order they are tried on the quote's sentence:
//! 1. **A cue before the quote.** The nearest speech verb before the quote
//!    in its clause (`said`, `told`, `hailed ... as`, `described ... as`,
//!    `expressed`, `pledged`, ...) and that verb's subject: a name
//!    (`North Korean leader Kim Jong Un hailed Putin as his "..."`), an
//!    organisation (`North Korea's foreign ministry stated ...`), the author
//!    of a message (`Kim's latest message described ...`), a pronoun or a
//!    role noun (`The North's leader sent "..."`). A participle or a
//!    coordinated verb takes its clause's subject (`Kim Jong-un sent his
//!    greeting, calling their ties a '...'`). When that subject is a thing
//!    (`a treaty that calls for "..."`), the quote has no speaker.
//! 2. **A cue right after the quote**: `"...," Kirby said`, `"...," said
//!    Kirby`, `"...," he added`, `"...," according to X`.
//! 3. **A reporting clause closing the sentence**: `..., state media said.`
//! 4. **Inheritance**: the next part of a quote continued across paragraphs
//!    takes its first part's speaker; a sentence that is nothing but a quote
//!    continues the speaker of the quote before it in the paragraph (or of
//!    the previous paragraph when that ended on an attributed quote); a
//!    headline or sub-head quote without a cue of its own takes the speaker
//!    of the same words quoted in the paragraphs below it.
//!
//! A cue whose subject is a news agency, outlet or "state media" (or `it`
//! standing for one) sets `via`, and the search goes on for the speaker.
//! Pronouns (`he`, `she`) resolve to the subject of a recent sentence, or to
//! the only person named there; role nouns (`the North's leader`, `the
//! Russian leader`) to the only person whose title fits. Names come back in
//! their fullest form seen in the article, titles stripped (`Kim` becomes
//! `Kim Jong Un`). A quote nested in another is attributed only by a named
//! subject inside its parent quote.
//!
//! Work is linear: each quote looks at its own sentence (at most
//! [`SENTENCE_LIMIT`] bytes each way) and, for a pronoun, a few sentences
//! before it; names are looked up in an index built in one pass.
//!
//! ```
//! use quotecheck::extract::{extract_quotes, ExtractConfig};
//! let text = "Russian President Vladimir Putin met reporters.\n\n\
//!             \"We are sure of victory,\" Putin said, the TASS agency said.";
//! let q = &extract_quotes(text, &ExtractConfig::default())[0];
//! assert_eq!(q.speaker.as_deref(), Some("Vladimir Putin"));
//! assert_eq!(q.cue.as_deref(), Some("said"));
//! ```

use super::layout::{Breaks, Paragraph, ceil_char, floor_char};
use super::marks::is_quote_mark;
use super::{Quote, QuoteId, WorkStats};
use crate::corpus::dateparse::month_from_name;
use crate::names;
use rustc_hash::FxHashMap;
use std::cell::{Cell, OnceCell, RefCell};
use std::rc::Rc;

mod foreign;
mod gender;

use gender::Gender;

/// Longest stretch of a sentence looked at on each side of a quote, in bytes.
pub const SENTENCE_LIMIT: usize = 600;
/// How many tokens before a quote the search for its cue goes back.
const MAX_BACK_TOKENS: usize = 60;
/// Longest noun phrase read as a subject, in tokens.
const MAX_NP_TOKENS: usize = 14;
/// Sentences before a pronoun searched for the person it stands for.
const PRONOUN_SENTENCES: usize = 3;
/// Paragraphs before a pronoun's own searched for the person it stands for.
const PRONOUN_PARAS: usize = 2;
/// Paragraphs after a sub-head searched for the quote it announces.
const HEADLINE_LOOKAHEAD_PARAS: usize = 3;
/// Quotes after a sub-head searched for the quote it announces.
const HEADLINE_LOOKAHEAD_QUOTES: usize = 16;
/// Mentions looked at on each side when expanding a name to its fullest form.
const FULLEST_WINDOW: usize = 16;
/// Longest parenthesis inside a noun phrase taken whole, in tokens
/// (`(D-Mass.)`, `(pictured)`, `(R-Texas)`).
const PAREN_TOKENS: usize = 8;
/// Legal forms that end a company's name (`Norvek AG`, `Acme Inc.`).
const COMPANY_FORMS: &[&str] = &[
    "AG",
    "Inc",
    "Corp",
    "Corporation",
    "Ltd",
    "LLC",
    "plc",
    "PLC",
    "SA",
    "S.A",
    "NV",
    "N.V",
    "GmbH",
    "SE",
    "AB",
    "ASA",
    "Oyj",
    "SpA",
    "BV",
    "Co",
    "KK",
    "Bhd",
];
/// Longest aside between two pieces of one broken quote (`he paused,`).
const BROKEN_QUOTE_GAP_BYTES: usize = 30;
/// Longest signature line under a quote (`— Sam Oduya, parent`), in bytes.
const SIGNATURE_BYTES: usize = 160;
/// Longest appositive between a subject after a quote and its cue, in tokens.
const APPOSITIVE_TOKENS: usize = 16;
/// Title mentions looked at when resolving a role noun.
const ROLE_LOOKBACK: usize = 64;
/// Longest attribution after a quote that still lets the next paragraph's
/// bare quote continue it, in bytes (`"...," the minister told reporters.`).
const TRAILING_ATTRIBUTION_BYTES: usize = 80;
/// Longest one-sentence attribution after a quote that still lets the bare
/// quote paragraph below continue it.
const MAX_ATTRIBUTION_SENTENCE_BYTES: usize = 240;
/// Most words of a speaker's label before a colon (`Sen. Bernie Sanders:`).
const MAX_LABEL_WORDS: usize = 4;

/// Sets `speaker`, `cue` and `via` of each quote where a reliable rule finds
/// them, and leaves them `None` elsewhere. `cue` holds the attributing words
/// as printed (`said`, `hailed`, `according to`); it is `None` for a speaker
/// inherited from another quote (continuation, sub-head).
pub fn attribute(text: &str, paras: &[Paragraph], quotes: &mut [Quote], stats: &mut WorkStats) {
    attribute_with(text, paras, &Breaks::new(text, paras), quotes, stats);
}

/// [`attribute`], reading the paragraphs' sentence breaks from `breaks`
/// (shared with the quotes' contexts, so each paragraph is scanned once).
pub(crate) fn attribute_with(
    text: &str,
    paras: &[Paragraph],
    breaks: &Breaks,
    quotes: &mut [Quote],
    stats: &mut WorkStats,
) {
    if quotes.is_empty() || paras.is_empty() {
        return;
    }
    let mut scratch = SCRATCH.take();
    let mut lowered = std::mem::take(&mut scratch.lowered);
    lowered.clear();
    lowered.push_str(text);
    lowered.make_ascii_lowercase();
    let ctx = Ctx::new(text, &lowered, paras, breaks, quotes, &mut scratch);
    let mut found: Vec<Attr> = (0..quotes.len()).map(|i| ctx.attribute_one(i)).collect();
    ctx.foreign_speakers(&mut found);
    ctx.inherit(quotes, &mut found);
    stats.speaker_bytes += ctx.work_bytes.get();
    stats.speaker_tokens += ctx.work_tokens.get();
    ctx.give_back(&mut scratch);
    scratch.lowered = lowered;
    SCRATCH.set(scratch);
    for (q, a) in quotes.iter_mut().zip(found) {
        q.speaker = a.speaker;
        q.cue = if q.speaker.is_some() || a.via.is_some() {
            a.cue
        } else {
            None
        };
        q.via = a.via;
    }
}

/// What the rules found for one quote.
#[derive(Debug, Clone, Default)]
struct Attr {
    speaker: Option<String>,
    cue: Option<String>,
    via: Option<String>,
    /// A cue governs the quote (even one with no speaker, such as `a treaty
    /// that calls for "..."`), so nothing may be inherited.
    governed: bool,
    /// The quote is a whole sentence by itself.
    standalone: bool,
    /// The speaker was found through `he` or `she`.
    by_pronoun: bool,
}

/// Where a quote sits, marks included.
#[derive(Debug, Clone, Copy)]
struct Span {
    open: usize,
    close: usize,
    para: usize,
    parent: Option<usize>,
    continues: Option<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct(char),
    /// A quote (marks included), by index.
    Quote(usize),
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    s: usize,
    e: usize,
    kind: Kind,
}

/// A cue found for a quote: what its subject stands for, and the cue's token.
type Cue = Option<(Ent, usize)>;

/// A window: its bounds and the level of its quotes (`None` for the top level).
type WinKey = (usize, usize, Option<usize>);

/// A window's tokens, with what the rules ask of the whole window worked
/// out once, on demand. Windows are shared: every child of one parent quote
/// reads the parent's words, every quote of a headline the headline's, so
/// no answer may cost a scan of the window per quote.
#[derive(Default)]
struct Win {
    toks: Vec<Tok>,
    /// `clause[k]`: start of the clause holding token `k` (just after the
    /// last `;` before it), for `k` in `0..=len`.
    clause: OnceCell<Vec<usize>>,
    /// `next_word[k]`: the first token at or after `k` that is not
    /// punctuation (`len` if none).
    next_word: OnceCell<Vec<usize>>,
    /// `next_nonsep[k]`: the first token at or after `k` that is not a
    /// comma or dash.
    next_nonsep: OnceCell<Vec<usize>>,
    /// `next_comma[k]`: the first token at or after `k` that is a comma
    /// (or a quote ending with one).
    next_comma: OnceCell<Vec<usize>>,
    /// The last comma and what a reporting clause after it gives.
    final_clause: OnceCell<Option<(usize, Cue)>>,
    /// The first reporter that is the subject of a cue verb, and where.
    reporter: OnceCell<Option<(usize, String)>>,
    /// The subject of the window's first clause.
    first_subject: OnceCell<Option<Ent>>,
    /// No words in the window, only punctuation and quotes.
    wordless: OnceCell<bool>,
}

impl Win {
    fn new(toks: Vec<Tok>) -> Win {
        Win { toks, ..Win::default() }
    }

    fn clause_start(&self, k: usize) -> usize {
        self.clause.get_or_init(|| {
            let mut v = Vec::with_capacity(self.toks.len() + 1);
            let mut cur = 0;
            v.push(0);
            for (j, t) in self.toks.iter().enumerate() {
                if t.kind == Kind::Punct(';') {
                    cur = j + 1;
                }
                v.push(cur);
            }
            v
        })[k]
    }

    /// For each `k`, the first token at or after `k` that is not `skip`.
    fn next_not(toks: &[Tok], skip: impl Fn(&Tok) -> bool) -> Vec<usize> {
        let mut v = vec![toks.len(); toks.len() + 1];
        for k in (0..toks.len()).rev() {
            v[k] = if skip(&toks[k]) { v[k + 1] } else { k };
        }
        v
    }

    fn next_word(&self, k: usize) -> usize {
        self.next_word
            .get_or_init(|| Win::next_not(&self.toks, |t| matches!(t.kind, Kind::Punct(_))))[k]
    }

    fn next_nonsep(&self, k: usize) -> usize {
        self.next_nonsep.get_or_init(|| {
            Win::next_not(&self.toks, |t| {
                matches!(t.kind, Kind::Punct(',' | '\u{2014}' | '\u{2013}'))
            })
        })[k]
    }
}

/// What a noun phrase stands for.
#[derive(Debug, Clone, PartialEq)]
enum Ent {
    /// A name as printed, titles stripped (a person, or a place standing for
    /// its government).
    Name(String),
    /// An organisation speaking for itself.
    Org(String),
    /// A news agency, outlet or state media: goes to `via`.
    Reporter(String),
    /// A role noun: `the North's leader`, `the president`.
    Role { head: String, mods: Vec<String>, at: usize },
    /// `he`, `she`.
    He(usize),
    /// `they`.
    They(usize),
    /// `it`.
    It(usize),
    /// `the company`, `the firm`, at a byte position.
    Firm(usize),
    /// Not a speaker: a thing, an anonymous group, two people at once.
    Thing,
}

/// The subject found for a cue verb.
enum Subj {
    Ent(Ent),
    /// The word is not used as a verb here (`best wishes`, `expressed hope`).
    NotVerb,
    /// The verb governs the quote but gives no speaker (passive without agent).
    Stop,
}

/// The outcome of the search before a quote.
enum Pre {
    Found(Ent, usize),
    Stop,
    None,
}

/// How a name found in the text resolves.
enum Resolved {
    Speaker(String),
    Via(String),
    None,
}

/// A name seen in the article.
#[derive(Debug, Clone)]
struct Mention {
    pos: usize,
    name: String,
    toks: Rc<[String]>,
}

/// A name seen after a title (`North Korean leader Kim Jong Un`).
#[derive(Debug, Clone)]
struct Titled {
    pos: usize,
    name: String,
    toks: Rc<[String]>,
    head: String,
    mods: Vec<String>,
}

/// Names of the article, built in one pass.
#[derive(Debug, Default)]
struct Registry {
    mentions: Vec<Mention>,
    /// First and last canonical token of each mention -> mention indices, in
    /// order of position.
    by_token: FxHashMap<String, Vec<usize>>,
    titled: Vec<Titled>,
}

/// A noun phrase's words and what they stand for.
type Classified = (Vec<String>, Ent);

/// Answers of pure functions of words and names, kept across the articles
/// one thread extracts: a corpus names the same people, and uses the same
/// words, article after article (the 10k synth corpus has about four quotes
/// an article, too few for a memo per article to pay). Each table is
/// emptied when it reaches [`MEMO_LIMIT`] entries, so memory stays bounded.
#[derive(Default)]
struct Memo {
    /// [`names::tokens`] by name.
    tokens_of: FxHashMap<String, Rc<[String]>>,
    /// What [`Registry::fullest`] returns for a name the article names in no
    /// fuller form, by name.
    own_of: FxHashMap<String, String>,
    /// What a noun phrase stands for ([`classify_words`]), by a hash of its words.
    classified: FxHashMap<u64, Vec<Classified>>,
    /// [`np_word_test`] by word as printed.
    np_words: FxHashMap<String, bool>,
    /// [`cue_lemma`] of the word lower-cased, by word as printed.
    cues: FxHashMap<String, Option<(&'static str, Form)>>,
    /// What a capitalized run names ([`run_name`]), by a hash of its words
    /// and whether `of`, `and` or `for` stands before it.
    runs: FxHashMap<u64, Vec<RunEntry>>,
}

/// A run's words, whether `of`, `and` or `for` stands before it, and the
/// name it registers (see [`run_name`]).
type RunEntry = (Vec<String>, bool, Option<Rc<RunName>>);

/// Most entries a table of [`Memo`] holds.
const MEMO_LIMIT: usize = 1 << 16;

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// The memoized answer `get` finds, else `compute`'s, stored with `put`.
/// (The memo is not borrowed while `compute` runs: it may ask the memo too.)
fn memoized<T: Clone>(
    get: impl FnOnce(&Memo) -> Option<T>,
    compute: impl FnOnce() -> T,
    put: impl FnOnce(&mut Memo, T),
) -> T {
    if let Some(v) = MEMO.with_borrow(get) {
        return v;
    }
    let v = compute();
    MEMO.with_borrow_mut(|m| put(m, v.clone()));
    v
}

/// [`names::tokens`] of a name, split once (see [`Memo`]).
fn name_tokens(name: &str) -> Rc<[String]> {
    memoized(
        |m| m.tokens_of.get(name).cloned(),
        || names::tokens(name).into(),
        |m, t| memo_insert(&mut m.tokens_of, name.to_string(), t),
    )
}

/// `name` itself, titles stripped: what [`Registry::fullest`] returns
/// when the article names no fuller form (worked out once: see [`Memo`]).
fn own_name(name: &str) -> String {
    memoized(
        |m| m.own_of.get(name).cloned(),
        || name_part(&name.split_whitespace().collect::<Vec<_>>()).unwrap_or_else(|| name.to_string()),
        |m, own| memo_insert(&mut m.own_of, name.to_string(), own),
    )
}

/// Buffers of one article's attribution that the next article on the same
/// thread uses again: emptied between articles, not freed (an article of
/// the 10k synth corpus allocated about a dozen of them, each costing more
/// than the work done in it).
#[derive(Default)]
struct Scratch {
    /// The article lower-cased ([`Ctx::lowered`]).
    lowered: String,
    /// Quote index by id ([`Ctx::new`]).
    index: FxHashMap<QuoteId, usize>,
    spans: Vec<Span>,
    top: Vec<usize>,
    masked: Vec<usize>,
    /// The registry's tokens of one segment, and the words read back before it.
    segment: Vec<Tok>,
    before: Vec<Tok>,
    /// The last article's registry, emptied for the next one.
    reg: Registry,
    /// Token buffers of windows ([`Ctx::recycle`]).
    spare_toks: Vec<Vec<Tok>>,
}

thread_local! {
    /// Taken while an article is attributed, put back after (a nested call,
    /// were there one, would start from empty buffers).
    static SCRATCH: Cell<Scratch> = Cell::new(Scratch::default());
}

/// Inserts into a table of [`Memo`], emptying it first when full.
fn memo_insert<K: std::hash::Hash + Eq, V>(table: &mut FxHashMap<K, V>, k: K, v: V) {
    if table.len() >= MEMO_LIMIT {
        table.clear();
    }
    table.insert(k, v);
}

struct Ctx<'a> {
    text: &'a str,
    /// `text` with its ASCII letters lower-cased (same length, same char
    /// boundaries): the lower-case form of an ASCII word is a slice of it,
    /// borrowed instead of copied into a [`Low::Inline`] that is
    /// UTF-8-validated on every use (see [`Ctx::lower_tok`]).
    lowered: &'a str,
    paras: &'a [Paragraph],
    spans: Vec<Span>,
    /// Indices of quotes with no parent, in order of position.
    top: Vec<usize>,
    /// Sentence breaks of each paragraph (computed on first use, shared
    /// with the quotes' contexts).
    breaks: &'a Breaks<'a>,
    reg: Registry,
    /// Bytes tokenized (see [`WorkStats::speaker_bytes`]).
    work_bytes: Cell<usize>,
    /// Window tokens examined (see [`WorkStats::speaker_tokens`]).
    work_tokens: Cell<usize>,
    /// Windows still in use: the enclosing quotes' and the headline's (and
    /// the last sentence's), by `(lo, hi, parent)`.
    windows: RefCell<Vec<(WinKey, Rc<Win>)>>,
    /// Top-level tokens of the paragraph last split into words whole (see
    /// [`Ctx::top_tokens`]), by paragraph index.
    para_toks: RefCell<Option<(usize, Rc<Vec<Tok>>)>>,
    /// The quotes [`Ctx::tokens_counted`] folds into one token each: one
    /// buffer for every window of the article, not a Vec allocated per window.
    masked: RefCell<Vec<usize>>,
    /// The words of the noun phrase [`Ctx::classify`] works on: one buffer
    /// for every phrase of the article.
    np_words: RefCell<Vec<&'a str>>,
    /// Token buffers of windows no longer used, for the next windows' tokens
    /// (see [`Ctx::recycle`]).
    spare_toks: RefCell<Vec<Vec<Tok>>>,
}

impl<'a> Ctx<'a> {
    fn new(
        text: &'a str,
        lowered: &'a str,
        paras: &'a [Paragraph],
        breaks: &'a Breaks<'a>,
        quotes: &[Quote],
        scratch: &mut Scratch,
    ) -> Self {
        let index = &mut scratch.index;
        index.clear();
        index.extend(quotes.iter().enumerate().map(|(i, q)| (q.id, i)));
        let mut spans = std::mem::take(&mut scratch.spans);
        spans.clear();
        let mut p = 0usize;
        for q in quotes {
            while p + 1 < paras.len() && paras[p + 1].start <= q.start {
                p += 1;
            }
            let (open, close) = mark_bounds(text, q);
            spans.push(Span {
                open,
                close,
                para: p,
                parent: q.parent.and_then(|id| index.get(&id).copied()),
                continues: q.continues.and_then(|id| index.get(&id).copied()),
            });
        }
        let mut top = std::mem::take(&mut scratch.top);
        top.clear();
        top.extend((0..quotes.len()).filter(|&i| spans[i].parent.is_none()));
        let mut reg = std::mem::take(&mut scratch.reg);
        reg.build(text, paras, &mut scratch.segment, &mut scratch.before);
        let reg_bytes = paras.iter().filter(|p| !p.headline).map(|p| p.end - p.start).sum();
        Ctx {
            text,
            lowered,
            paras,
            spans,
            top,
            breaks,
            reg,
            work_bytes: Cell::new(reg_bytes),
            work_tokens: Cell::new(0),
            windows: RefCell::new(Vec::new()),
            para_toks: RefCell::new(None),
            masked: RefCell::new(std::mem::take(&mut scratch.masked)),
            np_words: RefCell::new(Vec::new()),
            spare_toks: RefCell::new(std::mem::take(&mut scratch.spare_toks)),
        }
    }

    /// Returns the buffers taken from `scratch` by [`Ctx::new`].
    fn give_back(self, scratch: &mut Scratch) {
        for (_, w) in self.windows.take() {
            self.recycle(w);
        }
        scratch.spans = self.spans;
        scratch.top = self.top;
        scratch.masked = self.masked.into_inner();
        scratch.reg = self.reg;
        scratch.spare_toks = self.spare_toks.into_inner();
    }

    // ----- windows and tokens -------------------------------------------------

    /// The top-level quote whose marks strictly contain byte `at`, if any.
    fn top_containing(&self, at: usize) -> Option<usize> {
        let k = self.top.partition_point(|&i| self.spans[i].open < at);
        let i = *self.top.get(k.checked_sub(1)?)?;
        (self.spans[i].close > at).then_some(i)
    }

    /// Start of the sentence holding byte `at` (no more than
    /// [`SENTENCE_LIMIT`] bytes back).
    fn raw_start(&self, para: usize, at: usize) -> usize {
        // (A caller's `end - 1` may fall inside a character.)
        let at = floor_char(self.text, at);
        let p = &self.paras[para];
        let b = self.breaks.of(para);
        let k = b.partition_point(|&x| x <= at);
        let s = if k == 0 { p.start } else { b[k - 1] };
        let s = s.max(floor_char(self.text, at.saturating_sub(SENTENCE_LIMIT)));
        let rest = &self.text[s..at.max(s)];
        s + (rest.len() - rest.trim_start().len())
    }

    /// End of the sentence going on at byte `at` (no more than
    /// [`SENTENCE_LIMIT`] bytes on).
    fn raw_end(&self, para: usize, at: usize) -> usize {
        let p = &self.paras[para];
        let b = self.breaks.of(para);
        let k = b.partition_point(|&x| x < at);
        let e = b.get(k).copied().unwrap_or(p.end);
        e.min(ceil_char(self.text, at + SENTENCE_LIMIT))
            .min(p.end)
            .max(at.min(p.end))
    }

    /// Start of the sentence holding byte `at`, moved before any quote it
    /// would cut.
    fn sent_start(&self, para: usize, at: usize) -> usize {
        let ps = self.paras[para].start;
        let mut s = self.raw_start(para, at);
        for _ in 0..4 {
            match self.top_containing(s) {
                Some(i) if self.spans[i].open >= ps && self.spans[i].open < s => {
                    s = self.raw_start(para, self.spans[i].open);
                }
                _ => break,
            }
        }
        s
    }

    /// End of the sentence going on at byte `at`, moved after any quote it
    /// would cut.
    fn sent_end(&self, para: usize, at: usize) -> usize {
        let pe = self.paras[para].end;
        let mut e = self.raw_end(para, at);
        for _ in 0..4 {
            match self.top_containing(e) {
                Some(i) if self.spans[i].close <= pe && self.spans[i].close > e => {
                    e = self.raw_end(para, self.spans[i].close);
                }
                _ => break,
            }
        }
        e
    }

    /// Tokens of `lo..hi`, with the quotes of one level (top level, or the
    /// children of `parent`) each folded into one token.
    fn tokens(&self, lo: usize, hi: usize, parent: Option<usize>) -> Vec<Tok> {
        self.tokens_counted(lo, hi, parent, true)
    }

    /// [`Ctx::tokens`]; `count_tokens`: add the tokens to the window tokens
    /// examined (the bytes are always counted).
    fn tokens_counted(&self, lo: usize, hi: usize, parent: Option<usize>, count_tokens: bool) -> Vec<Tok> {
        let hi = hi.max(lo);
        let mut masked = self.masked.borrow_mut();
        masked.clear();
        match parent {
            None => {
                let k = self.top.partition_point(|&i| self.spans[i].close <= lo);
                masked.extend(
                    self.top[k..]
                        .iter()
                        .copied()
                        .take_while(|&i| self.spans[i].open < hi)
                        .filter(|&i| self.spans[i].open >= lo && self.spans[i].close <= hi),
                );
            }
            Some(p) => masked.extend(
                (p + 1..self.spans.len())
                    .take_while(|&i| self.spans[i].open < hi)
                    .filter(|&i| {
                        self.spans[i].parent == Some(p) && self.spans[i].open >= lo && self.spans[i].close <= hi
                    }),
            ),
        }
        let mut toks = self.spare_toks.borrow_mut().pop().unwrap_or_default();
        // About one token per five bytes of news prose.
        toks.reserve((hi - lo) / 5 + 4);
        tokenize_into(&mut toks, self.text, lo, hi, &masked, &self.spans);
        let skipped: usize = masked.iter().map(|&q| self.spans[q].close - self.spans[q].open).sum();
        drop(masked);
        self.work_bytes
            .set(self.work_bytes.get() + (hi - lo).saturating_sub(skipped));
        if count_tokens {
            self.work_tokens.set(self.work_tokens.get() + toks.len());
        }
        toks
    }

    /// Whether tokenizing may stop or start at byte `x` without changing a
    /// token: whitespace just before it (no word, no lookahead runs across)
    /// and no top-level quote around it (the quote would be one token on
    /// one side of the cut and words on the other).
    fn cuts_cleanly(&self, x: usize) -> bool {
        if x == 0 || !matches!(self.text.as_bytes()[x - 1], b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            return false;
        }
        let k = self.top.partition_point(|&i| self.spans[i].open < x);
        k == 0 || self.spans[self.top[k - 1]].close < x
    }

    /// Tokens of the top-level window `lo..hi` in paragraph `para`: the words
    /// of a paragraph with many quotes are split once, and each window takes
    /// its middle from them, tokenizing only its edges (which may start or
    /// end mid-word, or inside a quote that the window cuts). Identical to
    /// [`Ctx::tokens`]`(lo, hi, None)`: the middle runs between two clean
    /// cuts (see [`Ctx::cuts_cleanly`]), where the paragraph's and the
    /// window's tokenizations both have a token boundary, and the quotes
    /// folded between them are the same.
    fn top_tokens(&self, lo: usize, hi: usize, para: usize) -> Vec<Tok> {
        const EDGE_SEARCH: usize = 64;
        let p = self.paras[para];
        if lo < p.start || hi > p.end || hi - lo < 4 * EDGE_SEARCH {
            return self.tokens(lo, hi, None);
        }
        let a = (lo..lo + EDGE_SEARCH).find(|&x| self.cuts_cleanly(x));
        let b = ((hi - EDGE_SEARCH + 1)..=hi).rev().find(|&x| self.cuts_cleanly(x));
        let (Some(a), Some(b)) = (a, b) else {
            return self.tokens(lo, hi, None);
        };
        let pt = {
            let mut cache = self.para_toks.borrow_mut();
            match &*cache {
                Some((q, t)) if *q == para => Rc::clone(t),
                _ => {
                    // Only worth it for a paragraph with several quotes: a
                    // lone quote's sentence is read once anyway.
                    let first = self.top.partition_point(|&i| self.spans[i].open < p.start);
                    let many = self.top[first..]
                        .iter()
                        .take(3)
                        .filter(|&&i| self.spans[i].open < p.end)
                        .count()
                        >= 3;
                    if !many {
                        drop(cache);
                        return self.tokens(lo, hi, None);
                    }
                    let t = Rc::new(self.tokens_counted(p.start, p.end, None, false));
                    *cache = Some((para, Rc::clone(&t)));
                    t
                }
            }
        };
        let mut out = self.tokens_counted(lo, a, None, false);
        let m0 = pt.partition_point(|t| t.s < a);
        let m1 = pt.partition_point(|t| t.s < b);
        out.extend_from_slice(&pt[m0..m1]);
        out.extend(self.tokens_counted(b, hi, None, false));
        self.work_tokens.set(self.work_tokens.get() + out.len());
        out
    }

    /// The window `lo..hi` at the level of `parent`, shared with the other
    /// quotes that read the same window. Quotes come in order of position, so
    /// a window ending before quote `i` opens is no longer needed.
    fn window(&self, i: usize, lo: usize, hi: usize, parent: Option<usize>, shared: bool) -> Rc<Win> {
        let key = (lo, hi, parent);
        let open = self.spans[i].open;
        let mut cache = self.windows.borrow_mut();
        for (_, w) in cache.extract_if(.., |((_, h, _), _)| *h <= open) {
            self.recycle(w);
        }
        if let Some((_, w)) = cache.iter().find(|(k, _)| *k == key) {
            return Rc::clone(w);
        }
        let toks = match parent {
            None => self.top_tokens(lo, hi, self.spans[i].para),
            Some(_) => self.tokens(lo, hi, parent),
        };
        let w = Rc::new(Win::new(toks));
        if !shared {
            // One sentence window at a time: the next quote of the same
            // sentence reuses it.
            for (_, w) in cache.extract_if(.., |((_, _, p), _)| p.is_none()) {
                self.recycle(w);
            }
        }
        cache.push((key, Rc::clone(&w)));
        w
    }

    /// Keeps the token buffer of a window no longer needed for the next
    /// window's tokens (when no quote holds the window any more).
    fn recycle(&self, w: Rc<Win>) {
        if let Ok(w) = Rc::try_unwrap(w) {
            let mut toks = w.toks;
            toks.clear();
            self.spare_toks.borrow_mut().push(toks);
        }
    }

    fn word(&self, t: &Tok) -> &'a str {
        &self.text[t.s..t.e]
    }

    /// The lower-case word at `k` without possessive or final period, or "".
    fn low(&self, toks: &[Tok], k: usize) -> Low<'a> {
        match toks.get(k) {
            Some(t) if t.kind == Kind::Word => self.lower_tok(t),
            _ => Low::Borrowed(""),
        }
    }

    /// [`lower`] of the word of `t`. An ASCII word is cut the same way, and
    /// its lower-case form is then the same bytes of [`Ctx::lowered`].
    fn lower_tok(&self, t: &Tok) -> Low<'a> {
        let w = self.word(t);
        if !w.is_ascii() {
            return lower(w);
        }
        let cut = ascii_cut(w).len();
        Low::Borrowed(&self.lowered[t.s..t.s + cut])
    }

    // ----- one quote ----------------------------------------------------------

    fn attribute_one(&self, i: usize) -> Attr {
        let sp = self.spans[i];
        let para = self.paras[sp.para];
        let (lo, hi, nested) = if let Some(p) = sp.parent {
            let ps = self.spans[p];
            let inner_lo = ps.open + (self.text[ps.open..].chars().next().map_or(0, char::len_utf8));
            (inner_lo.min(sp.open), ps.close.max(sp.close), true)
        } else if para.headline {
            (para.start.min(sp.open), para.end.max(sp.close), false)
        } else {
            let mut hi = self.sent_end(sp.para, sp.close).max(sp.close);
            if self.named_after_its_own_sentence(sp, hi) {
                hi = self.sent_end(sp.para, hi + 1).max(hi);
            }
            (self.sent_start(sp.para, sp.open), hi, false)
        };
        let w = self.window(i, lo, hi, sp.parent, nested || para.headline);
        let toks = &w.toks[..];
        // Tokens are in order of position and a quote's token starts at its mark.
        let qi = toks.partition_point(|t| t.s < sp.open);
        if toks.get(qi).is_none_or(|t| t.kind != Kind::Quote(i)) {
            return Attr::default();
        }
        // `CNBC's "Squawk Box"`: a title after its owner's possessive names a
        // work, and nobody spoke it.
        if qi > 0
            && toks[qi - 1].kind == Kind::Word
            && is_possessive(self.word(&toks[qi - 1]))
            && self.is_title_case(sp)
        {
            return Attr {
                governed: true,
                ..Attr::default()
            };
        }
        // `so-called "gray zone" incidents`, `a book titled "..."`, `author
        // of "Deutschland im Stillstand"`: a term or a work's title, which
        // nobody spoke.
        if qi > 0 && toks[qi - 1].kind == Kind::Word {
            let prev = self.lower_tok(&toks[qi - 1]);
            let work_of = prev == "of"
                && qi > 1
                && matches!(
                    &*self.lower_tok(&toks[qi - 2]),
                    "author" | "co-author" | "editor" | "director" | "producer" | "creator" | "writer" | "host"
                );
            let title = matches!(&*prev, "titled" | "entitled") || work_of || (prev == "of" && self.is_title_case(sp));
            // `a 2024 study, nicknamed "the spotty star problem" by
            // researchers`, `an operation dubbed "..."`: a name given.
            let name_given = matches!(&*prev, "nicknamed" | "dubbed" | "codenamed" | "code-named");
            if matches!(&*prev, "so-called" | "so\u{2011}called") || title || name_given {
                return Attr {
                    governed: true,
                    ..Attr::default()
                };
            }
        }
        // `the band's new album, "Low Tide Letters," was written`: a
        // title-case quote in apposition to the kind of work it names.
        if qi > 1
            && toks[qi - 1].kind == Kind::Punct(',')
            && toks[qi - 2].kind == Kind::Word
            && WORK_NOUNS.contains(&&*self.lower_tok(&toks[qi - 2]))
            && self.is_title_case(sp)
        {
            return Attr {
                governed: true,
                ..Attr::default()
            };
        }
        // `on the "Talking Toffees" podcast`, `the "Succession" finale`: a
        // title-case quote between `the` and the kind of work it names.
        if qi > 0
            && toks[qi - 1].kind == Kind::Word
            && matches!(&*self.lower_tok(&toks[qi - 1]), "the" | "a" | "his" | "her" | "their")
            && toks
                .get(qi + 1)
                .is_some_and(|t| t.kind == Kind::Word && WORK_NOUNS.contains(&&*self.lower_tok(t)))
            && self.is_title_case(sp)
        {
            return Attr {
                governed: true,
                ..Attr::default()
            };
        }
        // `Dwayne "The Rock" Johnson`: a nickname inside a name is nobody's
        // words.
        // (Not in a headline, whose every word is capitalized: `Kim Hails
        // 'Dearest Friend' Putin`; not before a day: `called Kim "Rocket
        // Man" Tuesday`.)
        if qi > 0
            && !para.headline
            && toks[qi - 1].kind == Kind::Word
            && is_cap(self.word(&toks[qi - 1]))
            && cue_lemma(&self.lower_tok(&toks[qi - 1])).is_none()
            && toks
                .get(qi + 1)
                .is_some_and(|t| t.kind == Kind::Word && is_cap(self.word(t)) && !DAYS.contains(&&*self.lower_tok(t)))
            && self.is_title_case(sp)
        {
            return Attr {
                governed: true,
                ..Attr::default()
            };
        }
        let headline = para.headline && !nested;
        let mut attr = Attr {
            standalone: !nested
                && *w
                    .wordless
                    .get_or_init(|| toks.iter().all(|t| matches!(t.kind, Kind::Punct(_) | Kind::Quote(_)))),
            ..Attr::default()
        };
        let mut via: Option<String> = None;
        let speaker_from = |ent: Ent, at: usize, via: &mut Option<String>| -> Option<String> {
            match self.resolve(&ent, at, lo, toks, sp.para, nested) {
                Resolved::Speaker(s) => Some(s),
                Resolved::Via(r) => {
                    via.get_or_insert(r);
                    None
                }
                Resolved::None => None,
            }
        };

        // A cue right after the quote: kept for later, its reporter noted now.
        let mut post: Option<(Ent, usize)> = None;
        if let Some((ent, k)) = self.post_search(toks, qi, headline) {
            match ent {
                Ent::Reporter(r) => {
                    via = Some(r);
                    attr.governed = true;
                    attr.cue = Some(self.cue_text(toks, k));
                }
                Ent::It(_) => {
                    attr.governed = true;
                    attr.cue = Some(self.cue_text(toks, k));
                    if let Some(s) = speaker_from(ent, toks[k].s, &mut via) {
                        post = Some((Ent::Org(s), k));
                    }
                }
                e => post = Some((e, k)),
            }
        }

        match self.pre_search(&w, qi, headline, &mut via) {
            Pre::Found(ent, k) => {
                attr.governed = true;
                attr.cue = Some(self.cue_text(toks, k));
                attr.by_pronoun = matches!(ent, Ent::He(_));
                attr.speaker = speaker_from(ent, toks[k].s, &mut via);
            }
            Pre::Stop => attr.governed = true,
            Pre::None => {
                if let Some((ent, k)) = post {
                    attr.governed = true;
                    attr.cue = Some(self.cue_text(toks, k));
                    attr.by_pronoun = matches!(ent, Ent::He(_));
                    attr.speaker = speaker_from(ent, toks[k].s, &mut via);
                } else if let Some((ent, k)) = self.final_clause(&w, qi) {
                    attr.governed = true;
                    attr.cue = Some(self.cue_text(toks, k));
                    attr.speaker = speaker_from(ent, toks[k].s, &mut via);
                } else if let Some((ent, k)) = self.colon_label(toks, qi, headline, sp.para) {
                    attr.governed = true;
                    attr.cue = Some(":".to_string());
                    attr.speaker = speaker_from(ent, toks[k].s, &mut via);
                }
            }
        }
        if via.is_none()
            && let Some((Ent::Reporter(r), _)) = self.final_clause(&w, qi)
        {
            via = Some(r);
        }
        if via.is_none() {
            via = self.reporter_subject(&w, qi);
        }
        attr.via = via;
        attr
    }

    /// `"Where are the jobs?" Kennedy asked.`: a quote ending on its own
    /// `?` or `!` ends its sentence, yet the capitalized name and the cue
    /// verb right after it are its attribution, not a new sentence. True
    /// when the sentence after the quote (which ends at `end`) opens with
    /// one to four capitalized words and a cue verb.
    fn named_after_its_own_sentence(&self, sp: Span, end: usize) -> bool {
        let inner =
            self.text[sp.open..sp.close].trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?' && c != '!');
        if !inner.ends_with(['?', '!']) || self.text[sp.close..end].chars().any(char::is_alphanumeric) {
            return false;
        }
        let Some(after) = self.text.get(end..self.paras[sp.para].end) else {
            return false;
        };
        // (Titles may come first: `Mr. Reddy asked`, `Mariners manager Rick
        // Castellano asked`.)
        for (names, w) in after.split_whitespace().take(7).enumerate() {
            let bare = w.trim_end_matches(['.', ',', ';']);
            if names > 0
                && let Some((_, Form::Ed | Form::S)) = cue_lemma(&bare.to_lowercase())
            {
                return true;
            }
            let title = names::is_title(bare);
            if names == 5 || !(is_cap(bare) || title) || (bare.len() != w.len() && !(title && w.ends_with('.'))) {
                return false;
            }
        }
        false
    }

    /// Whether a quote's words read as a title: at most six, each
    /// capitalized but for short joining words (`Meet the Press`).
    fn is_title_case(&self, sp: Span) -> bool {
        let inner = self.text[sp.open..sp.close]
            .trim_matches(|c: char| is_quote_mark(c) || c.is_whitespace() || c == ',' || c == '.');
        // Word by word, stopping at the first that fails or the seventh: a
        // long quote is not split whole (that was 3% of the command).
        let mut words = inner.split_whitespace();
        if !words.next().is_some_and(|w| w.starts_with(char::is_uppercase)) {
            return false;
        }
        let mut n = 1;
        for w in words {
            n += 1;
            if n > 6
                || !(w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || matches!(w, "the" | "of" | "and" | "a" | "in" | "on" | "to" | "for"))
            {
                return false;
            }
        }
        true
    }

    /// A news agency or outlet that is the subject of a cue verb before the
    /// quote (`KCNA quoted Kim as saying "..."`).
    fn reporter_subject(&self, w: &Win, qi: usize) -> Option<String> {
        // The first such subject in the window, found once: the one before
        // the quote, if it is before it.
        let first = w.reporter.get_or_init(|| self.first_reporter_subject(&w.toks));
        first.as_ref().filter(|(k, _)| *k < qi).map(|(_, r)| r.clone())
    }

    fn first_reporter_subject(&self, toks: &[Tok]) -> Option<(usize, String)> {
        (1..toks.len()).find_map(|k| {
            let t = &toks[k];
            if t.kind != Kind::Word || toks[k - 1].kind != Kind::Word || self.cue_of(self.word(t)).is_none() {
                return None;
            }
            let a = self.np_back(toks, k - 1);
            // `classify` names a reporter only for a phrase holding a
            // reporter word or name: most subjects hold none, skip them.
            let np = &toks[a..k];
            if !np.iter().any(|t| {
                t.kind == Kind::Word && {
                    let l = self.lower_tok(t);
                    in_reporter_words(&l) || in_reporter_names(&l)
                }
            }) {
                return None;
            }
            match self.classify(np, toks[a.min(k - 1)].s) {
                Ent::Reporter(r) => Some((k, r)),
                _ => None,
            }
        })
    }

    /// The cue words at token `k` as printed (`according to` kept whole).
    fn cue_text(&self, toks: &[Tok], k: usize) -> String {
        let w = self.word(&toks[k]);
        if w.eq_ignore_ascii_case("according") && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word) {
            return self.text[toks[k].s..toks[k + 1].e].to_string();
        }
        w.to_string()
    }

    /// Rule 1: the nearest cue verb before the quote, in its clause.
    fn pre_search(&self, win: &Win, qi: usize, headline: bool, via: &mut Option<String>) -> Pre {
        let toks = &win.toks[..];
        let lo = qi.saturating_sub(MAX_BACK_TOKENS);
        let clause_start = win.clause_start(qi);
        let mut k = qi;
        while k > lo.max(clause_start) {
            k -= 1;
            if toks[k].kind != Kind::Word {
                continue;
            }
            let w = self.word(&toks[k]);
            let l = self.lower_tok(&toks[k]);
            if l == "according" && self.low(toks, k + 1) == "to" {
                // `According to him, ...`: the person last named.
                if k + 2 < qi && matches!(&*self.low(toks, k + 2), "him" | "her") {
                    return Pre::Found(Ent::He(toks[k + 2].s), k);
                }
                let end = self.np_fwd(toks, k + 2, qi);
                match self.classify(&toks[k + 2..end], toks[k].s) {
                    Ent::Reporter(r) => {
                        via.get_or_insert(r);
                        continue;
                    }
                    Ent::Thing => continue,
                    e => return Pre::Found(e, k),
                }
            }
            // `a quote from Iowa Democratic Party chair Ross Wilburn: "..."`,
            // `a statement from Chair Jeff Kaufmann: "..."`.
            if matches!(
                &*l,
                "quote" | "statement" | "comment" | "comments" | "remarks" | "message" | "words"
            ) && self.low(toks, k + 1) == "from"
            {
                let end = self.np_fwd(toks, k + 2, qi);
                let lead_in = end == qi || (end + 1 == qi && matches!(toks[end].kind, Kind::Punct(':' | ',')));
                if end > k + 2 && lead_in {
                    match self.classify(&toks[k + 2..end], toks[k + 2].s) {
                        e @ (Ent::Name(_) | Ent::Org(_)) => return Pre::Found(e, k),
                        Ent::Reporter(r) => {
                            via.get_or_insert(r);
                        }
                        _ => {}
                    }
                }
            }
            let Some((lemma, form)) = cue_lemma(&l) else { continue };
            // `sent a message saying`, but not `would send a delegation`.
            if lemma == "send" && !self.sends_words(toks, k, qi) {
                continue;
            }
            // `A Register story quoted Gov. Kim Reynolds about wanting "..."`:
            // the person quoted speaks, not the story quoting.
            if lemma == "quote"
                && matches!(form, Form::Ed | Form::S)
                && let end = self.np_fwd(toks, k + 1, qi)
                && end > k + 1
                && let e @ Ent::Name(_) = self.classify(&toks[k + 1..end], toks[k + 1].s)
            {
                return Pre::Found(e, k);
            }
            if is_cap(w) && !headline && k != self.clause_first(toks, k) {
                continue;
            }
            match self.subject_of(win, k, lemma, form, qi, headline) {
                Subj::Ent(Ent::Reporter(r)) => {
                    via.get_or_insert(r);
                }
                // `Tom Ashworth said families were being asked to "pay
                // twice"`: a passive without agent inside reported speech
                // leaves the reporting speaker.
                Subj::Stop if form == Form::Ed && self.after_be(toks, k) => {
                    return self
                        .outer_reporter(win, k, lo.max(clause_start), qi, headline)
                        .unwrap_or(Pre::Stop);
                }
                Subj::Ent(Ent::Thing) | Subj::Stop => return Pre::Stop,
                Subj::Ent(e) => {
                    if matches!(
                        lemma,
                        "hope"
                            | "wish"
                            | "promise"
                            | "pledge"
                            | "vow"
                            | "welcome"
                            | "threaten"
                            | "urge"
                            | "demand"
                            | "predict"
                    ) && matches!(form, Form::Ed | Form::S)
                        && let Some(outer) = self.outer_reporter(win, k, lo.max(clause_start), qi, headline)
                    {
                        return outer;
                    }
                    return Pre::Found(e, k);
                }
                Subj::NotVerb => {}
            }
        }
        Pre::None
    }

    /// Whether a form of `be` comes before the verb at `k`, past adverbs
    /// (`were being asked`, `was also told`): a passive.
    fn after_be(&self, toks: &[Tok], k: usize) -> bool {
        let mut j = k;
        while j > 0 && toks[j - 1].kind == Kind::Word {
            let l = self.lower_tok(&toks[j - 1]);
            if BE.contains(&&*l) {
                return true;
            }
            if !is_skippable(&l) {
                return false;
            }
            j -= 1;
        }
        false
    }

    /// `Guo said Beijing still hoped to open "..."`: a verb of intent, not
    /// of saying (`hoped`, `vowed`, `urged`), inside a clause that a verb of
    /// saying reports before it, in the same sentence. The words
    /// are the reporting speaker's, not the clause subject's (`Beijing`):
    /// that speaker and its verb, if the reporting verb's subject is a
    /// person or an organisation.
    fn outer_reporter(&self, win: &Win, k: usize, lo: usize, qi: usize, headline: bool) -> Option<Pre> {
        let toks = &win.toks[..];
        let mut j = k;
        while j > lo {
            j -= 1;
            match toks[j].kind {
                Kind::Word => {}
                // (A comma may close an aside; a quote or a stop ends the search.)
                Kind::Punct(',') => continue,
                _ => return None,
            }
            let Some((lemma, form)) = cue_lemma(&self.lower_tok(&toks[j])) else {
                continue;
            };
            if !(in_inversion(lemma) && matches!(form, Form::Ed | Form::S)) || is_cap(self.word(&toks[j])) {
                continue;
            }
            return match self.subject_of(win, j, lemma, form, qi, headline) {
                Subj::Ent(e @ (Ent::Name(_) | Ent::Org(_))) => Some(Pre::Found(e, j)),
                _ => None,
            };
        }
        None
    }

    /// Whether what the `send` at `k` sends is words: a message, letter,
    /// greetings... within its next few words, before the quote at `qi`.
    fn sends_words(&self, toks: &[Tok], k: usize, qi: usize) -> bool {
        // `sent "warm greetings"`, `sent his "best wishes"`: the quote is sent.
        if qi <= k + 2 {
            return true;
        }
        (k + 1..qi.min(k + 6)).any(|m| {
            matches!(
                &*self.low(toks, m),
                "message"
                    | "messages"
                    | "letter"
                    | "letters"
                    | "note"
                    | "statement"
                    | "greetings"
                    | "greeting"
                    | "card"
                    | "telegram"
                    | "cable"
                    | "email"
                    | "e-mail"
                    | "text"
                    | "tweet"
                    | "post"
                    | "word"
                    | "reply"
                    | "response"
                    | "memo"
                    | "wishes"
                    | "congratulations"
                    | "condolences"
            )
        })
    }

    /// Index of the first word of the sentence (after leading punctuation).
    fn clause_first(&self, toks: &[Tok], _k: usize) -> usize {
        toks.iter().position(|t| t.kind == Kind::Word).unwrap_or(0)
    }

    /// The subject of the cue verb at `k`.
    fn subject_of(&self, w: &Win, k: usize, lemma: &str, form: Form, qi: usize, headline: bool) -> Subj {
        let toks = &w.toks[..];
        let prev = k.checked_sub(1).map(|j| &toks[j]);
        if let Some(p) = prev
            && p.kind == Kind::Word
        {
            let pw = self.word(p);
            let pl = self.lower_tok(p);
            if in_noun_before(&pl) || is_possessive(pw) {
                return Subj::NotVerb;
            }
        }
        if lemma == "state" && matches!(form, Form::Base | Form::S) {
            let next_ok = match toks.get(k + 1).map(|t| t.kind) {
                Some(Kind::Punct(':')) | Some(Kind::Quote(_)) => true,
                Some(Kind::Word) => self.low(toks, k + 1) == "that",
                _ => false,
            };
            if !next_ok {
                return Subj::NotVerb;
            }
        }
        // Skip adverbs, auxiliaries and time phrases back to the subject.
        let mut j = k;
        let mut passive = false;
        while j > 0 {
            let t = &toks[j - 1];
            if t.kind != Kind::Word {
                break;
            }
            let l = self.lower_tok(t);
            if is_skippable(&l) {
                j -= 1;
            } else if BE.contains(&&*l) {
                if form != Form::Ing {
                    passive = true;
                }
                j -= 1;
            } else {
                break;
            }
        }
        if form == Form::Ing && j > 0 && self.low(toks, j - 1) == "as" {
            return self.quoted_as(toks, j - 1);
        }
        if passive {
            return match (k + 1..qi).find(|&m| self.low(toks, m) == "by") {
                Some(m) => {
                    let end = self.np_fwd(toks, m + 1, qi);
                    Subj::Ent(self.classify(&toks[m + 1..end], toks[m].s))
                }
                None => Subj::Stop,
            };
        }
        let inverted = || -> Option<Ent> {
            if !in_inversion(lemma) || !matches!(form, Form::Ed | Form::S) {
                return None;
            }
            let end = self.np_fwd(toks, k + 1, qi);
            // `said it "fully accepts"`, `said the Kremlin "categorically
            // denies"`: the subject of the reported clause, not an inverted
            // subject, which punctuation ends (`, said Kirby: "..."`).
            if toks
                .get(end)
                .is_some_and(|t| !matches!(t.kind, Kind::Punct(',' | '.' | ';' | ':' | '\u{2014}' | '\u{2013}')))
            {
                return None;
            }
            (end > k + 1).then(|| self.classify(&toks[k + 1..end], toks[k].s))
        };
        // Back over an age or a short parenthesis after the subject:
        // `Smith, 54, said`, `Rep. Jim Jordan (R-Ohio) said`.
        if j >= 4 && self.age_len(toks, j - 3) == 3 && toks[j - 4].kind == Kind::Word {
            j -= 3;
        } else if j >= 2
            && toks[j - 1].kind == Kind::Punct(')')
            && let Some(o) = self.paren_open_before(toks, j - 1)
            && o > 0
            && toks[o - 1].kind == Kind::Word
        {
            j = o;
        }
        if j == 0 {
            if matches!(form, Form::Ing | Form::Ed) && !headline {
                return match w
                    .first_subject
                    .get_or_init(|| self.first_subject(w, 0, toks.len()))
                    .clone()
                {
                    Some(e) => Subj::Ent(e),
                    None => Subj::Stop,
                };
            }
            return inverted().map_or(Subj::NotVerb, Subj::Ent);
        }
        let t = toks[j - 1];
        match t.kind {
            Kind::Punct(',') | Kind::Punct('\u{2014}') | Kind::Punct('\u{2013}') | Kind::Quote(_) => {
                if let Some(e) = inverted() {
                    return Subj::Ent(e);
                }
                if let Some(e) = self.appositive(toks, j - 1, form) {
                    return Subj::Ent(e);
                }
                if let Some(e) = self.subject_before_dashes(toks, j - 1, form) {
                    return Subj::Ent(e);
                }
                // `..., calling`, and `'act,' describing` (the comma inside the marks).
                let comma = t.kind == Kind::Punct(',') || matches!(t.kind, Kind::Quote(_)) && form == Form::Ing;
                // `..., Trade Commissioner Jonas Verhaegen said on Thursday,
                // warning that`: the participle goes with the cue just
                // before it, whose subject need not open the sentence.
                if comma
                    && form == Form::Ing
                    && let Some(e) = self.subject_of_cue_before(w, j - 1, qi, headline)
                {
                    return Subj::Ent(e);
                }
                if comma && form != Form::Base {
                    return self.clause_subject(w, j - 1);
                }
                Subj::NotVerb
            }
            Kind::Word => {
                let pw = self.word(&t);
                let pl = self.lower_tok(&t);
                match &*pl {
                    // `said her party backed the deal but accused Labour of "..."`.
                    "and" | "but" => return self.clause_subject(w, j - 1),
                    "he" | "she" => return Subj::Ent(Ent::He(t.s)),
                    "they" => return Subj::Ent(Ent::They(t.s)),
                    "it" => return Subj::Ent(Ent::It(t.s)),
                    "i" | "we" | "you" => return Subj::Stop,
                    "who" | "that" | "which" => {
                        let mut m = j - 1;
                        if m > 0 && toks[m - 1].kind == Kind::Punct(',') {
                            m -= 1;
                        }
                        if m == 0 {
                            return Subj::Stop;
                        }
                        let a = self.np_back(toks, m - 1);
                        let e = self.classify(&toks[a..m], toks[a.min(m - 1)].s);
                        return match (&*pl, e) {
                            ("who", e) => Subj::Ent(e),
                            (_, e @ (Ent::Org(_) | Ent::Reporter(_))) => Subj::Ent(e),
                            _ => Subj::Stop,
                        };
                    }
                    _ => {}
                }
                if form == Form::Ing && PREP_ING.contains(&&*pl) {
                    return self.clause_subject(w, j - 1);
                }
                if let Some(e) = self.name_before_short_phrase(toks, j - 1, form) {
                    return Subj::Ent(e);
                }
                // `said in a statement posted on Telegram that ...`: a
                // participle after the object of a preposition qualifies that
                // noun; the sentence's verb comes earlier.
                if form == Form::Ed
                    && self.object_of_preposition(toks, j - 1)
                    && !matches!(
                        &*self.low(toks, self.np_back(toks, j - 1).saturating_sub(1)),
                        "of" | "for"
                    )
                {
                    return Subj::NotVerb;
                }
                if self.np_word(pw) {
                    let a = self.np_back(toks, j - 1);
                    if let Some(subj) = self.subject_past_preposition(toks, a, j, form) {
                        return subj;
                    }
                    return Subj::Ent(self.classify(&toks[a..j], toks[a].s));
                }
                // `the 51-year-old said`: see [`is_age_noun`].
                if is_age_noun(&pl) && self.low(toks, j.saturating_sub(2)) == "the" {
                    return Subj::Ent(Ent::He(t.s));
                }
                // `the (masked) suspect shouted "..."`: a common noun phrase
                // is this verb's subject, someone unnamed; an earlier cue
                // (`Police said the suspect shouted`) is not the quote's.
                if !is_cap(pw) && self.after_article(toks, j - 1) {
                    // (`in a phone call that`: a base form after a singular
                    // noun is a compound's noun, no verb.)
                    if form == Form::Base && !pl.ends_with('s') {
                        return Subj::NotVerb;
                    }
                    return Subj::Ent(Ent::Thing);
                }
                // `as critics cry 'betrayal'`, `experts warn`: an anonymous
                // group, without an article.
                if in_group(&pl) {
                    return Subj::Ent(Ent::Thing);
                }
                Subj::NotVerb
            }
            _ => Subj::NotVerb,
        }
    }

    /// `Kim Yo Jong at the time warned`, `Smith in a statement said`: a
    /// name, a short prepositional phrase (a preposition, a determiner, one
    /// lower-case noun ending at token `n`), then the finite cue. The name
    /// is the subject (the cue is no participle qualifying the noun, as in
    /// `said in a statement posted on Telegram`).
    fn name_before_short_phrase(&self, toks: &[Tok], n: usize, form: Form) -> Option<Ent> {
        if !matches!(form, Form::Ed | Form::S) || is_cap(self.word(&toks[n])) {
            return None;
        }
        let mut b = n;
        if b > 0 && toks[b - 1].kind == Kind::Word && DET.contains(&&*self.low(toks, b - 1)) {
            b -= 1;
        }
        let p = b.checked_sub(1).filter(|&p| toks[p].kind == Kind::Word)?;
        if !SUBJECT_PREPOSITIONS.contains(&&*self.low(toks, p)) {
            return None;
        }
        let e = p.checked_sub(1).filter(|&e| toks[e].kind == Kind::Word)?;
        let w = self.word(&toks[e]);
        if !is_cap(w) || !self.np_word(w) {
            return None;
        }
        let h = self.np_back(toks, e);
        match self.classify(&toks[h..p], toks[h].s) {
            e @ Ent::Name(_) => Some(e),
            _ => None,
        }
    }

    /// The noun phrase `toks[a..j]` before a cue is the object of a
    /// preposition, not the subject: `Residents of the city of Broken Hill
    /// say` (the phrase before `of` heads it: an anonymous group),
    /// `Trump, who on Truth Social demanded` (the subject is before the
    /// prepositional phrase). None when no preposition precedes the phrase;
    /// `Stop` when what precedes the phrase is no subject the rules read.
    fn subject_past_preposition(&self, toks: &[Tok], a: usize, j: usize, form: Form) -> Option<Subj> {
        let p = a.checked_sub(1).filter(|&p| toks[p].kind == Kind::Word)?;
        let prep = self.low(toks, p);
        let word_before = |i: usize| toks[i].kind == Kind::Word && self.np_word(self.word(&toks[i]));
        // (`for` an organisation is left out: `A spokesperson for Transgrid
        // said` speaks for Transgrid. But `A representative for Delia
        // Marchetti told CNN`: the person spoken for did not speak.)
        if prep == "for"
            && p > 0
            && toks[p - 1].kind == Kind::Word
            && !is_cap(self.word(&toks[p - 1]))
            && let Ent::Name(n) = self.classify(&toks[a..j], toks[a].s)
            && (n.contains(' ') || self.is_person(&n))
        {
            return Some(Subj::Ent(Ent::Thing));
        }
        // `A copy obtained by POLITICO says`: who obtained or reported a
        // document did not write it.
        if prep == "by"
            && p > 0
            && matches!(
                &*self.low(toks, p - 1),
                "obtained"
                    | "seen"
                    | "reviewed"
                    | "viewed"
                    | "received"
                    | "published"
                    | "reported"
                    | "cited"
                    | "quoted"
            )
        {
            return Some(Subj::Stop);
        }
        if prep == "of" {
            // The phrase ending at token `i` (a lower-case noun: `city`).
            let phrase_start = |i: usize| -> Option<usize> {
                if toks[i].kind != Kind::Word {
                    return None;
                }
                let h = if word_before(i) { self.np_back(toks, i) } else { i };
                Some(if h > 0 && DET.contains(&&*self.low(toks, h - 1)) {
                    h - 1
                } else {
                    h
                })
            };
            let mut head = phrase_start(p.checked_sub(1)?)?;
            // (`of the city of Broken Hill`: up a chain of such phrases.)
            for _ in 0..3 {
                match head.checked_sub(1) {
                    Some(q) if q > 0 && self.low(toks, q) == "of" => match phrase_start(q - 1) {
                        Some(h) => head = h,
                        None => break,
                    },
                    _ => break,
                }
            }
            return Some(Subj::Ent(self.classify(&toks[head..j], toks[head].s)));
        }
        // (A participle takes the object as its subject: `with Chair
        // Jerome Powell saying`.)
        if form == Form::Ing || !SUBJECT_PREPOSITIONS.contains(&&*prep) {
            return None;
        }
        let mut m = p;
        while m > 0 && toks[m - 1].kind == Kind::Word && is_skippable(&self.low(toks, m - 1)) {
            m -= 1;
        }
        let Some(b) = m.checked_sub(1) else {
            return Some(Subj::Stop);
        };
        // `Analysts at Jefferies called`: a group working at a named
        // organisation speaks for it (a place names no one: `Officials in
        // Kyiv said`).
        if matches!(&*prep, "at" | "from")
            && toks[b].kind == Kind::Word
            && in_group(&self.low(toks, b))
            && let e @ (Ent::Org(_) | Ent::Name(_)) = self.classify(&toks[a..j], toks[a].s)
        {
            return Some(Subj::Ent(e));
        }
        if toks[b].kind != Kind::Word {
            return Some(Subj::Stop);
        }
        let subj = match &*self.low(toks, b) {
            "who" => {
                let mut c = b;
                if c > 0 && toks[c - 1].kind == Kind::Punct(',') {
                    c -= 1;
                }
                if c == 0 || !word_before(c - 1) {
                    return Some(Subj::Stop);
                }
                let h = self.np_back(toks, c - 1);
                Subj::Ent(self.classify(&toks[h..c], toks[h].s))
            }
            "he" | "she" => Subj::Ent(Ent::He(toks[b].s)),
            _ if word_before(b) => {
                let h = self.np_back(toks, b);
                Subj::Ent(self.classify(&toks[h..m], toks[h].s))
            }
            _ => Subj::Stop,
        };
        Some(subj)
    }

    /// A headline's `Name: 'quote'` (`Sunak: 'We will stop the boats'`): a
    /// name alone before a colon right before the quote speaks it.
    ///
    /// In body text the same label opening a paragraph is a transcript's
    /// (`SANDERS: "Will you commit ...?"`, `Moon: "..."`).
    fn colon_label(&self, toks: &[Tok], qi: usize, headline: bool, para: usize) -> Option<(Ent, usize)> {
        let colon = qi.checked_sub(1)?;
        if toks[colon].kind != Kind::Punct(':') || colon == 0 {
            return None;
        }
        // (Markdown's heading, quote and list marks before the label.)
        let first = toks[..colon]
            .iter()
            .position(|t| !matches!(t.kind, Kind::Punct('#' | '>' | '*' | '-')))?;
        let label = &toks[first..colon];
        if label.is_empty() || label.len() > MAX_LABEL_WORDS || label.iter().any(|t| t.kind != Kind::Word) {
            return None;
        }
        if !headline {
            let lead = &self.text[self.paras[para].start..label[0].s];
            if lead
                .chars()
                .any(|c| !(c.is_whitespace() || matches!(c, '#' | '>' | '*' | '-')))
            {
                return None;
            }
            // A transcript's labels: one word, capitals, or a title first
            // (`Moon:`, `SANDERS:`, `Sen. Sanders:`).
            let word = |t: &Tok| self.word(t);
            let labelled = label.len() == 1
                || label.iter().all(|t| !word(t).chars().any(char::is_lowercase))
                || names::is_title(word(&label[0]));
            if !labelled {
                return None;
            }
        } else if self.np_back(toks, colon - 1) != first {
            return None;
        }
        // (`Breaking: '...'` is no one: a one-word name must be a person
        // the article names in full. A body label must be a name the
        // article gives elsewhere: `Цитата Зеленського:` is `Quote of
        // Zelensky`.)
        // `Storm Idris: '...'`, `Operation Sindoor: '...'`: a label naming
        // an event, a kind of article or a topic is no speaker.
        if LABEL_TOPIC_WORDS.contains(&&*self.lower_tok(&label[0])) {
            return None;
        }
        match self.classify(label, label[0].s) {
            Ent::Name(n) if self.is_person(&n) && (headline || self.reg.known(&name_tokens(&n))) => {
                Some((Ent::Name(n), colon))
            }
            _ => None,
        }
    }

    /// The comma closing an appositive opened by the comma at `c`: within
    /// [`APPOSITIVE_TOKENS`] tokens, with no quote or sentence punctuation
    /// between.
    fn appositive_end(&self, toks: &[Tok], c: usize) -> Option<usize> {
        if toks.get(c)?.kind != Kind::Punct(',') {
            return None;
        }
        toks.iter()
            .enumerate()
            .skip(c + 1)
            .take(APPOSITIVE_TOKENS)
            .take_while(|(_, t)| !matches!(t.kind, Kind::Quote(_) | Kind::Punct(';' | ':' | '!' | '?')))
            .find(|(_, t)| t.kind == Kind::Punct(','))
            .map(|(k, _)| k)
    }

    /// Tokens of an age in apposition at `c` (`, 54,` in `Smith, 54, said`), or 0.
    fn age_len(&self, toks: &[Tok], c: usize) -> usize {
        let age = |t: &Tok| {
            t.kind == Kind::Word && (1..=3).contains(&(t.e - t.s)) && self.word(t).bytes().all(|b| b.is_ascii_digit())
        };
        let comma = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Punct(','));
        if comma(c) && toks.get(c + 1).is_some_and(age) && comma(c + 2) {
            3
        } else {
            0
        }
    }

    /// Whether the lower-case word at `j` ends a noun phrase opened by an
    /// article: `the suspect`, `a masked man` (at most two words between).
    fn after_article(&self, toks: &[Tok], j: usize) -> bool {
        (1..=3).any(|back| {
            j >= back
                && matches!(&*self.low(toks, j - back), "the" | "a" | "an")
                && (j + 1 - back..=j).all(|m| {
                    toks[m].kind == Kind::Word
                        && !is_cap(self.word(&toks[m]))
                        && cue_lemma(&self.low(toks, m)).is_none()
                })
        })
    }

    /// Whether the word at `j` ends a short noun phrase with an article after
    /// a preposition (`in a statement`, `on his official channel`).
    fn object_of_preposition(&self, toks: &[Tok], j: usize) -> bool {
        (0..=3).any(|back| {
            j > back
                && DET.contains(&&*self.low(toks, j - back))
                && toks[j - back - 1].kind == Kind::Word
                && matches!(
                    &*self.low(toks, j - back - 1),
                    "in" | "on" | "at" | "into" | "from" | "with" | "via" | "through" | "during"
                )
                && (j + 1 - back..=j).all(|m| toks[m].kind == Kind::Word && cue_lemma(&self.low(toks, m)).is_none())
        })
    }

    /// `Kim's sister, Kim Yo Jong, slammed`: the name between the commas
    /// ending at the comma `c` right before a verb.
    fn appositive(&self, toks: &[Tok], c: usize, form: Form) -> Option<Ent> {
        if !matches!(form, Form::Ed | Form::S) || toks[c].kind != Kind::Punct(',') || c < 2 {
            return None;
        }
        let a = self.np_back(toks, c - 1);
        if a == 0 || a >= c || toks[a - 1].kind != Kind::Punct(',') {
            return None;
        }
        // `Rep. Jim Jordan, R-Ohio, told`: a party-state tag is not a name;
        // the clause's subject before it is the speaker.
        if is_party_state(&self.text[toks[a].s..toks[c - 1].e]) {
            return None;
        }
        match self.classify(&toks[a..c], toks[a].s) {
            e @ Ent::Name(_) => Some(e),
            // `The operator, Greenvale Living, said`: a named organisation
            // after a common noun phrase.
            e @ Ent::Org(_) if a >= 2 && !self.name_like(toks, a - 2) => Some(e),
            _ => None,
        }
    }

    /// `House Speaker Mike Johnson — who has kept the House out of session
    /// — insisted`: a clause set off by dashes between a named subject and
    /// its verb; `d` is the closing dash. The name before the opening dash
    /// (within [`APPOSITIVE_TOKENS`] tokens, no quote or sentence
    /// punctuation between), if it names someone.
    fn subject_before_dashes(&self, toks: &[Tok], d: usize, form: Form) -> Option<Ent> {
        let dash = |t: &Tok| matches!(t.kind, Kind::Punct('\u{2014}' | '\u{2013}'));
        if !matches!(form, Form::Ed | Form::S) || !dash(&toks[d]) {
            return None;
        }
        let o = (d.saturating_sub(APPOSITIVE_TOKENS * 2)..d)
            .rev()
            .take_while(|&m| !matches!(toks[m].kind, Kind::Quote(_) | Kind::Punct('.' | ';' | ':' | '!' | '?')))
            .find(|&m| dash(&toks[m]))?;
        if o == 0 || o + 1 == d || toks[o - 1].kind != Kind::Word {
            return None;
        }
        let a = self.np_back(toks, o - 1);
        match self.classify(&toks[a..o], toks[a].s) {
            e @ (Ent::Name(_) | Ent::Org(_) | Ent::Role { .. }) => Some(e),
            _ => None,
        }
    }

    /// `X quoted Y as saying`, `Y was quoted as saying`: the speaker is Y.
    fn quoted_as(&self, toks: &[Tok], as_k: usize) -> Subj {
        if as_k == 0 {
            return Subj::Stop;
        }
        let before = self.low(toks, as_k - 1);
        if matches!(&*before, "quoted" | "cited") {
            // `Y was quoted as saying`.
            let mut j = as_k - 1;
            while j > 0 && BE.contains(&&*self.low(toks, j - 1)) {
                j -= 1;
            }
            if j == as_k - 1 || j == 0 {
                return Subj::Stop;
            }
            let a = self.np_back(toks, j - 1);
            return Subj::Ent(self.classify(&toks[a..j], toks[a.min(j - 1)].s));
        }
        let a = self.np_back(toks, as_k - 1);
        if a >= as_k || a == 0 {
            return Subj::Stop;
        }
        let verb = self.low(toks, a - 1);
        if matches!(&*verb, "quoted" | "quoting" | "cited" | "citing") {
            Subj::Ent(self.classify(&toks[a..as_k], toks[a].s))
        } else {
            Subj::Stop
        }
    }

    /// The subject of a reporting verb (`said`, `told`) standing within a
    /// few words before the comma `c`, if it has a named one.
    fn subject_of_cue_before(&self, w: &Win, c: usize, qi: usize, headline: bool) -> Option<Ent> {
        let toks = &w.toks[..];
        let lo = c.saturating_sub(6);
        let m = (lo..c).rev().find(|&m| {
            toks[m].kind == Kind::Word
                && cue_lemma(&self.low(toks, m)).is_some_and(|(_, f)| matches!(f, Form::Ed | Form::S))
        })?;
        // (Only time words between the verb and the comma: `said on Thursday,`.)
        if !(m + 1..c).all(|x| toks[x].kind == Kind::Word && is_skippable(&self.low(toks, x))) {
            return None;
        }
        let (lemma, form) = cue_lemma(&self.low(toks, m))?;
        match self.subject_of(w, m, lemma, form, qi, headline) {
            Subj::Ent(e @ (Ent::Name(_) | Ent::Role { .. } | Ent::He(_))) => Some(e),
            _ => None,
        }
    }

    /// The subject of the clause holding token `k`: for a participle or a
    /// coordinated verb (`..., calling`, `... and praised`, `by wishing`).
    fn clause_subject(&self, w: &Win, k: usize) -> Subj {
        let start = w.clause_start(k);
        match self.first_subject(w, start, k) {
            Some(e) => Subj::Ent(e),
            None => Subj::Stop,
        }
    }

    /// The subject of the clause starting at `start`: leading punctuation, a
    /// dateline, opening adverbials (`In response to ..., `, `Recalling ...,
    /// `) and a leading quote with its cue (`"...," Kim said`) skipped.
    fn first_subject(&self, w: &Win, start: usize, limit: usize) -> Option<Ent> {
        let toks = &w.toks[..];
        let limit = limit.min(toks.len());
        let mut i = start;
        // A dateline: `Dec. 31 (UPI) — North Korean ...`, `LAKEVIEW, Ohio —`,
        // `NAVI MUMBAI: Prime Minister ...`.
        let all_caps = |t: &Tok| {
            let w = self.word(t);
            t.kind == Kind::Word
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !w.chars().any(char::is_lowercase)
        };
        if let Some(d) = toks[i..limit.min(i + 10)]
            .iter()
            .position(|t| matches!(t.kind, Kind::Punct('\u{2014}' | '\u{2013}' | '-')))
            && (toks[i..i + d].iter().any(|t| t.kind == Kind::Punct('(')) || toks.get(i).is_some_and(all_caps))
        {
            i += d + 1;
        } else if let Some(c) = toks[i..limit.min(i + 4)]
            .iter()
            .position(|t| t.kind != Kind::Word || !all_caps(t))
            && c > 0
            && toks[i + c].kind == Kind::Punct(':')
        {
            i += c + 1;
        }
        for _ in 0..4 {
            if i < limit {
                i = w.next_word(i).min(limit);
            }
            if i >= limit {
                return None;
            }
            if let Kind::Quote(_) = toks[i].kind {
                i += 1;
                if i < limit {
                    i = w.next_nonsep(i).min(limit);
                }
                if i < limit
                    && let Some((lemma, form)) = cue_lemma(&self.low(toks, i))
                    && in_inversion(lemma)
                    && form != Form::Ing
                {
                    let end = self.np_fwd(toks, i + 1, limit);
                    return (end > i + 1).then(|| self.classify(&toks[i + 1..end], toks[i].s));
                }
                continue;
            }
            let l = self.low(toks, i);
            let leading = in_lead_words(&l) || (l.ends_with("ing") && l.len() > 5 && !self.name_like(toks, i));
            if leading {
                let next_comma = w.next_comma.get_or_init(|| Win::next_not(toks, |t| !self.is_comma(t)));
                let comma = next_comma[(i + 1).min(toks.len())];
                if comma >= limit {
                    return None;
                }
                i = comma + 1;
                continue;
            }
            break;
        }
        // A wire service's tag before a headline: `(LEAD) N. Korea's Kim
        // calls ...`, `(2nd LD) ...`, `(URGENT) ...`.
        if i > 0
            && toks[i - 1].kind == Kind::Punct('(')
            && let Some(c) = toks[i..limit.min(i + 4)]
                .iter()
                .position(|t| t.kind == Kind::Punct(')'))
                .map(|c| i + c)
            && c > i
            && toks[i..c].iter().all(|t| {
                t.kind == Kind::Word && !self.word(t).chars().any(char::is_lowercase) || self.lower_tok(t) == "2nd"
            })
        {
            i = w.next_word(c + 1).min(limit);
            if i >= limit {
                return None;
            }
        }
        let mut end = self.np_fwd(toks, i, limit);
        if end == i {
            return None;
        }
        // `The Liberal Democrats' environment spokesperson, Tom Ashworth,
        // said`: an owner is not the subject; what it owns is, or the name
        // in apposition to it.
        // (`Democrats'`: the plural's apostrophe is a token of its own.)
        let plural_owner = end < limit
            && matches!(toks[end].kind, Kind::Punct('\'' | '\u{2019}'))
            && toks[end].s == toks[end - 1].e
            && self.word(&toks[end - 1]).ends_with(['s', 'S']);
        if plural_owner {
            end += 1;
        }
        if plural_owner || is_possessive(self.word(&toks[end - 1])) {
            let owned = toks[end..limit.min(end + 4)]
                .iter()
                .take_while(|t| {
                    t.kind == Kind::Word && {
                        let w = self.word(t);
                        !is_cap(w) && cue_lemma(&lower(w)).is_none() && !BE.contains(&&*lower(w))
                    }
                })
                .count();
            if owned > 0 {
                end += owned;
                if end < limit && toks[end].kind == Kind::Punct(',') {
                    let e2 = self.np_fwd(toks, end + 1, limit);
                    if e2 > end + 1
                        && e2 < limit
                        && toks[e2].kind == Kind::Punct(',')
                        && let e @ Ent::Name(_) = self.classify(&toks[end + 1..e2], toks[end + 1].s)
                    {
                        return Some(e);
                    }
                }
                return Some(Ent::Thing);
            }
        }
        // `Kovalenko and her neighbor, Olena Marchuk, said`: two people are
        // the subject, and a pronoun after them may mean either.
        if end + 1 < limit
            && toks[end].kind == Kind::Word
            && self.low(toks, end) == "and"
            && toks[end + 1].kind == Kind::Word
        {
            return Some(Ent::Thing);
        }
        // `Kim's sister, Kim Yo Jong, slammed ...`: the name in apposition.
        if end < limit && toks[end].kind == Kind::Punct(',') {
            let e2 = self.np_fwd(toks, end + 1, limit);
            if e2 > end + 1
                && e2 < limit
                && toks[e2].kind == Kind::Punct(',')
                && let e @ Ent::Name(_) = self.classify(&toks[end + 1..e2], toks[end + 1].s)
            {
                return Some(e);
            }
        }
        Some(self.classify(&toks[i..end], toks[i].s))
    }

    /// A comma, or a quote whose words end with one (`"journey," Kim said`).
    fn is_comma(&self, t: &Tok) -> bool {
        match t.kind {
            Kind::Punct(',') => true,
            Kind::Quote(_) => self.text[t.s..t.e].trim_end_matches(is_quote_mark).ends_with(','),
            _ => false,
        }
    }

    /// A capitalized word that is not a common sentence opener.
    fn name_like(&self, toks: &[Tok], i: usize) -> bool {
        let w = self.word(&toks[i]);
        is_cap(w) && !in_common(&self.lower_tok(&toks[i])) && self.cue_of(w).is_none()
    }

    /// Rule 2: a cue right after the quote.
    fn post_search(&self, toks: &[Tok], qi: usize, headline: bool) -> Option<(Ent, usize)> {
        let mut i = qi + 1;
        while i < toks.len() && matches!(toks[i].kind, Kind::Punct(',' | '\u{2014}' | '\u{2013}')) {
            i += 1;
        }
        if i >= toks.len() || toks[i].kind != Kind::Word {
            return None;
        }
        if let Some(end) = self.according_to(toks, i) {
            return (end > i + 2).then(|| (self.classify(&toks[i + 2..end], toks[i].s), i));
        }
        let w = self.word(&toks[i]);
        if let Some((lemma, form)) = self.cue_of(w)
            && (!is_cap(w) || headline)
        {
            if in_inversion(lemma) && matches!(form, Form::Ed | Form::S) {
                // `said one parent, Sarah O'Neill`: `one` opens an
                // indefinite phrase, which may still be named after a comma.
                let one = self.low(toks, i + 1) == "one";
                let start = i + 1 + usize::from(one);
                let mut end = self.np_fwd(toks, start, toks.len());
                if one && end == start && toks.get(start).is_some_and(|t| t.kind == Kind::Word) {
                    end = start + 1; // `one parent`, `one resident`
                }
                if end <= start {
                    return None;
                }
                let ent = if one {
                    Ent::Thing
                } else {
                    self.classify(&toks[i + 1..end], toks[i].s)
                };
                // `said the ORR's chief inspector, Martin Doyle.`: the name
                // in apposition to a role is the speaker.
                if !matches!(ent, Ent::Name(_)) && toks.get(end).is_some_and(|t| t.kind == Kind::Punct(',')) {
                    let e2 = self.np_fwd(toks, end + 1, toks.len());
                    if e2 > end + 1
                        && toks.get(e2).is_none_or(|t| matches!(t.kind, Kind::Punct(_)))
                        && let inner @ Ent::Name(_) = self.classify(&toks[end + 1..e2], toks[end + 1].s)
                    {
                        return Some((inner, i));
                    }
                }
                return Some((ent, i));
            }
            return None;
        }
        let (end, m, vw, form) = self.subject_then_cue(toks, i)?;
        if form == Form::Ing || (is_cap(vw) && !headline) {
            return None;
        }
        if self.told_passively(toks, m) {
            return Some((Ent::Thing, m));
        }
        let ent = self.classify(&toks[i..end], toks[i].s);
        // `"...," Moffett's mother, Francine Moffett, told`: a description
        // named by its appositive is the person named.
        if !matches!(ent, Ent::Name(_))
            && let Some(c) = self.appositive_end(toks, end)
            && c > end + 1
            && c < m
            && let inner @ Ent::Name(_) = self.classify(&toks[end + 1..c], toks[end + 1].s)
        {
            return Some((inner, m));
        }
        Some((ent, m))
    }

    /// `according to X` at token `i`: the end of X's noun phrase.
    fn according_to(&self, toks: &[Tok], i: usize) -> Option<usize> {
        (self.low(toks, i) == "according" && self.low(toks, i + 1) == "to")
            .then(|| self.np_fwd(toks, i + 2, toks.len()))
    }

    /// A subject noun phrase at token `i` and, after time words, a cue verb
    /// (`Kirby said`, `state media said on Tuesday`): the end of the noun
    /// phrase, the verb's index, the verb as printed and its form. Shared by
    /// rules 2 and 3, which differ only in the forms they accept.
    fn subject_then_cue(&self, toks: &[Tok], i: usize) -> Option<(usize, usize, &'a str, Form)> {
        let end = self.np_fwd(toks, i, toks.len());
        if end == i {
            return None;
        }
        let mut m = end + self.age_len(toks, end);
        if m == end
            && let Some(c) = self.appositive_end(toks, end)
        {
            // `"...," Nasser Kanaani, a spokesman for the ministry, told`,
            // `"...," Mitch McConnell, R-Ky., said`: the cue must follow the
            // second comma (checked below), so the phrase between is an
            // appositive of the subject.
            m = c + 1;
        }
        while m < toks.len() && toks[m].kind == Kind::Word && is_skippable(&self.low(toks, m)) {
            m += 1;
        }
        let vw = toks.get(m).filter(|t| t.kind == Kind::Word).map(|t| self.word(t))?;
        let (_, form) = self.cue_of(vw)?;
        Some((end, m, vw, form))
    }

    /// Rule 3: a reporting clause closing the sentence (`..., state media
    /// said on Tuesday.`, `..., according to KCNA.`).
    fn final_clause(&self, w: &Win, qi: usize) -> Option<(Ent, usize)> {
        // The window's last comma and what follows it, worked out once.
        let last = w.final_clause.get_or_init(|| {
            let c = w.toks.iter().rposition(|t| t.kind == Kind::Punct(','))?;
            Some((c, self.final_clause_at(&w.toks, c)))
        });
        match last {
            Some((c, found)) if *c > qi => found.clone(),
            _ => None,
        }
    }

    /// A reporting clause after the comma at `c`, closing the window.
    fn final_clause_at(&self, toks: &[Tok], c: usize) -> Option<(Ent, usize)> {
        let i = c + 1;
        if let Some(end) = self.according_to(toks, i) {
            return self
                .only_adverbs_after(toks, end)
                .then(|| (self.classify(&toks[i + 2..end], toks[i].s), i));
        }
        let (end, m, vw, form) = self.subject_then_cue(toks, i)?;
        if !matches!(form, Form::Ed | Form::S) || is_cap(vw) || !self.only_adverbs_after(toks, m + 1) {
            return None;
        }
        if self.told_passively(toks, m) {
            return Some((Ent::Thing, m));
        }
        Some((self.classify(&toks[i..end], toks[i].s), m))
    }

    /// `told` with no one told after it: the headline passive `'...', MPs
    /// told` (MPs were told), whose subject is the audience, not the speaker.
    fn told_passively(&self, toks: &[Tok], m: usize) -> bool {
        // (Only a headline's: in body copy `told ...` is a cut, as on an
        // index page's teaser: `"...," Sergey Shoigu told ...`.)
        self.low(toks, m) == "told"
            && self.in_headline(toks[m].s)
            && toks.get(m + 1).is_none_or(|t| t.kind != Kind::Word)
    }

    /// Nothing but time words, adverbs and punctuation from `k` on.
    fn only_adverbs_after(&self, toks: &[Tok], k: usize) -> bool {
        toks[k.min(toks.len())..].iter().enumerate().all(|(n, t)| match t.kind {
            Kind::Punct(_) => true,
            Kind::Word => {
                let l = self.low(toks, k + n);
                is_skippable(&l) || l == "in" || l == "a" || l == "statement" || l == "report"
            }
            Kind::Quote(_) => false,
        })
    }

    // ----- noun phrases -------------------------------------------------------

    /// Whether a word may stand in a speaker noun phrase ([`np_word_test`],
    /// worked out once per word).
    fn np_word(&self, w: &'a str) -> bool {
        memoized(
            |m| m.np_words.get(w).copied(),
            || np_word_test(w),
            |m, b| memo_insert(&mut m.np_words, w.to_string(), b),
        )
    }

    /// [`cue_lemma`] of the word lower-cased, worked out once per word.
    fn cue_of(&self, w: &'a str) -> Option<(&'static str, Form)> {
        memoized(
            |m| m.cues.get(w).copied(),
            || cue_lemma(&lower(w)),
            |m, c| memo_insert(&mut m.cues, w.to_string(), c),
        )
    }

    /// Start of the noun phrase ending at token `j` (inclusive).
    fn np_back(&self, toks: &[Tok], j: usize) -> usize {
        let mut a = j + 1;
        let mut n = 0;
        while a > 0 && n < MAX_NP_TOKENS {
            let t = &toks[a - 1];
            match t.kind {
                Kind::Word => {
                    let w = self.word(t);
                    let l = self.lower_tok(t);
                    if DET.contains(&&*l) || QUANTIFIERS.contains(&&*l) {
                        a -= 1;
                        break;
                    }
                    // `Ursula von der Leyen`: back over the particles.
                    if a <= j
                        && !is_cap(w)
                        && w.len() <= 3
                        && let Some(s) = (a.saturating_sub(3)..a - 1).find(|&s| {
                            s > 0 && is_cap(self.word(&toks[s - 1])) && particle_seq(self.text, toks, s) == a - s
                        })
                    {
                        n += a - 1 - s;
                        a = s + 1;
                    } else if matches!(&*l, "and" | "of" | "for") || PARTICLES.contains(&&*l) {
                        let left_ok = a >= 2 && toks[a - 2].kind == Kind::Word && self.np_word(self.word(&toks[a - 2]));
                        if !(left_ok && a <= j) {
                            break;
                        }
                        if matches!(&*l, "of" | "for")
                            && !(is_cap(self.word(&toks[a - 2])) && is_cap(self.word(&toks[a])))
                        {
                            break;
                        }
                    } else if !self.np_word(w) {
                        // `China's commerce ministry`: a lower-case modifier
                        // between an owner and an organisation or title.
                        let head = self.lower_tok(&toks[j]);
                        let owner = a >= 2 && toks[a - 2].kind == Kind::Word && {
                            let o = self.word(&toks[a - 2]);
                            is_possessive(o) || self.name_like(toks, a - 2)
                        };
                        let preposition = matches!(&*l, "at" | "in" | "on" | "from" | "with" | "to" | "by");
                        if !(owner && !preposition && a <= j && (in_org(&head) || names::is_title(&head))) {
                            break;
                        }
                    }
                }
                Kind::Punct(')') => {
                    // A short parenthesis is taken whole, whatever it holds:
                    // `Sen. Elizabeth Warren (D-Mass.) called`.
                    if let Some(o) = self.paren_open_before(toks, a - 1) {
                        n += a - 1 - o;
                        a = o + 1;
                    }
                }
                Kind::Punct('[' | ']' | '(') => {}
                _ => break,
            }
            a -= 1;
            n += 1;
        }
        // Never start on a closing bracket or inside a parenthesis.
        while a <= j && matches!(toks[a].kind, Kind::Punct(']' | ')')) {
            a += 1;
        }
        a
    }

    /// The `(` opening the parenthesis closed at token `c`, if it is short
    /// (at most [`PAREN_TOKENS`] tokens inside) and holds no quote or bracket.
    fn paren_open_before(&self, toks: &[Tok], c: usize) -> Option<usize> {
        (c.saturating_sub(PAREN_TOKENS + 1)..c)
            .rev()
            .map(|m| (m, toks[m].kind))
            .take_while(|(_, k)| !matches!(k, Kind::Quote(_) | Kind::Punct(')' | '[' | ']')))
            .find(|(_, k)| *k == Kind::Punct('('))
            .map(|(m, _)| m)
    }

    /// End (exclusive) of the noun phrase starting at token `i`, before `limit`.
    fn np_fwd(&self, toks: &[Tok], i: usize, limit: usize) -> usize {
        let limit = limit.min(toks.len());
        if i >= limit {
            return i;
        }
        if toks[i].kind == Kind::Word
            && matches!(&*self.low(toks, i), "he" | "she" | "it" | "they" | "i" | "we" | "you")
        {
            return i + 1;
        }
        let mut e = i;
        let mut depth = 0i32;
        while e < limit && e - i < MAX_NP_TOKENS {
            let t = &toks[e];
            match t.kind {
                Kind::Word => {
                    let w = self.word(t);
                    let l = self.lower_tok(t);
                    let particles = if e > i && !is_cap(w) {
                        particle_seq(self.text, toks, e)
                    } else {
                        0
                    };
                    if DET.contains(&&*l) {
                        if e != i {
                            break;
                        }
                    } else if particles > 1 {
                        // `Ursula von der Leyen`, `Kees van den Berg`.
                        e += particles - 1;
                    } else if matches!(&*l, "and" | "of" | "for") || PARTICLES.contains(&&*l) {
                        // (`for` as [`Self::np_back`] takes it: `Minister for
                        // Housing Declan Furlong`, `Center for Democracy`.)
                        let right_ok = toks
                            .get(e + 1)
                            .is_some_and(|n| n.kind == Kind::Word && self.np_word(self.word(n)));
                        if !(right_ok && e > i) {
                            break;
                        }
                        if matches!(&*l, "of" | "for")
                            && !(is_cap(self.word(&toks[e - 1])) && is_cap(self.word(&toks[e + 1])))
                        {
                            break;
                        }
                    } else if depth == 0 && !self.np_word(w) {
                        // `The transport minister, Anna Clark,`: a lower-case
                        // modifier right before a title.
                        let modifier = e + 1 < limit
                            && cue_lemma(&l).is_none()
                            && toks[e + 1].kind == Kind::Word
                            && names::is_title(self.word(&toks[e + 1]));
                        // `said Gulnoza Said, a program coordinator`: a
                        // capitalized verb form after a given name, ending
                        // the phrase, is a surname.
                        let surname = is_cap(w)
                            && e > i
                            && is_cap(self.word(&toks[e - 1]))
                            && toks.get(e + 1).is_none_or(|t| matches!(t.kind, Kind::Punct(',' | '.')));
                        // `Former Wales international Iwan Roberts`, `Green
                        // co-leader Carla Denby`: a lower-case noun between
                        // a capitalized descriptor and a name of two words.
                        let descriptor = e > i
                            && e + 2 < limit
                            && !is_cap(w)
                            && cue_lemma(&l).is_none()
                            && l.chars().all(|c| c.is_alphabetic() || c == '-')
                            // (No verb: `Modi inaugurates Navi Mumbai airport`,
                            // `Biden met Xi Jinping`.)
                            && !l.ends_with('s')
                            && !l.ends_with("ed")
                            && !l.ends_with("ing")
                            && !IRREGULAR_PASTS.contains(&&*l)
                            && !is_skippable(&l)
                            && !SUBJECT_PREPOSITIONS.contains(&&*l)
                            && !matches!(
                                &*l,
                                "to" | "with" | "by" | "as" | "than" | "about" | "after" | "before" | "into" | "against"
                            )
                            && toks[e - 1].kind == Kind::Word
                            && is_cap(self.word(&toks[e - 1]))
                            && (e + 1..e + 3).all(|m| toks[m].kind == Kind::Word && is_cap(self.word(&toks[m])));
                        if !modifier && !surname && !descriptor {
                            break;
                        }
                    }
                }
                Kind::Punct('[' | '(') => depth += 1,
                Kind::Punct(']' | ')') => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                // `(D-Mass.)`: punctuation inside a parenthesis.
                Kind::Punct(_) if depth > 0 => {}
                _ => break,
            }
            e += 1;
        }
        while e > i && depth > 0 {
            // An unclosed bracket: cut the phrase before it.
            e -= 1;
            if matches!(toks[e].kind, Kind::Punct('[' | '(')) {
                depth -= 1;
            }
        }
        // A phrase that is only a determiner is no phrase.
        if e == i + 1 && DET.contains(&&*self.low(toks, i)) {
            return i;
        }
        e
    }

    /// What a noun phrase stands for.
    fn classify(&self, np: &[Tok], at: usize) -> Ent {
        let mut words = self.np_words.borrow_mut();
        words.clear();
        let mut alias: Option<&str> = None;
        let mut depth = 0;
        for t in np {
            match t.kind {
                Kind::Punct('(') => depth += 1,
                Kind::Punct(')') => depth = (depth - 1).max(0),
                Kind::Word if depth == 0 => words.push(self.word(t)),
                Kind::Word => alias = alias.or(Some(self.word(t))),
                _ => {}
            }
        }
        if words.is_empty() {
            return match alias {
                Some(a) => classify_words(&[a], at),
                None => Ent::Thing,
            };
        }
        let ent = classify_words(&words, at);
        if ent == Ent::Thing
            && let Some(a) = alias
            && is_reporter_name(a)
        {
            return Ent::Reporter(a.to_string());
        }
        // `Regulator says ...` (a headline), `"Coach told me ..."` (inside a
        // quote): one capitalized word opening a headline or a quoted
        // sentence is a common noun as often as a name, so it is taken only
        // when the article names someone so (`Carter` after `Jalen Carter`).
        if let Ent::Name(n) = &ent
            && words.len() == 1
            && self.starts_sentence(at)
            && (self.in_headline(at) || self.top_containing(at).is_some())
            && !self.reg.known(&name_tokens(n))
        {
            return Ent::Thing;
        }
        ent
    }

    /// Whether byte `at` lies in a headline or sub-head paragraph.
    fn in_headline(&self, at: usize) -> bool {
        let p = self.paras.partition_point(|p| p.start <= at);
        p > 0 && self.paras[p - 1].headline && at < self.paras[p - 1].end
    }

    /// Whether byte `at` opens a sentence: only spaces, an opening quote mark
    /// or nothing stand between it and the paragraph's start or a `.`, `!`,
    /// `?` or `:`.
    fn starts_sentence(&self, at: usize) -> bool {
        let before = self.text[..at].trim_end_matches(|c: char| c == ' ' || c == '\t' || is_quote_mark(c));
        before.is_empty() || before.ends_with(['\n', '.', '!', '?', ':'])
    }

    // ----- resolution ---------------------------------------------------------

    /// Turns what a subject stands for into a speaker name (or a `via`).
    fn resolve(&self, ent: &Ent, at: usize, sent_lo: usize, toks: &[Tok], para: usize, nested: bool) -> Resolved {
        match ent {
            Ent::Name(n) => Resolved::Speaker(self.reg.fullest(n, at)),
            Ent::Org(o) => Resolved::Speaker(o.clone()),
            Ent::Reporter(r) => Resolved::Via(r.clone()),
            Ent::Thing => Resolved::None,
            _ if nested => Resolved::None,
            Ent::Role { head, mods, at } => self.reg.role(head, mods, *at).map_or(Resolved::None, Resolved::Speaker),
            Ent::He(p) => self
                .pronoun(*p, sent_lo, toks, para)
                .map_or(Resolved::None, Resolved::Speaker),
            Ent::They(p) => match self.prior_subject(*p, sent_lo, para) {
                Some(Ent::Org(o)) => Resolved::Speaker(o),
                _ => Resolved::None,
            },
            Ent::It(p) => self
                .it_here(*p, sent_lo, toks)
                .unwrap_or_else(|| self.it(*p, sent_lo, para)),
            Ent::Firm(p) => self.reg.company_before(*p).map_or(Resolved::None, Resolved::Speaker),
        }
    }

    /// `"Why now?" asked Warner. ... "I don't know," he replied`: whoever
    /// replies is not who asked, so a pronoun that leads back to the asker
    /// of the quote just before names no one the rules can tell.
    fn drop_answers_to_oneself(&self, found: &mut [Attr]) {
        let lemma = |a: &Attr| a.cue.as_deref().and_then(|c| cue_lemma(&lower(c))).map(|(l, _)| l);
        // The last quote with a cue of its own (bare quotes in between
        // continue it).
        let mut cued: Option<usize> = None;
        for &i in &self.top {
            if let Some(j) = cued
                && found[i].by_pronoun
                && matches!(lemma(&found[i]), Some("reply" | "respond" | "retort" | "answer"))
                && lemma(&found[j]) == Some("ask")
                && found[j].speaker.is_some()
                && found[j].speaker == found[i].speaker
                && self.spans[i].para <= self.spans[j].para + 1
            {
                found[i].speaker = None;
            }
            if found[i].cue.is_some() {
                cued = Some(i);
            }
        }
    }

    /// `it` at byte `p` after an organisation that is its sentence's subject:
    /// `Netanyahu's office said ... that it hoped details would be finalised
    /// "tonight"`.
    fn it_here(&self, p: usize, sent_lo: usize, toks: &[Tok]) -> Option<Resolved> {
        let before = sentence_tokens_before(toks, sent_lo, p);
        if before.is_empty() {
            return None;
        }
        let w = Win::new(before);
        match self.first_subject(&w, 0, w.toks.len()) {
            Some(Ent::Org(o)) => Some(Resolved::Speaker(o)),
            _ => None,
        }
    }

    /// `he`/`she` at byte `p`: the only person named earlier in its sentence,
    /// else the subject of a recent sentence, else the only person named there.
    fn pronoun(&self, p: usize, sent_lo: usize, toks: &[Tok], para: usize) -> Option<String> {
        let before = sentence_tokens_before(toks, sent_lo, p);
        let word = self.text[p..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        // A person the article marks as of the other gender is not whom
        // `he`/`she` means (`Tom Brandt spoke. Margaret Hale had left. "...,"
        // he said`): the search goes on past them.
        let want = Gender::of_pronoun(word);
        let fits = |n: &str, at: usize| want.is_none() || self.reg.gender(n, at).is_none_or(|g| Some(g) == want);
        // `Putin sent a message to Kim in which he said ...`: the message's
        // sender, the sentence's subject, speaks in it.
        let words: Vec<&str> = before
            .iter()
            .rev()
            .take(2)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| self.word(t))
            .collect();
        if words.len() == 2 && words[0].eq_ignore_ascii_case("which") && words[1].eq_ignore_ascii_case("in") {
            let w = Win::new(before.to_vec());
            if let Some(Ent::Name(n)) = self.first_subject(&w, 0, w.toks.len())
                && self.is_person(&n)
                && fits(&n, sent_lo)
            {
                return Some(self.reg.fullest(&n, sent_lo));
            }
        }
        let here = self.persons(&before);
        let fitting: Vec<&String> = here.iter().filter(|n| fits(n, sent_lo)).collect();
        match (here.len(), fitting.len()) {
            (0, _) => {}
            (_, 1) => return fitting.first().map(|n| n.to_string()),
            // `Donald Trump's pick ... in which she described`: the pronoun
            // means someone its sentence names by no name (going back
            // further finds the photographer credited under a caption).
            _ => return None,
        }
        // `"...," she said. He responded: "..."`: a sentence on the way back
        // that speaks of someone by the other pronoun leaves `he` to no
        // one the rules can tell (the named person before it is likely hers).
        let other = if word.eq_ignore_ascii_case("she") { "he" } else { "she" };
        for (s, e, _) in self.prior_sentences(sent_lo, para) {
            let st = Win::new(self.tokens(s, e, None));
            if st
                .toks
                .iter()
                .any(|t| t.kind == Kind::Word && lower(self.word(t)) == other)
            {
                return None;
            }
            // `..., Spokeswoman Maria Zakharova said earlier.`: a sentence
            // closing with its own attribution is that person's words, and
            // they are who a pronoun after it goes on about.
            if let Some(c) = st.toks.iter().rposition(|t| t.kind == Kind::Punct(','))
                && let Some((Ent::Name(n), _)) = self.final_clause_at(&st.toks, c)
                && self.is_person(&n)
                && fits(&n, s)
            {
                return Some(self.reg.fullest(&n, s));
            }
            let subject = self.first_subject(&st, 0, st.toks.len());
            // `A farmer near Whatatutu, who did not want to be named, said
            // he ...`: an unnamed person speaking there is whom the pronoun
            // means, and names no one.
            // So does `The boy's mother, a solicitor, told the court she had
            // employed Miss Pembridge`, whose object is not the speaker; a
            // name in apposition before the verb is (`One of the
            // inspectors, Luis Carrera, recalled`).
            if !matches!(subject, Some(Ent::Name(_)))
                && let Some(v) = self.unnamed_speaker_verb(&st)
            {
                let named: Vec<String> = self.persons(&st.toks[..v]).into_iter().filter(|n| fits(n, s)).collect();
                return (named.len() == 1).then(|| named.into_iter().next()).flatten();
            }
            match subject {
                Some(Ent::Name(n)) if self.is_person(&n) && fits(&n, s) => return Some(self.reg.fullest(&n, s)),
                // A subject of the other gender: an earlier sentence's
                // person is meant.
                Some(Ent::Name(n)) if self.is_person(&n) => continue,
                // `Solovyova's mother, Tatyana, wept`, `Her husband, Ernesto,
                // said`: a subject named by one word the rules cannot tell a
                // person by is still the sentence's person, and whom the
                // pronoun means; another name in it is not.
                Some(Ent::Name(n)) if !n.contains(' ') && self.owner_then_apposition(&st) => {
                    return fits(&n, s).then(|| self.reg.fullest(&n, s));
                }
                // `"It's a good day," Biden told reporters.`: a one-word name
                // speaking the quote that opens the sentence is a person.
                Some(Ent::Name(n))
                    if !n.contains(' ')
                        && st
                            .toks
                            .iter()
                            .find(|t| t.kind != Kind::Punct('\n'))
                            .is_some_and(|t| matches!(t.kind, Kind::Quote(_)))
                        && !name_tokens(&n).iter().any(|t| in_places(t.as_str()) || is_org_word(t))
                        && fits(&n, s) =>
                {
                    return Some(self.reg.fullest(&n, s));
                }
                // `He said Lakeview Hospital would close. "We tried," he
                // said.`: a sentence whose subject is the same pronoun goes
                // on about the same person, whoever else it names.
                Some(Ent::He(_)) => continue,
                Some(Ent::Role { head, mods, at }) => {
                    if let Some(r) = self.reg.role(&head, &mods, at)
                        && fits(&r, at)
                    {
                        return Some(r);
                    }
                }
                _ => {}
            }
            let there: Vec<String> = self.persons(&st.toks).into_iter().filter(|n| fits(n, s)).collect();
            match there.len() {
                0 => continue,
                1 => return there.into_iter().next(),
                _ => return None,
            }
        }
        None
    }

    /// When the sentence `st` opens with an unnamed person, indefinite (`A
    /// farmer`, `One official`, `Another resident`) or owned (`The boy's
    /// mother`, `Her lawyer`), and reports speech: the index of its verb of
    /// saying.
    fn unnamed_speaker_verb(&self, st: &Win) -> Option<usize> {
        let toks = &st.toks[..];
        let first = toks.iter().position(|t| t.kind == Kind::Word)?;
        let w = |i: usize| toks.get(i).filter(|t| t.kind == Kind::Word).map(|t| self.word(t));
        let unnamed = matches!(
            &*self.low(toks, first),
            "a" | "an" | "one" | "another" | "his" | "her" | "their"
        ) || w(first).is_some_and(|x| is_possessive(x) && !is_cap(x))
            || self.low(toks, first) == "the" && w(first + 1).is_some_and(|x| is_possessive(x) && !is_cap(x));
        if !unnamed {
            return None;
        }
        toks.iter().position(|t| {
            t.kind == Kind::Word
                && cue_lemma(&self.lower_tok(t)).is_some_and(|(lemma, form)| {
                    (in_inversion(lemma) || lemma == "tell") && matches!(form, Form::Ed | Form::S)
                })
        })
    }

    /// Whether the sentence `st` opens with an owner, a noun and a name in
    /// apposition: `Solovyova's mother, Tatyana,`, `Her husband, Ernesto,`.
    fn owner_then_apposition(&self, st: &Win) -> bool {
        let toks = &st.toks[..];
        let Some(owner) = toks.iter().position(|t| t.kind == Kind::Word) else {
            return false;
        };
        (is_possessive(self.word(&toks[owner])) || matches!(&*self.low(toks, owner), "his" | "her" | "their"))
            && toks.get(owner + 2).is_some_and(|t| t.kind == Kind::Punct(','))
    }

    /// The subject of the sentence before byte `p`.
    fn prior_subject(&self, _p: usize, sent_lo: usize, para: usize) -> Option<Ent> {
        let (s, e, _) = *self.prior_sentences(sent_lo, para).first()?;
        let st = Win::new(self.tokens(s, e, None));
        self.first_subject(&st, 0, st.toks.len())
    }

    /// `it said`: an organisation or reporter that is the subject of a
    /// recent sentence, or a reporter named there.
    fn it(&self, _p: usize, sent_lo: usize, para: usize) -> Resolved {
        for (s, e, _) in self.prior_sentences(sent_lo, para) {
            let win = Win::new(self.tokens(s, e, None));
            match self.first_subject(&win, 0, win.toks.len()) {
                Some(Ent::Org(o)) => return Resolved::Speaker(o),
                Some(Ent::Reporter(r)) => return Resolved::Via(r),
                // `Meta said ... It added:`: a one-word name that is nobody's
                // name in the article is a company's.
                Some(Ent::Name(n)) if !n.contains(' ') && !self.is_person(&n) => return Resolved::Speaker(n),
                _ => {}
            }
            let st = &win.toks[..];
            let mut k = 0;
            let mut reporter = None;
            while k < st.len() {
                let starts = st[k].kind == Kind::Word
                    && self.np_word(self.word(&st[k]))
                    && (k == 0 || st[k - 1].kind != Kind::Word || !self.np_word(self.word(&st[k - 1])));
                if starts {
                    let a = if k > 0 && DET.contains(&&*self.low(st, k - 1)) {
                        k - 1
                    } else {
                        k
                    };
                    let end = self.np_fwd(st, a, st.len()).max(k + 1);
                    if let Ent::Reporter(r) = self.classify(&st[a..end], st[a].s) {
                        reporter = Some(r);
                    }
                    k = end;
                } else {
                    k += 1;
                }
            }
            if let Some(r) = reporter {
                return Resolved::Via(r);
            }
        }
        Resolved::None
    }

    /// Sentences before the one starting at `s` (most recent first): at most
    /// [`PRONOUN_SENTENCES`], within [`PRONOUN_PARAS`] earlier paragraphs,
    /// headlines skipped.
    fn prior_sentences(&self, s: usize, para: usize) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let mut cur = s;
        let mut p = para;
        let mut hops = 0;
        while out.len() < PRONOUN_SENTENCES {
            let ps = self.paras[p].start;
            let end = self.text[..cur].trim_end().len();
            if end <= ps {
                let mut q = p;
                loop {
                    if q == 0 || hops >= PRONOUN_PARAS + 2 {
                        return out;
                    }
                    q -= 1;
                    hops += 1;
                    if !self.paras[q].headline {
                        break;
                    }
                }
                if hops > PRONOUN_PARAS + 1 {
                    return out;
                }
                p = q;
                cur = self.paras[p].end;
                continue;
            }
            let at = floor_char(self.text, end - 1);
            let st = self.sent_start(p, at);
            out.push((st, end, p));
            if st >= cur {
                break;
            }
            cur = st;
        }
        out
    }

    /// Distinct people named in the tokens (outside quotes).
    fn persons(&self, toks: &[Tok]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut k = 0;
        while k < toks.len() {
            if toks[k].kind == Kind::Word && is_cap(self.word(&toks[k])) {
                // A capitalized article opening a sentence (`A May 7 Register
                // story`) is no part of a name.
                if DET.contains(&&*self.low(toks, k)) {
                    k += 1;
                    continue;
                }
                let mut e = k;
                while e < toks.len() && toks[e].kind == Kind::Word && is_cap(self.word(&toks[e])) {
                    e += 1;
                    if is_possessive(self.word(&toks[e - 1])) {
                        break;
                    }
                }
                let mut words: Vec<&str> = toks[k..e].iter().map(|t| self.word(t)).collect();
                let d = title_departments(k.checked_sub(1).map(|j| self.word(&toks[j])), &words);
                if d < words.len() {
                    words.drain(..d);
                }
                // `In a Honolulu Star-Advertiser report, she ...`: a name
                // after an article or before a document noun is a
                // publication's or an event's, not a person's.
                // (`Speaking at the club's Finch Farm training ground, he
                // said`: what an owner owns, or the object of a preposition
                // of place, is a thing or a place.)
                let after_article = k > 0
                    && (is_possessive(self.word(&toks[k - 1]))
                        || toks[k - 1].kind == Kind::Punct('\'')
                        || matches!(
                            &*self.low(toks, k - 1),
                            "a" | "an" | "the" | "at" | "in" | "near" | "outside" | "inside" | "into"
                        ));
                let before_doc = toks.get(e).is_some_and(|t| {
                    t.kind == Kind::Word && {
                        let l = self.lower_tok(t);
                        in_doc(&l)
                            || matches!(
                                &*l,
                                "report" | "story" | "article" | "interview" | "poll" | "survey" | "study"
                            )
                    }
                });
                if !after_article
                    && !before_doc
                    && let Some(name) = name_part(&words)
                    && self.is_person(&name)
                {
                    let full = self.reg.fullest(&name, toks[k].s);
                    let ft = name_tokens(&full);
                    // (Not `Harvest`, short for `Harvest Foods Inc.`.)
                    let still_a_person = full == name || self.is_person(&full);
                    if still_a_person && !out.iter().any(|o| names::tokens_match(&name_tokens(o), &ft)) {
                        out.push(full);
                    }
                }
                k = e.max(k + 1);
            } else {
                k += 1;
            }
        }
        out
    }

    /// A name the article shows to be a person's: given with a title, or
    /// of two words or more, none of them a place or organisation word.
    fn is_person(&self, name: &str) -> bool {
        let toks = name_tokens(name);
        if toks.is_empty() || toks.iter().any(|t| in_places(t.as_str()) || is_org_word(t)) {
            return false;
        }
        // `Harvest Foods Inc.` is a company; `Two-year-old` an age.
        if name
            .split_whitespace()
            .any(|w| COMPANY_FORMS.contains(&w.trim_end_matches(['.', ','])))
            || toks.windows(2).any(|w| w[0] == "year" && w[1] == "old")
        {
            return false;
        }
        // `Prime Minister` (of `Prime Minister's resignation`) is a title.
        if toks.last().is_some_and(|t| names::is_title(t)) {
            return false;
        }
        toks.len() >= 2 || self.reg.known(&toks)
    }

    // ----- inheritance --------------------------------------------------------

    /// Whether a quote is its paragraph's only content (Markdown `>` and
    /// closing punctuation aside).
    fn fills_paragraph(&self, sp: Span) -> bool {
        let para = self.paras[sp.para];
        // (A continued quote's reopening mark may lie outside its span.)
        let outside = |s: &str| {
            s.trim_matches(|c: char| c.is_whitespace() || is_quote_mark(c) || matches!(c, '>' | '.' | ','))
                .is_empty()
        };
        outside(&self.text[para.start..sp.open.max(para.start)])
            && outside(&self.text[sp.close.min(para.end)..para.end])
    }

    /// A lead-in paragraph ending in a colon before a quote that is its
    /// paragraph: `ScotRail has issued a statement:`, `Mr Sunak said:`. The
    /// lead-in's subject speaks the quote when the lead-in holds a speech
    /// verb or names a statement or post.
    fn colon_lead_in(&self, sp: Span) -> Option<String> {
        if !self.fills_paragraph(sp) {
            return None;
        }
        let prev = sp.para.checked_sub(1)?;
        let pp = self.paras[prev];
        let lead = self.text[pp.start..pp.end].trim_end();
        if pp.headline || !lead.ends_with(':') {
            return None;
        }
        let colon = pp.start + lead.len() - 1;
        let s = self.sent_start(prev, colon);
        let w = Win::new(self.tokens(s, colon, None));
        let speech = w.toks.iter().any(|t| {
            t.kind == Kind::Word && {
                let l = self.lower_tok(t);
                cue_lemma(&l).is_some() || matches!(&*l, "statement" | "post" | "message" | "tweet")
            }
        });
        if !speech {
            return None;
        }
        let ent = self.first_subject(&w, 0, w.toks.len())?;
        match self.resolve(&ent, s, s, &w.toks, prev, false) {
            Resolved::Speaker(name) => Some(name),
            _ => None,
        }
    }

    /// Whether what follows the quote `sp` in its paragraph is at most its
    /// attribution: a short tail, or one sentence with no quote mark (`,
    /// said Kim Yo Jong, vice department director of the Workers' Party of
    /// Korea (WPK) Central Committee.`).
    fn only_attribution_after(&self, sp: Span) -> bool {
        let end = self.paras[sp.para].end;
        let tail = &self.text[sp.close.min(end)..end];
        // (Past the closing mark; an apostrophe, `Workers’`, is no quote.)
        let rest = tail.trim_start_matches(is_quote_mark);
        tail.len() <= TRAILING_ATTRIBUTION_BYTES
            || tail.len() <= MAX_ATTRIBUTION_SENTENCE_BYTES
                && !rest.contains(['"', '\u{201C}', '\u{201D}', '\u{00AB}', '\u{00BB}', '\u{201E}'])
                && !rest.trim_end().trim_end_matches('.').contains(['.', '!', '?', ';'])
    }

    /// The speaker of the sentence right before a quote that opens its own
    /// sentence, when that sentence holds no quote and reports speech with
    /// a verb of saying (`Guo Weiping said only that ...`, `He told
    /// reporters the talks had failed.`): in the quote's paragraph, or last
    /// in the paragraph before when the quote opens its paragraph.
    fn paraphrase_lead_in(&self, sp: Span) -> Option<String> {
        let para = self.paras[sp.para];
        let s = self.sent_start(sp.para, sp.open);
        if !self.text[s..sp.open].trim().is_empty() {
            return None;
        }
        let (p, end) = if self.text[para.start..s].trim().is_empty() {
            let p = sp.para.checked_sub(1)?;
            (p, self.paras[p].end)
        } else {
            (sp.para, s)
        };
        if self.paras[p].headline {
            return None;
        }
        let sentence = self.text[self.paras[p].start..end].trim_end();
        if !sentence.ends_with('.') {
            return None;
        }
        let end = self.paras[p].start + sentence.len();
        let lo = self.sent_start(p, end - 1);
        if self.text[lo..end].chars().any(is_quote_mark) {
            return None;
        }
        let w = Win::new(self.tokens(lo, end, None));
        let says = w.toks.iter().any(|t| {
            t.kind == Kind::Word
                && !is_cap(self.word(t))
                && cue_lemma(&self.lower_tok(t)).is_some_and(|(lemma, form)| {
                    (in_inversion(lemma) || lemma == "tell") && matches!(form, Form::Ed | Form::S)
                })
        });
        if !says {
            return None;
        }
        let ent = self.first_subject(&w, 0, w.toks.len())?;
        match self.resolve(&ent, lo, lo, &w.toks, p, false) {
            Resolved::Speaker(name) => Some(name),
            _ => None,
        }
    }

    /// A signature line under a quote that is its paragraph (a pull quote, an
    /// embedded post): `— Sam Oduya, parent`, `– Ruth Adeyemi MP (@RuthAdeyemiMP)
    /// January 17, 2025`. The person it names, if it names one.
    fn signature_after(&self, sp: Span) -> Option<String> {
        if !self.fills_paragraph(sp) {
            return None;
        }
        let next = self.paras.get(sp.para + 1)?;
        let line = &self.text[next.start..next.end];
        let body = line.trim_start_matches(|c: char| c.is_whitespace() || c == '>');
        self.signature_after_dash(body, next.end)
    }

    /// The signature after a quote on its own line: `- "This is a
    /// once-in-a-decade storm." - Gov. Gavin Newsom` (a list of quotes, a
    /// pull quote), with nothing but a list marker before the quote.
    fn signature_inline(&self, sp: Span) -> Option<String> {
        let para = self.paras[sp.para];
        let before = self.text[para.start..sp.open].trim();
        if !matches!(before, "" | "-" | "*" | "\u{2022}") {
            return None;
        }
        self.signature_after_dash(self.text[sp.close..para.end].trim_start(), para.end)
    }

    /// The name signed in `s`, a text ending at byte `end` that opens with a
    /// dash and a space (`— Labour Party`, `- Gov. Gavin Newsom`).
    fn signature_after_dash(&self, s: &str, end: usize) -> Option<String> {
        let rest = ["\u{2014}", "\u{2013}", "--", "-"]
            .iter()
            .find_map(|d| s.strip_prefix(d))?;
        if rest.len() > SIGNATURE_BYTES || !rest.starts_with(' ') {
            return None;
        }
        self.signature_name(end - rest.len(), end)
    }

    /// The person or organisation a signature `lo..end` names (after its
    /// dash), up to a comma, parenthesis, dash or bar.
    fn signature_name(&self, lo: usize, end: usize) -> Option<String> {
        let rest = &self.text[lo..end];
        let name_end = rest.find([',', '(', '\u{2014}', '|']).map_or(end, |k| lo + k);
        let mut toks = self.tokens(lo, name_end, None);
        // Letters after the name are not part of it: `Ruth Adeyemi MP`.
        while toks.len() > 2 && toks.last().is_some_and(|t| POSTNOMINALS.contains(&self.word(t))) {
            toks.pop();
        }
        if toks.is_empty() || toks.iter().any(|t| t.kind != Kind::Word) {
            return None;
        }
        match self.classify(&toks, toks[0].s) {
            Ent::Name(n) if self.is_person(&n) => Some(self.reg.fullest(&n, lo)),
            // An embedded post signed by an organisation's account:
            // `— Labour Party (@UKLabour) March 4, 2025`.
            Ent::Org(o) => Some(o),
            _ => None,
        }
    }

    /// Rule 4: continuations, bare quote sentences and sub-heads.
    fn inherit(&self, quotes: &[Quote], found: &mut [Attr]) {
        let n = quotes.len();
        self.drop_answers_to_oneself(found);
        for i in 0..n {
            if found[i].speaker.is_some() || found[i].governed {
                continue;
            }
            let sp = self.spans[i];
            if let Some(p) = sp.continues {
                if found[p].speaker.is_some() {
                    found[i].speaker = found[p].speaker.clone();
                    found[i].via = found[i].via.take().or_else(|| found[p].via.clone());
                    found[i].cue = None;
                }
                continue;
            }
            if sp.parent.is_none()
                && let Some(name) = self.signature_inline(sp)
            {
                found[i].speaker = Some(name);
                found[i].cue = None;
                continue;
            }
            if !found[i].standalone || sp.parent.is_some() {
                continue;
            }
            // (A short quote paragraph may read as a sub-head: the signature
            // under it still names its speaker.)
            if let Some(name) = self.signature_after(sp).or_else(|| self.colon_lead_in(sp)) {
                found[i].speaker = Some(name);
                found[i].cue = None;
                continue;
            }
            if self.paras[sp.para].headline {
                continue;
            }
            // The quote before it at the same level.
            let k = self.top.partition_point(|&j| j < i);
            let Some(&j) = k.checked_sub(1).and_then(|k| self.top.get(k)) else {
                continue;
            };
            let sj = self.spans[j];
            let same_para = sj.para == sp.para;
            let prev_para_end = sj.para + 1 == sp.para
                && !self.paras[sj.para].headline
                && self.only_attribution_after(sj)
                && self.text[self.paras[sp.para].start..sp.open].trim().is_empty();
            if (same_para || prev_para_end) && found[j].speaker.is_some() {
                found[i].speaker = found[j].speaker.clone();
                found[i].via = found[j].via.clone();
                found[i].cue = None;
            }
        }
        // `Guo said only that China would defend its companies. "The door
        // remains open."`: a quote that is its whole sentence, right after a
        // sentence reporting what someone said, is theirs.
        for (attr, &sp) in found.iter_mut().zip(&self.spans) {
            if attr.speaker.is_some()
                || attr.governed
                || !attr.standalone
                || sp.parent.is_some()
                || self.paras[sp.para].headline
            {
                continue;
            }
            if let Some(name) = self.paraphrase_lead_in(sp) {
                attr.speaker = Some(name);
                attr.cue = None;
            }
        }
        // A quote broken by a short aside (`"We will—" he paused, "we will
        // not give up," said X`): the first piece is the speaker's of the
        // second.
        for i in 0..n {
            if found[i].speaker.is_some() || found[i].governed || self.spans[i].parent.is_some() {
                continue;
            }
            let k = self.top.partition_point(|&j| j <= i);
            let Some(&j) = self.top.get(k) else { continue };
            let (si, sj) = (self.spans[i], self.spans[j]);
            let gap = &self.text[si.close..sj.open.max(si.close)];
            if sj.para == si.para
                && gap.len() <= BROKEN_QUOTE_GAP_BYTES
                && gap.contains(',')
                && !gap.contains(['.', ';', '!', '?'])
                // (A cue in the aside attributes the second piece only:
                // `the "threat", Kim said "..."`.)
                && !gap
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| !w.is_empty() && cue_lemma(&lower(w)).is_some())
                && found[j].speaker.is_some()
            {
                found[i].speaker = found[j].speaker.clone();
                found[i].via = found[i].via.take().or_else(|| found[j].via.clone());
                found[i].cue = None;
            }
        }
        // A continued quote attributed only in a later part.
        for i in (0..n).rev() {
            if let Some(p) = self.spans[i].continues
                && found[p].speaker.is_none()
                && !found[p].governed
                && found[i].speaker.is_some()
            {
                found[p].speaker = found[i].speaker.clone();
                found[p].cue = None;
            }
        }
        // Sub-heads: the same words quoted just below.
        for i in 0..n {
            let sp = self.spans[i];
            if found[i].speaker.is_some() || sp.parent.is_some() || !self.paras[sp.para].headline {
                continue;
            }
            let key = word_keys(&quotes[i].text);
            if key.is_empty() {
                continue;
            }
            for j in i + 1..n.min(i + 1 + HEADLINE_LOOKAHEAD_QUOTES) {
                let sj = self.spans[j];
                if sj.para > sp.para + HEADLINE_LOOKAHEAD_PARAS {
                    break;
                }
                if self.paras[sj.para].headline {
                    if sj.para != sp.para {
                        break;
                    }
                    continue;
                }
                let words = word_keys(&quotes[j].text);
                if found[j].speaker.is_some() && words.windows(key.len()).any(|w| w == key.as_slice()) {
                    found[i].speaker = found[j].speaker.clone();
                    found[i].cue = None;
                    break;
                }
            }
        }
    }
}

// ----- the registry of names --------------------------------------------------

impl Registry {
    /// One pass over the article's non-headline paragraphs: every title
    /// followed by a name, and every name of two words or more.
    ///
    /// Only capitalized runs register, so only the stretches of text around
    /// a capital letter are split into words (see [`next_segment`]); the
    /// lower-case text between them is skipped a word at a time. The runs
    /// found, and the words before them, are those of splitting each
    /// paragraph whole: a segment starts and ends at whitespace, where every
    /// token ends, and a run never crosses a stretch with no capital.
    ///
    /// Whatever the registry held before is dropped (its buffers are kept);
    /// `toks` and `before` are buffers too (see [`Scratch`]).
    fn build(&mut self, text: &str, paras: &[Paragraph], toks: &mut Vec<Tok>, before: &mut Vec<Tok>) {
        self.mentions.clear();
        self.by_token.clear();
        self.titled.clear();
        let mut run: Vec<&str> = Vec::new();
        for p in paras.iter().filter(|p| !p.headline) {
            let mut at = p.start;
            while let Some((s, e)) = next_segment(text, at, p.end) {
                toks.clear();
                tokenize_into(toks, text, s, e, &[], &[]);
                self.scan_runs(text, p.start, s, toks, &mut run, before);
                at = e;
            }
        }
    }

    /// Registers the capitalized runs of a segment's tokens `toks`, which
    /// start at byte `seg` of the paragraph starting at `para`. `before` is a
    /// buffer for the words read back before the segment.
    fn scan_runs<'t>(
        &mut self,
        text: &'t str,
        para: usize,
        seg: usize,
        toks: &[Tok],
        run: &mut Vec<&'t str>,
        before: &mut Vec<Tok>,
    ) {
        let word = |t: &Tok| -> &'t str { &text[t.s..t.e] };
        let is_title_word = |t: Option<&Tok>| t.is_some_and(|t| t.kind == Kind::Word && names::is_title(word(t)));
        let mut k = 0;
        while k < toks.len() {
            if !(toks[k].kind == Kind::Word && is_cap(word(&toks[k]))) {
                k += 1;
                continue;
            }
            let mut e = k;
            while e < toks.len() && toks[e].kind == Kind::Word {
                let w = word(&toks[e]);
                // A capitalized word continues the run whatever it is: only
                // a lower-case one needs the particle test (and `lower`).
                let cap = is_cap(w);
                // (`der` only after `von`/`van`: `Ursula von der Leyen`, but
                // `sagte Dubois der NZZ` says whom he told.)
                let particle = !cap
                    && may_be_particle(w)
                    && PARTICLES.contains(&&*lower(w))
                    && (w != "der" || e > k && matches!(word(&toks[e - 1]), "von" | "van"))
                    && toks.get(e + 1).is_some_and(|n| n.kind == Kind::Word && is_cap(word(n)));
                if !cap && !particle {
                    break;
                }
                e += 1;
                if is_possessive(w) {
                    break;
                }
            }
            // A lone capitalized word registers only after a title
            // (`President Putin`): most runs are one word, skip them fast.
            // (The title test runs only for one-word runs.)
            let prev = tokens_ahead(text, para, seg, toks, k, 1, before);
            let after_title = is_title_word(prev.last());
            // A run that is all a quote holds is a title or a slogan
            // (`'Harvest Scraps Greenleaf Deal'`, `"Remove Yoon!"`), whose
            // capitals name no one.
            let quoted_whole = || {
                let after = text[toks[e - 1].e..].trim_start_matches(['.', ',', '!', '?']);
                text[..toks[k].s].chars().next_back().is_some_and(is_quote_mark)
                    && after.chars().next().is_some_and(is_quote_mark)
            };
            if (e - k > 1 || after_title) && !quoted_whole() {
                // The title before the run takes up to four modifiers before it.
                let prev = if after_title {
                    tokens_ahead(text, para, seg, toks, k, 5, before)
                } else {
                    prev
                };
                run.clear();
                run.extend(toks[k..e].iter().map(word));
                self.add_run(run, toks[k].s, (!prev.is_empty()).then_some((prev, text)));
            }
            k = e.max(k + 1);
        }
    }

    /// Records a capitalized run; `before` holds the tokens preceding it.
    fn add_run(&mut self, run: &[&str], pos: usize, before: Option<(&[Tok], &str)>) {
        let after_of = before.and_then(|(prev, text)| prev.last().map(|t| &text[t.s..t.e]));
        let Some(found) = run_name(run, joins_title(after_of)) else {
            return;
        };
        // The title: inside the run, or the lower-case word just before it.
        let mut title = found.title.clone();
        if title.is_none()
            && let Some((prev, text)) = before
            && let Some(t) = prev.last()
            && t.kind == Kind::Word
            && names::is_title(&text[t.s..t.e])
        {
            let mut mods = Vec::new();
            for m in prev[..prev.len() - 1].iter().rev().take(4) {
                let w = &text[m.s..m.e];
                // (`Shadow environment secretary`: any lower-case word but
                // an article or a verb of saying describes the office.)
                let l = lower(w);
                let describes = is_cap(w)
                    || in_np_lower(&l)
                    || (l.chars().all(char::is_alphabetic) && !DET.contains(&&*l) && cue_lemma(&l).is_none());
                if m.kind != Kind::Word || !describes {
                    break;
                }
                mods.push(l.into_owned());
            }
            mods.reverse();
            title = Some((lower(&text[t.s..t.e]).into_owned(), mods));
        }
        // Untitled, a name needs two words: `Putin-Kim` (summit) is no name.
        if title.is_none() && !found.two_words {
            return;
        }
        let name = found.name.clone();
        let toks = Rc::clone(&found.toks);
        let idx = self.mentions.len();
        for key in [&toks[0], &toks[toks.len() - 1]] {
            // (A key is copied only the first time it is seen.)
            match self.by_token.get_mut(key) {
                Some(v) if v.last() == Some(&idx) => {}
                Some(v) => v.push(idx),
                None => {
                    self.by_token.insert(key.clone(), vec![idx]);
                }
            }
        }
        if let Some((head, mods)) = title {
            self.titled.push(Titled {
                pos,
                name: name.clone(),
                toks: Rc::clone(&toks),
                head,
                mods,
            });
        }
        self.mentions.push(Mention { pos, name, toks });
    }

    /// The one company named before `at` with its legal form (`Norvek AG`,
    /// `Harwell Robotics Ltd.`): what `the company` stands for. None when
    /// there are none or several.
    fn company_before(&self, at: usize) -> Option<String> {
        let k = self.mentions.partition_point(|m| m.pos < at);
        let mut found: Option<&Mention> = None;
        for m in &self.mentions[..k] {
            let legal = m
                .name
                .rsplit(' ')
                .next()
                .is_some_and(|w| COMPANY_FORMS.contains(&w.trim_end_matches('.')));
            if !legal {
                continue;
            }
            match found {
                Some(f) if !names::tokens_match(&f.toks, &m.toks) => return None,
                _ => found = Some(m),
            }
        }
        found.map(|m| m.name.clone())
    }

    /// Whether a name matches a recorded mention.
    fn known(&self, toks: &[String]) -> bool {
        let Some(first) = toks.first() else { return false };
        self.by_token
            .get(first)
            .into_iter()
            .chain(self.by_token.get(toks.last().unwrap_or(first)))
            .flatten()
            .any(|&m| names::tokens_match(&self.mentions[m].toks, toks))
    }

    /// The fullest form of `name` seen in the article: the nearest longer
    /// mention before `at` starting or ending with the same word, else the
    /// first such mention after it; else `name` itself (titles stripped).
    fn fullest(&self, name: &str, at: usize) -> String {
        let toks = name_tokens(name);
        let own = || own_name(name);
        let Some(first) = toks.first() else { return own() };
        let last = toks.last().unwrap_or(first);
        let mut best_before: Option<&Mention> = None;
        let mut best_after: Option<&Mention> = None;
        // Distinct longer names this one could stand for (bounded search).
        let mut distinct: Vec<&[String]> = Vec::new();
        // A one-word name (`Kim`) has one key: its list is read once, not
        // twice (a second reading finds the same mentions and changes nothing).
        let keys: &[&String] = if first == last { &[first] } else { &[first, last] };
        for &key in keys {
            let Some(list) = self.by_token.get(key) else { continue };
            let k = list.partition_point(|&m| self.mentions[m].pos < at);
            let near = list[..k]
                .iter()
                .rev()
                .take(FULLEST_WINDOW)
                .chain(list[k..].iter().take(FULLEST_WINDOW));
            for &m in near {
                let men = &self.mentions[m];
                if men.toks.len() <= toks.len() || !names::tokens_match(&men.toks, &toks) {
                    continue;
                }
                if !distinct.iter().any(|d| names::tokens_match(d, &men.toks)) {
                    distinct.push(&men.toks);
                }
                if men.pos < at {
                    if best_before.is_none_or(|b| b.pos < men.pos) {
                        best_before = Some(men);
                    }
                } else if best_after.is_none_or(|b| b.pos > men.pos) {
                    best_after = Some(men);
                }
            }
        }
        // `Kim` with Kim Jong Un and Kim Yo Jong both named: no guess.
        if distinct.len() > 1 {
            return own();
        }
        best_before.or(best_after).map_or_else(own, |m| m.name.clone())
    }

    /// The gender of the person `name` as the article marks it: by a title
    /// it gives them near `at` (`Mrs`, `Spokeswoman`, `King`) or their given
    /// name. None when nothing marks it, or the marks disagree.
    fn gender(&self, name: &str, at: usize) -> Option<Gender> {
        let toks = name_tokens(name);
        let mut found: Option<Gender> = None;
        let mut mark = |g: Option<Gender>| -> bool {
            match (found, g) {
                (Some(f), Some(g)) if f != g => false,
                (_, Some(g)) => {
                    found = Some(g);
                    true
                }
                _ => true,
            }
        };
        if !mark(gender::of_name(&toks)) {
            return None;
        }
        let k = self.titled.partition_point(|t| t.pos < at);
        let near = &self.titled[k.saturating_sub(ROLE_LOOKBACK)..(k + ROLE_LOOKBACK).min(self.titled.len())];
        for t in near {
            if names::tokens_match(&t.toks, &toks) && !mark(gender::of_title(&t.head)) {
                return None;
            }
        }
        found
    }

    /// The one person a role noun (`the North's leader`) can stand for at
    /// `at`: the only person titled so before with a fitting title and
    /// matching descriptors, or failing that the only one with a fitting
    /// title and no descriptors.
    fn role(&self, head: &str, mods: &[String], at: usize) -> Option<String> {
        let k = self.titled.partition_point(|t| t.pos < at);
        // Per person: (name tokens, name, fits, descriptors).
        let mut people: Vec<(&[String], &str, bool, Vec<&str>)> = Vec::new();
        for t in self.titled[..k].iter().rev().take(ROLE_LOOKBACK) {
            let fits = heads_fit(head, &t.head);
            match people.iter_mut().find(|p| names::tokens_match(p.0, &t.toks)) {
                Some(p) => {
                    p.2 |= fits;
                    p.3.extend(t.mods.iter().map(String::as_str));
                }
                None => people.push((&t.toks, &t.name, fits, t.mods.iter().map(String::as_str).collect())),
            }
        }
        // `The environment secretary` is not `Shadow environment secretary
        // Rebecca Hale`: a rank the person's title holds must be in the role.
        let rank_fits = |person_mods: &[&str]| {
            person_mods
                .iter()
                .filter(|pm| RANKS.contains(pm))
                .all(|pm| mods.iter().any(|m| m == pm))
        };
        let fitting: Vec<_> = people.iter().filter(|p| p.2 && rank_fits(&p.3)).collect();
        let mods: Vec<&str> = mods
            .iter()
            .map(String::as_str)
            .filter(|m| !DET.contains(m) && !matches!(*m, "own" | "new" | "then" | "former"))
            .collect();
        let strong: Vec<_> = fitting
            .iter()
            .filter(|p| mods.iter().all(|m| p.3.iter().any(|pm| stems_match(m, pm))))
            .collect();
        let pick = match strong.len() {
            1 => strong[0],
            0 if !mods.is_empty() => {
                let bare: Vec<_> = fitting.iter().filter(|p| p.3.is_empty()).collect();
                if bare.len() != 1 {
                    return None;
                }
                *bare[0]
            }
            _ => return None,
        };
        Some(self.fullest(pick.1, at))
    }
}

/// First words of a headline label naming an event, a topic or a kind of
/// article rather than a speaker (`Storm Idris: '...'`, `Live: '...'`).
const LABEL_TOPIC_WORDS: &[&str] = &[
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "wildfire",
    "bushfire",
    "flood",
    "floods",
    "earthquake",
    "operation",
    "project",
    "election",
    "budget",
    "summit",
    "trial",
    "inquiry",
    "inquest",
    "verdict",
    "watch",
    "live",
    "analysis",
    "explainer",
    "opinion",
    "review",
    "breaking",
    "exclusive",
    "update",
    "report",
    "interview",
    "video",
    "podcast",
    "poll",
    "letters",
    "editorial",
];

/// Past tenses without `-ed` that stand between two names in news copy
/// (`Biden met Xi Jinping`, `Sinner beat Carlos Alcaraz`).
const IRREGULAR_PASTS: &[&str] = &[
    "met", "beat", "took", "won", "led", "hit", "left", "sent", "saw", "made", "gave", "found", "kept", "lost", "held",
    "brought", "thought", "sought", "fought", "caught", "taught", "put", "set", "let", "cut", "became", "came", "ran",
    "chose", "drew", "knew", "threw", "wrote", "spoke", "struck", "told", "paid", "sold", "bought", "got", "overtook",
    "swept", "upset", "shot", "stood", "fell", "rose", "read", "heard",
];

/// Kinds of work a quoted title names: `the "Talking Toffees" podcast`.
const WORK_NOUNS: &[&str] = &[
    "podcast",
    "show",
    "programme",
    "program",
    "series",
    "documentary",
    "film",
    "movie",
    "book",
    "novel",
    "memoir",
    "album",
    "song",
    "single",
    "play",
    "musical",
    "column",
    "newsletter",
    "blog",
    "campaign",
    "exhibition",
    "finale",
    "episode",
];

/// Words of a title that make another office of it: `Shadow environment
/// secretary`, `Deputy Prime Minister`, `former minister`.
const RANKS: &[&str] = &[
    "shadow",
    "deputy",
    "vice",
    "assistant",
    "acting",
    "junior",
    "former",
    "ex",
    "opposition",
    "interim",
];

/// What [`Registry::add_run`] makes of a capitalized run's words alone.
#[derive(Debug)]
struct RunName {
    /// The name, titles and what comes before them stripped.
    name: String,
    /// [`names::tokens`] of `name`.
    toks: Rc<[String]>,
    /// The last title inside the run, lower-cased, with the words before it.
    title: Option<(String, Vec<String>)>,
    /// `name` has two words or more.
    two_words: bool,
}

/// The name a capitalized run registers, when it can name someone:
/// `after_conj` when the word before the run is `of`, `and` or `for` (see
/// [`title_departments`]). Worked out once per distinct run (see [`Memo`]):
/// the same names come back article after article, and splitting and
/// testing them was a quarter of the registry's cost.
fn run_name(run: &[&str], after_conj: bool) -> Option<Rc<RunName>> {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for w in run {
        h.write(w.as_bytes());
        h.write_u8(0xff); // (no byte of UTF-8 text)
    }
    h.write_u8(u8::from(after_conj));
    let key = h.finish();
    let same = |k: &[String]| k.len() == run.len() && k.iter().zip(run).all(|(a, b)| a == b);
    memoized(
        |m| {
            let bucket = m.runs.get(&key)?;
            bucket
                .iter()
                .find(|(k, c, _)| *c == after_conj && same(k))
                .map(|(_, _, r)| r.clone())
        },
        || run_name_uncached(run, after_conj).map(Rc::new),
        |m, r| {
            if m.runs.len() >= MEMO_LIMIT {
                m.runs.clear();
            }
            let entry = (run.iter().map(|w| w.to_string()).collect(), after_conj, r);
            m.runs.entry(key).or_default().push(entry);
        },
    )
}

/// [`run_name`], worked out.
fn run_name_uncached(run: &[&str], after_conj: bool) -> Option<RunName> {
    if run
        .iter()
        .any(|w| cue_lemma(&lower(w)).is_some_and(|(_, f)| f != Form::Base) && !names::is_title(w))
    {
        return None;
    }
    let last_title = run.iter().rposition(|w| names::is_title(w));
    let mut name_words: Vec<&str> = match last_title {
        Some(t) => run[t + 1..].to_vec(),
        None => run.to_vec(),
    };
    if last_title.is_none() {
        let d = if after_conj { departments(&name_words) } else { 0 };
        if d == name_words.len() {
            return None;
        }
        name_words.drain(..d);
    }
    let name = name_part(&name_words)?;
    let toks = name_tokens(&name);
    // (At most four words besides particles: `Luiz Inácio Lula da Silva`.)
    let particles = toks.iter().filter(|t| PARTICLES.contains(&t.as_str())).count();
    if toks.is_empty()
        || toks.len() - particles > 4
        || toks
            .iter()
            .any(|t| in_places(t.as_str()) || is_org_word(t) || in_common(t.as_str()))
    {
        return None;
    }
    let title = last_title.map(|t| {
        let mods = run[..t].iter().map(|w| lower(w).into_owned()).collect();
        (lower(run[t]).into_owned(), mods)
    });
    let two_words = name.split_whitespace().nth(1).is_some();
    Some(RunName {
        name,
        toks,
        title,
        two_words,
    })
}

// ----- skipping lower-case text -------------------------------------------------

/// Whitespace as [`tokenize_into`] skips it, ASCII only: no token holds one of
/// these bytes, so tokenizing may start or stop at one without changing a
/// token.
#[inline]
fn is_cut_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C)
}

/// Whether eight bytes (little-endian) hold an ASCII capital or a byte of a
/// non-ASCII character.
#[inline]
fn any_capital_or_non_ascii(w: u64) -> bool {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let x = w & LOW7;
    // The high bit of each byte: at least `A` (0x41), above `Z` (0x5a).
    let ge_a = x + 0x3f3f_3f3f_3f3f_3f3f;
    let gt_z = x + 0x2525_2525_2525_2525;
    (w | (ge_a & !gt_z)) & HIGH != 0
}

/// The first upper-case character in `from..to` (which start and end on
/// character boundaries), as its byte offset. Runs of eight bytes without a
/// capital or a non-ASCII byte are passed over whole.
fn next_capital(text: &str, from: usize, to: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = from;
    while i < to {
        if let Some(w) = b.get(i..i + 8).filter(|_| i + 8 <= to)
            && !any_capital_or_non_ascii(u64::from_le_bytes(w.try_into().expect("eight bytes")))
        {
            i += 8;
            continue;
        }
        let c = b[i];
        if c.is_ascii() {
            if c.is_ascii_uppercase() {
                return Some(i);
            }
            i += 1;
        } else {
            let ch = text[i..].chars().next()?;
            if ch.is_uppercase() {
                return Some(i);
            }
            i += ch.len_utf8();
        }
    }
    None
}

/// The end of the stretch without whitespace starting at `i` (a chunk).
fn chunk_end(b: &[u8], i: usize, to: usize) -> usize {
    b[i..to].iter().position(|&c| is_cut_byte(c)).map_or(to, |k| i + k)
}

/// The next stretch of `from..to` that may hold capitalized words: from
/// the start of the first chunk (whitespace-delimited) holding an upper-case
/// character, over the chunks after it that hold one too or lie between two
/// that do, and one more chunk (whose lower-case particle may join a run to
/// a capital after it). Only a capitalized word starts a run (every word
/// [`is_cap`] accepts holds an upper-case letter, `al-Thani` too), and a run goes
/// on over a chunk with no capital only to a capital right after it, so the
/// text outside the stretches holds no run, and a run inside one ends there
/// as it would in the whole paragraph. Both ends are at whitespace (or at
/// `from`, `to`), where tokens end.
fn next_segment(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let x = next_capital(text, from, to)?;
    let mut s = x;
    while s > from && !is_cut_byte(b[s - 1]) {
        s -= 1;
    }
    // The end of the next chunk after byte `e` holding a token, and whether
    // it holds a capital. (A chunk of non-ASCII spaces holds no token.)
    let next_chunk = |mut e: usize| loop {
        let ns = e + b[e..to].iter().position(|&c| !is_cut_byte(c))?;
        // An ASCII chunk (most of them) in one pass: its end and whether
        // it holds a capital, as the general path below finds them.
        let mut j = ns;
        let mut capital = false;
        while j < to && b[j].is_ascii() && !is_cut_byte(b[j]) {
            capital |= b[j].is_ascii_uppercase();
            j += 1;
        }
        if j == to || is_cut_byte(b[j]) {
            return Some((j, capital));
        }
        e = chunk_end(b, ns, to);
        let chunk = &text[ns..e];
        if chunk.is_ascii() || !chunk.chars().all(char::is_whitespace) {
            return Some((e, next_capital(text, ns, e).is_some()));
        }
    };
    let mut e = chunk_end(b, x, to);
    while let Some((ne, capital)) = next_chunk(e) {
        e = ne;
        if capital {
            continue;
        }
        // A chunk without a capital (`du` in `Le du Nouvel An`): the run
        // goes on over it only to a capital in the chunk after it.
        match next_chunk(e) {
            Some((ne, true)) => e = ne,
            _ => break,
        }
    }
    Some((s, e))
}

/// The tokens before token `k` of a segment's tokens `toks` (which start at
/// byte `seg` of the paragraph starting at `para`): at least `n` of them,
/// fewer only at the paragraph's start. When the segment holds too few,
/// the words before it are read back into `buf`.
fn tokens_ahead<'b>(
    text: &str,
    para: usize,
    seg: usize,
    toks: &'b [Tok],
    k: usize,
    n: usize,
    buf: &'b mut Vec<Tok>,
) -> &'b [Tok] {
    if k >= n {
        return &toks[..k];
    }
    tokens_before(buf, text, para, seg, n - k);
    buf.extend_from_slice(&toks[..k]);
    buf
}

/// Tokens just before byte `x` (a chunk start) in the paragraph starting at
/// `floor`, into `out` (emptied first): at least `n` of them, fewer only when
/// the paragraph holds fewer.
fn tokens_before(out: &mut Vec<Tok>, text: &str, floor: usize, x: usize, n: usize) {
    let b = text.as_bytes();
    let mut s = x;
    let mut want = n;
    loop {
        // Back over `want` chunks: most hold one token or more (one holding
        // only non-ASCII spaces holds none, hence the loop).
        for _ in 0..want {
            while s > floor && is_cut_byte(b[s - 1]) {
                s -= 1;
            }
            while s > floor && !is_cut_byte(b[s - 1]) {
                s -= 1;
            }
        }
        out.clear();
        tokenize_into(out, text, s, x, &[], &[]);
        if out.len() >= n || s == floor {
            return;
        }
        want = n - out.len();
    }
}

// ----- words ------------------------------------------------------------------

/// The character starting at byte `i` (an ASCII byte without decoding).
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text[i..].chars().next(),
    }
}

/// Splits `lo..hi` into words, punctuation and the given quotes (one token
/// each, marks included), appending them to `out` (a buffer used again and
/// again).
fn tokenize_into(out: &mut Vec<Tok>, text: &str, lo: usize, hi: usize, masked: &[usize], spans: &[Span]) {
    let bytes = text.as_bytes();
    let mut m = 0;
    let mut i = lo;
    while i < hi {
        while m < masked.len() && spans[masked[m]].open < i {
            m += 1;
        }
        let next_open = masked.get(m).map_or(usize::MAX, |&q| spans[q].open);
        if i == next_open {
            let q = masked[m];
            out.push(Tok {
                s: i,
                e: spans[q].close,
                kind: Kind::Quote(q),
            });
            i = spans[q].close.max(i + 1);
            m += 1;
            continue;
        }
        // ASCII (nearly every byte of English news) is classified without
        // decoding; other characters take the `char` path below.
        let b = bytes[i];
        if b.is_ascii() {
            if b.is_ascii_whitespace() || b == 0x0B {
                i += 1;
                continue;
            }
            if !b.is_ascii_alphanumeric() {
                out.push(Tok {
                    s: i,
                    e: i + 1,
                    kind: Kind::Punct(char::from(b)),
                });
                i += 1;
                continue;
            }
        }
        let Some(c) = char_at(text, i) else { break };
        if c.is_alphanumeric() {
            // A word ends at `hi` or at the next folded quote.
            let end = hi.min(next_open);
            let mut j = i + c.len_utf8();
            while j < end {
                let b = bytes[j];
                if b.is_ascii_alphanumeric() {
                    j += 1;
                    continue;
                }
                let d = if b.is_ascii() {
                    char::from(b)
                } else {
                    let Some(d) = char_at(text, j) else { break };
                    if d.is_alphanumeric() {
                        j += d.len_utf8();
                        continue;
                    }
                    d
                };
                let joiner = matches!(d, '\'' | '\u{2019}' | '-' | '\u{2010}' | '\u{2011}' | '.' | '&');
                let after = j + d.len_utf8();
                if joiner && after < end && char_at(text, after).is_some_and(char::is_alphanumeric) {
                    j = after;
                    continue;
                }
                break;
            }
            if j < end && bytes[j] == b'.' && is_abbreviation(&text[i..j]) {
                j += 1;
            }
            out.push(Tok {
                s: i,
                e: j,
                kind: Kind::Word,
            });
            i = j;
        } else {
            if !c.is_whitespace() {
                out.push(Tok {
                    s: i,
                    e: i + c.len_utf8(),
                    kind: Kind::Punct(c),
                });
            }
            i += c.len_utf8();
        }
    }
}

/// Byte offsets of a quote's opening mark and past its closing mark.
fn mark_bounds(text: &str, q: &Quote) -> (usize, usize) {
    let n = q.marks.chars().count();
    let open_chars = if q.unclosed { n } else { n / 2 };
    let open_len: usize = q.marks.chars().take(open_chars).map(char::len_utf8).sum();
    let close_len = q.marks.len() - open_len;
    // Marks set off by a space (`« Non »`, the magazines' `’ ”`) are found
    // past it: a span ending before its mark would leave the mark to be
    // read as the next token, and the attribution after it unseen.
    let (open_mark, close_mark) = q.marks.split_at(open_len);
    let before = &text[..q.start];
    let spaced = before.trim_end_matches(MARK_SPACES);
    let gap_before = if spaced.len() < before.len() && spaced.ends_with(open_mark) {
        before.len() - spaced.len()
    } else {
        0
    };
    let open = q.start - gap_before;
    let open = if open >= open_len && text.is_char_boundary(open - open_len) {
        open - open_len
    } else {
        q.start
    };
    let after = &text[q.end..];
    let spaced = after.trim_start_matches(MARK_SPACES);
    let gap_after = if spaced.len() < after.len() && !close_mark.is_empty() && spaced.starts_with(close_mark) {
        after.len() - spaced.len()
    } else {
        0
    };
    let close = q.end + gap_after;
    let close = if close + close_len <= text.len() && text.is_char_boundary(close + close_len) {
        close + close_len
    } else {
        q.end
    };
    (open, close)
}

/// Spaces a writer may set between a quote's words and its mark.
const MARK_SPACES: &[char] = &[' ', '\u{a0}', '\u{202f}', '\u{2009}'];

fn is_abbreviation(w: &str) -> bool {
    let mut chars = w.chars();
    let single_capital = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    // The list is ASCII and short words: longer or non-ASCII words are not
    // in it, and need no lower-cased copy to say so.
    single_capital
        || w.contains('.')
        || (w.len() <= 5 && w.is_ascii() && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w)))
}

/// A word from [`lower`]: borrowed from the text when it is lower case
/// already, held inline when short ASCII, allocated only otherwise.
enum Low<'a> {
    Borrowed(&'a str),
    Inline(u8, [u8; LOW_INLINE]),
    Owned(String),
}

const LOW_INLINE: usize = 30;

impl<'a> Low<'a> {
    fn into_owned(self) -> String {
        String::from(&*self)
    }
}

impl std::ops::Deref for Low<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            Low::Borrowed(s) => s,
            // Only ASCII bytes are stored inline.
            Low::Inline(n, b) => std::str::from_utf8(&b[..usize::from(*n)]).unwrap_or(""),
            Low::Owned(s) => s,
        }
    }
}

impl PartialEq<&str> for Low<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

/// An ASCII word without its possessive (`'s`, `'S`) and final periods:
/// what [`lower`] lower-cases.
fn ascii_cut(w: &str) -> &str {
    let b = w.as_bytes();
    let mut cut = if b.len() >= 2 && b[b.len() - 2] == b'\'' && matches!(b[b.len() - 1], b's' | b'S') {
        &b[..b.len() - 2]
    } else {
        b
    };
    while let [rest @ .., b'.'] = cut {
        cut = rest;
    }
    &w[..cut.len()]
}

/// Lower case, curly apostrophe unified, possessive and final period dropped.
fn lower(w: &str) -> Low<'_> {
    if w.is_ascii() {
        // Possessive and periods come off before lower-casing (the same
        // result: `'S` lowers to `'s`), so an already lower-case word is
        // borrowed whatever its ending.
        let cut = ascii_cut(w);
        if !cut.bytes().any(|c| c.is_ascii_uppercase()) {
            return Low::Borrowed(cut);
        }
        if cut.len() <= LOW_INLINE {
            let mut buf = [0u8; LOW_INLINE];
            for (d, c) in buf.iter_mut().zip(cut.bytes()) {
                *d = c.to_ascii_lowercase();
            }
            return Low::Inline(cut.len() as u8, buf);
        }
        return Low::Owned(cut.to_ascii_lowercase());
    }
    let l: String = w
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    let l = l.strip_suffix("'s").unwrap_or(&l);
    Low::Owned(l.trim_end_matches('.').to_string())
}

/// A word list as a hash set: `$f(w)` is `$list.contains(&w)`, in one hash
/// lookup instead of a comparison with every entry.
macro_rules! word_set {
    ($($f:ident => $list:ident),* $(,)?) => {
        $(
            fn $f(w: &str) -> bool {
                static SET: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
                    std::sync::LazyLock::new(|| $list.iter().copied().collect());
                SET.contains(w)
            }
        )*
    };
}

word_set!(
    in_common => COMMON,
    in_np_lower => NP_LOWER,
    in_places => PLACES,
    in_skip => SKIP,
    in_org => ORG,
    in_reporter_names => REPORTER_NAMES,
    in_reporter_words => REPORTER_WORDS,
    in_noun_before => NOUN_BEFORE,
    in_lead_words => LEAD_WORDS,
    in_doc => DOC,
    in_group => GROUP,
    in_inversion => INVERSION,
);

/// Whether a word that is not capitalized may be one of the [`PARTICLES`]
/// once lower-cased: they open with one of these letters, and lower-casing
/// a character that is not upper case leaves an ASCII letter as it is and
/// makes no ASCII letter of another character.
fn may_be_particle(w: &str) -> bool {
    matches!(
        w.as_bytes().first(),
        Some(b'a' | b'b' | b'd' | b'i' | b'l' | b'v' | b't')
    )
}

/// How many words from token `k` are name particles before a capitalized
/// word (`von der` of `Ursula von der Leyen`, `van den` of `Kees van den
/// Berg`, `de la` of `Ana de la Fuente`): see
/// [`foreign::particles_before_name`]; 0 when they are none.
fn particle_seq(text: &str, toks: &[Tok], k: usize) -> usize {
    let first = match toks.get(k) {
        Some(t) if t.kind == Kind::Word => &text[t.s..t.e],
        _ => return 0,
    };
    if first.len() > 5 || !may_be_particle(first) {
        return 0;
    }
    let mut words = [""; 4];
    for (slot, t) in words.iter_mut().zip(&toks[k..]) {
        if t.kind != Kind::Word {
            break;
        }
        *slot = &text[t.s..t.e];
    }
    foreign::particles_before_name(&words)
}

/// Whether a word may stand in a speaker noun phrase.
fn np_word_test(w: &str) -> bool {
    let l = lower(w);
    if is_cap(w) {
        if in_common(&l) && !is_possessive(w) {
            return false;
        }
        // A capitalized verb form (`Hails`) ends a headline's subject.
        return !matches!(cue_lemma(&l), Some((_, Form::S | Form::Ed | Form::Ing)))
            || names::is_title(w)
            || is_possessive(w);
    }
    in_np_lower(&l) || names::is_title(&l) || is_possessive(w) && !DET.contains(&&*l)
}

/// A capitalized word, or an Arabic name with its article (`al-Thani`,
/// `el-Sisi`, `ash-Sharaa`), which is printed in lower case.
fn is_cap(w: &str) -> bool {
    match w.chars().next() {
        Some(c) if c.is_uppercase() => true,
        // (The article has two or three letters: only then is a hyphen looked at.)
        Some('a' | 'e') => [2, 3].into_iter().any(|k| {
            w.as_bytes().get(k) == Some(&b'-')
                && ARABIC_ARTICLES.contains(&&w[..k])
                && w[k + 1..].starts_with(char::is_uppercase)
        }),
        _ => false,
    }
}

/// The tokens of a window from `sent_lo` up to byte `p`: what a pronoun at
/// `p` may refer back to in its own sentence.
fn sentence_tokens_before(toks: &[Tok], sent_lo: usize, p: usize) -> Vec<Tok> {
    toks.iter().copied().take_while(|t| t.s < p && t.s >= sent_lo).collect()
}

/// The Arabic article as printed before a hyphen in names.
const ARABIC_ARTICLES: &[&str] = &["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath"];

/// `51-year-old`: after `the`, an age stands for the person just named,
/// as `he` or `she` would.
fn is_age_noun(l: &str) -> bool {
    l.strip_suffix("-year-old")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("'S") || w.ends_with("\u{2019}S")
}

fn is_skippable(l: &str) -> bool {
    in_skip(l) || DAYS.contains(&l) || month_from_name(l).is_some() || l.chars().all(|c| c.is_ascii_digit())
}

fn is_org_word(l: &str) -> bool {
    in_org(l) || in_reporter_words(l) || in_reporter_names(l)
}

fn is_reporter_name(w: &str) -> bool {
    in_reporter_names(&lower(w)) || is_web_address(w)
}

/// A site's name as an address, `MLB.com`, `Politico.eu`, `news.com.au`:
/// a publication reporting, like an outlet's name.
fn is_web_address(w: &str) -> bool {
    let w = w.trim_end_matches('.');
    let Some((host, tld)) = w.rsplit_once('.') else {
        return false;
    };
    !host.is_empty()
        && host.chars().next().is_some_and(char::is_alphanumeric)
        && matches!(
            tld.to_ascii_lowercase().as_str(),
            "com" | "org" | "net" | "eu" | "uk" | "au" | "ca" | "in" | "io" | "co" | "news" | "tv"
        )
}

/// The name in a run of capitalized words: what follows the last title or
/// possessive, possessive of the last word dropped.
fn name_part(words: &[&str]) -> Option<String> {
    // Letters after a name are not part of it (`Andrew Cole KC`).
    let mut words = words;
    while words.len() > 2 && words.last().is_some_and(|w| POSTNOMINALS.contains(w)) {
        words = &words[..words.len() - 1];
    }
    let n = words.len();
    let mut k = n;
    while k > 0 {
        let w = words[k - 1];
        // (`k < n` first: the last word's title test is not needed.)
        if k < n && names::is_title(w) {
            break;
        }
        if k < n && is_possessive(w) {
            break;
        }
        // (`den` of `van den Berg`: a particle after another.)
        let in_name = is_cap(w)
            || PARTICLES.contains(&&*lower(w))
            || (k >= 2 && foreign::particles_before_name(&words[k - 2..]) >= 2);
        if !in_name {
            break;
        }
        k -= 1;
    }
    let mut run = &words[k..];
    // `After Tom Kennedy took office`: a sentence's first word is
    // capitalized whatever it is, and a conjunction or preposition there
    // is no part of the name after it.
    while run.len() > 1 && run[0].len() <= 9 && SENTENCE_OPENERS.contains(&&*lower(run[0])) {
        run = &run[1..];
    }
    let d = title_departments(k.checked_sub(1).map(|j| words[j]), run);
    if d < run.len() {
        run = &run[d..];
    }
    if run.is_empty() || run.iter().all(|w| names::is_title(w)) {
        return None;
    }
    let mut s = run.join(" ");
    for suffix in ["'s", "\u{2019}s"] {
        if let Some(b) = s.strip_suffix(suffix) {
            s = b.to_string();
        }
    }
    Some(s)
}

/// Prepositions whose object may stand between a subject and its verb
/// (`Trump, who on Truth Social demanded`, `Officials in Kyiv said`).
const SUBJECT_PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "from", "via", "over", "across", "outside", "inside", "near", "during", "through",
];

/// Conjunctions, prepositions and adverbs that open sentences and are no
/// one's name, though capitalized there (none is a given name).
const SENTENCE_OPENERS: &[&str] = &[
    "after",
    "although",
    "and",
    "as",
    "at",
    "because",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "for",
    "following",
    "from",
    "however",
    "if",
    "in",
    "meanwhile",
    "on",
    "once",
    "since",
    "so",
    "then",
    "though",
    "under",
    "unless",
    "unlike",
    "until",
    "when",
    "whenever",
    "where",
    "whereas",
    "while",
    "with",
    "without",
    "yet",
];

/// How many words at the start of `words` are departments that belong to a
/// title before them: `State` in `Secretary of State Antony Blinken`, `Youth
/// Affairs` in `Minister of Culture and Youth Affairs Ovik Oveyan`. Only
/// after `of` or `and` (`before`); otherwise 0.
fn title_departments(before: Option<&str>, words: &[&str]) -> usize {
    if !joins_title(before) {
        return 0;
    }
    departments(words)
}

/// Whether `before` is `of`, `and` or `for`, which may join a department
/// to a title (see [`title_departments`]).
fn joins_title(before: Option<&str>) -> bool {
    // (`presidente della Repubblica Sergio Mattarella`, `presidente da
    // República`, `président de la République`.)
    before.is_some_and(|w| {
        ["of", "and", "for", "della", "del", "de", "da", "di", "do", "la"]
            .iter()
            .any(|p| w.eq_ignore_ascii_case(p))
    })
}

/// How many words at the start of `words` are departments.
fn departments(words: &[&str]) -> usize {
    words.iter().take_while(|w| names::is_department(w)).count()
}

/// What a noun phrase given as words stands for, at byte `at`.
///
/// Worked out once per distinct phrase (see [`Memo`]): the answer depends
/// on the words alone, except for the position that pronouns, role nouns
/// and `the company` carry, which is set to `at` on each use.
fn classify_words(words: &[&str], at: usize) -> Ent {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    for w in words {
        h.write(w.as_bytes());
        h.write_u8(0xff); // (no byte of UTF-8 text)
    }
    let key = h.finish();
    let same = |k: &[String]| k.len() == words.len() && k.iter().zip(words).all(|(a, b)| a == b);
    let e = memoized(
        |m| {
            let bucket = m.classified.get(&key)?;
            bucket.iter().find(|(k, _)| same(k)).map(|(_, e)| e.clone())
        },
        || classify_words_uncached(words, at),
        |m, e| {
            if m.classified.len() >= MEMO_LIMIT {
                m.classified.clear();
            }
            let entry = (words.iter().map(|w| w.to_string()).collect(), e);
            m.classified.entry(key).or_default().push(entry);
        },
    );
    e.at(at)
}

impl Ent {
    /// The same, at byte `at` for the kinds that carry a position.
    fn at(self, at: usize) -> Ent {
        match self {
            Ent::He(_) => Ent::He(at),
            Ent::They(_) => Ent::They(at),
            Ent::It(_) => Ent::It(at),
            Ent::Firm(_) => Ent::Firm(at),
            Ent::Role { head, mods, .. } => Ent::Role { head, mods, at },
            e => e,
        }
    }
}

/// [`classify_words`], worked out.
fn classify_words_uncached(words: &[&str], at: usize) -> Ent {
    if words.iter().any(|w| matches!(&*lower(w), "and" | "or" | "&")) {
        return Ent::Thing;
    }
    if words.len() == 1 {
        // (`I'd`, `She’ll`: a pronoun with its auxiliary.)
        let l = lower(words[0]);
        let pronoun = l.split(['\'', '\u{2019}']).next().unwrap_or("");
        match pronoun {
            "he" | "she" => return Ent::He(at),
            "they" => return Ent::They(at),
            "it" => return Ent::It(at),
            "i" | "we" | "you" => return Ent::Thing,
            _ => {}
        }
        match &*l {
            // Indefinite pronouns name no one: `Somebody once wrote that "..."`.
            "somebody" | "someone" | "anybody" | "anyone" | "everybody" | "everyone" | "nobody" | "one" | "many"
            | "others" | "some" | "few" | "people" | "another" => return Ent::Thing,
            _ => {}
        }
    }
    // `one Labour MP`, `Another Tory MP`, `two senior officials`: someone
    // counted, not named.
    // (More than one is a group whatever it is called: `Two Democrats`,
    // `Several Republicans`; `One Nation` may be a name.)
    if words.len() > 1
        && QUANTIFIERS.contains(&&*lower(words[0]))
        && (!matches!(&*lower(words[0]), "one" | "another")
            || names::is_title(&lower(words[words.len() - 1]))
            || POSTNOMINALS.contains(&words[words.len() - 1])
            || !is_cap(words[words.len() - 1]))
    {
        return Ent::Thing;
    }
    let mut start = 0;
    let mut indefinite = false;
    let definite = words.first().is_some_and(|w| lower(w) == "the");
    while start < words.len() && DET.contains(&&*lower(words[start])) {
        indefinite |= matches!(&*lower(words[start]), "a" | "an");
        start += 1;
    }
    let words = &words[start..];
    let Some(&head) = words.last() else { return Ent::Thing };
    // `Ms O'Neill's` is the owner of the subject (`Ms O'Neill's son`), never
    // the subject itself.
    if words.len() > 1 && is_possessive(head) {
        return Ent::Thing;
    }
    // (Borrowed or on the stack: most words need no allocation.)
    let lows: Vec<Low> = words.iter().map(|w| lower(w)).collect();
    let hl: &str = &lows[lows.len() - 1];
    // `Justice for Gran`, `Center for Democracy`: a capitalized name joined by
    // `for` is an organisation's, not a person called `Gran`.
    // (`Minister for Housing Declan Furlong` is a title and a name.)
    if let Some(k) = words.iter().position(|w| *w == "for")
        && k > 0
        && k + 1 < words.len()
        && is_cap(words[k - 1])
        && !(names::is_title(words[k - 1]) && names::is_department(words[k + 1]))
        && words[k + 1..].iter().all(|w| is_cap(w))
    {
        let first = words[..k].iter().rposition(|w| !is_cap(w)).map_or(0, |p| p + 1);
        return Ent::Org(words[first..].join(" "));
    }
    // `Residents of Ma'ale Adumim`, `Supporters of Trump`: a group before
    // `of` is anonymous, whoever follows.
    if let Some(k) = words.iter().position(|w| *w == "of")
        && lows[..k].iter().any(|l| in_group(l))
    {
        return Ent::Thing;
    }
    // `the Texas Department of Transportation`, `Ministry of Defence`: an
    // organisation word before `of` makes the whole phrase the organisation.
    if let Some(k) = words.iter().position(|w| *w == "of")
        && words[..k].iter().any(|w| is_cap(w) && in_org(&lower(w)))
        && words[k + 1..]
            .iter()
            .all(|w| is_cap(w) || matches!(*w, "and" | "of" | "the"))
    {
        return Ent::Org(clean_org(words));
    }
    // `John Smith of Oxford University`, `Kim Min-seo of Yonhap`: the person
    // before `of`, not the institution after it. (A name of two words or more:
    // `Secretary of State`, `Bank of England` and `Republic of Korea` are not.)
    if let Some(k) = words.iter().position(|w| *w == "of")
        && let name_at = words[..k].iter().rposition(|w| names::is_title(w)).map_or(0, |t| t + 1)
        && k >= name_at + 2
        && words[name_at..k].iter().all(|w| {
            let l = lower(w);
            is_cap(w) && !is_possessive(w) && !is_org_word(&l) && !in_common(&l) && !in_places(&l)
        })
    {
        return classify_words(&words[..k], at);
    }
    // `The mayor of Lakeview`, `the people of Broken Hill`: a lower-case
    // noun before `of` heads the phrase; the name after `of` qualifies it
    // and speaks for no one.
    if let Some(k) = words.iter().position(|w| *w == "of")
        && k > 0
        && !is_cap(words[k - 1])
    {
        return classify_words(&words[..k], at);
    }
    // A person named after a title is that person, whatever words the title
    // holds (`White House press secretary Karine Jean-Pierre`, `Yonhap
    // correspondent Kim Min-seo`): only the words of the name can make a reporter.
    let after_title = words[..words.len() - 1]
        .iter()
        .rposition(|w| names::is_title(w))
        .filter(|_| is_cap(head))
        .map_or(0, |t| t + 1);
    // (`press` alone, as in `press reports`, is no outlet.)
    let bare_press = words.len() == 1 && words[0] == "press";
    if !bare_press
        && (lows[after_title..].iter().any(|l| in_reporter_words(l))
            || words[after_title..].iter().any(|w| is_reporter_name(w)))
    {
        return Ent::Reporter(clean_org(words));
    }
    if in_doc(hl) {
        let Some(k) = words[..words.len() - 1].iter().rposition(|w| is_possessive(w)) else {
            return Ent::Thing;
        };
        return match classify_words(&words[..=k], at) {
            e @ (Ent::Name(_) | Ent::Org(_) | Ent::Role { .. } | Ent::He(_)) => e,
            _ => Ent::Thing,
        };
    }
    if in_group(hl) || indefinite {
        return Ent::Thing;
    }
    if in_org(hl) {
        // `the company`: the one company the article has named.
        if definite && words.len() == 1 && matches!(hl, "company" | "firm") {
            return Ent::Firm(at);
        }
        // `the ministry` alone names no one a reader could check.
        if !words.iter().any(|w| is_cap(w)) {
            return Ent::Thing;
        }
        return Ent::Org(clean_org(words));
    }
    // `the 51-year-old said`: an age standing for the person just named,
    // read as `he` or `she` would be.
    if definite && words.len() == 1 && is_age_noun(hl) {
        return Ent::He(at);
    }
    // `the Italian said`, `the Norwegian said`: a nationality standing for
    // a person named earlier, whom the rules cannot tell.
    if definite && words.len() == 1 && is_demonym(hl) {
        return Ent::Thing;
    }
    if names::is_title(head) {
        let mods = lows[..lows.len() - 1].iter().map(|l| l.to_string()).collect();
        return Ent::Role {
            head: hl.to_string(),
            mods,
            at,
        };
    }
    if is_cap(head) {
        let Some(name) = name_part(words) else {
            return Ent::Thing;
        };
        let nt = name_tokens(&name);
        if nt.is_empty() || nt.iter().any(|t| in_common(t.as_str()) || DAYS.contains(&t.as_str())) {
            return Ent::Thing;
        }
        // `the Collector told us`: one capitalized noun after `the` is
        // an office, not a name (a plural, `the Houthis`, is a group and an
        // acronym, `the SEC`, an organisation, each speaking for itself).
        let acronym = head.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
        if definite && nt.len() == 1 && !hl.ends_with('s') && !in_org(hl) && !acronym {
            return Ent::Thing;
        }
        if nt.iter().any(|t| in_org(t.as_str())) {
            return Ent::Org(clean_org(words));
        }
        return Ent::Name(name);
    }
    Ent::Thing
}

/// An organisation's name as printed, leading determiners and lower-case
/// descriptors (`state-run`) dropped, brackets removed.
fn clean_org(words: &[&str]) -> String {
    let k = words.iter().position(|w| is_cap(w)).unwrap_or(0);
    let k = if words[k..].iter().all(|w| !is_cap(w) || is_possessive(w)) && words.len() > 1 {
        0
    } else {
        k
    };
    let k = if words[k..].len() == 1 && !is_cap(words[k]) {
        0
    } else {
        k
    };
    let mut name = words[k..].join(" ");
    // (`according to MLB.com.`: a sentence's stop after an address.)
    if name.ends_with('.') && name.split(' ').next_back().is_some_and(is_web_address) {
        name.pop();
    }
    name
}

/// Whether a role head fits a title seen before (`leader` fits `president`).
fn heads_fit(role: &str, title: &str) -> bool {
    const LEADERS: &[&str] = &[
        "leader",
        "president",
        "premier",
        "chairman",
        "chancellor",
        "king",
        "queen",
        "dictator",
        "emperor",
        "marshal",
        "prime",
        "minister",
        "secretary",
    ];
    role == title
        || (role == "leader" && LEADERS.contains(&title))
        || (role.starts_with("spokes") && title.starts_with("spokes"))
}

/// `north` ~ `north`, `russian` ~ `russia`, `korean` ~ `korea`.
fn stems_match(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches("'s"), b.trim_end_matches("'s"));
    a.len().min(b.len()) >= 4 && (a.starts_with(b) || b.starts_with(a)) || a == b
}

/// Lower-case words of a text, for comparing a sub-head with the quotes below.
fn word_keys(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

// ----- verbs ------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Base,
    S,
    Ed,
    Ing,
}

/// Verbs that attribute words to their subject, as lemmas.
const CUE_LEMMAS: &[&str] = &[
    "acclaim",
    "accuse",
    "acknowledge",
    "add",
    "address",
    "admit",
    "affirm",
    "allege",
    "announce",
    "answer",
    "applaud",
    "argue",
    "ask",
    "assert",
    "assure",
    "blast",
    "boast",
    "brand",
    "call",
    "caution",
    "chant",
    "characterise",
    "characterize",
    "claim",
    "commend",
    "comment",
    "complain",
    "concede",
    "conclude",
    "condemn",
    "confirm",
    "congratulate",
    "contend",
    "continue",
    "convey",
    "counter",
    "criticise",
    "criticize",
    "cry",
    "declare",
    "decry",
    "demand",
    "denounce",
    "deny",
    "describe",
    "dismiss",
    "dub",
    "emphasise",
    "emphasize",
    "exclaim",
    "explain",
    "express",
    "extend",
    "extol",
    "fume",
    "gush",
    "hail",
    "hope",
    "insist",
    "interject",
    "joke",
    "label",
    "lambast",
    "lament",
    "laud",
    "maintain",
    "mention",
    "muse",
    "note",
    "observe",
    "plead",
    "pledge",
    "portray",
    "praise",
    "predict",
    "proclaim",
    "promise",
    "protest",
    "quip",
    "quote",
    "reaffirm",
    "reassure",
    "recall",
    "recount",
    "refer",
    "reiterate",
    "remark",
    "repeat",
    "reply",
    "report",
    "respond",
    "retort",
    "say",
    "scream",
    "send",
    "shout",
    "sigh",
    "slam",
    "speak",
    "state",
    "stress",
    "suggest",
    "tell",
    "term",
    "testify",
    "thank",
    "threaten",
    "tout",
    "tweet",
    "underline",
    "underscore",
    "urge",
    "voice",
    "vow",
    "warn",
    "welcome",
    "whisper",
    "wish",
    "wonder",
    "write",
    "yell",
];

/// Cue verbs that may come before their subject: `"...," said Kirby`.
const INVERSION: &[&str] = &[
    "say", "add", "write", "ask", "explain", "note", "insist", "state", "declare", "reply", "respond", "recall",
    "warn", "argue", "conclude", "remark", "quip", "report", "announce", "tweet", "concede", "retort", "exclaim",
    "shout", "yell",
];

/// The lemma and form of a cue verb, from its lower-case spelling: looked
/// up in a table of every spelling [`cue_lemma_rules`] accepts.
fn cue_lemma(l: &str) -> Option<(&'static str, Form)> {
    static FORMS: std::sync::LazyLock<FxHashMap<String, (&'static str, Form)>> = std::sync::LazyLock::new(|| {
        cue_spellings()
            .into_iter()
            .filter_map(|w| cue_lemma_rules(&w).map(|v| (w, v)))
            .collect()
    });
    // No cue spelling is longer than this ("characterising" and the like).
    if l.len() > 24 {
        return None;
    }
    FORMS.get(l).copied()
}

/// Every spelling the rules of [`cue_lemma_rules`] can accept: each rule
/// strips a suffix and finds a lemma, so adding the suffixes back to each
/// lemma gives them all.
fn cue_spellings() -> Vec<String> {
    let mut out: Vec<String> = [
        "said", "says", "saying", "told", "wrote", "written", "sent", "spoke", "spoken", "posted",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    for &c in CUE_LEMMAS {
        let last = &c[c.len() - 1..];
        let no_e = c.strip_suffix('e');
        let no_y = c.strip_suffix('y');
        out.push(c.to_string());
        for suffix in ["ing", "ed", "d", "es", "s"] {
            out.push(format!("{c}{suffix}"));
            out.push(format!("{c}{last}{suffix}"));
        }
        if let Some(stem) = no_e {
            out.push(format!("{stem}ing"));
        }
        if let Some(stem) = no_y {
            out.push(format!("{stem}ied"));
            out.push(format!("{stem}ies"));
        }
    }
    out
}

/// The lemma and form of a cue verb, from its lower-case spelling.
fn cue_lemma_rules(l: &str) -> Option<(&'static str, Form)> {
    // A set, not a scan of the list: `cue_lemma`'s table asks this of
    // every spelling, and the scans cost 4 M instructions a process.
    static LEMMAS: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| CUE_LEMMAS.iter().copied().collect());
    let find = |s: &str| LEMMAS.get(s).copied();
    let irregular = match l {
        "said" => Some(("say", Form::Ed)),
        "says" => Some(("say", Form::S)),
        "saying" => Some(("say", Form::Ing)),
        "told" => Some(("tell", Form::Ed)),
        "wrote" | "written" => Some(("write", Form::Ed)),
        "sent" => Some(("send", Form::Ed)),
        "spoke" | "spoken" => Some(("speak", Form::Ed)),
        // Only this form: `post` and `posts` are nouns as often as verbs.
        "posted" => Some(("post", Form::Ed)),
        _ => None,
    };
    if irregular.is_some() {
        return irregular;
    }
    if let Some(c) = find(l) {
        return Some((c, Form::Base));
    }
    let undouble = |s: &str| -> Option<&'static str> {
        let b = s.as_bytes();
        (b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2])
            .then(|| find(&s[..s.len() - 1]))
            .flatten()
    };
    if let Some(stem) = l.strip_suffix("ing") {
        let with_e = format!("{stem}e");
        return find(stem)
            .or_else(|| find(&with_e))
            .or_else(|| undouble(stem))
            .map(|c| (c, Form::Ing));
    }
    if let Some(stem) = l.strip_suffix("ied") {
        return find(&format!("{stem}y")).map(|c| (c, Form::Ed));
    }
    if let Some(stem) = l.strip_suffix("ed") {
        return find(stem)
            .or_else(|| find(&l[..l.len() - 1]))
            .or_else(|| undouble(stem))
            .map(|c| (c, Form::Ed));
    }
    if let Some(stem) = l.strip_suffix("ies") {
        return find(&format!("{stem}y")).map(|c| (c, Form::S));
    }
    if let Some(stem) = l.strip_suffix("es")
        && let Some(c) = find(stem)
    {
        return Some((c, Form::S));
    }
    if let Some(stem) = l.strip_suffix('s') {
        return find(stem).map(|c| (c, Form::S));
    }
    None
}

// ----- word lists -------------------------------------------------------------

/// Determiners that open a noun phrase.
const DET: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those",
];

/// Words that count the people of a noun phrase instead of naming them
/// (`one Labour MP`, `another official`).
const QUANTIFIERS: &[&str] = &[
    "one", "another", "some", "several", "two", "three", "four", "many", "other",
];

/// Words before a verb-looking word that make it a noun (`his hope`,
/// `best wishes`, `a call`).
const NOUN_BEFORE: &[&str] = &[
    "the",
    "a",
    "an",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "these",
    "those",
    "whose",
    "best",
    "warm",
    "warmest",
    "same",
    "similar",
    "such",
    "no",
    "any",
    "every",
    "each",
    "more",
    "own",
    "new",
    "latest",
    "recent",
    "first",
    "last",
    "kind",
    "good",
    "sincere",
    "heartfelt",
    "of",
    "for",
    "with",
    "to",
];

/// Forms of `be`: before a past participle they make a passive.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am"];

/// Adverbs, auxiliaries and time words between a subject and its verb.
const SKIP: &[&str] = &[
    "also",
    "further",
    "later",
    "then",
    "again",
    "reportedly",
    "repeatedly",
    "previously",
    "earlier",
    "recently",
    "once",
    "publicly",
    "separately",
    "officially",
    "immediately",
    "firmly",
    "openly",
    "strongly",
    "explicitly",
    "similarly",
    "likewise",
    "already",
    "still",
    "just",
    "even",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "did",
    "does",
    "do",
    "may",
    "might",
    "must",
    "should",
    "shall",
    "can",
    "not",
    "never",
    "on",
    "last",
    "this",
    "next",
    "week",
    "month",
    "year",
    "night",
    "morning",
    "afternoon",
    "evening",
    "today",
    "yesterday",
    "tonight",
    "weekend",
    "ago",
    "days",
    "weeks",
    "reports",
    "quickly",
    "angrily",
    "proudly",
    "warmly",
    "sharply",
];

const DAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words before an -ing cue that hand it the clause's subject (`by wishing`).
const PREP_ING: &[&str] = &[
    "by", "while", "after", "before", "when", "in", "upon", "without", "through", "since",
];

/// Words that open an adverbial before a clause's subject.
const LEAD_WORDS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "following",
    "despite",
    "since",
    "amid",
    "amidst",
    "with",
    "without",
    "to",
    "as",
    "while",
    "when",
    "upon",
    "by",
    "for",
    "from",
    "under",
    "over",
    "through",
    "earlier",
    "later",
    "meanwhile",
    "however",
    "separately",
    "also",
    "then",
    "but",
    "yet",
    "still",
    "according",
    "asked",
    "speaking",
    "addressing",
    "writing",
    "meanwhile",
    "instead",
    "indeed",
    "last",
    "this",
    "next",
    "moreover",
    "furthermore",
];

/// Lower-case words allowed inside a speaker noun phrase.
const NP_LOWER: &[&str] = &[
    "foreign",
    "defense",
    "defence",
    "press",
    "retired",
    "acting",
    "interim",
    "opposition",
    "finance",
    "justice",
    "interior",
    "health",
    "trade",
    "economic",
    "executive",
    "campaign",
    "prime",
    "vice",
    "deputy",
    "first",
    "top",
    "senior",
    "former",
    "supreme",
    "chief",
    "national",
    "security",
    "state",
    "state-run",
    "state-controlled",
    "state-owned",
    "official",
    "ruling",
    "military",
    "presidential",
    "own",
    "latest",
    "recent",
    "new",
    "central",
    "main",
    "federal",
    "royal",
    "spy",
    "intelligence",
    "communist",
    "nuclear",
    "affairs",
    "news",
    "media",
    "newspaper",
    "agency",
    "ministry",
    "company",
    "firm",
    "government",
    "office",
    "department",
    "committee",
    "council",
    "party",
    "army",
    "navy",
    "embassy",
    "cabinet",
    "parliament",
    "assembly",
    "secretariat",
    "command",
    "headquarters",
    "administration",
    "regime",
    "presidency",
    "commission",
    "bureau",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "outlet",
    "outlets",
    "wire",
    "message",
    "letter",
    "statement",
    "speech",
    "greeting",
    "greetings",
    "note",
    "remarks",
    "editorial",
    "commentary",
    "communique",
    "address",
    "article",
    "dispatch",
    "cable",
    "telegram",
    "reply",
    "response",
    "toast",
    "essay",
    "written",
    "authorities",
    "police",
    "forces",
    "officials",
];

/// Heads of organisations that speak for themselves.
const ORG: &[&str] = &[
    "ministry",
    "government",
    "office",
    "department",
    "committee",
    "council",
    "party",
    "army",
    "military",
    "navy",
    "embassy",
    "cabinet",
    "parliament",
    "assembly",
    "kremlin",
    "secretariat",
    "command",
    "headquarters",
    "court",
    "administration",
    "regime",
    "presidency",
    "commission",
    "bureau",
    "agency",
    "company",
    "firm",
    "union",
    "organization",
    "organisation",
    "coalition",
    "police",
    "forces",
    "institute",
    "authority",
    "authorities",
    "legislature",
    "senate",
    "congress",
    "pentagon",
    "ministerium",
    "regierung",
    "hospital",
    "clinic",
    "university",
    "college",
    "school",
    "academy",
    "airport",
    "airline",
    "airlines",
    "bank",
    // (Not the legal forms, `Inc`, `Corp`: `company_before` reads them.)
    "group",
    "foundation",
    "association",
    "federation",
    "society",
    "center",
    "centre",
    "museum",
    "network",
    "motor",
    "motors",
    "board",
    "fund",
    "trust",
    "league",
    "club",
];

/// Words that make a noun phrase a news agency or outlet.
const REPORTER_WORDS: &[&str] = &[
    "media",
    "news",
    "newspaper",
    "newspapers",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "outlet",
    "outlets",
    "wire",
    "tabloid",
    "channel",
    "sinmun",
    "broadcasting",
];

/// Agencies and outlets known by name.
const REPORTER_NAMES: &[&str] = &[
    "kcna",
    "kctv",
    "yonhap",
    "reuters",
    "afp",
    "ap",
    "upi",
    "tass",
    "ria",
    "interfax",
    "xinhua",
    "kyodo",
    "nhk",
    "bbc",
    "cnn",
    "bloomberg",
    "sputnik",
    "dpa",
    "efe",
    "ansa",
    "anadolu",
    "irna",
    "rodong",
    "uriminzokkiri",
    "times",
    "post",
    "herald",
    "journal",
    "gazette",
    "tribune",
    "telegraph",
    "guardian",
    "press",
    "presse",
    "ilbo",
    "joongang",
    "chosun",
    "hankyoreh",
    "pravda",
    "izvestia",
    "kommersant",
    "vedomosti",
    "spiegel",
    "zeitung",
];

/// Documents whose author speaks through them (`Kim's latest message`).
const DOC: &[&str] = &[
    "message",
    "letter",
    "statement",
    "speech",
    "greeting",
    "greetings",
    "note",
    "remarks",
    "post",
    "editorial",
    "commentary",
    "communique",
    "address",
    "article",
    "dispatch",
    "cable",
    "telegram",
    "report",
    "reply",
    "response",
    "toast",
    "essay",
    "tweet",
];

/// Anonymous or collective speakers: not a name a reader can check.
const GROUP: &[&str] = &[
    "officials",
    "experts",
    "analysts",
    "observers",
    "critics",
    "sources",
    "source",
    "diplomats",
    "lawmakers",
    "residents",
    "witnesses",
    "people",
    "researchers",
    "scholars",
    "activists",
    "others",
    "some",
    "many",
    "several",
    "one",
    "someone",
    "person",
    "leaders",
    "presidents",
    "campaigners",
    "protesters",
    "protestors",
    "supporters",
    "opponents",
    "voters",
    "parents",
    "families",
    "victims",
    "survivors",
    "fans",
    "locals",
    "villagers",
    "neighbours",
    "neighbors",
    "organisers",
    "organizers",
    "investors",
    "traders",
    "economists",
    "scientists",
    "doctors",
    "teachers",
    "workers",
    "students",
    "commentators",
    "somebody",
    "anyone",
    "everyone",
    "everybody",
    "nobody",
];

/// Capitalized words that open sentences or headings and are not names.
const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "to",
    "of",
    "with",
    "as",
    "after",
    "before",
    "during",
    "since",
    "while",
    "when",
    "where",
    "what",
    "which",
    "who",
    "why",
    "how",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "although",
    "though",
    "because",
    "however",
    "meanwhile",
    "earlier",
    "later",
    "also",
    "then",
    "there",
    "here",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "any",
    "no",
    "not",
    "one",
    "two",
    "three",
    "experts",
    "analysts",
    "officials",
    "critics",
    "observers",
    "sources",
    "according",
    "related",
    "original",
    "photo",
    "home",
    "more",
    "latest",
    "update",
    "updated",
    "read",
    "watch",
    "see",
    "year",
    "new",
    "day",
    "eve",
    "christmas",
    "asked",
    "amid",
    "despite",
    "following",
    "now",
    "today",
    "published",
    "by",
    "tags",
    "article",
    "articles",
    "stories",
    "story",
];

/// Place words: a name holding one is not a person for pronoun purposes.
const PLACES: &[&str] = &[
    "korea",
    "korean",
    "koreas",
    "russia",
    "russian",
    "china",
    "chinese",
    "japan",
    "japanese",
    "ukraine",
    "ukrainian",
    "america",
    "american",
    "united",
    "states",
    "kingdom",
    "union",
    "moscow",
    "pyongyang",
    "seoul",
    "beijing",
    "washington",
    "kyiv",
    "kiev",
    "tokyo",
    "london",
    "paris",
    "berlin",
    "iran",
    "israel",
    "gaza",
    "syria",
    "europe",
    "european",
    "eu",
    "nato",
    "kremlin",
    "north",
    "south",
    "east",
    "west",
    "dprk",
    "usa",
    "uk",
    "britain",
    "british",
    "france",
    "french",
    "germany",
    "german",
    "india",
    "pakistan",
    "taiwan",
    "venezuela",
    "venezuelan",
    "kursk",
    "sea",
    "republic",
    "people",
    "white",
    "house",
];

/// Lower-case particles inside names (`Mohammed bin Salman`).
const PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "de", "van", "von", "der", "da", "di", "du", "le", "la", "del", "della", "dalla", "dos", "ter",
];

/// A nationality noun, lower case: `italian`, `portuguese`, `frenchman`,
/// `scot`.
fn is_demonym(l: &str) -> bool {
    const SHORT: &[&str] = &[
        "scot",
        "swede",
        "dane",
        "finn",
        "pole",
        "serb",
        "croat",
        "czech",
        "greek",
        "turk",
        "thai",
        "swiss",
        "briton",
        "spaniard",
        "argentine",
        "kiwi",
        "aussie",
        "brit",
        "slovak",
        "slovene",
        "kazakh",
        "uzbek",
        "iraqi",
        "israeli",
        "pakistani",
        "bangladeshi",
        "saudi",
        "kuwaiti",
        "qatari",
        "emirati",
        "yemeni",
        "omani",
        "nepali",
    ];
    SHORT.contains(&l)
        || (l.len() > 5 && (l.ends_with("ian") || l.ends_with("ese") || l.ends_with("ean")) && l != "guardian")
        || [
            "frenchman",
            "dutchman",
            "irishman",
            "welshman",
            "scotsman",
            "englishman",
        ]
        .contains(&l)
}

/// Letters printed after a name: offices and honours (`MP`, `KC`, `OBE`).
const POSTNOMINALS: &[&str] = &["MP", "MEP", "MSP", "MS", "TD", "QC", "KC", "OBE", "MBE", "CBE", "PhD"];

/// Words that end with a period that is not a full stop.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
    "corp", "ltd", "co", "adm", "maj", "brig", "cmdr", "rev", "u.s", "u.n", "u.k",
];

/// A U.S. party-and-state tag as news agencies print it after a name:
/// `D-N.Y.`, `R-Ky.`, `R-Ohio`, `I-Vt.`.
fn is_party_state(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= 4
        && b.len() <= 12
        && matches!(b[0], b'D' | b'R' | b'I')
        && b[1] == b'-'
        && b[2].is_ascii_uppercase()
        && b[3..].iter().all(|&c| c.is_ascii_alphabetic() || c == b'.')
}

#[cfg(test)]
mod tests {
    use crate::extract::{ExtractConfig, Quote, extract_quotes};

    fn quotes(text: &str) -> Vec<Quote> {
        extract_quotes(text, &ExtractConfig::default())
    }

    /// The speaker of each quote, in order.
    pub(super) fn speakers(text: &str) -> Vec<Option<String>> {
        quotes(text).into_iter().map(|q| q.speaker).collect()
    }

    fn one(text: &str) -> Option<String> {
        let s = speakers(text);
        assert_eq!(s.len(), 1, "{text}");
        s.into_iter().next().flatten()
    }

    pub(super) fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn names_keep_their_particles() {
        assert_eq!(
            one("\"We are united,\" says Ursula von der Leyen."),
            some("Ursula von der Leyen")
        );
        assert_eq!(
            one("Ursula von der Leyen said \"we are united\"."),
            some("Ursula von der Leyen")
        );
        assert_eq!(
            one("\"That shocked me,\" says Kees van den Berg (67)."),
            some("Kees van den Berg")
        );
        assert_eq!(one("Ana de la Fuente said: \"It is bad.\""), some("Ana de la Fuente"));
        assert_eq!(one("\"It is bad,\" said Jan ter Horst."), some("Jan ter Horst"));
        // `der` after a name that is not `von`/`van` tells whom.
        assert_eq!(one("\"It is robust,\" Dubois told der Spiegel."), some("Dubois"));
    }

    #[test]
    fn a_question_ends_its_sentence_but_not_its_attribution() {
        let lead = "Mayor Tom Kennedy spoke on Monday at the hall.\n\n";
        for tail in [
            "\"Where are the jobs?\" Kennedy asked.",
            "\"We want the jobs!\" Kennedy said on Monday.",
            "\u{201c}Where are the jobs?\u{201d} Mayor Tom Kennedy asked.",
        ] {
            assert_eq!(speakers(&format!("{lead}{tail}")), vec![some("Tom Kennedy")], "{tail}");
        }
        // A new sentence without a cue is no attribution.
        assert_eq!(
            speakers(&format!("{lead}\"Is it over?\" The crowd roared.")),
            vec![None]
        );
        // A full stop inside the marks ends the quote's sentence for good.
        assert_eq!(
            speakers(&format!(
                "{lead}He said: \"We are done.\" Anna Bell said the vote was set."
            )),
            vec![some("Tom Kennedy")]
        );
    }

    #[test]
    fn closing_marks_set_off_by_a_space_keep_the_attribution() {
        let lead = "Dana Whitlock lives in Portland. ";
        for q in [
            "\u{201c}People talk about \u{2018}the sandwich generation,\u{2019} \u{201d} she said.",
            "\"People talk about 'the sandwich generation,' \" she said.",
        ] {
            assert_eq!(
                speakers(&format!("{lead}{q}")),
                vec![some("Dana Whitlock"), None],
                "{q}"
            );
        }
    }

    #[test]
    fn a_sentence_opening_word_is_no_part_of_the_name_after_it() {
        assert_eq!(
            one("After Tom Kennedy took office, the council changed. \"We fixed the roads,\" he said."),
            some("Tom Kennedy")
        );
        assert_eq!(
            one("When Laura Vance arrived, things changed. \"We fixed the roads,\" she said."),
            some("Laura Vance")
        );
    }

    #[test]
    fn a_pronoun_subject_goes_on_about_the_same_person() {
        let text =
            "Mayor Tom Kennedy spoke on Monday.\n\nHe said Lakeview Hospital would close. \"We tried,\" he said.";
        assert_eq!(speakers(text), vec![some("Tom Kennedy")]);
        let text = "Shenaz Zack leads the team. She pointed out that all of Magic Cue\u{2019}s processing happens \
                    on the chip. \u{201c}None of this leaves the device,\u{201d} she said.";
        assert_eq!(speakers(text), vec![some("Shenaz Zack")]);
    }

    #[test]
    fn the_object_of_a_preposition_is_not_the_subject() {
        assert_eq!(
            one(
                "President Donald Trump, who on Truth Social demanded that Republicans \"end the filibuster,\" was furious."
            ),
            some("Donald Trump")
        );
        assert_eq!(
            one("Residents of the city of Broken Hill say they have been \"left in the dark.\""),
            None
        );
        assert_eq!(one("The mayor of Lakeview said it was \"a gift.\""), None);
        assert_eq!(one("Officials in Kyiv said the attack was \"a war crime.\""), None);
        // A group at a named organisation speaks for it; a spokesperson for
        // one too; a participle takes the object as its subject.
        assert_eq!(
            one("Analysts at Jefferies called the guidance \"disappointing.\""),
            some("Jefferies")
        );
        assert_eq!(
            one("A spokesperson for Transgrid said the company was \"working closely with Essential Energy.\""),
            some("Transgrid")
        );
        assert_eq!(
            one("The Fed held rates, with Chair Jerome Powell saying the bank was \"well positioned\" to wait."),
            some("Jerome Powell")
        );
        assert_eq!(
            one("Researchers at Oxford University said it was \"a gift.\""),
            some("Oxford University")
        );
    }

    #[test]
    fn a_dateline_is_not_the_subject() {
        for text in [
            "NAVI MUMBAI: Prime Minister Narendra Modi inaugurated the airport, calling it \"a gift\".",
            "LAKEVIEW \u{2014} Prime Minister Narendra Modi opened the bridge on Monday and called it \"a gift\".",
            "NEW YORK -- Prime Minister Narendra Modi spoke on Monday, calling it \"a gift\".",
        ] {
            assert_eq!(one(text), some("Narendra Modi"), "{text}");
        }
    }

    #[test]
    fn a_clause_between_dashes_leaves_the_subject_before_it() {
        assert_eq!(
            one(
                "House Speaker Mike Johnson \u{2014} who has kept the House out of session \u{2014} insisted \
                 that Democrats were \u{201c}holding the country hostage.\u{201d}"
            ),
            some("Mike Johnson")
        );
    }

    #[test]
    fn terms_and_titles_are_nobodys_words() {
        assert_eq!(
            one(
                "But I'd say to them what my mother used to say to me: \"If you want the money, show me the receipts.\""
            ),
            None
        );
        assert_eq!(
            one("Beijing has accused Tokyo of using so-called \"gray zone\" incidents."),
            None
        );
        assert_eq!(
            one("DW spoke to Marcel Brandt, author of \"Deutschland im Stillstand,\" about what comes next."),
            None
        );
        // An acronym after `the` is an organisation.
        assert_eq!(
            one("In a letter, the SEC told the firm its practices were \"inconsistent with the law.\""),
            some("SEC")
        );
    }

    #[test]
    fn two_people_as_subject_leave_a_pronoun_to_either() {
        let text = "Nadiia Kovalenko lost her flat. Kovalenko and her neighbor, Olena Marchuk, said they had known \
                    the girl for years. \"She used to feed the cats,\" she said.";
        assert_eq!(speakers(text), vec![None]);
    }

    #[test]
    fn titles_before_the_name_after_a_question_and_participles_after_a_cue() {
        let text = "Prakash Reddy spoke first.\n\n\u{201c}Where is the money for Telangana?\u{201d} Mr. Reddy asked.";
        assert_eq!(speakers(text), vec![some("Prakash Reddy")]);
        let text =
            "The game ended late.\n\n\"What else can you say about him?\" Mariners manager Rick Castellano asked.";
        assert_eq!(speakers(text), vec![some("Rick Castellano")]);
        assert_eq!(
            one(
                "The Commission has finalised its list, Trade Commissioner Jonas Verhaegen said on Thursday, \
                 warning that the EU would not be \"rushed into a bad deal\" with Washington."
            ),
            some("Jonas Verhaegen")
        );
    }

    #[test]
    fn cue_table_agrees_with_the_rules() {
        use super::{cue_lemma, cue_lemma_rules, cue_spellings};
        let mut words = cue_spellings();
        for w in [
            "said", "sayed", "stated", "states", "stating", "hailing", "hails", "replied", "replies", "told", "hope",
            "hopes", "hoped", "hoping", "ssaid", "calling", "called", "calls", "callled", "the", "kim", "putin", "ing",
            "ed", "s", "es", "ies", "ied", "", "urging", "urged", "vowing", "dubbed", "dubbing", "addd", "adding",
        ] {
            words.push(w.to_string());
        }
        for w in &words {
            for v in [
                w.clone(),
                format!("x{w}"),
                format!("{w}s"),
                format!("{w}ing"),
                format!("{w}ed"),
            ] {
                assert_eq!(cue_lemma(&v), cue_lemma_rules(&v), "{v}");
            }
        }
    }

    #[test]
    fn cue_after_the_quote() {
        assert_eq!(one("\"We will win,\" John Smith said."), some("John Smith"));
        assert_eq!(one("\"We will win,\" said John Smith."), some("John Smith"));
        assert_eq!(one("\"We will win,\" Smith added on Friday."), some("Smith"));
        assert_eq!(one("\"It is over,\" according to Jane Doe."), some("Jane Doe"));
    }

    #[test]
    fn cue_before_the_quote() {
        assert_eq!(one("John Smith said: \"We will win.\""), some("John Smith"));
        assert_eq!(one("John Smith said that \"the war is over.\""), some("John Smith"));
        assert_eq!(one("John Smith told reporters \"we are ready.\""), some("John Smith"));
        assert_eq!(
            one("According to John Smith, the plan is \"dead.\""),
            some("John Smith")
        );
        assert_eq!(
            one("John Smith on Monday declared a \"new era\" in ties."),
            some("John Smith")
        );
        assert_eq!(one("Jane Doe has pledged \"permanent\" support."), some("Jane Doe"));
    }

    #[test]
    fn described_hailed_called_as() {
        assert_eq!(
            one("Kim Jong Un hailed Vladimir Putin as his \"dearest friend.\""),
            some("Kim Jong Un")
        );
        assert_eq!(
            one("Kim Jong Un described Putin as his \"comrade.\""),
            some("Kim Jong Un")
        );
        assert_eq!(
            one("Kim Jong Un called the ties a \"precious asset.\""),
            some("Kim Jong Un")
        );
    }

    #[test]
    fn agency_goes_to_via_not_speaker() {
        let q = &quotes("Putin said he is sure that \"ties will grow,\" the KCNA said.")[0];
        assert_eq!(q.speaker.as_deref(), Some("Putin"));
        assert_eq!(q.via.as_deref(), Some("KCNA"));
        let q = &quotes("\"Ties will grow,\" the Korean Central News Agency said.")[0];
        assert_eq!(q.speaker, None);
        assert_eq!(q.via.as_deref(), Some("Korean Central News Agency"));
        let q =
            &quotes("Kim Jong Un hailed Putin as his \"dearest friend\" in a letter, state media said on Tuesday.")[0];
        assert_eq!(q.speaker.as_deref(), Some("Kim Jong Un"));
        assert_eq!(q.via.as_deref(), Some("state media"));
        let q = &quotes("KCNA quoted Kim Jong Un as saying \"victory is near.\"")[0];
        assert_eq!(q.speaker.as_deref(), Some("Kim Jong Un"));
        assert_eq!(q.via.as_deref(), Some("KCNA"));
    }

    #[test]
    fn a_message_speaks_for_its_author() {
        let text = "North Korean leader Kim Jong Un wrote to Putin.\n\n\
                    Kim's latest message described Putin as his \"dearest friend,\" KCNA said.";
        assert_eq!(one(text), some("Kim Jong Un"));
    }

    #[test]
    fn pronouns_resolve_to_the_subject_before() {
        let text = "Kim Jong Un sent a letter to Vladimir Putin. He called the alliance \"invincible.\"";
        assert_eq!(one(text), some("Kim Jong Un"));
        let text = "Kim Jong Un sent a letter. \"We will win,\" he added.";
        assert_eq!(one(text), some("Kim Jong Un"));
        let text = "Analyst Lee Min-ji spoke.\n\n\"It is the same script,\" she said.";
        assert_eq!(one(text), some("Lee Min-ji"));
    }

    #[test]
    fn ambiguous_pronouns_stay_null() {
        // Two people before the pronoun in its own sentence.
        let text = "After Kim Jong Un greeted Vladimir Putin, he said \"welcome.\"";
        assert_eq!(one(text), None);
        // No person anywhere near.
        assert_eq!(one("The weather was bad. \"It is cold,\" he said."), None);
    }

    #[test]
    fn role_nouns_resolve_to_the_only_fitting_person() {
        let base = "North Korean leader Kim Jong Un met Russian President Vladimir Putin. ";
        assert_eq!(
            one(&format!("{base}The Russian leader called it \"a great day.\"")),
            some("Vladimir Putin")
        );
        assert_eq!(
            one(&format!("{base}The North's leader sent \"warm greetings.\"")),
            some("Kim Jong Un")
        );
        // Both are leaders: no guess.
        assert_eq!(one(&format!("{base}The leader called it \"a great day.\"")), None);
    }

    #[test]
    fn two_people_in_one_sentence() {
        assert_eq!(
            one("Kim Jong Un told Vladimir Putin \"we are brothers.\""),
            some("Kim Jong Un")
        );
        assert_eq!(
            one("Kim Jong Un thanked Vladimir Putin, who called him a \"dear friend.\""),
            some("Vladimir Putin")
        );
        assert_eq!(
            one("Kim Jong Un and Vladimir Putin said they were \"brothers in arms.\""),
            None
        );
        assert_eq!(
            one("Putin was described by Kim Jong Un as a \"dear friend.\""),
            some("Kim Jong Un")
        );
        assert_eq!(one("Putin was described as a \"dear friend.\""), None);
    }

    #[test]
    fn quote_before_and_after_the_cue() {
        let s = speakers("\"We will win,\" Kim Jong Un said, \"and they will lose.\"");
        assert_eq!(s, [some("Kim Jong Un"), some("Kim Jong Un")]);
        let s = speakers("\"We will win,\" said Jane Doe, \"and they will lose.\"");
        assert_eq!(s, [some("Jane Doe"), some("Jane Doe")]);
    }

    #[test]
    fn nested_quotes_need_a_named_speaker_inside_their_parent() {
        let s = speakers("\"Kim Jong Un told me 'we will win',\" John Smith said.");
        assert_eq!(s, [some("John Smith"), some("Kim Jong Un")]);
        let s = speakers("\"They called it 'treason',\" John Smith said.");
        assert_eq!(s, [some("John Smith"), None]);
    }

    #[test]
    fn things_and_anonymous_sources_are_not_speakers() {
        assert_eq!(
            one("Kim and Putin signed a treaty that calls for help \"without delay.\""),
            None
        );
        assert_eq!(one("\"It is over,\" an official said."), None);
        assert_eq!(one("Experts say the treaty is \"historic.\""), None);
        assert_eq!(
            one("The rhetoric builds on the \"strategic partnership\" treaty."),
            None
        );
        // A company's one-word name, then `It`.
        let s = speakers(
            "Meta said in a blog post that it \"will not tolerate\" abuse. It added: \"We are investing heavily.\"",
        );
        assert_eq!(s, [some("Meta"), some("Meta")]);
        // Counted, not named.
        assert_eq!(
            one("But one Labour MP told MailOnline: 'This is the tip of the iceberg.'"),
            None
        );
        assert_eq!(one("Another Tory MP said: 'This is worse.'"), None);
        assert_eq!(one("Two senior officials said: \"No deal.\""), None);
        assert_eq!(one("Several Republicans called it \"a disgrace.\""), None);
        // Local titles: `Council member`, `Councilwoman`.
        assert_eq!(
            one("Council member Raj Patel, who voted against the plan, called it \"a betrayal.\""),
            some("Raj Patel")
        );
        assert_eq!(
            one("Councilwoman Maria Lopez said it was \"a betrayal.\""),
            some("Maria Lopez")
        );
        // A nickname inside a name.
        assert_eq!(one("Dwayne \"The Rock\" Johnson posted a clip."), None);
        assert_eq!(
            one("Donald Trump called Kim \"Rocket Man\" Tuesday."),
            some("Donald Trump")
        );
        assert_eq!(
            one("One Nation leader Pauline Hanson said: \"No deal.\""),
            some("Pauline Hanson")
        );
    }

    #[test]
    fn who_replies_is_not_who_asked() {
        let texts =
            speakers("\"Why now?\" asked Sen. Mark Warner. \"Why not before?\"\n\n\"I don't know,\" he replied.");
        assert_eq!(texts, vec![some("Mark Warner"), some("Mark Warner"), None]);
        // Replying to someone else's question.
        let texts = speakers("The reporter asked about the deal. \"I don't know,\" Mark Warner replied.");
        assert_eq!(texts, vec![some("Mark Warner")]);
    }

    #[test]
    fn participles_and_errands_are_not_the_cue() {
        // `posted` qualifies `a statement`; the verb is `said`.
        assert_eq!(
            one(
                "Foreign Minister Badr Abdelatty said in a statement posted on Telegram that Cairo was \"exerting maximum efforts\"."
            ),
            some("Badr Abdelatty")
        );
        // Sending a delegation is no speech; sending a message is.
        let text = "The ministry said it would send a delegation but that it would \"not compromise on security\".";
        assert_eq!(one(text), None);
        assert_eq!(
            one("Kim Jong Un sent a message to Vladimir Putin, saying \"we will win\"."),
            some("Kim Jong Un")
        );
    }

    #[test]
    fn names_in_apposition() {
        let text = "Kim's sister, Kim Yo Jong, slammed the drills as \"reckless.\" \"They will regret it,\" she said.";
        assert_eq!(speakers(text), [some("Kim Yo Jong"), some("Kim Yo Jong")]);
    }

    #[test]
    fn a_party_state_tag_is_not_the_speaker() {
        // AP style: the tag between commas stands in apposition but names nobody.
        let text = "Rep. Jim Jordan, R-Ohio, told Fox News the inquiry was \"a sham.\"";
        assert_eq!(one(text), some("Jim Jordan"));
        let text = "Senate Majority Leader Chuck Schumer, D-N.Y., called the vote \"historic.\"";
        assert_eq!(one(text), some("Chuck Schumer"));
        use crate::extract::speaker::is_party_state;
        assert!(is_party_state("D-N.Y.") && is_party_state("R-Ky.") && is_party_state("I-Vt."));
        assert!(!is_party_state("Kim Yo Jong") && !is_party_state("D-") && !is_party_state("Jong-un"));
    }

    #[test]
    fn organisations_speak_for_themselves() {
        let text = "South Korea's unification ministry urged the North to \"immediately stop.\"";
        assert_eq!(one(text), some("South Korea's unification ministry"));
        // A bare `the ministry` names nobody a reader could check.
        assert_eq!(one("The ministry urged the North to \"immediately stop.\""), None);
        let text = "North Korea's foreign ministry stated that the drills were a \"rehearsal for invasion.\"";
        assert_eq!(one(text), some("North Korea's foreign ministry"));
        let text = "North Korea's foreign ministry issued a statement. \"This is a grave provocation,\" it said.";
        assert_eq!(one(text), some("North Korea's foreign ministry"));
    }

    #[test]
    fn participles_take_the_clause_subject() {
        assert_eq!(
            one("Russian President Vladimir Putin sent a letter to Kim, hailing the \"heroic\" troops."),
            some("Vladimir Putin")
        );
        assert_eq!(
            one("Recalling their \"meaningful journey,\" Kim Jong Un thanked Putin."),
            some("Kim Jong Un")
        );
        assert_eq!(
            one("Kim Jong Un ended the letter by wishing \"greater success\" to Putin."),
            some("Kim Jong Un")
        );
    }

    #[test]
    fn names_come_back_in_their_fullest_form() {
        let text = "Russian President Vladimir Putin spoke. Later, Putin said \"enough.\"";
        assert_eq!(one(text), some("Vladimir Putin"));
        // Two Kims named: a bare `Kim` is not expanded to either.
        let text =
            "Kim Jong Un and his sister Kim Yo Jong arrived. Kim Yo Jong wrote to Seoul.\n\n\"Go away,\" Kim said.";
        assert_eq!(one(text), some("Kim"));
        let text = "U.S. Secretary of State Antony Blinken arrived. \"We are ready,\" Blinken said.";
        assert_eq!(one(text), some("Antony Blinken"));
    }

    #[test]
    fn headlines_and_sub_heads() {
        let text = "# Kim Hails 'Dearest Friend' Putin\n\nNorth Korean leader Kim Jong Un wrote to Putin.\n";
        assert_eq!(one(text), some("Kim Jong Un"));
        let text = "'Meaningful journey'\n\nRecalling the \"meaningful journey\" of 2024, Kim Jong Un thanked Putin.\n";
        assert_eq!(speakers(text), [some("Kim Jong Un"), some("Kim Jong Un")]);
        // A list of quotes, each signed after a dash.
        let text = "Key quotes:\n\n- \"This is a once-in-a-decade storm.\" - Gov. Gavin Newsom\n- \"Stay home.\" \u{2014} CHP Officer Mark Lee, Oakland\n";
        assert_eq!(speakers(text), [some("Gavin Newsom"), some("Mark Lee")]);
        // A sub-head with no cue and no matching quote below stays null.
        let text = "'Warm words'\n\nKim Jong Un wrote to Putin.\n";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn bare_quotes_continue_the_speaker_before_them() {
        let s = speakers("\"We will win,\" Kim Jong Un said. \"They will lose.\"");
        assert_eq!(s, [some("Kim Jong Un"), some("Kim Jong Un")]);
        let s = speakers("\"We will win,\" Kim Jong Un said.\n\n\"They will lose.\"\n");
        assert_eq!(s, [some("Kim Jong Un"), some("Kim Jong Un")]);
        // A quote in narration is not a continuation.
        let s = speakers("\"We will win,\" Kim Jong Un said.\n\nThe \"victory\" never came.\n");
        assert_eq!(s, [some("Kim Jong Un"), None]);
        // A quote sentence after a sentence reporting someone's words, in the
        // same paragraph or opening the next.
        let s = speakers(
            "Asked whether Beijing would retaliate, Guo Weiping said only that China would defend its companies. \"The door remains open.\"",
        );
        assert_eq!(s, [some("Guo Weiping")]);
        let s = speakers("Guo Weiping said China would defend its companies.\n\n\"The door remains open.\"\n");
        assert_eq!(s, [some("Guo Weiping")]);
        // Not after a sentence that reports nobody's words, nor an unnamed group's.
        let s = speakers("Guo Weiping spoke for an hour. \"The door remains open.\"");
        assert_eq!(s, [None]);
        let s = speakers("Officials said the fire started at 3 a.m. \"The whole building was shaking.\"");
        assert_eq!(s, [None]);
    }

    #[test]
    fn a_pronoun_goes_on_about_who_spoke_last_and_stops_at_an_unnamed_speaker() {
        // The sentence before closes with its own attribution.
        let text = "Russian Foreign Minister Sergey Lavrov spoke.\n\nIn 2024, the foreign minister held 500 meetings, Spokeswoman Maria Zakharova said earlier. \"It was a busy year,\" she told reporters.";
        assert_eq!(speakers(text), [some("Maria Zakharova")]);
        // An unnamed person spoke in between: the pronoun is theirs.
        let text = "Meteorologist John Lawton said the rain would ease.\n\nA farmer near Whatatutu, who did not want to be named, said he had lost 80 sheep.\n\n\"The paddocks are just a lake,\" he told RNZ.";
        assert_eq!(speakers(text), [None]);
        let text = "Lucy Pembridge denies neglect.\n\nThe boy's mother, a solicitor, told the court she had employed Miss Pembridge for a year.\n\nGiving evidence, she said: 'I knew then it was bad.'";
        assert_eq!(speakers(text), [None]);
        // ... unless the sentence names the person in apposition.
        let text = "One of the inspectors, Luis Carrera, recalled crawling under a span. \"I could stand up under there,\" he said.";
        assert_eq!(speakers(text), [some("Luis Carrera")]);
        // A one-word name in apposition to an owner's relative is the
        // relative's, not the owner's.
        let text = "A court sentenced journalist Yekaterina Solovyova.\n\nSolovyova's mother, Tatyana, wept.\n\n\"They took my daughter,\" she told reporters.";
        assert_eq!(speakers(text), [some("Tatyana")]);
        let text = "The owner, Marisol Vega, said the truck was their livelihood.\n\nHer husband, Ernesto, said they had started a fundraiser. \"People have been so kind,\" he said.";
        assert_eq!(speakers(text), [some("Ernesto")]);
        // Never a company, an age or a quoted title.
        let text = "Harvest Foods Inc. dropped its bid.\n\nMr. Alvarez, the chief executive, spoke.\n\nAsked whether Harvest would bid again, he said: \"Not this year.\"";
        assert_eq!(speakers(text), [some("Alvarez")]);
        let text = "- Lucy Pembridge, 29, is accused of neglect\n- Two-year-old boy suffered burns\n- She told officers: 'I didn't know'\n";
        assert_eq!(speakers(text), [some("Lucy Pembridge")]);
    }

    #[test]
    fn owners_wire_tags_ranks_and_prepositional_phrases() {
        // A plural owner is not the subject; its appositive name is.
        let text =
            "The Liberal Democrats' environment spokesperson, Tom Ashworth, spoke.\n\n\"First they paid,\" he said.";
        assert_eq!(speakers(text), [some("Tom Ashworth")]);
        // A wire tag before a headline.
        let text = "(LEAD) N. Korea's Kim Jong-un calls Putin 'dearest comrade' in card, vows 'invincible' alliance\n\nBody text follows here at some length, as it does.\n";
        assert_eq!(speakers(text), [some("Kim Jong-un"), some("Kim Jong-un")]);
        // A rank in a person's title is another office than the role's.
        let text = "Shadow environment secretary Rebecca Hale spoke first.\n\nThe environment secretary replied: \"I share the anger.\"";
        assert_eq!(speakers(text), [None]);
        // A short prepositional phrase between the name and its verb.
        let text = "North Korea accused the South of flying drones, and Kim Yo Jong at the time warned of a \"horrible disaster\".";
        assert_eq!(speakers(text), [some("Kim Yo Jong")]);
        // A surname spelt like a verb.
        let text = "\"This is an attempt to silence us,\" said Gulnoza Said, a coordinator.";
        assert_eq!(speakers(text), [some("Gulnoza Said")]);
        // A passive inside reported speech leaves the reporting speaker; an
        // unnamed subject does not lead to a name in its relative clause.
        let text = "Sheriff Larry Leitha said that 24 people were confirmed dead and \"many more\" were missing.";
        assert_eq!(speakers(text), [some("Larry Leitha")]);
        let text =
            "A trader in Frankfurt, who asked not to be identified, said investors had been \"caught off guard.\"";
        assert_eq!(speakers(text), [None]);
    }

    #[test]
    fn descriptors_before_names_those_spoken_for_and_sites_reporting() {
        // A capitalized descriptor and a lower-case noun before the name.
        let text = "Former Wales international Iwan Roberts, speaking on Sky Sports News, said Reid had been \"dealt a tough hand\".";
        assert_eq!(speakers(text), [some("Iwan Roberts")]);
        let text = "Green co-leader Carla Denby, who campaigned there, called the win \"historic\".";
        assert_eq!(speakers(text), [some("Carla Denby")]);
        // ... but a verb between two names is no descriptor.
        let text = "Modi inaugurates Navi Mumbai airport, says 'India's aviation sector will soar'\n\nPrime Minister Narendra Modi on Wednesday inaugurated the airport, calling it \"a gift\".";
        assert_eq!(speakers(text), [some("Narendra Modi"), some("Narendra Modi")]);
        // Whom a representative speaks for did not speak; an organisation
        // a spokesperson speaks for does.
        let text =
            "A representative for Delia Marchetti told CNN in a statement that the actress was \"relieved and happy\".";
        assert_eq!(speakers(text), [None]);
        let text = "A spokesperson for Transgrid said the line was \"safe\".";
        assert_eq!(speakers(text), [some("Transgrid")]);
        // Who obtained a document did not write it; `Another` is nobody named.
        let text = "Sen. Marla Kettering has circulated a memo. A copy obtained by POLITICO says the payment structure \"rewards scale over stewardship\".";
        assert_eq!(speakers(text), [None]);
        let text = "One Labour MP said the result was \"a disaster\". Another said the campaign had been \"a masterclass in complacency\".";
        assert_eq!(speakers(text), [None, None]);
        // A site's address reports: `according to MLB.com` is the via.
        let text = "\"We are not in a rush,\" Scott Berenson said, according to MLB.com. \"That said, I expect there will be a lot of interest.\"";
        assert_eq!(speakers(text), [some("Scott Berenson"), some("Scott Berenson")]);
    }

    #[test]
    fn a_headline_label_naming_an_event_is_no_speaker() {
        let text = "# Storm Idris: 'We lost everything in twenty minutes'\n\nFamilies in south Wales watched floodwater pour in as Storm Idris struck.\n\nSian Pritchard was woken by her neighbour at 03:00.";
        assert_eq!(speakers(text), [None]);
        let text = "# Marco Santini: 'I am not a magician'\n\nMarco Santini has asked for time.";
        assert_eq!(speakers(text), [some("Marco Santini")]);
    }

    #[test]
    fn names_given_and_titles_in_apposition_are_nobodys_words() {
        let text = "Dr. Rachel Yoon said red dwarfs were difficult.\n\nShe noted that a 2024 study, nicknamed \"the spotty star problem\" by researchers, had shown how easily a star could contaminate a spectrum.";
        assert_eq!(speakers(text), [None]);
        let text =
            "Rowan Quist has said the band's new album, \"Low Tide Letters,\" was written during the separation.";
        assert_eq!(speakers(text), [None]);
        // A quote after a comma that names no work is still the speaker's.
        let text = "Rowan Quist said of the album, \"It was written in pain.\"";
        assert_eq!(speakers(text), [some("Rowan Quist")]);
    }

    #[test]
    fn a_pronoun_skips_people_marked_as_of_the_other_gender() {
        // By given name: `he` is not Margaret Hale, `she` not Tom Brandt.
        let text = "Senate Minority Leader Tom Brandt spoke to reporters on Monday. President Margaret Hale had already left Homestead.\n\n\"We are not going to apologize,\" he said.";
        assert_eq!(speakers(text), [some("Tom Brandt")]);
        let text = "Senate Minority Leader Tom Brandt was not impressed. President Margaret Hale spoke in Homestead on Monday.\n\n\"We are not going to apologize,\" she said.";
        assert_eq!(speakers(text), [some("Margaret Hale")]);
        // By title, and by a kunya (`Umm` is a mother's).
        let text = "Mr Okafor spoke.\n\nMs Adeyemi left early.\n\n\"It was a waste of time,\" he said.";
        assert_eq!(speakers(text), [some("Okafor")]);
        let text = "In Deir el-Balah, Umm Mohammed al-Masri, 52, said she no longer trusted the news.\n\n\"They have told us 'tomorrow' for a year,\" she said.";
        assert_eq!(speakers(text), [some("Umm Mohammed al-Masri"), None]);
        // Only a man named before `she` in her sentence: someone it names
        // by no name is meant.
        let text = "Donald Trump's pick faced questions over remarks in which she described unions as \"a relic.\"";
        assert_eq!(speakers(text), [None]);
        // Nothing marks either person: the nearest subject, as before.
        let text = "Kim Lee met Jordan Park.\n\nKim Lee left.\n\n\"Fine,\" she said.";
        assert_eq!(speakers(text), [some("Kim Lee")]);
    }

    #[test]
    fn transcripts_headline_labels_ages_titles_of_works_and_long_attributions() {
        let text = "Sen. Bernie Sanders questioned Karen Whitfield.\n\nSANDERS: \u{201c}Will you commit?\u{201d}\n\nWHITFIELD: \u{201c}Yes.\u{201d}\n";
        assert_eq!(speakers(text), [some("Bernie Sanders"), some("Karen Whitfield")]);
        // A label that is no transcript's (`Quote of Zelensky:`) is read by
        // the Ukrainian rules: the genitive names whose words follow.
        let text = "Володимир Зеленський виступив.\n\nЦитата Зеленського: «Кожна пауза – це нові удари».\n";
        assert_eq!(speakers(text), [some("Володимир Зеленський")]);
        let text = "# Marco Santini: 'I am not a magician'\n\nMarco Santini has told the board to \"give me time\".";
        assert_eq!(speakers(text), [some("Marco Santini"), some("Marco Santini")]);
        let text = "Marco Santini would not resign.\n\nSpeaking at the club's Finch Farm training ground, the 51-year-old said: \"I am not a magician.\"";
        assert_eq!(speakers(text), [some("Marco Santini")]);
        let text = "Speaking on the \"Talking Toffees\" podcast, Duncan Fairley said: \"I love the club.\"";
        assert_eq!(speakers(text), [None, some("Duncan Fairley")]);
        let text = "\"They committed a grave provocation,\" said Kim Yo Jong, vice department director of the Workers' Party of Korea (WPK) Central Committee.\n\n\"They will pay a thousandfold price.\"";
        assert_eq!(speakers(text), [some("Kim Yo Jong"), some("Kim Yo Jong")]);
        // `according to him`, `in which he said`, a noun compound's `call`.
        let text = "Sergey Lavrov spoke.\n\nAccording to him, the bases \"will be discussed calmly.\"";
        assert_eq!(speakers(text), [some("Sergey Lavrov")]);
        let text =
            "Vladimir Putin sent a letter to Kim Jong Un in which he said the treaty \"has entered into force\".";
        assert_eq!(speakers(text), [some("Vladimir Putin")]);
        let text = "Minister Badr Abdelatty said in a phone call that Cairo would host \"any meeting needed\".";
        assert_eq!(speakers(text), [some("Badr Abdelatty")]);
        // A one-word name speaking the quote before a pronoun's sentence.
        let text = "\"It's a good day,\" Biden told reporters. Asked who deserved credit, he said, \"Is that a joke?\"";
        assert_eq!(speakers(text), [some("Biden"), some("Biden")]);
    }

    #[test]
    fn a_verb_of_intent_inside_reported_speech_is_not_the_cue() {
        let s = speakers("Guo Weiping said Beijing still hoped to open \"a new era of cooperation\".");
        assert_eq!(s, [some("Guo Weiping")]);
        let s = speakers("Beijing hoped to open \"a new era of cooperation\".");
        assert_eq!(s, [some("Beijing")]);
        // A verb of saying inside keeps its own subject.
        let s = speakers("Guo Weiping said Joe Biden had told him \"nothing\".");
        assert_eq!(s, [some("Joe Biden")]);
    }

    #[test]
    fn quotes_continued_across_paragraphs_keep_their_speaker() {
        let text = "Kim Jong Un said: \"We will win.\n\n\"They will lose.\"\n";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        assert!(q[1].continues.is_some());
        assert_eq!(q[1].speaker.as_deref(), Some("Kim Jong Un"));
    }

    #[test]
    fn nouns_that_look_like_verbs_are_not_cues() {
        assert_eq!(
            one("Kim Jong Un sent his best wishes and \"warm greetings\" to Putin."),
            some("Kim Jong Un")
        );
        assert_eq!(
            one("He also expressed hope that 2025 will be the \"year of victory.\""),
            None
        );
    }

    #[test]
    fn many_quotes_stay_fast() {
        let text = "Analyst Jane Doe spoke. \"Yes,\" she said. ".repeat(3000);
        let q = quotes(&text);
        assert_eq!(q.len(), 3000);
        assert!(q.iter().all(|q| q.speaker.as_deref() == Some("Jane Doe")));
    }

    #[test]
    fn news_attribution_conventions() {
        // A title joined to its department by `for`, after the quote too.
        for text in [
            "\"We have built homes,\" Minister for Housing Declan Furlong said.",
            "\"We have built homes,\" said Minister for Housing Declan Furlong.",
            "\"We have built homes,\" the Minister for Housing, Declan Furlong, said.",
        ] {
            assert_eq!(one(text), some("Declan Furlong"), "{text}");
        }
        assert_eq!(
            one("\"Rents are too high,\" the Center for American Progress said."),
            some("Center for American Progress")
        );
        // An age in apposition, before and after the quote.
        assert_eq!(one("\"I was shocked,\" Maria Lopez, 54, said."), some("Maria Lopez"));
        assert_eq!(one("Maria Lopez, 38, said \"it was terrifying.\""), some("Maria Lopez"));
        // A party-and-state tag in brackets after the name.
        assert_eq!(
            one("Sen. Elizabeth Warren (D-Mass.) called the bill \"a giveaway to billionaires.\""),
            some("Elizabeth Warren")
        );
        assert_eq!(
            one("Rep. Jim Jordan (R-Ohio) said, \"We will subpoena them.\""),
            some("Jim Jordan")
        );
        assert_eq!(
            one("\"This bill is a giveaway,\" said Sen. Elizabeth Warren (D-Mass.)."),
            some("Elizabeth Warren")
        );
        // The person, not the institution after `of`.
        assert_eq!(
            one("\"The evidence is clear,\" says Professor John Smith of Oxford University."),
            some("John Smith")
        );
        assert_eq!(
            one("\"We are ready,\" said Kim Min-seo of Yonhap."),
            some("Kim Min-seo")
        );
        assert_eq!(
            one("\"Ready,\" said Secretary of State Antony Blinken."),
            some("Antony Blinken")
        );
        // A title holding a reporter word (`press`) still names a person.
        assert_eq!(
            one("\"The policy will change,\" White House press secretary Karine Jean-Pierre said Monday."),
            some("Karine Jean-Pierre")
        );
        // More speech verbs, and inversion after `!`/`?`.
        assert_eq!(
            one("Former President Donald Trump posted on Truth Social: \"Witch hunt!\""),
            some("Donald Trump")
        );
        assert_eq!(one("\"Get down!\" yelled Officer Tom Reed."), some("Tom Reed"));
        assert_eq!(one("\"Why not?\" asked Lisa Park, a teacher."), some("Lisa Park"));
        assert_eq!(
            speakers("Lisa Park joined the team in May.\n\n\"Why not?\" she asked."),
            vec![some("Lisa Park")]
        );
    }

    #[test]
    fn appositives_between_the_subject_and_its_cue() {
        assert_eq!(
            one("\"These claims are baseless,\" Nasser Kanaani, a spokesman for Iran's Foreign Ministry, told IRNA."),
            some("Nasser Kanaani")
        );
        assert_eq!(
            one("\"He left our troops as sitting ducks,\" Senate Minority Leader Mitch McConnell, R-Ky., said."),
            some("Mitch McConnell")
        );
        assert_eq!(
            one("\"She was the light of our family,\" Moffett's mother, Francine Moffett, told The Associated Press."),
            some("Francine Moffett")
        );
        assert_eq!(
            one("\"It's a tragedy,\" said retired Army Col. Steve Ganyard, a former State Department official."),
            some("Steve Ganyard")
        );
        assert_eq!(
            one("House Speaker Mike Johnson called the attack \"a grave escalation.\""),
            some("Mike Johnson")
        );
    }

    #[test]
    fn a_headline_name_before_a_colon_speaks_the_quote() {
        let text = "Sunak: 'We will stop the boats' despite court ruling\n\nPrime Minister Rishi Sunak has said he \
                    will press ahead.";
        let q = quotes(text);
        assert_eq!(q[0].speaker.as_deref(), Some("Rishi Sunak"));
        assert_eq!(q[0].cue.as_deref(), Some(":"));
        // Not a name: no speaker.
        let text = "Breaking: 'Huge blast' heard in city centre\n\nResidents reported a loud noise.";
        assert_eq!(quotes(text)[0].speaker, None);
    }

    #[test]
    fn a_signature_line_under_a_pull_quote_names_its_speaker() {
        let text = "Residents were angry.\n\n\u{201c}Where are they supposed to go now?\u{201d}\n\n\u{2014} Sam Oduya, parent\n";
        assert_eq!(speakers(text), vec![some("Sam Oduya")]);
        let text = "The minister posted on X:\n\n> \"Passengers deserve better.\"\n\n> \u{2014} Ruth Adeyemi MP \
                    (@RuthAdeyemiMP) January 17, 2025\n";
        assert_eq!(speakers(text), vec![some("Ruth Adeyemi")]);
        // An agency's sign-off is no signature.
        assert_eq!(
            speakers("It rained.\n\n\"Nothing happened.\"\n\n- Reuters\n"),
            vec![None]
        );
        // An organisation's account signs its post.
        let text = "The party posted a message.\n\n\"A sad day for the party.\"\n\n\u{2014} Labour Party \
                    (@UKLabour) March 4, 2025\n";
        assert_eq!(speakers(text), vec![some("Labour Party")]);
    }

    #[test]
    fn wrong_speakers_seen_in_house_styles_are_null_or_right() {
        // The audience of a headline passive is not the speaker.
        assert_eq!(one("Report into deaths makes 'harrowing reading', MPs told"), None);
        assert_eq!(one("Somebody once wrote that \"the past is a foreign country.\""), None);
        assert_eq!(
            one("Campaigners say the decision is 'a betrayal' of the town's children."),
            None
        );
        assert_eq!(
            one("Families' campaign group Justice for Gran said the apology was \"a start, not an end\"."),
            some("Justice for Gran")
        );
        assert_eq!(
            one("\u{201c}It was slower than we anticipated,\u{201d} Chief Executive Sabine Kohl said in a statement."),
            some("Sabine Kohl")
        );
        assert_eq!(
            one("The operator, Greenvale Living, said it \"fully accepts\" the findings."),
            some("Greenvale Living")
        );
        assert_eq!(
            one(
                "In a statement, the Texas Department of Transportation said it was \"committed to rural connectivity.\""
            ),
            some("Texas Department of Transportation")
        );
    }

    #[test]
    fn the_subject_of_a_reported_clause_is_no_inverted_subject() {
        assert_eq!(
            one("Putin's spokesman, Dmitry Peskov, said the Kremlin \"categorically denies\" the reports."),
            some("Dmitry Peskov")
        );
        assert_eq!(one("\"We are ready,\" said Kim Min-seo."), some("Kim Min-seo"));
    }

    #[test]
    fn styles_notes_roles_and_appositive_names() {
        assert_eq!(
            one("\"This was not bad luck,\" said the ORR's chief inspector, Martin Doyle."),
            some("Martin Doyle")
        );
        assert_eq!(
            one("\"He's a '24 pick,\" Houston coach Rita Morales said."),
            some("Rita Morales")
        );
        assert_eq!(
            one("Regulator says failures showed 'a culture of cutting corners'"),
            None
        );
        let text = "Jalen Carter starred.\n\n\"Coach told me at halftime, 'Stop waiting,'\" Carter said.";
        assert_eq!(speakers(text), vec![some("Jalen Carter"), None]);
    }

    #[test]
    fn a_colon_lead_in_paragraph_names_the_speaker_of_the_quote_below() {
        let text = "Storm updates.\n\nScotRail has issued a statement:\n\n> \"All services are suspended.\n\n> \
                    \"Customers can travel tomorrow.\"\n";
        assert_eq!(speakers(text), vec![some("ScotRail"), some("ScotRail")]);
        let text = "Rishi Sunak spoke in Dover.\n\nMr Sunak said:\n\n\"We will stop the boats.\"\n";
        assert_eq!(speakers(text), vec![some("Rishi Sunak")]);
        // A colon without a speech verb introduces no speaker.
        let text = "The sign read:\n\n\"No entry.\"\n";
        assert_eq!(speakers(text), vec![None]);
    }

    #[test]
    fn conventions_seen_in_real_articles() {
        // A pronoun after a publication named in a prepositional phrase.
        let text = "German tennis player Andrea Petkovic asked questions.\n\nIn a Honolulu Star-Advertiser \
                    report, she called the goof \u{201c}the epitome of ignorance.\u{201d}";
        assert_eq!(speakers(text), vec![some("Andrea Petkovic")]);
        // `a quote from X:`, `a statement from X:`.
        assert_eq!(
            one(
                "The Register includes a quote from Iowa Democratic Party chair Ross Wilburn: \"It is because of them.\""
            ),
            some("Ross Wilburn")
        );
        assert_eq!(
            one("The reporter went on to quote a statement from Chair Jeff Kaufmann: \"Iowans know.\""),
            some("Jeff Kaufmann")
        );
        assert_eq!(
            one("A May 7 Register story quoted Gov. Kim Reynolds about wanting \"my own attorney general, please.\""),
            some("Kim Reynolds")
        );
        let text = "A May 7 Register story quoted Gov. Kim Reynolds. \u{201c}And,\u{201d} she continued.";
        assert_eq!(speakers(text), vec![some("Kim Reynolds")]);
        let text = "Yerevan: Minister of Culture and Youth Affairs Ovik Oveyan spoke.\n\n\"We met no one,\" he said.";
        assert_eq!(speakers(text), vec![some("Ovik Oveyan")]);
        let q = &quotes("Armenian minister dismisses press reports as \"slander\"\n\nText.")[0];
        assert_eq!(q.via, None);
        // A title is no person: the pronoun has one person to stand for.
        let text = "Journalists put a question about Prime Minister\u{2019}s resignation to the Minister of Sport and \
                    Youth Affairs Gabriel Ghazaryan, in reply to which he said, \u{201c}Like you I learnt it.\u{201d}";
        assert_eq!(speakers(text), vec![some("Gabriel Ghazaryan")]);
        // A teaser cut after `told` keeps its speaker.
        assert_eq!(
            one("\u{201c}We are open for dialogue,\u{201d} Sergey Shoigu told ..."),
            some("Sergey Shoigu")
        );
        // `continued` after a quote.
        let text = "Gov. Kim Reynolds spoke on Friday.\n\n\"And,\" she continued, \"I need a state auditor.\"";
        assert_eq!(speakers(text), vec![some("Kim Reynolds"), some("Kim Reynolds")]);
    }

    #[test]
    fn the_company_is_the_one_company_named() {
        let text = "German chipmaker Norvek AG raised its forecast.\n\nThe company said its plant was \"on track.\"";
        assert_eq!(speakers(text), vec![some("Norvek AG")]);
        // Two companies named: no guess.
        let text = "Norvek AG and Fabrix Inc. signed a deal.\n\nThe company said it was \"on track.\"";
        assert_eq!(speakers(text), vec![None]);
        // None named.
        assert_eq!(one("The company said its plant was \"on track.\""), None);
    }

    #[test]
    fn indefinite_subjects_named_after_a_comma_and_possessive_owners() {
        assert_eq!(
            one("'It is the kids' futures,' said one parent, Sarah O'Neill."),
            some("Sarah O'Neill")
        );
        let text = "Sarah O'Neill spoke first.\n\nMs O'Neill's son, who is in Year 6, said the school was \
                    \"the best thing in his life\".";
        assert_eq!(speakers(text), vec![None]);
    }

    #[test]
    fn a_quote_broken_by_an_aside_is_one_speakers() {
        let text = "\u{201c}We will\u{2014}\u{201d} he paused, \u{201c}we will not give up,\u{201d} said Education \
                    Secretary Gillian Keegan.";
        assert_eq!(speakers(text), vec![some("Gillian Keegan"), some("Gillian Keegan")]);
        // A cue in the aside speaks for the second piece only.
        let text = "Kim Jong Un met Vladimir Putin. He hailed a \"new era\", Putin said \"we agree.\"";
        assert_eq!(speakers(text)[1], some("Vladimir Putin"));
        assert_ne!(speakers(text)[0], some("Vladimir Putin"));
        // Two sentences: no inheritance across the full stop.
        let text = "\"Yes.\" Then silence. \"No,\" said Gillian Keegan.";
        assert_eq!(speakers(text)[0], None);
    }

    #[test]
    fn an_unnamed_subject_governs_its_quote() {
        // The suspect shouted the words, not the police who reported it.
        assert_eq!(
            one("Police said the suspect shouted \"Allahu akbar\" before the attack."),
            None
        );
        assert_eq!(one("Witnesses said a masked man yelled \"Get down!\" and fired."), None);
    }

    #[test]
    fn groups_shared_subjects_title_modifiers_and_arabic_articles() {
        // A group as the subject, with or without `of`, names no one.
        let headline = "Biden says 'no regrets' over Afghanistan withdrawal as critics cry 'betrayal'\n\n\
                        President Joe Biden spoke on Monday.";
        assert_eq!(speakers(headline)[1], None);
        assert_eq!(one("Residents of Ma'ale Adumim called the plan 'a betrayal'."), None);
        // A second verb after `but` shares the subject.
        assert_eq!(
            one("Kemi Badenoch said her party backed the deal but accused Labour of \"dragging its feet\"."),
            some("Kemi Badenoch")
        );
        // A lower-case modifier before a title, then the name in apposition.
        assert_eq!(
            one(
                "The transport minister, Anna Clark, resigned on Tuesday, saying her comments had been \"wrong and hurtful\"."
            ),
            some("Anna Clark")
        );
        // `it` after an organisation subject of the same sentence.
        assert_eq!(
            speakers(
                "Netanyahu's office said in a statement that \"several clauses remain unresolved\" and that it \
                 hoped details would be finalised \"tonight\"."
            ),
            vec![some("Netanyahu's office"), some("Netanyahu's office")]
        );
        // A show's title after its network's possessive is nobody's words.
        assert_eq!(
            one("Scott Bessent, speaking on CNBC's \"Squawk Box,\" said he agreed."),
            None
        );
        // `he` after a sentence that speaks of someone as `she`: no guess.
        let text = "Sen. Elizabeth Warren, D-Mass., pressed Powell. \"You've kept rates too high,\" she said. \
                    He responded: \"We're making progress.\"";
        assert_eq!(speakers(text), vec![some("Elizabeth Warren"), None]);
        // A nationality names no one; titles of sport and police; letters
        // after a name.
        let text = "Chelsea boss Enzo Maresca admitted his side had been \"second best\". \"We have to improve,\" \
                    the Italian said.";
        assert_eq!(speakers(text), vec![some("Enzo Maresca"), None]);
        assert_eq!(
            one("\"He is a machine,\" City manager Pep Guardiola told Sky Sports."),
            some("Pep Guardiola")
        );
        assert_eq!(
            one("Det Insp Mark Evans said outside court: \"I hope today brings some comfort.\""),
            some("Mark Evans")
        );
        assert_eq!(
            one("Price's barrister, Andrew Cole KC, said his client had shown \"genuine remorse\"."),
            some("Andrew Cole")
        );
        // Arabic names keep their article.
        assert_eq!(
            one("\"We will not bow,\" said Egyptian President Abdel Fattah el-Sisi."),
            some("Abdel Fattah el-Sisi")
        );
    }
}
