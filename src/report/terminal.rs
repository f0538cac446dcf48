//! The report for a terminal: colour when asked (deletions struck through in
//! red, insertions green, editorial marks cyan, typography grey), plain
//! `[-old-]{+new+}` markers without colour.
//!
//! Article text cannot drive the terminal: control characters and bidi
//! overrides in quotes or metadata are shown as `\u{..}` escapes.
//!
//! ```
//! use quotecheck::report::{Report, ReportConfig, terminal};
//! let records = quotecheck::synth::tiny_records();
//! let out = quotecheck::align_corpus(&records, &Default::default());
//! let report = Report::build(&out, &records, &ReportConfig::default());
//! let text = terminal::render(&report, &terminal::TerminalOptions { color: false });
//! assert!(text.starts_with("Quote report:"));
//! assert!(!text.contains('\x1b'));
//! ```

use super::{FamilyReport, Printing, Report};
use crate::diff::{ChangeClass, InlineSpan, SpanKind};
use anstyle::{AnsiColor, Effects, Style};
use std::fmt::Write;

/// How to print.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TerminalOptions {
    /// Use ANSI colours and effects instead of text markers.
    pub color: bool,
}

/// Renders the report for a terminal.
pub fn render(report: &Report, opts: &TerminalOptions) -> String {
    let p = Painter { color: opts.color };
    let mut s = String::new();
    let sum = &report.summary;
    let _ = writeln!(
        s,
        "{} {} articles, {} quotes, {} families ({} with wording changes), {} quotes in no family",
        p.paint(Style::new().bold(), "Quote report:"),
        sum.articles,
        sum.quotes,
        sum.families,
        sum.families_with_wording,
        sum.unmatched
    );
    let legend = if opts.color {
        format!(
            "{} {} {} {}",
            p.paint(del_style(Some(ChangeClass::Wording)), "deleted"),
            p.paint(ins_style(Some(ChangeClass::Wording)), "inserted"),
            p.paint(ins_style(Some(ChangeClass::Editorial)), "editorial"),
            p.paint(ins_style(Some(ChangeClass::Typographic)), "typographic"),
        )
    } else {
        "[-deleted-]{+inserted+}".to_string()
    };
    let typo = if report.show_typography {
        "typographic changes shown"
    } else {
        "typographic changes hidden (--show-typography)"
    };
    let _ = writeln!(
        s,
        "Changes against the most complete wording (or the longer printing named): {legend}; {typo}."
    );
    for f in &report.families {
        s.push('\n');
        family(&mut s, f, report.show_typography, &p);
    }
    s
}

fn family(s: &mut String, f: &FamilyReport, show_typo: bool, p: &Painter) {
    let mut head = format!(
        "{}  {} · {} quotes in {} article{}",
        p.paint(Style::new().bold(), &f.id),
        clean(f.speaker.as_deref().unwrap_or("speaker unknown")),
        f.quotes,
        f.articles,
        if f.articles == 1 { "" } else { "s" }
    );
    head.push_str(" · ");
    head.push_str(&counts_text(&f.counts, show_typo));
    let _ = writeln!(s, "{head}");
    if let Some(first) = &f.first {
        let mut line = format!(
            "  first printed {} by {} ({} {})",
            first.date,
            clean(&first.label),
            clean(&first.file),
            first.quote
        );
        if first.same_day > 0 {
            let _ = write!(
                line,
                ", {} more article{} the same day",
                first.same_day,
                if first.same_day == 1 { "" } else { "s" }
            );
        }
        if let Some(c) = &first.credits {
            let _ = write!(line, "; credited to {}", clean(c));
        }
        let _ = writeln!(s, "{line}");
    } else {
        let _ = writeln!(s, "  first printed: no dated article");
    }
    if let Some(sp) = super::speakers_line(f, clean) {
        let _ = writeln!(
            s,
            "  {} {sp}",
            p.paint(Style::new().bold(), "the outlets disagree on the speaker:")
        );
    }
    let _ = writeln!(s, "  {}", p.paint(Style::new().bold(), "timeline"));
    let width = f
        .timeline
        .iter()
        .map(|t| clean(&t.label).chars().count())
        .max()
        .unwrap_or(0);
    for t in &f.timeline {
        let date = t.date.map_or_else(|| "undated   ".to_string(), |d| d.to_string());
        let mut line = format!(
            "    {date}  {:<width$}  {}",
            clean(&t.label),
            t.quotes.join(" "),
            width = width
        );
        let mut tags = Vec::new();
        if t.first {
            tags.push("first");
        }
        if t.canonical {
            tags.push("most complete");
        }
        if !tags.is_empty() {
            let _ = write!(line, "  [{}]", tags.join(", "));
        }
        if let Some(u) = &t.url {
            let _ = write!(
                line,
                "  {}",
                p.paint(Style::new().effects(Effects::UNDERLINE), &clean(u))
            );
        }
        let _ = writeln!(s, "{line}");
    }
    let _ = writeln!(
        s,
        "  {} ({} words), printed by {}",
        p.paint(Style::new().bold(), "most complete wording"),
        f.canonical.words,
        printers(&f.canonical.printed_by)
    );
    let _ = writeln!(s, "    “{}”", clean(&f.canonical.text));
    if f.variants.is_empty() {
        return;
    }
    let _ = writeln!(s, "  {}", p.paint(Style::new().bold(), "variants"));
    for v in &f.variants {
        let _ = writeln!(
            s,
            "    {} · {}{} · {}{}",
            printers(&v.printed_by),
            v.against
                .as_ref()
                .map(|a| format!("compared with {} {}, ", clean(&a.label), a.quote))
                .unwrap_or_default(),
            v.diff.window,
            counts_text(&v.diff.counts, show_typo),
            v.splice
                .as_deref()
                .map(|w| format!(" · splice, a piece of “{}”", clean(w)))
                .unwrap_or_default()
        );
        let mut line = String::from("      “");
        if v.diff.window.elided_before() {
            line.push_str("… ");
        }
        spans(&mut line, &v.inline, show_typo, p);
        if v.diff.window.elided_after() {
            line.push_str(" …");
        }
        line.push('”');
        let _ = writeln!(s, "{line}");
    }
}

