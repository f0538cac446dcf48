//! Paragraphs and headlines: the units a quote may not silently cross.
//!
//! A paragraph is a line, except in hard-wrapped text (most lines of a
//! block filling a fixed width), where a paragraph is a block between blank
//! lines. A headline is a short paragraph without final punctuation, or a
//! Markdown heading.

/// A paragraph of the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of the first non-blank character.
    pub start: usize,
    /// Byte offset past the last non-blank character.
    pub end: usize,
    /// The paragraph reads as a headline or sub-head.
    pub headline: bool,
    /// The paragraph reads as a title on its own, wherever it stands: every
    /// headline, and a line that would be one above the first body
    /// paragraph but below it is too long for a sub-head (a caption, or in
    /// a list of links another article's headline).
    pub titled: bool,
    /// A blank line (or the start of the text) comes before this paragraph.
    pub after_blank: bool,
}

/// Splits a text into paragraphs (blank lines and surrounding white space
/// excluded). Linear in the length of the text.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let lines = lines_of(text);
    let wrapped = looks_hard_wrapped(text, &lines);
    // At most one paragraph per line.
    let mut out: Vec<Paragraph> = Vec::with_capacity(lines.len());
    // Per paragraph: a headline only above the first body paragraph.
    let mut top_only: Vec<bool> = Vec::with_capacity(lines.len());
    let mut after_blank = true;
    // The paragraph being built: (start, end, after a blank line), and the
    // last line added to it.
    let mut open: Option<(usize, usize, bool)> = None;
    let mut last_line = (0usize, 0usize);
    // Double quotes left open by the paragraph being built, counted up to
    // `.0` only when a line follows it directly.
    let mut depth = (0usize, 0usize);
    for &(s, e) in &lines {
        let line = &text[s..e];
        let lead = lead_len(line);
        let trail = line.len() - line.trim_end().len();
        if lead == line.len() {
            if let Some((bs, be, ab)) = open.take() {
                push(&mut out, &mut top_only, text, bs, be, ab);
            }
            after_blank = true;
            continue;
        }
        let (ps, pe) = (s + lead, e - trail);
        open = match open {
            Some((bs, be, ab))
                if wrapped || soft_wrapped(text, last_line, ps) || quote_runs_on(text, bs, be, ps, pe, &mut depth) =>
            {
                Some((bs, pe, ab))
            }
            other => {
                if let Some((bs, be, ab)) = other {
                    push(&mut out, &mut top_only, text, bs, be, ab);
                }
                Some((ps, pe, after_blank))
            }
        };
        last_line = (ps, pe);
        after_blank = false;
    }
    if let Some((bs, be, ab)) = open {
        push(&mut out, &mut top_only, text, bs, be, ab);
    }
    // Below the first body paragraph, sub-heads are short: a longer line
    // without final punctuation is a caption or a credit, and a quoted
    // question after a lead-in is body text. (A short sentence above the
    // headline, `Sign up for our newsletter.`, is no body paragraph.)
    let mut body_seen = false;
    for (p, &top) in out.iter_mut().zip(&top_only) {
        if top && body_seen {
            p.headline = false;
        }
        body_seen |= !p.headline && p.end - p.start >= MIN_BODY_BYTES;
    }
    out
}

/// White space and Markdown blockquote markers (`> `, `> > `) before a
/// line's text; a line of nothing else is blank.
fn lead_len(line: &str) -> usize {
    let mut rest = line.trim_start();
    while let Some(r) = rest.strip_prefix('>') {
        if !(r.is_empty() || r.starts_with(char::is_whitespace) || r.starts_with('>')) {
            break;
        }
        rest = r.trim_start();
    }
    line.len() - rest.len()
}

/// Shortest paragraph that counts as the first body paragraph, in bytes (a
/// lede is longer; page furniture above the headline is shorter).
pub(super) const MIN_BODY_BYTES: usize = 100;
/// Most words of a sub-head below the first body paragraph (`What does an
/// amber warning mean?`); captions and credits are longer.
const MAX_SUBHEAD_WORDS: usize = 12;
/// Most words of a quoted question standing alone as a sub-head (`'Why us?'`).
const MAX_QUOTED_SUBHEAD_WORDS: usize = 8;

