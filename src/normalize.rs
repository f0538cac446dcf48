//! Tokens with two faces: what the outlet printed, and what matching compares.
//!
//! Every token keeps its byte span in the quote text (so reports show the
//! outlet's own characters) and a match *key*: NFKC, lower case, apostrophes
//! and dashes unified, edge punctuation removed. Hyphenated compounds are split
//! into their parts so that `Kim Jong-un` and `Kim Jong Un` both give the keys
//! `kim jong un`.
//!
//! Bracketed insertions (`[sic]`, `[North]`) and parenthetical glosses are one
//! [`TokenKind::Editorial`] token each, and ellipses are [`TokenKind::Gap`]
//! tokens: neither is the speaker's words.
//!
//! ```
//! use quotecheck::normalize::{tokenize, TokenKind};
//! let toks = tokenize("building powerful nation [sic] ... Kim Jong-un’s");
//! let keys: Vec<&str> = toks.iter().map(|t| t.key.as_str()).collect();
//! assert_eq!(keys, ["building", "powerful", "nation", "sic", "...", "kim", "jong", "un's"]);
//! assert_eq!(toks[3].kind, TokenKind::Editorial);
//! assert_eq!(toks[4].kind, TokenKind::Gap);
//! ```

use serde::{Deserialize, Serialize};
use unicode_normalization::UnicodeNormalization;

/// What a token stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A word the speaker said (as printed).
    Word,
    /// An editor's insertion: `[sic]`, `[North]`, `(Democratic People's Republic of Korea)`.
    Editorial,
    /// An ellipsis marking an omission: `...`, `…`, `. . .`.
    Gap,
}

/// One token of a quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the token's core (no edge punctuation) in the quote text.
    pub start: u32,
    /// End of the core.
    pub end: u32,
    /// Start including leading punctuation attached to the word (`“war` -> at `“`).
    pub outer_start: u32,
    /// End including trailing punctuation attached to the word (`comrade,` -> after `,`).
    pub outer_end: u32,
    /// The match key; for editorial tokens the normalized inner text, for gaps `...`.
    pub key: String,
    /// Word, editorial insertion or gap.
    pub kind: TokenKind,
    /// True when this word was joined to the next by a hyphen (`Jong-` in `Jong-un`).
    pub hyphen_after: bool,
}

impl Token {
    /// True for words spoken by the speaker (not brackets, not ellipses).
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// The token's core as printed.
    pub fn core<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start as usize..self.end as usize]
    }

    /// The token with its attached punctuation as printed.
    pub fn outer<'a>(&self, text: &'a str) -> &'a str {
        &text[self.outer_start as usize..self.outer_end as usize]
    }
}

/// Longest bracketed insertion treated as one editorial token; a longer
/// "bracket" is more likely a stray mark, and is read as ordinary text.
const MAX_BRACKET_BYTES: usize = 400;

/// Splits a quote into tokens. Linear in the length of `text`.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = text[i..].chars().next().expect("i is on a char boundary");
        let clen = c.len_utf8();
        if c.is_whitespace() || is_separator_dash(c) {
            i += clen;
            continue;
        }
        if let Some(gap_end) = ellipsis_at(text, i) {
            push(
                &mut tokens,
                text,
                i,
                gap_end,
                i,
                gap_end,
                "...".to_string(),
                TokenKind::Gap,
            );
            i = gap_end;
            continue;
        }
        if (c == '[' || c == '(')
            && let Some(close) = matching_bracket(text, i, c)
        {
            let key = normalize_phrase(&text[i + 1..close]);
            push(&mut tokens, text, i, close + 1, i, close + 1, key, TokenKind::Editorial);
            i = close + 1;
            continue;
        }
        // A chunk: up to whitespace, a separator dash, an ellipsis or an opening bracket.
        let mut j = i;
        while j < bytes.len() {
            let d = text[j..].chars().next().expect("char boundary");
            if d.is_whitespace() || is_separator_dash(d) || (j > i && (d == '[' || d == '(')) {
                break;
            }
            if j > i && ellipsis_at(text, j).is_some() {
                break;
            }
            j += d.len_utf8();
        }
        if j == i {
            // A lone opening bracket without a match: skip it as punctuation.
            i += clen;
            continue;
        }
        word_tokens(text, i, j, &mut tokens);
        i = j;
    }
    tokens
}

#[allow(clippy::too_many_arguments)]
fn push(
    tokens: &mut Vec<Token>,
    _text: &str,
    start: usize,
    end: usize,
    outer_start: usize,
    outer_end: usize,
    key: String,
    kind: TokenKind,
) {
    tokens.push(Token {
        start: start as u32,
        end: end as u32,
        outer_start: outer_start as u32,
        outer_end: outer_end as u32,
        key,
        kind,
        hyphen_after: false,
    });
}

