//! Extraction throughput in MB/s on large generated inputs.
//!
//! `cargo bench --bench extract` (release profile). Each input is extracted
//! five times; the median is reported. `QC_BENCH_ONLY=<name>` runs one input.
//! Inputs (see `support/inputs.rs`):
//! - `news`: the sample corpus's articles repeated to about 48 MB, as one text;
//! - `articles`: 20,000 articles of about 3 KB (corpus paragraphs), each
//!   extracted on its own, one after the other, as an archive is;
//! - `alternating`: 32 MB of alternating quote marks and apostrophes
//!   (`"'“’'s «»„“ ...`) on a single line: the pathological case for the
//!   pairing state machine;
//! - `quote-dense-line` / `quote-dense-paras`: 32 MB of quote marks,
//!   apostrophes and letters, on one line or in 2 KB paragraphs: about one
//!   quote every 20 bytes, so this measures the cost per quote produced;
//! - `unclosed`: a 16 MB paragraph opened by a quote that never closes.

use quotecheck::extract::{ExtractConfig, extract_quotes};
use std::time::{Duration, Instant};

#[path = "support/inputs.rs"]
mod inputs;

enum Input {
    One(String),
    Many(Vec<String>),
}

impl Input {
    fn len(&self) -> usize {
        match self {
            Input::One(t) => t.len(),
            Input::Many(v) => v.iter().map(String::len).sum(),
        }
    }

    fn extract(&self, cfg: &ExtractConfig) -> usize {
        match self {
            Input::One(t) => std::hint::black_box(extract_quotes(std::hint::black_box(t), cfg)).len(),
            Input::Many(v) => v
                .iter()
                .map(|t| std::hint::black_box(extract_quotes(std::hint::black_box(t), cfg)).len())
                .sum(),
        }
    }
}

fn bench(name: &str, input: &Input, cfg: &ExtractConfig) {
    let mut times: Vec<Duration> = Vec::new();
    let mut count = 0;
    for _ in 0..5 {
        let t = Instant::now();
        count = input.extract(cfg);
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[2];
    let mb = input.len() as f64 / 1e6;
    println!(
        "{name:<18} {mb:>7.1} MB  {count:>9} quotes  median {:>8.1} ms  {:>7.0} MB/s  (speakers {})",
        median.as_secs_f64() * 1e3,
        mb / median.as_secs_f64(),
        if cfg.speakers { "on" } else { "off" }
    );
}

fn main() {
    // `cargo test --benches` runs this binary with `--bench` absent; keep that quick.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let only: Option<String> = std::env::var("QC_BENCH_ONLY").ok();
    let names = [
        "news",
        "articles",
        "alternating",
        "quote-dense-line",
        "quote-dense-paras",
        "unclosed",
    ];
    let inputs: Vec<(&str, Input)> = names
        .iter()
        .filter(|n| only.as_deref().is_none_or(|o| o == **n))
        .map(|&n| {
            let input = match n {
                "news" => Input::One(inputs::news(48 << 20)),
                "articles" => Input::Many(inputs::articles(20_000, 3 << 10)),
                "alternating" | "quote-dense-line" | "quote-dense-paras" => Input::One(inputs::generate(n, 32 << 20)),
                "unclosed" => Input::One(inputs::unclosed(16 << 20)),
                _ => unreachable!(),
            };
            (n, input)
        })
        .collect();
    for speakers in [false, true] {
        for (name, input) in &inputs {
            bench(name, input, &ExtractConfig { speakers });
        }
    }
}
