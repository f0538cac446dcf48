//! `quotecheck report`: snapshots of every renderer on `corpus/`, the HTML
//! page's structure and safety (an HTML5 tokenizer reads it back, a hostile
//! corpus injects nothing), atomic output, colour choice, and the page in
//! headless Chromium.

use html5gum::{Token, Tokenizer};
use quotecheck::report::Report;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cli() -> Command {
    let mut cmd = Command::new(insta_cmd::get_cargo_bin("quotecheck"));
    cmd.current_dir(root());
    // Colour decisions must not depend on the developer's environment.
    for var in ["NO_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM"] {
        cmd.env_remove(var);
    }
    cmd
}

fn run(args: &[&str]) -> Output {
    cli().args(args).output().expect("the binary runs")
}

fn stdout_of(args: &[&str]) -> String {
    let out = run(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn report_snapshots_on_the_corpus() {
    insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots") }, {
        insta_cmd::assert_cmd_snapshot!("report_terminal", cli().args(["report", "corpus", "--color", "never"]));
        insta_cmd::assert_cmd_snapshot!(
            "report_terminal_typography",
            cli().args(["report", "corpus", "--color", "never", "--show-typography"])
        );
        insta_cmd::assert_cmd_snapshot!("report_terminal_color", cli().args(["report", "corpus", "--color", "always"]));
        insta_cmd::assert_cmd_snapshot!("report_md", cli().args(["report", "corpus", "--format", "md"]));
        insta_cmd::assert_cmd_snapshot!("report_html", cli().args(["report", "corpus", "--format", "html"]));
        insta_cmd::assert_cmd_snapshot!("report_json", cli().args(["report", "corpus", "--format", "json"]));
    });
}

/// Start tags of an HTML document, with attributes, and its decoded text.
struct Parsed {
    /// (tag name, attributes) in document order.
    tags: Vec<(String, Vec<(String, String)>)>,
    /// All text content, decoded, concatenated with newlines between tokens.
    text: String,
    /// Tokenizer errors.
    errors: Vec<String>,
    /// Unbalanced elements met, if any.
    unbalanced: Vec<String>,
}

const VOID: &[&str] = &[
    "meta", "input", "br", "img", "link", "hr", "wbr", "source", "area", "col", "base",
];

fn parse(html: &str) -> Parsed {
    let mut emitter = html5gum::emitters::default::DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut p = Parsed {
        tags: Vec::new(),
        text: String::new(),
        errors: Vec::new(),
        unbalanced: Vec::new(),
    };
    let mut stack: Vec<String> = Vec::new();
    for token in Tokenizer::new_with_emitter(html, emitter) {
        match token.expect("infallible") {
            Token::StartTag(t) => {
                let name = String::from_utf8_lossy(&t.name).into_owned();
                let attrs = t
                    .attributes
                    .iter()
                    .map(|(k, v)| {
                        (
                            String::from_utf8_lossy(k).into_owned(),
                            String::from_utf8_lossy(&v.value).into_owned(),
                        )
                    })
                    .collect();
                if !VOID.contains(&name.as_str()) && !t.self_closing {
                    stack.push(name.clone());
                }
                p.tags.push((name, attrs));
            }
            Token::EndTag(t) => {
                let name = String::from_utf8_lossy(&t.name).into_owned();
                match stack.pop() {
                    Some(open) if open == name => {}
                    other => p.unbalanced.push(format!("</{name}> closes {other:?}")),
                }
            }
            Token::String(s) => {
                p.text.push_str(&String::from_utf8_lossy(&s.value));
                p.text.push('\n');
            }
            Token::Error(e) => p.errors.push(format!("{:?}", e.value)),
            Token::Comment(_) | Token::Doctype(_) => {}
        }
    }
    p.unbalanced
        .extend(stack.into_iter().map(|s| format!("<{s}> never closed")));
    p
}

/// Every tag and attribute the renderer writes; anything else came from input.
const TAGS: &[&str] = &[
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "input",
    "header",
    "h1",
    "p",
    "strong",
    "nav",
    "span",
    "label",
    "ol",
    "li",
    "a",
    "main",
    "section",
    "h2",
    "h3",
    "time",
    "figure",
    "blockquote",
    "figcaption",
    "details",
    "summary",
    "del",
    "ins",
    "b",
    "footer",
];
const ATTRS: &[&str] = &[
    "charset",
    "http-equiv",
    "content",
    "name",
    "lang",
    "type",
    "id",
    "class",
    "checked",
    "for",
    "href",
    "rel",
    "datetime",
    "title",
    "aria-label",
    "open",
];

