//! Credit lines at the top of an article: bylines (`By Jane Doe, Capital
//! Brief`, `Jane Doe, Reuters`) and source lines (`Source: Xinhua | ...`),
//! and which of the names they credit are outlets.
//!
//! A byline names writers, places and beats as well as outlets, and no list
//! could tell them all apart: a name counts as an outlet only when it shows
//! that it is one (a publication's name or word, a domain, a staff writer's
//! newsroom), since a wrong outlet is worse than the file name.

use crate::corpus::dateparse;
use crate::date::Date;

use super::outlet_names::{
    GENERIC_WORDS, JOINING_WORDS, KNOWN_PUBLICATIONS, WIRES, canonical_wire, is_outlet_word, is_publication_name,
};
use super::text::{any_byte, find_by_key, find_spaced, is_uncased_letter, mentions, offset_in};

/// `Source: Xinhua | 2024-12-31 10:22:16 | Editor: huaxia`: the credited
/// source and a date. Chinese pages put the label after the date:
/// `2025-01-14 19:32:08 来源：新华网`.
pub(super) fn source_line(line: &str) -> Option<(String, Option<Date>)> {
    if line.len() > 120 {
        return None;
    }
    if let Some(rest) = line.strip_prefix("Source:").or_else(|| line.strip_prefix("SOURCE:")) {
        let who = rest.split(['|', ',']).next().unwrap_or("").trim().to_string();
        return Some((who, dateparse::find_full_date(rest)));
    }
    // `源` by its middle byte, rare in any text; then the label's first char
    // before it and a colon after it (which keeps prose out: `据消息来源称`).
    let at = find_by_key(line, "源", 1)?;
    if !line[..at].ends_with(['来', '來']) {
        return None;
    }
    let rest = line[at + '源'.len_utf8()..].strip_prefix(['：', ':'])?;
    let who = rest.split([' ', '|', '　']).next().unwrap_or("").trim();
    (!who.is_empty()).then(|| (who.to_string(), dateparse::find_full_date(line)))
}

/// A name a byline credits, and where it stands.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Credit {
    pub(super) name: String,
    /// Right after `By` or `and`, where a writer's name stands; otherwise
    /// after a separator (`,`, `|`, `—`, `for`), where an outlet may.
    writer_slot: bool,
}

impl Credit {
    /// The publication this credit names, if it surely names one; `body`
    /// is the article, for names that must recur in it.
    pub(super) fn outlet(&self, body: &str) -> Option<String> {
        if self.writer_slot {
            writer_slot_outlet(&self.name, body)
        } else {
            credited_outlet(&self.name)
        }
    }
}

/// `By AFP`, `By [AFP](#)`, `By Kim Tong-hyung, The Associated Press`,
/// `By Priya Nand, Capital Brief`: the credited names; or a byline without
/// `By` ([`writer_and_outlet`]), which on the article's `first_line` (more
/// often its headline) credits an agency only.
pub(super) fn byline(line: &str, first_line: bool) -> Option<Vec<Credit>> {
    let Some(rest) = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY ")) else {
        return writer_and_outlet(line, !first_line);
    };
    if line.len() > 160 || rest.is_empty() || !rest.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let mut credits = Vec::new();
    for (part, writer_slot) in split_credits(rest) {
        // "Justin McCurry in Tokyo"
        let who = part.split_once(" in ").map_or(part, |(who, _)| who.trim());
        for name in split_trailing_wire(who.to_string()) {
            if !name.is_empty() {
                credits.push(Credit { name, writer_slot });
            }
        }
    }
    Some(credits)
}

/// A byline's text after `By` cut at its separators, each part with
/// whether it stands in a writer's slot (first, or after ` and `).
fn split_credits(rest: &str) -> Vec<(&str, bool)> {
    const SEPARATORS: [&str; 9] = [",", " and ", "|", ";", " - ", " — ", " – ", "/", " for "];
    let mut parts = Vec::new();
    let (mut start, mut writer_slot) = (0, true);
    for (i, _) in rest.char_indices() {
        if i < start {
            continue;
        }
        if let Some(sep) = SEPARATORS.iter().find(|sep| rest[i..].starts_with(**sep)) {
            parts.push((rest[start..i].trim(), writer_slot));
            writer_slot = *sep == " and ";
            start = i + sep.len();
        }
    }
    parts.push((rest[start..].trim(), writer_slot));
    parts
}

