//! Article metadata: a declared header block, or what can be inferred.
//!
//! A header is a block of `key: value` lines at the very top of a file,
//! closed by a line `---`:
//!
//! ```text
//! outlet: AFP
//! date: 2024-12-31
//! url: https://example.org/story
//! title: Kim hails 'dearest friend' Putin
//! note: anything else is kept as extra metadata
//! ---
//! ```
//!
//! Declared values always win and are not marked. What is missing is inferred
//! from the text by [`infer_missing`] (headline, date line, byline, dateline,
//! masthead, `Original url:` line, sign-off, copyright line), each inferred
//! field recorded in [`Metadata::inferred`] with how it was found. A news
//! agency credited besides the publisher goes to `extra["wire"]`.

// One file per concern. `evidence` reads an article once, top to bottom,
// and asks the line readers what each line gives: `title` (headlines),
// `date` (date lines), `dateline`, `byline` (and source lines), `masthead`,
// `navigation` (site chrome above the article), `copyright` (notices at the
// foot). `outlet_names` holds what an outlet's name looks like; `markdown`,
// `url` and `text` are the line primitives they all use.
mod byline;
mod copyright;
mod date;
mod dateline;
mod evidence;
mod markdown;
mod masthead;
mod navigation;
mod outlet_names;
mod text;
mod title;
mod url;

use super::dateparse;
use super::html::HtmlPage;
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use evidence::Evidence;
use outlet_names::same_outlet;
use text::{split_lines_inclusive, trim};

/// Also what `corpus::decode` tests a loaded file with (NUL and CR bytes).
pub(super) use text::find_byte;

/// Outlet, date, title and URL of an article, each declared or inferred.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Who published the article.
    pub outlet: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Fields that were inferred rather than declared, with how
    /// (`"byline"`, `"dateline"`, `"masthead"`, `"copyright line"`, `"issue
    /// line"`, `"file name"`, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: BTreeMap<String, String>,
    /// Header keys quotecheck does not know, kept as they were.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// Longest header block considered, in lines.
const MAX_HEADER_LINES: usize = 40;

/// Splits a declared header from the body; infers what is missing.
/// Returns the metadata and the body (the text after the closing `---`
/// line, or the whole text when there is no header). A header may also be
/// opened by a `---` line (Markdown front matter).
///
/// ```
/// use quotecheck::corpus::meta::split_header;
/// let (meta, body) = split_header("outlet: AFP\ndate: 2024-12-31\nnote: wire copy\n---\nText.\n", None);
/// assert_eq!(meta.outlet.as_deref(), Some("AFP"));
/// assert_eq!(meta.extra["note"], "wire copy");
/// assert!(meta.inferred.is_empty());
/// assert_eq!(body, "Text.\n");
/// ```
pub fn split_header(text: &str, fallback_outlet: Option<String>) -> (Metadata, String) {
    let (mut meta, body_start) = read_header(text);
    let body = text[body_start..].to_string();
    infer_missing(&mut meta, &body, fallback_outlet);
    (meta, body)
}

/// [`split_header`] of a text no longer needed: the body is what is left of
/// `text` once its header is cut off, not a copy of it (one allocation and
/// copy of each article less).
pub fn split_header_owned(mut text: String, fallback_outlet: Option<String>) -> (Metadata, String) {
    let (mut meta, body_start) = read_header(&text);
    text.drain(..body_start);
    infer_missing(&mut meta, &text, fallback_outlet);
    (meta, text)
}