/// Whether a headline of `words` words (`core` without its closing marks)
/// reads as body text below the first body paragraph: longer than a
/// sub-head (a photo caption without its period), or ending in a question
/// or exclamation quoted after a lead-in (`She asked: "Where are they
/// supposed to go now?"`).
fn body_below_the_lede(line: &str, core: &str, words: usize) -> bool {
    if words > MAX_SUBHEAD_WORDS {
        return true;
    }
    if !core.ends_with(['?', '!', '\u{FF1F}', '\u{FF01}']) {
        return false;
    }
    let quoted = line[core.len()..].chars().any(super::marks::is_quote_mark);
    let starts_quoted = line.starts_with(super::marks::is_quote_mark);
    quoted && (!starts_quoted || words > MAX_QUOTED_SUBHEAD_WORDS)
}

/// A quote broken over a line inside its paragraph (`"We are not going
/// anywhere.` / `This is our home," the mayor said.`): the paragraph so far
/// (`bs..be`) leaves a double quote open and the next line (`ns..ne`)
/// closes one before it opens any. A next line that reopens the quote is a
/// new paragraph continuing it, as news prints long quotes.
///
/// `depth` caches the open quotes counted in `bs..depth.0`, so each line is
/// read at most twice.
fn quote_runs_on(text: &str, bs: usize, be: usize, ns: usize, ne: usize, depth: &mut (usize, usize)) -> bool {
    if text[bs..be].starts_with('#') {
        return false;
    }
    if depth.0 < bs || depth.0 > be {
        *depth = (bs, 0);
    }
    let mut d = depth.1;
    each_double_mark(text, depth.0, be, |opens| {
        d = if opens { d + 1 } else { d.saturating_sub(1) };
        true
    });
    *depth = (be, d);
    if d == 0 {
        return false;
    }
    let mut closes_first = false;
    each_double_mark(text, ns, ne, |opens| {
        closes_first = !opens;
        false
    });
    closes_first
}

/// Calls `f` with each English double quote mark of `from..to` (`“` opens,
/// `”` closes, `"` opens after a space or at the start and closes after
/// anything else) until `f` returns false.
fn each_double_mark(text: &str, from: usize, to: usize, mut f: impl FnMut(bool) -> bool) {
    let bytes = text.as_bytes();
    let mut k = from;
    while k < to {
        let Some(off) = bytes[k..to].iter().position(|&b| b == b'"' || b == 0xE2) else {
            return;
        };
        let at = k + off;
        k = at + 1;
        let opens = match bytes[at] {
            b'"' => at == from || text[..at].ends_with(|c: char| c.is_whitespace() || "([{—–".contains(c)),
            _ if bytes[at..to].starts_with("\u{201C}".as_bytes()) => true,
            _ if bytes[at..to].starts_with("\u{201D}".as_bytes()) => false,
            _ => continue,
        };
        if !f(opens) {
            return;
        }
    }
}

/// A line broken inside a sentence, as in short hard-wrapped copy that
/// [`looks_hard_wrapped`] cannot judge: the line is 40 to 100 characters
/// long, does not end a sentence or clause, and the next line goes on in
/// lower case. (A list of headlines starts each line with a capital.)
fn soft_wrapped(text: &str, (ls, le): (usize, usize), next_start: usize) -> bool {
    let line = &text[ls..le];
    if line.len() > 400 || line.starts_with('#') {
        return false;
    }
    let chars = line.chars().count();
    if !(40..=100).contains(&chars) {
        return false;
    }
    let core = line.trim_end_matches(|c: char| super::marks::is_quote_mark(c) || matches!(c, ')' | ']' | '*' | '_'));
    if core.ends_with(['.', '!', '?', ':', ';', '\u{2026}', '\u{3002}']) {
        return false;
    }
    let next_lower = text[next_start..]
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    next_lower || ends_mid_clause(core)
}

