//! Speaker attribution against a careful reader's labels.
//!
//! Two label sets, each giving, for every quote `extract` finds in its
//! articles, who spoke the words according to the article (`null` when it
//! does not say). Names are compared with `names::same_person`, as `verify`
//! compares them. The figures are printed (run with `--nocapture`) and
//! reported in the README.
//! - `tests/data/speakers.json`: the five seed articles in `corpus/`, labelled
//!   while the rules were written (an upper bound).
//! - `tests/data/styles/speakers.json`: twelve English house-style articles
//!   (AP, Reuters, BBC, NYT, a live blog, a Q&A, an HTML page, ...) labelled
//!   by a reader who never saw quotecheck's output.
//! - `tests/data/languages/speakers.json`: Korean, Chinese, Japanese and
//!   Turkish news copy, written with its labels while those languages'
//!   rules were written: every label must match, nulls included.

use quotecheck::corpus::{self, LoadConfig, Source};
use quotecheck::extract::{ExtractConfig, Quote, extract_article};
use quotecheck::names::same_person;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The least a label set must reach.
struct Floor {
    /// Share of quotes whose speaker is right (null only when the label is null).
    accuracy: f64,
    /// Share of the speakers given that are right: `misattributed` rests on it.
    precision: f64,
    /// Share of the labelled speakers that are found.
    coverage: f64,
}

/// The seeds: the rules were written against them.
const SEEDS: Floor = Floor {
    accuracy: 0.95,
    precision: 0.97,
    coverage: 0.90,
};

/// Articles in styles the rules were not written for. Precision stays
/// high (a null speaker beats a wrong one); coverage may be lower.
const STYLES: Floor = Floor {
    accuracy: 0.85,
    precision: 0.97,
    coverage: 0.75,
};

/// Languages whose verb of saying follows the quote or whose names are
/// not capitalized: written with the rules, so every label must match.
const LANGUAGES: Floor = Floor {
    accuracy: 1.0,
    precision: 1.0,
    coverage: 1.0,
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn quotes_of(dir: &Path, file: &str) -> Vec<Quote> {
    let src = Source::File(dir.join(file));
    let loaded = corpus::load(&src, &LoadConfig::default()).expect("corpus file loads");
    let article = loaded.article.expect("corpus file is text");
    extract_article(&article, &ExtractConfig::default()).quotes
}

#[derive(serde::Deserialize)]
struct Label {
    file: String,
    text: String,
    occurrence: usize,
    speaker: Option<String>,
    reading: String,
}

#[test]
fn seed_speakers_match_a_careful_readers_labels() {
    check(&root().join("tests/data/speakers.json"), &root().join("corpus"), &SEEDS);
}

#[test]
fn house_style_speakers_match_an_independent_readers_labels() {
    let dir = root().join("tests/data/styles");
    check(&dir.join("speakers.json"), &dir, &STYLES);
}

#[test]
fn korean_chinese_japanese_and_turkish_speakers_match_their_labels() {
    let dir = root().join("tests/data/languages");
    check(&dir.join("speakers.json"), &dir, &LANGUAGES);
}

/// Compares the speakers of the articles in `dir` with the labels in
/// `labels_file`, and fails below `floor`.
fn check(labels_file: &Path, dir: &Path, floor: &Floor) {
    let name = labels_file.strip_prefix(root()).unwrap_or(labels_file).display();
    let data: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(labels_file).unwrap()).unwrap();
    let labels: Vec<Label> = serde_json::from_value(data["labels"].clone()).unwrap();

    // Every quote of the labelled files has exactly one label.
    let mut by_file: BTreeMap<&str, Vec<&Label>> = BTreeMap::new();
    for l in &labels {
        by_file.entry(&l.file).or_default().push(l);
    }
    let mut problems = Vec::new();
    let mut structural = Vec::new();
    let (mut right, mut given, mut given_right, mut labelled, mut found) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for (file, ls) in &by_file {
        let quotes = quotes_of(dir, file);
        let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
        let mut unlabelled: Vec<&Quote> = Vec::new();
        let mut matched = 0;
        for q in &quotes {
            let n = seen.entry(&q.text).or_default();
            let occurrence = *n;
            *n += 1;
            let Some(l) = ls.iter().find(|l| l.text == q.text && l.occurrence == occurrence) else {
                unlabelled.push(q);
                continue;
            };
            matched += 1;
            let ok = match (&l.speaker, &q.speaker) {
                (None, None) => true,
                (Some(a), Some(b)) => same_person(a, b),
                _ => false,
            };
            right += ok as usize;
            if q.speaker.is_some() {
                given += 1;
                given_right += ok as usize;
            }
            if l.speaker.is_some() {
                labelled += 1;
                found += (ok && q.speaker.is_some()) as usize;
            }
            if !ok {
                problems.push(format!(
                    "{file} {} {:?}\n    label: {:?} ({})\n    found: {:?} (cue {:?}, via {:?})",
                    q.id, q.text, l.speaker, l.reading, q.speaker, q.cue, q.via
                ));
            }
        }
        for q in unlabelled {
            structural.push(format!("{file} {} {:?}: extracted but not labelled", q.id, q.text));
        }
        if matched != ls.len() {
            structural.push(format!("{file}: {} labels name no extracted quote", ls.len() - matched));
        }
    }
    let total = labels.len();
    let accuracy = right as f64 / total as f64;
    let precision = if given == 0 {
        1.0
    } else {
        given_right as f64 / given as f64
    };
    let coverage = if labelled == 0 {
        1.0
    } else {
        found as f64 / labelled as f64
    };
    println!(
        "{}: accuracy {right}/{total} = {accuracy:.3}; precision of non-null {given_right}/{given} = {precision:.3}; \
         coverage {found}/{labelled} = {coverage:.3}",
        name
    );
    let below = accuracy < floor.accuracy || precision < floor.precision || coverage < floor.coverage;
    assert!(
        structural.is_empty(),
        "labels and extraction disagree:\n{}",
        structural.join("\n")
    );
    assert!(
        !below,
        "{}: accuracy {accuracy:.3} (min {}), precision {precision:.3} (min {}), coverage {coverage:.3} (min {})\n{}",
        name,
        floor.accuracy,
        floor.precision,
        floor.coverage,
        problems.join("\n")
    );
    // Disagreements within the thresholds are still listed.
    for p in &problems {
        println!("disagreement: {p}");
    }
}
