//! Institutions named as speakers: `China's foreign ministry`, `Beijing`,
//! `the Kremlin`. A draft may credit an institution (or its capital, or
//! its seat) with what its spokesperson said; the sources then name the
//! person. The draft is right when a source ties that person to the
//! institution in so many words, next to the name: `foreign ministry
//! spokesperson Guo Weiping told reporters in Beijing`.
//!
//! Reliability comes before reach: a country the claim names must be named
//! beside the person (or, for a named department, at least in the article
//! when nothing beside the name says otherwise), and a capital or a country
//! alone stands for its government only beside a role word (`spokesperson`,
//! `minister`, `official`). Anything less leaves the claim as it was, to be
//! judged by name.
//!
//! ```
//! use quotecheck::verify::institution::{Institution, ties};
//! let fm = Institution::parse("China's foreign ministry").unwrap();
//! let ctx = "\"...,\" foreign ministry spokesperson Guo Weiping told reporters in Beijing.";
//! assert!(ties(&fm, "Guo Weiping", ctx, None));
//! let ru = Institution::parse("Russia's foreign ministry").unwrap();
//! assert!(!ties(&ru, "Guo Weiping", ctx, None));
//! assert!(Institution::parse("Guo Weiping").is_none());
//! ```

/// Countries by the words that stand for them: names, adjectives,
/// capitals and seats of government.
const COUNTRIES: &[(&str, &[&str])] = &[
    ("AU", &["australia", "australian", "canberra"]),
    ("CA", &["canada", "canadian", "ottawa"]),
    ("CN", &["china", "chinese", "beijing", "prc", "zhongnanhai"]),
    ("DE", &["germany", "german", "berlin"]),
    ("EU", &["eu", "european union", "european commission", "brussels"]),
    ("FR", &["france", "french", "paris", "elysee", "élysée"]),
    (
        "GB",
        &["uk", "britain", "british", "london", "downing street", "whitehall"],
    ),
    ("IL", &["israel", "israeli", "jerusalem"]),
    ("IN", &["india", "indian", "new delhi"]),
    ("IR", &["iran", "iranian", "tehran"]),
    ("JP", &["japan", "japanese", "tokyo"]),
    ("KP", &["north korea", "north korean", "pyongyang", "dprk"]),
    ("KR", &["south korea", "south korean", "seoul"]),
    ("RU", &["russia", "russian", "moscow", "kremlin"]),
    ("TR", &["turkey", "turkish", "ankara"]),
    ("TW", &["taiwan", "taiwanese", "taipei"]),
    ("UA", &["ukraine", "ukrainian", "kyiv", "kiev"]),
    (
        "US",
        &[
            "us",
            "usa",
            "america",
            "american",
            "united states",
            "washington",
            "white house",
            "pentagon",
        ],
    ),
];

/// Seats of government: the institution itself, not only its country.
const SEATS: &[&str] = &[
    "kremlin",
    "white house",
    "pentagon",
    "downing street",
    "whitehall",
    "elysee",
    "élysée",
    "zhongnanhai",
];

/// The words an institution's name ends with.
const HEADS: &[&str] = &[
    "administration",
    "agency",
    "army",
    "cabinet",
    "commission",
    "council",
    "department",
    "embassy",
    "government",
    "military",
    "ministry",
    "office",
    "parliament",
    "presidency",
    "secretariat",
];

/// Words that say a person speaks for a government.
const ROLES: &[&str] = &[
    "ambassador",
    "chancellor",
    "envoy",
    "government",
    "minister",
    "ministry",
    "official",
    "officials",
    "premier",
    "president",
    "presidential",
    "secretary",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "department",
    "office",
];

/// Words of a context read on each side of a person's name.
const BEFORE: usize = 6;
const AFTER: usize = 10;

/// An institution a draft names as a speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    /// The country it belongs to, when the name says (`China's`, `Beijing`).
    pub country: Option<&'static str>,
    /// Its other words (`foreign`, `ministry`); empty for a capital, a seat
    /// or a country alone.
    pub words: Vec<String>,
}

