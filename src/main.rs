//! The `quotecheck` command line: parses arguments, calls the library,
//! renders, and maps the outcome to an exit code (0 ok, 1 findings, 2 error).

mod cli;
mod commands;

use clap::Parser;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: `extract` allocates about a
/// hundred short-lived strings and buffers per article, and glibc's malloc
/// and free were 12% of its instructions.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match commands::run(args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("quotecheck: error: {e}");
            ExitCode::from(2)
        }
    }
}