/// Whether a line stops where no sentence or title does, so that the next
/// line goes on with it even when it opens with a capital: on a lower-case
/// article, preposition or conjunction (`... a spokeswoman for` / `Pacific
/// Gas and Electric`), or on a cue verb right after a quote (`"...," said` /
/// `Oakland resident Tina Brooks`).
fn ends_mid_clause(core: &str) -> bool {
    let mut words = core.rsplit(' ');
    let last = words.next().unwrap_or("");
    if matches!(
        last,
        "the" | "a" | "an" | "of" | "to" | "for" | "and" | "or" | "with" | "by" | "from" | "at" | "in" | "on" | "that"
    ) {
        return true;
    }
    matches!(last, "said" | "says" | "added" | "told" | "wrote" | "asked")
        && words
            .next()
            .is_some_and(|w| w.ends_with(|c: char| super::marks::is_quote_mark(c)) && w.contains(','))
}

fn push(out: &mut Vec<Paragraph>, top_only: &mut Vec<bool>, text: &str, start: usize, end: usize, after_blank: bool) {
    let kind = headline_kind(&text[start..end]);
    out.push(Paragraph {
        start,
        end,
        headline: kind != Kind::Body,
        titled: kind != Kind::Body,
        after_blank,
    });
    top_only.push(kind == Kind::TopOnly);
}

/// What a paragraph reads as on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Body,
    /// A headline or sub-head wherever it stands.
    Headline,
    /// A headline above the first body paragraph, body text below it.
    TopOnly,
}

/// Line spans without their `\n`.
fn lines_of(text: &str) -> Vec<(usize, usize)> {
    use super::bytescan::{eq_mask, find_by_word};
    let bytes = text.as_bytes();
    // Sized by a count first: cheaper than growing the vector line by line.
    let mut out = Vec::with_capacity(super::bytescan::count_byte(bytes, b'\n') + 1);
    let mut s = 0;
    // Lines are short: a word-at-a-time search costs less per line than
    // `str::find`'s memchr set-up.
    while let Some(k) = find_by_word(&bytes[s..], |w| eq_mask(w, b'\n') != 0, |b| b == b'\n') {
        out.push((s, s + k));
        s += k + 1;
    }
    if s < text.len() {
        out.push((s, text.len()));
    }
    out
}

/// Hard-wrapped text: at least ten lines, nearly all non-blank lines at most
/// 100 characters long, and most lines inside multi-line blocks between 55
/// and 100 characters (the signature of a fixed wrap width).
fn looks_hard_wrapped(text: &str, lines: &[(usize, usize)]) -> bool {
    // The non-blank lines first (cheap): with fewer than ten the answer is
    // no, and once more than a twentieth of them are long it is no too, so
    // most texts (a paragraph per line) stop at their first long line
    // without counting the characters of the others.
    let total = lines.iter().filter(|&&(s, e)| !text[s..e].trim().is_empty()).count();
    if total < 10 {
        return false;
    }
    let mut nonblank = 0usize;
    let mut long = 0usize;
    let mut filled = 0usize;
    let mut inner = 0usize;
    for (k, &(s, e)) in lines.iter().enumerate() {
        let line = text[s..e].trim_end();
        if line.trim().is_empty() {
            continue;
        }
        nonblank += 1;
        // Only lengths up to 100 characters matter; 400 bytes are more than that.
        let chars = if line.len() > 400 { 401 } else { line.chars().count() };
        if chars > 100 {
            long += 1;
            if long * 20 > total {
                return false;
            }
        }
        let next_nonblank = lines.get(k + 1).is_some_and(|&(a, b)| !text[a..b].trim().is_empty());
        if next_nonblank {
            inner += 1;
            if (55..=100).contains(&chars) {
                filled += 1;
            }
        }
    }
    nonblank >= 10 && long * 20 <= nonblank && inner * 2 >= nonblank && filled * 10 >= inner * 8
}

