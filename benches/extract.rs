//! Extraction throughput in MB/s on large generated inputs.
//!
//! `cargo bench --bench extract` (release profile). Each input is extracted
//! five times; the median is reported. Inputs:
//! - `news`: the sample corpus's articles repeated to about 48 MB;
//! - `alternating`: 32 MB of alternating quote marks and apostrophes
//!   (`"'“’'s «»„“ ...`) on a single line: the pathological case for the
//!   pairing state machine;
//! - `quote-dense-line` / `quote-dense-paras`: 32 MB of quote marks,
//!   apostrophes and letters, on one line or in 2 KB paragraphs: about one
//!   quote every 20 bytes, so this measures the cost per quote produced;
//! - `unclosed`: a 16 MB paragraph opened by a quote that never closes.

use quotecheck::extract::{ExtractConfig, extract_quotes};
use std::time::{Duration, Instant};

fn news() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut one = String::new();
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    for p in names {
        if p.extension().is_some_and(|e| e == "txt") {
            one.push_str(&std::fs::read_to_string(p).unwrap());
            one.push_str("\n\n");
        }
    }
    one.repeat((48 << 20) / one.len() + 1)
}

fn marks(total: usize, para: Option<usize>) -> String {
    const PIECES: &[&str] = &[
        "'", "\"", "a", "’", "“", "s", " ", "”", "‘", "'s ", "«", "»", "„", "“", " '", "' ",
    ];
    let mut out = String::with_capacity(total + 16);
    let mut k = 0usize;
    let mut since_break = 0usize;
    while out.len() < total {
        let p = PIECES[(k * 7 + k / 3) % PIECES.len()];
        out.push_str(p);
        since_break += p.len();
        k += 1;
        if let Some(n) = para
            && since_break >= n
        {
            out.push_str("\n\n");
            since_break = 0;
        }
    }
    out
}

fn alternating(total: usize) -> String {
    const PIECES: &[&str] = &[
        "\"", "'", "“", "’", "'s", " ", "«", "»", "„", "“", "‘", "”", "'", " '", "' ", "\"",
    ];
    let mut out = String::with_capacity(total + 16);
    let mut k = 0usize;
    while out.len() < total {
        out.push_str(PIECES[k % PIECES.len()]);
        k += 1;
    }
    out
}

fn unclosed(total: usize) -> String {
    let mut out = String::from("He said “");
    let sentence = "this goes on and on, and Kim's words never close. ";
    while out.len() < total {
        out.push_str(sentence);
    }
    out
}

fn bench(name: &str, text: &str, cfg: &ExtractConfig) {
    let mut times: Vec<Duration> = Vec::new();
    let mut count = 0;
    for _ in 0..5 {
        let t = Instant::now();
        count = std::hint::black_box(extract_quotes(std::hint::black_box(text), cfg)).len();
        times.push(t.elapsed());
    }
    times.sort();
    let median = times[2];
    let mb = text.len() as f64 / 1e6;
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
    let inputs = [
        ("news", news()),
        ("alternating", alternating(32 << 20)),
        ("quote-dense-line", marks(32 << 20, None)),
        ("quote-dense-paras", marks(32 << 20, Some(2048))),
        ("unclosed", unclosed(16 << 20)),
    ];
    let only: Option<String> = std::env::var("QC_BENCH_ONLY").ok();
    for speakers in [false, true] {
        for (name, text) in inputs.iter().filter(|(n, _)| only.as_deref().is_none_or(|o| o == *n)) {
            bench(name, text, &ExtractConfig { speakers });
        }
    }
}
