//! What the name of a news outlet looks like: the news agencies by their
//! aliases ([`WIRES`]), the words publications are named with (`Times`,
//! `Daily`, `Zeitung`, `правда`) and those that make a name a section's
//! instead (`World News`).
//!
//! Every reader of a credit (mastheads, bylines, datelines, copyright lines)
//! asks the same questions of a name, so the word tables stand here once.

use super::text::is_uncased_letter;

/// Lower-case words that join the words of a name (`Corriere della Sera`,
/// `Diário de Notícias`, `Hürriyet Gazetecilik ve Matbaacılık`).
pub(super) const JOINING_WORDS: &[&str] = &[
    "of", "and", "&", "the", "de", "la", "di", "della", "del", "der", "des", "du", "do", "da", "dos", "das", "van",
    "von", "y", "e", "i", "et", "og", "och", "und", "ve",
];

/// Words that name news outlets and (almost) never places, in any case:
/// the publication words of mastheads (`Times`, `Today`) and more that
/// follow a writer's name (`Brief`, `Media`, `Radio`), in the languages
/// quotecheck reads dates in (`Zeitung`, `Gazeta`, `Diário`, `Sanomat`,
/// `правда`, `газета`). (`Post Falls` is a place: rare enough after a
/// byline's comma.)
pub(super) fn is_outlet_word(word: &str) -> bool {
    const MORE: &[&str] = &[
        "brief",
        "media",
        "radio",
        "tv",
        "television",
        "online",
        "zeitung",
        "rundschau",
        "anzeiger",
        "kurier",
        "tagblatt",
        "nachrichten",
        "presse",
        "gazeta",
        "gazzetta",
        "gaceta",
        "diario",
        "diário",
        "jornal",
        "periódico",
        "corriere",
        "courrier",
        "quotidien",
        "noticias",
        "notícias",
        "nouvelles",
        "noviny",
        "zprávy",
        "sanomat",
        "dagblad",
        "krant",
        "tidning",
        "tidningen",
        "avis",
        "avisen",
        "gazetesi",
        "haber",
        "dziennik",
        "wiadomości",
        "правда",
        "газета",
        "новости",
        "новини",
        "известия",
        "вести",
        "вісті",
        "ведомости",
        "вестник",
        "вісник",
    ];
    PUBLICATION_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word)) || MORE.contains(&word.to_lowercase().as_str())
}

