//! The pairing state machine: quote marks in, quoted spans out.
//!
//! Each paragraph is scanned on its own with a stack of open marks, so one bad
//! mark never costs more than its paragraph. Whether a mark may open or close
//! is decided by its shape and by what stands on each side of it (the
//! "flanking" rules CommonMark uses for emphasis); single marks are first
//! told apart from apostrophes. A quote still open at the end of its
//! paragraph is either continued (the next paragraph reopens it, the
//! convention for multi-paragraph quotes) or flagged unclosed.
//!
//! Work is linear: each mark looks at most [`MAX_CLOSE_SEARCH`] stack entries
//! and the stack holds at most [`MAX_DEPTH`] marks.

use super::layout::{Breaks, MIN_BODY_BYTES, Paragraph, context_bounds};
use super::marks::{Family, Mark, Shape, classify, is_quote_mark};
use super::promo::{goes_on_with_links, is_link_row, is_print_footer, is_promo_line, is_promo_marker, is_shouted_link};
use super::{ExtractConfig, Quote, QuoteId};

/// Deepest nesting followed; marks deeper than this are passed over (and so
/// are the marks that close them).
pub const MAX_DEPTH: usize = 32;
/// How many open marks, from the innermost, a closing mark may close.
pub const MAX_CLOSE_SEARCH: usize = 8;
/// Longest context kept on each side of a quote, in bytes.
const MAX_CONTEXT_BYTES: usize = 400;

/// A quoted span before ids are given.
#[derive(Debug, Clone)]
pub struct Span {
    start: usize,
    end: usize,
    open: Mark,
    close: Option<Mark>,
    unclosed: bool,
    continued: bool,
    continues: Option<usize>,
    para: usize,
}

/// Work done by one extraction, counted so tests can check that it grows
/// linearly with the input instead of timing it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WorkStats {
    /// Quote marks examined.
    pub marks: usize,
    /// Stack entries looked at while searching for an opener to close.
    pub stack_probes: usize,
    /// Bytes copied into quote texts and contexts.
    pub bytes_copied: usize,
    /// Bytes the speaker rules split into words: the one pass that builds the
    /// registry of names, each paragraph holding quotes once, and the
    /// stretches of sentences read directly (window edges, earlier sentences
    /// searched for a pronoun's person).
    pub speaker_bytes: usize,
    /// Tokens in the windows the speaker rules examine (each quote's
    /// sentence, each parent quote's words once for all its children).
    pub speaker_tokens: usize,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
    continues: Option<usize>,
}

