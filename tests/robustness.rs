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

/// URLs, Markdown links and code spans full of quote marks, in one 10 MB
/// paragraph: each is found once, in one pass (a quadratic search would not
/// finish), and their marks quote nobody.
#[test]
fn ten_megabytes_of_urls_and_code_spans() {
    let piece = "see https://x.org/?q=\"a\"&r='b' and [map](http://y.net/p?a='c'(d)\"e\") \
                 or `grep \"f\" g` and awww.z.org/'h' ://\"i\" www.w.org \"said\" ";
    let text = piece.repeat((10 << 20) / piece.len());
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), 2 * (text.len() / piece.len()));
    // `awww.` starts no URL, so its `'h'` is a quote.
    assert!(q.iter().all(|q| q.text == "said" || q.text == "h"), "{:?}", q.first());
}

/// Lines that each close the quote the line before left open, and lines
/// that reopen it: the layout joins or continues them in one pass (each
/// line is read at most twice), however many there are.
#[test]
fn a_million_lines_of_quotes_broken_over_lines() {
    let text = "He said \"one\nand two,\" then \"three.\n\"Four\n".repeat(250_000);
    let (q, stats) = run(&text);
    assert_linear(&text, &stats);
    assert_eq!(q.len(), 3 * 250_000);
    assert!(q[0].text == "one\nand two," && !q[0].unclosed, "{:?}", q[0]);
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

include!("../fuzz/checks.rs");

/// A fuzz target's checks.
type Check = fn(&[u8]);

/// Replays every input saved under `fuzz/corpus/<target>/` (the fuzzers'
/// interesting inputs and the crashes they found) on the stable toolchain.
#[test]
fn saved_fuzz_inputs_replay_cleanly() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus");
    let targets: [(&str, Check); 4] = [
        ("extract", fuzz_checks::check_extract),
        ("html", fuzz_checks::check_html),
        ("align", fuzz_checks::check_align),
        ("diff", fuzz_checks::check_diff),
    ];
    let mut replayed = 0;
    for (target, check) in targets {
        let mut files: Vec<_> = std::fs::read_dir(root.join(target))
            .unwrap_or_else(|e| panic!("fuzz/corpus/{target}: {e}"))
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        assert!(!files.is_empty(), "fuzz/corpus/{target} is empty");
        for f in files {
            let data = std::fs::read(&f).unwrap();
            let result = std::panic::catch_unwind(|| check(&data));
            assert!(result.is_ok(), "{target}: {} fails", f.display());
            replayed += 1;
        }
    }
    assert!(replayed >= 10);
}

/// Runs the binary; returns (exit code, stdout, stderr).
fn quotecheck(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args(args)
        .output()
        .expect("runs");
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code().unwrap_or(-1), text(out.stdout), text(out.stderr))
}

#[test]
fn a_directory_symlink_loop_is_reported_and_the_rest_is_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), "Kim said “hello there,” KCNA said.").unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    let (code, stdout, stderr) = quotecheck(&["extract", "-f", "jsonl", dir.path().to_str().unwrap()]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("loop"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(
        stdout.contains("hello there,"),
        "the rest of the corpus is read: {stdout}"
    );
}

#[test]
fn a_file_that_cannot_be_read_is_an_error_naming_it() {
    // Reading /proc/self/mem at offset 0 fails (EIO) even for root, unlike a
    // chmod 000 file.
    let path = "/proc/self/mem";
    if !std::path::Path::new(path).exists() {
        eprintln!("skipped: no {path} here");
        return;
    }
    let (code, _, stderr) = quotecheck(&["extract", path, "corpus/000_9be14632ec6177bb.txt"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("quotecheck: error: /proc/self/mem: cannot read"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn binary_invalid_and_empty_files_give_warnings_not_failures() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("binary.txt"), [0u8; 4096]).unwrap();
    std::fs::write(dir.path().join("latin1.txt"), b"Kim said \"caf\xE9 au lait\" today.").unwrap();
    std::fs::write(dir.path().join("empty.txt"), b"").unwrap();
    let (code, stdout, stderr) = quotecheck(&["extract", "-f", "jsonl", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("binary.txt: binary data"), "{stderr}");
    assert!(stderr.contains("latin1.txt: invalid UTF-8"), "{stderr}");
    assert_eq!(stdout.lines().count(), 2, "latin1 and empty are articles: {stdout}");
    assert!(stdout.contains("caf\u{FFFD} au lait"), "{stdout}");
}

#[test]
fn a_quote_longer_than_the_limit_is_cut_with_a_warning_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let long = "and the words go on ".repeat(50_000);
    std::fs::write(dir.path().join("long.txt"), format!("He said “{long}")).unwrap();
    std::fs::write(dir.path().join("short.txt"), "She said “a short one here today.”").unwrap();
    let (code, stdout, stderr) = quotecheck(&[
        "align",
        dir.path().to_str().unwrap(),
        "--all",
        "--max-quote-words",
        "300",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("long.txt: 1 quote(s) longer than 300 words (q1)"),
        "{stderr}"
    );
    assert!(!stderr.contains("short.txt"), "{stderr}");
    assert!(stdout.contains("2 quotes"), "{stdout}");
}