/// Turns one whitespace-free chunk into word tokens (several for hyphenated compounds).
fn word_tokens(text: &str, chunk_start: usize, chunk_end: usize, tokens: &mut Vec<Token>) {
    let chunk = &text[chunk_start..chunk_end];
    let core_rel_start = match chunk.char_indices().find(|&(_, c)| c.is_alphanumeric()) {
        Some((k, _)) => k,
        None => return, // pure punctuation: attached to nothing
    };
    let core_rel_end = chunk
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_alphanumeric())
        .map(|(k, c)| k + c.len_utf8())
        .expect("there is an alphanumeric char");
    let core_start = chunk_start + core_rel_start;
    let core_end = chunk_start + core_rel_end;
    let core = &text[core_start..core_end];
    // Split at hyphens between alphanumerics.
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut part_start = core_start;
    let mut prev_alnum = false;
    let mut iter = core.char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        let next_alnum = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        if is_hyphen(c) && prev_alnum && next_alnum {
            parts.push((part_start, core_start + k));
            part_start = core_start + k + c.len_utf8();
            prev_alnum = false;
            continue;
        }
        prev_alnum = c.is_alphanumeric();
    }
    parts.push((part_start, core_end));
    let n = parts.len();
    for (idx, &(s, e)) in parts.iter().enumerate() {
        let outer_start = if idx == 0 { chunk_start } else { s };
        let outer_end = if idx + 1 == n { chunk_end } else { e };
        tokens.push(Token {
            start: s as u32,
            end: e as u32,
            outer_start: outer_start as u32,
            outer_end: outer_end as u32,
            key: match_key(&text[s..e]),
            kind: TokenKind::Word,
            hyphen_after: idx + 1 < n,
        });
    }
}

/// The match key of one word: NFKC, lower case, apostrophes and dashes
/// unified, edge punctuation removed.
///
/// ```
/// use quotecheck::normalize::match_key;
/// assert_eq!(match_key("Year’s,"), "year's");
/// assert_eq!(match_key("“Comrade"), "comrade");
/// assert_eq!(match_key("ＤＰＲＫ"), "dprk");
/// ```
pub fn match_key(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    if word.is_ascii() {
        for c in word.chars() {
            out.push(c.to_ascii_lowercase());
        }
    } else {
        for c in word.nfkc() {
            match c {
                '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}' => out.push('\''),
                c if is_hyphen(c) => out.push('-'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    let trimmed = out.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// The keys of a phrase joined by single spaces (for bracket contents and
/// whole-quote comparisons).
///
/// ```
/// use quotecheck::normalize::normalize_phrase;
/// assert_eq!(normalize_phrase("  Democratic People’s  Republic"), "democratic people's republic");
/// ```
pub fn normalize_phrase(text: &str) -> String {
    let mut out = String::new();
    for t in tokenize(text) {
        if t.key.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&t.key);
    }
    out
}

/// Em dash, en dash, horizontal bar: these separate words, unlike hyphens.
fn is_separator_dash(c: char) -> bool {
    matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}')
}

/// Characters that join the parts of a compound word.
fn is_hyphen(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}'
    )
}

/// If an ellipsis starts at `i`, returns its end. Accepts `…`, two or more
/// dots `..`/`...`, and spaced `. . .`.
fn ellipsis_at(text: &str, i: usize) -> Option<usize> {
    let rest = &text[i..];
    if rest.starts_with('\u{2026}') {
        return Some(i + '\u{2026}'.len_utf8());
    }
    if rest.starts_with(". . .") {
        let mut end = i + 5;
        while text[end..].starts_with(" .") {
            end += 2;
        }
        return Some(end);
    }
    let dots = rest.bytes().take_while(|&b| b == b'.').count();
    if dots >= 3 { Some(i + dots) } else { None }
}

/// Finds the bracket closing the one at `open` (same kind, nesting counted),
/// within [`MAX_BRACKET_BYTES`].
fn matching_bracket(text: &str, open: usize, open_char: char) -> Option<usize> {
    let close_char = if open_char == '[' { ']' } else { ')' };
    let mut depth = 0usize;
    let limit = (open + MAX_BRACKET_BYTES).min(text.len());
    for (k, b) in text.as_bytes()[open..limit].iter().enumerate() {
        let c = *b as char;
        if c == open_char {
            depth += 1;
        } else if c == close_char {
            depth -= 1;
            if depth == 0 {
                return Some(open + k);
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn hyphen_variants_give_the_same_keys() {
        assert_eq!(keys("Kim Jong-un"), keys("Kim Jong Un"));
        assert_eq!(keys("neo-Nazism."), ["neo", "nazism"]);
    }

    #[test]
    fn punctuation_and_quote_marks_are_off_the_key() {
        assert_eq!(
            keys("“dearest friend and comrade,”"),
            ["dearest", "friend", "and", "comrade"]
        );
        let t = tokenize("comrade,");
        assert_eq!(t[0].outer("comrade,"), "comrade,");
        assert_eq!(t[0].core("comrade,"), "comrade");
    }

    #[test]
    fn brackets_and_gaps() {
        let text = "the [Democratic People’s Republic of Korea], alliance... is (DPRK)";
        let toks = tokenize(text);
        let kinds: Vec<TokenKind> = toks.iter().map(|t| t.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::Editorial,
                TokenKind::Word,
                TokenKind::Gap,
                TokenKind::Word,
                TokenKind::Editorial
            ]
        );
        assert_eq!(toks[1].key, "democratic people's republic of korea");
        assert_eq!(toks[5].key, "dprk");
    }

    #[test]
    fn unmatched_bracket_is_text() {
        assert_eq!(keys("a [b c"), ["a", "b", "c"]);
    }

    #[test]
    fn spans_are_char_boundaries() {
        let text = "«Ça va» — ‘très’ bien…ok";
        for t in tokenize(text) {
            assert!(text.is_char_boundary(t.start as usize) && text.is_char_boundary(t.end as usize));
            assert!(t.outer_start <= t.start && t.end <= t.outer_end);
        }
    }
}
