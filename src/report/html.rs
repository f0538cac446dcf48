//! The report as one self-contained HTML page: inline CSS, no script, no
//! external resource, readable offline on a laptop or a phone.
//!
//! The filter by change class works without script: hidden radio buttons
//! and a checkbox come first in `<body>`, and `:checked ~ main ...` rules
//! hide the variants and families without the chosen class, or mark
//! typographic changes. A `Content-Security-Policy` meta tag forbids every
//! script, connection, frame and external load, so even a mistake in
//! escaping could not run code. All article text and metadata is escaped
//! (`&<>"'`, control characters spelled out), every attribute is quoted, and
//! only http(s) URLs become links (`javascript:` URLs are shown as text).
//!
//! ```
//! use quotecheck::report::{Report, ReportConfig, html};
//! let records = quotecheck::synth::tiny_records();
//! let out = quotecheck::align_corpus(&records, &Default::default());
//! let page = html::render(&Report::build(&out, &records, &ReportConfig::default()));
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("Content-Security-Policy"));
//! assert!(!page.contains("<script"));
//! ```

use super::terminal::clean;
use super::{FamilyReport, Printing, Report, TimelineEntry, Variant};
use crate::diff::{ChangeClass, DiffCounts, InlineSpan, SpanKind};
use std::fmt::Write;

/// The page's Content-Security-Policy: nothing may load or run except the
/// page's own inline style and inline images.
pub const CSP: &str =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/// Renders the report as a complete HTML document.
pub fn render(report: &Report) -> String {
    let mut s = String::with_capacity(64 * 1024);
    s.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        s,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        esc(CSP)
    );
    s.push_str(
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"color-scheme\" content=\"light dark\">\n\
         <title>Quote report</title>\n<style>\n",
    );
    s.push_str(CSS);
    s.push_str("</style>\n</head>\n<body>\n");
    // The filter's state: first in <body> so that `~` rules reach header and main.
    s.push_str(
        "<input type=\"radio\" name=\"show\" id=\"show-all\" class=\"state\" checked>\n\
         <input type=\"radio\" name=\"show\" id=\"show-number\" class=\"state\">\n\
         <input type=\"radio\" name=\"show\" id=\"show-wording\" class=\"state\">\n\
         <input type=\"radio\" name=\"show\" id=\"show-editorial\" class=\"state\">\n\
         <input type=\"radio\" name=\"show\" id=\"show-spelling\" class=\"state\">\n\
         <input type=\"radio\" name=\"show\" id=\"show-typographic\" class=\"state\">\n",
    );
    let _ = writeln!(
        s,
        "<input type=\"checkbox\" id=\"mark-typography\" class=\"state\"{}>",
        if report.show_typography { " checked" } else { "" }
    );
    header(&mut s, report);
    s.push_str("<main>\n");
    if report.families.is_empty() {
        s.push_str("<p class=\"empty\">No quote appears in more than one place in this corpus.</p>\n");
    }
    for f in &report.families {
        family(&mut s, f);
    }
    s.push_str("</main>\n<footer>\n<p>Made by quotecheck. Each variant is compared with its family’s most complete wording (or with the longer printing it is a piece of, when named): <del class=\"wording\">deleted</del> <ins class=\"wording\">inserted</ins>, <ins class=\"number\">changed figures</ins>, <ins class=\"editorial\">editorial marks</ins>, <ins class=\"spelling\">spelling</ins>, <ins class=\"typographic\">typography</ins>. This page runs no script and loads nothing.</p>\n</footer>\n</body>\n</html>\n");
    s
}

