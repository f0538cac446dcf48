//! Time of each pipeline stage on a generated corpus (release profile):
//! `cargo bench --bench stages`. Median of five runs per stage.
//!
//! - extract: loading and quote extraction of 5,000 generated articles;
//! - index: tokens, vocabulary, IDF and the shingle index;
//! - align: candidate pairs and their local alignment;
//! - families: containment tree, wording groups, provenance;
//! - diff: `word_diff` of every family member against its canonical;
//! - report: building the Report and rendering all four formats.

use quotecheck::align::{AlignConfig, align_corpus_pairs};
use quotecheck::corpus::{LoadConfig, article_from_bytes};
use quotecheck::extract::{ArticleRecord, ExtractConfig, extract_article};
use quotecheck::family::build_families;
use quotecheck::index::CorpusIndex;
use quotecheck::report::{Report, ReportConfig};
use quotecheck::synth::{Generator, SynthConfig};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median time of five runs of `f`.
fn time<T>(f: impl Fn() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut out = None;
    for _ in 0..5 {
        let t = Instant::now();
        let r = black_box(f());
        times.push(t.elapsed());
        out = Some(r);
    }
    times.sort();
    (times[2], out.expect("five runs"))
}

fn row(stage: &str, d: Duration, what: String) {
    println!("{stage:<10} {:>9.1} ms   {what}", d.as_secs_f64() * 1e3);
}

fn main() {
    if !std::env::args().any(|a| a == "--bench") {
        return; // `cargo test --benches` only checks that this builds
    }
    let articles = 5_000;
    let mut generator = Generator::new(&SynthConfig {
        articles,
        seed: 7,
        ..SynthConfig::default()
    });
    let mut texts: Vec<(String, String)> = Vec::new();
    while let Some(event) = generator.next_event() {
        texts.extend(event.into_iter().map(|a| (a.file, a.text)));
    }
    let bytes: usize = texts.iter().map(|t| t.1.len()).sum();

    let (d, records) = time(|| {
        texts
            .iter()
            .filter_map(|(name, text)| {
                article_from_bytes(name, text.as_bytes().to_vec(), false, None, &LoadConfig::default()).article
            })
            .map(|a| extract_article(&a, &ExtractConfig::default()))
            .collect::<Vec<ArticleRecord>>()
    });
    let quotes: usize = records.iter().map(|r| r.quotes.len()).sum();
    row(
        "extract",
        d,
        format!(
            "{} articles, {:.1} MB, {quotes} quotes (one thread)",
            texts.len(),
            bytes as f64 / 1e6
        ),
    );

    let cfg = AlignConfig::default();
    let (d, _) = time(|| CorpusIndex::build(&records, &cfg).len());
    row("index", d, format!("{quotes} quotes"));
    let index = CorpusIndex::build(&records, &cfg);

    let (d, (pairs, stats)) = time(|| align_corpus_pairs(&index));
    row(
        "align",
        d,
        format!("{} pairs aligned, {} accepted", stats.aligned, pairs.len()),
    );

    let (d, out) = time(|| build_families(&index, &pairs, stats));
    let members: usize = out.families.iter().map(|f| f.members.len()).sum();
    row(
        "families",
        d,
        format!("{} families, {members} members", out.families.len()),
    );

    let (d, ops) = time(|| {
        out.families
            .iter()
            .flat_map(|f| {
                f.members
                    .iter()
                    .map(move |m| quotecheck::diff::word_diff(&f.canonical, &m.text).ops.len())
            })
            .sum::<usize>()
    });
    row("diff", d, format!("{members} member diffs, {ops} ops"));

    let (d, len) = time(|| {
        let report = Report::build(&out, &records, &ReportConfig::default());
        let term = quotecheck::report::terminal::render(&report, &Default::default());
        term.len()
            + quotecheck::report::markdown::render(&report).len()
            + quotecheck::report::html::render(&report).len()
            + quotecheck::report::json::render(&report).len()
    });
    row(
        "report",
        d,
        format!("{:.1} MB rendered in four formats", len as f64 / 1e6),
    );
}
