//! The report as Markdown, for an editor's note or a pull request:
//! deletions `~~struck~~`, insertions `**bold**`, a timeline table per family.
//!
//! Article text is escaped (every Markdown punctuation that could start a
//! link, an emphasis, raw HTML or a table cell is backslash-escaped), and
//! only http(s) URLs become links, so a quote cannot inject markup into the
//! rendered note.
//!
//! ```
//! use quotecheck::report::{Report, ReportConfig, markdown};
//! let records = quotecheck::synth::tiny_records();
//! let out = quotecheck::align_corpus(&records, &Default::default());
//! let md = markdown::render(&Report::build(&out, &records, &ReportConfig::default()));
//! assert!(md.starts_with("# Quote report\n"));
//! ```

use super::terminal::clean;
use super::{FamilyReport, Printing, Report};
use crate::diff::{ChangeClass, DiffCounts, SpanKind};
use std::fmt::Write;

/// Renders the report as CommonMark (with GitHub's `~~strikethrough~~`).
pub fn render(report: &Report) -> String {
    let mut s = String::from("# Quote report\n\n");
    let sum = &report.summary;
    let _ = writeln!(
        s,
        "{} articles · {} quotes · {} families, {} with wording changes · {} quotes in no family.\n",
        sum.articles, sum.quotes, sum.families, sum.families_with_wording, sum.unmatched
    );
    let _ = writeln!(
        s,
        "Each variant is compared with its family's most complete wording (or with the longer printing it is a piece of, when named): ~~deleted~~ **inserted**. {}\n",
        if report.show_typography {
            "Typographic changes (case, punctuation, quote marks, hyphens) are shown."
        } else {
            "Typographic changes (case, punctuation, quote marks, hyphens) are hidden; `--show-typography` shows them."
        }
    );
    for f in &report.families {
        family(&mut s, f, report.show_typography);
    }
    s
}

fn family(s: &mut String, f: &FamilyReport, show_typo: bool) {
    let _ = writeln!(
        s,
        "## {} · {}\n",
        esc(&f.id),
        esc(f.speaker.as_deref().unwrap_or("speaker unknown"))
    );
    let mut line = format!(
        "{} quotes in {} article{} · {}",
        f.quotes,
        f.articles,
        if f.articles == 1 { "" } else { "s" },
        counts_text(&f.counts, show_typo)
    );
    match &f.first {
        Some(first) => {
            let _ = write!(line, " · first printed {} by {}", first.date, esc(&first.label));
            if first.same_day > 0 {
                let _ = write!(line, " (and {} more the same day)", first.same_day);
            }
            if let Some(c) = &first.credits {
                let _ = write!(line, ", credited to {}", esc(c));
            }
        }
        None => line.push_str(" · no dated article"),
    }
    let _ = writeln!(s, "{line}.\n");
    if let Some(sp) = super::speakers_line(f, esc) {
        let _ = writeln!(s, "**The outlets disagree on the speaker:** {sp}.\n");
    }
    let _ = writeln!(s, "> {}\n", esc(&f.canonical.text));
    let _ = writeln!(
        s,
        "Most complete wording ({} words), printed by {}.\n",
        f.canonical.words,
        printers(&f.canonical.printed_by)
    );
    s.push_str("| Date | Outlet | Quotes | Article |\n|---|---|---|---|\n");
    for t in &f.timeline {
        let title = esc(t.title.as_deref().unwrap_or(&t.file));
        let article = match (&t.link, &t.url) {
            (Some(link), _) => format!("[{title}](<{link}>)"),
            (None, Some(url)) => format!("{title} ({})", esc(url)),
            (None, None) => title,
        };
        let mut tags = Vec::new();
        if t.first {
            tags.push("first");
        }
        if t.canonical {
            tags.push("most complete");
        }
        let tags = if tags.is_empty() {
            String::new()
        } else {
            format!(" · *{}*", tags.join(", "))
        };
        let _ = writeln!(
            s,
            "| {} | {} | {} | {article}{tags} |",
            t.date.map_or_else(|| "undated".to_string(), |d| d.to_string()),
            esc(&t.label),
            t.quotes.join(" ")
        );
    }
    s.push('\n');
    if f.variants.is_empty() {
        return;
    }
    s.push_str("**Variants**\n\n");
    for v in &f.variants {
        let _ = writeln!(
            s,
            "- {} · {}{} · {}{}  ",
            printers(&v.printed_by),
            against_note(v),
            v.diff.window,
            counts_text(&v.diff.counts, show_typo),
            splice_note(v)
        );
        let mut text = String::new();
        if v.diff.window.elided_before() {
            text.push_str("… ");
        }
        for sp in &v.inline {
            let typo = sp.class == Some(ChangeClass::Typographic) && !show_typo;
            let t = sp.text();
            let core = t.trim();
            if core.is_empty() {
                text.push_str(&t);
                continue;
            }
            // Markers hug the words: `~~ a~~` is not strikethrough.
            let (lead, trail) = (&t[..t.len() - t.trim_start().len()], &t[t.trim_end().len()..]);
            match sp.kind {
                SpanKind::Same => text.push_str(&esc(&t)),
                SpanKind::Deleted if typo => {}
                SpanKind::Inserted if typo => text.push_str(&esc(&t)),
                SpanKind::Deleted => {
                    let _ = write!(text, "{lead}~~{}~~{trail}", esc(core));
                }
                SpanKind::Inserted => {
                    // `~~old~~ **new**`: a space keeps a replacement readable as source.
                    let sep = if text.ends_with("~~") { " " } else { "" };
                    let _ = write!(text, "{sep}{lead}**{}**{trail}", esc(core));
                }
            }
        }
        if v.diff.window.elided_after() {
            text.push_str(" …");
        }
        let _ = writeln!(s, "  “{text}”");
    }
    s.push('\n');
}

/// `compared with Global Times q1, ` when the variant is read against
/// another printing than the canonical.
fn against_note(v: &super::Variant) -> String {
    match &v.against {
        Some(a) => format!("compared with {} {}, ", esc(&a.label), a.quote),
        None => String::new(),
    }
}

/// ` · **splice** of “…”` for a splice's piece: the whole quote it stands in.
fn splice_note(v: &super::Variant) -> String {
    match &v.splice {
        Some(whole) => format!(" · **splice**, a piece of “{}”", esc(whole)),
        None => String::new(),
    }
}

fn counts_text(c: &DiffCounts, show_typo: bool) -> String {
    super::counts_line(c, show_typo, |t| format!("**{t}**"))
}

fn printers(ps: &[Printing]) -> String {
    super::printers_line(ps, esc)
}

/// Markdown-inert text: ASCII punctuation that Markdown or raw HTML gives a
/// meaning to is backslash-escaped (a `(` means nothing once `]` is escaped); control characters are spelled out.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in clean(text).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_article_text_is_escaped() {
        assert_eq!(
            esc("<script>[x](javascript:y) *a* | b"),
            "\\<script\\>\\[x\\](javascript:y) \\*a\\* \\| b"
        );
    }
}