/// The structural and safety checks every report page must pass.
fn check_page(html: &str) -> Parsed {
    let p = parse(html);
    assert!(p.errors.is_empty(), "tokenizer errors: {:?}", p.errors);
    assert!(p.unbalanced.is_empty(), "unbalanced: {:?}", p.unbalanced);
    for (name, attrs) in &p.tags {
        assert!(TAGS.contains(&name.as_str()), "unexpected element <{name}>");
        for (k, v) in attrs {
            assert!(
                ATTRS.contains(&k.as_str()),
                "unexpected attribute {k}={v:?} on <{name}>"
            );
            if k == "href" {
                assert!(
                    v.starts_with("#family-") || v.starts_with("https://") || v.starts_with("http://"),
                    "unsafe link {v:?}"
                );
            }
        }
    }
    let csp: Vec<&String> = p
        .tags
        .iter()
        .filter(|(n, a)| {
            n == "meta"
                && a.iter()
                    .any(|(k, v)| k == "http-equiv" && v == "Content-Security-Policy")
        })
        .flat_map(|(_, a)| a.iter().filter(|(k, _)| k == "content").map(|(_, v)| v))
        .collect();
    assert_eq!(csp, [quotecheck::report::html::CSP], "one CSP meta, forbidding scripts");
    assert!(csp[0].contains("default-src 'none'") && !csp[0].contains("script-src"));
    assert_eq!(p.tags.iter().filter(|(n, _)| n == "style").count(), 1);
    p
}

fn attr<'a>(attrs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

#[test]
fn the_html_report_parses_and_shows_every_family() {
    let html = stdout_of(&["report", "corpus", "--format", "html"]);
    let report: Report = serde_json::from_str(&stdout_of(&["report", "corpus", "--format", "json"])).unwrap();
    assert!(report.families.len() >= 5, "the corpus has families");
    let p = check_page(&html);
    let sections: Vec<&str> = p
        .tags
        .iter()
        .filter(|(n, _)| n == "section")
        .filter_map(|(_, a)| attr(a, "id"))
        .collect();
    let expected: Vec<String> = report.families.iter().map(|f| format!("family-{}", f.id)).collect();
    assert_eq!(sections, expected, "one section per family, in the report's order");
    // Canonical wordings are there as text, decoded back exactly.
    for f in &report.families {
        assert!(p.text.contains(&f.canonical.text), "{}", f.canonical.text);
    }
    // The filter: radio buttons and a checkbox before <main>, each with a label.
    let ids: Vec<&str> = p
        .tags
        .iter()
        .filter(|(n, _)| n == "input")
        .filter_map(|(_, a)| attr(a, "id"))
        .collect();
    assert_eq!(
        ids,
        [
            "show-all",
            "show-number",
            "show-wording",
            "show-editorial",
            "show-spelling",
            "show-typographic",
            "mark-typography"
        ]
    );
    for id in ids {
        assert!(
            p.tags.iter().any(|(n, a)| n == "label" && attr(a, "for") == Some(id)),
            "{id}"
        );
    }
    // Every variant is an <li class="variant ..."> whose classes name its changes.
    let variants = report.families.iter().map(|f| f.variants.len()).sum::<usize>();
    let lis: Vec<&str> = p
        .tags
        .iter()
        .filter(|(n, _)| n == "li")
        .filter_map(|(_, a)| attr(a, "class"))
        .filter(|c| c.starts_with("variant "))
        .collect();
    assert_eq!(lis.len(), variants);
    let wording = report
        .families
        .iter()
        .flat_map(|f| &f.variants)
        .filter(|v| v.diff.counts.wording > 0)
        .count();
    assert!(wording > 0);
    assert_eq!(lis.iter().filter(|c| c.contains("has-wording")).count(), wording);
    // Insertions and deletions are marked up with their class.
    assert!(
        p.tags
            .iter()
            .any(|(n, a)| n == "del" && attr(a, "class") == Some("wording"))
    );
    assert!(
        p.tags
            .iter()
            .any(|(n, a)| n == "ins" && attr(a, "class") == Some("editorial"))
    );
}

#[test]
fn json_diff_ops_slice_the_canonical_and_the_variant() {
    let report: Report = serde_json::from_str(&stdout_of(&["report", "corpus", "--format", "json"])).unwrap();
    let mut ops = 0;
    for f in &report.families {
        for v in &f.variants {
            let (old, new) = (&f.canonical.text, &v.text);
            for op in &v.diff.ops {
                assert_eq!(&old[op.old.clone()], op.old_text);
                assert_eq!(&new[op.new.clone()], op.new_text);
                ops += 1;
            }
            let rebuilt: String = v.diff.ops.iter().map(|o| o.old_text.as_str()).collect();
            assert_eq!(rebuilt, old[v.diff.window.old.clone()]);
        }
    }
    assert!(ops > 20);
    // Families come heaviest wording change first.
    let weights: Vec<usize> = report.families.iter().map(|f| f.counts.wording_words).collect();
    assert!(weights.windows(2).all(|w| w[0] >= w[1]), "{weights:?}");
}