/// A publication in a byline's writer slot: the whole credit (`By The
/// Moscow Times`, `By Fox News`) or one run into the writer's name (`By
/// Kelsey Marlow Fox News`). Writers have names that look like publications
/// (`Emily Post`), so the whole credit counts only when it starts with
/// `The`, is a publication everyone knows, or the article names it again;
/// a run-in one is what follows the writer's first two or three words,
/// when the article names it again (`told Fox News Digital`).
fn writer_slot_outlet(name: &str, body: &str) -> Option<String> {
    if is_publication_name(name)
        && (name.starts_with("The ") || KNOWN_PUBLICATIONS.contains(&name) || mentions(body, name) >= 2)
    {
        return Some(name.to_string());
    }
    let word_starts: Vec<usize> = name
        .char_indices()
        .filter(|&(i, c)| !c.is_whitespace() && (i == 0 || name[..i].ends_with(char::is_whitespace)))
        .map(|(i, _)| i)
        .collect();
    [2, 3].iter().find_map(|&k| {
        let tail = &name[*word_starts.get(k)?..];
        (is_publication_name(tail) && mentions(body, tail) >= 2).then(|| tail.to_string())
    })
}

/// A byline without `By`: a writer's name, a separator (`, `, ` — `, ` – `,
/// ` | `) and an agency or an outlet (`Jane Doe, Reuters`, `Kim Tong-hyung,
/// The Associated Press`, `Jan Lukeš, iDNES.cz`, `Роман Романюк — Українська
/// правда`, `Marcus Bell, ESPN Staff Writer`). The name has two to four
/// capitalized words before an agency, two or three before another outlet
/// (a title-case headline may have four: `Trump Says Tariffs Stay, Fox News
/// Reports`). Outlets other than agencies count only when `any_outlet`.
/// (A photo credit has a slash or a label: `Photo: Jane Doe/Reuters`.)
fn writer_and_outlet(line: &str, any_outlet: bool) -> Option<Vec<Credit>> {
    if line.len() > 80 || line.contains([':', '/', '(']) {
        return None;
    }
    const SEPARATORS: [&str; 4] = [", ", " — ", " – ", " | "];
    // (A comma, a bar or the last byte of a dash, or no separator at all.)
    if !any_byte(line.as_bytes(), |b| {
        (b == b',') | (b == b'|') | (b == 0x94) | (b == 0x93)
    }) {
        return None;
    }
    let first = |s: &str| {
        SEPARATORS
            .iter()
            .filter_map(|sep| {
                let at = if sep.starts_with(' ') {
                    find_spaced(s, sep)
                } else {
                    find_by_key(s, sep, 0)
                };
                at.map(|at| (at, sep.len()))
            })
            .min()
    };
    let (at, len) = first(line)?;
    let (name, rest) = (line[..at].trim(), &line[at + len..]);
    let credit = rest[..first(rest).map_or(rest.len(), |(at, _)| at)].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let is_name = |max: usize| {
        (2..=max).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase))
            && canonical_wire(name).is_none()
    };
    let credited = if canonical_wire(credit).is_some() {
        is_name(4)
    } else {
        any_outlet && is_name(3) && credited_outlet(credit).is_some()
    };
    credited.then(|| {
        vec![
            Credit {
                name: name.to_string(),
                writer_slot: true,
            },
            Credit {
                name: credit.to_string(),
                writer_slot: false,
            },
        ]
    })
}

/// The outlet a byline names after the writer's name and a separator (`,
/// Capital Brief`, `| Fox News`, `— Українська правда`, `, iDNES.cz`, `, ESPN
/// Staff Writer`). Places stand there too (`By Jane Doe, Washington`,
/// `Katharina Fontana, Bern`) and no list of places could tell them apart,
/// so the name must show that it is an outlet: a publication's name
/// (`Korea JoongAng Daily`), a name holding a word that names outlets and
/// never places (`Brief`, `TODAY`, `правда`: [`is_outlet_word`]), a domain
/// (`iDNES.cz`), or the newsroom a staff writer belongs to (`ESPN Staff
/// Writer`). A post or a beat (`Seoul correspondent`, `Economics editor`)
/// names no outlet.
fn credited_outlet(credit: &str) -> Option<String> {
    let (name, role) = split_role(credit);
    let outlet = match role {
        Role::None => names_an_outlet(name),
        Role::Staff => is_outlet_shaped(name),
        Role::Post => false,
    };
    outlet.then(|| name.to_string())
}

