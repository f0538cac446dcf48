//! Date lines near the top of an article: a labelled date (`Published:`,
//! `Giriş Tarihi:`, `פורסם:`), a line that is mostly a date (`Tue 31 Dec 2024
//! 03.46 GMT`), a print issue's line (`№44 от 15.03.2025`).
//!
//! Only lines that are about a date count: a date in a sentence is an
//! event's, not the article's, so a date line may hold little besides its
//! date (times, zones, weekdays, labels, a writer's name).

use crate::corpus::dateparse::{self, Parsed};
use crate::date::Date;

use super::text::{any_byte, find_spaced, starts_with_ignore_ascii_case};

/// A leading `date 2024-12-31` / `Date: December 31, 2024`: the date and the
/// rest of the line.
pub(super) fn date_label(line: &str) -> Option<(Date, &str)> {
    let head = line.get(..4)?;
    if !head.eq_ignore_ascii_case("date") {
        return None;
    }
    let mut i = 4;
    let b = line.as_bytes();
    if b.get(i) == Some(&b':') {
        i += 1;
    }
    if b.get(i) != Some(&b' ') {
        return None;
    }
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i += dateparse::weekday_prefix_len(&line[i..]);
    match dateparse::parse_at(line, i)? {
        (Parsed::Full(d), end) => {
            // A time right after the date belongs to it.
            let rest = line[end..].trim_start_matches(|c: char| c.is_ascii_digit() || "T:.+-Z,".contains(c));
            Some((d, rest.trim()))
        }
        _ => None,
    }
}

/// Labels of a publication time, lower case: English, French, German,
/// Spanish, Italian, Portuguese, Dutch, Turkish, Hebrew, Polish, Czech,
/// Russian, Ukrainian, Nordic languages and Arabic.
const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "first published",
    "posted",
    "publication date",
    "date published",
    "released",
    "issued",
    "publié",
    "veröffentlicht",
    "publicado",
    "pubblicato",
    "gepubliceerd",
    "giriş tarihi",
    "yayınlanma tarihi",
    "yayın tarihi",
    "פורסם",
    "opublikowano",
    "publikováno",
    "опубликовано",
    "опубліковано",
    "julkaistu",
    "publiceret",
    "publisert",
    "publicerad",
    "تاريخ النشر",
    "نشر",
];

/// Labels of an update time, lower case, in the same languages.
const UPDATED_LABELS: &[&str] = &[
    "updated",
    "last updated",
    "modified",
    "last modified",
    "mis à jour",
    "modifié",
    "aktualisiert",
    "actualizado",
    "aggiornato",
    "modificato",
    "modifica",
    "atualizado",
    "bijgewerkt",
    "aangepast",
    "son güncelleme",
    "güncelleme",
    "עודכן",
    "aktualizacja",
    "zaktualizowano",
    "aktualizováno",
    "обновлено",
    "оновлено",
    "päivitetty",
    "opdateret",
    "oppdatert",
    "uppdaterad",
    "آخر تحديث",
];

