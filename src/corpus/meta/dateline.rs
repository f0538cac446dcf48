//! Datelines (`SEOUL, Dec 31 (Reuters) -`, `MOSCOW, December 31. /TASS/.`,
//! `新华社北京1月14日电`): the agency they credit and the date they give.
//!
//! Many datelines print no year; one is given only when the article leaves
//! no doubt (the weekdays it names, or the copyright line's year), because a
//! wrong date is worse than none.

use crate::corpus::dateparse::{self, DayMonth, Parsed};
use crate::date::Date;
use std::borrow::Cow;

use super::copyright::is_copyright_notice;
use super::outlet_names::{KNOWN_PUBLICATIONS, WIRES, canonical_wire};
use super::text::{any_byte, contains_word, find_spaced, floor_char_boundary, offset_in, window};

/// What a dateline says.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Dateline {
    pub(super) outlet: Option<String>,
    pub(super) date: Option<Parsed>,
}

/// `SEOUL, Dec 31 (Reuters) - ...`, `Dec. 31 (UPI) — ...`, `Seoul (AFP) – ...`,
/// `PYONGYANG, December 31 (KCNA) -- ...`, `SEOUL, Dec. 31 -- ...` (no agency).
pub(super) fn dateline(line: &str) -> Option<Dateline> {
    // `新华社北京1月14日电`: the agency, the place, the date, 电 ("cable").
    if line.starts_with('新') {
        return cjk_dateline(line);
    }
    // A dateline starts with its place (or the bracket when there is none,
    // or the commas a place may end with before `CNN —`), whose words
    // [`is_dateline_place`] wants capitalized, numbers, `de` or `of`.
    if !line
        .trim_start()
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '(' | ',' | 'd' | 'o'))
    {
        return None;
    }
    let window = &line[..floor_char_boundary(line, 90)];
    // Each form needs a bracket, a slash or a dash near the start of the
    // line, which most lines lack: one pass over the window tells. (`—` and
    // `–` are told by their last bytes, 0x94 and 0x93: curly quotes share
    // their first.)
    if !any_byte(window.as_bytes(), |b| {
        (b == b'(') | (b == b'/') | (b == b'-') | (b == 0x94) | (b == 0x93)
    }) {
        return None;
    }
    if let Some(open) = window.find('(')
        && let Some(len) = line[open..].find(')')
    {
        let close = open + len;
        let who = line[open + 1..close].trim();
        // Korean: `(서울=연합뉴스) 김지현 기자 = ...`, the place and the agency.
        if open == 0
            && let Some((place, agency)) = who.split_once('=')
            && let Some(wire) = canonical_wire(agency)
            && !place.trim().is_empty()
            && !place.contains(char::is_whitespace)
        {
            return Some(Dateline {
                outlet: Some(wire.to_string()),
                date: None,
            });
        }
        let after = line[close + 1..].trim_start();
        let prefix = line[..open].trim();
        if starts_with_dash(after) && is_agency_name(who) && is_dateline_place(prefix) {
            return Some(Dateline {
                outlet: Some(who.to_string()),
                date: dateparse::find_date(prefix).map(|(p, _, _)| p),
            });
        }
    }
    // TASS: `MOSCOW, December 31. /TASS/. Russian President ...`
    if window.contains('/')
        && let Some(open) = find_spaced(window, " /")
        && let Some(len) = line[open + 2..].find('/')
        && let Some(who) = canonical_wire(&line[open + 2..open + 2 + len])
        && is_dateline_place(line[..open].trim())
    {
        return Some(Dateline {
            outlet: Some(who.to_string()),
            date: dateparse::find_date(&line[..open]).map(|(p, _, _)| p),
        });
    }
    for dash in [" — ", " – ", " -- "] {
        if let Some(at) = find_spaced(window, dash) {
            let prefix = line[..at].trim();
            // CNN: `Seoul, South Korea CNN — ...`
            if let Some((place, who)) = prefix.rsplit_once(' ')
                && (canonical_wire(who).is_some() || KNOWN_PUBLICATIONS.contains(&who))
                && is_dateline_place(place.trim_end_matches(','))
            {
                return Some(Dateline {
                    outlet: Some(who.to_string()),
                    date: dateparse::find_date(place).map(|(p, _, _)| p),
                });
            }
            // Without an agency, only a place and a date before a dash; the
            // agency may follow it (`МОСКВА, 3 янв — РИА Новости. ...`).
            let date = dateparse::find_date(prefix).map(|(p, _, _)| p);
            if date.is_some() && is_dateline_place(prefix) {
                let after = &line[at + dash.len()..];
                let credit = &after[..after.find(['.', ',']).unwrap_or(after.len())];
                let outlet = canonical_wire(credit).map(str::to_string);
                return Some(Dateline { outlet, date });
            }
        }
    }
    None
}

