//! `quotecheck synth`.

use super::Result;
use crate::cli::SynthArgs;
use std::process::ExitCode;

pub fn run(args: SynthArgs, quiet: bool) -> Result<ExitCode> {
    let cfg = quotecheck::synth::SynthConfig {
        articles: args.articles,
        seed: args.seed,
        ..Default::default()
    };
    let summary = quotecheck::synth::write_corpus(&cfg, &args.out)?;
    if !quiet {
        eprintln!(
            "quotecheck: wrote {} articles, {} quotes in {} families to {}",
            summary.articles,
            summary.quotes,
            summary.families,
            args.out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