/// A short line labelled `Published`, `Posted`, `Updated`, `Giriş Tarihi`,
/// `פורסם`, ... with a date after the label; `true` when it is an update
/// time. The label starts the line or a part of it after ` / ` or ` | `, as
/// when a desk's credit comes first (`TOI City Desk / Updated: Oct 9,
/// 2025`), but not after a date (`13.3.2025 16:05 | Päivitetty ...` is a
/// date line with its update). After a label a two-digit year is read too
/// (`פורסם: 14.03.25`).
pub(super) fn labeled_date(line: &str) -> Option<(Date, bool)> {
    // (A date holds a digit; most short top lines, headlines and names, none.)
    if line.len() > 100 || !any_byte(line.as_bytes(), |b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(found) = labeled_part(line) {
        return Some(found);
    }
    // (Most lines hold no separator: one pass over the bytes tells. `·`,
    // CBC's `Catharine Tunney · CBC News · Posted: ...`, is 0xC2 0xB7.)
    if !any_byte(line.as_bytes(), |b| (b == b'/') | (b == b'|') | (b == 0xB7)) {
        return None;
    }
    let mut parts: Vec<usize> = Vec::new();
    for sep in [" / ", " | ", " \u{b7} "] {
        let mut from = 0;
        while let Some(at) = find_spaced(&line[from..], sep) {
            from += at + sep.len();
            parts.push(from);
        }
    }
    parts.sort_unstable();
    parts
        .into_iter()
        .take_while(|&at| dateparse::find_full_date(&line[..at]).is_none())
        .find_map(|at| labeled_part(&line[at..]))
}

/// [`labeled_date`] of a part of a line that starts with its label.
fn labeled_part(part: &str) -> Option<(Date, bool)> {
    // Only labels that start with the first byte of the part's first letter
    // in lower case are compared (a byte, not `starts_with`, which calls
    // `memcmp`: this runs for every short top line and every label).
    let first = part.chars().next()?.to_lowercase().next()?;
    let key = first.encode_utf8(&mut [0; 4]).as_bytes()[0];
    let label = |labels: &[&str]| {
        labels
            .iter()
            .filter(|l| l.as_bytes()[0] == key)
            .find_map(|l| label_len(part, l))
    };
    let (updated, len) = match label(PUBLISHED_LABELS) {
        Some(len) => (false, len),
        None => (true, label(UPDATED_LABELS)?),
    };
    let date = dateparse::find_full_date(part).or_else(|| {
        let after = part[len..].trim_start_matches([':', ' ']);
        dateparse::short_year_date_at(after, 0).map(|(d, _)| d)
    })?;
    Some((date, updated))
}

/// The length in `s` of `label` (lower case) at its start, in any case,
/// when a word ends there (`Posted`, not `Postedness`).
fn label_len(s: &str, label: &str) -> Option<usize> {
    if label.is_ascii() {
        // (Most lines and labels: no need to fold case char by char.)
        return (starts_with_ignore_ascii_case(s, label) && !s[label.len()..].starts_with(char::is_alphabetic))
            .then_some(label.len());
    }
    let mut end = 0;
    let mut chars = s.chars();
    for l in label.chars() {
        let c = chars.next()?;
        if !c.to_lowercase().eq(l.to_lowercase()) {
            return None;
        }
        end += c.len_utf8();
    }
    (!s[end..].starts_with(char::is_alphabetic)).then_some(end)
}

/// `Газета «Коммерсантъ» №44 от 15.03.2025, стр. 1`: a print edition's
/// number (the numero sign and digits) and the date of that issue, which is
/// the article's. The sign keeps prose out: text does not number itself.
pub(super) fn issue_line(line: &str) -> Option<Date> {
    if line.len() > 120 || !any_byte(line.as_bytes(), |b| b.is_ascii_digit()) {
        return None;
    }
    let at = line.find('№')?;
    let rest = line[at + '№'.len_utf8()..].trim_start();
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    dateparse::find_full_date(rest)
}

/// Words a date line may hold beside its date (lower case): times, zones,
/// `updated`, `ago`.
const TIME_WORDS: &[&str] = &[
    "am",
    "pm",
    "at",
    "gmt",
    "utc",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "et",
    "kst",
    "jst",
    "bst",
    "cet",
    "cest",
    "msk",
    "ist",
    "sgt",
    "hkt",
    "local",
    "time",
    "updated",
    "published",
    "hrs",
    "hour",
    "hours",
    "min",
    "mins",
    "minute",
    "minutes",
    "ago",
    "day",
    "days",
];

/// The words of two letters or more in `text` that are not about time: not
/// a [`TIME_WORDS`] entry, a weekday or a month name. What a headline needs
/// two of.
pub(super) fn non_time_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphabetic()).filter(|w| {
        w.chars().nth(1).is_some()
            && !TIME_WORDS.iter().any(|t| t.eq_ignore_ascii_case(w))
            && dateparse::weekday_prefix_len(w) == 0
            && dateparse::month_from_name(w).is_none()
    })
}

/// [`non_time_words`] that are neither a weekday in another language
/// quotecheck reads dates in (`martedì`, `Середа`) nor a one-word label of
/// a publication or update time (`Aangepast`, `Опубликовано`): what a date
/// line holds besides its date. (Only lines that hold a date ask: the
/// lists are too long to try every headline's words against.)
fn non_date_words(text: &str) -> impl Iterator<Item = &str> {
    non_time_words(text).filter(|w| !dateparse::is_foreign_weekday(w) && !is_time_label(w))
}

/// Whether `word` is a label of [`PUBLISHED_LABELS`] or [`UPDATED_LABELS`]
/// that is one word, in any case.
fn is_time_label(word: &str) -> bool {
    // (Only labels that start with the word's first letter are compared.)
    let Some(first) = word.chars().next().and_then(|c| c.to_lowercase().next()) else {
        return false;
    };
    PUBLISHED_LABELS
        .iter()
        .chain(UPDATED_LABELS)
        .filter(|l| l.starts_with(first) && !l.contains(' '))
        .any(|l| word.chars().flat_map(char::to_lowercase).eq(l.chars()))
}