fn header(s: &mut String, report: &Report) {
    let sum = &report.summary;
    s.push_str("<header>\n<h1>Quote report</h1>\n");
    let _ = writeln!(
        s,
        "<p class=\"summary\">{} articles · {} quotes · {} families, <strong>{} with wording changes</strong> · {} quotes in no family</p>",
        sum.articles, sum.quotes, sum.families, sum.families_with_wording, sum.unmatched
    );
    s.push_str("<nav class=\"filters\" aria-label=\"Filter by change\">\n<span class=\"flabel\">Show</span>\n");
    let _ = writeln!(
        s,
        "<label for=\"show-all\">All <span class=\"n\">{}</span></label>",
        sum.variants
    );
    for class in ChangeClass::ALL {
        let _ = writeln!(
            s,
            "<label for=\"show-{c}\" class=\"{c}\">{} <span class=\"n\">{}</span></label>",
            title_case(class),
            sum.variants_with.get(class),
            c = class.as_str()
        );
    }
    s.push_str(
        "<label for=\"mark-typography\" class=\"toggle\"><span class=\"box\"></span>Mark typography</label>\n</nav>\n",
    );
    if !report.families.is_empty() {
        s.push_str("<ol class=\"toc\">\n");
        for f in &report.families {
            let _ = writeln!(
                s,
                "<li class=\"{}\"><a href=\"#family-{}\"><span class=\"fid\">{}</span> {}</a> {}</li>",
                has_classes(&f.classes),
                esc(&f.id),
                esc(&f.id),
                esc(&excerpt(&f.canonical.text, 12)),
                pills(&f.counts)
            );
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</header>\n");
}

fn family(s: &mut String, f: &FamilyReport) {
    let _ = writeln!(
        s,
        "<section class=\"family {}\" id=\"family-{}\">",
        has_classes(&f.classes),
        esc(&f.id)
    );
    let _ = writeln!(
        s,
        "<h2><span class=\"fid\">{}</span> {}</h2>",
        esc(&f.id),
        esc(f.speaker.as_deref().unwrap_or("Speaker unknown"))
    );
    let mut facts = format!(
        "{} quotes in {} article{}",
        f.quotes,
        f.articles,
        if f.articles == 1 { "" } else { "s" }
    );
    if let Some(first) = &f.first {
        let _ = write!(
            facts,
            " · first printed <time datetime=\"{d}\">{d}</time> by {}",
            esc(&first.label),
            d = esc(&first.date.to_string())
        );
        if first.same_day > 0 {
            let _ = write!(facts, " (and {} more the same day)", first.same_day);
        }
        if let Some(c) = &first.credits {
            let _ = write!(facts, " · credited to {}", esc(c));
        }
    }
    let _ = writeln!(s, "<p class=\"facts\">{facts} {}</p>", pills(&f.counts));
    if let Some(sp) = super::speakers_line(f, esc) {
        let _ = writeln!(
            s,
            "<p class=\"disagree\"><strong>The outlets disagree on the speaker:</strong> {sp}.</p>"
        );
    }
    let _ = writeln!(
        s,
        "<figure class=\"canonical\">\n<blockquote>{}</blockquote>\n<figcaption>Most complete wording, {} words · {}</figcaption>\n</figure>",
        esc(&f.canonical.text),
        f.canonical.words,
        printers(&f.canonical.printed_by)
    );
    s.push_str("<details class=\"timeline\" open>\n<summary>Timeline</summary>\n<ol>\n");
    for t in &f.timeline {
        timeline_entry(s, t);
    }
    s.push_str("</ol>\n</details>\n");
    if f.variants.is_empty() {
        s.push_str("<p class=\"none\">Every printing uses the most complete wording.</p>\n");
    } else {
        let _ = writeln!(
            s,
            "<h3>Variants <span class=\"vcount\">{}</span></h3>\n<ol class=\"variants\">",
            f.variants.len()
        );
        for v in &f.variants {
            variant(s, v);
        }
        s.push_str("</ol>\n");
    }
    s.push_str("</section>\n");
}

fn timeline_entry(s: &mut String, t: &TimelineEntry) {
    let date = match t.date {
        Some(d) => format!("<time datetime=\"{d}\">{d}</time>", d = esc(&d.to_string())),
        None => "<time class=\"undated\">undated</time>".to_string(),
    };
    // Without a headline, a link reads as its URL.
    let title = esc(t.title.as_deref().or(t.link.as_deref()).unwrap_or(""));
    let article = match &t.link {
        Some(link) => format!(
            "<a href=\"{}\" rel=\"noopener noreferrer nofollow\">{title}</a>",
            esc(link)
        ),
        None if title.is_empty() => String::new(),
        None => format!("<span class=\"title\">{title}</span>"),
    };
    let unlinked = match (&t.link, &t.url) {
        (None, Some(url)) => format!(" <span class=\"url\">{}</span>", esc(url)),
        _ => String::new(),
    };
    let mut tags = String::new();
    if t.first {
        tags.push_str(" <span class=\"tag first\">first</span>");
    }
    if t.canonical {
        tags.push_str(" <span class=\"tag complete\">most complete</span>");
    }
    if let Some(c) = &t.credits {
        let _ = write!(tags, " <span class=\"tag credit\">credits {}</span>", esc(c));
    }
    let _ = writeln!(
        s,
        "<li>{date}<span class=\"outlet\">{}</span><span class=\"art\">{article}{unlinked} <span class=\"file\">{} {}</span>{tags}</span></li>",
        esc(&t.label),
        esc(&t.file),
        esc(&t.quotes.join(" "))
    );
}

fn variant(s: &mut String, v: &Variant) {
    let _ = writeln!(s, "<li class=\"variant {}\">", has_classes(&v.classes));
    let _ = writeln!(
        s,
        "<p class=\"vmeta\"><span class=\"who\">{}</span> <span class=\"window\">{}{}</span> {}</p>",
        printers(&v.printed_by),
        v.against
            .as_ref()
            .map(|a| format!("compared with {} {}, ", esc(&a.label), esc(&a.quote)))
            .unwrap_or_default(),
        esc(&v.diff.window.to_string()),
        pills(&v.diff.counts)
    );
    if let Some(whole) = &v.splice {
        let _ = writeln!(
            s,
            "<p class=\"disagree\"><strong>Splice:</strong> a piece of “{}”, whose ellipsis joins words other outlets print as separate quotes.</p>",
            esc(whole)
        );
    }
    s.push_str("<p class=\"diff\">");
    if v.diff.window.elided_before() {
        s.push_str("<span class=\"elided\" title=\"earlier words not quoted\">…</span> ");
    }
    spans(s, &v.inline);
    if v.diff.window.elided_after() {
        s.push_str(" <span class=\"elided\" title=\"later words not quoted\">…</span>");
    }
    s.push_str("</p>\n</li>\n");
}

fn spans(s: &mut String, spans: &[InlineSpan]) {
    for sp in spans {
        let tag = match sp.kind {
            SpanKind::Same => {
                s.push_str(&esc(&sp.text()));
                continue;
            }
            SpanKind::Deleted => "del",
            SpanKind::Inserted => "ins",
        };
        let class = sp.class.map_or("wording", ChangeClass::as_str);
        let _ = write!(s, "<{tag} class=\"{class}\">");
        for p in &sp.pieces {
            if p.emphasis {
                let _ = write!(s, "<b>{}</b>", esc(&p.text));
            } else {
                s.push_str(&esc(&p.text));
            }
        }
        let _ = write!(s, "</{tag}>");
    }
}

/// `has-wording has-editorial` for the classes present (filter hooks).
fn has_classes(classes: &[ChangeClass]) -> String {
    if classes.is_empty() {
        return "unchanged".to_string();
    }
    classes
        .iter()
        .map(|c| format!("has-{}", c.as_str()))
        .collect::<Vec<_>>()
        .join(" ")
}

fn pills(c: &DiffCounts) -> String {
    let mut out = String::new();
    for class in ChangeClass::ALL {
        let n = c.get(class);
        if n > 0 {
            let _ = write!(
                out,
                "<span class=\"pill {}\">{n} {}</span>",
                class.as_str(),
                class.as_str()
            );
        }
    }
    if c.number + c.wording + c.editorial + c.spelling == 0 {
        out.push_str("<span class=\"pill same\">same words</span>");
    }
    out
}

fn printers(ps: &[Printing]) -> String {
    let list: Vec<String> = ps
        .iter()
        .map(|p| {
            let mut one = format!(
                "<span class=\"printer\"><strong>{}</strong> {}",
                esc(&p.label),
                esc(&p.quote)
            );
            if let Some(d) = p.date {
                let _ = write!(one, " <time datetime=\"{d}\">{d}</time>", d = esc(&d.to_string()));
            }
            if let Some(src) = &p.source {
                let _ = write!(
                    one,
                    " <span class=\"src\">from {} {}</span>",
                    esc(&src.label),
                    esc(&src.quote)
                );
            }
            if !p.source_tied.is_empty() {
                let at: Vec<String> = p
                    .source_tied
                    .iter()
                    .map(|t| format!("{} {}", esc(&t.label), esc(&t.quote)))
                    .collect();
                let _ = write!(
                    one,
                    " <span class=\"src\">from {} (the same day, which first unknown)</span>",
                    at.join(" or ")
                );
            }
            if !p.also_fits.is_empty() {
                let _ = write!(
                    one,
                    " <span class=\"src\">ambiguous, also fits {}</span>",
                    esc(&p.also_fits.join(", "))
                );
            }
            one.push_str("</span>");
            one
        })
        .collect();
    list.join(" ")
}

fn title_case(c: ChangeClass) -> &'static str {
    match c {
        ChangeClass::Number => "Number",
        ChangeClass::Wording => "Wording",
        ChangeClass::Editorial => "Editorial",
        ChangeClass::Spelling => "Spelling",
        ChangeClass::Typographic => "Typographic",
    }
}

/// The first `n` words, with an ellipsis when there are more.
fn excerpt(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{} …", words[..n].join(" "))
    }
}