/// Finds the quoted spans of a text, paragraph by paragraph.
pub fn scan(text: &str, paras: &[Paragraph], _cfg: &ExtractConfig, stats: &mut WorkStats) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    // The outermost quote left open at the end of the previous paragraph.
    let mut carry: Option<(Family, usize)> = None;
    // Looked for once in the whole text: most texts hold neither.
    let may_hold_code_or_urls = text.contains('`') || text.contains("://");
    // Likewise the Hebrew gershayim: its lead byte starts every Hebrew
    // letter, so it is looked for only in a text that holds one.
    let may_hold_gershayim = text.contains(GERSHAYIM);
    // One buffer each for every paragraph's marks and open marks.
    let mut marks: Vec<Mark> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    // Below a `More on this story` or `Related` line, the lines that read as
    // titles are links to other articles, whose quoted headlines nobody
    // here said (an article's headline may be longer than a sub-head). (Only
    // below the first body paragraph: above it, a `Top stories` menu may
    // stand over the headline.)
    let mut in_promo = false;
    let mut body_seen = false;
    for (pi, p) in paras.iter().enumerate() {
        let line = &text[p.start..p.end];
        body_seen |= !p.headline && line.len() >= MIN_BODY_BYTES;
        if body_seen && is_promo_marker(line) {
            in_promo = true;
            carry = None;
            continue;
        }
        in_promo &= goes_on_with_links(line, p.titled);
        if in_promo
            || is_promo_line(line)
            || is_print_footer(line)
            || is_link_row(line)
            || (body_seen && is_shouted_link(line))
        {
            carry = None;
            continue;
        }
        find_marks(text, p.start, p.end, may_hold_gershayim, &mut marks);
        if !marks.is_empty() && may_hold_code_or_urls {
            drop_marks_in_code_and_urls(text, p, &mut marks);
        }
        if marks.is_empty() && carry.is_some() && is_page_furniture(&text[p.start..p.end]) {
            // `Advertisement` between two parts of a continued quote.
            continue;
        }
        let mut decider = NextDecider::default();
        let mut passed_over = [0u32; 7];
        let incoming = carry.take();
        stats.marks += marks.len();
        for (mi, m) in marks.iter().enumerate() {
            let (left, right) = flanks(text, p, m);
            if m.family == Family::Single
                && is_apostrophe(text, p, &marks, mi, &mut decider, || {
                    stack.iter().any(|o| o.mark.family == Family::Single)
                })
            {
                continue;
            }
            if is_prime(text, p, m) || is_gershayim(text, p, m) {
                continue;
            }
            // A paragraph continuing a guillemet quote may reopen it with
            // either guillemet, spaced or not (Spanish and older French
            // print `»` at the start of each further paragraph).
            let reopens_guillemet = matches!(m.family, Family::Guillemet | Family::SingleGuillemet)
                && stack.is_empty()
                && m.pos == p.start
                && incoming.is_some_and(|(f, _)| f == m.family);
            let (can_open, can_close) = if reopens_guillemet {
                (true, false)
            } else {
                roles(text, p, m, left, right)
            };
            let fam = m.family as usize;
            if can_close {
                // A mark passed over for depth is closed first.
                if passed_over[fam] > 0 {
                    passed_over[fam] -= 1;
                    continue;
                }
                let found = stack
                    .iter()
                    .enumerate()
                    .rev()
                    .take(MAX_CLOSE_SEARCH)
                    .inspect(|_| stats.stack_probes += 1)
                    .find(|(_, o)| super::marks::closes(&o.mark, m))
                    .map(|(k, _)| k);
                let top = stack.len().saturating_sub(1);
                if let Some(k) = found.filter(|&k| k == top || !can_open) {
                    // Marks opened inside and never closed: single ones were
                    // apostrophes after all; others end here, unclosed.
                    for inner in stack.drain(k + 1..).rev() {
                        if inner.mark.family != Family::Single {
                            push_span(&mut spans, text, inner, None, m.pos, pi, true);
                        }
                    }
                    let o = stack.pop().expect("k < len");
                    push_span(&mut spans, text, o, Some(*m), m.pos, pi, false);
                    continue;
                }
            }
            if can_open {
                if stack.len() >= MAX_DEPTH {
                    passed_over[fam] += 1;
                    continue;
                }
                let mut mark = *m;
                let continues = match incoming {
                    Some((f, idx)) if stack.is_empty() && m.pos == p.start && f == m.family => {
                        spans[idx].unclosed = false;
                        spans[idx].continued = true;
                        // The part goes on as the quote was opened: `«...` reopened
                        // by `»` closes with `»`, German `»...` reopened by `»` with `«`.
                        mark.shape = spans[idx].open.shape;
                        Some(idx)
                    }
                    _ => None,
                };
                stack.push(Open { mark, continues });
            }
        }
        // Whatever is still open runs to the end of the paragraph (which
        // leaves the stack empty for the next one).
        let mut outermost: Option<(Family, usize)> = None;
        let lone = stack.iter().filter(|o| o.mark.family != Family::Single).count() == 1;
        let single_goes_on =
            stack.len() == 1 && !p.headline && single_quote_goes_on(text, p, stack[0].mark, paras.get(pi + 1));
        for o in stack.drain(..) {
            if o.mark.family == Family::Single && !single_goes_on {
                continue;
            }
            // `"This is hollow, said a diplomat.`: the closing mark was
            // forgotten before the attribution, which is not the quote (and
            // a quote its attribution ends goes on in no later paragraph).
            let cut = if lone {
                attribution_cut(text, o.mark.pos + o.mark.len, p.end)
            } else {
                None
            };
            if let Some(idx) = push_span(&mut spans, text, o, None, cut.unwrap_or(p.end), pi, true)
                && outermost.is_none()
                && cut.is_none()
            {
                outermost = Some((o.mark.family, idx));
            }
        }
        if !p.headline {
            carry = outermost;
        }
    }
    spans
}

/// Whether a single mark left open at the end of paragraph `p` opens a
/// quote that goes on in the next paragraph, by the convention of
/// reopening without closing (British style: `she said: 'When I got
/// there, I knew.` then `'He still wakes up screaming.'`). An open single
/// mark is an apostrophe unless both ends say otherwise: it opens a
/// sentence (after a colon or comma and a space, or at the paragraph's
/// start, before a capital) and the next paragraph opens with a single
/// mark before a capital.
fn single_quote_goes_on(text: &str, p: &Paragraph, open: Mark, next: Option<&Paragraph>) -> bool {
    let Some(next) = next else { return false };
    let before = text[p.start..open.pos].trim_end_matches(' ');
    let opens_sentence = open.pos == p.start || before.ends_with(':') || before.ends_with(',');
    let capital_after = |at: usize| text[at..].chars().next().is_some_and(char::is_uppercase);
    if !opens_sentence || !capital_after(open.pos + open.len) {
        return false;
    }
    let reopened = &text[next.start..next.end];
    ['\'', '\u{2018}']
        .iter()
        .find_map(|m| reopened.strip_prefix(*m))
        .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
}