/// Whether `name` shows by itself that it is an outlet's: a publication's
/// name (`Korea JoongAng Daily`, `The Telegraph`), a domain (`iDNES.cz`), or
/// a name holding a word that names outlets (`Capital Brief`, `Corriere
/// della Sera`, `Українська правда`), but not such words alone (`News`,
/// `World News`, `Media`), which name sections.
pub(super) fn names_an_outlet(name: &str) -> bool {
    let bare = || {
        name.split_whitespace()
            .all(|w| is_outlet_word(w) || GENERIC_WORDS.iter().any(|g| g.eq_ignore_ascii_case(w)))
    };
    is_publication_name(name)
        || is_domain_name(name)
        || (is_outlet_shaped(name) && name.split_whitespace().any(is_outlet_word) && !bare())
}

/// What a credit ends with: no newsroom role, a staff role (`Staff
/// Writer`, `staff`) or another post (`correspondent`, `Economics editor`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    None,
    Staff,
    Post,
}

/// Newsroom roles that end a staff credit (`Pippa Crerar Political editor`).
pub(super) const ROLES: &[&str] = &[
    "editor",
    "correspondent",
    "reporter",
    "writer",
    "columnist",
    "producer",
    "contributor",
];

/// A credit without its trailing role words (`ESPN Staff Writer` ->
/// `ESPN`, staff), and which role it was.
fn split_role(credit: &str) -> (&str, Role) {
    const RANKS: &[&str] = &[
        "staff",
        "senior",
        "chief",
        "contributing",
        "special",
        "deputy",
        "associate",
    ];
    let is = |w: &str, list: &[&str]| list.iter().any(|r| r.eq_ignore_ascii_case(w));
    let mut words: Vec<&str> = credit.split_whitespace().collect();
    // A role ends the credit: `ESPN Staff Writer`, `Reuters staff`.
    if !words
        .last()
        .is_some_and(|w| is(w, ROLES) || w.eq_ignore_ascii_case("staff"))
    {
        return (credit.trim(), Role::None);
    }
    let mut staff = false;
    while let Some(w) = words.last().copied()
        && (is(w, ROLES) || is(w, RANKS))
    {
        staff |= w.eq_ignore_ascii_case("staff");
        words.pop();
    }
    let name = match (words.first(), words.last()) {
        (Some(first), Some(last)) => &credit[offset_in(credit, first)..offset_in(credit, last) + last.len()],
        _ => "",
    };
    (name, if staff { Role::Staff } else { Role::Post })
}

/// One to four words, the first capitalized (or of a script without
/// capitals), each other capitalized, a number, a joining word (`of`, `de`,
/// `&`) or a word that names outlets (`Українська правда`); no address.
fn is_outlet_shaped(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && name.len() <= 40
        && !name.contains(['@', ':', ','])
        && words[0].starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_uncased_letter(c))
                || JOINING_WORDS.contains(w)
                || is_outlet_word(w)
        })
}

