//! Generated inputs of the benches (`extract.rs`, `stages.rs`) and of the
//! measuring tools (`tools/extract_scale.rs`, `tools/extract_dump.rs`): the
//! same text on every run, so that figures compare across commits.

use quotecheck::synth::{Generator, SynthConfig};

/// The corpus's `.txt` articles, in file-name order.
pub fn corpus_articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../corpus");
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    names
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// The corpus's articles repeated to at least `total` bytes, as one text.
pub fn news(total: usize) -> String {
    let mut one = String::new();
    for a in corpus_articles() {
        one.push_str(&a);
        one.push_str("\n\n");
    }
    one.repeat(total / one.len() + 1)
}

/// `count` articles of about `size` bytes each, as an archive holds them:
/// each is a corpus article followed by the paragraphs of the next ones
/// until it reaches `size`.
pub fn articles(count: usize, size: usize) -> Vec<String> {
    let corpus = corpus_articles();
    let paras: Vec<Vec<&str>> = corpus
        .iter()
        .map(|a| a.split("\n\n").filter(|p| !p.trim().is_empty()).collect())
        .collect();
    (0..count)
        .map(|i| {
            let mut out = String::with_capacity(size + 1024);
            let mut k = i % corpus.len();
            let mut j = 0;
            while out.len() < size {
                out.push_str(paras[k][j]);
                out.push_str("\n\n");
                j += 1;
                if j == paras[k].len() {
                    j = 0;
                    k = (k + 1) % corpus.len();
                }
            }
            out
        })
        .collect()
}

/// Quote marks, apostrophes and letters: about one quote every 20 bytes, on
/// one line or in paragraphs of `para` bytes.
pub fn marks(total: usize, para: Option<usize>) -> String {
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

/// Alternating quote marks and apostrophes on one line.
pub fn alternating(total: usize) -> String {
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

/// One paragraph opened by a quote that never closes.
pub fn unclosed(total: usize) -> String {
    let mut out = String::from("He said “");
    let sentence = "this goes on and on, and Kim's words never close. ";
    while out.len() < total {
        out.push_str(sentence);
    }
    out
}

/// A corpus of `articles` articles from `quotecheck synth` (files' names and
/// contents), as the CLI would read them from the directory it writes: events
/// reported by several outlets, so quotes form families.
pub fn synth_articles(articles: usize, seed: u64) -> Vec<(String, String)> {
    let mut generator = Generator::new(&SynthConfig {
        articles,
        seed,
        ..SynthConfig::default()
    });
    let mut out = Vec::with_capacity(articles);
    while let Some(event) = generator.next_event() {
        out.extend(event.into_iter().map(|a| (a.file, a.text)));
    }
    out
}

/// A generated input by its benchmark name, of about `total` bytes
/// (`articles` joins 3 KB articles with blank lines).
pub fn generate(name: &str, total: usize) -> String {
    match name {
        "news" => news(total),
        "alternating" => alternating(total),
        "quote-dense-line" => marks(total, None),
        "quote-dense-paras" => marks(total, Some(2048)),
        "unclosed" => unclosed(total),
        "articles" => articles(total / 3072 + 1, 3072).join("\n\n"),
        _ => panic!("unknown input {name}"),
    }
}
