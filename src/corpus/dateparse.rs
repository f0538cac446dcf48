//! Dates as news pages write them, for metadata inference.
//!
//! Recognized at a word start (month names in English, day before or after
//! the month, an optional ordinal suffix and period):
//!
//! | input                          | result         |
//! |--------------------------------|----------------|
//! | `2024-12-31`, `2024-12-31T08:00Z`, `2024/12/31` | 2024-12-31 |
//! | `December 31, 2024`, `Dec. 31 2024`, `Dec 31st, 2024` | 2024-12-31 |
//! | `31 December 2024`, `27 Dec. 2024, 11:22`, `31st of Dec 2024` | the date |
//! | `31.12.2024` (day first, the European order with dots) | 2024-12-31 |
//! | `31/12/2024`, `12/31/2024` | only when one part exceeds 12, else nothing |
//! | `31 grudnia 2024`, `31. prosince 2024`, `31 декабря 2024`, `31 ديسمبر 2024` | 2024-12-31 |
//! | `31.dez.2024` (Brazilian, both dots, four-digit year) | 2024-12-31 |
//! | `2024年12月31日`, `2024년 12월 31일` | 2024-12-31 |
//! | `Dec. 31`, `31 December` | a [`DayMonth`] without a year |
//!
//! Two more forms are read only where the line tells the convention, by
//! their own functions: [`us_date_time_line`] (`11/04/2025 07:51 AM EST`,
//! month first because the zone is American) and [`short_year_date_at`]
//! (`14.03.25`, after a `Published:` label).
//!
//! A year glued to a following time (`December 31, 20248:05 AM`, as copied
//! from some pages) is read as 2024.

use crate::date::Date;

/// A month and day read without a year (a dateline such as `Dec. 31 (UPI)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DayMonth {
    /// 1..=12.
    pub month: u8,
    /// 1..=31.
    pub day: u8,
}

/// What [`parse_at`] read: a full date or a day and month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Parsed {
    /// A valid calendar date.
    Full(Date),
    /// A day and month, no year.
    Partial(DayMonth),
}

/// Month number of an English month name or abbreviation (`Dec`, `Sept`),
/// any case.
pub fn month_from_name(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    // No allocation, and one comparison of three letters for most words:
    // the speaker rules ask this of every lower-case word they skip over,
    // the date parser of every word of a short line.
    let w = word.as_bytes();
    if !(3..="september".len()).contains(&w.len()) {
        return None;
    }
    // The names differ in their first three letters. (`| 0x20` lower-cases
    // an ASCII letter and maps no other byte to one.)
    let first_three = [w[0] | 0x20, w[1] | 0x20, w[2] | 0x20];
    let index = MONTHS.iter().position(|m| m.as_bytes()[..3] == first_three)?;
    let name = MONTHS[index].as_bytes();
    let month = index as u8 + 1;
    (w.len() == 3 || name.eq_ignore_ascii_case(w) || (month == 9 && w.eq_ignore_ascii_case(b"sept"))).then_some(month)
}

/// Weekday of a date, 0 = Monday .. 6 = Sunday.
pub fn weekday(d: Date) -> u8 {
    // 1970-01-01 was a Thursday (3 when Monday is 0).
    (d.days_since_epoch() + 3).rem_euclid(7) as u8
}

