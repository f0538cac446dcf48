//! Bytes to text: UTF-8 (with or without BOM), lossy on invalid input; CRLF
//! and CR line ends normalized to LF.

/// True when the data looks binary: a NUL byte in the first 8 KiB, as git
/// and grep decide.
pub fn looks_binary(bytes: &[u8]) -> bool {
    // Eight bytes at a time (see `find_byte`): the slice's `contains` cost
    // about two instructions a byte, 1.4% of `extract`.
    super::meta::find_byte(&bytes[..bytes.len().min(8192)], 0).is_some()
}

/// True when the data starts like an HTML document (`<!DOCTYPE html`,
/// `<html`, after a BOM, whitespace and comments).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let mut b = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    loop {
        b = b.trim_ascii_start();
        if !b.starts_with(b"<!--") {
            break;
        }
        match b.windows(3).position(|w| w == b"-->") {
            Some(end) => b = &b[end + 3..],
            None => return false,
        }
    }
    let starts = |p: &[u8]| b.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p));
    starts(b"<!doctype html") || starts(b"<html")
}

/// Where to cut data longer than `limit` bytes: at the last blank line in
/// the second half of the limit, else at the last character boundary, so
/// that the cut neither splits a paragraph needlessly nor makes a valid file
/// look like invalid UTF-8.
pub fn truncation_point(bytes: &[u8], limit: usize) -> usize {
    if bytes.len() <= limit {
        return bytes.len();
    }
    let head = &bytes[..limit];
    if let Some(p) = head.windows(2).rposition(|w| w == b"\n\n")
        && p >= limit / 2
    {
        return p + 2;
    }
    let mut cut = limit;
    // Back off continuation bytes (10xxxxxx) so that `bytes[..cut]` ends on a char.
    while cut > 0 && limit - cut < 4 && bytes[cut] & 0xC0 == 0x80 {
        cut -= 1;
    }
    cut
}

/// Decodes UTF-8, dropping a BOM; returns the text and whether any bytes had
/// to be replaced.
pub fn decode_utf8(mut bytes: Vec<u8>) -> (String, bool) {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(s) => (s, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// Turns `\r\n` and lone `\r` into `\n`, without copying when there is no `\r`.
pub fn normalize_line_ends(text: String) -> String {
    // (A byte search: `\r` is ASCII, and `str::contains` runs a char searcher.)
    if super::meta::find_byte(text.as_bytes(), b'\r').is_none() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_line_ends() {
        let (s, lossy) = decode_utf8(b"\xEF\xBB\xBFa\r\nb\rc".to_vec());
        assert!(!lossy);
        assert_eq!(normalize_line_ends(s), "a\nb\nc");
    }

    #[test]
    fn html_is_sniffed() {
        assert!(looks_like_html(b"\xEF\xBB\xBF  <!DOCTYPE html><p>x"));
        assert!(looks_like_html(b"<!-- saved -->\n<html lang=en>"));
        assert!(!looks_like_html(b"<!DOCTYPE"));
        assert!(!looks_like_html(b"Kim said <b>this</b>"));
        assert!(!looks_like_html(b"<!-- unclosed"));
    }

    #[test]
    fn truncation_keeps_paragraphs_and_chars() {
        assert_eq!(truncation_point(b"aaaa\n\nbbbb", 8), 6);
        // "é" is two bytes: a cut inside it backs off.
        assert_eq!(truncation_point("aé".as_bytes(), 2), 1);
        assert_eq!(truncation_point(b"abc", 5), 3);
    }

    #[test]
    fn invalid_utf8_is_lossy() {
        let (s, lossy) = decode_utf8(b"caf\xE9".to_vec());
        assert!(lossy);
        assert_eq!(s, "caf\u{FFFD}");
    }
}
