//! Links to other articles inside a page: the labels that open a list of
//! them (`More on this story`, `Most read`), the lines that are such links,
//! and print footers. Their quoted words are other articles' headlines,
//! which nobody in this article said, so the scanner skips them.

/// The labels pages put before links to other articles, as printed (they
/// are compared through [`fold`]), without their colon. Alone on a line
/// below the first body paragraph a label opens a list of links
/// ([`is_promo_marker`]); before a colon opening a line it introduces the
/// link after it ([`is_promo_line`]).
const PROMO_LABELS: &[&str] = &[
    // English
    "related",
    "related topics",
    "related articles",
    "related article",
    "related stories",
    "related content",
    "related coverage",
    "related links",
    "more on this story",
    "more on this topic",
    "more stories",
    "more from",
    "most read",
    "most viewed",
    "most popular",
    "top stories",
    "recommended",
    "recommended stories",
    "you may also like",
    "you might also like",
    "read more",
    "read also",
    "read next",
    "see also",
    "also read",
    "go deeper",
    "don't miss",
    "explore more on these topics",
    "trending",
    "latest stories",
    "editor's picks",
    "editors' picks",
    "watch",
    "listen",
    // Polish, Russian, Ukrainian
    "czytaj także",
    "czytaj też",
    "читайте также",
    "читайте також",
    // Danish, Norwegian, Swedish, Finnish
    "læs også",
    "les også",
    "läs också",
    "läs mer",
    "lue lisää",
    "lue myös",
    // German, Dutch
    "mehr zum thema",
    "lesen sie auch",
    "auch interessant",
    "lees ook",
    // Portuguese, Spanish
    "leia também",
    "leia mais",
    "veja também",
    "mirá también",
    "lee también",
    "lea también",
    "te puede interesar",
    "más información",
    // French, Italian
    "lire aussi",
    "à lire aussi",
    "a lire aussi",
    "leggi anche",
    // Czech, Turkish, Arabic
    "čtěte také",
    "mohlo by vás zajímat",
    "ilgili haber",
    "ayrıca okuyun",
    "اقرأ أيضا",
    "اقرأ أيضًا",
];

/// Longest line read as a label alone (`More from South China Morning
/// Post`, `Mohlo by vás zajímat:`), in bytes.
const MAX_PROMO_MARKER_BYTES: usize = 60;
/// Longest label before a line's colon, in bytes.
const MAX_PROMO_LABEL_BYTES: usize = 48;
/// Longest line read as a link after its label, in bytes.
const MAX_PROMO_LINE_BYTES: usize = 300;
/// Most words of the publisher's name in `More from The Times`.
const MAX_OUTLET_WORDS: usize = 5;

