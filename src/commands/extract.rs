//! `quotecheck extract`.

use super::anyhow_free::Result;
use crate::cli::{ExtractArgs, ExtractFormat};
use quotecheck::corpus::{self, LoadConfig};
use quotecheck::extract::{self, ArticleRecord, ExtractConfig};
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: ExtractArgs, quiet: bool) -> Result<ExitCode> {
    let (sources, errors) = corpus::discover(&args.corpus.paths);
    let mut failed = !errors.is_empty();
    for e in &errors {
        eprintln!("quotecheck: error: {e}");
    }
    let load_cfg = LoadConfig {
        max_article_bytes: args.corpus.max_article_bytes,
    };
    let cfg = ExtractConfig::default();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut records: Vec<ArticleRecord> = Vec::new();
    for src in &sources {
        match corpus::load(src, &load_cfg) {
            Ok(loaded) => {
                if !quiet {
                    for w in &loaded.warnings {
                        eprintln!("quotecheck: warning: {w}");
                    }
                }
                if let Some(article) = loaded.article {
                    let rec = extract::extract_article(&article, &cfg);
                    if args.format == ExtractFormat::Jsonl {
                        serde_json::to_writer(&mut out, &rec)
                            .map_err(std::io::Error::from)
                            .map_err(stdout_err)?;
                        out.write_all(b"\n").map_err(stdout_err)?;
                    } else {
                        records.push(rec);
                    }
                }
            }
            Err(e) => {
                failed = true;
                eprintln!("quotecheck: error: {e}");
            }
        }
    }
    match args.format {
        ExtractFormat::Jsonl => {}
        ExtractFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &serde_json::json!({ "articles": records }))
                .map_err(std::io::Error::from)
                .map_err(stdout_err)?;
            out.write_all(b"\n").map_err(stdout_err)?;
        }
        ExtractFormat::Text => {
            for r in &records {
                writeln!(out, "{}  ({} quotes)", r.file, r.quotes.len()).map_err(stdout_err)?;
                for q in &r.quotes {
                    writeln!(
                        out,
                        "  {} {}..{} {:?} speaker={:?}",
                        q.id, q.start, q.end, q.text, q.speaker
                    )
                    .map_err(stdout_err)?;
                }
            }
        }
    }
    out.flush().map_err(stdout_err)?;
    Ok(if failed { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn stdout_err(source: std::io::Error) -> quotecheck::Error {
    quotecheck::Error::Write {
        path: "<stdout>".into(),
        source,
    }
}
