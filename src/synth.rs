//! Synthetic corpora with known truth, for the precision/recall test and the
//! benchmarks.
//!
//! A corpus is a sequence of *events* (a letter, a speech): each has a date, a
//! speaker and one to five utterances, and is covered by one to a dozen
//! articles from different outlets within three days. Each article quotes
//! some of its event's utterances the way outlets do: in full, truncated, with
//! a word inserted or dropped, a short block substituted, a bracketed
//! insertion, an ellipsis, British or American spelling, straight or curly
//! apostrophes and quote marks, hyphenated or open compounds; its headline
//! may quote a short fragment of its own body quote. Distractors are quotes of
//! no utterance: generic phrases ('comprehensive strategic partnership',
//! 'meaningful') and unrelated sentences that share those phrases with real
//! utterances of other events.
//!
//! Everything follows from the seed (a splitmix64 generator, no global
//! state), and articles are produced one event at a time, so a million
//! articles stream to disk in bounded memory. File numbers are a permutation
//! of the article order, so the articles of one event are not neighbours.
//!
//! ```
//! use quotecheck::synth::{SynthConfig, Generator};
//! let cfg = SynthConfig { articles: 20, seed: 7, ..Default::default() };
//! let a: Vec<_> = Generator::new(&cfg).collect();
//! let b: Vec<_> = Generator::new(&cfg).collect();
//! assert_eq!(a.len(), 20);
//! assert_eq!(a, b);
//! ```

use crate::date::Date;
use crate::error::{Error, Result};
use crate::extract::{ArticleRecord, ExtractConfig, extract_article};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::Path;

/// What to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthConfig {
    /// Number of articles.
    pub articles: usize,
    /// Seed: the same seed gives the same corpus.
    pub seed: u64,
    /// Most articles covering one event.
    pub max_articles_per_event: usize,
    /// Days over which events are spread.
    pub span_days: u32,
}

impl Default for SynthConfig {
    fn default() -> Self {
        SynthConfig {
            articles: 1000,
            seed: 1,
            max_articles_per_event: 12,
            span_days: 730,
        }
    }
}

/// A quote the generator wrote, with the utterance it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthQuote {
    /// The quote id the extractor gives it (`q1`, ... in order of position).
    pub quote: String,
    /// The text between the quote marks.
    pub text: String,
    /// The utterance (`u17`), or `None` for a distractor.
    pub utterance: Option<String>,
}

/// One generated article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynthArticle {
    /// Relative path (`0042/0042137.txt`).
    pub file: String,
    /// The file's content: metadata header and body.
    pub text: String,
    /// Its quotes, in order.
    pub quotes: Vec<TruthQuote>,
}

/// A splitmix64 pseudo-random generator: small, fast, and reproducible.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        SplitMix64(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A uniform integer in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    /// A uniform float in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    /// A uniform integer in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SYLLABLES: &[&str] = &[
    "ba", "be", "bo", "da", "de", "di", "do", "fa", "fe", "ga", "go", "ha", "he", "ka", "ke", "ko", "la", "le", "li",
    "lo", "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "po", "ra", "re", "ri", "ro", "sa", "se", "si",
    "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo", "nor", "mar", "tin", "ser", "lan", "gor", "ven",
];

/// Function words used to glue content words into sentences.
const GLUE: &[&str] = &[
    "the", "the", "the", "of", "of", "and", "and", "to", "to", "in", "a", "for", "with", "on", "by", "that", "as",
    "at", "from", "this", "our", "their", "its", "will", "be", "is", "all", "has", "his", "we",
];

/// Phrases every outlet uses about everything: shared by utterances of
/// different events and by distractor quotes.
const GENERIC: &[&str] = &[
    "comprehensive strategic partnership",
    "meaningful",
    "new high",
    "heroic",
    "permanent",
    "bilateral ties",
    "mutual trust and respect",
    "peace and stability",
    "regional security",
    "sworn friends",
    "greater success",
    "a new era",
    "win-win cooperation",
    "historic milestone",
    "strategic and cooperative",
    "territorial integrity",
    "national interests",
    "international community",
    "full mutual support",
    "high-handed act",
    "great victory",
    "common prosperity",
    "unwavering support",
    "firm stand",
    "deep concern",
    "serious provocation",
    "legitimate right",
    "lasting peace",
    "friendly relations",
    "dearest friend",
];