/// The changes of one family's variant in `tests/data/edits`, found by a
/// word of its text: (old text, new text, class).
fn edits_changes(report: &Report, variant_has: &str) -> Vec<(String, String, String)> {
    let v = report
        .families
        .iter()
        .flat_map(|f| &f.variants)
        .find(|v| v.text.contains(variant_has))
        .unwrap_or_else(|| panic!("a variant with {variant_has:?}"));
    v.diff
        .ops
        .iter()
        .filter_map(|o| Some((o.old_text.clone(), o.new_text.clone(), o.class?.to_string())))
        .filter(|c| c.2 != "typographic")
        .collect()
}

fn edits_report() -> Report {
    serde_json::from_str(&stdout_of(&["report", "tests/data/edits", "--format", "json"])).unwrap()
}

fn change(old: &str, new: &str, class: &str) -> (String, String, String) {
    (old.into(), new.into(), class.into())
}

#[test]
fn sic_and_glosses_beside_a_changed_word_are_editorial_changes_of_their_own() {
    let report = edits_report();
    // "Fewer" is the wording two outlets printed first; the Post's "Less [sic]".
    assert_eq!(
        edits_changes(&report, "[sic]"),
        [change("Fewer", "Less", "wording"), change("", "[sic]", "editorial")]
    );
    // "program" is the canonical; the Brief's "[the bank's] programme".
    assert_eq!(
        edits_changes(&report, "[the bank's]"),
        [
            change("", "[the bank's]", "editorial"),
            change("program", "programme", "spelling")
        ]
    );
    // A bracket opening a fragment stands for the words it replaces.
    assert_eq!(
        edits_changes(&report, "[The bank is]"),
        [change("We are", "[The bank is]", "editorial")]
    );
}

#[test]
fn british_and_american_spellings_are_reported_as_spelling() {
    let report = edits_report();
    assert_eq!(
        edits_changes(&report, "labor"),
        [
            change("but it is not yet defeated, and", "...", "editorial"),
            change("labour", "labor", "spelling")
        ]
    );
    assert_eq!(edits_changes(&report, "favor"), [change("favour", "favor", "spelling")]);
    assert_eq!(report.summary.counts.spelling, 3);
    assert_eq!(report.summary.variants_with.spelling, 3);
    // Every format says so.
    let text = stdout_of(&["report", "tests/data/edits", "--color", "never"]);
    assert!(text.contains("· 1 spelling\n"), "{text}");
    let md = stdout_of(&["report", "tests/data/edits", "--format", "md"]);
    assert!(md.contains("· 1 spelling  \n"), "{md}");
    let html = stdout_of(&["report", "tests/data/edits", "--format", "html"]);
    check_page(&html);
    assert!(html.contains("<del class=\"spelling\">"), "{html}");
    assert!(html.contains("<span class=\"pill spelling\">1 spelling</span>"));
}

/// Caught by a blind test (s6 x11): Wave prints 758 where the Harbour
/// Times and the Morning Post print 785, and the report gave the change the
/// plain class "wording", like a synonym. A changed figure is the `number`
/// class, in every format, and its family comes first.
#[test]
fn a_changed_figure_is_reported_as_a_number_change() {
    let report: Report =
        serde_json::from_str(&stdout_of(&["report", "tests/data/figures", "--format", "json"])).unwrap();
    let v = report
        .families
        .iter()
        .flat_map(|f| &f.variants)
        .find(|v| v.text.contains("758"))
        .expect("the 758 variant");
    let changes: Vec<(String, String, String)> = v
        .diff
        .ops
        .iter()
        .filter_map(|o| Some((o.old_text.clone(), o.new_text.clone(), o.class?.to_string())))
        .filter(|c| c.2 != "typographic")
        .collect();
    assert_eq!(changes, [change("785", "758", "number")]);
    let classes: Vec<String> = v
        .classes
        .iter()
        .map(|c| c.to_string())
        .filter(|c| c != "typographic")
        .collect();
    assert_eq!(classes, ["number"]);
    assert_eq!(report.summary.counts.number, 1);
    assert_eq!(report.summary.variants_with.number, 1);
    assert_eq!(report.summary.families_with_wording, 1);
    let text = stdout_of(&["report", "tests/data/figures", "--color", "never"]);
    assert!(text.contains("· 1 number\n"), "{text}");
    let md = stdout_of(&["report", "tests/data/figures", "--format", "md"]);
    assert!(md.contains("· **1 number**  \n"), "{md}");
    let html = stdout_of(&["report", "tests/data/figures", "--format", "html"]);
    check_page(&html);
    assert!(html.contains("<ins class=\"number\">758</ins>"), "{html}");
    assert!(html.contains("<span class=\"pill number\">1 number</span>"));
    assert!(html.contains("id=\"show-number\""));
}

