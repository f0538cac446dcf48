//! House styles the seed corpus lacks: AP and Reuters wire copy, British
//! single-quote headlines and single-quote body text, long multi-paragraph
//! quotes, an interview transcript, a Markdown live blog, an opinion column
//! (scare quotes, titles, feet and inches, elisions, ʻokina), French,
//! Spanish, Italian, Dutch, Polish and Chinese typography, an HTML page with
//! its furniture and `<q>` elements, a hard-wrapped CRLF press release, a
//! scraped page with one line per paragraph and an AP sports story.
//!
//! `tests/data/styles/expected.json` holds, for each article, every quote a
//! careful reader marks (exact text, `headline`, `unclosed`, `continued`,
//! `continues`, `parent`) and the article's outlet, date and title. The
//! extraction must match it exactly; a failure lists what is missing and
//! what is extra, per file.

use quotecheck::corpus::{self, LoadConfig, Source};
use quotecheck::extract::{ExtractConfig, extract_article};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
struct Expected {
    files: BTreeMap<String, ExpectedArticle>,
}

#[derive(Debug, Deserialize)]
struct ExpectedArticle {
    outlet: Option<String>,
    date: Option<String>,
    title: Option<String>,
    quotes: Vec<ExpectedQuote>,
}

#[derive(Debug, Deserialize)]
struct ExpectedQuote {
    id: String,
    text: String,
    headline: bool,
    unclosed: bool,
    continued: bool,
    continues: Option<String>,
    parent: Option<String>,
}

/// A quote as compared: its text, flags, and the texts of the quotes it
/// continues and is nested in (so one missing quote does not make every
/// later id differ).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Row {
    text: String,
    headline: bool,
    unclosed: bool,
    continued: bool,
    continues: Option<String>,
    parent: Option<String>,
}

impl std::fmt::Display for Row {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.text)?;
        let flags: Vec<&str> = [
            (self.headline, "headline"),
            (self.unclosed, "unclosed"),
            (self.continued, "continued"),
        ]
        .iter()
        .filter(|(on, _)| *on)
        .map(|(_, name)| *name)
        .collect();
        if !flags.is_empty() {
            write!(f, " [{}]", flags.join(", "))?;
        }
        if let Some(c) = &self.continues {
            write!(f, " continues {c:?}")?;
        }
        if let Some(p) = &self.parent {
            write!(f, " in {p:?}")?;
        }
        Ok(())
    }
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/styles")
}

fn rows<'a>(
    quotes: impl Iterator<Item = (String, String, bool, bool, bool, Option<String>, Option<String>)> + Clone + 'a,
) -> Vec<Row> {
    let text_of: BTreeMap<String, String> = quotes.clone().map(|(id, text, ..)| (id, text)).collect();
    let resolve = |id: Option<String>| id.map(|i| text_of.get(&i).cloned().unwrap_or_else(|| format!("<no {i}>")));
    quotes
        .map(|(_, text, headline, unclosed, continued, continues, parent)| Row {
            text,
            headline,
            unclosed,
            continued,
            continues: resolve(continues),
            parent: resolve(parent),
        })
        .collect()
}

/// Items of `a` not matched one-to-one in `b`.
fn minus(a: &[Row], b: &[Row]) -> Vec<Row> {
    let mut left: Vec<Row> = b.to_vec();
    let mut out = Vec::new();
    for r in a {
        match left.iter().position(|x| x == r) {
            Some(k) => {
                left.remove(k);
            }
            None => out.push(r.clone()),
        }
    }
    out
}

#[test]
fn house_styles_match_the_careful_reader() {
    let expected: Expected =
        serde_json::from_str(&std::fs::read_to_string(dir().join("expected.json")).expect("expected.json"))
            .expect("expected.json parses");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        // (The two label files beside the articles: quotes, and speakers for tests/speakers.rs.)
        .filter(|n| !n.starts_with('.') && n != "expected.json" && n != "speakers.json")
        .collect();
    on_disk.sort();
    let listed: Vec<String> = expected.files.keys().cloned().collect();
    assert_eq!(
        on_disk, listed,
        "every article in tests/data/styles/ needs an entry in expected.json"
    );

    let cfg = ExtractConfig { speakers: false };
    let mut problems = Vec::new();
    let mut total = 0;
    for (name, want) in &expected.files {
        let loaded = corpus::load(&Source::File(dir().join(name)), &LoadConfig::default()).expect("article loads");
        assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
        let article = loaded.article.expect("article is text");
        let rec = extract_article(&article, &cfg);
        for q in &rec.quotes {
            assert_eq!(
                &article.text[q.start..q.end],
                q.text,
                "{name} {}: span and text disagree",
                q.id
            );
        }
        let got = rows(rec.quotes.iter().map(|q| {
            (
                q.id.to_string(),
                q.text.clone(),
                q.headline,
                q.unclosed,
                q.continued,
                q.continues.map(|c| c.to_string()),
                q.parent.map(|p| p.to_string()),
            )
        }));
        let exp = rows(want.quotes.iter().map(|q| {
            (
                q.id.clone(),
                q.text.clone(),
                q.headline,
                q.unclosed,
                q.continued,
                q.continues.clone(),
                q.parent.clone(),
            )
        }));
        total += exp.len();
        let missing = minus(&exp, &got);
        let extra = minus(&got, &exp);
        for r in &missing {
            problems.push(format!("{name}: missing {r}"));
        }
        for r in &extra {
            problems.push(format!("{name}: extra   {r}"));
        }
        if missing.is_empty() && extra.is_empty() && got != exp {
            problems.push(format!("{name}: the right quotes in the wrong order"));
        }
        let date = rec.date.map(|d| d.to_string());
        for (field, g, w) in [
            ("outlet", &rec.outlet, &want.outlet),
            ("date", &date, &want.date),
            ("title", &rec.title, &want.title),
        ] {
            if g != w {
                problems.push(format!("{name}: {field} is {g:?}, expected {w:?}"));
            }
        }
    }
    assert!(total >= 150, "expected.json holds {total} quotes");
    assert!(
        problems.is_empty(),
        "extraction differs from tests/data/styles/expected.json ({} problems):\n{}",
        problems.len(),
        problems.join("\n")
    );
}
