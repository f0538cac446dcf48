//! Extraction: the seed gold standard, one test per quoting convention,
//! invariants under arbitrary input, and a snapshot of every corpus article.

use proptest::prelude::*;
use quotecheck::corpus::{self, LoadConfig, Source};
use quotecheck::extract::{ArticleRecord, ExtractConfig, Quote, extract_article, extract_quotes};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load_record(rel: &str) -> (String, ArticleRecord) {
    // Relative to the package root (the test's working directory), so that
    // snapshots hold `corpus/...` and no machine path.
    let loaded = corpus::load(&Source::File(PathBuf::from(rel)), &LoadConfig::default()).expect("corpus file loads");
    let article = loaded.article.expect("corpus file is text");
    let rec = extract_article(&article, &ExtractConfig::default());
    (article.text, rec)
}

fn quotes(text: &str) -> Vec<Quote> {
    extract_quotes(text, &ExtractConfig { speakers: false })
}

fn texts(text: &str) -> Vec<String> {
    quotes(text).into_iter().map(|q| q.text).collect()
}

/// Every quote a careful reader marks in the five seed articles, and nothing else.
#[test]
fn seed_articles_match_the_gold_standard() {
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tests/data/gold.json")).unwrap()).unwrap();
    let event = &gold["events"][0];
    let mut expected: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let members = event["families"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["members"].as_array().unwrap().iter());
    for m in members.chain(event["unmatched"].as_array().unwrap().iter()) {
        let file = m["file"].as_str().unwrap().replace("seeds/", "corpus/");
        expected
            .entry(file)
            .or_default()
            .push(m["text"].as_str().unwrap().to_string());
    }
    assert_eq!(expected.values().map(Vec::len).sum::<usize>(), 40);
    let mut problems = Vec::new();
    for (file, want) in &mut expected {
        let (text, rec) = load_record(file);
        let mut got: Vec<String> = rec.quotes.iter().map(|q| q.text.clone()).collect();
        for q in &rec.quotes {
            assert_eq!(&text[q.start..q.end], q.text, "{file} {}: span and text disagree", q.id);
        }
        got.sort();
        want.sort();
        for w in want.iter() {
            if !got.contains(w) {
                problems.push(format!("{file}: missed {w:?}"));
            }
        }
        for g in &got {
            if !want.contains(g) {
                problems.push(format!("{file}: false quote {g:?}"));
            }
        }
        if got.len() != want.len() {
            problems.push(format!("{file}: {} quotes found, {} expected", got.len(), want.len()));
        }
    }
    assert!(
        problems.is_empty(),
        "extraction differs from gold.json:\n{}",
        problems.join("\n")
    );
}

#[test]
fn straight_and_curly_double_quotes() {
    assert_eq!(texts("He said \"yes, indeed\" and left."), ["yes, indeed"]);
    assert_eq!(texts("He said “yes, indeed” and left."), ["yes, indeed"]);
    assert_eq!(texts("\"One,\" he said, \"two.\""), ["One,", "two."]);
}

#[test]
fn single_quotes_are_told_apart_from_apostrophes() {
    assert!(texts("New Year’s greetings, Kim's letter, the ladies' exchange, the '90s, rock 'n' roll.").is_empty());
    assert_eq!(
        texts("He stated: 'Today's DPRK-Russia alliance ... is a precious common asset.'"),
        ["Today's DPRK-Russia alliance ... is a precious common asset."]
    );
    assert_eq!(
        texts("Kim Hails 'Dearest Friend' Putin in New Year’s Message"),
        ["Dearest Friend"]
    );
    assert_eq!(
        texts("the US's ‘rogue and brutal nature.’"),
        ["rogue and brutal nature."]
    );
    assert_eq!(
        texts("'the workers' party is strong,' he said"),
        ["the workers' party is strong,"]
    );
}

#[test]
fn feet_and_inches_are_not_quote_marks() {
    assert_eq!(
        texts("\"I'm 6'2\" and I could stand up under there,\" he said."),
        ["I'm 6'2\" and I could stand up under there,"]
    );
    assert_eq!(
        texts("who likes to say \"I'm 6' 0\" in boots,\" and is 5' 11'' barefoot, said it \"smelled.\""),
        ["I'm 6' 0\" in boots,", "smelled."]
    );
    assert_eq!(texts("\"an 8\" x 10\" print,\" she said"), ["an 8\" x 10\" print,"]);
    // A multiplication sign after an inch mark (two bytes in UTF-8).
    assert_eq!(texts("an 8\" × 10\" print and \"8\" ×\""), ["8"]);
    // A number at the end of a quote is still closed by its mark.
    assert_eq!(texts("\"We won 3-2\" was all he said."), ["We won 3-2"]);
}