/// Longest line of page furniture, in bytes.
const MAX_FURNITURE_BYTES: usize = 60;

/// A line that pages put between an article's paragraphs and that readers
/// skip (`Advertisement`, `Story continues below advertisement`, `Continue
/// reading the main story`): it does not end a quote continued across it.
fn is_page_furniture(line: &str) -> bool {
    if line.len() > MAX_FURNITURE_BYTES {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    [
        "advertisement",
        "continue reading",
        "continues below",
        "scroll to continue",
        "sponsored",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// Longest attribution [`attribution_cut`] takes off an unclosed quote.
const MAX_ATTRIBUTION_BYTES: usize = 100;

/// Where an unclosed quote `start..end` ends when it closes with an
/// attribution its writer forgot to set off: just after the comma of `...,
/// said a European diplomat.` or `..., Smith said.`, when what follows the
/// comma is short, holds no quote mark and ends the paragraph's sentence.
fn attribution_cut(text: &str, start: usize, end: usize) -> Option<usize> {
    let body = &text[start..end];
    let lo = body.len().saturating_sub(MAX_ATTRIBUTION_BYTES + 2);
    let lo = (lo..=body.len()).find(|&k| body.is_char_boundary(k))?;
    let comma = lo + body[lo..].rfind(", ")?;
    let tail = body[comma + 2..].trim_end();
    if tail.is_empty() || !tail.ends_with('.') || tail.chars().any(is_quote_mark) || tail.contains(['!', '?', ';']) {
        return None;
    }
    let words: Vec<&str> = tail.trim_end_matches('.').split(' ').collect();
    let cue = |w: &str| matches!(w, "said" | "says" | "added" | "told" | "asked" | "wrote" | "recalled");
    // `, said a European diplomat.`, `, Smith said.`, `, the minister told reporters.`
    let inverted = words.first().is_some_and(|w| cue(w)) && words.len() >= 2;
    let subject_first = words.len() <= 6
        && words
            .iter()
            .position(|w| cue(w))
            .is_some_and(|k| k >= 1 && k + 3 >= words.len())
        && (words[0].starts_with(char::is_uppercase) || matches!(words[0], "he" | "she" | "they" | "the" | "a" | "an"));
    let before = body[..comma].trim_end();
    ((inverted || subject_first) && before.chars().any(char::is_alphanumeric)).then_some(start + comma + 1)
}

/// Records a span (trimmed of white space inside the marks); returns its
/// index, or `None` when nothing but punctuation stood between the marks.
fn push_span(
    spans: &mut Vec<Span>,
    text: &str,
    open: Open,
    close: Option<Mark>,
    end: usize,
    para: usize,
    unclosed: bool,
) -> Option<usize> {
    let raw_start = open.mark.pos + open.mark.len;
    let inner = &text[raw_start..end];
    let trimmed_start = inner.trim_start();
    let start = raw_start + (inner.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end().len();
    if !text[start..end].chars().any(is_alnum) {
        return None;
    }
    spans.push(Span {
        start,
        end,
        open: open.mark,
        close,
        unclosed,
        continued: open.continues.is_some(),
        continues: open.continues,
        para,
    });
    Some(spans.len() - 1)
}

/// The Hebrew gershayim, a quote mark in Hebrew news (`״...״`) and the mark
/// of an acronym (`צה״ל`).
const GERSHAYIM: char = '\u{05F4}';
/// The UTF-8 bytes of [`GERSHAYIM`]: D7 is also the lead byte of every Hebrew
/// letter.
const GERSHAYIM_BYTES: [u8; 2] = [0xD7, 0xB4];

/// Bytes that can begin a quote mark: ASCII `"`, `'`, `` ` `` and the lead
/// bytes of the non-ASCII marks (C2: « »; E2: ‘ ’ ‚ ‛ “ ” „ ‟ ‹ ›; E3: 「 」 『 』 〝 〞 〟;
/// EF: ＂ ｢ ｣). The gershayim's lead byte (D7) is looked for apart, see
/// [`find_may_start_mark`].
static MAY_START_MARK: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'`' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    t
};

/// The first byte of `bytes` in [`MAY_START_MARK`] (or, with `gershayim`,
/// the gershayim's lead byte D7), skipping eight bytes at a time the words
/// that hold none. (Without a gershayim in the text D7 is not looked for,
/// so Hebrew text without one costs no more than before.)
fn find_may_start_mark(bytes: &[u8], gershayim: bool) -> Option<usize> {
    use super::bytescan::{HIGHS, eq_mask, find_by_word};
    let lead = GERSHAYIM_BYTES[0];
    find_by_word(
        bytes,
        |w| {
            eq_mask(w, b'"') | eq_mask(w, b'\'') | eq_mask(w, b'`') != 0
                || (w & HIGHS != 0
                    && (eq_mask(w, 0xC2) | eq_mask(w, 0xE2) | eq_mask(w, 0xE3) | eq_mask(w, 0xEF) != 0
                        || (gershayim && eq_mask(w, lead) != 0)))
        },
        |b| MAY_START_MARK[b as usize] || (gershayim && b == lead),
    )
}

/// The quote marks of a paragraph, with doubled single marks (`''`, `‘‘`,
/// ``` `` ```) read as one double mark, into `out` (emptied first).
/// `gershayim`: the text may hold a [`GERSHAYIM`].
fn find_marks(text: &str, start: usize, end: usize, gershayim: bool, out: &mut Vec<Mark>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut k = start;
    while k < end {
        // Skip fast to the bytes that can start a quote mark.
        let Some(off) = find_may_start_mark(&bytes[k..end], gershayim) else {
            break;
        };
        let pos = k + off;
        if bytes[pos] == GERSHAYIM_BYTES[0] && bytes.get(pos + 1) != Some(&GERSHAYIM_BYTES[1]) {
            // A Hebrew letter (two bytes).
            k = pos + 2;
            continue;
        }
        let c = text[pos..].chars().next().expect("char boundary");
        k = pos + c.len_utf8();
        let next = if k < end { text[k..].chars().next() } else { None };
        let doubled = next.filter(|&n| n == c && matches!(c, '\'' | '\u{2018}' | '\u{2019}' | '`'));
        if let Some(n) = doubled {
            k += n.len_utf8();
            let shape = match c {
                '\'' => Shape::Straight,
                '\u{2019}' => Shape::Right,
                _ => Shape::Left,
            };
            out.push(Mark {
                pos,
                len: c.len_utf8() + n.len_utf8(),
                ch: c,
                family: Family::Double,
                shape,
            });
            continue;
        }
        if let Some((family, shape)) = classify(c) {
            out.push(Mark {
                pos,
                len: c.len_utf8(),
                ch: c,
                family,
                shape,
            });
        }
    }
}

fn char_before(text: &str, p: &Paragraph, pos: usize) -> Option<char> {
    if pos <= p.start {
        None
    } else {
        text[..pos].chars().next_back()
    }
}

fn char_after(text: &str, p: &Paragraph, m: &Mark) -> Option<char> {
    let at = m.pos + m.len;
    if at >= p.end { None } else { text[at..].chars().next() }
}

/// `char::is_alphanumeric` with fast answers for ASCII and for quote marks
/// (the slow Unicode table lookup dominated mark-dense text).
fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{2000}'..='\u{206F}').contains(&c) || c == '\u{00AB}' || c == '\u{00BB}' {
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Punctuation for the flanking rules (quote marks included).
fn is_punct(c: char) -> bool {
    // The ASCII quote marks are ASCII punctuation.
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    is_quote_mark(c)
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || matches!(c, '\u{00A1}' | '\u{00BF}' | '\u{00B7}' | '\u{2E3A}' | '\u{2E3B}')
}

/// Letters of Chinese, Japanese and Korean writing (ideographs, kana,
/// Hangul), which use no apostrophes, and their full-width forms.
fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF10}'..='\u{FF19}'
        | '\u{FF21}'..='\u{FF3A}'
        | '\u{FF41}'..='\u{FF5A}')
}

