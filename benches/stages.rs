//! Each stage of the pipeline on one generated corpus: 5,000 articles of
//! `quotecheck synth --seed 7` (about 5 MB).
//!
//! `cd benches && cargo bench --bench stages`; `cargo bench --bench stages
//! -- align` runs only the benches whose name matches. Each stage reads the
//! previous stage's output, computed once, untimed, by the first bench that
//! needs it (the statics below), so a filtered run only computes what it
//! reads. Index, align and families run on the rayon pool as the CLI runs
//! them, and so does verify; load, extract, normalize, diff, report and
//! render run on one thread (the CLI spreads articles over the pool).

use bench_inputs::synth_articles;
use divan::counter::{BytesCount, ItemsCount};
use divan::{Bencher, black_box};
use quotecheck::align::{AlignConfig, PairStats, QuotePair, align_corpus_pairs};
use quotecheck::corpus::{Article, LoadConfig, article_from_bytes};
use quotecheck::diff::word_diff;
use quotecheck::extract::{ArticleRecord, ExtractConfig, extract_article};
use quotecheck::family::{AlignOutput, build_families};
use quotecheck::index::CorpusIndex;
use quotecheck::normalize::tokenize;
use quotecheck::report::{Report, ReportConfig};
use quotecheck::verify::{Claim, Verifier, VerifyConfig};
use std::sync::LazyLock;

fn main() {
    divan::main();
}

/// Articles in the corpus: enough for thousands of families, few enough
/// that every stage takes under a second.
const CORPUS_ARTICLES: usize = 5_000;
const SEED: u64 = 7;
/// Every `HELD_OUT`-th article is the draft that `verify` checks against the
/// others: its quotes are mostly found there, as a real draft's would be.
/// About 200 claims: a claim costs milliseconds (its candidates are aligned).
const HELD_OUT: usize = 100;
/// Samples per bench: each sample is one run of the stage over the whole
/// corpus (0.03 to 0.8 s).
const SAMPLES: u32 = 20;

static FILES: LazyLock<Vec<(String, String)>> = LazyLock::new(|| synth_articles(CORPUS_ARTICLES, SEED));
static ARTICLES: LazyLock<Vec<Article>> = LazyLock::new(|| load_articles(&FILES));
static RECORDS: LazyLock<Vec<ArticleRecord>> = LazyLock::new(|| extract_articles(&ARTICLES));
static INDEX: LazyLock<CorpusIndex<'static>> = LazyLock::new(|| CorpusIndex::build(&RECORDS, &AlignConfig::default()));
static PAIRS: LazyLock<(Vec<QuotePair>, PairStats)> = LazyLock::new(|| align_corpus_pairs(&INDEX));
static FAMILIES: LazyLock<AlignOutput> = LazyLock::new(|| build_families(&INDEX, &PAIRS.0, PAIRS.1));
static REPORT: LazyLock<Report> = LazyLock::new(|| Report::build(&FAMILIES, &RECORDS, &ReportConfig::default()));

fn load_articles(files: &[(String, String)]) -> Vec<Article> {
    files
        .iter()
        .filter_map(|(name, text)| {
            article_from_bytes(name, text.as_bytes().to_vec(), false, None, &LoadConfig::default()).article
        })
        .collect()
}

fn extract_articles(articles: &[Article]) -> Vec<ArticleRecord> {
    articles
        .iter()
        .map(|a| extract_article(a, &ExtractConfig::default()))
        .collect()
}

fn quote_count() -> usize {
    RECORDS.iter().map(|r| r.quotes.len()).sum()
}

/// Bytes to articles: decoding, line ends, the metadata header.
#[divan::bench(sample_count = SAMPLES)]
fn load(bencher: Bencher) {
    let bytes: usize = FILES.iter().map(|(_, text)| text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(FILES.len()))
        .bench(|| load_articles(black_box(&FILES)));
}

/// Quotes and their speakers, article by article.
#[divan::bench(sample_count = SAMPLES)]
fn extract(bencher: Bencher) {
    let bytes: usize = ARTICLES.iter().map(|a| a.text.len()).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .counter(ItemsCount::new(ARTICLES.len()))
        .bench(|| extract_articles(black_box(&ARTICLES)));
}