/// British and American spellings of one word.
const SPELLINGS: &[(&str, &str)] = &[
    ("defence", "defense"),
    ("honour", "honor"),
    ("organise", "organize"),
    ("centre", "center"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("realise", "realize"),
    ("recognise", "recognize"),
    ("neighbour", "neighbor"),
    ("analyse", "analyze"),
];

const OUTLETS: &[&str] = &[
    "AFP",
    "Reuters",
    "AP",
    "UPI",
    "Yonhap",
    "NK News",
    "The Moscow Times",
    "Korea JoongAng Daily",
    "WION",
    "Korea Herald",
    "Kyodo",
    "TASS",
    "Xinhua",
    "BBC",
    "CNN",
    "Al Jazeera",
    "NHK",
    "DW",
    "Le Monde",
    "The Guardian",
    "South China Morning Post",
    "Straits Times",
    "Times of India",
    "Nikkei",
    "RFA",
    "VOA",
    "Daily NK",
    "Arirang",
    "Interfax",
    "RIA Novosti",
];

const AGENCIES: &[&str] = &[
    "KCNA",
    "Yonhap",
    "TASS",
    "Xinhua",
    "the Korean Central News Agency",
    "state media",
];

/// Content words: pseudo-words from syllables, spelling-variant words, and
/// a few possessives and compounds. Index order is frequency order.
fn lexicon(rng: &mut SplitMix64) -> Vec<String> {
    let mut words: Vec<String> = Vec::with_capacity(20_000);
    let mut seen = rustc_hash::FxHashSet::default();
    while words.len() < 20_000 {
        let n = rng.range(2, 4);
        let mut w = String::new();
        for _ in 0..n {
            let syllable: &&str = rng.pick(SYLLABLES);
            w.push_str(syllable);
        }
        if seen.insert(w.clone()) && !GLUE.contains(&w.as_str()) {
            words.push(w);
        }
    }
    words
}

/// Zipf-like pick over ranks `0..n`: `rank + offset` is log-uniform, so
/// frequent content words are frequent without any being as common as a
/// function word.
fn zipf_offset(rng: &mut SplitMix64, n: usize, offset: f64) -> usize {
    let x = offset * ((n as f64 + offset) / offset).powf(rng.unit());
    ((x - offset) as usize).min(n - 1)
}

/// Zipf-like pick of a small count (heavily favours the low values).
fn zipf(rng: &mut SplitMix64, n: usize) -> usize {
    ((n as f64).powf(rng.unit()) as usize).saturating_sub(1).min(n - 1)
}

/// A word of an utterance, before the outlet's typography is applied.
#[derive(Debug, Clone, PartialEq, Eq)]
enum W {
    /// A plain word.
    Plain(String),
    /// A word with a possessive apostrophe (`nation's`).
    Possessive(String),
    /// A hyphenated compound (`long-term`), printed open by some outlets.
    Compound(String, String),
    /// A word with British and American spellings.
    Spelled(usize),
}

/// An outlet's typographic habits.
#[derive(Debug, Clone, Copy)]
struct Style {
    curly: bool,
    american: bool,
    open_compounds: bool,
}

fn render(words: &[W], style: Style, out: &mut String) {
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        match w {
            W::Plain(s) => out.push_str(s),
            W::Possessive(s) => {
                out.push_str(s);
                out.push_str(if style.curly { "\u{2019}s" } else { "'s" });
            }
            W::Compound(a, b) => {
                out.push_str(a);
                out.push(if style.open_compounds { ' ' } else { '-' });
                out.push_str(b);
            }
            W::Spelled(k) => out.push_str(if style.american {
                SPELLINGS[*k].1
            } else {
                SPELLINGS[*k].0
            }),
        }
    }
}

struct Utterance {
    id: u64,
    words: Vec<W>,
}

/// The generator: an iterator over articles, one event at a time.
#[derive(Debug)]
pub struct Generator {
    cfg: SynthConfig,
    rng: SplitMix64,
    lex: Vec<String>,
    produced: usize,
    next_utterance: u64,
    pending: std::collections::VecDeque<SynthArticle>,
    /// Multiplier of the file-number permutation (coprime with the count).
    perm: u64,
}