#[test]
fn elisions_and_possessives_before_quotes() {
    assert_eq!(
        texts("’Tis the season: a \"Home Alone\" sing-along, rock 'n' roll and the '90s."),
        ["Home Alone"]
    );
    assert_eq!(
        texts("Brandweer: 'Druk, en 's nachts nog drukker'"),
        ["Druk, en 's nachts nog drukker"]
    );
    assert_eq!(
        texts("He wore a 'Make America Great Again' hat and said 'yes' and 'no' to questions."),
        ["Make America Great Again", "yes", "no"]
    );
    assert_eq!(
        texts("Critics called the plan 'a mess' and ignored the parents' anger."),
        ["a mess"]
    );
    assert_eq!(
        texts("'Our members' patience has run out,' said Jones."),
        ["Our members' patience has run out,"]
    );
}

#[test]
fn quotes_that_start_like_an_elision_or_end_in_a_plural_possessive() {
    // A quote may start with a two-digit number or a word that is often
    // elided: it opens when nothing single-quoted is open and the next
    // decisive mark can only close.
    assert_eq!(
        texts("Critics called it '10 out of 10'. Others said 'cause for concern' was fair."),
        ["10 out of 10", "cause for concern"]
    );
    assert_eq!(
        texts("'I loved the '90s,' she said, 'em all.'"),
        ["I loved the '90s,", "em all."]
    );
    // ...but stays an apostrophe inside a quote, before an opening mark,
    // and with no mark after it.
    assert_eq!(
        texts("'We did it 'cause we could,' he said of the '08 win and 'the team'."),
        ["We did it 'cause we could,", "the team"]
    );
    assert!(texts("Back in '08 we won, and 'em boys knew it.").is_empty());
    // A plural possessive before a capitalised word inside a quote.
    assert_eq!(
        texts("'The workers' Union will fight the Tories' Brexit plan,' he said."),
        ["The workers' Union will fight the Tories' Brexit plan,"]
    );
    assert_eq!(texts("He called them 'the Blues' Saturday."), ["the Blues"]);
}

#[test]
fn spaced_straight_marks_hebrew_acronyms_and_more_elisions() {
    // French typed with straight marks keeps the spaces inside them.
    assert_eq!(
        texts("Le ministre a déclaré \" nous ne céderons pas \" et ils ont crié \" démission ! \"."),
        ["nous ne céderons pas", "démission !"]
    );
    // A gershayim marks an acronym.
    assert_eq!(texts("דובר צה\"ל אמר כי \"המבצע יימשך\" היום"), ["המבצע יימשך"]);
    assert_eq!(
        texts("rock 'N' roll, Guns N' Roses and the 'best show' ever"),
        ["best show"]
    );
    assert_eq!(
        texts("Hij zei: 'In 't Gooi was het rustig'."),
        ["In 't Gooi was het rustig"]
    );
}

/// Hebrew news prints the gershayim ״ (U+05F4) as its quote marks, the
/// same character opening and closing, and also inside acronyms.
#[test]
fn hebrew_gershayim_quote_marks() {
    assert_eq!(
        texts("פורום משפחות החטופים מסר בתגובה: ״הגיע הזמן להחזיר את כולם, עכשיו״."),
        ["הגיע הזמן להחזיר את כולם, עכשיו"]
    );
    // Between two Hebrew letters it marks an acronym (צה״ל, ארה״ב, חו״ל),
    // inside a quote or out of it.
    assert_eq!(
        texts("נשיא ארה״ב אמר כי ״צה״ל ערוך לכל תרחיש, גם בחו״ל״ ודובר צה״ל שתק."),
        ["צה״ל ערוך לכל תרחיש, גם בחו״ל"]
    );
    assert!(texts("יו״ר ועדת החוץ והביטחון ביקר בארה״ב ובחו״ל.").is_empty());
    // Mixed with straight marks, as pages print it.
    assert_eq!(texts("לדבריו, ״לא נעצור עד הניצחון\" היום."), ["לא נעצור עד הניצחון"]);
}

