//! Korean, Chinese and Japanese attribution: what the three share.
//!
//! None of the three capitalizes a name, and Chinese and Japanese put no
//! space between words, so the rules of the parent module find nothing
//! here. Each language marks its speaker with a few fixed shapes instead,
//! read in its own file ([`super::korean`], [`super::chinese`],
//! [`super::japanese`]); this file finds the script of a quote's sentence,
//! that sentence's start, and the speaker of an earlier quote for a
//! pronoun or a sentence with no subject (`그는`, `他说：`, `そのうえで「...」と強調しました`).

use super::{Attr, Named, Reader};

/// The script a quote's surroundings are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Ko,
    Zh,
    Ja,
}

/// Bytes read on either side of a quote to tell its script.
const SCRIPT_REACH: usize = 120;

/// Longest sentence read back from a quote, in bytes.
const SENTENCE_REACH: usize = 900;

/// How far back (in paragraphs) the speaker of an earlier quote is carried
/// to a pronoun or a sentence without a subject.
const CARRY_PARAS: usize = 2;

/// Most quotes stepped back over for the speaker before.
const MAX_BACK: usize = 40;

/// A Hangul syllable.
pub(super) fn is_hangul(c: char) -> bool {
    matches!(c, '\u{AC00}'..='\u{D7A3}')
}

/// Hiragana or katakana (with the middle dot and the long-vowel mark).
pub(super) fn is_kana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}')
}

/// A Han character (and the iteration mark `々`).
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{3005}')
}

/// Whether `c` ends a sentence in these languages (the Korean full stop is
/// the Latin one).
fn ends_sentence(c: char) -> bool {
    matches!(c, '\u{3002}' | '\u{FF01}' | '\u{FF1F}' | '.' | '!' | '?')
}

impl Reader<'_, '_> {
    /// The speaker and cue of quote `i` by the Korean, Chinese or Japanese
    /// rules, when the text around it is written in one of them. `found`:
    /// the speakers of the quotes before it.
    pub(super) fn cjk(&self, i: usize, found: &[Attr]) -> Option<(Named, String)> {
        match self.script(i)? {
            Script::Ko => self.korean(i, found),
            Script::Zh => self.chinese(i, found),
            Script::Ja => self.japanese(i, found),
        }
    }

    /// The script of the words around quote `i` (not its own words first: a
    /// Korean article quotes Chinese characters): Hangul makes it Korean,
    /// kana Japanese, Han characters alone Chinese.
    fn script(&self, i: usize) -> Option<Script> {
        let sp = self.cx.spans[i];
        let para = self.cx.paras[sp.para];
        let text = self.cx.text;
        let lo = super::ceil_char(text, sp.open.saturating_sub(SCRIPT_REACH).max(para.start));
        let hi = super::floor_char(text, (sp.close + SCRIPT_REACH).min(para.end)).max(sp.close.min(para.end));
        let around = text[lo..sp.open].chars().chain(text[sp.close.min(hi)..hi].chars());
        let (mut hangul, mut kana, mut han) = (false, false, false);
        for c in around {
            hangul |= is_hangul(c);
            kana |= is_kana(c) && c != '\u{30FB}';
            han |= is_han(c);
        }
        if han && !hangul && !kana {
            // (Han characters alone around it, as a Japanese headline may
            // have them: `松本官房長官「遺憾だ」`; the quote's own kana tell.)
            for c in text[sp.open..sp.close.min(text.len())].chars() {
                hangul |= is_hangul(c);
                kana |= is_kana(c) && c != '\u{30FB}';
            }
        }
        if hangul {
            Some(Script::Ko)
        } else if kana {
            Some(Script::Ja)
        } else if han {
            Some(Script::Zh)
        } else {
            None
        }
    }

    /// Where the sentence holding byte `at` of paragraph `p` starts: after
    /// the last sentence end before `at` that is outside quotes (a Latin
    /// stop only before a space, as Korean prints it).
    pub(super) fn cjk_sentence_start(&self, p: usize, at: usize) -> usize {
        let text = self.cx.text;
        let para = self.cx.paras[p];
        let lo = super::ceil_char(text, at.saturating_sub(SENTENCE_REACH).max(para.start));
        // The top-level quotes in `lo..at`, to be stepped over.
        let k = self.cx.top.partition_point(|&j| self.cx.spans[j].close <= lo);
        let quotes: Vec<(usize, usize)> = self.cx.top[k..]
            .iter()
            .map(|&j| (self.cx.spans[j].open, self.cx.spans[j].close))
            .take_while(|&(o, _)| o < at)
            .collect();
        let mut q = quotes.len();
        let bytes = text.as_bytes();
        for (off, c) in text[lo..at].char_indices().rev() {
            let pos = lo + off;
            while q > 0 && quotes[q - 1].0 > pos {
                q -= 1;
            }
            // (Inside a quote.)
            if q > 0 && pos < quotes[q - 1].1 {
                continue;
            }
            let latin = c.is_ascii();
            let next = bytes.get(pos + 1).copied();
            if ends_sentence(c) && (!latin || next.is_none_or(|b| b.is_ascii_whitespace())) {
                let s = pos + c.len_utf8();
                let rest = &text[s..at];
                return s + (rest.len() - rest.trim_start().len());
            }
        }
        lo
    }

    /// The speaker of the nearest quote before quote `i` that a rule
    /// attributed (a term or a title in quote marks is skipped), in `i`'s
    /// paragraph or the [`CARRY_PARAS`] before it: whom a pronoun or a
    /// missing subject stands for. None when that quote's speaker is
    /// unknown: the sentence goes on about someone the rules could not name.
    pub(super) fn earlier_speaker(&self, i: usize, found: &[Attr]) -> Option<String> {
        let para = self.cx.spans[i].para;
        let w = self
            .cx
            .top
            .partition_point(|&j| self.cx.spans[j].open < self.cx.spans[i].open);
        self.cx.top[..w]
            .iter()
            .rev()
            .take_while(|&&j| self.cx.spans[j].para + CARRY_PARAS >= para)
            .take(MAX_BACK)
            .find(|&&j| found[j].cue.is_some() || found[j].speaker.is_some())
            .and_then(|&j| found[j].speaker.clone())
    }
}