/// Caught by a blind test (s6 x3): the report named only the family's
/// consensus speaker, so an editor never learned that an outlet credited
/// the governor's words to her deputy. Every format says so.
#[test]
fn a_family_whose_outlets_credit_different_speakers_says_so() {
    let report: Report = serde_json::from_str(&stdout_of(&["report", "tests/data/bank", "--format", "json"])).unwrap();
    let f = report
        .families
        .iter()
        .find(|f| f.canonical.text.starts_with("The bank's independence"))
        .expect("the independence family");
    assert!(f.speakers_disagree);
    assert_eq!(f.speakers[1].name, "Tomas Reyes");
    assert_eq!(f.speakers[1].printed_by[0].label, "Capital Brief");
    let line = "Helena Marsh (2 articles); also credited to Tomas Reyes (1 article: Capital Brief q";
    let md = stdout_of(&["report", "tests/data/bank", "--format", "md"]);
    assert!(
        md.contains(&format!("**The outlets disagree on the speaker:** {line}")),
        "{md}"
    );
    let text = stdout_of(&["report", "tests/data/bank", "--color", "never"]);
    assert!(
        text.contains(&format!("the outlets disagree on the speaker: {line}")),
        "{text}"
    );
    let html = stdout_of(&["report", "tests/data/bank", "--format", "html"]);
    check_page(&html);
    assert!(html.contains("<p class=\"disagree\">"), "{html}");
    let align_md = stdout_of(&["align", "tests/data/bank", "--format", "md"]);
    assert!(
        align_md.contains("also credited to Tomas Reyes (1 article: tests/data/bank/03_brief.txt q"),
        "{align_md}"
    );
}

/// Caught by a blind test (s6 x6): a splice (`... rejects the ruling ...
/// We will answer ...`) was the canonical wording its pieces' printings
/// were diffed against, so an outlet printing one whole sentence showed the
/// other sentence's words as its deletions. Each piece's family now reads
/// the splice by its piece and names the whole quote.
#[test]
fn a_splice_is_reported_by_its_piece_in_each_family() {
    let report: Report =
        serde_json::from_str(&stdout_of(&["report", "tests/data/splice", "--format", "json"])).unwrap();
    assert_eq!(report.families.len(), 2);
    let whole = "Our government rejects the trade council's quota ruling on dairy imports ... We will answer every measure that hurts our farmers with a measure of our own,";
    let mut pieces: Vec<(&str, usize)> = Vec::new();
    for f in &report.families {
        assert!(!f.canonical.text.contains("..."), "{}", f.canonical.text);
        let v = f
            .variants
            .iter()
            .find(|v| v.splice.as_deref() == Some(whole))
            .expect("the splice in each family");
        assert!(v.printed_by[0].spliced);
        pieces.push((v.text.as_str(), v.diff.counts.wording));
    }
    pieces.sort();
    assert_eq!(
        pieces,
        [
            (
                "Our government rejects the trade council's quota ruling on dairy imports",
                0
            ),
            (
                "We will answer every measure that hurts our farmers with a measure of our own,",
                1
            ),
        ]
    );
    let md = stdout_of(&["report", "tests/data/splice", "--format", "md"]);
    assert!(md.contains(&format!("· **splice**, a piece of “{whole}”")), "{md}");
    let html = stdout_of(&["report", "tests/data/splice", "--format", "html"]);
    check_page(&html);
    assert!(html.contains("<strong>Splice:</strong>"), "{html}");
}

/// Caught by a blind test (s6 x10): Wave quoted a verbatim piece of Global
/// Daily's translation, but it was diffed against Harbour Wire's (longer)
/// translation, the canonical, and shown changing words it never touched.
/// A piece is read against the longer printing it hangs from when it reads
/// closer to it, and the row names it; whole versions keep the canonical.
#[test]
fn a_verbatim_piece_of_another_translation_is_compared_with_that_translation() {
    let report: Report =
        serde_json::from_str(&stdout_of(&["report", "tests/data/translations", "--format", "json"])).unwrap();
    assert_eq!(report.families.len(), 1);
    let f = &report.families[0];
    assert_eq!(f.canonical.printed_by[0].label, "Harbour Wire");
    let row = |label: &str| {
        f.variants
            .iter()
            .find(|v| v.printed_by[0].label == label)
            .unwrap_or_else(|| panic!("{label}'s variant"))
    };
    let daily = row("Global Daily");
    assert_eq!(daily.against, None, "a whole version keeps the canonical");
    assert_eq!(daily.diff.counts.wording, 1);
    let wave = row("Wave");
    assert_eq!(wave.against.as_ref().map(|a| a.label.as_str()), Some("Global Daily"));
    assert_eq!((wave.diff.counts.wording, wave.diff.counts.number), (0, 0));
    assert_eq!(f.counts.wording, 1);
    let md = stdout_of(&["report", "tests/data/translations", "--format", "md"]);
    assert!(
        md.contains("- Wave q1 (2025-05-08) · compared with Global Daily q1, words 5-16 of 19 · same words  \n"),
        "{md}"
    );
    let text = stdout_of(&["report", "tests/data/translations", "--color", "never"]);
    assert!(
        text.contains("Wave q1 (2025-05-08) · compared with Global Daily q1, words 5-16 of 19 · same words\n"),
        "{text}"
    );
    let html = stdout_of(&["report", "tests/data/translations", "--format", "html"]);
    check_page(&html);
    assert!(
        html.contains("compared with Global Daily q1, words 5-16 of 19"),
        "{html}"
    );
}