/// The full stop, commas, colon, semicolon and question and exclamation
/// marks of Chinese and Japanese text.
fn is_cjk_clause_punct(c: char) -> bool {
    matches!(
        c,
        '\u{3001}' | '\u{3002}' | '\u{FF0C}' | '\u{FF1A}' | '\u{FF1B}' | '\u{FF01}' | '\u{FF1F}' | '\u{FF0E}'
    )
}

/// Punctuation that may follow a closing quote mark.
fn is_closing_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '\u{2026}' | '\u{2013}' | '\u{2014}'
    ) || is_quote_mark(c)
}

/// (left-flanking, right-flanking): may the mark open (it leans on what
/// follows), may it close (it leans on what precedes).
fn flanks(text: &str, p: &Paragraph, m: &Mark) -> (bool, bool) {
    let prev = char_before(text, p, m.pos);
    let next = char_after(text, p, m);
    let prev_ws = prev.is_none_or(char::is_whitespace);
    let next_ws = next.is_none_or(char::is_whitespace);
    // A mark after `。` or `，` leans on it as on a word: Chinese and
    // Japanese put no space there (`表示：“中方坚决反对。”她说`).
    let prev_p = prev.is_some_and(|c| is_punct(c) && !is_cjk_clause_punct(c));
    let next_p = next.is_some_and(is_punct);
    let left = !next_ws && (!next_p || prev_ws || prev_p);
    let right = !prev_ws && (!prev_p || next_ws || next_p);
    (left, right)
}

