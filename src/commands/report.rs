//! `quotecheck report`: read articles, align them, and render the families'
//! word-level diffs in the format asked for, to standard output or to a file
//! written atomically.

use super::Result;
use super::{Diagnostics, stdout_err};
use crate::cli::{ColorWhen, ReportArgs, ReportFormat};
use quotecheck::report::{Report, ReportConfig, html, json, markdown, terminal};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: ReportArgs, diag: &mut Diagnostics) -> Result<ExitCode> {
    let format = resolve_format(args.format, args.output.as_deref())?;
    let cfg = args.align.config()?;
    let bar = super::progress::Bar::new(diag.quiet(), "articles read");
    let errors_before = diag.errors();
    let records = super::read_corpus(&args.corpus, &bar, diag);
    // Nothing read is a failed run, not an empty report: an earlier report
    // at the same path is worth more than a blank one.
    if records.is_empty() && diag.errors() > errors_before {
        bar.finish();
        return Err(quotecheck::Error::Usage(match &args.output {
            Some(p) => format!("no article could be read; {} was not written", p.display()),
            None => "no article could be read".to_string(),
        }));
    }
    super::warn_long_quotes(&records, &cfg, diag);
    let out = bar.aligning(|counters| quotecheck::family::align_corpus_counted(&records, &cfg, counters));
    bar.finish();
    let report = Report::build(
        &out,
        &records,
        &ReportConfig {
            show_typography: args.show_typography,
        },
    );
    let color = match args.color {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        // anstream's choice: NO_COLOR, CLICOLOR(_FORCE), TERM and whether stdout is a terminal.
        ColorWhen::Auto => {
            args.output.is_none() && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never
        }
    };
    let text = match format {
        ReportFormat::Terminal => terminal::render(&report, &terminal::TerminalOptions { color }),
        ReportFormat::Md => markdown::render(&report),
        ReportFormat::Html => html::render(&report),
        ReportFormat::Json => json::render(&report),
    };
    match &args.output {
        Some(path) => quotecheck::output::write_atomic(path, text.as_bytes())?,
        None => {
            let stdout = std::io::stdout();
            let mut w = stdout.lock();
            w.write_all(text.as_bytes()).map_err(stdout_err)?;
            w.flush().map_err(stdout_err)?;
        }
    }
    Ok(diag.exit_code())
}

/// `--format` wins; else the extension of `-o`; else the terminal.
fn resolve_format(format: Option<ReportFormat>, output: Option<&Path>) -> Result<ReportFormat> {
    if let Some(f) = format {
        return Ok(f);
    }
    let Some(path) = output else {
        return Ok(ReportFormat::Terminal);
    };
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => Ok(ReportFormat::Html),
        "md" | "markdown" => Ok(ReportFormat::Md),
        "json" => Ok(ReportFormat::Json),
        "txt" | "text" => Ok(ReportFormat::Terminal),
        _ => Err(quotecheck::Error::Usage(format!(
            "-o {}: cannot tell the format from the extension; use .html, .md, .json or --format",
            path.display()
        ))),
    }
}
