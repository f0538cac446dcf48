//! `quotecheck verify`: check a draft's quotes (or one quote) against the sources.

use super::Result;
use super::{Diagnostics, stdout_err};
use crate::cli::{VerifyArgs, VerifyFormat};
use quotecheck::corpus::{self, LoadConfig, Source};
use quotecheck::diff::{ChangeClass, SpanKind, WordDiff};
use quotecheck::extract::{ExtractConfig, extract_quotes};
use quotecheck::verify::{
    AttributionStatus, Check, Claim, FailOn, SourceMatch, SourceRef, Verdict, Verifier, VerifyConfig, VerifyReport,
};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: VerifyArgs, diag: &mut Diagnostics) -> Result<ExitCode> {
    let fail_on = parse_fail_on(&args.fail_on)?;
    let (draft, draft_path, claims) = claims(&args, diag)?;
    let read_cfg = quotecheck::pipeline::ReadConfig {
        load: LoadConfig {
            max_article_bytes: args.max_article_bytes,
        },
        extract: ExtractConfig::default(),
    };
    let corpus = quotecheck::pipeline::read_all(&args.against, &read_cfg);
    for w in corpus.warnings {
        diag.event(quotecheck::pipeline::Event::Warning(w));
    }
    for e in &corpus.errors {
        diag.error(e);
    }
    // A draft that is also among the sources would vouch for itself.
    let own = draft_path.as_deref().and_then(|p| std::fs::canonicalize(p).ok());
    let records: Vec<_> = corpus
        .records
        .into_iter()
        .filter(|r| own.is_none() || std::fs::canonicalize(&r.file).ok() != own)
        .collect();
    if records.iter().all(|r| r.quotes.is_empty()) {
        let paths: Vec<String> = args.against.iter().map(|p| p.display().to_string()).collect();
        return Err(quotecheck::Error::Usage(format!(
            "--against {}: no source quotes to verify against",
            paths.join(" ")
        )));
    }
    let cfg = VerifyConfig {
        align: args.align.config()?,
        ..VerifyConfig::default()
    };
    super::warn_long_quotes(&records, &cfg.align, diag);
    let verifier = Verifier::new(&records, cfg);
    let report = verifier.verify(draft, &claims);
    let out = match args.format {
        VerifyFormat::Json => json(&report),
        VerifyFormat::Text => text(&report),
        VerifyFormat::Md => markdown(&report),
    };
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    w.write_all(out.as_bytes()).map_err(stdout_err)?;
    w.flush().map_err(stdout_err)?;
    Ok(if diag.had_errors() {
        ExitCode::from(2)
    } else if report.fails_on(&fail_on) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn parse_fail_on(list: &[String]) -> Result<FailOn> {
    FailOn::parse(list).map_err(|e| quotecheck::Error::Usage(format!("--fail-on: {e}")))
}

/// The claims to check: the `--quote`, or the draft's quotes.
fn claims(args: &VerifyArgs, diag: &mut Diagnostics) -> Result<(Option<String>, Option<PathBuf>, Vec<Claim>)> {
    if args.quote.is_none() && args.speaker.is_some() {
        return Err(quotecheck::Error::Usage(
            "--speaker goes with --quote; a draft's quotes carry the speakers the draft names".to_string(),
        ));
    }
    if let Some(q) = &args.quote {
        if q.trim().is_empty() {
            return Err(quotecheck::Error::Usage("--quote: the quote is empty".to_string()));
        }
        return Ok((None, None, vec![Claim::new(q, args.speaker.as_deref())]));
    }
    let path = args.draft.clone().expect("clap requires a draft without --quote");
    let source = if path.as_os_str() == "-" {
        Source::Stdin
    } else {
        if !path.exists() {
            return Err(quotecheck::Error::NotFound { path });
        }
        if path.is_dir() {
            return Err(quotecheck::Error::Usage(format!(
                "{}: a directory; the draft is one file (sources go after --against)",
                path.display()
            )));
        }
        Source::File(path.clone())
    };
    let loaded = corpus::load(
        &source,
        &LoadConfig {
            max_article_bytes: args.max_article_bytes,
        },
    )?;
    for w in loaded.warnings {
        diag.event(quotecheck::pipeline::Event::Warning(w));
    }
    let name = source.display_name();
    let article = loaded
        .article
        .ok_or_else(|| quotecheck::Error::Usage(format!("{name}: binary data, not a draft")))?;
    let quotes = extract_quotes(&article.text, &ExtractConfig::default());
    let file = match source {
        Source::File(p) => Some(p),
        Source::Stdin => None,
    };
    if quotes.is_empty() {
        diag.event(quotecheck::pipeline::Event::Warning(corpus::Warning {
            file: name.clone(),
            message: "no quotes found in the draft; nothing to check".to_string(),
        }));
    }
    Ok((Some(name), file, Claim::from_quotes(&quotes)))
}

fn json(report: &VerifyReport) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("plain data serializes");
    s.push('\n');
    s
}

fn source_line(s: &SourceRef) -> String {
    let mut out = format!("{} {}", s.file, s.quote);
    let meta: Vec<String> = [s.outlet.clone(), s.date.map(|d| d.to_string())]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        out.push_str(&format!(" [{}]", meta.join(", ")));
    }
    out
}