/// Canonical names of news agencies, by alias (lower case when in Latin
/// letters; as printed in other scripts).
pub(super) const WIRES: &[(&str, &str)] = &[
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("reuters", "Reuters"),
    ("reuters staff", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("yonhap", "Yonhap"),
    ("yonhap news", "Yonhap"),
    ("yonhap news agency", "Yonhap"),
    ("연합뉴스", "Yonhap"),
    ("xinhua", "Xinhua"),
    ("xinhua news agency", "Xinhua"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("tass", "TASS"),
    ("ria novosti", "RIA Novosti"),
    ("interfax", "Interfax"),
    ("dpa", "dpa"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("bloomberg", "Bloomberg"),
    ("pti", "PTI"),
    ("ani", "ANI"),
    ("ians", "IANS"),
    ("bernama", "Bernama"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("РИА Новости", "RIA Novosti"),
    ("ТАСС", "TASS"),
    ("Интерфакс", "Interfax"),
    ("新华社", "Xinhua"),
    ("新華社", "Xinhua"),
    ("kcna", "KCNA"),
    ("korean central news agency", "KCNA"),
    // Press-release wires: `CAMBRIDGE, England, March 3, 2025 /PRNewswire/ --`.
    ("prnewswire", "PR Newswire"),
    ("pr newswire", "PR Newswire"),
    ("business wire", "Business Wire"),
    ("globenewswire", "GlobeNewswire"),
    ("globe newswire", "GlobeNewswire"),
];

/// The canonical name of a news agency, if `name` is one.
pub(super) fn canonical_wire(name: &str) -> Option<&'static str> {
    // Latin aliases are lower case and others as printed: no need to
    // lower-case (and allocate) `name`.
    let name = name.trim();
    WIRES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(name))
        .map(|(_, c)| *c)
}

/// Whether an outlet name and an agency name denote the same organisation
/// (`UPI` and `upi.com`, `AP` and `apnews.com`).
pub(super) fn same_outlet(outlet: &str, wire: &str) -> bool {
    let o = outlet.to_lowercase();
    let w = wire.to_lowercase();
    if o == w || canonical_wire(&o).is_some_and(|c| c.eq_ignore_ascii_case(&w)) {
        return true;
    }
    let label = o.split('.').next().unwrap_or("");
    o.contains('.') && (label == w || label.strip_prefix(w.as_str()).is_some_and(|r| r == "news"))
}

/// Words that name a publication in a masthead or byline.
pub(super) const PUBLICATION_WORDS: &[&str] = &[
    "Daily",
    "Times",
    "Post",
    "News",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Guardian",
    "Telegraph",
    "Chronicle",
    "Observer",
    "Independent",
    "Express",
    "Mirror",
    "Standard",
    "Monitor",
    "Review",
    "Economist",
    "Insider",
    "Dispatch",
    "Courier",
    "Sentinel",
    "Inquirer",
    "Examiner",
    "Bulletin",
    "Globe",
    "Today",
    "Weekly",
    "Magazine",
    "Press",
    "Agency",
    "Wire",
    "Newswire",
    "Reporter",
    "Register",
    "Ledger",
    "Star",
    "Mail",
];

/// Words that make a publication-looking line a section name instead
/// (`Breaking News`, `World News`).
pub(super) const GENERIC_WORDS: &[&str] = &[
    "Breaking",
    "Latest",
    "Top",
    "World",
    "Local",
    "More",
    "Related",
    "Business",
    "Sports",
    "National",
    "International",
    "Live",
    "Home",
    "Tech",
    "Science",
    "Politics",
    "Opinion",
    "Entertainment",
    "Fake",
    "Good",
    "The",
    "Of",
    "And",
    "&",
    "Daily",
];

/// Names of publications that have none of the usual words.
pub(super) const KNOWN_PUBLICATIONS: &[&str] = &["BBC", "CNN", "NPR", "Al Jazeera", "Politico", "Axios", "Nikkei Asia"];

/// `Korea JoongAng Daily`, `The Moscow Times`, `NK News`: a publication's
/// name in title case, not a section name.
pub(super) fn is_publication_name(s: &str) -> bool {
    let s = s.trim();
    if KNOWN_PUBLICATIONS.iter().any(|p| p.eq_ignore_ascii_case(s)) {
        return true;
    }
    if s.len() > 50 {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // `The Telegraph`, `Daily Mail`: a paper named by its publication word
    // alone, after `The` or `Daily` (not a section: `The Daily`, `Daily News`).
    if let [first, word] = words[..]
        && (first == "The" || first == "Daily")
        && PUBLICATION_WORDS.contains(&word)
        && !SECTION_PUBLICATION_WORDS.contains(&word)
    {
        return true;
    }
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || ["of", "and", "&", "the"].contains(w)
        })
        && words.iter().any(|w| PUBLICATION_WORDS.contains(w))
        && words
            .iter()
            .any(|w| !PUBLICATION_WORDS.contains(w) && !GENERIC_WORDS.contains(w))
}

/// Publication words that also name sections, podcasts and newsletters
/// (`The Daily`, `Daily News`, `The Review`, `Today`): not a masthead
/// after `The` or `Daily` alone.
pub(super) const SECTION_PUBLICATION_WORDS: &[&str] = &[
    "Daily", "Weekly", "News", "Today", "Magazine", "Review", "Press", "Agency", "Wire", "Newswire", "Bulletin",
    "Reporter",
];

/// One to five words, each capitalized (or of a script without capitals)
/// but for `of`, `and`, `the`: `The Conversation`, `Le Monde`, `新华网`.
pub(super) fn is_short_proper_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && s.len() <= 50
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c)) || ["of", "and", "&", "the"].contains(w)
        })
}
