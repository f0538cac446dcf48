//! Markdown on a line, removed before the line is read (`**By [AFP](#)**`
//! -> `By AFP`), and Markdown links read as links.
//!
//! Scraped pages keep their links and emphasis, but a byline, a masthead or a
//! URL is read from the text under them. Most lines hold no Markdown, so
//! telling that is made cheap ([`find_markdown_byte`]).

use std::borrow::Cow;

use super::text::{any_byte, find_by_key, trim, window};

/// Markdown and spacing removed: `**By [AFP](#)**  ` -> `By AFP`, `<https://x>` -> `https://x`.
pub(super) fn clean_line(line: &str) -> Cow<'_, str> {
    let line = trim(line);
    // Prose lines hold no Markdown: nothing to remove, nothing to copy.
    if any_byte(line.as_bytes(), may_open_markdown) {
        Cow::Owned(remove_markdown(line))
    } else {
        Cow::Borrowed(line)
    }
}

/// [`clean_line`] of a trimmed line that holds a byte that may open Markdown.
pub(super) fn remove_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    // The next `](` and `>` at or after the current position, searched once
    // each time the position passes them, so that `[[[[` stays linear.
    let mut link_close = None;
    let mut gt = None;
    let next = |cached: &mut Option<Option<usize>>, i: usize, pat: &str| -> Option<usize> {
        if cached.is_none_or(|c: Option<usize>| c.is_some_and(|c| c < i)) {
            *cached = Some(find_by_key(&line[i..], pat, 0).map(|p| p + i));
        }
        cached.flatten()
    };
    let mut i = 0;
    while i < line.len() {
        // Text up to the next byte that may open Markdown is kept as it is.
        let plain = find_markdown_byte(&line.as_bytes()[i..]).unwrap_or(line.len() - i);
        out.push_str(&line[i..i + plain]);
        i += plain;
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if rest.starts_with("**") || rest.starts_with("__") {
            i += 2;
            continue;
        }
        if c == '['
            && let Some(close) = next(&mut link_close, i, "](")
            && close - i <= 300
            && !line[i + 1..close].contains(['[', ']'])
            && let Some(end) = window(&line[close..], 2000).find(')')
        {
            out.push_str(&line[i + 1..close]);
            i = close + end + 1;
            continue;
        }
        if c == '<'
            && let Some(end) = next(&mut gt, i, ">")
            && line[i + 1..end].starts_with("http")
        {
            out.push_str(&line[i + 1..end]);
            i = end + 1;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// The bytes that may open Markdown [`clean_line`] removes: `**`, `__`,
/// `[text](target)`, `<http...>`.
fn may_open_markdown(b: u8) -> bool {
    (b == b'*') | (b == b'_') | (b == b'[') | (b == b'<')
}

/// Where the first byte that may open Markdown stands in `bytes`: a block
/// of 64 bytes at a time (see [`any_byte`]), most of which hold none.
pub(super) fn find_markdown_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut offset = 0;
    for block in blocks.by_ref() {
        if any_byte(block, may_open_markdown) {
            break;
        }
        offset += BLOCK;
    }
    bytes[offset..]
        .iter()
        .position(|&b| may_open_markdown(b))
        .map(|i| offset + i)
}

/// The text of the Markdown link `s` starts with (`[Daily Mail](#) ...` ->
/// `Daily Mail`), and what follows the link; `None` when `s` does not start
/// with a plain link (an image link, nested brackets, no target).
pub(super) fn leading_link(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('[')?;
    let close = find_by_key(inner, "](", 0)?;
    let text = &inner[..close];
    if text.contains(['[', ']']) {
        return None;
    }
    let target = &inner[close + 2..];
    let end = window(target, 2000).find(')')?;
    Some((text.trim(), &target[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::super::url::domain;
    use super::*;

    #[test]
    fn markdown_is_cleaned() {
        assert_eq!(clean_line("**By [AFP](#)**  "), "By AFP");
        assert_eq!(clean_line("<https://x.org/a>"), "https://x.org/a");
        assert_eq!(clean_line("a [b] c"), "a [b] c");
        assert_eq!(
            domain("https://m.example.co.uk:443/x").as_deref(),
            Some("example.co.uk")
        );
    }
}