/// Longest headline, in words.
const MAX_HEADLINE_WORDS: usize = 24;
/// Longest headline, in bytes.
const MAX_HEADLINE_BYTES: usize = 600;

/// A Markdown heading, or a short line whose last character (closing quote
/// marks and emphasis aside) is not sentence or clause punctuation and which
/// holds no sentence break.
#[cfg(test)]
fn is_headline(line: &str) -> bool {
    headline_kind(line) != Kind::Body
}

/// Whether a line reads as a title on its own (see [`Paragraph::titled`]).
pub(super) fn reads_as_title(line: &str) -> bool {
    headline_kind(line) != Kind::Body
}

/// [`is_headline`], telling the headlines that only stand above the lede.
fn headline_kind(line: &str) -> Kind {
    let t = line.trim();
    if t.starts_with('#') {
        return Kind::Headline;
    }
    // A transcript's question or answer; an item of a list (`- "..." -
    // Gov. Gavin Newsom`, `1. "We are ready," said the chief`).
    if t.starts_with("Q:") || t.starts_with("A:") || is_list_item(t) {
        return Kind::Body;
    }
    // Bytes first: no headline is this long, and counting words of every
    // long paragraph was a fifth of extraction time.
    if t.len() > MAX_HEADLINE_BYTES {
        return Kind::Body;
    }
    // Final punctuation before the word count: most paragraphs end with a
    // period, and counting their words was most of the paragraph layout.
    let core = t.trim_end_matches(|c: char| is_closing_decoration(c));
    let Some(last) = core.chars().last() else {
        return Kind::Body;
    };
    if matches!(last, '.' | ',' | ';' | ':' | '\u{2026}' | '\u{3002}') {
        return Kind::Body;
    }
    let words = t.split_whitespace().take(MAX_HEADLINE_WORDS + 1).count();
    if words > MAX_HEADLINE_WORDS {
        return Kind::Body;
    }
    // A line opening with a pronoun needs a sentence before it: `He
    // tweeted: “Great meeting today! #peace”` is body text.
    if matches!(t.split_whitespace().next(), Some("He" | "She" | "They")) {
        return Kind::Body;
    }
    // "First sentence. Second" and `Called "Low Tide Hours." Where` are
    // body text, not a headline.
    let bytes = core.as_bytes();
    for i in 1..bytes.len().saturating_sub(2) {
        if !matches!(bytes[i], b'.' | b'!' | b'?') {
            continue;
        }
        let after = core[i + 1..].trim_start_matches(|c: char| super::marks::is_quote_mark(c) || c == ')');
        let Some(next) = after.strip_prefix(' ') else { continue };
        // (`... "painful but necessary." (Photo: City Herald)`: a caption's
        // credit after its sentence.)
        let next = next.trim_start_matches(|c: char| super::marks::is_quote_mark(c) || c == '(' || c == '[');
        if next.starts_with(|c: char| c.is_ascii_uppercase()) {
            let before = &core[..i];
            let word = before.rsplit(' ').next().unwrap_or("");
            if word.chars().count() > 3 {
                return Kind::Body;
            }
        }
    }
    if is_issue_line(t) {
        return Kind::Body;
    }
    if body_below_the_lede(t, core, words) {
        Kind::TopOnly
    } else {
        Kind::Headline
    }
}

/// Whether a line opens with a list marker: `- `, `* `, `• `, `1. `, `2) `,
/// or is an item of a reading list ([`is_reading_list_item`]).
fn is_list_item(t: &str) -> bool {
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("\u{2022} ") {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=2).contains(&digits) && (t[digits..].starts_with(". ") || t[digits..].starts_with(") "));
    numbered || is_reading_list_item(t)
}