impl Institution {
    /// The institution a speaker's name denotes, if it is one: a name
    /// ending in a word such as `ministry`, `department`, `government`
    /// (`China's foreign ministry`, `the State Department`), or a country,
    /// capital or seat of government alone (`Beijing`, `the Kremlin`).
    pub fn parse(name: &str) -> Option<Institution> {
        let toks = words(name);
        let toks: Vec<&str> = toks.iter().map(String::as_str).filter(|w| *w != "the").collect();
        let (countries, rest) = split_countries(&toks);
        if countries.len() > 1 {
            return None;
        }
        let country = countries.first().copied();
        let seat = toks.iter().any(|w| SEATS.contains(w)) || phrases(&toks).any(|p| SEATS.contains(&p.as_str()));
        if rest.is_empty() {
            return (country.is_some() || seat).then_some(Institution {
                country,
                words: Vec::new(),
            });
        }
        let last = rest.last()?;
        HEADS
            .contains(&last.as_str())
            .then_some(Institution { country, words: rest })
    }

    /// True when another institution a source credits is this one or part
    /// of it: `Beijing` covers `China's foreign ministry`.
    pub fn covers(&self, other: &Institution) -> bool {
        self.country.is_some() && self.country == other.country && self.words.iter().all(|w| other.words.contains(w))
    }
}

/// True when `context` ties `person` to the institution beside the name:
/// the institution's words (or, for a capital or a country alone, a role
/// word) and its country. `article_countries` are the countries the
/// person's article names anywhere: for a named department, enough when
/// nothing beside the name names a country (`foreign ministry spokesperson
/// Guo Weiping said` in an article about China).
pub fn ties(inst: &Institution, person: &str, context: &str, article_countries: Option<&[&'static str]>) -> bool {
    let toks = words(context);
    let name: Vec<String> = words(person).into_iter().filter(|w| w.chars().count() > 1).collect();
    if name.is_empty() {
        return false;
    }
    let mut at = 0;
    while let Some(p) = (at..toks.len()).find(|&k| name.contains(&toks[k])) {
        let mut end = p;
        while end + 1 < toks.len() && name.contains(&toks[end + 1]) {
            end += 1;
        }
        let lo = p.saturating_sub(BEFORE);
        let hi = (end + 1 + AFTER).min(toks.len());
        let window: Vec<&str> = toks[lo..p]
            .iter()
            .chain(&toks[end + 1..hi])
            .map(String::as_str)
            .collect();
        if window_ties(inst, &window, article_countries) {
            return true;
        }
        at = end + 1;
    }
    false
}

fn window_ties(inst: &Institution, window: &[&str], article_countries: Option<&[&'static str]>) -> bool {
    let (countries, _) = split_countries(window);
    let country_ok = match inst.country {
        None => true,
        Some(c) if countries.is_empty() => {
            // Nothing beside the name says which country: a named
            // department may rest on the article; a capital alone may not.
            !inst.words.is_empty() && article_countries.is_some_and(|a| a.contains(&c))
        }
        Some(c) => countries.iter().all(|x| *x == c),
    };
    if !country_ok {
        return false;
    }
    if inst.words.is_empty() {
        let seat_named =
            window.iter().any(|w| SEATS.contains(w)) || phrases(window).any(|p| SEATS.contains(&p.as_str()));
        seat_named || window.iter().any(|w| ROLES.contains(w))
    } else {
        inst.words.iter().all(|w| window.contains(&w.as_str())) && window.iter().any(|w| ROLES.contains(w))
    }
}

/// The countries a text names.
pub fn countries_in(text: &str) -> Vec<&'static str> {
    let toks = words(text);
    let toks: Vec<&str> = toks.iter().map(String::as_str).collect();
    split_countries(&toks).0
}

/// Lower-case words, possessives and dots off (`China's` -> `china`,
/// `U.S.` -> `us`).
fn words(text: &str) -> Vec<String> {
    text.replace(['’', '‘'], "'")
        .replace('.', "")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\'').to_lowercase())
        .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
        .filter(|w| !w.is_empty())
        .collect()
}