/// A web address used as a name (`iDNES.cz`, `Hürriyet.com.tr`): one word,
/// labels joined by dots, the last two to six lower-case letters; not an
/// e-mail address or a path.
fn is_domain_name(name: &str) -> bool {
    let mut labels = name.split('.');
    let first = labels.next().unwrap_or("");
    let rest: Vec<&str> = labels.collect();
    let label_ok = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-');
    first.chars().count() >= 2
        && label_ok(first)
        && rest.iter().all(|l| label_ok(l))
        && rest
            .last()
            .is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A byline part that ends with an agency's name, as AP prints its one-line
/// bylines (`JANE MORROW Associated Press`), split into the writer and the
/// agency; any other part unchanged.
fn split_trailing_wire(part: String) -> Vec<String> {
    let cut = WIRES.iter().find_map(|(alias, _)| {
        let at = part.len().checked_sub(alias.len() + 1)?;
        let tail = part.get(at..)?;
        // (Short names only in capitals: `Li Ani` is a person, `... PTI` an agency.)
        let name = tail.get(1..)?;
        let short_ok = alias.len() >= 5 || name.bytes().all(|b| b.is_ascii_uppercase());
        (tail.starts_with(' ') && name.eq_ignore_ascii_case(alias) && short_ok).then_some(at)
    });
    match cut {
        Some(at) => vec![part[..at].trim().to_string(), part[at + 1..].to_string()],
        None => vec![part],
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::infer;
    use super::*;

    #[test]
    fn a_one_line_byline_ending_with_an_agency_gives_the_agency() {
        let m = infer("Storm hits coast\n\nBy JANE MORROW Associated Press\n\nThe storm made landfall on Tuesday.\n");
        assert_eq!(m.outlet.as_deref(), Some("AP"));
        assert_eq!(
            split_trailing_wire("Tom Lee Reuters".into()),
            vec!["Tom Lee", "Reuters"]
        );
        assert_eq!(split_trailing_wire("Ana Reutersberg".into()), vec!["Ana Reutersberg"]);
        assert_eq!(split_trailing_wire("Li Ani".into()), vec!["Li Ani"]);
        assert_eq!(split_trailing_wire("Rahul Das PTI".into()), vec!["Rahul Das", "PTI"]);
    }

    #[test]
    fn bylines() {
        let m = infer("# Headline here\n\nBy [AFP](#)\n\nText.");
        assert_eq!(m.outlet.as_deref(), Some("AFP"));
        assert_eq!(m.inferred["outlet"], "byline");
        assert_eq!(m.title.as_deref(), Some("Headline here"));
        assert_eq!(m.inferred["title"], "markdown heading");
        let m = infer("By Kim Tong-hyung, The Associated Press\nText.");
        assert_eq!(m.outlet.as_deref(), Some("AP"));
        let m = infer("By Hyonhee Shin and Josh Smith\nText.");
        assert_eq!(m.outlet.as_deref(), Some("file"));
        assert_eq!(m.inferred["outlet"], "file name");
        let m = infer("By Sarah Kim, Korea JoongAng Daily\nText.");
        assert_eq!(m.outlet.as_deref(), Some("Korea JoongAng Daily"));
        let m = infer("By Justin McCurry in Tokyo\nText.");
        assert_eq!(m.outlet.as_deref(), Some("file"));
        // Without `By`: a name and an agency; a photo credit is none.
        let m = infer("Jane Doe, Reuters\nText.");
        assert_eq!(m.outlet.as_deref(), Some("Reuters"));
        let m = infer("Photo: Jane Doe/Reuters\nText.");
        assert_eq!(m.outlet.as_deref(), Some("file"));
        let m = infer("Seoul, Reuters\nText.");
        assert_eq!(m.outlet.as_deref(), Some("file"));
    }

    /// A byline's outlet after the writer's name and a separator: (top,
    /// outlet). The outlet must look like one: a publication's name or word,
    /// a domain, or the newsroom of a staff writer.
    #[test]
    fn bylines_name_the_outlet_after_the_writer() {
        for (top, outlet) in [
            ("By Priya Nand, Capital Brief", "Capital Brief"),
            ("By Morgan Ellery, USA TODAY", "USA TODAY"),
            ("Marcus Bell, ESPN Staff Writer", "ESPN"),
            ("Jan Lukeš, iDNES.cz", "iDNES.cz"),
            ("Роман Романюк — Українська правда", "Українська правда"),
            ("By Kelsey Marlow | Fox News", "Fox News"),
            ("Kelsey Marlow | Fox News", "Fox News"),
            ("By Sarah Kim, Korea JoongAng Daily", "Korea JoongAng Daily"),
            ("By Tom Bright, The Eastport Ledger", "The Eastport Ledger"),
        ] {
            let m = infer(&format!("Headline of the story here\n{top}\nNov. 6, 2024\n\nText.\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{top}");
            assert_eq!(m.inferred["outlet"], "byline", "{top}");
            assert_eq!(m.title.as_deref(), Some("Headline of the story here"), "{top}");
        }
    }

    /// A place, a beat, a second writer or a phrase after the writer's name
    /// is no outlet: a wrong outlet is worse than the file name.
    #[test]
    fn places_beats_and_writers_in_bylines_are_no_outlet() {
        for top in [
            "By Jane Doe, Washington",
            "By JANE DOE, ROME",
            "Katharina Fontana, Bern",
            "By HT Correspondent, New Delhi",
            "Jane Doe, Seoul correspondent",
            "Jane Doe, Social Media Editor",
            "By Jane Doe and Emily Post",
            "By Emily Post",
            "By Kelsey Marlow Fox News",
            "Donald Trump — Fox News interview",
            "By Dan Kowalski dkowalski@lakeviewcourier.com",
        ] {
            let m = infer(&format!("Headline of the story here\n{top}\nNov. 6, 2024\n\nText.\n"));
            assert_eq!(m.outlet.as_deref(), Some("file"), "{top}");
        }
    }

    #[test]
    fn credit_parts_roles_and_domains() {
        assert_eq!(
            split_credits("Jack Blanchard, Dasha Burns and Adam Wren | Politico"),
            [
                ("Jack Blanchard", true),
                ("Dasha Burns", false),
                ("Adam Wren", true),
                ("Politico", false)
            ]
        );
        assert_eq!(split_role("ESPN Staff Writer"), ("ESPN", Role::Staff));
        assert_eq!(split_role("Fox News senior correspondent"), ("Fox News", Role::Post));
        assert_eq!(split_role("Economics editor"), ("Economics", Role::Post));
        assert_eq!(split_role("Capital Brief"), ("Capital Brief", Role::None));
        assert_eq!(split_role("Staff Writer"), ("", Role::Staff));
        assert!(is_domain_name("iDNES.cz") && is_domain_name("Hürriyet.com.tr"));
        for not in ["jane@idnes.cz", "U.S.", "idnes.cz/sport", "St. Louis", "x.COM"] {
            assert!(!is_domain_name(not), "{not}");
        }
        assert_eq!(mentions("Fox News' Bill, Fox Newsroom, Fox News", "Fox News"), 2);
    }

    /// The first line is the headline far more often than a byline: a
    /// title-case headline with a comma is not `writer, outlet` there (an
    /// agency still is: `Jane Doe, Reuters`).
    #[test]
    fn a_headline_is_no_byline_without_by() {
        let m = infer("Senate Passes Bill, USA TODAY Reports\n\nText.\n");
        assert_eq!(m.outlet.as_deref(), Some("file"));
        assert_eq!(m.title.as_deref(), Some("Senate Passes Bill, USA TODAY Reports"));
        let m = infer("Jane Doe, Reuters\nText.\n");
        assert_eq!(m.outlet.as_deref(), Some("Reuters"));
    }

    /// `By Kelsey Marlow Fox News`: where the name ends and the outlet starts
    /// is told by the outlet's name recurring in the article.
    #[test]
    fn an_outlet_run_into_the_byline_is_the_part_the_article_repeats() {
        let body = "Headline of the story here\nBy Kelsey Marlow Fox News\nPublished October 14, 2025 4:00am EDT\n\n\
                    A sheriff told Fox News Digital that crossings fell.\n\nKelsey Marlow is a reporter for Fox News Digital.\n";
        let m = infer(body);
        assert_eq!(m.outlet.as_deref(), Some("Fox News"));
        assert_eq!(m.inferred["outlet"], "byline");
        // A staff credit right after `By` is still read: the article's own name.
        let m = infer("Headline of the story here\nBy The Moscow Times\n\nText.\n");
        assert_eq!(m.outlet.as_deref(), Some("The Moscow Times"));
        let m = infer("Headline of the story here\nBy Fox News\n\nFox News has learned that...\n");
        assert_eq!(m.outlet.as_deref(), Some("Fox News"));
    }

    #[test]
    fn outlet_words_alone_name_no_outlet() {
        for not in ["News", "World News", "Media", "The Daily"] {
            assert!(!names_an_outlet(not), "{not}");
        }
        for name in [
            "Capital Brief",
            "Corriere della Sera",
            "Українська правда",
            "The Telegraph",
            "iDNES.cz",
        ] {
            assert!(names_an_outlet(name), "{name}");
        }
    }
}