/// A Chinese agency's dateline: `新华社北京1月14日电（记者王晓宇）`, the agency
/// (`新华社`, Xinhua), a place, a date and 电 within the line's first
/// characters.
fn cjk_dateline(line: &str) -> Option<Dateline> {
    let (alias, wire) = WIRES
        .iter()
        .find(|(alias, _)| !alias.is_ascii() && line.starts_with(alias))?;
    let head = window(&line[alias.len()..], 30);
    head.contains('电').then(|| Dateline {
        outlet: Some((*wire).to_string()),
        date: None,
    })
}

fn starts_with_dash(s: &str) -> bool {
    s.starts_with(['—', '–', '-', '―'])
}

/// `Reuters`, `AFP`, `Yonhap`, `dpa`, `Agence France-Presse`; not `AP
/// Photo/Ahn Young-joon`, `left` or `R`.
fn is_agency_name(who: &str) -> bool {
    if canonical_wire(who).is_some() {
        return true;
    }
    if !(2..=40).contains(&who.len()) {
        return false;
    }
    let words: Vec<&str> = who.split_whitespace().collect();
    !words.is_empty()
        // Longer names in brackets are expansions: `NATO (North Atlantic Treaty Organization) —`.
        && words.len() <= 3
        && !who.contains(['/', ',', ';', ':'])
        && !who.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || ["of", "and", "de", "&"].contains(w))
}

/// What may stand before a dateline's agency: nothing, a place in capitals
/// or title case, a date (`SEOUL, South Korea`, `Dec. 31`, `Seoul, Dec 31`),
/// two places reporting together (`JERUSALEM/CAIRO`).
fn is_dateline_place(prefix: &str) -> bool {
    if prefix.is_empty() {
        return true;
    }
    if prefix.len() > 60 {
        return false;
    }
    let capitalized =
        |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || ["de", "of"].contains(&w);
    let words: Vec<&str> = prefix.split_whitespace().collect();
    if words.len() > 8 || !prefix.chars().all(|c| c.is_alphanumeric() || " ,.-'’/".contains(c)) {
        return false;
    }
    if words.iter().all(|w| capitalized(w)) {
        return true;
    }
    // A date's words may be lower case (`МОСКВА, 3 янв`): the words around
    // the date are the place's. (A date holds a digit; prose before a dash,
    // the usual prefix that fails, mostly none.)
    if !any_byte(prefix.as_bytes(), |b| b.is_ascii_digit()) {
        return false;
    }
    let Some((_, start, end)) = dateparse::find_date(prefix) else {
        return false;
    };
    prefix[..start]
        .split_whitespace()
        .chain(prefix[end..].split_whitespace())
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .all(capitalized)
}

/// The year of a dateline without one (`Dec. 31 (UPI) —`).
///
/// News copy names the weekday of recent events ("reported on Tuesday"), and
/// an article's latest mentioned year is its own, the next (a December story
/// about the coming year) or the last (a January story about the past one).
/// Among those three years, the date falls on three different weekdays; the
/// year is taken only when exactly one of them is a weekday the top lines
/// name. Anything else leaves the date unknown.
pub(super) fn year_for_dateline(dm: DayMonth, body: &str, top: &[Cow<str>]) -> Option<Date> {
    let latest = dateparse::years_in(body).max()?;
    let named: Vec<usize> = (0..7)
        .filter(|&i| top.iter().any(|l| contains_word(l, dateparse::WEEKDAYS[i])))
        .collect();
    let mut fits = (latest - 1..=latest + 1)
        .filter_map(|y| Date::new(y, dm.month, dm.day))
        .filter(|d| named.contains(&usize::from(dateparse::weekday(*d))));
    let d = fits.next()?;
    fits.next().is_none().then_some(d)
}