impl Generator {
    /// A generator for `cfg`.
    pub fn new(cfg: &SynthConfig) -> Generator {
        let mut rng = SplitMix64::new(cfg.seed ^ 0x5157_4F54_4543_4845);
        let lex = lexicon(&mut rng);
        let n = cfg.articles.max(1) as u64;
        let mut perm = 0x9E37_79B9_7F4A_7C15 % n;
        while gcd(perm.max(1), n) != 1 {
            perm += 1;
        }
        Generator {
            cfg: cfg.clone(),
            rng,
            lex,
            produced: 0,
            next_utterance: 0,
            pending: Default::default(),
            perm: perm.max(1),
        }
    }

    fn content_word(&mut self) -> String {
        let i = zipf_offset(&mut self.rng, self.lex.len(), 200.0);
        self.lex[i].clone()
    }

    fn sentence(&mut self, len: usize) -> Vec<W> {
        let mut v = Vec::with_capacity(len);
        while v.len() < len {
            if self.rng.chance(0.35) {
                v.push(W::Plain(self.rng.pick(GLUE).to_string()));
            } else if self.rng.chance(0.03) {
                v.push(W::Spelled(self.rng.below(SPELLINGS.len())));
            } else if self.rng.chance(0.04) {
                let w = self.content_word();
                v.push(W::Possessive(w));
            } else if self.rng.chance(0.04) {
                let (a, b) = (self.content_word(), self.content_word());
                v.push(W::Compound(a, b));
            } else {
                let w = self.content_word();
                v.push(W::Plain(w));
            }
        }
        v
    }

    fn generic_words(phrase: &str) -> Vec<W> {
        phrase.split(' ').map(|w| W::Plain(w.to_string())).collect()
    }

    fn name(&mut self) -> String {
        let mut s = String::new();
        for k in 0..2 {
            if k > 0 {
                s.push(' ');
            }
            let w = self.lex[self.rng.range(500, self.lex.len() - 1)].clone();
            let mut c = w.chars();
            if let Some(f) = c.next() {
                s.extend(f.to_uppercase());
                s.push_str(c.as_str());
            }
        }
        s
    }

    /// The articles of the next event (`None` when all articles are out).
    /// Utterance ids are unique to an event, so its truth families are
    /// complete when it is returned.
    pub fn next_event(&mut self) -> Option<Vec<SynthArticle>> {
        if self.produced >= self.cfg.articles {
            return None;
        }
        let rng = &mut self.rng;
        let remaining = self.cfg.articles - self.produced;
        let n_articles = (1 + zipf(rng, self.cfg.max_articles_per_event.max(1))).min(remaining);
        let day0 = rng.below(self.cfg.span_days.max(1) as usize) as i64;
        let speaker = self.name();
        let n_utt = self.rng.range(1, 5);
        let mut utts = Vec::with_capacity(n_utt);
        // Generic phrases this event already uses: a distractor never repeats
        // one, or two outlets quoting it would be the same utterance after all.
        let mut generic_used: Vec<&'static str> = Vec::new();
        for _ in 0..n_utt {
            let len = self.rng.range(12, 40);
            let mut words = self.sentence(len);
            if self.rng.chance(0.3) {
                let g = *self.rng.pick(GENERIC);
                generic_used.push(g);
                let at = self.rng.below(words.len());
                let gw = Self::generic_words(g);
                words.splice(at..at, gw);
            }
            utts.push(Utterance {
                id: self.next_utterance,
                words,
            });
            self.next_utterance += 1;
        }
        let mut out = Vec::with_capacity(n_articles);
        for _ in 0..n_articles {
            let article = self.article(self.produced, day0, &speaker, &utts, &mut generic_used);
            self.produced += 1;
            out.push(article);
        }
        Some(out)
    }

