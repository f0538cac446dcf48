//! The report as JSON: the [`Report`] value itself, so other tools read
//! exactly what the other formats show, with each diff op's byte offsets
//! into the canonical (`old`) and variant (`new`) texts and its class.
//!
//! ```
//! use quotecheck::report::{Report, ReportConfig, json};
//! let records = quotecheck::synth::tiny_records();
//! let out = quotecheck::align_corpus(&records, &Default::default());
//! let text = json::render(&Report::build(&out, &records, &ReportConfig::default()));
//! let back: Report = serde_json::from_str(&text).unwrap();
//! assert_eq!(back.families.len(), 1);
//! ```

use super::Report;

/// Renders the report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report is plain data and always serializes");
    s.push('\n');
    s
}