/// Text made inert for HTML content and quoted attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for c in clean(text).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const CSS: &str = r#":root {
  --bg: #f4f2ec; --card: #fff; --ink: #1f2328; --muted: #636c76; --line: #dcd8cc;
  --del-bg: #ffe1de; --del-ink: #8e1b12; --del-emph: #f8a9a1;
  --ins-bg: #d8f5df; --ins-ink: #0f5a2a; --ins-emph: #8fdca8;
  --num-bg: #f3dcf5; --num-ink: #6a1170;
  --ed-bg: #e1ebfb; --ed-ink: #1b4487; --sp-bg: #fbf0d2; --sp-ink: #6b4a00; --sp-emph: #f0d38a; --ty-bg: #ecebe7; --ty-ink: #59606a;
  --accent: #20303f;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #16181b; --card: #1f2226; --ink: #e6e6e3; --muted: #9aa2ab; --line: #363a40;
    --del-bg: #4a1d1a; --del-ink: #ffb3aa; --del-emph: #7a2a24;
    --ins-bg: #173a24; --ins-ink: #a6e9b9; --ins-emph: #24603a;
    --num-bg: #3e1c42; --num-ink: #f0b5f5;
    --ed-bg: #1c2c47; --ed-ink: #a9c6f5; --sp-bg: #3d3216; --sp-ink: #f0d590; --sp-emph: #66521d; --ty-bg: #2b2e33; --ty-ink: #a3a9b1;
    --accent: #c9d6e3;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header, main, footer { max-width: 58rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; letter-spacing: -.01em; }