    fn article(
        &mut self,
        idx: usize,
        day0: i64,
        speaker: &str,
        utts: &[Utterance],
        generic_used: &mut Vec<&'static str>,
    ) -> SynthArticle {
        let number = (idx as u64 * self.perm) % self.cfg.articles.max(1) as u64;
        let file = format!("{:04}/{:07}.txt", number / 1000, number);
        let date = date_from_day(day0 + self.rng.below(3) as i64);
        let outlet = *self.rng.pick(OUTLETS);
        let style = Style {
            curly: self.rng.chance(0.5),
            american: self.rng.chance(0.5),
            open_compounds: self.rng.chance(0.3),
        };
        let (open, close) = if style.curly {
            ('\u{201C}', '\u{201D}')
        } else {
            ('"', '"')
        };
        // Which utterances this article quotes, and how.
        let mut chosen: Vec<usize> = (0..utts.len()).filter(|_| self.rng.chance(0.7)).collect();
        if chosen.is_empty() {
            chosen.push(self.rng.below(utts.len()));
        }
        // (words, utterance id or None for a distractor)
        let mut body_quotes: Vec<(Vec<W>, Option<u64>)> = Vec::new();
        for (k, &u) in chosen.iter().enumerate() {
            let words = self.variant(&utts[u].words, k == 0);
            // Articles often come back to a quote they printed: a second,
            // shorter excerpt of their own version.
            if words.len() >= 12 && self.rng.chance(0.3) {
                let len = self.rng.range(4, 8);
                let start = self.rng.below(words.len() - len + 1);
                let again = words[start..start + len].to_vec();
                body_quotes.push((again, Some(utts[u].id)));
            }
            body_quotes.push((words, Some(utts[u].id)));
        }
        // Distractors: generic phrases not used by this event's utterances, and unrelated sentences.
        let n_distract = self.rng.range(0, 3);
        for _ in 0..n_distract {
            if self.rng.chance(0.5) {
                let g = *self.rng.pick(GENERIC);
                if generic_used.contains(&g) {
                    continue;
                }
                generic_used.push(g);
                body_quotes.push((Self::generic_words(g), None));
            } else {
                let len = self.rng.range(8, 25);
                let mut words = self.sentence(len);
                let g = *self.rng.pick(GENERIC);
                if !generic_used.contains(&g) {
                    generic_used.push(g);
                    let at = self.rng.below(words.len());
                    words.splice(at..at, Self::generic_words(g));
                }
                body_quotes.push((words, None));
            }
        }
        // Shuffle the order of quotes in the body.
        for i in (1..body_quotes.len()).rev() {
            let j = self.rng.below(i + 1);
            body_quotes.swap(i, j);
        }
        let mut text = String::with_capacity(2048);
        text.push_str(&format!("outlet: {outlet}\ndate: {date}\n---\n"));
        let mut quotes: Vec<TruthQuote> = Vec::new();
        // Headline, perhaps quoting a fragment of a long body quote.
        let headline_src = body_quotes
            .iter()
            .position(|q| {
                q.1.is_some()
                    && q.0.len() >= 10
                    && q.0
                        .iter()
                        .all(|w| matches!(w, W::Plain(s) if !s.starts_with('[') && s != "..."))
            })
            .filter(|_| self.rng.chance(0.4));
        text.push_str(&format!("# {} ", speaker));
        let verb: &&str = self.rng.pick(&["hails", "warns", "praises", "vows", "urges"]);
        text.push_str(verb);
        let fragment = headline_src.and_then(|h| {
            // A headline quotes a telling phrase: content words at both ends.
            let words = &body_quotes[h].0;
            let content = |w: &W| !matches!(w, W::Plain(s) if GLUE.contains(&s.as_str()));
            (0..8).find_map(|_| {
                let len = self.rng.range(2, 4);
                let start = self.rng.below(words.len() - len);
                let run = &words[start..start + len];
                (content(&run[0]) && content(&run[len - 1])).then_some((h, start, len))
            })
        });
        if let Some((h, start, len)) = fragment {
            let words = &body_quotes[h].0;
            let mut frag = String::new();
            render(&words[start..start + len], style, &mut frag);
            text.push_str(&format!(" '{frag}'"));
            quotes.push(TruthQuote {
                quote: String::new(),
                text: frag,
                utterance: body_quotes[h].1.map(|u| format!("u{u}")),
            });
        }
        text.push_str(" in new message\n\n");
        let filler_len = self.rng.range(10, 25);
        let filler = self.sentence(filler_len);
        let mut f = String::new();
        render(&filler, style, &mut f);
        text.push_str(&capitalize(&f));
        text.push_str(".\n\n");
        for (words, utt) in &body_quotes {
            let mut q = String::new();
            render(words, style, &mut q);
            let form = self.rng.below(3);
            let quoted = match form {
                0 => {
                    q.push('.');
                    text.push_str(&format!("{speaker} said {open}{q}{close}\n\n"));
                    q
                }
                1 => {
                    q.push(',');
                    let who = self.rng.pick(AGENCIES);
                    text.push_str(&format!("{open}{q}{close} {speaker} said, according to {who}.\n\n"));
                    q
                }
                _ => {
                    text.push_str(&format!(
                        "{speaker} also spoke of {open}{q}{close} during the meeting.\n\n"
                    ));
                    q
                }
            };
            quotes.push(TruthQuote {
                quote: String::new(),
                text: quoted,
                utterance: utt.map(|u| format!("u{u}")),
            });
            if self.rng.chance(0.5) {
                let len = self.rng.range(8, 20);
                let filler = self.sentence(len);
                let mut f = String::new();
                render(&filler, style, &mut f);
                text.push_str(&capitalize(&f));
                text.push_str(".\n\n");
            }
        }
        for (i, q) in quotes.iter_mut().enumerate() {
            q.quote = format!("q{}", i + 1);
        }
        SynthArticle { file, text, quotes }
    }