#[test]
fn a_quote_broken_over_a_line_and_across_an_advertisement() {
    // A line break inside a paragraph (`<br>`, a Markdown soft break).
    let q = quotes("A reader emails: \"Our lights went out at 12:15.\nThe street is silent.\"\nNext line \"x\".\n");
    let t: Vec<&str> = q.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(t, ["Our lights went out at 12:15.\nThe street is silent.", "x"]);
    assert!(q.iter().all(|q| !q.unclosed));
    // A line reopening the quote is a new paragraph continuing it.
    let q = quotes("\"It still is.\n\"We have known,\" she added.\n");
    assert!(q.iter().all(|q| q.continued), "{q:?}");
    // Page furniture between the parts of a continued quote.
    let q = quotes("\"We lost everything.\n\nAdvertisement\n\n\"But we will rebuild,\" she said.\n");
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.continued && !q.unclosed), "{q:?}");
    assert_eq!(q[1].continues.map(|c| c.to_string()).as_deref(), Some("q1"));
}

#[test]
fn guillemet_quotes_reopened_with_either_guillemet() {
    for (text, second) in [
        (
            "Afirmó: «Vamos a cumplir.\n\n»No habrá recortes», añadió.\n",
            "No habrá recortes",
        ),
        (
            "Il a déclaré : « Nous tiendrons.\n\n» Il n’y aura pas de coupes », a-t-il ajouté.\n",
            "Il n’y aura pas de coupes",
        ),
        (
            "Er sagte: »Wir halten Wort.\n\n»Es wird keine Kürzungen geben«, fügte er hinzu.\n",
            "Es wird keine Kürzungen geben",
        ),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{text}");
        assert_eq!(q[1].text, second);
        assert!(q.iter().all(|q| q.continued && !q.unclosed), "{q:?}");
    }
}

#[test]
fn marks_in_urls_and_code_quote_nobody() {
    assert_eq!(
        texts("See its [outage map](https://example.net/o?area='west'&type=\"all\"). It said \"soon\"."),
        ["soon"]
    );
    assert_eq!(
        texts("Run `grep -r \"amber\" warnings/` for the \"amber\" areas."),
        ["amber"]
    );
    assert_eq!(
        texts("He posted \"https://example.org/a\" twice."),
        ["https://example.org/a"]
    );
}

#[test]
fn a_quote_continued_across_markdown_blockquote_paragraphs() {
    let q = quotes("ScotRail said:\n\n> \"All services are suspended.\n>\n> \"Tickets are valid tomorrow.\"\n");
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.continued && !q.unclosed), "{q:?}");
    assert_eq!(q[1].continues.map(|c| c.to_string()).as_deref(), Some("q1"));
}

#[test]
fn body_lines_that_look_like_headlines() {
    let text = "Headline with 'a quote'\n\nSign up for our newsletter.\n\n\
                The lede comes first: a body paragraph of a sentence or two, longer than any sub-head or caption is.\n\n\
                Q: The record is called \"Low Tide Hours.\" Where does that come from?\n\n\
                One passenger asked: \"Until when are we supposed to wait?\"\n\n\
                The branch, which campaigners call \"the heart of the estate\", is among those closing this spring\n\n\
                What is a 'heat dome'?\n";
    let q = quotes(text);
    let flags: Vec<(&str, bool)> = q.iter().map(|q| (q.text.as_str(), q.headline)).collect();
    assert_eq!(
        flags,
        [
            ("a quote", true),
            ("Low Tide Hours.", false),
            ("Until when are we supposed to wait?", false),
            ("the heart of the estate", false),
            ("heat dome", true)
        ]
    );
}