fn claim_head(c: &Check) -> String {
    match c.line {
        Some(l) => format!("{} line {}", c.id, l),
        None => c.id.clone(),
    }
}

fn speaker_line(c: &Check) -> String {
    let a = &c.attribution;
    let draft = a.draft.as_deref().unwrap_or("not named");
    let sources = if a.sources.is_empty() {
        "not named".to_string()
    } else if a.credits.len() > 1 {
        let n = |c: &quotecheck::verify::Credit| match c.articles {
            1 => "1 article".to_string(),
            k => format!("{k} articles"),
        };
        a.credits
            .iter()
            .map(|c| format!("{} ({})", c.name, n(c)))
            .collect::<Vec<_>>()
            .join(", ")
    } else {
        a.sources.join(", ")
    };
    let note = match (a.status, a.agrees) {
        (AttributionStatus::Confirmed, _) if a.by_first_printing => {
            "agree with the first printing; later sources differ"
        }
        (AttributionStatus::Confirmed, _) if a.credits.len() > 1 => "agree with most sources; the others differ",
        (AttributionStatus::Confirmed, _) => "agree",
        (AttributionStatus::Institution, _) => "attributed to the institution",
        (AttributionStatus::Misattributed, _) if a.by_first_printing => "differ from the first printing",
        (AttributionStatus::Misattributed, _) if a.credits.len() > 1 => "differ from most sources",
        (AttributionStatus::Misattributed, _) => "differ",
        (AttributionStatus::Unconfirmed, Some(false)) => "differ, but the words are too common to tell: UNCONFIRMED",
        (AttributionStatus::Unconfirmed, _) if !a.credits.is_empty() => {
            "only an institution the speaker is tied to: UNCONFIRMED"
        }
        (AttributionStatus::Unconfirmed, _) => "no source names who said them: UNCONFIRMED",
        (AttributionStatus::Conflicting, _) => "the sources disagree: CONFLICTING",
        (AttributionStatus::Unchecked, _) => "unchecked",
    };
    format!("draft: {draft}; sources: {sources} ({note})")
}

fn windowed(m: &SourceMatch) -> String {
    let (a, b) = m.window;
    if b > a && b <= m.text.len() {
        format!("{}[{}]{}", &m.text[..a], &m.text[a..b], &m.text[b..])
    } else {
        m.text.clone()
    }
}