/// (may open, may close), from shape and flanking.
fn roles(text: &str, p: &Paragraph, m: &Mark, left: bool, right: bool) -> (bool, bool) {
    match m.shape {
        // French typed with straight marks keeps its spaces inside them
        // (`" nous ne céderons pas "`, `" démission ! ".`): a straight
        // double mark after a space closes a quote when one is open.
        Shape::Straight if m.family == Family::Double && !right => {
            let prev = char_before(text, p, m.pos);
            let next = char_after(text, p, m);
            // (Before another quote mark it is not: `' ""`.)
            let spaced = prev.is_none_or(char::is_whitespace)
                && next.is_none_or(|c| c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')'));
            if spaced {
                (left || next.is_some_and(char::is_whitespace), true)
            } else {
                (left, right)
            }
        }
        Shape::Straight => (left, right),
        // “ ‘: open unless clearly closing; close when leaning on what
        // precedes and followed by nothing that a quote could start with
        // (German „...“, and “ closing after a nested ‘ in „...‚...‘“).
        Shape::Left => {
            let next = char_after(text, p, m);
            let closing_context = next.is_none_or(|c| c.is_whitespace() || is_closing_punct(c));
            (left || !right, right && (!left || closing_context))
        }
        // ” ’: close unless clearly opening; open only when clearly opening.
        Shape::Right => (left && !right, right || !left),
        Shape::Low => (true, false),
        Shape::Open => match m.family {
            Family::Guillemet | Family::SingleGuillemet => (true, true),
            _ => (true, false),
        },
        Shape::Close => match m.family {
            // German »...«: a » opens when it leans on the following word.
            Family::Guillemet | Family::SingleGuillemet => {
                let prev = char_before(text, p, m.pos);
                (left && prev.is_none_or(|c| c.is_whitespace() || is_punct(c)), true)
            }
            _ => (false, true),
        },
    }
}

/// Words written with a leading apostrophe (`'em`, `'til`) that a quote
/// may also start with (`'cause for concern'`).
const ELISIONS: &[&str] = &["em", "tis", "twas", "til", "cause", "bout", "cos", "fraid", "nuff"];
/// Elisions that also start a sentence (`’Tis the season`): no quote starts
/// with these words.
const CAPITAL_ELISIONS: &[&str] = &["Tis", "Twas"];

/// Whether a single mark is an apostrophe rather than a quote mark:
/// between two letters or digits (`Year’s`, `don't`, `5'10`); a plural
/// possessive (`ladies' exchange`) when the next single mark that is not
/// itself one of these can only close a quote: in `'the workers' party is
/// strong,'` the quote closes after `strong,`; in `'yes' and 'no'` the next
/// mark opens a quote, so `yes'` closes one; before an elided word or year
/// (`'em`, `'90s`) unless no single quote is open and the next such mark can
/// only close one: `rated it '10 out of 10'`, `called it 'cause for
/// concern'` are quotes, `'I loved the '90s,' she said` has an apostrophe.
fn is_apostrophe(
    text: &str,
    p: &Paragraph,
    marks: &[Mark],
    i: usize,
    decider: &mut NextDecider,
    single_open: impl FnOnce() -> bool,
) -> bool {
    match single_kind(text, p, &marks[i]) {
        SingleKind::Apostrophe => true,
        SingleKind::Possessive => decider.closer_after(text, p, marks, i),
        SingleKind::Elided => single_open() || !decider.closer_after(text, p, marks, i),
        SingleKind::Mark => false,
    }
}

