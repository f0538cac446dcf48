//! Provenance within a family: who printed it first, which agency the
//! outlets credit, and which earlier member each member most likely comes from.

use crate::date::Date;
use crate::extract::{ArticleRecord, Quote};
use crate::normalize::normalize_phrase;

/// News agencies and state media named in attributions, with the names they
/// go by (normalized, as [`normalize_phrase`] gives them).
const AGENCIES: &[(&str, &[&str])] = &[
    ("AFP", &["afp", "agence france presse", "agence france-presse"]),
    ("AP", &["associated press"]),
    ("Interfax", &["interfax"]),
    ("KCNA", &["kcna", "korean central news agency"]),
    ("KCTV", &["kctv", "korean central television"]),
    ("Kyodo", &["kyodo"]),
    ("Reuters", &["reuters"]),
    ("RIA Novosti", &["ria novosti"]),
    ("Rodong Sinmun", &["rodong sinmun"]),
    ("TASS", &["tass"]),
    ("Xinhua", &["xinhua"]),
    ("Yonhap", &["yonhap"]),
];

/// The origin an outlet credits for a quote: the extractor's `via`, else a
/// known agency named in the quote's context ("KCNA said", "according to the
/// Korean Central News Agency"), else the capitalized name after "according
/// to". Returns a display name.
///
/// ```
/// use quotecheck::provenance::agency_in;
/// assert_eq!(agency_in("his \"dearest friend,\" the Korean Central News Agency (KCNA) said."), Some("KCNA".to_string()));
/// assert_eq!(agency_in("\"...,\" according to Yonhap News Agency."), Some("Yonhap".to_string()));
/// assert_eq!(agency_in("\"...,\" he said."), None);
/// ```
pub fn agency_in(context: &str) -> Option<String> {
    static PADDED: std::sync::OnceLock<Vec<(&'static str, String)>> = std::sync::OnceLock::new();
    let padded = PADDED.get_or_init(|| {
        AGENCIES
            .iter()
            .flat_map(|(name, aliases)| aliases.iter().map(move |a| (*name, format!(" {a} "))))
            .collect()
    });
    let norm = format!(" {} ", normalize_phrase(context));
    let mut best: Option<(usize, &str)> = None;
    for (name, alias) in padded {
        if let Some(p) = norm.find(alias.as_str())
            && best.is_none_or(|(bp, _)| p < bp)
        {
            best = Some((p, name));
        }
    }
    if let Some((_, name)) = best {
        return Some(name.to_string());
    }
    // "according to the Foo Bar Agency": the capitalized words after it.
    let lower = context.to_lowercase();
    let at = lower.find("according to ")? + "according to ".len();
    let rest = context.get(at..)?;
    let mut words = Vec::new();
    for w in rest.split_whitespace() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if words.is_empty() && matches!(core, "the" | "a" | "an") {
            continue;
        }
        if core.chars().next().is_some_and(char::is_uppercase) {
            words.push(core.to_string());
            if w.ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
        } else {
            break;
        }
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// The origin credited for one quote.
pub fn attributed_origin(q: &Quote) -> Option<String> {
    if let Some(via) = &q.via {
        return Some(agency_in(via).unwrap_or_else(|| via.clone()));
    }
    agency_in(&q.context)
}

/// True when article `a` was published before article `b`, as far as their
/// metadata tells: an earlier date. (Same-day articles are not ordered.)
pub fn before(a: &ArticleRecord, b: &ArticleRecord) -> bool {
    order(a, b) == Some(std::cmp::Ordering::Less)
}

/// How two articles' publications are ordered, when their metadata tells:
/// by date; `None` when either is undated or they share a date.
pub fn order(a: &ArticleRecord, b: &ArticleRecord) -> Option<std::cmp::Ordering> {
    let (x, y) = (a.date?, b.date?);
    (x != y).then(|| x.cmp(&y))
}

/// The items of `items` that nothing among them precedes (publication
/// order of their articles, by `record`): one when the first is known,
/// several when they tie, in the order given.
pub(crate) fn firsts<'r>(items: &[usize], record: impl Fn(usize) -> &'r ArticleRecord) -> Vec<usize> {
    items
        .iter()
        .copied()
        .filter(|&i| items.iter().all(|&j| j == i || !before(record(j), record(i))))
        .filter(|&i| record(i).date.is_some())
        .collect()
}

/// True when an outlet is the agency or outlet a credit names: `Reuters`
/// for a `REUTERS` sign-off, `Associated Press` for `AP` (a byline's "By
/// The Associated Press" is stored as the wire `AP`).
///
/// ```
/// use quotecheck::provenance::same_outlet;
/// assert!(same_outlet("Associated Press", "AP") && same_outlet("The Associated Press", "AP"));
/// assert!(same_outlet("Reuters", "REUTERS") && !same_outlet("Associated Press", "AFP"));
/// ```
pub fn same_outlet(outlet: &str, credit: &str) -> bool {
    let (a, b) = (normalize_phrase(outlet), normalize_phrase(credit));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b || agency_named(outlet).is_some_and(|x| agency_named(credit).is_some_and(|y| x == y))
}

/// The agency a name stands for: one of its names in the text, or the text
/// being the agency's short name itself (`AP`, which [`agency_in`] does not
/// look for in running text, where it may be a word of another kind).
fn agency_named(name: &str) -> Option<String> {
    agency_in(name).or_else(|| {
        let norm = normalize_phrase(name);
        AGENCIES
            .iter()
            .find(|(short, _)| normalize_phrase(short) == norm)
            .map(|(short, _)| short.to_string())
    })
}

/// The most frequent value (ties: the alphabetically first), with its count.
pub(crate) fn consensus<'a>(values: impl Iterator<Item = &'a str>) -> Option<(&'a str, usize)> {
    let mut v: Vec<&str> = values.collect();
    v.sort_unstable();
    let mut best: Option<(&str, usize)> = None;
    let mut i = 0;
    while i < v.len() {
        let j = v[i..].iter().position(|x| *x != v[i]).map_or(v.len(), |p| i + p);
        if best.is_none_or(|(_, c)| j - i > c) {
            best = Some((v[i], j - i));
        }
        i = j;
    }
    best
}

/// The earliest of dated items (ties: the first given), and the others dated the same day.
pub(crate) fn earliest<T: Copy>(items: impl Iterator<Item = (T, Option<Date>)>) -> Option<(T, Date, Vec<T>)> {
    let dated: Vec<(T, Date)> = items.filter_map(|(t, d)| Some((t, d?))).collect();
    let min = dated.iter().map(|x| x.1).min()?;
    let mut same = dated.into_iter().filter(|x| x.1 == min).map(|x| x.0);
    let first = same.next()?;
    Some((first, min, same.collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agencies_from_context() {
        assert_eq!(
            agency_in("the state-run [North] Korean Central News Agency reported on Tuesday."),
            Some("KCNA".into())
        );
        assert_eq!(agency_in("according to a state media report."), None);
        assert_eq!(
            agency_in("according to the Foo Times, he said"),
            Some("Foo Times".into())
        );
    }

    #[test]
    fn consensus_counts_and_breaks_ties() {
        assert_eq!(consensus(["b", "a", "b"].into_iter()), Some(("b", 2)));
        assert_eq!(consensus(["b", "a"].into_iter()), Some(("a", 1)));
        assert_eq!(consensus(std::iter::empty()), None);
    }
}
