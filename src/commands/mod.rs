//! One module per subcommand; each turns parsed arguments into library calls.

mod align;
mod extract;
mod synth;

use crate::cli::{Cli, Command};
use std::process::ExitCode;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow_free::Result<ExitCode> {
    if let Some(n) = cli.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .map_err(|e| quotecheck::Error::Usage(format!("--jobs {n}: {e}")))?;
    }
    match cli.command {
        Command::Extract(args) => extract::run(args, cli.quiet),
        Command::Align(args) => align::run(args, cli.quiet),
        Command::Synth(args) => synth::run(args, cli.quiet),
    }
}

/// The binary's result type: library errors end the run with exit code 2.
pub mod anyhow_free {
    /// A library error.
    pub type Result<T> = std::result::Result<T, quotecheck::Error>;
}