/// What a single mark is by its surroundings alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SingleKind {
    /// Between letters or digits, or before a word that is only ever
    /// elided (`'n'`, `'Tis`, Dutch `'s avonds`).
    Apostrophe,
    /// Before a word that may be elided (`'em`, `'cause`) or a two-digit
    /// year (`'90s`): an apostrophe, or the opening of a quote that starts
    /// with those words (`'10 out of 10'`).
    Elided,
    /// `s'` before a space and a lower-case word or a quote mark: a plural
    /// possessive (`the ladies' exchange`, `the Tories' 'worst idea'`) or
    /// the end of a quote (`'yes' and 'no'`).
    Possessive,
    /// A quote mark, unless the state machine finds nothing for it to do.
    Mark,
}

fn single_kind(text: &str, p: &Paragraph, m: &Mark) -> SingleKind {
    let prev = char_before(text, p, m.pos);
    let next = char_after(text, p, m);
    let prev_alnum = prev.is_some_and(is_alnum);
    let next_alnum = next.is_some_and(is_alnum);
    // (Scripts without apostrophes: in `‘사과가 아니다’라고` and `‘BTS’가`
    // the mark closes before a particle.)
    if prev_alnum && next_alnum && !next.is_some_and(is_cjk) && !prev.is_some_and(is_cjk) {
        return SingleKind::Apostrophe;
    }
    if m.shape == Shape::Low {
        return SingleKind::Mark;
    }
    if matches!(prev, Some('n' | 'N')) && closes_n_elision(&text[p.start..m.pos]) {
        return SingleKind::Apostrophe;
    }
    let rest = &text[m.pos + m.len..p.end];
    if !prev_alnum && next_alnum {
        match elided(rest) {
            Elision::Always => return SingleKind::Apostrophe,
            Elision::Maybe => return SingleKind::Elided,
            Elision::No => {}
        }
    }
    if matches!(prev, Some('s' | 'S'))
        && next == Some(' ')
        && rest[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || is_quote_mark(c))
    {
        return SingleKind::Possessive;
    }
    SingleKind::Mark
}

/// The single mark that decides the possessive candidates before it (the
/// next that is neither an apostrophe nor a candidate), found once for all
/// of them, so the look-ahead stays linear.
#[derive(Debug, Default)]
struct NextDecider {
    /// Index of the decider (`marks.len()` when none), and whether it can
    /// only close a quote.
    found: Option<(usize, bool)>,
}

impl NextDecider {
    fn closer_after(&mut self, text: &str, p: &Paragraph, marks: &[Mark], i: usize) -> bool {
        if let Some((at, closer)) = self.found
            && at > i
        {
            return closer;
        }
        let mut at = i + 1;
        let mut closer = false;
        while at < marks.len() {
            let m = &marks[at];
            if m.family == Family::Single && single_kind(text, p, m) == SingleKind::Mark {
                let (left, right) = flanks(text, p, m);
                closer = right && !left;
                break;
            }
            at += 1;
        }
        self.found = Some((at, closer));
        closer
    }
}

/// Whether `before` ends with the `'n` of `rock 'n' roll`, so that the
/// mark after it is the elision's second apostrophe.
fn closes_n_elision(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(['n', 'N']) else {
        return false;
    };
    let Some(rest) = rest.strip_suffix(['\'', '\u{2019}', '\u{2018}']) else {
        return false;
    };
    rest.chars().next_back().is_none_or(char::is_whitespace)
}

/// Whether a word after a single mark is elided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Elision {
    /// No quote starts with it (`'n'`, `'Tis`, Dutch `'s avonds`).
    Always,
    /// A word or two-digit year that a quote may also start with.
    Maybe,
    No,
}

/// Whether `rest` starts with an elided word or a two-digit year.
fn elided(rest: &str) -> Elision {
    let b = rest.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_digit() && b[1].is_ascii_digit() {
        let after = if b.get(2) == Some(&b's') { 3 } else { 2 };
        return if b.get(after).is_none_or(|c| !c.is_ascii_alphanumeric()) {
            Elision::Maybe
        } else {
            Elision::No
        };
    }
    let word_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = &rest[..word_len];
    let after = rest[word_len..].chars().next();
    let word_ends = after.is_none_or(|c| !is_alnum(c));
    let always = match word {
        "n" | "N" => matches!(after, Some('\'' | '\u{2019}')),
        // Dutch `'s avonds`, `'s-Hertogenbosch`, `in 't Gooi` (a quoted
        // letter `'s'` is not this).
        "s" | "t" => matches!(after, Some(' ' | '-')),
        _ if CAPITAL_ELISIONS.contains(&word) => word_ends,
        _ if ELISIONS.contains(&word) && word_ends => return Elision::Maybe,
        _ => false,
    };
    if always { Elision::Always } else { Elision::No }
}

