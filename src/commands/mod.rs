//! One module per subcommand; each turns parsed arguments into library calls.

mod align;
mod extract;
mod progress;
mod report;
mod synth;
mod verify;

use crate::cli::{Cli, Command};
use quotecheck::pipeline::Event;
use std::process::ExitCode;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    if let Some(n) = cli.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| quotecheck::Error::Usage(format!("--jobs {n}: {e}")))?;
    }
    let mut diag = Diagnostics {
        quiet: cli.quiet,
        errors: 0,
    };
    match cli.command {
        Command::Extract(args) => extract::run(args, &mut diag),
        Command::Align(args) => align::run(args, &mut diag),
        Command::Synth(args) => synth::run(args, diag.quiet()),
        Command::Verify(args) => verify::run(args, &mut diag),
        Command::Report(args) => report::run(args, &mut diag),
    }
}

/// Per-file problems: printed on standard error as they come (warnings
/// unless `--quiet`), counted so the exit code can say something went wrong.
pub struct Diagnostics {
    quiet: bool,
    errors: usize,
}

impl Diagnostics {
    /// Reports a warning or an error event; records are not expected here.
    pub fn event(&mut self, ev: Event) {
        match ev {
            Event::Warning(w) => {
                if !self.quiet {
                    eprintln!("quotecheck: warning: {w}");
                }
            }
            Event::Error(e) => self.error(&e),
            Event::Record(_) => {}
        }
    }

    /// Errors reported so far.
    pub fn errors(&self) -> usize {
        self.errors
    }

    /// Whether `--quiet` was given.
    pub fn quiet(&self) -> bool {
        self.quiet
    }

    /// Reports an error that did not stop the run.
    pub fn error(&mut self, e: &quotecheck::Error) {
        self.errors += 1;
        eprintln!("quotecheck: error: {e}");
    }

    /// True when any input could not be read.
    pub fn had_errors(&self) -> bool {
        self.errors > 0
    }

    /// 2 when any input could not be read, else 0.
    pub fn exit_code(&self) -> ExitCode {
        if self.errors > 0 {
            ExitCode::from(2)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Reads a corpus with a progress bar, reporting its warnings and errors as
/// they are met (errors make the exit code 2; the rest is still read).
pub fn read_corpus(
    args: &crate::cli::CorpusArgs,
    bar: &progress::Bar,
    diag: &mut Diagnostics,
) -> Vec<quotecheck::extract::ArticleRecord> {
    let corpus = quotecheck::pipeline::read_all_with_progress(&args.paths, &args.read_config(), |p| bar.update(p));
    bar.suspend(|| {
        for w in corpus.warnings {
            diag.event(Event::Warning(w));
        }
        for e in &corpus.errors {
            diag.error(e);
        }
    });
    corpus.records
}

/// Warns, naming each file, about quotes longer than the alignment limit.
pub fn warn_long_quotes(
    records: &[quotecheck::extract::ArticleRecord],
    cfg: &quotecheck::AlignConfig,
    diag: &mut Diagnostics,
) {
    for w in quotecheck::index::long_quote_warnings(records, cfg) {
        diag.event(Event::Warning(w));
    }
}

/// A failure to write standard output.
pub fn stdout_err(source: std::io::Error) -> quotecheck::Error {
    quotecheck::Error::Write {
        path: "<stdout>".into(),
        source,
    }
}

/// The commands' result: a library error ends the run with exit code 2.
pub type Result<T> = std::result::Result<T, quotecheck::Error>;