/// Lines above or below the body that name a newspaper's issue or list
/// other articles hold quotes but are not this article's headlines.
#[test]
fn issue_lines_and_reading_lists_are_no_headlines() {
    // A dateline naming the paper, its issue, date and page.
    let text = "«Мы не собираемся никого уговаривать»\n\nГазета «Коммерсантъ» №44 от 15.03.2025, стр. 1\nЕлена Черненко\n\nМинистр иностранных дел России Сергей Лавров в пятницу заявил, что Москва «открыта для диалога».\n";
    let flags: Vec<(String, bool)> = quotes(text).into_iter().map(|q| (q.text, q.headline)).collect();
    assert_eq!(
        flags,
        [
            ("Мы не собираемся никого уговаривать".to_string(), true),
            ("Коммерсантъ".to_string(), false),
            ("открыта для диалога".to_string(), false)
        ]
    );
    // A newsletter's reading list: a dash, a title, its byline.
    let text = "Playbook: Thune’s ‘nuclear’ moment\n\nWith the shutdown entering its 35th day, Thune told reporters that he was “not going to entertain” changes to the filibuster.\n\nPLAYBOOK READS\n\n— “The Shutdown Nobody Wants to End,” by Burgess Everett in Semafor\n– “Inside Mamdani’s final 72 hours,” by Emily Ngo\n";
    let flags: Vec<(String, bool)> = quotes(text).into_iter().map(|q| (q.text, q.headline)).collect();
    assert_eq!(
        flags,
        [
            ("nuclear".to_string(), true),
            ("not going to entertain".to_string(), false),
            ("The Shutdown Nobody Wants to End,".to_string(), false),
            ("Inside Mamdani’s final 72 hours,".to_string(), false)
        ]
    );
}

#[test]
fn guillemets_german_and_cjk_marks() {
    assert_eq!(
        texts("il a parlé d'un « voyage riche de sens » en 2024"),
        ["voyage riche de sens"]
    );
    assert_eq!(texts("die Zeitung »Rodong Sinmun« schrieb"), ["Rodong Sinmun"]);
    assert_eq!(
        texts("ein ‹ kleines › Wort, ein ›anderes‹ Wort"),
        ["kleines", "anderes"]
    );
    assert_eq!(texts("seinen „liebsten Freund“, sagte er"), ["liebsten Freund"]);
    assert_eq!(texts("sagte er: ‚ja‘ und ging"), ["ja"]);
    assert_eq!(texts("彼は「友」と呼び、『同志』とも呼んだ"), ["友", "同志"]);
    // Swedish and Finnish close with the opening mark; pull quotes use
    // ornaments.
    assert_eq!(texts("Han sa: ”Vi står fast.” Sedan gick han."), ["Vi står fast."]);
    assert_eq!(
        texts("❝We will win this fight❞ said the coach."),
        ["We will win this fight"]
    );
    // Chinese closes after `。` with no space before the next word; Korean
    // particles follow the closing mark directly.
    assert_eq!(
        texts("发言人表示：“中方坚决反对。”她说，这是“严重的挑衅”。"),
        ["中方坚决反对。", "严重的挑衅"]
    );
    assert_eq!(
        texts("윤 대통령은 “죄송하다”고 말했다. 야당은 ‘사과가 아니다’라고 반박했다. ‘BTS’가 왔다."),
        ["죄송하다", "사과가 아니다", "BTS"]
    );
}

#[test]
fn an_unclosed_quote_stops_before_the_attribution_its_writer_forgot_to_set_off() {
    let q = quotes(
        "\"This is rock 'n' roll diplomacy, loud but hollow, said a European diplomat.\n\n\"We're done, Smith said.\n\n\"No comment, the minister told reporters.\n",
    );
    let t: Vec<(&str, bool)> = q.iter().map(|q| (q.text.as_str(), q.unclosed)).collect();
    assert_eq!(
        t,
        [
            ("This is rock 'n' roll diplomacy, loud but hollow,", true),
            ("We're done,", true),
            ("No comment,", true)
        ]
    );
    // No attribution: the quote runs to its paragraph's end.
    assert_eq!(
        texts("\"We will win, and we will say so to everyone.\n"),
        ["We will win, and we will say so to everyone."]
    );
}