.summary { margin: 0 0 .75rem; color: var(--muted); }
.summary strong { color: var(--ink); }
.state { position: absolute; opacity: 0; width: 1px; height: 1px; pointer-events: none; }
.filters { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; padding: .6rem 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.flabel { color: var(--muted); font-size: .9rem; margin-right: .2rem; }
.filters label { cursor: pointer; user-select: none; border: 1px solid var(--line); background: var(--card); border-radius: 999px; padding: .2rem .75rem; font-size: .9rem; }
.filters label .n { color: var(--muted); font-variant-numeric: tabular-nums; }
.filters .toggle { margin-left: auto; display: inline-flex; align-items: center; gap: .4rem; }
.toggle .box { width: .95rem; height: .95rem; border: 1.5px solid var(--muted); border-radius: 3px; display: inline-block; }
#show-all:checked ~ header label[for="show-all"],
#show-number:checked ~ header label[for="show-number"],
#show-wording:checked ~ header label[for="show-wording"],
#show-editorial:checked ~ header label[for="show-editorial"],
#show-spelling:checked ~ header label[for="show-spelling"],
#show-typographic:checked ~ header label[for="show-typographic"] { background: var(--accent); border-color: var(--accent); color: var(--bg); }
#show-all:checked ~ header label[for="show-all"] .n,
#show-number:checked ~ header label[for="show-number"] .n,
#show-wording:checked ~ header label[for="show-wording"] .n,
#show-editorial:checked ~ header label[for="show-editorial"] .n,
#show-spelling:checked ~ header label[for="show-spelling"] .n,
#show-typographic:checked ~ header label[for="show-typographic"] .n { color: inherit; }
#mark-typography:checked ~ header .toggle .box { background: var(--accent); border-color: var(--accent); box-shadow: inset 0 0 0 2px var(--card); }
#show-all:focus-visible ~ header label[for="show-all"],
#show-number:focus-visible ~ header label[for="show-number"],
#show-wording:focus-visible ~ header label[for="show-wording"],
#show-editorial:focus-visible ~ header label[for="show-editorial"],
#show-spelling:focus-visible ~ header label[for="show-spelling"],
#show-typographic:focus-visible ~ header label[for="show-typographic"],
#mark-typography:focus-visible ~ header label[for="mark-typography"] { outline: 2px solid #2f6fde; outline-offset: 2px; }
#show-number:checked ~ main .family:not(.has-number), #show-number:checked ~ main .variant:not(.has-number),
#show-wording:checked ~ main .family:not(.has-wording), #show-wording:checked ~ main .variant:not(.has-wording),
#show-editorial:checked ~ main .family:not(.has-editorial), #show-editorial:checked ~ main .variant:not(.has-editorial),
#show-spelling:checked ~ main .family:not(.has-spelling), #show-spelling:checked ~ main .variant:not(.has-spelling),
#show-typographic:checked ~ main .family:not(.has-typographic), #show-typographic:checked ~ main .variant:not(.has-typographic),
#show-number:checked ~ header .toc li:not(.has-number),
#show-wording:checked ~ header .toc li:not(.has-wording),
#show-editorial:checked ~ header .toc li:not(.has-editorial),
#show-spelling:checked ~ header .toc li:not(.has-spelling),
#show-typographic:checked ~ header .toc li:not(.has-typographic) { display: none; }
.toc { list-style: none; padding: 0; margin: .75rem 0 0; display: grid; gap: .15rem; font-size: .92rem; }
.toc a { color: inherit; text-decoration: none; }
.toc a:hover { text-decoration: underline; }
.fid { display: inline-block; min-width: 2.2em; font: 600 .8em/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); }
main { padding-top: .5rem; padding-bottom: 2rem; }
.family { background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 1rem 1.25rem 1.25rem; margin: 1rem 0; box-shadow: 0 1px 2px rgba(0,0,0,.04); }
h2 { font-size: 1.2rem; margin: 0; }
h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1.1rem 0 .4rem; }
.facts { margin: .2rem 0 .8rem; color: var(--muted); font-size: .92rem; }
.disagree { margin: -.4rem 0 .8rem; padding: .3rem .6rem; border-left: 4px solid var(--num-ink); background: var(--num-bg); color: var(--num-ink); font-size: .92rem; }
.pill { display: inline-block; font-size: .75rem; font-weight: 600; border-radius: 999px; padding: 0 .5rem; margin-left: .25rem; line-height: 1.5rem; white-space: nowrap; }
.pill.number { background: var(--num-bg); color: var(--num-ink); }
.pill.wording { background: var(--del-bg); color: var(--del-ink); }
.pill.editorial { background: var(--ed-bg); color: var(--ed-ink); }
.pill.spelling { background: var(--sp-bg); color: var(--sp-ink); }
.pill.typographic { background: var(--ty-bg); color: var(--ty-ink); }
.pill.same { background: var(--ty-bg); color: var(--muted); font-weight: 400; }
.pill.typographic { display: none; }
#mark-typography:checked ~ * .pill.typographic, #show-typographic:checked ~ * .pill.typographic { display: inline-block; }
.canonical { margin: 0; }
blockquote, .diff { font-family: Charter, "Bitstream Charter", "Iowan Old Style", Georgia, Cambria, "Noto Serif", serif; font-size: 1.06rem; line-height: 1.6; }
blockquote { margin: 0; padding: .4rem 0 .4rem 1rem; border-left: 4px solid var(--accent); }
blockquote::before { content: "“"; } blockquote::after { content: "”"; }
figcaption { color: var(--muted); font-size: .85rem; margin: .3rem 0 0 1.25rem; }
.timeline { margin-top: .9rem; }
.timeline summary { cursor: pointer; font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.timeline ol { list-style: none; margin: .4rem 0 0; padding: 0; border-left: 2px solid var(--line); }
.timeline li { position: relative; display: grid; grid-template-columns: 6.5rem minmax(8rem, 13rem) 1fr; gap: .5rem; padding: .3rem 0 .3rem .9rem; font-size: .9rem; }
.timeline li::before { content: ""; position: absolute; left: -5px; top: .75rem; width: 8px; height: 8px; border-radius: 50%; background: var(--muted); }
.timeline time { font-variant-numeric: tabular-nums; color: var(--muted); }
.outlet { font-weight: 600; overflow-wrap: break-word; min-width: 0; }
.art { overflow-wrap: anywhere; min-width: 0; }
.art a { color: #2f6fde; }
.file, .url { color: var(--muted); font-size: .8rem; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.tag { font-size: .72rem; border: 1px solid var(--line); border-radius: 4px; padding: 0 .3rem; color: var(--muted); white-space: nowrap; }
.tag.first { border-color: var(--accent); color: var(--ink); }
.variants { list-style: none; padding: 0; margin: 0; }
.variant { border-top: 1px solid var(--line); padding: .6rem 0 .2rem; }
.vmeta { margin: 0; font-size: .85rem; color: var(--muted); }
.printer { margin-right: .6rem; }
.printer strong { color: var(--ink); }
.src { font-style: italic; }
.window { white-space: nowrap; }
.diff { margin: .25rem 0 .2rem; overflow-wrap: anywhere; }
.diff::before { content: "“"; } .diff::after { content: "”"; }
.elided { color: var(--muted); }
del, ins { text-decoration: none; border-radius: 3px; padding: 0 .12em; }
del { background: var(--del-bg); color: var(--del-ink); text-decoration: line-through; text-decoration-thickness: 1px; }
ins { background: var(--ins-bg); color: var(--ins-ink); }
del b, ins b { font-weight: inherit; border-radius: 2px; }
del b { background: var(--del-emph); } ins b { background: var(--ins-emph); }
del.editorial, ins.editorial { background: var(--ed-bg); color: var(--ed-ink); }
del.editorial b, ins.editorial b { background: transparent; }
del.number, ins.number { background: var(--num-bg); color: var(--num-ink); font-weight: 600; }
del.number b, ins.number b { background: transparent; }
del.spelling, ins.spelling { background: var(--sp-bg); color: var(--sp-ink); }
del.spelling b, ins.spelling b { background: var(--sp-emph); }
del.typographic { display: none; }
ins.typographic { background: none; color: inherit; padding: 0; }
ins.typographic b { background: none; }
#mark-typography:checked ~ main del.typographic, #show-typographic:checked ~ main del.typographic { display: inline; background: var(--ty-bg); color: var(--ty-ink); padding: 0 .12em; }
#mark-typography:checked ~ main ins.typographic, #show-typographic:checked ~ main ins.typographic { background: var(--ty-bg); color: var(--ty-ink); padding: 0 .12em; }
#mark-typography:checked ~ main .typographic b, #show-typographic:checked ~ main .typographic b { text-decoration: underline; }
.vcount { font-weight: 400; }
#show-number:checked ~ main .vcount, #show-wording:checked ~ main .vcount, #show-editorial:checked ~ main .vcount, #show-spelling:checked ~ main .vcount, #show-typographic:checked ~ main .vcount { display: none; }
.none, .empty { color: var(--muted); }
footer { color: var(--muted); font-size: .85rem; padding-bottom: 2rem; }
@media (max-width: 40rem) {
  body { font-size: 15px; }
  header, main, footer { padding: 0 .6rem; }
  .family { padding: .8rem .8rem 1rem; border-radius: 10px; }
  .filters .toggle { margin-left: 0; }
  .timeline li { grid-template-columns: 1fr; gap: 0; }
  .timeline li time { font-size: .8rem; }
  blockquote, .diff { font-size: 1rem; }
}
@media print {
  .filters { position: static; }
  .state, .filters { display: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_every_html_special_character() {
        assert_eq!(
            esc(r#"<img src=x onerror="a('1')">&"#),
            "&lt;img src=x onerror=&quot;a(&#39;1&#39;)&quot;&gt;&amp;"
        );
        assert_eq!(esc("a\u{0}b"), "a\\u{0}b");
    }
}
