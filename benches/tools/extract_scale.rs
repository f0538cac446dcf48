//! Extraction time for one generated input at a given size, with the
//! extractor's work counters: to see how a cost scales with input size, and
//! to run one input under a profiler (callgrind counts are steadier than
//! the clock on a shared machine).
//! `cargo run --release --manifest-path benches/Cargo.toml --example extract_scale -- <input> <bytes> <speakers 0|1> [repeats]`
//! (the binary is then `benches/target/release/examples/extract_scale`).
use quotecheck::extract::{ExtractConfig, extract_quotes_counted};
use std::time::Instant;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let n: usize = a[2].parse().unwrap();
    let text = bench_inputs::generate(&a[1], n);
    let cfg = ExtractConfig { speakers: a[3] == "1" };
    let reps: usize = a.get(4).map_or(1, |r| r.parse().unwrap());
    for _ in 0..reps {
        let t = Instant::now();
        let (q, st) = extract_quotes_counted(&text, &cfg);
        let el = t.elapsed().as_secs_f64();
        println!(
            "{} bytes {} quotes {:.3}s {:.1} MB/s {:?}",
            text.len(),
            q.len(),
            el,
            text.len() as f64 / 1e6 / el,
            st
        );
    }
}
