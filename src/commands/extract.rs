//! `quotecheck extract`.

use super::Result;
use super::{Diagnostics, stdout_err};
use crate::cli::{ExtractArgs, ExtractFormat};
use quotecheck::extract::ArticleRecord;
use quotecheck::pipeline::{self, Event};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: ExtractArgs, diag: &mut Diagnostics) -> Result<ExitCode> {
    let mut cfg = args.corpus.read_config();
    cfg.extract.speakers = !args.no_speakers;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut records: Vec<ArticleRecord> = Vec::new();
    let mut write_error = None;
    let bar = super::progress::Bar::new(diag.quiet(), "articles read");
    if args.format == ExtractFormat::Jsonl {
        // Each record is serialized on the worker that extracted it (by
        // `write_json`: serde_json's bytes without its generic path); this
        // thread only writes the lines, in source order.
        let to_line = |rec: Box<ArticleRecord>| {
            // Sized so that the line is rarely reallocated: the quotes'
            // texts and contexts, and room for the keys and metadata.
            let strings: usize = rec.quotes.iter().map(|q| q.text.len() + q.context.len()).sum();
            let mut line = Vec::with_capacity(512 + strings + strings / 8 + 256 * rec.quotes.len());
            rec.write_json(&mut line);
            line.push(b'\n');
            line
        };
        pipeline::read_corpus_map(
            &args.corpus.paths,
            &cfg,
            |p| bar.update(p),
            to_line,
            |ev| match ev {
                Event::Record(line) => {
                    if write_error.is_none()
                        && let Err(e) = out.write_all(&line)
                    {
                        write_error = Some(e);
                    }
                }
                Event::Warning(w) => diag.event(Event::Warning(w)),
                Event::Error(e) => diag.event(Event::Error(e)),
            },
        );
    } else {
        pipeline::read_corpus_with_progress(
            &args.corpus.paths,
            &cfg,
            |p| bar.update(p),
            |ev| match ev {
                Event::Record(rec) => records.push(*rec),
                other => diag.event(other),
            },
        );
    }
    bar.finish();
    if let Some(e) = write_error {
        return Err(stdout_err(e));
    }
    match args.format {
        ExtractFormat::Jsonl => {}
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "articles": records }))
                .map_err(std::io::Error::from)
                .map_err(stdout_err)?;
            out.write_all(b"\n").map_err(stdout_err)?;
        }
        ExtractFormat::Text => write_text(&mut out, &records).map_err(stdout_err)?,
    }
    out.flush().map_err(stdout_err)?;
    Ok(diag.exit_code())
}

/// One block per article: file, outlet and date, then one line per quote
/// (id, line, flags, speaker) with its text indented under it.
fn write_text(out: &mut impl Write, records: &[ArticleRecord]) -> std::io::Result<()> {
    for r in records {
        let date = r.date.map_or_else(|| "undated".to_string(), |d| d.to_string());
        let outlet = r.outlet.as_deref().unwrap_or("unknown outlet");
        writeln!(out, "{}  [{outlet}, {date}]  {} quote(s)", r.file, r.quotes.len())?;
        for q in &r.quotes {
            let mut flags = Vec::new();
            for (on, name) in [
                (q.headline, "headline"),
                (q.unclosed, "unclosed"),
                (q.continued, "continued"),
            ] {
                if on {
                    flags.push(name.to_string());
                }
            }
            if let Some(p) = q.parent {
                flags.push(format!("in {p}"));
            }
            let speaker = match (&q.speaker, &q.cue) {
                (Some(s), Some(c)) => format!("  {s} ({c})"),
                (Some(s), None) => format!("  {s}"),
                _ => String::new(),
            };
            let flags = if flags.is_empty() {
                String::new()
            } else {
                format!(" [{}]", flags.join(", "))
            };
            writeln!(out, "  {} line {}{flags}{speaker}", q.id, q.line)?;
            writeln!(out, "      {}", q.text.replace('\n', " "))?;
        }
        writeln!(out)?;
    }
    Ok(())
}
