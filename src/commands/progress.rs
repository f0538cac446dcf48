//! A progress bar on standard error for long runs: only when standard error
//! is a terminal and `--quiet` is off, so logs and pipes stay clean.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotecheck::pipeline::Progress;
use std::io::IsTerminal;

/// Draws "articles read" progress, or nothing.
pub struct Bar {
    bar: Option<ProgressBar>,
}

impl Bar {
    /// A bar for `what` ("articles read"), hidden unless stderr is a terminal.
    pub fn new(quiet: bool, what: &'static str) -> Bar {
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let b = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            if let Ok(style) = ProgressStyle::with_template(&format!("{{bar:30}} {{pos}}/{{len}} {what} {{elapsed}}")) {
                b.set_style(style);
            }
            b
        });
        Bar { bar }
    }

    /// Updates from the pipeline's progress callback.
    pub fn update(&self, p: Progress) {
        if let Some(b) = &self.bar {
            b.set_length(p.total as u64);
            b.set_position(p.done as u64);
        }
    }

    /// Shows a phase that has no count (e.g. "aligning").
    pub fn message(&self, msg: &'static str) {
        if let Some(b) = &self.bar {
            b.set_message(msg);
            b.set_style(ProgressStyle::default_spinner());
            b.tick();
        }
    }

    /// Removes the bar before results are printed.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