/// A short line that is mostly a date: a weekday, a time, at most two other
/// words (`Tue 31 Dec 2024 03.46 GMT`, `December 31, 2024 at 10:22 a.m. EST`,
/// `All News 09:14 December 31, 2024`, `December 31, 20247:35 AM GMT+9Updated
/// 2 hours ago`, `Понеділок, 3 березня 2025, 14:27`), or a US numeric date
/// with its time and zone (`11/04/2025 07:51 AM EST`, see
/// [`dateparse::us_date_time_line`]). Neither a writer's name before the
/// date and a separator (`Francesca Lombardi, martedì 31 dicembre 2024`,
/// `Олена Ковальчук — Середа, 22 січня 2025, 21:47`) nor the dates after
/// it, an update's (`Binnenland · 28 januari 2025, 14:05 · Aangepast 28
/// januari 2025, 16:20`), count as other words.
pub(super) fn standalone_date(line: &str) -> Option<Date> {
    if line.len() > 120 {
        return None;
    }
    let Some((d, start, end)) = dateparse::find_full_date_span(line) else {
        // `11/04/2025 07:51 AM EST`: month first in an American zone.
        return dateparse::us_date_time_line(line);
    };
    let mut other_words = non_date_words(without_writer(&line[..start])).count();
    let mut rest = &line[end..];
    while let Some((_, start, end)) = dateparse::find_full_date_span(rest) {
        other_words += non_date_words(&rest[..start]).count();
        rest = &rest[end..];
    }
    other_words += non_date_words(rest).count();
    (other_words <= 2).then_some(d)
}

/// What stands before a date on its line, without a writer's name and the
/// separator after it (`Francesca Lombardi, ` of `Francesca Lombardi,
/// martedì 31 dicembre 2024`): two to four capitalized words.
fn without_writer(before_date: &str) -> &str {
    const SEPARATORS: [&str; 5] = [", ", " — ", " – ", " | ", " · "];
    let Some((at, len)) = SEPARATORS
        .iter()
        .filter_map(|sep| before_date.find(sep).map(|at| (at, sep.len())))
        .min()
    else {
        return before_date;
    };
    let words: Vec<&str> = before_date[..at].split_whitespace().collect();
    let is_name = (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || "-'’.".contains(c)));
    if is_name { &before_date[at + len..] } else { before_date }
}

