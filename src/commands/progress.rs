//! A progress bar on standard error for long runs: only when standard error
//! is a terminal and `--quiet` is off, so logs and pipes stay clean.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use quotecheck::align::AlignProgress;
use quotecheck::pipeline::Progress;
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

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

    /// Runs `work` while a ticker thread shows the alignment counters.
    pub fn aligning<T>(&self, work: impl FnOnce(&AlignProgress) -> T) -> T {
        let counters = AlignProgress::default();
        let Some(bar) = &self.bar else { return work(&counters) };
        let done = AtomicBool::new(false);
        std::thread::scope(|scope| {
            scope.spawn(|| {
                bar.set_style(ProgressStyle::default_spinner());
                while !done.load(Relaxed) {
                    let (q, t, p) = (
                        counters.quotes_done.load(Relaxed),
                        counters.quotes_total.load(Relaxed),
                        counters.pairs_aligned.load(Relaxed),
                    );
                    bar.set_message(format!("aligning: {q}/{t} quotes, {p} pairs aligned"));
                    bar.tick();
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
            });
            let out = work(&counters);
            done.store(true, Relaxed);
            out
        })
    }

    /// Runs `f` (which prints to standard error) with the bar hidden, so
    /// its lines do not land on the bar's line.
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }

    /// Removes the bar before results are printed.
    pub fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