/// The diff inline, with deleted and inserted text marked as `del`/`ins` wrap them.
fn inline(d: &WordDiff, del: (&str, &str), ins: (&str, &str)) -> String {
    let mut s = String::new();
    for span in d.inline() {
        let t = span.text();
        match span.kind {
            SpanKind::Same => s.push_str(&t),
            SpanKind::Deleted => s.push_str(&format!("{}{}{}", del.0, t, del.1)),
            SpanKind::Inserted => s.push_str(&format!("{}{}{}", ins.0, t, ins.1)),
        }
    }
    s
}

/// `words 3-6 of 20; 2 wording, 1 editorial` or `all 4 words; no change`.
fn diff_summary(d: &WordDiff) -> String {
    let counts: Vec<String> = ChangeClass::ALL
        .iter()
        .filter(|c| d.counts.get(**c) > 0)
        .map(|c| format!("{} {}", d.counts.get(*c), c))
        .collect();
    format!(
        "{}; {}",
        d.window,
        if counts.is_empty() {
            "no change".to_string()
        } else {
            counts.join(", ")
        }
    )
}

fn text(report: &VerifyReport) -> String {
    let mut s = String::new();
    for c in &report.checks {
        s.push_str(&format!(
            "{}  {}{}  {:?}\n",
            claim_head(c),
            c.verdict,
            status_tag(c),
            c.text
        ));
        s.push_str(&format!("  why: {}\n", c.reason));
        s.push_str(&format!("  speaker: {}\n", speaker_line(c)));
        if let Some(m) = &c.closest {
            let label = if c.verdict == Verdict::NotFound {
                "nearest"
            } else {
                "closest"
            };
            s.push_str(&format!("  {label}: {}  {:?}\n", source_line(&m.source), windowed(m)));
        }
        if let Some(d) = &c.diff {
            s.push_str(&format!(
                "  diff ({}): {}\n",
                diff_summary(d),
                inline(d, ("[-", "-]"), ("{+", "+}"))
            ));
        }
        if let Some(f) = &c.first {
            s.push_str(&format!("  first: {}\n", source_line(f)));
        }
        if let Some(e) = &c.earlier_wording {
            s.push_str(&format!(
                "  printed earlier with other words: {}  {:?}\n",
                source_line(&e.source),
                windowed(e)
            ));
        }
        for f in &c.figures {
            let at: Vec<String> = f.sources.iter().map(source_line).collect();
            s.push_str(&format!(
                "  other figure: {:?} where the quote has {:?}: {}\n",
                f.printed,
                f.quoted,
                at.join("; ")
            ));
        }
        for p in &c.pieces {
            s.push_str(&format!(
                "  piece: {:?} from {} ({:?})\n",
                p.text,
                source_line(&p.source),
                p.source_text
            ));
        }
        if !c.sources.is_empty() {
            s.push_str(&format!("  sources ({}):\n", c.sources.len()));
            for m in &c.sources {
                s.push_str(&format!(
                    "    {:<9} {:.3}  {}{}\n",
                    m.relation.as_str(),
                    m.score,
                    source_line(&m.source),
                    m.source
                        .speaker
                        .as_deref()
                        .map(|n| format!("  ({n})"))
                        .unwrap_or_default()
                ));
            }
        }
        s.push('\n');
    }
    s.push_str(&summary_line(report));
    s.push('\n');
    s
}

/// The attribution status beside a verdict, `, speaker unconfirmed`; nothing
/// when the verdict says it (`misattributed`) or there is nothing to check.
fn status_tag(c: &Check) -> String {
    match c.attribution.status {
        AttributionStatus::Unchecked | AttributionStatus::Misattributed => String::new(),
        s => format!(", speaker {s}"),
    }
}