/// A newsletter's reading list item: a dash, another article's quoted
/// title and its byline (`— “The Shutdown Nobody Wants to End,” by Burgess
/// Everett in Semafor`). A dash alone is no list marker: it also opens a
/// pull quote's signature and, in Russian or Spanish, a line of dialogue.
fn is_reading_list_item(t: &str) -> bool {
    let Some(rest) = t.strip_prefix(['\u{2014}', '\u{2013}']) else {
        return false;
    };
    if !rest.trim_start().starts_with(super::marks::is_quote_mark) {
        return false;
    }
    let Some(last) = rest.rfind(super::marks::is_quote_mark) else {
        return false;
    };
    let after = rest[last..].trim_start_matches(super::marks::is_quote_mark);
    let byline = after.trim_start_matches([',', ' ']);
    byline
        .strip_prefix("by ")
        .is_some_and(|name| name.starts_with(char::is_uppercase))
}

/// A line naming a newspaper's issue: it holds a numeric date
/// (`15.03.2025`, `15/03/2025`, `2025-03-15`) or a page number (`стр. 1`,
/// `p. 4`), as in `Газета «Коммерсантъ» №44 от 15.03.2025, стр. 1`, which
/// headlines do not print. The quoted name in it is the paper's, not this
/// article's headline.
fn is_issue_line(t: &str) -> bool {
    // (Both a date and a page number hold a digit; most lines hold none.)
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut words = t.split_whitespace().peekable();
    while let Some(w) = words.next() {
        let w = w.trim_start_matches('(').trim_end_matches([',', ';', ')']);
        if is_numeric_date(w.trim_end_matches('.')) {
            return true;
        }
        let page = ["стр.", "p.", "pp."].iter().find_map(|p| w.strip_prefix(p));
        if let Some(rest) = page {
            let number = if rest.is_empty() {
                words.peek().copied().unwrap_or("")
            } else {
                rest
            };
            if number.starts_with(|c: char| c.is_ascii_digit()) {
                return true;
            }
        }
    }
    false
}

/// `15.03.2025`, `5/3/2025` (day and month of one or two digits, a year of
/// four, one separator) or `2025-03-15`.
fn is_numeric_date(w: &str) -> bool {
    let digits = |s: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let parts = |sep: char| {
        let mut it = w.split(sep);
        let p = (it.next(), it.next(), it.next(), it.next());
        match p {
            (Some(a), Some(b), Some(c), None) => Some((a, b, c)),
            _ => None,
        }
    };
    let day_month_year = ['.', '/']
        .iter()
        .filter_map(|&sep| parts(sep))
        .any(|(d, m, y)| digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4));
    day_month_year || parts('-').is_some_and(|(y, m, d)| digits(y, 4..=4) && digits(m, 2..=2) && digits(d, 2..=2))
}

/// What may follow a headline's last word or a sentence's final
/// punctuation: closing quote marks (`”`, `»`, `」`), emphasis and spaces
/// (French `? »` with a no-break space).
fn is_closing_decoration(c: char) -> bool {
    super::marks::is_quote_mark(c) || matches!(c, '*' | '_' | ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}')
}

/// Longest word looked at when deciding whether a period ends a sentence.
const MAX_WORD_BYTES: usize = 32;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "rep", "sen", "gov", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "inc",
    "corp", "ltd", "co", "mt", "ft", "approx", "dept", "est", "fig", "gov't", "adm", "maj", "brig", "cmdr", "rev",
];

/// The longest of [`ABBREVIATIONS`], in bytes (the shortest has two).
const MAX_ABBREVIATION_BYTES: usize = 6;