/// `5 wording, 1 editorial, 4 typographic` (typography only when shown).
fn counts_text(c: &crate::diff::DiffCounts, show_typo: bool) -> String {
    super::counts_line(c, show_typo, |t| t)
}

/// `UPI q2 (2024-12-31), The Example Ledger q3 (2025-01-02)`.
fn printers(ps: &[Printing]) -> String {
    super::printers_line(ps, clean)
}

fn spans(out: &mut String, spans: &[InlineSpan], show_typo: bool, p: &Painter) {
    for sp in spans {
        let typo = sp.class == Some(ChangeClass::Typographic);
        match sp.kind {
            SpanKind::Same => out.push_str(&clean(&sp.text())),
            SpanKind::Deleted if typo && !show_typo => {}
            SpanKind::Inserted if typo && !show_typo => out.push_str(&clean(&sp.text())),
            SpanKind::Deleted | SpanKind::Inserted => {
                let deleted = sp.kind == SpanKind::Deleted;
                if p.color {
                    let base = if deleted {
                        del_style(sp.class)
                    } else {
                        ins_style(sp.class)
                    };
                    for piece in &sp.pieces {
                        let st = if piece.emphasis {
                            base.bold().effects(base.get_effects() | Effects::UNDERLINE)
                        } else {
                            base
                        };
                        out.push_str(&p.paint(st, &clean(&piece.text)));
                    }
                } else {
                    out.push_str(if deleted { "[-" } else { "{+" });
                    out.push_str(&clean(&sp.text()));
                    out.push_str(if deleted { "-]" } else { "+}" });
                }
            }
        }
    }
}

fn class_color(class: Option<ChangeClass>, deleted: bool) -> AnsiColor {
    match class {
        Some(ChangeClass::Typographic) => AnsiColor::BrightBlack,
        Some(ChangeClass::Editorial) => AnsiColor::Cyan,
        Some(ChangeClass::Spelling) => AnsiColor::Yellow,
        Some(ChangeClass::Number) => AnsiColor::Magenta,
        _ if deleted => AnsiColor::Red,
        _ => AnsiColor::Green,
    }
}

fn del_style(class: Option<ChangeClass>) -> Style {
    Style::new()
        .fg_color(Some(class_color(class, true).into()))
        .effects(Effects::STRIKETHROUGH)
}

fn ins_style(class: Option<ChangeClass>) -> Style {
    Style::new().fg_color(Some(class_color(class, false).into()))
}

/// Applies styles only when colour is on.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, style: Style, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("{}{}{}", style.render(), text, style.render_reset())
        } else {
            text.to_string()
        }
    }
}

/// Article text made inert for a terminal: control characters (escape
/// sequences, carriage returns) and bidi overrides become `\u{..}`; line
/// breaks become spaces.
pub(super) fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_in_article_text_are_inert() {
        assert_eq!(clean("a\x1b[31mred\u{202E}b\nc"), "a\\u{1b}[31mred\\u{202e}b c");
    }
}