/// The year of a dateline without one (`MOSCOW, January 14. /TASS/.`) from
/// the copyright notice at the `foot` (`© 2025 TASS`, the end of `©
/// 2000-2025`): a site prints the year it serves the page in, which is the
/// article's when the page is fresh. So it is taken only when nothing says
/// the page is older: no year in the text above the notice later than it
/// or more than one before it (a January story looks back on the last
/// year), and the weekdays the top lines name, if any, fit the date.
pub(super) fn year_from_copyright(dm: DayMonth, body: &str, top: &[Cow<str>], foot: &[&str]) -> Option<Date> {
    let notice = foot.iter().find(|l| is_copyright_notice(l))?;
    let year = dateparse::years_in(notice).max()?;
    let text = &body[..offset_in(body, notice)];
    if dateparse::years_in(text).any(|y| y > year) || dateparse::years_in(text).max().is_some_and(|y| y < year - 1) {
        return None;
    }
    let d = Date::new(year, dm.month, dm.day)?;
    let named: Vec<usize> = (0..7)
        .filter(|&i| top.iter().any(|l| contains_word(l, dateparse::WEEKDAYS[i])))
        .collect();
    (named.is_empty() || named.contains(&usize::from(dateparse::weekday(d)))).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, infer};
    use super::*;

    #[test]
    fn datelines_of_the_agencies() {
        for (line, outlet, day) in [
            (
                "SEOUL, South Korea (AP) — North Korean leader Kim Jong Un said",
                "AP",
                None,
            ),
            (
                "SEOUL, Dec 31 (Reuters) - North Korean leader Kim Jong Un said",
                "Reuters",
                None,
            ),
            ("Seoul (AFP) – North Korean leader Kim Jong Un said", "AFP", None),
            (
                "JERUSALEM/CAIRO, Jan 15 (Reuters) - Israel and Hamas have agreed",
                "Reuters",
                None,
            ),
            (
                "SEOUL, Dec. 31 (Yonhap) -- North Korean leader Kim Jong Un said",
                "Yonhap",
                None,
            ),
            ("PYONGYANG, December 31 (KCNA) -- Kim Jong Un sent", "KCNA", None),
            ("BEIJING, Dec. 31 (Xinhua) -- Kim Jong Un sent", "Xinhua", None),
            ("SEOUL, Dec. 31, 2024 (AP) — Kim Jong Un sent", "AP", Some("2024-12-31")),
            ("Berlin (dpa) - Kim Jong Un sent", "dpa", None),
            (
                "MOSCOW, December 31. /TASS/. Russian President Vladimir Putin sent",
                "TASS",
                None,
            ),
            (
                "Seoul, South Korea CNN — North Korean leader Kim Jong Un sent",
                "CNN",
                None,
            ),
            ("(CNN) — North Korean leader Kim Jong Un sent", "CNN", None),
            (
                "CAMBRIDGE, England, March 3, 2025 /PRNewswire/ -- Harwell Robotics Ltd. unveiled",
                "PR Newswire",
                Some("2025-03-03"),
            ),
        ] {
            let m = infer(&format!("{line} a letter.\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{line}");
            assert_eq!(m.inferred["outlet"], "dateline", "{line}");
            assert_eq!(date(&m).as_deref(), day, "{line}");
        }
    }

    #[test]
    fn not_datelines() {
        for line in [
            "Kim Jong Un (left) — hugs Putin.",
            "Kim and Putin in Pyongyang. (AP Photo/Ahn Young-joon) - file",
            "North Korean leader Kim (KCNA) - said.",
            "The deal (signed in June) — was ratified.",
            "NATO (North Atlantic Treaty Organization) — the alliance said.",
        ] {
            assert_eq!(dateline(line), None, "{line}");
        }
    }

    #[test]
    fn a_dateline_without_agency_gives_its_date() {
        let m = infer("SEOUL, Dec. 31, 2024 -- North Korea (DPRK) said it would deepen ties.\n");
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        assert_eq!(m.inferred["date"], "dateline");
        assert_eq!(m.inferred["outlet"], "file name");
    }

    #[test]
    fn dateline_year_needs_one_weekday_fit() {
        // Dec. 31 fell on a Tuesday in 2024, a Wednesday in 2025, a Thursday in 2026.
        let body = "Dec. 31 (UPI) — Kim on Monday hoped for victory in 2025.\nKCNA reported on Tuesday.\n";
        let m = infer(body);
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        assert_eq!(m.inferred["date"], "dateline, year by weekday");
        // No year mentioned, no weekday, or two fitting weekdays: unknown.
        assert_eq!(date(&infer("Dec. 31 (UPI) — Kim reported on Tuesday.\n")), None);
        assert_eq!(date(&infer("Dec. 31 (UPI) — Kim hoped for 2025.\n")), None);
        assert_eq!(
            date(&infer("Dec. 31 (UPI) — In 2025, on Tuesday or Wednesday.\n")),
            None
        );
    }

    /// Agencies credited in datelines of other languages.
    #[test]
    fn datelines_of_agencies_in_other_languages() {
        for (line, outlet) in [
            (
                "(서울=연합뉴스) 김지현 기자 = 북한 김정은 국무위원장의 여동생은",
                "Yonhap",
            ),
            (
                "МОСКВА, 3 янв — РИА Новости. Пресс-секретарь президента России заявил",
                "RIA Novosti",
            ),
            ("МОСКВА, 14 января — ТАСС. Министр иностранных дел заявил", "TASS"),
            ("新华社北京1月14日电（记者王晓宇）外交部发言人毛宁14日表示", "Xinhua"),
        ] {
            let m = infer(&format!("{line}\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{line}");
            assert_eq!(m.inferred["outlet"], "dateline", "{line}");
        }
        // Not an agency after the dash, not a place before `=`.
        for line in [
            "МОСКВА, 3 янв — Пресс-секретарь президента России заявил",
            "(가나다 라마=연합뉴스) 김지현 기자",
            "新华社记者王晓宇报道，外交部发言人表示",
        ] {
            assert_eq!(infer(&format!("{line}\n")).outlet.as_deref(), Some("file"), "{line}");
        }
        // `来源：` names the publisher after the date.
        let m = infer("# 外交部：中方愿同各方一道落实倡议\n\n2025-01-14 19:32:08 来源：新华网\n\n正文。\n");
        assert_eq!(m.outlet.as_deref(), Some("新华网"));
        assert_eq!(m.inferred["outlet"], "source line");
        assert_eq!(date(&m).as_deref(), Some("2025-01-14"));
    }

    /// TASS prints no year in its dateline; the copyright line's year is the
    /// page's, taken when nothing says the page is older.
    #[test]
    fn a_year_less_dateline_takes_the_copyright_year_when_nothing_contradicts() {
        let story = |text: &str, foot: &str| {
            format!(
                "# Lavrov says Moscow ready to talk\n\nMOSCOW, January 14. /TASS/. Lavrov said Russia {text}.\n\n{foot}\n"
            )
        };
        let m = infer(&story("would study serious proposals", "© 2025 TASS"));
        assert_eq!(date(&m).as_deref(), Some("2025-01-14"));
        assert_eq!(m.inferred["date"], "dateline, year from copyright line");
        // A January story about the last year.
        let m = infer(&story("summed up its diplomacy in 2024", "© 2025 TASS"));
        assert_eq!(date(&m).as_deref(), Some("2025-01-14"));
        for (text, foot) in [
            // An old story on a page served later, a year after the notice's.
            ("recalled the summit of 2019", "© 2025 TASS"),
            ("looked ahead to 2026", "© 2025 TASS"),
            // A weekday that does not fit (January 14, 2025 was a Tuesday).
            ("said on Friday it would talk", "© 2025 TASS"),
            // No notice, no year in it.
            ("would study serious proposals", "Read more on TASS"),
            ("would study serious proposals", "© TASS"),
        ] {
            assert_eq!(date(&infer(&story(text, foot))), None, "{text} / {foot}");
        }
    }
}