/// English weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whether `word` names a weekday in a language other than English whose
/// dates quotecheck reads (`martedì`, `Середа`, `dinsdag`), in any case.
/// (Portuguese `terça-feira` is two words, `terça` and `feira`.)
pub fn is_foreign_weekday(word: &str) -> bool {
    const NAMES: &[&[&str]] = &[
        // French
        &["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        // German
        &[
            "montag",
            "dienstag",
            "mittwoch",
            "donnerstag",
            "freitag",
            "samstag",
            "sonnabend",
            "sonntag",
        ],
        // Spanish
        &[
            "lunes",
            "martes",
            "miércoles",
            "miercoles",
            "jueves",
            "viernes",
            "sábado",
            "sabado",
            "domingo",
        ],
        // Italian
        &[
            "lunedì",
            "martedì",
            "mercoledì",
            "giovedì",
            "venerdì",
            "lunedi",
            "martedi",
            "mercoledi",
            "giovedi",
            "venerdi",
            "domenica",
        ],
        // Portuguese
        &["segunda", "terça", "quarta", "quinta", "sexta", "feira"],
        // Dutch
        &[
            "maandag",
            "dinsdag",
            "woensdag",
            "donderdag",
            "vrijdag",
            "zaterdag",
            "zondag",
        ],
        // Swedish
        &["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
        // Danish, Norwegian
        &["mandag", "tirsdag", "lørdag", "søndag"],
        // Finnish
        &[
            "maanantai",
            "tiistai",
            "keskiviikko",
            "torstai",
            "perjantai",
            "lauantai",
            "sunnuntai",
        ],
        // Polish
        &[
            "poniedziałek",
            "wtorek",
            "środa",
            "czwartek",
            "piątek",
            "sobota",
            "niedziela",
        ],
        // Czech
        &["pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle"],
        // Russian
        &[
            "понедельник",
            "вторник",
            "среда",
            "четверг",
            "пятница",
            "суббота",
            "воскресенье",
        ],
        // Ukrainian (`п'ятниця` splits at its apostrophe)
        &[
            "понеділок",
            "вівторок",
            "середа",
            "четвер",
            "пʼятниця",
            "ятниця",
            "субота",
            "неділя",
        ],
        // Turkish
        &[
            "pazartesi",
            "salı",
            "çarşamba",
            "perşembe",
            "cuma",
            "cumartesi",
            "pazar",
        ],
        // Arabic
        &["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    ];
    // (Only names that start with the word's first letter are compared.)
    let Some(first) = word.chars().next().and_then(|c| c.to_lowercase().next()) else {
        return false;
    };
    NAMES
        .iter()
        .flat_map(|names| names.iter())
        .filter(|n| n.starts_with(first))
        .any(|n| word.chars().flat_map(char::to_lowercase).eq(n.chars()))
}

/// Length of a weekday name or abbreviation (`Tue`, `Tues.`, `Tuesday`) at
/// the start of `s`, with a following comma and spaces.
pub fn weekday_prefix_len(s: &str) -> usize {
    let word_end = s.bytes().position(|b| !b.is_ascii_alphabetic()).unwrap_or(s.len());
    let word = &s.as_bytes()[..word_end];
    let is_weekday = WEEKDAYS.iter().any(|d| {
        let d = d.as_bytes();
        d.eq_ignore_ascii_case(word) || ((3..=4).contains(&word.len()) && d[..word.len()].eq_ignore_ascii_case(word))
    });
    if !is_weekday || word_end == 0 {
        return 0;
    }
    let mut i = word_end;
    let b = s.as_bytes();
    if i < b.len() && b[i] == b'.' {
        i += 1;
    }
    if i < b.len() && b[i] == b',' {
        i += 1;
    }
    while i < b.len() && b[i] == b' ' {
        i += 1;
    }
    i
}

/// Reads a date starting exactly at byte `i` of `s`; returns it and the byte
/// offset where it ends. `i` must be a char boundary.
pub fn parse_at(s: &str, i: usize) -> Option<(Parsed, usize)> {
    let b = s.as_bytes();
    let (n, len) = digits(b, i);
    if len == 4 {
        return parse_year_first(b, i, n).or_else(|| parse_cjk_year_first(s, i + len, n));
    }
    if len == 1 || len == 2 {
        if let Some(r) = parse_numeric_day_first(b, i + len, n) {
            return Some(r);
        }
        return parse_day_month(s, i + len, n);
    }
    if len == 0 && b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return parse_month_day(s, i);
    }
    None
}

/// The first full date at a word start in `s`.
pub fn find_full_date(s: &str) -> Option<Date> {
    find_full_date_span(s).map(|(d, _, _)| d)
}

/// The first full date at a word start in `s`, with its byte span.
pub fn find_full_date_span(s: &str) -> Option<(Date, usize, usize)> {
    // Every full date holds a year: most lines searched hold none, and a
    // scan for four digits in a row is cheaper than parsing at each word.
    if !has_digit_run(s.as_bytes(), 4) {
        return None;
    }
    word_starts(s).find_map(|i| match parse_at(s, i) {
        Some((Parsed::Full(d), end)) => Some((d, i, end)),
        _ => None,
    })
}

/// The first date, full or partial, at a word start in `s`, with its span.
pub fn find_date(s: &str) -> Option<(Parsed, usize, usize)> {
    // Every date holds a day number.
    if !has_digit(s.as_bytes()) {
        return None;
    }
    word_starts(s).find_map(|i| parse_at(s, i).map(|(p, end)| (p, i, end)))
}

/// Four-digit years from 1900 to 2100 written as words in `s`.
pub fn years_in(s: &str) -> impl Iterator<Item = i32> + '_ {
    let b = s.as_bytes();
    word_starts(s).filter_map(move |i| {
        let (n, len) = digits(b, i);
        (len == 4 && (1900..=2100).contains(&n)).then_some(n as i32)
    })
}

/// A date from a machine-written value (`<meta content>`, JSON-LD,
/// `<time datetime>`, a declared header): ISO first, then prose.
pub fn parse_declared(s: &str) -> Option<Date> {
    let s = s.trim();
    if let Some(head) = s.get(..10)
        && let Some(d) = Date::parse_iso(head)
        && !s.as_bytes().get(10).is_some_and(u8::is_ascii_digit)
    {
        return Some(d);
    }
    let i = weekday_prefix_len(s);
    match parse_at(s, i) {
        Some((Parsed::Full(d), _)) => Some(d),
        _ => None,
    }
}

/// Byte offsets in `s` where an ASCII alphanumeric run starts.
fn word_starts(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    (0..b.len()).filter(move |&i| b[i].is_ascii_alphanumeric() && (i == 0 || !b[i - 1].is_ascii_alphanumeric()))
}

/// Whether `b` holds `len` ASCII digits in a row.
fn has_digit_run(b: &[u8], len: usize) -> bool {
    if !has_digit(b) {
        return false;
    }
    let mut run = 0;
    for c in b {
        if c.is_ascii_digit() {
            run += 1;
            if run >= len {
                return true;
            }
        } else {
            run = 0;
        }
    }
    false
}

/// Whether `b` holds an ASCII digit. (Without an early exit and with a byte,
/// not a `bool`, to collect the answer, so that the compiler tests sixteen
/// bytes at once: most lines asked hold no digit.)
fn has_digit(b: &[u8]) -> bool {
    b.iter().fold(0u8, |found, c| found | u8::from(c.is_ascii_digit())) != 0
}

/// The number made by the ASCII digits at `i` (at most 9 read) and how many
/// digits there are.
fn digits(b: &[u8], i: usize) -> (u32, usize) {
    let mut n = 0u32;
    let mut len = 0;
    while let Some(&c) = b.get(i + len) {
        if !c.is_ascii_digit() {
            break;
        }
        if len < 9 {
            n = n * 10 + u32::from(c - b'0');
        }
        len += 1;
    }
    (n, len)
}

fn full(year: u32, month: u32, day: u32) -> Option<Parsed> {
    let (m, d) = (u8::try_from(month).ok()?, u8::try_from(day).ok()?);
    Date::new(i32::try_from(year).ok()?, m, d).map(Parsed::Full)
}

/// `2024-12-31`, `2024/12/31`, `2024.12.31`.
fn parse_year_first(b: &[u8], i: usize, year: u32) -> Option<(Parsed, usize)> {
    let sep = *b.get(i + 4)?;
    if !matches!(sep, b'-' | b'/' | b'.') {
        return None;
    }
    let (month, ml) = digits(b, i + 5);
    if !(1..=2).contains(&ml) || b.get(i + 5 + ml) != Some(&sep) {
        return None;
    }
    let at = i + 6 + ml;
    let (day, dl) = digits(b, at);
    if !(1..=2).contains(&dl) {
        return None;
    }
    Some((full(year, month, day)?, at + dl))
}

/// `2025年3月14日` (Chinese, Japanese) or `2025년 3월 14일` (Korean), from
/// `i`, just after the year's digits.
fn parse_cjk_year_first(s: &str, i: usize, year: u32) -> Option<(Parsed, usize)> {
    let b = s.as_bytes();
    let (year_mark, month_mark, day_mark) = if s[i..].starts_with('年') {
        ("年", "月", "日")
    } else if s[i..].starts_with('년') {
        ("년", "월", "일")
    } else {
        return None;
    };
    let at = skip_spaces(b, i + year_mark.len());
    let (month, ml) = digits(b, at);
    if !(1..=2).contains(&ml) || !s[at + ml..].starts_with(month_mark) {
        return None;
    }
    let at = skip_spaces(b, at + ml + month_mark.len());
    let (day, dl) = digits(b, at);
    if !(1..=2).contains(&dl) || !s[at + dl..].starts_with(day_mark) {
        return None;
    }
    Some((full(year, month, day)?, at + dl + day_mark.len()))
}

/// `14.mar.2025` (the Brazilian `Folha` form), from `i`, the month's first
/// letter after the day's dot: an English or Portuguese month abbreviation,
/// a dot and a four-digit year with nothing between them. (Tight enough that
/// `set`, `out` and `ago` can be read as months here.)
fn parse_compact_month(s: &str, i: usize, day: u32) -> Option<(Parsed, usize)> {
    const PORTUGUESE: [&str; 12] = [
        "jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez",
    ];
    let b = s.as_bytes();
    let end = i + b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let word = &s[i..end];
    let month = PORTUGUESE
        .iter()
        .position(|m| m.eq_ignore_ascii_case(word))
        .map(|m| m as u8 + 1)
        .or_else(|| month_from_name(word))?;
    if b.get(end) != Some(&b'.') {
        return None;
    }
    let (year, yl) = digits(b, end + 1);
    if yl != 4 {
        return None;
    }
    Some((full(year, u32::from(month), day)?, end + 1 + yl))
}

/// A line that is only a numeric date with slashes, a time and an American
/// time zone (`11/04/2025 07:51 AM EST`, as Politico prints it): read month
/// first. Numbers alone cannot tell `11/04` (November 4 in the US, 11 April
/// in Britain, India or Australia, whose English pages also print AM/PM);
/// the zone can. Without one, a date whose two parts are both 12 or less
/// stays unknown ([`find_full_date`] reads it only when a part exceeds 12).
pub fn us_date_time_line(line: &str) -> Option<Date> {
    const US_ZONES: &[&str] = &[
        "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt", "hst",
    ];
    if !line.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut words = line.split_whitespace();
    let date = words.next()?;
    let mut parts = date.split('/');
    let (month, day, year) = (parts.next()?, parts.next()?, parts.next()?);
    let number = |p: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())).then(|| p.parse::<u32>().ok())?
    };
    let (month, day, year) = (number(month, 1..=2)?, number(day, 1..=2)?, number(year, 4..=4)?);
    if parts.next().is_some() {
        return None;
    }
    let mut zone = false;
    for w in words {
        let lower = w.to_ascii_lowercase();
        let is_time = w.contains(':') && w.bytes().all(|c| c.is_ascii_digit() || c == b':');
        if US_ZONES.contains(&lower.as_str()) {
            zone = true;
        } else if !(is_time || ["am", "pm", "a.m.", "p.m."].contains(&lower.as_str())) {
            return None;
        }
    }
    match (zone, full(year, month, day)?) {
        (true, Parsed::Full(d)) => Some(d),
        _ => None,
    }
}