/// The fields a header declares, and where the body starts (0 without a
/// closed header).
fn read_header(text: &str) -> (Metadata, usize) {
    let mut meta = Metadata::default();
    // Where the header's `key: value` lines start and end, and the body.
    let mut lines = split_lines_inclusive(text).peekable();
    let mut fields_start = 0;
    if lines.peek().is_some_and(|l| trim(l) == "---") {
        fields_start = lines.next().map_or(0, str::len);
    }
    let mut fields_end = fields_start;
    let mut body_start = 0;
    for (n, line) in lines.enumerate() {
        if n >= MAX_HEADER_LINES {
            break;
        }
        let trimmed = trim(line);
        if trimmed == "---" {
            // A header holds at least one field.
            if n > 0 {
                body_start = fields_end + line.len();
            }
            break;
        }
        let key = find_byte(trimmed.as_bytes(), b':').map(|colon| &trimmed[..colon]);
        if !key.is_some_and(is_header_key) {
            break;
        }
        fields_end += line.len();
    }
    // The fields of a closed header, read again: most files have none, and
    // only the values kept are copied.
    if body_start > 0 {
        for line in split_lines_inclusive(&text[fields_start..fields_end]) {
            let field = trim(line);
            let Some(colon) = find_byte(field.as_bytes(), b':') else {
                continue;
            };
            let (key, value) = (trim(&field[..colon]), trim(&field[colon + 1..]));
            if value.is_empty() {
                continue;
            }
            let is = |name: &str| key.eq_ignore_ascii_case(name);
            if is("outlet") || is("source") || is("publisher") {
                meta.outlet = Some(value.to_string());
            } else if is("date") || is("published") {
                // A value that is not a date is kept, not lost.
                match dateparse::parse_declared(value) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.extra.insert(key.to_ascii_lowercase(), value.to_string());
                    }
                }
            } else if is("url") || is("link") {
                meta.url = Some(value.to_string());
            } else if is("title") || is("headline") {
                meta.title = Some(value.to_string());
            } else {
                meta.extra.insert(key.to_ascii_lowercase(), value.to_string());
            }
        }
    }
    (meta, body_start)
}

/// Metadata of an HTML page: what its head declares, then inference on its text.
pub fn metadata_for_html(page: &HtmlPage, fallback_outlet: Option<String>) -> Metadata {
    let mut meta = page.meta.clone();
    infer_missing(&mut meta, &page.text, fallback_outlet);
    meta
}

