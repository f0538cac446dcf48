//! URLs on a line: a line that is only a URL, the first URL in a line, and
//! the domain that names a publisher (`https://www.themoscowtimes.com/...` ->
//! `themoscowtimes.com`).

use super::text::trim;

/// A line that is only a URL (`https://...`, `<https://...>`).
pub(super) fn bare_url(line: &str) -> Option<&str> {
    let l = trim(line);
    // (Most lines fail on their first byte.)
    if !l.as_bytes().first().is_some_and(|&b| b == b'h' || b == b'<') {
        return None;
    }
    let l = l.trim_start_matches('<');
    if !(l.starts_with("https://") || l.starts_with("http://")) {
        return None;
    }
    let l = l.trim_end_matches('>');
    (!l.contains(char::is_whitespace)).then_some(l)
}

/// The first `http(s)://` URL in a line.
pub(super) fn find_url(line: &str) -> Option<String> {
    let start = line.find("https://").or_else(|| line.find("http://"))?;
    let url: String = line[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !"<>()[]\"'".contains(*c))
        .collect();
    (url.len() > "https://".len()).then_some(url)
}

/// `https://www.themoscowtimes.com/2024/...` -> `themoscowtimes.com`.
pub(super) fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let host = ["www.", "m.", "amp.", "mobile."]
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .unwrap_or(&host)
        .to_string();
    (host.contains('.') && !host.starts_with('.') && !host.ends_with('.')).then_some(host)
}