fn summary_line(report: &VerifyReport) -> String {
    let st = &report.summary;
    let counts: Vec<String> = st.verdicts.iter().map(|(v, n)| format!("{n} {v}")).collect();
    let speakers: Vec<String> = st
        .attribution
        .iter()
        .filter(|(s, _)| **s != AttributionStatus::Unchecked)
        .map(|(s, n)| format!("{n} {s}"))
        .collect();
    let speakers = if speakers.is_empty() {
        String::new()
    } else {
        format!("; speakers: {}", speakers.join(", "))
    };
    format!(
        "{} checked against {} articles ({} quotes): {}{speakers}",
        if st.checked == 1 {
            "1 quote".to_string()
        } else {
            format!("{} quotes", st.checked)
        },
        st.articles,
        st.source_quotes,
        if counts.is_empty() {
            "nothing to check".to_string()
        } else {
            counts.join(", ")
        }
    )
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn markdown(report: &VerifyReport) -> String {
    let mut s = String::from("# Quote check\n\n");
    if let Some(d) = &report.draft {
        s.push_str(&format!("Draft: `{}`. ", d));
    }
    s.push_str(&format!("{}.\n\n", summary_line(report)));
    s.push_str("| Quote | Verdict | Speaker | Text | Why |\n|---|---|---|---|---|\n");
    for c in &report.checks {
        let status = c.attribution.status;
        let speaker = if status.fails_by_default() {
            format!("**{status}**")
        } else {
            status.to_string()
        };
        s.push_str(&format!(
            "| {} | **{}** | {speaker} | “{}” | {} |\n",
            claim_head(c),
            c.verdict,
            md_cell(&c.text),
            md_cell(&c.reason)
        ));
    }
    s.push('\n');
    for c in &report.checks {
        s.push_str(&format!(
            "## {}: {}{}\n\n> “{}”\n\n",
            claim_head(c),
            c.verdict,
            status_tag(c),
            md_cell(&c.text)
        ));
        s.push_str(&format!("- **Why:** {}\n", md_cell(&c.reason)));
        s.push_str(&format!("- **Speaker:** {}\n", md_cell(&speaker_line(c))));
        if let Some(m) = &c.closest {
            let label = if c.verdict == Verdict::NotFound {
                "Nearest"
            } else {
                "Closest"
            };
            s.push_str(&format!(
                "- **{label}:** `{}` {}: “{}”\n",
                m.source.file,
                m.source.quote,
                md_cell(&m.text)
            ));
        }
        if let Some(d) = &c.diff {
            s.push_str(&format!(
                "- **Diff** ({}): {}\n",
                diff_summary(d),
                md_cell(&inline(d, ("~~", "~~"), ("**", "**")))
            ));
        }
        if let Some(f) = &c.first {
            s.push_str(&format!("- **First printed:** {}\n", md_cell(&source_line(f))));
        }
        if let Some(e) = &c.earlier_wording {
            s.push_str(&format!(
                "- **Printed earlier with other words:** {} “{}”\n",
                md_cell(&source_line(&e.source)),
                md_cell(&e.text)
            ));
        }
        for f in &c.figures {
            let at: Vec<String> = f.sources.iter().map(source_line).collect();
            s.push_str(&format!(
                "- **Other figure:** “{}” where the quote has “{}”: {}\n",
                md_cell(&f.printed),
                md_cell(&f.quoted),
                md_cell(&at.join("; "))
            ));
        }
        for p in &c.pieces {
            s.push_str(&format!(
                "- **Piece** “{}” from `{}` {}\n",
                md_cell(&p.text),
                p.source.file,
                p.source.quote
            ));
        }
        if !c.sources.is_empty() {
            s.push_str(
                "\n| Source | Quote | Outlet | Date | Speaker | Relation | Score |\n|---|---|---|---|---|---|---|\n",
            );
            for m in &c.sources {
                s.push_str(&format!(
                    "| `{}` | {} | {} | {} | {} | {} | {:.3} |\n",
                    m.source.file,
                    m.source.quote,
                    md_cell(m.source.outlet.as_deref().unwrap_or("")),
                    m.source.date.map(|d| d.to_string()).unwrap_or_default(),
                    md_cell(m.source.speaker.as_deref().unwrap_or("")),
                    m.relation.as_str(),
                    m.score
                ));
            }
        }
        s.push('\n');
    }
    s
}