    /// How one outlet quotes an utterance. The first quote of an article is
    /// its main one: in full or nearly.
    fn variant(&mut self, words: &[W], main: bool) -> Vec<W> {
        let mut v: Vec<W> = words.to_vec();
        let n = v.len();
        // Truncation.
        if !main && self.rng.chance(0.5) || main && self.rng.chance(0.15) {
            let min_len = if main { (n * 2 / 3).max(8) } else { 6 };
            let len = self.rng.range(min_len.min(n), n);
            let start = self.rng.below(n - len + 1);
            v = v[start..start + len].to_vec();
        }
        // Word-level edits, on quotes long enough that an outlet's edit
        // leaves them recognizable.
        let edits = if v.len() >= 10 { self.rng.below(3) } else { 0 };
        for _ in 0..edits {
            let len = v.len();
            match self.rng.below(5) {
                0 => {
                    let at = self.rng.range(1, len - 1);
                    let w = self.content_word();
                    v.insert(at, W::Plain(w));
                }
                1 => {
                    let at = self.rng.range(1, len - 2);
                    v.remove(at);
                }
                2 => {
                    let at = self.rng.range(1, len - 4);
                    let k = self.rng.range(2, 3);
                    let rep_len = self.rng.range(1, 3);
                    let rep = self.sentence(rep_len);
                    v.splice(at..at + k, rep);
                }
                3 => {
                    let at = self.rng.range(1, len - 1);
                    let b = format!("[{}]", self.content_word());
                    v.insert(at, W::Plain(b));
                }
                _ => {
                    if len >= 14 {
                        let at = self.rng.range(4, len - 6);
                        let k = self.rng.range(2, 4);
                        v.splice(at..at + k, [W::Plain("...".into())]);
                    }
                }
            }
        }
        v
    }
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn date_from_day(day: i64) -> Date {
    // Day 0 is 2024-01-01.
    let base = Date::new(2024, 1, 1).expect("valid").days_since_epoch();
    let target = base + day;
    // Walk months: cheap enough for a generator (a few hundred steps at most).
    let (mut y, mut m) = (2024, 1u8);
    loop {
        let first = Date::new(y, m, 1).expect("valid").days_since_epoch();
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let next = Date::new(ny, nm, 1).expect("valid").days_since_epoch();
        if target < next {
            return Date::new(y, m, (target - first + 1) as u8).expect("day within month");
        }
        y = ny;
        m = nm;
    }
}

impl Iterator for Generator {
    type Item = SynthArticle;

    fn next(&mut self) -> Option<SynthArticle> {
        if self.pending.is_empty() {
            let event = self.next_event()?;
            self.pending.extend(event);
        }
        self.pending.pop_front()
    }
}

/// What [`write_corpus`] wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SynthSummary {
    /// Articles written.
    pub articles: u64,
    /// Quotes in them.
    pub quotes: u64,
    /// Utterances quoted at least twice.
    pub families: u64,
}

/// The truth file: utterances quoted at least twice, with their quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Truth {
    /// The generator's seed.
    pub seed: u64,
    /// The families.
    pub families: Vec<TruthFamily>,
}

/// One utterance and the quotes of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthFamily {
    /// `u17`.
    pub id: String,
    /// The quotes, in the order they were written.
    pub members: Vec<TruthMember>,
}

/// One quote of a truth family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TruthMember {
    /// The file, relative to the corpus directory.
    pub file: String,
    /// The quote id.
    pub quote: String,
    /// The text between the marks.
    pub text: String,
}