#[test]
fn a_word_substituted_at_the_end_of_a_fragment_is_shown_against_the_word_it_replaces() {
    let report = edits_report();
    assert_eq!(
        edits_changes(&report, "beaten"),
        [change("defeated,", "beaten,", "wording")]
    );
    let v = report
        .families
        .iter()
        .flat_map(|f| &f.variants)
        .find(|v| v.text.contains("beaten"))
        .unwrap();
    assert_eq!(v.diff.window.to_string(), "words 1-13 of 19");
}

#[test]
fn report_snapshot_of_edits() {
    insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots") }, {
        insta_cmd::assert_cmd_snapshot!("report_edits_terminal", cli().args(["report", "tests/data/edits", "--color", "never"]));
    });
}

/// Three articles quoting one utterance, with markup, attribute breakers,
/// a `javascript:` URL and an escape sequence in quotes and metadata.
fn hostile_corpus(dir: &Path) {
    let quote_a = "We will defend the motherland <script>alert(1)</script> with every weapon we hold and never bow <img src=x onerror=alert(2)> to the enemy, whatever it costs us all";
    std::fs::write(
        dir.join("a.txt"),
        format!(
            "outlet: <img src=x onerror=alert('outlet')>\ndate: 2025-01-01\nurl: javascript:alert(1)\n\
             title: <script>alert('title')</script>\" onmouseover=\"alert(1)\n---\n\
             The minister said: “{quote_a}.” He left.\n"
        ),
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "outlet: \" onerror=\"alert(1)\ndate: 2025-01-02\nurl: https://example.org/x\"onmouseover=\"alert(1)\n\
         title: </title><script>alert(9)</script>\n---\n\
         The minister said: “We will defend our motherland <script>alert(1)</script> with every weapon we hold \
         [sic' onerror='alert(3)] and never bow <img src=x onerror=alert(2)> to any enemy \x1b[31mred, whatever it \
         costs us all.” He left.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.html"),
        "<!DOCTYPE html><html><head><title>x</title>\
         <meta property=\"og:site_name\" content=\"&quot;&gt;&lt;script&gt;alert(5)&lt;/script&gt;\">\
         <meta property=\"og:url\" content=\"javascript:alert(5)\">\
         <meta property=\"article:published_time\" content=\"2025-01-03\"></head><body><article>\
         <p>The minister said: “We will defend the motherland &lt;script&gt;alert(1)&lt;/script&gt; with every \
         weapon we hold and never bow to the enemy, whatever it costs us all.” He left.</p>\
         </article></body></html>",
    )
    .unwrap();
}

#[test]
fn a_hostile_corpus_injects_nothing() {
    let dir = tempfile::tempdir().unwrap();
    hostile_corpus(dir.path());
    let corpus = dir.path().to_str().unwrap();
    let out_html = dir.path().join("out").with_extension("html");
    let status = cli()
        .args(["report", corpus, "-o", out_html.to_str().unwrap()])
        .status()
        .unwrap();
    assert!(status.success());
    let html = std::fs::read_to_string(&out_html).unwrap();
    // The structure check rejects any element, attribute or link the
    // renderer does not write itself.
    let p = check_page(&html);
    // The hostile text reached the page, as text.
    assert!(p.text.contains("<script>alert(1)</script>"), "the quote is shown");
    assert!(p.text.contains("<img src=x onerror=alert(2)>"));
    assert!(p.text.contains("javascript:alert(1)"), "the URL is shown as text");
    assert!(
        p.text.contains("<img src=x onerror=alert('outlet')>"),
        "the outlet is shown"
    );
    assert!(
        p.text
            .contains("<script>alert('title')</script>\" onmouseover=\"alert(1)")
    );
    assert!(!html.contains('\x1b'));
    let links: Vec<&str> = p
        .tags
        .iter()
        .filter(|(n, _)| n == "a")
        .filter_map(|(_, a)| attr(a, "href"))
        .filter(|h| !h.starts_with('#'))
        .collect();
    assert!(links.is_empty(), "no hostile URL is linked: {links:?}");

    let md = stdout_of(&["report", corpus, "--format", "md"]);
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    // Every `<` is escaped, except the renderer's own `](<http...>)` links.
    for (i, _) in md.match_indices('<') {
        let before = &md[..i];
        assert!(
            before.ends_with('\\') || (before.ends_with("](") && md[i..].starts_with("<http")),
            "raw `<` in Markdown: {}",
            &md[i.saturating_sub(20)..(i + 20).min(md.len())]
        );
    }
    assert!(
        !md.contains("](<javascript") && !md.contains("](javascript"),
        "no Markdown link to it"
    );
    assert!(md.contains("javascript:alert(1)"), "the URL is shown as text");

    for color in ["never", "always"] {
        let term = stdout_of(&["report", corpus, "--color", color]);
        assert!(term.contains("\\u{1b}[31mred"), "the article's escape is spelled out");
        assert!(!term.contains("\x1b[31mred"));
    }
}

