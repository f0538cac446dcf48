//! Extraction throughput (MB/s and quotes/s) on generated inputs, speakers
//! off and on, one text at a time on one thread.
//!
//! `cd benches && cargo bench --bench extract`; `cargo bench --bench extract
//! -- news` runs only the benches whose name matches. Inputs (see
//! `support/inputs.rs`), smaller than the former harness's 48, 32 and 16 MB
//! so that the whole file runs in about a minute on 2 cores:
//! - `news`: the sample corpus's articles repeated to about 8 MB, as one text;
//! - `articles`: 2,000 articles of about 3 KB (corpus paragraphs), each
//!   extracted on its own, one after the other, as an archive is;
//! - `alternating`: 4 MB of alternating quote marks and apostrophes
//!   (`"'“’'s «»„“ ...`) on a single line: the pathological case for the
//!   pairing state machine;
//! - `quote-dense-line` / `quote-dense-paras`: 4 MB of quote marks,
//!   apostrophes and letters, on one line or in 2 KB paragraphs: about one
//!   quote every 20 bytes, so this measures the cost per quote produced;
//! - `unclosed`: a 4 MB paragraph opened by a quote that never closes.

use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use quotecheck::extract::{ExtractConfig, extract_quotes};

fn main() {
    divan::main();
}

/// The inputs, by the names `bench_inputs::generate` knows them by.
const INPUTS: &[&str] = &[
    "news",
    "articles",
    "alternating",
    "quote-dense-line",
    "quote-dense-paras",
    "unclosed",
];

/// Size of `news`: several hundred repetitions of the corpus, so that a run
/// is not dominated by the few articles that happen to start it.
const NEWS_BYTES: usize = 8 << 20;
/// Number and size of the `articles` input's articles.
const ARTICLES: usize = 2_000;
const ARTICLE_BYTES: usize = 3 << 10;
/// Size of each pathological input: large enough that a quadratic cost
/// would show (it showed from 100 KB), small enough to run in a second.
const PATHOLOGICAL_BYTES: usize = 4 << 20;

/// Samples per bench: each sample is one extraction of the whole input
/// (0.01 to 0.5 s), and 20 give a stable median on a shared machine.
const SAMPLES: u32 = 20;

#[divan::bench(args = INPUTS, sample_count = SAMPLES)]
fn speakers_off(bencher: Bencher, input: &str) {
    bench_extraction(bencher, input, false);
}

#[divan::bench(args = INPUTS, sample_count = SAMPLES)]
fn speakers_on(bencher: Bencher, input: &str) {
    bench_extraction(bencher, input, true);
}

/// Extracts the named input on every iteration, with bytes and quotes as
/// throughput counters (the quote count comes from one untimed run first).
fn bench_extraction(bencher: Bencher, name: &str, speakers: bool) {
    let input = Input::generate(name);
    let cfg = ExtractConfig { speakers };
    let quotes = input.extract(&cfg);
    bencher
        .counter(BytesCount::new(input.bytes()))
        .counter(ItemsCount::new(quotes))
        .bench(|| input.extract(&cfg));
}

/// One long text, or many articles that are extracted one by one.
enum Input {
    Text(String),
    Articles(Vec<String>),
}

impl Input {
    fn generate(name: &str) -> Input {
        match name {
            "news" => Input::Text(bench_inputs::news(NEWS_BYTES)),
            "articles" => Input::Articles(bench_inputs::articles(ARTICLES, ARTICLE_BYTES)),
            _ => Input::Text(bench_inputs::generate(name, PATHOLOGICAL_BYTES)),
        }
    }

    fn bytes(&self) -> usize {
        match self {
            Input::Text(t) => t.len(),
            Input::Articles(v) => v.iter().map(String::len).sum(),
        }
    }

    /// Extracts the input and returns how many quotes it holds. The quotes
    /// are dropped inside the timed code, as `quotecheck extract` drops each
    /// article's quotes once written (and as the former harness measured).
    fn extract(&self, cfg: &ExtractConfig) -> usize {
        let count = |text: &str| extract_quotes(black_box(text), cfg).len();
        match self {
            Input::Text(t) => count(t),
            Input::Articles(v) => v.iter().map(|t| count(t)).sum(),
        }
    }
}
