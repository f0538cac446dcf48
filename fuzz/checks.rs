// Invariant checks shared by the fuzz targets (`fuzz/fuzz_targets/*.rs`) and
// the stable replay of the saved inputs (`tests/robustness.rs`), so CI checks
// every interesting input without a nightly toolchain. Included with
// `include!`, not a module of the library.

#[allow(dead_code)]
mod fuzz_checks {
    use quotecheck::corpus::{LoadConfig, article_from_bytes};
    use quotecheck::extract::{ExtractConfig, Quote, extract_article, extract_quotes};

    /// Spans lie on char boundaries, their text is their slice, they nest
    /// or are disjoint, and parents contain their children.
    pub fn check_quotes(text: &str, quotes: &[Quote]) {
        for q in quotes {
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end), "{q:?}");
            assert!(q.start < q.end && q.end <= text.len(), "{q:?}");
            assert_eq!(&text[q.start..q.end], q.text);
            if let Some(p) = q.parent {
                let parent = &quotes[p.0 as usize - 1];
                assert!(parent.start <= q.start && q.end <= parent.end, "{parent:?} / {q:?}");
            }
        }
        // In start order, each span must close inside every span still open.
        let mut open: Vec<&Quote> = Vec::new();
        for q in quotes {
            while open.last().is_some_and(|t| t.end <= q.start) {
                open.pop();
            }
            if let Some(t) = open.last() {
                assert!(t.start <= q.start && q.end <= t.end, "overlap: {t:?} {q:?}");
            }
            open.push(q);
        }
    }

    /// The extractor on arbitrary UTF-8, with and without speakers.
    pub fn check_extract(data: &[u8]) {
        let text = String::from_utf8_lossy(data);
        for speakers in [false, true] {
            let quotes = extract_quotes(&text, &ExtractConfig { speakers });
            check_quotes(&text, &quotes);
        }
    }

    /// The HTML loader then the extractor: offsets refer to the rendered text.
    pub fn check_html(data: &[u8]) {
        let loaded = article_from_bytes("fuzz.html", data.to_vec(), true, None, &LoadConfig::default());
        if let Some(article) = loaded.article {
            let rec = extract_article(&article, &ExtractConfig::default());
            check_quotes(&article.text, &rec.quotes);
        }
    }

    /// Up to four articles separated by 0xFF bytes, aligned twice: no panic,
    /// same output both times (determinism), JSON always serializes.
    pub fn check_align(data: &[u8]) {
        let records: Vec<_> = data
            .split(|&b| b == 0xFF)
            .take(4)
            .enumerate()
            .filter_map(|(i, part)| {
                article_from_bytes(&format!("a{i}.txt"), part.to_vec(), false, None, &LoadConfig::default()).article
            })
            .map(|a| extract_article(&a, &ExtractConfig::default()))
            .collect();
        let cfg = quotecheck::AlignConfig::default();
        let first = quotecheck::align_corpus(&records, &cfg);
        let second = quotecheck::align_corpus(&records, &cfg);
        let (a, b) = (serde_json::to_string(&first).unwrap(), serde_json::to_string(&second).unwrap());
        assert_eq!(a, b, "align is not deterministic");
    }

    /// Two texts separated by a 0xFF byte, diffed both ways: every op's
    /// ranges lie on char boundaries and slice its texts exactly, and ops
    /// come in order without overlapping.
    pub fn check_diff(data: &[u8]) {
        let cut = data.iter().position(|&b| b == 0xFF).unwrap_or(data.len());
        let old = String::from_utf8_lossy(&data[..cut]).into_owned();
        let new = String::from_utf8_lossy(data.get(cut + 1..).unwrap_or(&[])).into_owned();
        for (a, b) in [(&old, &new), (&new, &old)] {
            let d = quotecheck::diff::word_diff(a, b);
            let (mut last_old, mut last_new) = (0, 0);
            for op in &d.ops {
                assert!(a.is_char_boundary(op.old.start) && a.is_char_boundary(op.old.end), "{op:?}");
                assert!(b.is_char_boundary(op.new.start) && b.is_char_boundary(op.new.end), "{op:?}");
                assert_eq!(&a[op.old.clone()], op.old_text);
                assert_eq!(&b[op.new.clone()], op.new_text);
                assert!(op.old.start >= last_old && op.new.start >= last_new, "ops out of order: {op:?}");
                last_old = op.old.end;
                last_new = op.new.end;
            }
        }
    }
}