/// Tokens of every quote, as printed and as matched.
#[divan::bench(sample_count = SAMPLES)]
fn normalize(bencher: Bencher) {
    let quotes = || RECORDS.iter().flat_map(|r| &r.quotes);
    bencher
        .counter(BytesCount::new(quotes().map(|q| q.text.len()).sum::<usize>()))
        .counter(ItemsCount::new(quote_count()))
        .bench(|| quotes().map(|q| tokenize(black_box(&q.text)).len()).sum::<usize>());
}

/// Interned words, IDF weights and the shingle postings of every quote.
#[divan::bench(sample_count = SAMPLES)]
fn index(bencher: Bencher) {
    let cfg = AlignConfig::default();
    bencher
        .counter(ItemsCount::new(quote_count()))
        .bench(|| CorpusIndex::build(black_box(&RECORDS), &cfg));
}

/// Candidate pairs from the shingle index and their word-level alignment;
/// counted in pairs aligned.
#[divan::bench(sample_count = SAMPLES)]
fn align(bencher: Bencher) {
    bencher
        .counter(ItemsCount::new(PAIRS.1.aligned))
        .bench(|| align_corpus_pairs(black_box(&INDEX)));
}

/// Containment trees, wording groups and provenance from the accepted pairs.
#[divan::bench(sample_count = SAMPLES)]
fn families(bencher: Bencher) {
    let (pairs, stats) = &*PAIRS;
    bencher
        .counter(ItemsCount::new(pairs.len()))
        .bench(|| build_families(&INDEX, black_box(pairs), *stats));
}

/// `word_diff` of every family member against its family's canonical wording.
#[divan::bench(sample_count = SAMPLES)]
fn diff(bencher: Bencher) {
    let members: usize = FAMILIES.families.iter().map(|f| f.members.len()).sum();
    bencher.counter(ItemsCount::new(members)).bench(|| {
        FAMILIES
            .families
            .iter()
            .flat_map(|f| {
                f.members
                    .iter()
                    .map(|m| word_diff(black_box(&f.canonical), &m.text).ops.len())
            })
            .sum::<usize>()
    });
}

/// The one `Report` value every format renders: order, timelines, diffs.
#[divan::bench(sample_count = SAMPLES)]
fn report(bencher: Bencher) {
    let cfg = ReportConfig::default();
    bencher
        .counter(ItemsCount::new(FAMILIES.families.len()))
        .bench(|| Report::build(black_box(&FAMILIES), &RECORDS, &cfg));
}

/// Each renderer on the corpus's report; bytes are the bytes written.
#[divan::bench(args = ["terminal", "markdown", "html", "json"], sample_count = SAMPLES)]
fn render(bencher: Bencher, format: &str) {
    let render = |report: &Report| match format {
        "terminal" => quotecheck::report::terminal::render(report, &Default::default()),
        "markdown" => quotecheck::report::markdown::render(report),
        "html" => quotecheck::report::html::render(report),
        "json" => quotecheck::report::json::render(report),
        _ => unreachable!("no renderer {format}"),
    };
    bencher
        .counter(BytesCount::new(render(&REPORT).len()))
        .bench(|| render(black_box(&REPORT)));
}

/// The quotes of every `HELD_OUT`-th article checked, as a draft's, against
/// the other articles: the work of `quotecheck verify` once its sources are
/// indexed (building the `Verifier` is index + align + families, above).
#[divan::bench(sample_count = SAMPLES)]
fn verify(bencher: Bencher) {
    let claims: Vec<Claim> = (RECORDS.iter().step_by(HELD_OUT))
        .flat_map(|r| Claim::from_quotes(&r.quotes))
        .collect();
    let sources: Vec<ArticleRecord> = (RECORDS.iter().enumerate())
        .filter(|(i, _)| i % HELD_OUT != 0)
        .map(|(_, r)| r.clone())
        .collect();
    let verifier = Verifier::new(&sources, VerifyConfig::default());
    bencher
        .counter(ItemsCount::new(claims.len()))
        .bench(|| verifier.verify(None, black_box(&claims)));
}
