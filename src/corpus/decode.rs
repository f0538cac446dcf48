//! Bytes to text: UTF-8 (with or without BOM), lossy on invalid input; CRLF
//! and CR line ends normalized to LF.

/// True when the data looks binary: a NUL byte in the first 8 KiB, as git
/// and grep decide.
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
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
    if !text.contains('\r') {
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
    fn invalid_utf8_is_lossy() {
        let (s, lossy) = decode_utf8(b"caf\xE9".to_vec());
        assert!(lossy);
        assert_eq!(s, "caf\u{FFFD}");
    }
}