/// Two-word phrases of a word list.
fn phrases<'a>(toks: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    toks.windows(2).map(|w| format!("{} {}", w[0], w[1]))
}

/// The countries named in `toks` (distinct, in order) and the other words.
fn split_countries(toks: &[&str]) -> (Vec<&'static str>, Vec<String>) {
    let mut countries: Vec<&'static str> = Vec::new();
    let mut rest = Vec::new();
    let mut k = 0;
    while k < toks.len() {
        let pair = toks.get(k + 1).map(|n| format!("{} {}", toks[k], n));
        let hit2 = pair
            .as_deref()
            .and_then(|p| COUNTRIES.iter().find(|(_, ws)| ws.contains(&p)).map(|c| c.0));
        if let Some(c) = hit2 {
            if !countries.contains(&c) {
                countries.push(c);
            }
            k += 2;
            continue;
        }
        match COUNTRIES.iter().find(|(_, ws)| ws.contains(&toks[k])) {
            Some((c, _)) => {
                if !countries.contains(c) {
                    countries.push(c);
                }
            }
            None => rest.push(toks[k].to_string()),
        }
        k += 1;
    }
    (countries, rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn institutions_and_people() {
        let fm = Institution::parse("China's foreign ministry").unwrap();
        assert_eq!(fm.country, Some("CN"));
        assert_eq!(fm.words, ["foreign", "ministry"]);
        assert_eq!(Institution::parse("Beijing").unwrap().country, Some("CN"));
        assert_eq!(Institution::parse("the Kremlin").unwrap().country, Some("RU"));
        assert_eq!(Institution::parse("the White House").unwrap().country, Some("US"));
        assert_eq!(Institution::parse("the State Department").unwrap().country, None);
        for person in [
            "Guo Weiping",
            "Han Zhen",
            "Putin",
            "Annika Vestergaard",
            "China Daily reporter",
        ] {
            assert!(Institution::parse(person).is_none(), "{person}");
        }
        assert!(Institution::parse("Beijing").unwrap().covers(&fm));
        assert!(!fm.covers(&Institution::parse("Beijing").unwrap()));
    }

    #[test]
    fn a_person_is_tied_only_beside_their_name() {
        let beijing = Institution::parse("Beijing").unwrap();
        let fm = Institution::parse("China's foreign ministry").unwrap();
        let kremlin = Institution::parse("the Kremlin").unwrap();
        let ctx = "\"...,\" foreign ministry spokesperson Guo Weiping told a regular news briefing in Beijing.";
        assert!(ties(&beijing, "Guo Weiping", ctx, None));
        assert!(ties(&fm, "Guo Weiping", ctx, None));
        assert!(!ties(&kremlin, "Guo Weiping", ctx, None));
        // No country beside the name: a department rests on the article, a capital never.
        let bare = "\"...,\" foreign ministry spokesperson Guo Weiping said.";
        assert!(!ties(&fm, "Guo Weiping", bare, None));
        assert!(ties(&fm, "Guo Weiping", bare, Some(&["CN"])));
        assert!(!ties(&beijing, "Guo Weiping", bare, Some(&["CN"])));
        // Two countries beside the name: no telling.
        let two = "Russian foreign ministry spokesperson Maria Zakharova told reporters in Beijing.";
        assert!(!ties(&fm, "Maria Zakharova", two, None));
        // A name in the sentence, but another's role.
        let other = "Guo Weiping met Annika Vestergaard, the Commission's trade spokesperson.";
        assert!(!ties(&beijing, "Guo Weiping", other, None));
        assert!(ties(
            &kremlin,
            "Dmitry Peskov",
            "Kremlin spokesman Dmitry Peskov said.",
            None
        ));
    }
}