/// `14.03.25` at `i`: day, month and a two-digit year with dots, as Israeli
/// pages print it after `פורסם:` (published). Read as 2000-2099: only after a
/// publication label, where the year is this century's; anywhere else two
/// digits after two dots may be a version or a score. Returns the date and
/// where it ends.
pub fn short_year_date_at(s: &str, i: usize) -> Option<(Date, usize)> {
    let b = s.as_bytes();
    let (day, dl) = digits(b, i);
    if !(1..=2).contains(&dl) || b.get(i + dl) != Some(&b'.') {
        return None;
    }
    let at = i + dl + 1;
    let (month, ml) = digits(b, at);
    if !(1..=2).contains(&ml) || b.get(at + ml) != Some(&b'.') {
        return None;
    }
    let at = at + ml + 1;
    let (year, yl) = digits(b, at);
    let end = at + yl;
    // `14.03.25.1` is a version number, not a date.
    let continues = b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
    if yl != 2 || continues {
        return None;
    }
    match full(2000 + year, month, day)? {
        Parsed::Full(d) => Some((d, end)),
        Parsed::Partial(_) => None,
    }
}

/// `31.12.2024` (day first), `31/12/2024` or `12/31/2024` when unambiguous.
fn parse_numeric_day_first(b: &[u8], i: usize, first: u32) -> Option<(Parsed, usize)> {
    let sep = *b.get(i)?;
    if !matches!(sep, b'.' | b'/') {
        return None;
    }
    let (second, sl) = digits(b, i + 1);
    if !(1..=2).contains(&sl) || b.get(i + 1 + sl) != Some(&sep) {
        return None;
    }
    let at = i + 2 + sl;
    let (year, yl) = digits(b, at);
    if yl != 4 {
        return None;
    }
    let (day, month) = if sep == b'.' || first > 12 {
        (first, second)
    } else if second > 12 {
        (second, first)
    } else {
        return None;
    };
    Some((full(year, month, day)?, at + 4))
}