/// Writes `cfg.articles` articles under `dir` (in subdirectories of a
/// thousand) and `dir/truth.json`, one event at a time: memory holds one
/// event's articles, whatever the size of the corpus.
pub fn write_corpus(cfg: &SynthConfig, dir: &Path) -> Result<SynthSummary> {
    let werr = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Write { path, source }
    };
    std::fs::create_dir_all(dir).map_err(werr(dir))?;
    let truth_path = dir.join("truth.json");
    let mut truth = std::io::BufWriter::new(std::fs::File::create(&truth_path).map_err(werr(&truth_path))?);
    write!(truth, "{{\"seed\":{},\"families\":[", cfg.seed).map_err(werr(&truth_path))?;
    let mut summary = SynthSummary::default();
    let mut made_dirs = rustc_hash::FxHashSet::default();
    let mut generator = Generator::new(cfg);
    while let Some(event) = generator.next_event() {
        let mut families: Vec<TruthFamily> = Vec::new();
        for a in event {
            let path = dir.join(&a.file);
            if let Some(parent) = path.parent()
                && made_dirs.insert(parent.to_path_buf())
            {
                std::fs::create_dir_all(parent).map_err(werr(parent))?;
            }
            std::fs::write(&path, &a.text).map_err(werr(&path))?;
            summary.articles += 1;
            summary.quotes += a.quotes.len() as u64;
            for q in a.quotes {
                let Some(u) = q.utterance else { continue };
                let member = TruthMember {
                    file: a.file.clone(),
                    quote: q.quote,
                    text: q.text,
                };
                match families.iter_mut().find(|f| f.id == u) {
                    Some(f) => f.members.push(member),
                    None => families.push(TruthFamily {
                        id: u,
                        members: vec![member],
                    }),
                }
            }
        }
        for f in families.into_iter().filter(|f| f.members.len() >= 2) {
            if summary.families > 0 {
                truth.write_all(b",").map_err(werr(&truth_path))?;
            }
            serde_json::to_writer(&mut truth, &f)
                .map_err(std::io::Error::from)
                .map_err(werr(&truth_path))?;
            summary.families += 1;
        }
    }
    truth.write_all(b"]}\n").map_err(werr(&truth_path))?;
    truth.flush().map_err(werr(&truth_path))?;
    Ok(summary)
}

/// Two tiny articles quoting one utterance (a full version and a fragment),
/// for examples and doctests.
pub fn tiny_records() -> Vec<ArticleRecord> {
    let texts = [
        (
            "a.txt",
            "outlet: A\ndate: 2024-12-31\n---\nKim called Putin his \"dearest friend and comrade, the hero of the \
             fraternal Russian people,\" KCNA said.\n",
        ),
        (
            "b.txt",
            "outlet: B\ndate: 2025-01-01\n---\nKim hailed his \"dearest friend and comrade, the hero of the fraternal \
             Russian people,\" state media said.\n",
        ),
    ];
    texts
        .iter()
        .filter_map(|(name, text)| {
            let loaded = crate::corpus::article_from_bytes(
                name,
                text.as_bytes().to_vec(),
                false,
                None,
                &crate::corpus::LoadConfig::default(),
            );
            loaded.article.map(|a| extract_article(&a, &ExtractConfig::default()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_walk_the_calendar() {
        assert_eq!(date_from_day(0).to_string(), "2024-01-01");
        assert_eq!(date_from_day(59).to_string(), "2024-02-29");
        assert_eq!(date_from_day(366).to_string(), "2025-01-01");
    }

    #[test]
    fn file_numbers_are_a_permutation() {
        let cfg = SynthConfig {
            articles: 300,
            seed: 3,
            ..Default::default()
        };
        let mut files: Vec<String> = Generator::new(&cfg).map(|a| a.file).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), 300);
    }

    #[test]
    fn splitmix_is_reproducible_and_spread() {
        let mut a = SplitMix64::new(1);
        let mut b = SplitMix64::new(1);
        assert_eq!(a.next_u64(), b.next_u64());
        let mut counts = [0usize; 4];
        for _ in 0..4000 {
            counts[a.below(4)] += 1;
        }
        assert!(counts.iter().all(|&c| c > 900), "{counts:?}");
    }
}