/// Whether the period (or `!`/`?`) at byte `i` ends a sentence: followed by
/// white space (closing quote marks and brackets allowed between) and not
/// closing an abbreviation or an initial.
fn ends_sentence(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    if !may_end_sentence(b[i]) {
        return None;
    }
    let cjk = matches!(text[i..].chars().next(), Some('\u{3002}' | '\u{FF01}' | '\u{FF1F}'));
    if cjk {
        // 。！？ end a sentence without a following space.
        let mut j = i + 3;
        while let Some(c) = text[j..].chars().next().filter(|&c| super::marks::is_quote_mark(c)) {
            j += c.len_utf8();
        }
        return Some(j);
    }
    if !matches!(b[i], b'.' | b'!' | b'?') {
        return None;
    }
    let mut j = i + 1;
    while j < b.len() {
        let c = text[j..].chars().next()?;
        if super::marks::is_quote_mark(c) || c == ')' || c == ']' || c == '*' {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    let next = text[j..].chars().next();
    if !next.is_some_and(char::is_whitespace) {
        return None;
    }
    // A sentence does not go on in lower case: `"Why not?" she asked.`,
    // `"Get down!" yelled the officer.` are one sentence each. (Bounded:
    // only the spaces right after the mark are skipped.)
    let spaces = b[j..]
        .iter()
        .take(MAX_WORD_BYTES)
        .take_while(|&&c| c == b' ' || c == b'\t')
        .count();
    if text[j + spaces..].chars().next().is_some_and(char::is_lowercase) {
        return None;
    }
    if b[i] == b'.' {
        // The word before the period, looked for within a bounded window so
        // that a long run without spaces stays linear.
        let lo = floor_char(text, i.saturating_sub(MAX_WORD_BYTES));
        let word_start = text[lo..i]
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace() || c == '(')
            .map_or(lo, |(k, c)| lo + k + c.len_utf8());
        let word = &text[word_start..i];
        let letters = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        if letters.chars().count() == 1 && letters.chars().all(char::is_uppercase) {
            return None; // an initial: "John F. Kennedy"
        }
        if letters.contains('.') {
            return None; // "U.S." inside a sentence
        }
        // Without lower-casing into a new string: the abbreviations are
        // ASCII, and the only non-ASCII letter that lower-cases to ASCII
        // (U+212A KELVIN SIGN to `k`) is in none of them.
        if (2..=MAX_ABBREVIATION_BYTES).contains(&letters.len())
            && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(letters))
        {
            return None;
        }
    }
    Some(j)
}

/// Bytes that can start a sentence-ending character: `.`, `!`, `?`, and the
/// lead bytes of `。` (E3) and `！`/`？` (EF). A cheap filter before
/// [`ends_sentence`].
fn may_end_sentence(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xE3 | 0xEF)
}

/// Sentence breaks of a paragraph: byte offsets where a sentence ends
/// (after its final punctuation and closing marks). Linear in the paragraph.
pub fn sentence_breaks(text: &str, para: &Paragraph) -> Vec<usize> {
    let mut out = Vec::new();
    let bytes = &text.as_bytes()[..para.end];
    let mut k = para.start;
    while let Some(off) = find_may_end_sentence(&bytes[k..]) {
        let i = k + off;
        if let Some(j) = ends_sentence(text, i)
            && out.last().is_none_or(|&l| l < j)
        {
            out.push(j.min(para.end));
        }
        k = i + 1;
    }
    out
}

/// The first byte of `bytes` that [`may_end_sentence`], eight bytes at a
/// time: words without such a byte are skipped whole.
fn find_may_end_sentence(bytes: &[u8]) -> Option<usize> {
    use super::bytescan::{HIGHS, eq_mask, find_by_word};
    find_by_word(
        bytes,
        |w| {
            eq_mask(w, b'.') | eq_mask(w, b'!') | eq_mask(w, b'?') != 0
                || (w & HIGHS != 0 && eq_mask(w, 0xE3) | eq_mask(w, 0xEF) != 0)
        },
        may_end_sentence,
    )
}

/// The [`sentence_breaks`] of each paragraph, worked out on first use and
/// then shared: the quotes' contexts and the speaker rules read the same
/// breaks, so no paragraph is scanned for them twice, and a paragraph
/// neither needs is never scanned.
pub struct Breaks<'a> {
    text: &'a str,
    paras: &'a [Paragraph],
    of: Vec<std::cell::OnceCell<Vec<usize>>>,
}