fn is_header_key(k: &str) -> bool {
    let k = trim(k);
    !k.is_empty() && k.len() <= 24 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Fills the fields the header did not declare from the article text, and
/// records in [`Metadata::inferred`] how each was found.
///
/// - **title**: a Markdown `# ` heading near the top (above the text: it
///   replaces a line above it that only read as a headline, a tagline or a
///   section's label), else a first line that reads as a headline (short,
///   capitalized, no final period). Rows of links (menus, breadcrumbs) are
///   navigation, never a title.
/// - **date**, from the top lines only: a `date 2024-12-31` or `Published:`
///   line (labels in a dozen languages: `Giriş Tarihi:`, `פורסם:`,
///   `Опубликовано:`; also after a desk's credit and ` / ` or ` | `), a line
///   that is a date (`December 31, 2024`, `Tue 31 Dec 2024 03.46 GMT`, `12
///   marca 2025 | 18:42`, `2025年3月14日`), a byline with a date, a print
///   issue's line (`№44 от 15.03.2025`), a dateline (`SEOUL, Dec. 31, 2024
///   (AP) —`). A dateline without a year (`Dec. 31 (UPI) —`) gets one only
///   when exactly one of the years around the latest year the article
///   mentions puts that day on a weekday the top lines name ("reported on
///   Tuesday"), or else from the copyright line's year when nothing in the
///   article contradicts it (`© 2025 TASS`); otherwise the date stays
///   unknown. An `Updated` line is the last resort. Numeric dates: with
///   dots, day first (`14.03.2025`); with
///   slashes, the part over 12 tells the order, and when both are 12 or
///   less the date is read month first only on a line that is that date,
///   a time and a US time zone (`11/04/2025 07:51 AM EST`), else it stays
///   unknown; a two-digit year only right after a label (`פורסם: 14.03.25`).
/// - **outlet**: the publisher (the domain of an `Original url:` line or of a
///   bare URL line at the top or bottom, a masthead line such as `Korea
///   JoongAng Daily`, the page's first link when it names the site, its
///   logo (`[Daily Mail](#)`), a one-word masthead under the headline and
///   above the date that the foot names again (`Clarín`), an outlet in the
///   byline, a copyright line at the foot), else the agency credited by a
///   dateline (`(Reuters) -`), byline (`By AFP`), sign-off line (`Yonhap`
///   after the body) or copyright line, else the file name. The publisher is
///   preferred (the paper rather than the company a copyright line names):
///   it is who chose to print these words; a wire credited besides it is kept
///   as `extra["wire"]`. After a writer's name a byline may name a place
///   (`By Jane Doe, Washington`) as well as an outlet, so the outlet must
///   show it is one: a publication's name, a domain (`iDNES.cz`), a word
///   only outlets are named with (`Capital Brief`, `USA TODAY`), or the
///   newsroom of a staff writer (`ESPN Staff Writer`).
/// - **url**: an `Original url:` line or a bare URL line.
///
/// ```
/// use quotecheck::corpus::meta::{infer_missing, Metadata};
/// let mut meta = Metadata::default();
/// infer_missing(&mut meta, "SEOUL, Dec. 31, 2024 (Reuters) - North Korea said...\n", None);
/// assert_eq!(meta.outlet.as_deref(), Some("Reuters"));
/// assert_eq!(meta.date.unwrap().to_string(), "2024-12-31");
/// assert_eq!(meta.inferred["date"], "dateline");
/// ```
pub fn infer_missing(meta: &mut Metadata, body: &str, fallback_outlet: Option<String>) {
    let ev = Evidence::gather(body);
    let mut set = |field: &str, how: &str| {
        meta.inferred.insert(field.to_string(), how.to_string());
    };
    if meta.title.is_none()
        && let Some((t, how)) = ev.title.clone()
    {
        meta.title = Some(t);
        set("title", how);
    }
    if meta.date.is_none()
        && let Some((_, d, how)) = ev.best_date()
    {
        meta.date = Some(d);
        set("date", how);
    }
    if meta.url.is_none()
        && let Some((u, how)) = ev.url.clone()
    {
        meta.url = Some(u);
        set("url", how);
    }
    if meta.outlet.is_none() {
        if let Some((o, how)) = ev.publisher.clone().or_else(|| ev.wire.clone()) {
            meta.outlet = Some(o);
            set("outlet", how);
        } else if let Some(o) = fallback_outlet {
            meta.outlet = Some(o);
            set("outlet", "file name");
        }
    }
    if let Some((wire, how)) = ev.wire
        && !meta.extra.contains_key("wire")
        && !meta.outlet.as_deref().is_some_and(|o| same_outlet(o, &wire))
    {
        meta.extra.insert("wire".into(), wire);
        set("wire", how);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`infer_missing`] on `body`, with `file` for the file name's outlet:
    /// how the tests of every module of `meta` read an article.
    pub(super) fn infer(body: &str) -> Metadata {
        let mut m = Metadata::default();
        infer_missing(&mut m, body, Some("file".into()));
        m
    }

    /// The inferred date as `2024-12-31`, to compare with a literal.
    pub(super) fn date(m: &Metadata) -> Option<String> {
        m.date.map(|d| d.to_string())
    }

    #[test]
    fn publisher_beats_wire_and_the_wire_is_kept() {
        let body = "By AFP\n\nText.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2024/12/31/kim-a87490>\n";
        let m = infer(body);
        assert_eq!(m.outlet.as_deref(), Some("themoscowtimes.com"));
        assert_eq!(m.inferred["outlet"], "original url line");
        assert_eq!(
            m.url.as_deref(),
            Some("https://www.themoscowtimes.com/2024/12/31/kim-a87490")
        );
        assert_eq!(m.extra["wire"], "AFP");
        assert_eq!(m.inferred["wire"], "byline");
        // The same organisation is not recorded twice.
        let m = infer("Dec. 31 (UPI) — Text.\nhttps://www.upi.com/Top_News/2024/12/31/kim\n");
        assert_eq!(m.outlet.as_deref(), Some("upi.com"));
        assert!(!m.extra.contains_key("wire"));
    }

    #[test]
    fn declared_values_win_and_are_not_marked() {
        let (m, body) = split_header(
            "outlet: Foo\ndate: 2024-12-30\ntitle: T\n---\nDec. 31 (UPI) — Text.\n",
            None,
        );
        assert_eq!(m.outlet.as_deref(), Some("Foo"));
        assert_eq!(date(&m).as_deref(), Some("2024-12-30"));
        assert_eq!(m.title.as_deref(), Some("T"));
        assert!(!m.inferred.contains_key("outlet") && !m.inferred.contains_key("date"));
        assert_eq!(m.extra["wire"], "UPI");
        assert_eq!(body, "Dec. 31 (UPI) — Text.\n");
    }

    #[test]
    fn header_edge_cases() {
        let (m, body) = split_header("---\ntitle: Front matter\ndate: Dec 31, 2024\n---\nText", None);
        assert_eq!(m.title.as_deref(), Some("Front matter"));
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        assert_eq!(body, "Text");
        let (m, _) = split_header("date: 2024-12-31T10:00:00Z\nnote: x\n---\nText", None);
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        let (m, _) = split_header("date: soon\n---\nText", None);
        assert_eq!(m.date, None);
        assert_eq!(m.extra["date"], "soon");
        // Not a header: no closing line.
        let (m, body) = split_header("Note: this is prose.\nMore prose.\n", None);
        assert!(m.extra.is_empty());
        assert_eq!(body, "Note: this is prose.\nMore prose.\n");
    }
}