#[test]
fn links_to_other_articles_yield_no_quotes() {
    let text = "Zelensky rules out land swap\n\n\"We will not trade territory,\" Ukrainian President Volodymyr Zelensky said after the talks in Geneva ended.\n\nRelated: Kyiv residents 'defiant' as talks stall\n\nREAD MORE: Putin calls talks 'theatre'\n\n\"Not today,\" he added.\n\nMore on this story\n\n'We'll fight to the end' - Kyiv residents defiant\n\nPublished 3 days ago\n\nTrump 'disappointed' by Geneva outcome\n";
    assert_eq!(texts(text), ["We will not trade territory,", "Not today,"]);
    // A list ends at the next body paragraph; a section heading that is not
    // a marker keeps its quotes.
    let text = "Negotiators met for a third day in Geneva on Sunday and reported \"some progress\" on prisoner exchanges.\n\nMost read\n\nTrump 'disappointed'\n\nThe talks, which began in Geneva on Monday, ended without the \"breakthrough\" both sides had promised.\n\nWhat 'peace' means\n";
    assert_eq!(texts(text), ["some progress", "breakthrough", "peace"]);
    // Above the first body paragraph a marker is a menu over the headline.
    let text = "Top stories\n\nKim hails 'dearest friend' Putin\n\nNorth Korean leader Kim Jong Un called Vladimir Putin his \"dearest friend\" in a New Year message on Tuesday.\n";
    assert_eq!(texts(text), ["dearest friend", "dearest friend"]);
}

/// Lists of links as scrapes print them: Markdown links in bulleted or
/// numbered lists (sentence-case headlines, which do not read as titles),
/// labels naming the outlet or a section, breadcrumbs, and the bold
/// capitals of an inline related link.
#[test]
fn lists_of_links_breadcrumbs_and_shouted_links_yield_no_quotes() {
    let lede = "Families in south Wales watched floodwater pour into their homes on Sunday night as the River Taff rose above its banks.";
    let body = "\"We lost everything,\" said Sian Pritchard, who lives in Pontypridd with her two children.";
    for list in [
        "## More on this story\n\n- [Amber warning issued for 'life-threatening' rain](#)\n- ['It's like a river': Flooding closes M4 junction](#)",
        "## Most viewed\n\n1. [Live 'A disaster': Labour MPs react – UK politics live](#)\n2. [What is the 'two-child cap by stealth'? The new rules explained](#)",
        "**Most Read from Bloomberg**\n\n[China Says US Chip Curbs 'Doomed to Fail'](#)",
        "**Read more from Sky News:**\n[Ryan Reynolds 'heartbroken' as Wrexham documentary delayed](#)",
        "## LATEST SPORTS STORIES\n\n[Hanshin's Okada 'has no regrets' as he steps down](#)",
        "**FLORIDA MAN CHARGED AFTER 'JOYRIDE' IN STOLEN GOLF CART ENDS IN POND**",
    ] {
        let text = format!("{lede}\n\n{list}\n\n{body}\n");
        assert_eq!(texts(&text), ["We lost everything,"], "{list}");
    }
    // A list ends at a body paragraph; a bulleted line of body text keeps
    // its quotes.
    let text = format!(
        "{lede}\n\n## Related\n\n- [Amber warning for 'heavy' rain](#)\n\n{body}\n\n- Ms Pritchard said she was \"heartbroken\".\n"
    );
    assert_eq!(texts(&text), ["We lost everything,", "heartbroken"]);
    // A crosshead in bold capitals that opens with a quote is someone's words.
    let text = format!("{lede}\n\n**'HE WAS MY WHOLE WORLD'**\n\n{body}\n");
    assert_eq!(texts(&text), ["HE WAS MY WHOLE WORLD", "We lost everything,"]);
    // A breadcrumb repeating the headline: the headline's quote once.
    let text = "[India News](#) / [BJP wrests Bishunpur in 'semi-final'](#)\n\n# BJP wrests Bishunpur in 'semi-final'\n\nParty state president Babulal Marandi said the outcome was a \"semi-final\" ahead of next year's polls.\n";
    assert_eq!(texts(text), ["semi-final", "semi-final"]);
}