impl<'a> Breaks<'a> {
    pub fn new(text: &'a str, paras: &'a [Paragraph]) -> Breaks<'a> {
        Breaks {
            text,
            paras,
            of: (0..paras.len()).map(|_| std::cell::OnceCell::new()).collect(),
        }
    }

    /// The sentence breaks of paragraph `p`.
    pub fn of(&self, p: usize) -> &[usize] {
        self.of[p].get_or_init(|| sentence_breaks(self.text, &self.paras[p]))
    }
}

/// Quotes longer than this get a context that stops inside them.
const LONG_QUOTE_BYTES: usize = 2048;

/// The sentence (or sentences) around `from..to` within a paragraph, given
/// the paragraph's [`sentence_breaks`], at most `limit` bytes on each side.
pub fn context_bounds(
    text: &str,
    para: &Paragraph,
    breaks: &[usize],
    from: usize,
    to: usize,
    limit: usize,
) -> (usize, usize) {
    let k = breaks.partition_point(|&b| b <= from);
    let sentence_start = if k == 0 { para.start } else { breaks[k - 1] };
    if to - from > LONG_QUOTE_BYTES {
        // A very long quote (an unclosed one running through a huge
        // paragraph): keep the lead-in and the quote's first words only;
        // the quote itself is in the quote's text.
        let lo = floor_char(text, from.saturating_sub(limit)).max(sentence_start);
        let hi = ceil_char(text, from + limit);
        let end = text[from..hi].rfind(char::is_whitespace).map_or(hi, |w| from + w);
        let start = lo + (text[lo..from].len() - text[lo..from].trim_start().len());
        return (start, end);
    }
    let k = breaks.partition_point(|&b| b < to);
    let sentence_end = breaks.get(k).copied().unwrap_or(para.end);
    // A sentence that fits in `limit` on each side is kept whole; a longer
    // one (run-on text, a page without punctuation) is cut to a third of
    // that around the quote, at word boundaries, so that dense quotes do not
    // each copy a large window.
    let fits = sentence_start + limit >= from && sentence_end <= to + limit;
    let side = if fits { limit } else { limit / 3 };
    let lo = floor_char(text, from.saturating_sub(side));
    let start = if sentence_start >= lo {
        sentence_start
    } else {
        text[lo..from].find(char::is_whitespace).map_or(lo, |w| lo + w)
    };
    let start = start + (text[start..from].len() - text[start..from].trim_start().len());
    let hi = ceil_char(text, to + side);
    let end = if sentence_end <= hi {
        sentence_end
    } else {
        text[to..hi].rfind(char::is_whitespace).map_or(hi, |w| to + w)
    };
    (start, end.max(to))
}

