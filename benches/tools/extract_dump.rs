//! Dumps every quote of one input (a file, or a generated input) as JSON
//! lines, to compare two builds' output byte for byte.
//! `cargo run --release --manifest-path benches/Cargo.toml --example extract_dump -- <file|gen:NAME:BYTES> [speakers 0|1]`
use quotecheck::extract::{ExtractConfig, extract_quotes};
use std::io::Write;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let text = match a[1].strip_prefix("gen:") {
        Some(spec) => {
            let (name, n) = spec.split_once(':').unwrap();
            bench_inputs::generate(name, n.parse().unwrap())
        }
        None => String::from_utf8_lossy(&std::fs::read(&a[1]).unwrap()).into_owned(),
    };
    let cfg = ExtractConfig {
        speakers: a.get(2).is_none_or(|s| s == "1"),
    };
    let q = extract_quotes(&text, &cfg);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for q in &q {
        serde_json::to_writer(&mut out, q).unwrap();
        out.write_all(b"\n").unwrap();
    }
}