/// The labels that introduce a link to another article, in the languages
/// and spellings pages print, each on the link's line or alone above it.
#[test]
fn links_to_other_articles_under_labels_in_other_languages() {
    const LABELS: &[&str] = &[
        "Czytaj także:",
        "Czytaj też:",
        "Читайте также:",
        "Читайте також:",
        "Læs også:",
        "Les også:",
        "Läs också:",
        "Läs mer:",
        "Mehr zum Thema:",
        "Lesen Sie auch:",
        "Auch interessant:",
        "Lue lisää:",
        "Lue myös:",
        "Leia também:",
        "Leia mais:",
        "Veja também:",
        "Mirá también:",
        "Lee también:",
        "Lea también:",
        "Te puede interesar:",
        "Más información:",
        "Lire aussi :",
        "Lire aussi\u{a0}:",
        "À lire aussi :",
        "Leggi anche:",
        "Lees ook:",
        "Čtěte také:",
        "Mohlo by vás zajímat:",
        "İlgili haber:",
        "Ayrıca okuyun:",
        "اقرأ أيضا:",
        "Go deeper:",
        "Also read:",
        "Also Read:",
        "Don't miss:",
        "Don’t miss:",
        "Recommended:",
        "See also:",
        "Read next:",
        "Watch:",
        "READ MORE:",
        // Markdown emphasis around the label, as scrapes print it.
        "**Read more:**",
        "**READ MORE:**",
        "*Related:*",
        "__Also read__:",
    ];
    let lede = "The minister said on Friday that the talks had produced \"real progress\" and would resume next week in Geneva.";
    let after = "\"We are not there yet,\" she added, before leaving for the airport on Friday evening.";
    for label in LABELS {
        for sep in [" ", "\n"] {
            let text = format!("{lede}\n\n{label}{sep}«Sędziowie: nie pozwolimy na „kolejny chaos”»\n\n{after}\n");
            assert_eq!(
                texts(&text),
                ["real progress", "We are not there yet,"],
                "{label:?} with {sep:?}"
            );
        }
    }
    // `More from` and a publisher's name, alone above the links.
    for label in ["More from South China Morning Post:", "More from The Times"] {
        let text = format!(
            "{lede}\n\n{label}\n‘We are not a piggy bank’: Hong Kong lawmakers grill officials on budget\n\n{after}\n"
        );
        assert_eq!(texts(&text), ["real progress", "We are not there yet,"], "{label:?}");
    }
    // A label is the whole of what stands before the colon: the same words
    // opening a sentence are text, and so is `More from` on a quote's line
    // (a live blog's next words from a speaker).
    let text = format!(
        "{lede}\n\nMore from the minister: \"We will sign,\" she said.\n\nLees ook de brief: \"Wij tekenen niet.\"\n\nMore from Biden: \"We will not back down.\"\n"
    );
    assert_eq!(
        texts(&text),
        [
            "real progress",
            "We will sign,",
            "Wij tekenen niet.",
            "We will not back down."
        ]
    );
}

/// The footer that gives the article's own print headline quotes nobody.
#[test]
fn a_print_edition_footer_yields_no_quote() {
    let body =
        "For now, the era of “whatever it takes” seems very distant, as Mr Bailey put it in a speech last month.";
    for footer in [
        "This article appeared in the Finance & economics section of the print edition under the headline \"Say less\"",
        "This article appeared in the Leaders section of the print edition under the headline “Say less”",
        "A version of this article appears in print on Nov. 4, 2025, Section A, Page 1 of the New York edition with the headline: “Say Less.”",
    ] {
        let text = format!("Why central bankers have fallen out of love with guidance\n\n{body}\n\n{footer}\n");
        assert_eq!(texts(&text), ["whatever it takes"], "{footer}");
    }
    // A sentence about another article's headline is text.
    let text = format!("{body}\n\nThe paper ran the story under the headline \"Say less\" on Friday.\n");
    assert_eq!(texts(&text), ["whatever it takes", "Say less"]);
}

#[test]
fn a_quote_inside_a_quote_is_a_child() {
    let q = quotes("\"He called Putin his 'dearest friend,' and more,\" KCNA said.");
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].text, "He called Putin his 'dearest friend,' and more,");
    assert_eq!(q[1].text, "dearest friend,");
    assert_eq!(q[1].parent.map(|p| p.to_string()).as_deref(), Some("q1"));
    assert_eq!(q[0].parent, None);
    let de = quotes("„Wir werden Projekte ‚kraftvoll vorantreiben‘“, hieß es.");
    assert_eq!(
        de.iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["Wir werden Projekte ‚kraftvoll vorantreiben‘", "kraftvoll vorantreiben"]
    );
    assert_eq!(de[1].parent.map(|p| p.to_string()).as_deref(), Some("q1"));
}