/// The largest char boundary at or before `i`.
pub fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or after `i`.
pub fn ceil_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`looks_hard_wrapped`] before its early exits.
    fn looks_hard_wrapped_reference(text: &str, lines: &[(usize, usize)]) -> bool {
        let (mut nonblank, mut long, mut filled, mut inner) = (0usize, 0usize, 0usize, 0usize);
        for (k, &(s, e)) in lines.iter().enumerate() {
            let line = text[s..e].trim_end();
            if line.trim().is_empty() {
                continue;
            }
            nonblank += 1;
            let chars = if line.len() > 400 { 401 } else { line.chars().count() };
            if chars > 100 {
                long += 1;
            }
            if lines.get(k + 1).is_some_and(|&(a, b)| !text[a..b].trim().is_empty()) {
                inner += 1;
                if (55..=100).contains(&chars) {
                    filled += 1;
                }
            }
        }
        nonblank >= 10 && long * 20 <= nonblank && inner * 2 >= nonblank && filled * 10 >= inner * 8
    }

    proptest::proptest! {
        #[test]
        fn hard_wrap_test_keeps_its_answers(lens in proptest::collection::vec(prop_oneof![Just(0usize), Just(1), 40usize..70, 50usize..101, 95usize..130], 0..60)) {
            let text: String = lens.iter().map(|&n| format!("{}\n", "é".repeat(n / 3) + &"w".repeat(n - n / 3))).collect();
            let lines = lines_of(&text);
            proptest::prop_assert_eq!(looks_hard_wrapped(&text, &lines), looks_hard_wrapped_reference(&text, &lines));
        }
    }

    #[test]
    fn abbreviation_lengths() {
        assert!(
            ABBREVIATIONS
                .iter()
                .all(|a| (2..=MAX_ABBREVIATION_BYTES).contains(&a.len()))
        );
    }

    #[test]
    fn a_sentence_does_not_go_on_in_lower_case() {
        let text = "\"Why not?\" she asked. \"Get down!\" yelled the officer. It ended. \"Go.\" Then silence.";
        let p = paragraphs(text);
        let ends: Vec<&str> = sentence_breaks(text, &p[0]).iter().map(|&b| &text[..b]).collect();
        assert_eq!(ends.len(), 4, "{ends:?}");
        assert!(ends[0].ends_with("she asked."));
        assert!(ends[1].ends_with("yelled the officer."));
        assert!(ends[2].ends_with("It ended."));
        assert!(ends[3].ends_with("\"Go.\""));
    }

    #[test]
    fn lines_are_paragraphs_in_unwrapped_text() {
        let text = "Title 'x'\n\nFirst para \"a\".\nSecond para.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 3);
        assert!(p[0].headline && p[0].after_blank);
        assert!(!p[1].headline && p[1].after_blank);
        assert!(!p[2].after_blank);
        assert_eq!(&text[p[2].start..p[2].end], "Second para.");
    }

    #[test]
    fn a_line_ending_mid_clause_goes_on_with_the_next() {
        let text = "Residents were frustrated. \"Nobody told us anything at all,\" said\nOakland resident Tina Brooks, 62.\n\nThe storm is a once-in-a-decade event for the people of\nOakland and Berkeley.\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 2);
        // A headline ending on a word is not joined to the line below it.
        let text =
            "Storm leaves thousands of homes without power in Oakland\nResidents say the city was not ready for it.\n";
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn hard_wrapped_blocks_are_one_paragraph() {
        let line = "word ".repeat(14);
        let block = format!("{line}\n{line}\n{line}\n{line}\nend.\n\n");
        let text = block.repeat(3);
        let p = paragraphs(&text);
        assert_eq!(p.len(), 3);
    }

    #[test]
    fn headlines() {
        assert!(is_headline(
            "# North Korea's Kim Hails 'Dearest Friend' Putin in New Year Message"
        ));
        assert!(is_headline("Warm greetings for 'comrade'"));
        assert!(is_headline("'Meaningful journey'"));
        assert!(!is_headline("Kim also expressed \"his willingness.\""));
        assert!(!is_headline("He said \"no\". Then he left"));
        assert!(!is_headline("He tweeted: “Great meeting with @POTUS today! #peace”"));
        assert!(is_headline("Sunak: 'We will stop the boats'"));
        assert!(!is_headline(
            "- \"This is a once-in-a-decade storm.\" - Gov. Gavin Newsom"
        ));
        assert!(!is_headline("2. Getting there"));
        assert!(is_headline("2024 in review"));
        // An issue's dateline; a reading list's item.
        assert!(!is_headline("Газета «Коммерсантъ» №44 от 15.03.2025, стр. 1"));
        assert!(!is_headline("Le Monde, 15/03/2025"));
        assert!(!is_headline("The Times, 2025-03-15, p. 4"));
        assert!(is_headline("Spain 2-1 Italy: ‘We deserved it’"));
        assert!(is_headline("Trump at 3 p.m.: ‘No deal’"));
        assert!(!is_headline(
            "— “The Shutdown Nobody Wants to End,” by Burgess Everett in Semafor"
        ));
        assert!(is_headline("— ‘Not for sale’"));
        // A caption: a sentence, then its photo credit.
        assert!(!is_headline(
            "Mayor Ana Jones said the cuts were “painful but necessary.” (Photo: City Herald)"
        ));
    }
}