#[test]
fn a_failed_run_leaves_the_previous_report_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    std::fs::write(&target, "previous report").unwrap();
    // Nothing could be read: an error, and the old report stays.
    let out = run(&["report", "no-such-dir-qc", "-o", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no-such-dir-qc") && err.contains("was not written"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "previous report");
    // The write itself fails (the target is a directory): the rename is
    // refused, the directory is intact, and no temporary file is left.
    let blocked = dir.path().join("blocked.md");
    std::fs::create_dir(&blocked).unwrap();
    std::fs::write(blocked.join("keep"), "kept").unwrap();
    let out = run(&["report", "corpus", "-o", blocked.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("blocked.md"));
    assert_eq!(std::fs::read_to_string(blocked.join("keep")).unwrap(), "kept");
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["blocked.md", "report.html"]);
    // A good run replaces the report whole.
    assert!(
        run(&["report", "corpus", "-o", target.to_str().unwrap()])
            .status
            .success()
    );
    assert!(std::fs::read_to_string(&target).unwrap().starts_with("<!DOCTYPE html>"));
}

#[test]
fn the_format_follows_the_extension_of_the_output() {
    let dir = tempfile::tempdir().unwrap();
    for (ext, format) in [("md", "md"), ("json", "json"), ("HTML", "html"), ("txt", "terminal")] {
        let path = dir.path().join(format!("r.{ext}"));
        assert!(
            run(&["report", "corpus", "-o", path.to_str().unwrap()])
                .status
                .success()
        );
        let written = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            written,
            stdout_of(&["report", "corpus", "--format", format, "--color", "never"]),
            "{ext}"
        );
    }
    // --format wins over the extension.
    let path = dir.path().join("r.txt");
    assert!(
        run(&["report", "corpus", "-o", path.to_str().unwrap(), "-f", "json"])
            .status
            .success()
    );
    assert!(std::fs::read_to_string(&path).unwrap().starts_with('{'));
    // An extension that says nothing is an error, and nothing is written.
    let path = dir.path().join("r.pdf");
    let out = run(&["report", "corpus", "-o", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format"));
    assert!(!path.exists());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let has_esc = |args: &[&str], env: Option<(&str, &str)>| {
        let mut cmd = cli();
        cmd.args(args);
        if let Some((k, v)) = env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        out.stdout.contains(&0x1b)
    };
    // A pipe is not a terminal: auto means plain.
    assert!(!has_esc(&["report", "corpus"], None));
    assert!(!has_esc(
        &["report", "corpus", "--color", "auto"],
        Some(("CLICOLOR", "1"))
    ));
    assert!(has_esc(&["report", "corpus", "--color", "always"], None));
    // CLICOLOR_FORCE asks auto for colour; NO_COLOR overrides it.
    assert!(has_esc(&["report", "corpus"], Some(("CLICOLOR_FORCE", "1"))));
    let mut cmd = cli();
    cmd.args(["report", "corpus"])
        .env("CLICOLOR_FORCE", "1")
        .env("NO_COLOR", "1");
    assert!(!cmd.output().unwrap().stdout.contains(&0x1b));
    // An explicit flag beats NO_COLOR, as no-color.org asks.
    assert!(has_esc(
        &["report", "corpus", "--color", "always"],
        Some(("NO_COLOR", "1"))
    ));
    assert!(!has_esc(
        &["report", "corpus", "--color", "never"],
        Some(("CLICOLOR_FORCE", "1"))
    ));
    let plain = stdout_of(&["report", "corpus", "--color", "never"]);
    assert!(plain.contains("[-") && plain.contains("{+"));
}

/// Renders `page` in headless Chromium at `size`; returns the PNG and stderr.
fn chromium_screenshot(page: &Path, size: &str, scratch: &Path) -> (Vec<u8>, String) {
    let profile = scratch.join(format!("profile-{size}"));
    let shot = scratch.join(format!("shot-{size}.png"));
    let out = Command::new("/usr/bin/chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.display()),
            "--enable-logging=stderr",
            "--v=0",
            &format!("--screenshot={}", shot.display()),
            &format!("--window-size={size}"),
            &format!("file://{}", page.display()),
        ])
        .output()
        .expect("chromium runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "chromium failed: {stderr}");
    (std::fs::read(&shot).expect("a screenshot was written"), stderr)
}

#[test]
fn the_html_report_renders_in_headless_chromium() {
    if !Path::new("/usr/bin/chromium").exists() {
        assert_ne!(
            std::env::var("CI").as_deref(),
            Ok("true"),
            "CI must run the browser test: install Debian's chromium (.ci/run does)"
        );
        println!("skipped: /usr/bin/chromium is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    assert!(
        run(&["report", "corpus", "-o", page.to_str().unwrap()])
            .status
            .success()
    );
    for (size, width) in [("1280,2000", 1280), ("390,2400", 390)] {
        let (png, stderr) = chromium_screenshot(&page, size, dir.path());
        for line in stderr.lines() {
            let l = line.to_ascii_lowercase();
            assert!(
                !(line.contains("CONSOLE")
                    || line.contains("Uncaught")
                    || l.contains("content security policy")
                    || l.contains("refused to")),
                "browser complained: {line}"
            );
        }
        let img = png::decode(&png);
        assert_eq!(img.width, width, "{size}");
        assert!(img.height >= 2000, "{size}");
        // A real page: many colours, and no single colour covers nearly everything.
        let stats = img.colour_stats();
        assert!(stats.distinct >= 16, "{size}: only {} colours", stats.distinct);
        assert!(
            stats.most_common_share < 0.97,
            "{size}: one colour covers {:.1}% of the page",
            stats.most_common_share * 100.0
        );
        assert!(png.len() > 20_000, "{size}: a {}-byte screenshot", png.len());
    }
}

/// Just enough PNG (8-bit RGB/RGBA, zlib inflate, row filters) to look at a
/// screenshot's pixels without a dependency.
mod png {
    pub struct Image {
        pub width: usize,
        pub height: usize,
        channels: usize,
        pixels: Vec<u8>,
    }

    pub struct ColourStats {
        pub distinct: usize,
        pub most_common_share: f64,
    }

    impl Image {
        pub fn colour_stats(&self) -> ColourStats {
            let mut counts: std::collections::HashMap<[u8; 3], usize> = std::collections::HashMap::new();
            for px in self.pixels.chunks_exact(self.channels) {
                *counts.entry([px[0], px[1], px[2]]).or_default() += 1;
            }
            let max = counts.values().copied().max().unwrap_or(0);
            ColourStats {
                distinct: counts.len(),
                most_common_share: max as f64 / (self.width * self.height).max(1) as f64,
            }
        }
    }

    pub fn decode(data: &[u8]) -> Image {
        assert_eq!(&data[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
        let mut pos = 8;
        let (mut width, mut height, mut channels) = (0usize, 0usize, 0usize);
        let mut idat = Vec::new();
        while pos + 8 <= data.len() {
            let len = u32::from_be_bytes(data[pos..pos + 4].try_into().unwrap()) as usize;
            let kind = &data[pos + 4..pos + 8];
            let body = &data[pos + 8..pos + 8 + len];
            match kind {
                b"IHDR" => {
                    width = u32::from_be_bytes(body[0..4].try_into().unwrap()) as usize;
                    height = u32::from_be_bytes(body[4..8].try_into().unwrap()) as usize;
                    assert_eq!(body[8], 8, "8-bit samples");
                    assert_eq!(body[12], 0, "not interlaced");
                    channels = match body[9] {
                        2 => 3,
                        6 => 4,
                        t => panic!("colour type {t}"),
                    };
                }
                b"IDAT" => idat.extend_from_slice(body),
                b"IEND" => break,
                _ => {}
            }
            pos += 12 + len;
        }
        let raw = inflate(&idat[2..]);
        let stride = width * channels;
        assert_eq!(raw.len(), height * (stride + 1), "decompressed size matches the header");
        let mut pixels = vec![0u8; height * stride];
        for y in 0..height {
            let filter = raw[y * (stride + 1)];
            let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
            for x in 0..stride {
                let a = if x >= channels {
                    pixels[y * stride + x - channels] as i32
                } else {
                    0
                };
                let b = if y > 0 { pixels[(y - 1) * stride + x] as i32 } else { 0 };
                let c = if x >= channels && y > 0 {
                    pixels[(y - 1) * stride + x - channels] as i32
                } else {
                    0
                };
                let pred = match filter {
                    0 => 0,
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => {
                        let p = a + b - c;
                        let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                        if pa <= pb && pa <= pc {
                            a
                        } else if pb <= pc {
                            b
                        } else {
                            c
                        }
                    }
                    f => panic!("filter {f}"),
                };
                pixels[y * stride + x] = (line[x] as i32 + pred) as u8;
            }
        }
        Image {
            width,
            height,
            channels,
            pixels,
        }
    }

    struct Bits<'a> {
        data: &'a [u8],
        pos: usize,
        bit: u32,
    }

    impl Bits<'_> {
        fn bits(&mut self, n: u32) -> u32 {
            let mut v = 0;
            for i in 0..n {
                let byte = self.data[self.pos];
                v |= (((byte >> self.bit) & 1) as u32) << i;
                self.bit += 1;
                if self.bit == 8 {
                    self.bit = 0;
                    self.pos += 1;
                }
            }
            v
        }
    }

    /// Canonical Huffman code: counts per length and symbols in code order.
    struct Huffman {
        counts: [u16; 16],
        symbols: Vec<u16>,
    }

    impl Huffman {
        fn new(lengths: &[u8]) -> Huffman {
            let mut counts = [0u16; 16];
            for &l in lengths {
                counts[l as usize] += 1;
            }
            counts[0] = 0;
            let mut offs = [0u16; 16];
            for i in 1..16 {
                offs[i] = offs[i - 1] + counts[i - 1];
            }
            let mut symbols = vec![0u16; lengths.len()];
            for (s, &l) in lengths.iter().enumerate() {
                if l != 0 {
                    symbols[offs[l as usize] as usize] = s as u16;
                    offs[l as usize] += 1;
                }
            }
            Huffman { counts, symbols }
        }

        fn decode(&self, b: &mut Bits<'_>) -> u16 {
            let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
            for len in 1..16 {
                code |= b.bits(1) as i32;
                let count = self.counts[len] as i32;
                if code - first < count {
                    return self.symbols[(index + code - first) as usize];
                }
                index += count;
                first = (first + count) << 1;
                code <<= 1;
            }
            panic!("bad Huffman code")
        }
    }

    const LEN_BASE: [u16; 29] = [
        3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227,
        258,
    ];
    const LEN_EXTRA: [u8; 29] = [
        0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
    ];
    const DIST_BASE: [u16; 30] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097,
        6145, 8193, 12289, 16385, 24577,
    ];
    const DIST_EXTRA: [u8; 30] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ];

    /// Raw DEFLATE (RFC 1951), as in zlib's `puff.c`.
    fn inflate(data: &[u8]) -> Vec<u8> {
        let mut b = Bits { data, pos: 0, bit: 0 };
        let mut out: Vec<u8> = Vec::new();
        loop {
            let last = b.bits(1);
            match b.bits(2) {
                0 => {
                    if b.bit != 0 {
                        b.bit = 0;
                        b.pos += 1;
                    }
                    let len = u16::from_le_bytes([data[b.pos], data[b.pos + 1]]) as usize;
                    b.pos += 4;
                    out.extend_from_slice(&data[b.pos..b.pos + len]);
                    b.pos += len;
                }
                kind @ (1 | 2) => {
                    let (lit, dist) = if kind == 1 {
                        let mut l = [8u8; 288];
                        l[144..256].fill(9);
                        l[256..280].fill(7);
                        (Huffman::new(&l), Huffman::new(&[5u8; 30]))
                    } else {
                        let nlen = b.bits(5) as usize + 257;
                        let ndist = b.bits(5) as usize + 1;
                        let ncode = b.bits(4) as usize + 4;
                        const ORDER: [usize; 19] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
                        let mut cl = [0u8; 19];
                        for &i in &ORDER[..ncode] {
                            cl[i] = b.bits(3) as u8;
                        }
                        let code = Huffman::new(&cl);
                        let mut lengths = Vec::with_capacity(nlen + ndist);
                        while lengths.len() < nlen + ndist {
                            match code.decode(&mut b) {
                                s @ 0..=15 => lengths.push(s as u8),
                                16 => {
                                    let prev = *lengths.last().expect("a length to repeat");
                                    let n = 3 + b.bits(2);
                                    lengths.extend(std::iter::repeat_n(prev, n as usize));
                                }
                                17 => {
                                    let n = 3 + b.bits(3);
                                    lengths.extend(std::iter::repeat_n(0, n as usize));
                                }
                                _ => {
                                    let n = 11 + b.bits(7);
                                    lengths.extend(std::iter::repeat_n(0, n as usize));
                                }
                            }
                        }
                        (Huffman::new(&lengths[..nlen]), Huffman::new(&lengths[nlen..]))
                    };
                    loop {
                        let sym = lit.decode(&mut b) as usize;
                        if sym < 256 {
                            out.push(sym as u8);
                        } else if sym == 256 {
                            break;
                        } else {
                            let i = sym - 257;
                            let len = LEN_BASE[i] as usize + b.bits(LEN_EXTRA[i] as u32) as usize;
                            let d = dist.decode(&mut b) as usize;
                            let back = DIST_BASE[d] as usize + b.bits(DIST_EXTRA[d] as u32) as usize;
                            let start = out.len() - back;
                            for k in 0..len {
                                out.push(out[start + k]);
                            }
                        }
                    }
                }
                t => panic!("block type {t}"),
            }
            if last == 1 {
                return out;
            }
        }
    }
}