#[test]
fn a_quote_continued_across_paragraphs() {
    let text = "She said: \"First part of it.\n\n\"Second part of it,\" she added.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].text, "First part of it.");
    assert!(q[0].continued && !q[0].unclosed);
    assert_eq!(q[1].text, "Second part of it,");
    assert!(q[1].continued);
    assert_eq!(q[1].continues.map(|p| p.to_string()).as_deref(), Some("q1"));
}

#[test]
fn a_single_quoted_quote_continued_across_paragraphs() {
    // British style: single marks, reopened without closing.
    for (open, close) in [('\'', '\''), ('\u{2018}', '\u{2019}')] {
        let text = format!(
            "Giving evidence, his mother said: {open}When I got to the hospital, I knew it was bad.\n\n{open}He still wakes up screaming. He won{close}t swim.{close}\n"
        );
        let q = quotes(&text);
        assert_eq!(q.len(), 2, "{text}");
        assert_eq!(q[0].text, "When I got to the hospital, I knew it was bad.");
        assert!(q[0].continued && !q[0].unclosed);
        assert_eq!(q[1].text, format!("He still wakes up screaming. He won{close}t swim."));
        assert_eq!(q[1].continues.map(|p| p.to_string()).as_deref(), Some("q1"));
    }
    // A single mark left open is an apostrophe unless a paragraph opening
    // with one follows.
    assert!(texts("Fans of the '90s band said: 'Nothing beats it.\n\nThe band split in 2001.\n").is_empty());
    assert!(texts("He still talks of '97 and the landslide.\n\n'Tis the season, he said.\n").is_empty());
}

#[test]
fn an_unclosed_quote_ends_with_its_paragraph() {
    let text = "Kim said he is “hoping for a great victory.\n\nThe United States said \"no\" to that.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].text, "hoping for a great victory.");
    assert!(q[0].unclosed);
    assert_eq!(q[1].text, "no");
    assert!(!q[1].unclosed);
}

#[test]
fn real_world_mismatched_marks() {
    assert_eq!(
        texts("a \"straight opening closed by a curly” mark"),
        ["straight opening closed by a curly"]
    );
    assert_eq!(texts("a “quote closed with a left“ mark"), ["quote closed with a left"]);
    assert_eq!(texts("doubled ''single marks'' here"), ["single marks"]);
}

#[test]
fn headline_quotes_are_flagged() {
    let text = "Warm greetings for 'comrade'\n\nIn a message, Kim addressed Putin as his “dearest friend and comrade,” KCNA said.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert!(q[0].headline);
    assert!(!q[1].headline);
}

#[test]
fn brackets_and_ellipses_stay_inside_the_span() {
    assert_eq!(
        texts(
            "“building powerful nation [sic] in the two countries ... and prosperity,” it said, of the [North] “Korean (DPRK) people”"
        ),
        [
            "building powerful nation [sic] in the two countries ... and prosperity,",
            "Korean (DPRK) people"
        ]
    );
}

#[test]
fn context_is_the_sentence_around_the_quote() {
    let text = "First sentence here. Kim described Putin as his \"dearest friend,\" KCNA said. Last one.";
    let q = quotes(text);
    assert_eq!(
        q[0].context,
        "Kim described Putin as his \"dearest friend,\" KCNA said."
    );
    let text = "Mr. Kim said “it is a victory.” Then he left.";
    assert_eq!(quotes(text)[0].context, "Mr. Kim said “it is a victory.”");
}

#[test]
fn offsets_refer_to_the_text_after_the_header() {
    let (text, rec) = load_record("corpus/008_en_nested_continued.txt");
    assert!(text.starts_with("'Dearest friend'"));
    assert_eq!(rec.outlet.as_deref(), Some("The Example Ledger"));
    assert_eq!(rec.date.map(|d| d.to_string()).as_deref(), Some("2025-01-02"));
    for q in &rec.quotes {
        assert_eq!(&text[q.start..q.end], q.text);
    }
}

#[test]
fn deep_nesting_is_bounded_and_outer_quotes_stay_right() {
    let depth = 10_000;
    let text = format!("{}core{}", "“a ".repeat(depth), " b”".repeat(depth));
    let q = quotes(&text);
    assert_eq!(q.len(), MAX_DEPTH, "quotes deeper than the limit are passed over");
    assert_eq!(q[0].start, "“".len());
    assert_eq!(q[0].end, text.len() - "”".len());
}

/// The extractor's documented nesting limit (`extract::scan::MAX_DEPTH`).
const MAX_DEPTH: usize = 32;