/// Whether a mark after a number is a prime, a foot or inch mark rather
/// than a quote mark: `6'2"`, `5' 11''`, `6’ 0”`, `40°26'46"` (the foot
/// mark before inches, the inch mark after feet) and `8" x 10"`.
fn is_prime(text: &str, p: &Paragraph, m: &Mark) -> bool {
    if m.pos <= p.start || !text.as_bytes()[m.pos - 1].is_ascii_digit() {
        return false;
    }
    let before = &text[p.start..m.pos];
    let after = &text[m.pos + m.len..p.end];
    match (m.family, m.shape) {
        (Family::Single, Shape::Straight | Shape::Right) => {
            // Feet: one or two digits of inches follow.
            let rest = after.strip_prefix(' ').unwrap_or(after);
            let digits = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&digits) && starts_with_inch_mark(&rest[digits..])
        }
        (Family::Double, Shape::Straight | Shape::Right) => {
            // Inches: feet stand before the number, or another measure
            // stands across an `x`.
            let number = before
                .bytes()
                .rev()
                .take(8)
                .take_while(|b| b.is_ascii_digit() || *b == b'.')
                .count();
            let head = before[..before.len() - number].trim_end_matches(' ');
            let feet = head
                .strip_suffix(['\'', '\u{2019}', '\u{2032}'])
                .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()));
            let times = |s: &str| s.starts_with(['x', 'X', '\u{00D7}']);
            let by_after = {
                let a = after.trim_start_matches(' ');
                // (`×` is two bytes: skip the sign by its length.)
                times(a)
                    && a[a.chars().next().map_or(0, char::len_utf8)..]
                        .trim_start_matches(' ')
                        .starts_with(|c: char| c.is_ascii_digit())
            };
            let by_before = head.ends_with(['x', 'X', '\u{00D7}']) && {
                let h = head[..head.len() - head.chars().next_back().map_or(0, char::len_utf8)].trim_end_matches(' ');
                let h = h
                    .strip_suffix("''")
                    .or_else(|| h.strip_suffix(['"', '\u{201D}', '\u{2033}']));
                h.is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()))
            };
            feet || by_after || by_before
        }
        _ => false,
    }
}

/// A gershayim (`״`, or the straight `"` typed for it) between two Hebrew
/// letters marks an acronym (`צה״ל`, `צה"ל`, `ארה״ב`), not a quote: a
/// quote mark stands outside the words it quotes, with a space or
/// punctuation on one side.
fn is_gershayim(text: &str, p: &Paragraph, m: &Mark) -> bool {
    let hebrew = |c: Option<char>| c.is_some_and(|c| ('\u{05D0}'..='\u{05EA}').contains(&c));
    matches!(m.ch, '"' | GERSHAYIM)
        && m.len == m.ch.len_utf8()
        && hebrew(char_before(text, p, m.pos))
        && hebrew(char_after(text, p, m))
}

/// `s` starts with an inch mark: `"`, `”`, `″` or `''`.
fn starts_with_inch_mark(s: &str) -> bool {
    s.starts_with(['"', '\u{201D}', '\u{2033}']) || s.starts_with("''") || s.starts_with("\u{2019}\u{2019}")
}

/// Longest URL or inline code span whose quote marks are passed over, in bytes.
const MAX_CODE_BYTES: usize = 2048;

/// Drops the marks that stand inside a URL (`?q="all"`, a Markdown link's
/// target) or an inline code span (`` `grep "x"` ``): they quote nobody.
fn drop_marks_in_code_and_urls(text: &str, p: &Paragraph, marks: &mut Vec<Mark>) {
    let para = &text[p.start..p.end];
    let has_url = para.contains("://");
    let has_code = para.contains('`');
    if !has_url && !has_code {
        return;
    }
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    if has_url {
        url_ranges(para, &mut ranges);
    }
    if has_code {
        code_ranges(para, &mut ranges);
    }
    if ranges.is_empty() {
        return;
    }
    // Disjoint and sorted, so one pointer walks them along the marks.
    ranges.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut k = 0;
    marks.retain(|m| {
        let at = m.pos - p.start;
        while k < merged.len() && merged[k].1 <= at {
            k += 1;
        }
        !(k < merged.len() && merged[k].0 <= at)
    });
}

/// Letters of the longest URL scheme looked for before `://`.
const MAX_SCHEME_BYTES: usize = 10;