/// After a day number: `31 December 2024`, `31st Dec. 2024`, `31 of Dec`.
fn parse_day_month(s: &str, mut i: usize, day: u32) -> Option<(Parsed, usize)> {
    let b = s.as_bytes();
    i = skip_ordinal(b, i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        if b.get(i).is_some_and(u8::is_ascii_alphabetic) {
            return parse_compact_month(s, i, day);
        }
    }
    let spaces = skip_spaces(b, i);
    if spaces == i {
        return None;
    }
    i = spaces;
    // `31 of Dec`, and the Spanish and Portuguese `31 de diciembre de 2024`.
    let of = b.len() >= i + 3 && (b[i..i + 3].eq_ignore_ascii_case(b"of ") || b[i..i + 3].eq_ignore_ascii_case(b"de "));
    if of {
        i = skip_spaces(b, i + 3);
    }
    let (month, after_month) = month_word(s, i).or_else(|| foreign_month_word(s, i))?;
    let mut year_at = after_month;
    if b.len() >= after_month + 4 && b[after_month..after_month + 4].eq_ignore_ascii_case(b" de ") {
        year_at = after_month + 3;
    }
    let (year, end) = year_after(b, year_at);
    finish(year, month, day, end, after_month)
}

/// A month name of French, German, Spanish, Italian, Portuguese, Dutch,
/// Polish, Czech, Russian, Ukrainian, Turkish or Arabic (`novembre`, `März`,
/// `diciembre`, `août`, `okt.`, `marca`, `března`, `декабря`, `березня`,
/// `Aralık`, `مارس`; the short forms of Russian agencies' datelines, `3 янв`)
/// at `i`, after a day number only: `20 novembre 2026`, `20. November 2026`,
/// `15. března 2025`. Slavic dates put the month in the genitive (`12 marca`,
/// `3 березня`), so that is the form listed. (Not the short forms that are
/// English words: `set`, `out`, `ago`, `gen`, `mag`.)
fn foreign_month_word(s: &str, i: usize) -> Option<(u8, usize)> {
    const MONTHS: [&[&str]; 12] = [
        &[
            "janvier",
            "januar",
            "enero",
            "gennaio",
            "janeiro",
            "januari",
            "janv",
            "ene",
            "stycznia",
            "ledna",
            "января",
            "янв",
            "січня",
            "ocak",
            "يناير",
        ],
        &[
            "février",
            "fevrier",
            "februar",
            "febrero",
            "febbraio",
            "fevereiro",
            "februari",
            "févr",
            "fév",
            "fevr",
            "lutego",
            "února",
            "февраля",
            "фев",
            "лютого",
            "şubat",
            "فبراير",
            "شباط",
        ],
        &[
            "mars",
            "märz",
            "marzo",
            "março",
            "maart",
            "mrz",
            "mär",
            "marca",
            "března",
            "марта",
            "мар",
            "березня",
            "mart",
            "مارس",
            "آذار",
        ],
        &[
            "avril",
            "abril",
            "aprile",
            "avr",
            "kwietnia",
            "dubna",
            "апреля",
            "апр",
            "квітня",
            "nisan",
            "أبريل",
            "إبريل",
            "ابريل",
            "نيسان",
        ],
        &[
            "mai",
            "mayo",
            "maggio",
            "maio",
            "mei",
            "maja",
            "května",
            "мая",
            "травня",
            "mayıs",
            "مايو",
            "أيار",
        ],
        &[
            "juin",
            "juni",
            "junio",
            "giugno",
            "junho",
            "giu",
            "czerwca",
            "června",
            "июня",
            "июн",
            "червня",
            "haziran",
            "يونيو",
            "حزيران",
        ],
        &[
            "juillet",
            "juli",
            "julio",
            "luglio",
            "julho",
            "juil",
            "lug",
            "lipca",
            "července",
            "июля",
            "июл",
            "липня",
            "temmuz",
            "يوليو",
            "تموز",
        ],
        &[
            "août",
            "aout",
            "agosto",
            "augustus",
            "sierpnia",
            "srpna",
            "августа",
            "авг",
            "серпня",
            "ağustos",
            "أغسطس",
            "آب",
        ],
        &[
            "septembre",
            "septiembre",
            "setiembre",
            "settembre",
            "setembro",
            "sept",
            "września",
            "září",
            "сентября",
            "сен",
            "вересня",
            "eylül",
            "سبتمبر",
            "أيلول",
        ],
        &[
            "octobre",
            "oktober",
            "octubre",
            "ottobre",
            "outubro",
            "okt",
            "ott",
            "października",
            "října",
            "октября",
            "окт",
            "жовтня",
            "ekim",
            "أكتوبر",
        ],
        &[
            "novembre",
            "noviembre",
            "novembro",
            "listopada",
            "listopadu",
            "ноября",
            "ноя",
            "листопада",
            "kasım",
            "نوفمبر",
        ],
        &[
            "décembre",
            "decembre",
            "dezember",
            "diciembre",
            "dicembre",
            "dezembro",
            "déc",
            "dez",
            "dic",
            "grudnia",
            "prosince",
            "декабря",
            "дек",
            "грудня",
            "aralık",
            "ديسمبر",
        ],
    ];
    let rest = &s[i..];
    let len: usize = rest.chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum();
    if len < 3 {
        return None;
    }
    let word = rest[..len].to_lowercase();
    let month = MONTHS.iter().position(|names| names.contains(&word.as_str()))?;
    let end = i + len;
    let end = if s.as_bytes().get(end) == Some(&b'.') {
        end + 1
    } else {
        end
    };
    Some((month as u8 + 1, end))
}