/// A snapshot of `extract` on every article of `corpus/`, read by hand.
#[test]
fn corpus_snapshots() {
    let mut files: Vec<_> = std::fs::read_dir(root().join("corpus"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with('.'))
        .collect();
    files.sort();
    assert!(files.len() >= 9);
    for name in files {
        let (_, rec) = load_record(&format!("corpus/{name}"));
        let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s).to_string();
        insta::with_settings!({ snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => true }, {
            insta::assert_json_snapshot!(format!("extract_{stem}"), rec);
        });
    }
}

/// Characters that stress the state machine: every quote mark, apostrophes,
/// brackets, dots, white space, paragraph breaks, letters and digits, and
/// what makes URLs (`://`, `www.`), code spans and blockquote markers.
fn stress_char() -> impl Strategy<Value = char> {
    prop::sample::select(vec![
        '"', '\'', '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '‟', '‛', '`',
        'a', 'b', 's', 'n', 'Z', '9', '0', ' ', ' ', '\u{a0}', '\n', '\n', '.', ',', '[', ']', '(', ')', '…', '-', '—',
        'é', '漢', '#', ':', '!', '?', '*', '/', '>', 'w', '6', '\u{05F4}', 'ל',
    ])
}

fn check_invariants(text: &str) {
    let qs = quotes(text);
    for (k, q) in qs.iter().enumerate() {
        assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end), "{q:?}");
        assert!(q.start < q.end, "{q:?}");
        assert_eq!(&text[q.start..q.end], q.text);
        assert_eq!(q.id.to_string(), format!("q{}", k + 1));
        if let Some(p) = q.parent {
            let parent = qs.iter().find(|o| o.id == p).expect("parent exists");
            assert!(
                parent.start <= q.start && q.end <= parent.end,
                "{parent:?} does not contain {q:?}"
            );
        }
    }
    for a in &qs {
        for b in &qs {
            let disjoint = a.end <= b.start || b.end <= a.start;
            let nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
            assert!(disjoint || nested, "spans overlap: {a:?} {b:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn extraction_invariants_on_quote_heavy_text(chars in prop::collection::vec(stress_char(), 0..300)) {
        let text: String = chars.into_iter().collect();
        check_invariants(&text);
    }

    #[test]
    fn extraction_invariants_on_arbitrary_text(text in "\\PC{0,200}") {
        check_invariants(&text);
    }
}

/// `--no-speakers` gives the same spans and nothing but null speakers.
#[test]
fn no_speakers_keeps_the_spans_and_drops_the_attribution() {
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_quotecheck"))
            .args(["extract", "-f", "json", "corpus/000_9be14632ec6177bb.txt"])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success());
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()
    };
    let (with, without) = (run(&[]), run(&["--no-speakers"]));
    let quotes = |v: &serde_json::Value| v["articles"][0]["quotes"].as_array().unwrap().clone();
    let (qw, qn) = (quotes(&with), quotes(&without));
    assert_eq!(qw.len(), qn.len());
    assert!(qw.iter().any(|q| !q["speaker"].is_null()));
    for (a, b) in qw.iter().zip(&qn) {
        assert_eq!(
            (&a["start"], &a["end"], &a["text"]),
            (&b["start"], &b["end"], &b["text"])
        );
        assert!(b["speaker"].is_null() && b["cue"].is_null());
    }
}

/// Short hard-wrapped copy: a quote broken across a line inside a sentence
/// is one closed quote, and wrapped lines are not headlines.
#[test]
fn a_quote_across_a_soft_line_break() {
    let text = "Kim Jong Un called Putin his \"dearest friend and comrade\" in a letter\n\
                that also expressed \"his willingness to design and push ahead with new\n\
                projects,\" the Korean Central News Agency said on Tuesday, adding that\n\
                the two leaders would meet again.\n";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(
        q[1].text,
        "his willingness to design and push ahead with new\nprojects,"
    );
    assert!(q.iter().all(|q| !q.unclosed && !q.headline), "{q:?}");
    // A list of headlines, one per line, stays one paragraph per line.
    let list = "Kim hails 'dearest friend' Putin in a New Year letter to Moscow\nPutin says the treaty will be implemented 'very closely'\n";
    let q = quotes(list);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|q| q.headline));
}