/// A line that gives a date: a date line or a labelled one.
pub(super) fn is_date_line(line: &str) -> bool {
    standalone_date(line).is_some() || labeled_date(line).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, infer};

    #[test]
    fn date_lines_near_the_top() {
        for (body, how) in [
            ("December 31, 2024\n\nText.", "date line"),
            ("31 December 2024\n\nText.", "date line"),
            ("Tue 31 Dec 2024 03.46 GMT\n\nText.", "date line"),
            ("Tuesday, December 31, 2024 at 10:22 a.m. EST\nText.", "date line"),
            ("2024-12-31T10:22:00+09:00\nText.", "date line"),
            (
                "date 2024-12-31 North Korean leader Kim Jong Un sent a letter.",
                "date line",
            ),
            ("Date: December 31, 2024\nText.", "date line"),
            ("Published: 31 Dec. 2024, 11:22\nText.", "published line"),
            ("Published : Dec. 31, 2024 - 10:22\nText.", "published line"),
            ("Updated 10:23 PM GMT+9, December 31, 2024\nText.", "updated line"),
            ("By Kim Tong-hyung | December 31, 2024\nText.", "byline"),
            ("December 31, 20247:35 AM GMT+9Updated 2 hours ago\nText.", "date line"),
            ("All News 09:14 December 31, 2024\nText.", "date line"),
            ("Issued on: 31/12/2024 - 03:05\nText.", "published line"),
            (
                "Source: The Conversation\nPublished: December 31, 2024\nText.",
                "published line",
            ),
            (
                "Publié le 31 décembre 2024 à 14h05, modifié à 15h10\nTexte.",
                "published line",
            ),
            (
                "Veröffentlicht am 31. Dezember 2024, 14.05 Uhr\nText.",
                "published line",
            ),
            ("Actualizado: 31 de diciembre de 2024\nTexto.", "updated line"),
            (
                "Posted : 2024-12-31 10:22 Updated : 2025-01-01 16:45\nText.",
                "published line",
            ),
            (
                "Source: Xinhua | 2024-12-31 10:22:16 | Editor: huaxia\nText.",
                "source line",
            ),
        ] {
            let m = infer(body);
            assert_eq!(date(&m).as_deref(), Some("2024-12-31"), "{body}");
            assert_eq!(m.inferred["date"], how, "{body}");
        }
    }

    /// The date lines of pages in other languages and house styles: (top of
    /// the article, date, how it was found).
    #[test]
    fn date_lines_in_other_languages_and_house_styles() {
        for (top, day, how) in [
            ("Agnieszka Kublik\n12 marca 2025 | 18:42", "2025-03-12", "date line"),
            ("Jan Lukeš, iDNES.cz\n15. března 2025  19:48", "2025-03-15", "date line"),
            ("Понеділок, 3 березня 2025, 14:27", "2025-03-03", "date line"),
            (
                "Газета «Коммерсантъ» №44 от 15.03.2025, стр. 1\nЕлена Черненко",
                "2025-03-15",
                "issue line",
            ),
            (
                "Hürriyet.com.tr - Ankara\nGiriş Tarihi: 14.03.2025 - 17:45 | Son Güncelleme: 14.03.2025 - 18:10",
                "2025-03-14",
                "published line",
            ),
            ("Son Güncelleme: 14.03.2025 - 18:10", "2025-03-14", "updated line"),
            (
                "Catia Seabra\nBrasília\n14.mar.2025 às 18h30\nAtualizado: 14.mar.2025 às 20h15",
                "2025-03-14",
                "date line",
            ),
            ("2025年3月14日 19時05分", "2025-03-14", "date line"),
            ("송고시간2025-03-14 15:32", "2025-03-14", "date line"),
            ("الأهرام\nالجمعة 14 مارس 2025 - 18:20", "2025-03-14", "date line"),
            ("איתמר אייכנר\nפורסם: 14.03.25 | 17:32", "2025-03-14", "published line"),
            ("Опубликовано: 15 марта 2025, 10:12", "2025-03-15", "published line"),
            (
                "Catharine Tunney \u{b7} CBC News \u{b7} Posted: Aug 14, 2025 4:12 PM EDT | Last Updated: 2 hours ago",
                "2025-08-14",
                "published line",
            ),
            (
                "TOI City Desk / Updated: Oct 9, 2025, 07:42 IST",
                "2025-10-09",
                "updated line",
            ),
            ("By Jack Blanchard\n11/04/2025 07:51 AM EST", "2025-11-04", "date line"),
            (
                "By Jane Doe / City Desk / Updated: Oct 9, 2025",
                "2025-10-09",
                "updated line",
            ),
            // The date first, its update after it: a date line.
            (
                "13.3.2025 16:05 | Päivitetty 14.3.2025 18:20",
                "2025-03-13",
                "date line",
            ),
        ] {
            let m = infer(&format!("Headline of the story here\n\n{top}\n\nText.\n"));
            assert_eq!(date(&m).as_deref(), Some(day), "{top}");
            assert_eq!(m.inferred["date"], how, "{top}");
        }
    }

    #[test]
    fn published_beats_updated_and_dates_in_sentences_do_not_count() {
        let m = infer("Updated: January 2, 2025\nPublished: December 31, 2024\nText.");
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        let m = infer("Kim wrote on December 30, 2024 that the alliance is strong.\nText.");
        assert_eq!(date(&m), None);
        let m = infer("December 31, 2024: Kim sends a letter to Putin about the alliance\nText.");
        assert_eq!(date(&m), None);
    }

    /// Date lines that also hold a byline, a weekday or an update in another
    /// language.
    #[test]
    fn date_lines_with_a_writer_a_weekday_or_an_update() {
        for (top, day, how) in [
            (
                "Francesca Lombardi, martedì 31 dicembre 2024",
                "2024-12-31",
                "date line",
            ),
            (
                "Modificato il 31 dicembre 2024 alle 18:00",
                "2024-12-31",
                "updated line",
            ),
            (
                "Binnenland · 28 januari 2025, 14:05 · Aangepast 28 januari 2025, 16:20",
                "2025-01-28",
                "date line",
            ),
            (
                "Binnenland · dinsdag 28 januari 2025, 14:05 · Aangepast 28 januari 2025, 16:20",
                "2025-01-28",
                "date line",
            ),
            (
                "31 dicembre 2024 (modifica il 1 gennaio 2025 | 00:14)",
                "2024-12-31",
                "date line",
            ),
            (
                "[Олена Ковальчук](#) — Середа, 22 січня 2025, 21:47",
                "2025-01-22",
                "date line",
            ),
            (
                "Ángela Martín Soto — Actualizado Martes, 14 enero 2025 - 19:45",
                "2025-01-14",
                "date line",
            ),
        ] {
            let m = infer(&format!("# Headline of the story here\n\n{top}\n\nText.\n"));
            assert_eq!(date(&m).as_deref(), Some(day), "{top}");
            assert_eq!(m.inferred["date"], how, "{top}");
        }
        // A caption or a sentence is no writer's name.
        for top in [
            "Kim and Putin in Pyongyang, 19 June 2024",
            "Jane Doe, who covered the talks for years, 19 June 2024",
        ] {
            let m = infer(&format!("# Headline of the story here\n\n{top}\n\nText.\n"));
            assert_eq!(date(&m), None, "{top}");
        }
    }
}