/// The URLs of a paragraph (offsets within it): from `http://` or
/// `https://` to the next white space, less trailing punctuation and closing
/// marks; a Markdown link's target to its closing parenthesis.
fn url_ranges(para: &str, out: &mut Vec<(usize, usize)>) {
    let bytes = para.as_bytes();
    let mut from = 0;
    while let Some(k) = para[from..].find("://") {
        let scheme_at = from + k;
        let letters = bytes[from..scheme_at]
            .iter()
            .rev()
            .take(MAX_SCHEME_BYTES)
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let start = scheme_at - letters;
        let in_link = para[..start].ends_with("](");
        let limit = (start + MAX_CODE_BYTES).min(para.len());
        let mut end = start;
        let mut depth = 0i32;
        while end < limit {
            let b = bytes[end];
            if b.is_ascii_whitespace() || b == b'<' || b == b'>' {
                break;
            }
            if b == b'(' {
                depth += 1;
            } else if b == b')' {
                if in_link && depth == 0 {
                    break;
                }
                depth -= 1;
            }
            end += 1;
        }
        let end = super::layout::floor_char(para, end);
        let url_end = if in_link && para[end..].starts_with(')') {
            end
        } else {
            // `"https://x.org/a".` keeps its closing mark and period outside.
            start
                + para[start..end]
                    .trim_end_matches(|c: char| is_closing_punct(c) || c == '\u{00BB}')
                    .len()
        };
        if url_end > start {
            out.push((start, url_end));
        }
        from = super::layout::ceil_char(para, end.max(scheme_at + 1));
    }
}

/// Inline code spans of a paragraph (offsets within it): a single backtick
/// to the next single backtick, at most [`MAX_CODE_BYTES`] apart (doubled
/// backticks are opening quote marks, ``` ``like this'' ```).
fn code_ranges(para: &str, out: &mut Vec<(usize, usize)>) {
    let bytes = para.as_bytes();
    let mut open: Option<usize> = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'`' || (i > 0 && bytes[i - 1] == b'`') || bytes.get(i + 1) == Some(&b'`') {
            continue;
        }
        match open {
            Some(o) if i > o + 1 && i - o <= MAX_CODE_BYTES => {
                out.push((o, i + 1));
                open = None;
            }
            _ => open = Some(i),
        }
    }
}

/// Gives spans ids, parents, lines and contexts. Spans nest or are disjoint,
/// so one stack finds every parent.
pub fn to_quotes(
    text: &str,
    paras: &[Paragraph],
    breaks: &Breaks,
    spans: Vec<Span>,
    stats: &mut WorkStats,
) -> Vec<Quote> {
    let mut order: Vec<usize> = (0..spans.len()).collect();
    order.sort_by_key(|&i| (spans[i].start, std::cmp::Reverse(spans[i].end), spans[i].open.pos));
    let mut id_of = vec![0u32; spans.len()];
    for (n, &i) in order.iter().enumerate() {
        id_of[i] = u32::try_from(n + 1).unwrap_or(u32::MAX);
    }
    let mut quotes = Vec::with_capacity(spans.len());
    let mut enclosing: Vec<usize> = Vec::new(); // span indices
    let mut line = 1usize;
    let mut line_pos = 0usize;
    for &i in &order {
        let s = &spans[i];
        while let Some(&top) = enclosing.last() {
            if spans[top].start <= s.start && s.end <= spans[top].end {
                break;
            }
            enclosing.pop();
        }
        let parent = enclosing.last().map(|&t| QuoteId(id_of[t]));
        line += super::bytescan::count_byte(&text.as_bytes()[line_pos..s.start], b'\n');
        line_pos = s.start;
        let p = &paras[s.para];
        let close_end = s.close.map_or(s.end, |c| c.pos + c.len);
        let (ctx_start, ctx_end) = context_bounds(text, p, breaks.of(s.para), s.open.pos, close_end, MAX_CONTEXT_BYTES);
        stats.bytes_copied += (s.end - s.start) + (ctx_end - ctx_start);
        let mut marks = String::with_capacity(s.open.len + s.close.map_or(0, |c| c.len));
        marks.push_str(&text[s.open.pos..s.open.pos + s.open.len]);
        if let Some(c) = s.close {
            marks.push_str(&text[c.pos..c.pos + c.len]);
        }
        quotes.push(Quote {
            id: QuoteId(id_of[i]),
            start: s.start,
            end: s.end,
            line,
            text: text[s.start..s.end].to_string(),
            marks,
            speaker: None,
            cue: None,
            via: None,
            headline: p.headline,
            unclosed: s.unclosed,
            continued: s.continued,
            continues: s.continues.map(|c| QuoteId(id_of[c])),
            parent,
            context: text[ctx_start..ctx_end].to_string(),
        });
        enclosing.push(i);
    }
    quotes
}
