//! Corpus loading end to end: encodings, line ends, paths (through the real
//! binary), header blocks, HTML rendering and the metadata inferred for every
//! article in `corpus/`.

use proptest::prelude::*;
use quotecheck::corpus::{self, LoadConfig, Loaded, Source, TextBasis, article_from_bytes, html::html_to_text};
use quotecheck::extract::{ExtractConfig, extract_article};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Loads bytes as a file called `name` would be loaded.
fn from_bytes(name: &str, bytes: &[u8]) -> Loaded {
    let stem = Path::new(name).file_stem().map(|s| s.to_string_lossy().into_owned());
    article_from_bytes(
        name,
        bytes.to_vec(),
        name.ends_with(".html"),
        stem,
        &LoadConfig::default(),
    )
}

fn text_of(name: &str, bytes: &[u8]) -> String {
    from_bytes(name, bytes).article.expect("an article").text
}

/// Runs the binary in `dir` with `args`, feeding `stdin`.
fn run(dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_quotecheck"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("stdin written");
    child.wait_with_output().expect("the binary ends")
}

fn json_articles(out: &Output) -> Vec<serde_json::Value> {
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    v["articles"].as_array().expect("articles").clone()
}

fn scratch(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("directories");
        std::fs::write(path, bytes).expect("a file");
    }
    dir
}

// ---------------------------------------------------------------- encodings

#[test]
fn utf8_with_and_without_bom_reads_the_same() {
    let plain = "Kim hailed Putin as his “dearest friend.”\n";
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), plain.as_bytes()].concat();
    assert_eq!(text_of("a.txt", &with_bom), plain);
    assert_eq!(text_of("a.txt", plain.as_bytes()), plain);
    assert!(from_bytes("a.txt", &with_bom).warnings.is_empty());
}

#[test]
fn crlf_and_cr_line_ends_become_lf() {
    let expected = "Title here\n\nKim said \"yes.\"\n";
    assert_eq!(text_of("a.txt", b"Title here\r\n\r\nKim said \"yes.\"\r\n"), expected);
    assert_eq!(text_of("a.txt", b"Title here\r\rKim said \"yes.\"\r"), expected);
    // A header written with CRLF still closes at its `---` line.
    let loaded = from_bytes("a.txt", b"outlet: AFP\r\n---\r\nText\r\n");
    let article = loaded.article.expect("an article");
    assert_eq!(article.meta.outlet.as_deref(), Some("AFP"));
    assert_eq!(article.text, "Text\n");
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning_naming_the_file() {
    let loaded = from_bytes("dir/bad.txt", b"Kim said \"caf\xE9\" twice.\n");
    assert_eq!(loaded.warnings.len(), 1);
    assert_eq!(loaded.warnings[0].file, "dir/bad.txt");
    assert!(loaded.warnings[0].message.contains("invalid UTF-8"));
    assert_eq!(
        loaded.article.expect("an article").text,
        "Kim said \"caf\u{FFFD}\" twice.\n"
    );

    let dir = scratch(&[("bad.txt", b"Kim said \"caf\xE9\" twice.\n")]);
    let out = run(dir.path(), &["extract", "bad.txt"], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(
        stderr.contains("bad.txt") && stderr.contains("invalid UTF-8"),
        "{stderr}"
    );
}

#[test]
fn nul_bytes_skip_the_file_with_a_warning() {
    let loaded = from_bytes("image.txt", b"GIF89a\0\0\x01");
    assert!(loaded.article.is_none());
    assert_eq!(loaded.warnings[0].file, "image.txt");
    assert!(loaded.warnings[0].message.contains("binary"));

    let dir = scratch(&[("a.txt", b"Kim said \"yes.\"\n"), ("b.txt", b"\0\0\0")]);
    let out = run(dir.path(), &["extract", "-f", "json", "."], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("b.txt") && stderr.contains("binary"), "{stderr}");
    let articles = json_articles(&out);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["file"], "./a.txt");
}

#[test]
fn empty_files_are_articles_without_quotes() {
    for name in ["empty.txt", "empty.html"] {
        let loaded = from_bytes(name, b"");
        assert!(loaded.warnings.is_empty());
        let article = loaded.article.expect("an article");
        assert_eq!(article.text, "");
        assert!(extract_article(&article, &ExtractConfig::default()).quotes.is_empty());
    }
    let dir = scratch(&[("empty.txt", b"")]);
    let out = run(dir.path(), &["extract", "-f", "json", "empty.txt"], b"");
    assert_eq!(out.status.code(), Some(0));
    let articles = json_articles(&out);
    assert_eq!(articles[0]["file"], "empty.txt");
    assert_eq!(articles[0]["quotes"].as_array().map(Vec::len), Some(0));
}

#[test]
fn a_file_over_the_size_limit_is_cut_between_paragraphs() {
    let mut bytes = "Kim said \"one.\"\n\n".repeat(10).into_bytes();
    bytes.extend("é".repeat(100).as_bytes());
    let cfg = LoadConfig { max_article_bytes: 201 };
    let loaded = article_from_bytes("big.txt", bytes, false, None, &cfg);
    assert_eq!(loaded.warnings.len(), 1, "{:?}", loaded.warnings);
    assert!(loaded.warnings[0].message.contains("larger than the article limit"));
    assert!(loaded.article.expect("an article").text.ends_with("\"one.\"\n\n"));
    // No blank line to cut at: the cut backs off to a character boundary.
    let loaded = article_from_bytes("big.txt", "é".repeat(150).into_bytes(), false, None, &cfg);
    assert_eq!(loaded.warnings.len(), 1, "only the size warning: {:?}", loaded.warnings);
    assert_eq!(loaded.article.expect("an article").text, "é".repeat(100));
}

// ---------------------------------------------------------------- paths

#[test]
fn a_missing_path_is_an_error_naming_it_and_the_rest_is_processed() {
    let dir = scratch(&[("a.txt", b"Kim said \"yes.\"\n")]);
    let out = run(dir.path(), &["extract", "-f", "json", "nope.txt", "a.txt"], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("nope.txt") && stderr.contains("no such file"),
        "{stderr}"
    );
    let articles = json_articles(&out);
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0]["quotes"][0]["text"], "yes.");
}

