//! Hostile and pathological input: never a panic, never super-linear work.
//! Work is checked with the extractor's counters and with output sizes, not
//! with the clock (the benchmarks show the time).

use quotecheck::extract::{ExtractConfig, MAX_CLOSE_SEARCH, MAX_DEPTH, WorkStats, extract_quotes_counted};

fn run(text: &str) -> (Vec<quotecheck::extract::Quote>, WorkStats) {
    extract_quotes_counted(text, &ExtractConfig::default())
}

/// Work bounded by a constant times the input length.
fn assert_linear(text: &str, stats: &WorkStats) {
    let n = text.len().max(1);
    assert!(stats.marks <= n, "{stats:?} for {n} bytes");
    assert!(stats.stack_probes <= MAX_CLOSE_SEARCH * stats.marks.max(1), "{stats:?}");
    // Every quote copies its text and at most 800 bytes of context; nesting
    // is capped, so copies stay within a constant factor of the input.
    assert!(
        stats.bytes_copied <= (MAX_DEPTH + 2) * n + 800 * stats.marks,
        "{stats:?} for {n} bytes"
    );
    // Speaker attribution reads the text once for names, then each quote's
    // sentence (at most SENTENCE_LIMIT bytes each way, quotes in it skipped)
    // and each parent quote once for all its children.
    assert!(stats.speaker_bytes <= SPEAKER_WORK * n, "{stats:?} for {n} bytes");
    assert!(stats.speaker_tokens <= SPEAKER_WORK * n, "{stats:?} for {n} bytes");
}

/// Most bytes and tokens the speaker rules may examine per input byte. The
/// worst case is a run-on line with a quote every few bytes: each quote
/// reads its own window of up to 2 x SENTENCE_LIMIT bytes (a_million_quote_marks_with_words_between: 70 bytes
/// and 32 tokens per input byte). News text stays near 1 (`news`: 1.1 bytes, 0.06 tokens).
const SPEAKER_WORK: usize = 128;

#[test]
fn a_million_quote_marks() {
    let text = "\"'“’”‘«»„‚".repeat(100_000);
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert!(stats.marks >= 1_000_000);
    assert!(
        q.is_empty(),
        "no letters between the marks, so no quotes: {:?}",
        q.first()
    );
}

#[test]
fn a_million_quote_marks_with_words_between() {
    let text = "a \"b\" c 'd' e’s “f” ".repeat(200_000);
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), 600_000);
}

#[test]
fn ten_thousand_nested_quotes() {
    let depth = 10_000;
    let text = format!("{}core{}", "“a ‘b ".repeat(depth / 2), " c’ d”".repeat(depth / 2));
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), MAX_DEPTH, "nesting beyond the limit is passed over");
    assert_eq!(
        q[0].end,
        text.len() - "”".len(),
        "the outermost quote still closes at the right mark"
    );
}

#[test]
fn a_quote_that_never_closes_in_a_10_mb_paragraph() {
    let mut text = String::from("He said “");
    while text.len() < 10 << 20 {
        text.push_str("and on and on, with Kim's words and the ladies' hats. ");
    }
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), 1);
    assert!(q[0].unclosed);
    assert_eq!(q[0].end, text.trim_end().len());
    assert!(
        q[0].context.len() < 1000,
        "context is bounded: {} bytes",
        q[0].context.len()
    );
}

#[test]
fn a_100_mb_line() {
    let piece = "Kim said “we are friends,” and ‘more’ — it's the '90s. ";
    let text = piece.repeat((100 << 20) / piece.len());
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), 2 * (text.len() / piece.len()));
}

#[test]
fn every_unicode_quote_character_mixed() {
    let marks: Vec<char> = "\"'“”‘’„‚‟‛«»‹›「」『』〝〞〟＂｢｣`".chars().collect();
    let mut text = String::new();
    for (i, a) in marks.iter().enumerate() {
        for b in &marks[i..] {
            text.push(*a);
            text.push_str("word ");
            text.push(*b);
            text.push_str(" x\n");
        }
    }
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    for q in &q {
        assert_eq!(&text[q.start..q.end], q.text);
    }
}

#[test]
fn control_characters_and_replacement_chars() {
    let text = "\u{FFFD}\u{0}\u{1}“a\u{7}b”\u{FEFF}'c'\r\u{2028}\u{2029}«d»".repeat(1000);
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert!(!q.is_empty());
}