/// A character as labels are compared: lower case, the typographic
/// apostrophe as `'` (`Don’t miss`), a no-break space as a space, and
/// Turkish `İ`/`ı` as `i` (whose lower case would otherwise be two
/// characters, or differ between lower- and upper-case printings).
fn fold(c: char) -> char {
    match c {
        '\u{2019}' => '\'',
        '\u{00A0}' | '\u{202F}' => ' ',
        '\u{0130}' | '\u{0131}' => 'i',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Whether `label` (white space and Markdown emphasis around it ignored:
/// `**Read more:**`, `*Related*`) is one of [`PROMO_LABELS`].
fn is_promo_label(label: &str) -> bool {
    /// The labels folded, for one lookup per line instead of a comparison
    /// per label (lines with an early colon are many: `He said: ...`).
    static FOLDED: std::sync::LazyLock<rustc_hash::FxHashSet<String>> =
        std::sync::LazyLock::new(|| PROMO_LABELS.iter().map(|l| l.chars().map(fold).collect()).collect());
    /// The most characters of a label (`fold` keeps their number).
    static MAX_CHARS: std::sync::LazyLock<usize> =
        std::sync::LazyLock::new(|| PROMO_LABELS.iter().map(|l| l.chars().count()).max().unwrap_or(0));
    let emphasis = |c: char| c == '*' || c == '_' || c.is_whitespace();
    let label = label
        .trim_matches(emphasis)
        .trim_end_matches([':', '.', '\u{2026}'])
        .trim_end_matches(emphasis);
    // Folded into one allocation, and not at all past the longest label's
    // length (collecting the chars grew the string step by step: 1% of
    // `extract`, run for every line with a colon near its start).
    let mut folded = String::with_capacity(label.len());
    for (n, c) in label.chars().enumerate() {
        if n == *MAX_CHARS {
            return false;
        }
        folded.push(fold(c));
    }
    FOLDED.contains(&folded)
}

/// `More from South China Morning Post`, `More from The Times`: a
/// publisher's or section's name (one to five words, the first capitalised)
/// after `More from`. Only alone on its line: `More from Biden: "..."` in a
/// live blog is the speaker's next words.
fn is_more_from_outlet(line: &str) -> bool {
    // (`Read more from Sky News`, `Most Read from Bloomberg` too.)
    let Some(name) = ["more from ", "read more from ", "most read from "]
        .iter()
        .find_map(|p| {
            line.get(..p.len())
                .filter(|h| h.eq_ignore_ascii_case(p))
                .map(|_| &line[p.len()..])
        })
    else {
        return false;
    };
    let words = name.split_whitespace().count();
    (1..=MAX_OUTLET_WORDS).contains(&words) && name.trim_start().starts_with(|c: char| !c.is_lowercase())
}

/// A line that opens a list of links to other articles: a label of
/// [`PROMO_LABELS`] alone (`More on this story`, `Related topics`, `Read
/// more:`, `Lire aussi :`, `Читайте также:`) or [`is_more_from_outlet`].
pub(super) fn is_promo_marker(line: &str) -> bool {
    if line.len() > MAX_PROMO_MARKER_BYTES {
        return false;
    }
    let emphasis = |c: char| matches!(c, '*' | '_' | '#') || c.is_whitespace();
    let l = line
        .trim_matches(emphasis)
        .trim_end_matches([':', '.', '\u{2026}'])
        .trim_matches(emphasis);
    is_promo_label(l) || is_more_from_outlet(l) || is_section_list_label(l)
}

/// Most words of a section's list label ([`is_section_list_label`]).
const MAX_SECTION_LABEL_WORDS: usize = 4;

/// A label naming a section's list of articles: `Latest sports stories`,
/// `More world news`, `Top business headlines` (a few words opening with
/// latest, more or top and closing with stories, news, headlines or
/// articles, in any case).
fn is_section_list_label(l: &str) -> bool {
    let words: Vec<&str> = l.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    (2..=MAX_SECTION_LABEL_WORDS).contains(&words.len())
        && ["latest", "more", "top"].iter().any(|w| first.eq_ignore_ascii_case(w))
        && ["stories", "news", "headlines", "articles"]
            .iter()
            .any(|w| last.eq_ignore_ascii_case(w))
}

/// A link to another article inside the text: a label of [`PROMO_LABELS`]
/// and a colon opening the line (`Read more: 'We're done,' says ...`,
/// `RELATED: ...`, `Czytaj także: „...”`, `Lire aussi : « ... »`).
pub(super) fn is_promo_line(line: &str) -> bool {
    if line.len() > MAX_PROMO_LINE_BYTES {
        return false;
    }
    let head = &line[..super::layout::floor_char(line, MAX_PROMO_LABEL_BYTES + 1)];
    head.find(':').is_some_and(|colon| is_promo_label(&line[..colon]))
}

/// Longest print-edition footer, in bytes.
const MAX_PRINT_FOOTER_BYTES: usize = 300;

/// The footer that names the article's print headline: `This article
/// appeared in the Finance & economics section of the print edition under
/// the headline "Say less"` (The Economist), `A version of this article
/// appears in print on ... with the headline: ...` (The New York Times).
/// The quoted words are the article's own headline, which nobody said.
pub(super) fn is_print_footer(line: &str) -> bool {
    const OPENINGS: &[&str] = &["this article appeared in ", "a version of this article appear"];
    line.len() <= MAX_PRINT_FOOTER_BYTES
        && OPENINGS
            .iter()
            .any(|o| line.get(..o.len()).is_some_and(|h| h.eq_ignore_ascii_case(o)))
        && line.contains("headline")
}

/// Whether a line below a label of links goes on with the list: a line
/// that reads as a title on its own (`titled`), or an item of a list whose
/// text is a link or reads as a title (`- [Amber warning issued for
/// 'life-threatening' rain](#)`, `1. [Live 'A disaster': Labour MPs
/// react](#)`): sentence-case headlines in a bulleted list are links too.
pub(super) fn goes_on_with_links(line: &str, titled: bool) -> bool {
    if titled {
        return true;
    }
    // (A list's lines may make one paragraph.)
    line.lines().all(|t| {
        let t = t.trim();
        let item = strip_list_marker(t).unwrap_or(t);
        is_link(item) || (item.len() < t.len() && super::layout::reads_as_title(item))
    })
}

/// The text of a list item after its marker (`- `, `* `, `• `, `1. `,
/// `12) `), or None when the line is no list item.
fn strip_list_marker(t: &str) -> Option<&str> {
    for m in ["- ", "* ", "\u{2022} "] {
        if let Some(rest) = t.strip_prefix(m) {
            return Some(rest.trim_start());
        }
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    t[digits..]
        .strip_prefix(". ")
        .or_else(|| t[digits..].strip_prefix(") "))
        .map(str::trim_start)
}

/// A Markdown link and nothing else: `[text](target)`.
fn is_link(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(')') && link_end(t) == Some(t.len())
}

/// The byte after the Markdown link opening `t` (`[text](target)`), when
/// one does; link texts hold no `]` and targets no `)` here.
fn link_end(t: &str) -> Option<usize> {
    let rest = t.strip_prefix('[')?;
    let close = rest.find("](")?;
    let target = &rest[close + 2..];
    let end = target.find(')')?;
    Some(1 + close + 2 + end + 1)
}

/// Longest row of links read as navigation, in bytes.
const MAX_LINK_ROW_BYTES: usize = 600;

/// A row of two or more Markdown links with only separators between them:
/// a breadcrumb (`[India News](#) / [Jharkhand bypoll results: BJP wrests
/// Bishunpur in 'semi-final'](#)`) or a menu. Its quotes repeat a headline
/// or belong to other pages.
pub(super) fn is_link_row(line: &str) -> bool {
    let t = line.trim();
    if t.len() > MAX_LINK_ROW_BYTES || !t.starts_with('[') {
        return false;
    }
    let mut rest = t;
    let mut links = 0;
    while !rest.is_empty() {
        let Some(end) = link_end(rest) else {
            return false;
        };
        links += 1;
        rest = rest[end..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '/' | '>' | '|' | '\u{203A}' | '\u{00BB}' | '\u{00B7}' | '\u{2022}')
        });
    }
    links >= 2
}

/// Fewest words of a shouted link ([`is_shouted_link`]).
const MIN_SHOUTED_WORDS: usize = 4;

/// A bold line in capitals between body paragraphs: the related-article
/// link some pages (Fox News) set inline, `**FLORIDA MAN CHARGED AFTER
/// 'JOYRIDE' IN STOLEN GOLF CART ENDS IN POND**`. (A tabloid's crosshead
/// quoting someone opens with the quote, `**'HE WAS MY WHOLE WORLD'**`,
/// and stays.)
pub(super) fn is_shouted_link(line: &str) -> bool {
    let t = line.trim();
    let Some(inner) = t.strip_prefix("**").and_then(|r| r.strip_suffix("**")) else {
        return false;
    };
    inner.len() <= MAX_PROMO_LINE_BYTES
        && !inner.starts_with(super::marks::is_quote_mark)
        && inner.split_whitespace().count() >= MIN_SHOUTED_WORDS
        && inner.chars().any(char::is_alphabetic)
        && !inner.chars().any(char::is_lowercase)
}