/// At a month name: `December 31, 2024`, `Dec. 31 2024`, `Dec 31st`.
fn parse_month_day(s: &str, i: usize) -> Option<(Parsed, usize)> {
    let b = s.as_bytes();
    let (month, after_month) = month_word(s, i)?;
    let at = skip_spaces(b, after_month);
    if at == after_month {
        return None;
    }
    let (day, dl) = digits(b, at);
    if !(1..=2).contains(&dl) {
        return None;
    }
    let after_day = skip_ordinal(b, at + dl);
    if b.get(after_day).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    let (year, end) = year_after(b, after_day);
    finish(year, month, day, end, after_day)
}

fn finish(year: Option<u32>, month: u8, day: u32, end: usize, end_without_year: usize) -> Option<(Parsed, usize)> {
    match year {
        Some(y) => full(y, u32::from(month), day).map(|p| (p, end)),
        None => {
            let day = u8::try_from(day).ok()?;
            // Day 29 of February is allowed here: its year is unknown.
            Date::new(2024, month, day)?;
            Some((Parsed::Partial(DayMonth { month, day }), end_without_year))
        }
    }
}

/// A month name (3+ letters, optionally followed by `.`) at `i`.
fn month_word(s: &str, i: usize) -> Option<(u8, usize)> {
    let b = s.as_bytes();
    let end = i + b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let month = month_from_name(&s[i..end])?;
    let end = if b.get(end) == Some(&b'.') { end + 1 } else { end };
    Some((month, end))
}