#[test]
fn directories_are_walked_recursively_in_order_skipping_hidden_and_other_files() {
    let dir = scratch(&[
        ("b.txt", b"b"),
        ("a/z.md", b"z"),
        ("a/b/c.html", b"<p>c"),
        ("a/B.TXT", b"B"),
        (".hidden.txt", b"h"),
        (".git/x.txt", b"x"),
        ("a/.cache/y.txt", b"y"),
        ("notes.json", b"{}"),
        ("image.png", b"png"),
    ]);
    let (sources, errors) = corpus::discover(&[dir.path().to_path_buf()]);
    assert!(errors.is_empty());
    let names: Vec<String> = sources
        .iter()
        .map(|s| match s {
            Source::File(p) => p
                .strip_prefix(dir.path())
                .expect("inside")
                .to_string_lossy()
                .replace('\\', "/"),
            Source::Stdin => "-".into(),
        })
        .collect();
    assert_eq!(names, ["a/B.TXT", "a/b/c.html", "a/z.md", "b.txt"]);
    // A file named explicitly is read whatever its name.
    let (sources, _) = corpus::discover(&[dir.path().join(".hidden.txt"), PathBuf::from("-")]);
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[1], Source::Stdin);
}

#[test]
fn dash_reads_standard_input_as_text_or_html() {
    let dir = scratch(&[]);
    let out = run(
        dir.path(),
        &["extract", "-f", "json", "-"],
        "Kim said “yes.”\n".as_bytes(),
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let articles = json_articles(&out);
    assert_eq!(articles[0]["file"], "-");
    assert_eq!(articles[0]["offsets"], "plain");
    assert_eq!(articles[0]["quotes"][0]["text"], "yes.");
    // Without a file name to go by, an HTML document is recognized as one.
    let html = b"<!DOCTYPE html><title>T</title><p>Kim said &ldquo;yes.&rdquo;</p>";
    let out = run(dir.path(), &["extract", "-f", "json", "-"], html);
    let articles = json_articles(&out);
    assert_eq!(articles[0]["offsets"], "html");
    assert_eq!(articles[0]["title"], "T");
    assert_eq!(articles[0]["quotes"][0]["text"], "yes.");
}

// ---------------------------------------------------------------- headers

#[test]
fn header_keys_quotecheck_does_not_know_land_in_extra() {
    let article = from_bytes("a.txt", b"outlet: AFP\nnote: checked by hand\nDesk: Asia\n---\nBody\n")
        .article
        .expect("an article");
    assert_eq!(
        article.meta.extra.get("note").map(String::as_str),
        Some("checked by hand")
    );
    assert_eq!(article.meta.extra.get("desk").map(String::as_str), Some("Asia"));
    assert_eq!(article.text, "Body\n");
}

#[test]
fn a_bad_header_date_is_kept_in_extra_not_lost() {
    let article = from_bytes("a.txt", b"date: 2024-13-45\n---\nDecember 31, 2024\n\nBody\n")
        .article
        .expect("an article");
    assert_eq!(article.meta.extra.get("date").map(String::as_str), Some("2024-13-45"));
    // Inference may still find a date, and says so.
    assert_eq!(article.meta.date.map(|d| d.to_string()).as_deref(), Some("2024-12-31"));
    assert_eq!(article.meta.inferred.get("date").map(String::as_str), Some("date line"));
}

#[test]
fn declared_header_values_win_over_inference_and_are_not_marked_inferred() {
    let text =
        "outlet: Example Daily\ndate: 2024-12-30\ntitle: Declared\n---\n# Heading\n\nBy AFP\n\nDecember 31, 2024\n";
    let article = from_bytes("a.txt", text.as_bytes()).article.expect("an article");
    let m = &article.meta;
    assert_eq!(m.outlet.as_deref(), Some("Example Daily"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-12-30"));
    assert_eq!(m.title.as_deref(), Some("Declared"));
    for field in ["outlet", "date", "title"] {
        assert!(!m.inferred.contains_key(field), "{field} is declared");
    }
    assert_eq!(m.extra.get("wire").map(String::as_str), Some("AFP"));
}

// ---------------------------------------------------------------- the corpus

/// What each article in `corpus/` is, by its own text: outlet, date, title
/// and how each was found (`-` when declared or unknown).
const CORPUS_METADATA: &[(&str, &str, &str, &str, &str)] = &[
    (
        "000_9be14632ec6177bb.txt",
        "themoscowtimes.com (original url line); wire AFP (byline)",
        "2024-12-31 (date line)",
        "North Korea's Kim Hails 'Dearest Friend' Putin in New Year Message (markdown heading)",
        "https://www.themoscowtimes.com/2024/12/31/north-koreas-kim-hails-dearest-friend-putin-in-new-year-message-a87490",
    ),
    (
        "001_b8c04ccf25dee529.txt",
        "001_b8c04ccf25dee529 (file name)",
        "2024-12-31 (date line)",
        "-",
        "-",
    ),
    (
        "002_5314007c50c13ef9.txt",
        "Korea JoongAng Daily (masthead); wire Yonhap (sign-off)",
        "2024-12-27 (date line)",
        "Putin sends New Year's message to Kim Jong-un, hopes for continued cooperation in 2025 (first line)",
        "-",
    ),
    (
        "003_80ca923dcf017ca6.txt",
        "003_80ca923dcf017ca6 (file name)",
        "-",
        "Kim Jong-un replies to Putin’s New Year’s greeting, hails DPRK-Russia alliance as 'precious common asset' (first line)",
        "-",
    ),
    (
        "004_9b05d082ee61e917.txt",
        "UPI (dateline)",
        "2024-12-31 (dateline, year by weekday)",
        "-",
        "-",
    ),
    (
        "005_pacificnewswire.html",
        "Pacific Newswire",
        "2024-12-31",
        "Kim hails ‘dearest friend’ Putin, wishes Russia victory in 2025",
        "https://pacificnewswire.example/asia/2024/12/31/kim-putin-new-year-letter",
    ),
    (
        "006_fr_guillemets.txt",
        "Le Quotidien de l'Est",
        "2025-01-01",
        "Kim Jong-un salue son « ami le plus cher » Vladimir Poutine",
        "-",
    ),
    (
        "007_de_anfuehrungszeichen.txt",
        "Rheinische Beispielzeitung",
        "2024-12-31",
        "Kim nennt Putin seinen „liebsten Freund“",
        "-",
    ),
    (
        "008_en_nested_continued.txt",
        "The Example Ledger",
        "2025-01-02",
        "'Dearest friend': what Kim's New Year letter to Putin said",
        "https://example.org/ledger/kim-putin-letters",
    ),
    (
        "009_ja_kagikakko.txt",
        "サンプル新聞",
        "2025-01-01",
        "金正恩氏、プーチン氏を「最も親しい友」と称賛 (first line)",
        "-",
    ),
];

#[test]
fn corpus_metadata_is_what_each_article_says() {
    let (sources, errors) = corpus::discover(&[corpus_dir()]);
    assert!(errors.is_empty());
    let names: Vec<String> = sources
        .iter()
        .map(|s| match s {
            Source::File(p) => p.file_name().expect("a name").to_string_lossy().into_owned(),
            Source::Stdin => "-".into(),
        })
        .collect();
    let expected: Vec<&str> = CORPUS_METADATA.iter().map(|m| m.0).collect();
    assert_eq!(names, expected, "every corpus article has its metadata listed here");
    for (source, &(name, outlet, date, title, url)) in sources.iter().zip(CORPUS_METADATA) {
        let loaded = corpus::load(source, &LoadConfig::default()).expect("loads");
        assert!(loaded.warnings.is_empty(), "{name}: {:?}", loaded.warnings);
        let m = loaded.article.expect("an article").meta;
        let how = |field: &str| m.inferred.get(field).map(|h| format!(" ({h})")).unwrap_or_default();
        let shown = |v: Option<String>, field: &str| v.map_or("-".to_string(), |v| format!("{v}{}", how(field)));
        let mut got_outlet = shown(m.outlet.clone(), "outlet");
        if let Some(w) = m.extra.get("wire") {
            got_outlet.push_str(&format!("; wire {w}{}", how("wire")));
        }
        assert_eq!(got_outlet, outlet, "{name}");
        assert_eq!(shown(m.date.map(|d| d.to_string()), "date"), date, "{name}");
        assert_eq!(shown(m.title.clone(), "title"), title, "{name}");
        assert_eq!(m.url.as_deref().unwrap_or("-"), url, "{name}");
    }
}

/// Whole articles without a header, in house styles the corpus lacks, and
/// the outlet, date and title the loader infers (with how): regression
/// tests for what probing such pages found unread or misread.
#[test]
fn metadata_of_headerless_articles_in_other_house_styles() {
    let para = "The minister said on Friday that the talks would go on, in a paragraph long enough to be read as the body of the article.";
    let cases: &[(&str, String, &str, &str, &str)] = &[
        (
            "politico.txt",
            format!("Playbook: Senate stalls\n\nBy Jack Blanchard\n11/04/2025 07:51 AM EST\n\n{para}\n"),
            "politico (file name)",
            "2025-11-04 (date line)",
            "Playbook: Senate stalls (first line)",
        ),
        (
            "fox.txt",
            format!(
                "Texas sheriff says smuggling 'has never been more violent'\nBy Kelsey Marlow Fox News\nPublished October 14, 2025 4:00am EDT\n\n\
                 EXCLUSIVE: A sheriff told Fox News Digital that {para}\n"
            ),
            "Fox News (byline)",
            "2025-10-14 (published line)",
            "Texas sheriff says smuggling 'has never been more violent' (first line)",
        ),
        (
            "nzz.txt",
            format!(
                "Keller-Sutter zum Zollstreit: «Wir verhandeln nicht unter Druck»\n\nKatharina Fontana, Bern\n14.03.2025, 05.30 Uhr\n\n\
                 {para}\n\n{para}\n\nCopyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.\n"
            ),
            "Neue Zürcher Zeitung (copyright line)",
            "2025-03-14 (date line)",
            "Keller-Sutter zum Zollstreit: «Wir verhandeln nicht unter Druck» (first line)",
        ),
        (
            "clarin.txt",
            format!(
                "Milei, sobre el acuerdo con el FMI: \"Es un antes y un después\"\n\nClarín\n14/03/2025 18:40\n\n{para}\n\n\
                 Newsletter Clarín. Recibí las noticias más importantes.\n"
            ),
            "Clarín (masthead)",
            "2025-03-14 (date line)",
            "Milei, sobre el acuerdo con el FMI: \"Es un antes y un después\" (first line)",
        ),
        (
            "ynet.txt",
            format!("נתניהו: \"לא נעצור עד הניצחון המוחלט\"\n\nאיתמר אייכנר\nפורסם: 14.03.25 | 17:32\n\n{para}\n"),
            "ynet (file name)",
            "2025-03-14 (published line)",
            "נתניהו: \"לא נעצור עד הניצחון המוחלט\" (first line)",
        ),
        (
            "kommersant.txt",
            format!(
                "«Мы не собираемся никого уговаривать»\n\nГазета «Коммерсантъ» №44 от 15.03.2025, стр. 1\nЕлена Черненко\n\n\
                 {para}\n\n© АО «Коммерсантъ». Все права защищены.\n"
            ),
            "Коммерсантъ (copyright line)",
            "2025-03-15 (issue line)",
            "«Мы не собираемся никого уговаривать» (first line)",
        ),
        (
            "pravda.txt",
            format!(
                "Зеленський: «Ми не віддамо жодного метра нашої землі»\n\nПонеділок, 3 березня 2025, 14:27\n\n\
                 Роман Романюк — Українська правда\n\n{para}\n"
            ),
            "Українська правда (byline)",
            "2025-03-03 (date line)",
            "Зеленський: «Ми не віддамо жодного метра нашої землі» (first line)",
        ),
    ];
    for (name, text, outlet, date, title) in cases {
        let m = from_bytes(name, text.as_bytes()).article.expect("an article").meta;
        let shown = |v: Option<String>, field: &str| {
            v.map_or("-".to_string(), |v| {
                format!("{v} ({})", m.inferred.get(field).map_or("-", String::as_str))
            })
        };
        assert_eq!(shown(m.outlet.clone(), "outlet"), *outlet, "{name}");
        assert_eq!(shown(m.date.map(|d| d.to_string()), "date"), *date, "{name}");
        assert_eq!(shown(m.title.clone(), "title"), *title, "{name}");
    }
}

fn html_article() -> corpus::Article {
    let source = Source::File(corpus_dir().join("005_pacificnewswire.html"));
    corpus::load(&source, &LoadConfig::default())
        .expect("loads")
        .article
        .expect("an article")
}

#[test]
fn the_html_article_renders_to_its_paragraphs_only() {
    let article = html_article();
    assert_eq!(article.basis, TextBasis::Html);
    let text = &article.text;
    let paragraphs: Vec<&str> = text.trim_end().split("\n\n").collect();
    assert_eq!(paragraphs.len(), 13, "{text}");
    assert_eq!(paragraphs[0], "North Korea & Russia");
    assert_eq!(
        paragraphs[1],
        "Kim hails ‘dearest friend’ Putin, wishes Russia victory in 2025"
    );
    assert_eq!(paragraphs[2], "By Han Soo-min");
    assert_eq!(paragraphs[3], "December 31, 2024");
    assert!(paragraphs[5].starts_with("SEOUL, Dec. 31 (Pacific Newswire) — North Korean leader Kim Jong Un called"));
    assert_eq!(
        paragraphs[8],
        "He also wished Russia victory in the war in Ukraine in the coming year:"
    );
    assert!(paragraphs[12].ends_with("said Park Ji-hoon, a North Korea analyst in Seoul."));
    for p in &paragraphs {
        assert!(!p.contains('\n') && !p.contains("  ") && p.trim() == *p, "{p:?}");
    }
    for furniture in [
        "cookies",
        "Accept all",
        "Share on X",
        "Skip to content",
        "Home",
        "Advertisement",
        "Most read",
        "Related stories",
        "reliable partner",
        "Friends forever",
        "Asia Briefing",
        "Reporting by",
        "All rights reserved",
        "dataLayer",
        "Not article text",
        "&ldquo;",
        "&amp;",
        "<",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} leaked into:\n{text}");
    }
}

#[test]
fn the_html_article_has_exactly_the_quotes_a_reader_marks() {
    let article = html_article();
    let record = extract_article(&article, &ExtractConfig::default());
    let got: Vec<(&str, bool)> = record.quotes.iter().map(|q| (q.text.as_str(), q.headline)).collect();
    assert_eq!(
        got,
        [
            ("dearest friend", true),
            ("dearest friend and comrade", false),
            (
                "warm greetings of best wishes to the fraternal Russian people and all the service personnel of the brave Russian army",
                false
            ),
            ("meaningful journey", false),
            ("his willingness to design and push forward with new projects,", false),
            (
                "The New Year 2025 will be recorded as the first year of [Russia’s] war victory in the 21st century when the Russian army and people defeat neo-Nazism and achieve a great victory.",
                false
            ),
            ("to implement the historic treaty in 2025.", false),
            (
                "Both letters are written for a domestic audience as much as for each other,",
                false
            ),
        ]
    );
    for q in &record.quotes {
        assert_eq!(&article.text[q.start..q.end], q.text);
    }
}

#[test]
fn every_corpus_quote_lies_in_its_article_text() {
    let (sources, _) = corpus::discover(&[corpus_dir()]);
    for source in &sources {
        let article = corpus::load(source, &LoadConfig::default())
            .expect("loads")
            .article
            .expect("an article");
        let record = extract_article(&article, &ExtractConfig::default());
        assert!(!record.quotes.is_empty(), "{}", article.file);
        for q in &record.quotes {
            assert_eq!(
                article.text.get(q.start..q.end),
                Some(q.text.as_str()),
                "{}",
                article.file
            );
        }
    }
}

// ---------------------------------------------------------------- properties

/// Fragments of real-world markup, shuffled into tag soup by proptest.
fn html_fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"share\">".to_string()),
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<article>".to_string()),
        Just("</article>".to_string()),
        Just("<nav>".to_string()),
        Just("</nav>".to_string()),
        Just("<script>".to_string()),
        Just("</script>".to_string()),
        Just("<pre>".to_string()),
        Just("<br>".to_string()),
        Just("<h1>".to_string()),
        Just("&ldquo;".to_string()),
        Just("&amp".to_string()),
        Just("<!--".to_string()),
        Just("<a href=\"".to_string()),
        Just("\u{AD}\u{A0}\n ".to_string()),
        "[a-z “”'\"]{0,12}",
    ]
}

proptest! {
    #[test]
    fn html_rendering_never_panics_and_is_normalized(parts in prop::collection::vec(html_fragment(), 0..60)) {
        let html: String = parts.concat();
        let text = html_to_text(&html).text;
        prop_assert!(text.is_empty() || (text.ends_with('\n') && !text.ends_with("\n\n")));
        prop_assert!(!text.contains("\n\n\n"));
        // Paragraphs, and the lines a `<br>` breaks them into, are trimmed
        // and hold single spaces.
        for p in text.trim_end_matches('\n').split("\n\n").filter(|_| !text.is_empty()) {
            for line in p.split('\n') {
                prop_assert!(!line.is_empty() && !line.contains("  ") && line.trim() == line, "{:?}", p);
            }
        }
    }

    #[test]
    fn loading_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), html in any::<bool>()) {
        let loaded = article_from_bytes("x", bytes, html, None, &LoadConfig::default());
        if let Some(article) = loaded.article {
            prop_assert!(!article.text.contains('\r'));
            let record = extract_article(&article, &ExtractConfig::default());
            for q in &record.quotes {
                prop_assert_eq!(article.text.get(q.start..q.end), Some(q.text.as_str()));
            }
        }
    }
}