/// An optional `, 2024` / ` 2024` after a date; returns the year and where it ends.
fn year_after(b: &[u8], i: usize) -> (Option<u32>, usize) {
    let mut at = i;
    if b.get(at) == Some(&b',') {
        at += 1;
    }
    at = skip_spaces(b, at);
    if at == i && b.get(at) != Some(&b',') {
        // No separator at all: `Dec 312024` is not a date with a year.
        return (None, i);
    }
    let (n, len) = digits(b, at);
    // `20248:05`: a year glued to a time, as copied from some news pages.
    let glued_time = len == 5 && b.get(at + 5) == Some(&b':');
    let glued_time = glued_time || (len == 6 && b.get(at + 6) == Some(&b':'));
    if len == 4 || glued_time {
        let year = if len == 4 { n } else { n / 10u32.pow(len as u32 - 4) };
        if (1900..=2100).contains(&year) {
            return (Some(year), at + 4);
        }
    }
    (None, i)
}

fn skip_ordinal(b: &[u8], i: usize) -> usize {
    let two = b.get(i..i + 2).map(|s| s.to_ascii_lowercase());
    match two.as_deref() {
        Some(b"st" | b"nd" | b"rd" | b"th") if !b.get(i + 2).is_some_and(u8::is_ascii_alphabetic) => i + 2,
        _ => i,
    }
}

fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full_date(s: &str) -> Option<String> {
        find_full_date(s).map(|d| d.to_string())
    }

    #[test]
    fn written_dates() {
        for s in [
            "2024-12-31",
            "2024-12-31T08:00:00+09:00",
            "2024/12/31",
            "December 31, 2024",
            "Dec. 31, 2024",
            "Dec 31 2024",
            "Dec 31st, 2024",
            "31 December 2024",
            "31 Dec. 2024, 11:22",
            "31st of December 2024",
            "Tue 31 Dec 2024 03.46 GMT",
            "31.12.2024",
            "31/12/2024",
            "12/31/2024",
            "Published: December 31, 20248:05 AM GMT+9",
            "Publié le 31 décembre 2024 à 14h05",
            "31. Dezember 2024, 14.05 Uhr",
            "31 de diciembre de 2024",
            "31 dicembre 2024",
            "31 dez. 2024",
        ] {
            assert_eq!(full_date(s).as_deref(), Some("2024-12-31"), "{s}");
        }
    }

    #[test]
    fn dates_in_more_languages() {
        for s in [
            "31 grudnia 2024 | 18:42",
            "31. prosince 2024  19:48",
            "Вторник, 31 декабря 2024, 14:27",
            "Вівторок, 31 грудня 2024, 14:27",
            "31 Aralık 2024 Salı",
            "الثلاثاء 31 ديسمبر 2024 - 18:20",
            "31.dez.2024 às 18h30",
            "31.DEZ.2024",
            "2024年12月31日 19時05分",
            "2024년 12월 31일 15:32",
        ] {
            assert_eq!(full_date(s).as_deref(), Some("2024-12-31"), "{s}");
        }
        // The compact Brazilian form needs both dots and a four-digit year.
        for s in ["31.dez 2024", "31.dez.24", "2024年13月31日"] {
            assert_eq!(full_date(s), None, "{s}");
        }
    }

    #[test]
    fn month_first_only_with_a_us_time_zone() {
        let read = |s: &str| us_date_time_line(s).map(|d| d.to_string());
        assert_eq!(read("11/04/2025 07:51 AM EST").as_deref(), Some("2025-11-04"));
        assert_eq!(read("11/04/2025 7:51 p.m. ET").as_deref(), Some("2025-11-04"));
        assert_eq!(read("12/31/2024 10:00 PST").as_deref(), Some("2024-12-31"));
        // No US time zone: the order is unknown; a day over 12 first is not
        // month first; other words make it no date line.
        assert_eq!(read("11/04/2025 07:51 AM"), None);
        assert_eq!(read("11/04/2025 07:51 IST"), None);
        assert_eq!(read("31/12/2024 10:00 EST"), None);
        assert_eq!(read("Filed 11/04/2025 07:51 AM EST"), None);
        assert_eq!(read("11.04.2025 07:51 AM EST"), None);
    }

    #[test]
    fn two_digit_years_with_dots() {
        let read = |s: &str| short_year_date_at(s, 0).map(|(d, end)| (d.to_string(), end));
        assert_eq!(read("14.03.25 | 17:32"), Some(("2025-03-14".to_string(), 8)));
        assert_eq!(read("1.3.25"), Some(("2025-03-01".to_string(), 6)));
        for s in ["14.03.2025", "14/03/25", "14.03.25.1", "32.03.25", "14.03.251"] {
            assert_eq!(read(s), None, "{s}");
        }
    }

    #[test]
    fn not_dates() {
        for s in [
            "05/06/2024",
            "2024-13-01",
            "February 30, 2024",
            "May I say",
            "the 2024 season",
            "Dec 312024",
            "Marching 31 2024",
            "31 out of 2024",
            "12 set 2024",
        ] {
            assert_eq!(full_date(s), None, "{s}");
        }
    }

    #[test]
    fn partial_dates() {
        let dm = DayMonth { month: 12, day: 31 };
        assert_eq!(parse_at("Dec. 31 (UPI)", 0), Some((Parsed::Partial(dm), 7)));
        assert_eq!(parse_at("31 December, at", 0).map(|p| p.0), Some(Parsed::Partial(dm)));
        assert_eq!(parse_at("December 31 2024", 0).map(|p| p.1), Some(16));
        assert_eq!(parse_at("Decembers 31", 0), None);
    }

    #[test]
    fn weekdays_and_years() {
        assert_eq!(WEEKDAYS[weekday(Date::new(2024, 12, 31).unwrap()) as usize], "Tuesday");
        assert_eq!(WEEKDAYS[weekday(Date::new(1970, 1, 1).unwrap()) as usize], "Thursday");
        assert_eq!(weekday_prefix_len("Tue, 31 Dec"), 5);
        assert_eq!(weekday_prefix_len("Tuesday 31 Dec"), 8);
        assert_eq!(weekday_prefix_len("Tuesdays"), 0);
        assert_eq!(
            years_in("in 2025, not 20248 or 1850 but 2022.").collect::<Vec<_>>(),
            [2025, 2022]
        );
    }

    #[test]
    fn declared_values() {
        assert_eq!(
            parse_declared("2024-12-31T22:00:00-05:00").unwrap().to_string(),
            "2024-12-31"
        );
        assert_eq!(
            parse_declared("Tuesday, December 31, 2024").unwrap().to_string(),
            "2024-12-31"
        );
        assert_eq!(parse_declared("2024-12-311"), None);
        assert_eq!(parse_declared("yesterday"), None);
    }
}
