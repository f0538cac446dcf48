//! Copyright notices (`© 2025 TASS`, `Copyright The Financial Times Limited
//! 2025. All rights reserved.`, `新华网版权所有`): who holds the rights.
//!
//! The notice at the foot of a page is often the only line of scraped text
//! that names who printed it. Its holder is read without the notice's marks,
//! years, legal forms and rights phrases (in the languages quotecheck reads),
//! and a photo agency's or an author's notice names no publisher.

use super::outlet_names::{JOINING_WORDS, PUBLICATION_WORDS, SECTION_PUBLICATION_WORDS, is_outlet_word};
use super::text::{contains_ascii_ci, find_by_key, is_cjk, is_uncased_letter, strip_prefix_ignore_ascii_case};

/// Who a copyright line names: `Copyright The Financial Times Limited 2025.
/// All rights reserved.` -> `The Financial Times`, `Copyright 2025 NPR.` ->
/// `NPR`, `Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.` ->
/// `Neue Zürcher Zeitung`, `© АО «Коммерсантъ».` -> `Коммерсантъ`, `©
/// 2000-2025, Українська правда` -> `Українська правда`, `Copyright NHK
/// (Japan Broadcasting Corporation).` -> `NHK`, `<저작권자(c) 연합뉴스, ...>`
/// -> `연합뉴스`, `新华网版权所有` -> `新华网`. The markers, years, legal forms,
/// a parenthesis after the name and quotation marks go; what remains must be
/// a short capitalized name, not a photo agency's (`© Getty Images`), an
/// author's (`© The Author(s)`) or a phrase reserving the rights (`©
/// RIPRODUZIONE RISERVATA`, see [`RIGHTS_RESERVED`]). A notice needs `©`, or
/// `Copyright` or `(c)` with a year or a rights phrase: prose may start with
/// the word (`Copyright Office officials said ...`) and a list with `(c)`.
pub(super) fn copyright_holder(line: &str) -> Option<String> {
    if line.len() > 200 {
        return None;
    }
    let line = line.trim_start_matches('<').trim_end_matches('>');
    // `Tüm hakları saklıdır. © 2025 Hürriyet ...`: the rights reserved
    // before the notice. (Phrases are looked for only in lines with a mark
    // of a notice: most lines at the foot have none.)
    let mut rest = line;
    if !line.starts_with('©')
        && let Some(at) = line.find('©')
        && rights_phrases_in(&line[..at])
            .first()
            .is_some_and(|&(start, _)| start == 0)
    {
        rest = &line[at..];
    }
    let (mut symbol, mut word, mut c_mark, mut year) = (false, false, false, false);
    loop {
        rest = rest.trim_start();
        if let Some(r) = strip_prefix_ignore_ascii_case(rest, "copyright").or_else(|| rest.strip_prefix("저작권자"))
        {
            (word, rest) = (true, r);
        } else if let Some(r) = rest.strip_prefix('©') {
            (symbol, rest) = (true, r);
        } else if let Some(r) = strip_prefix_ignore_ascii_case(rest, "(c)") {
            (c_mark, rest) = (true, r);
        } else if let Some(r) = strip_years(rest) {
            (year, rest) = (true, r);
        } else {
            break;
        }
    }
    if !(symbol || word || c_mark || year) {
        // `新华网版权所有`: Chinese writes the holder before the phrase.
        let at = chinese_rights_at(line).filter(|&at| at > 0)?;
        return holder_name(strip_legal_form(line[..at].trim())).map(str::to_string);
    }
    let mut holder = rest[..notice_part_end(rest)].trim();
    // The name ends where the rights are reserved.
    let rights = rights_phrases_in(rest);
    if let Some(&(start, _)) = rights.first() {
        holder = holder[..holder.len().min(start)].trim_end();
    }
    let holder = holder.trim_end_matches(['.', ' ']);
    let trailing_year = strip_trailing_years(holder).is_some();
    let notice = symbol || (c_mark && (year || word)) || (word && (year || trailing_year || !rights.is_empty()));
    if !notice {
        return None;
    }
    holder_name(strip_legal_form(holder)).map(str::to_string)
}

/// Where `版权所有` ("all rights reserved") stands in `line`, in simplified
/// or traditional characters. (`版` found by its middle byte, rare in any
/// text.)
fn chinese_rights_at(line: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = find_by_key(&line[from..], "版", 1) {
        let at = from + found;
        if line[at..].starts_with("版权所有") || line[at..].starts_with("版權所有") {
            return Some(at);
        }
        from = at + '版'.len_utf8();
    }
    None
}

/// Phrases that reserve the rights to a text, lower case, in the languages
/// quotecheck reads: never a publisher's name (`© RIPRODUZIONE RISERVATA`).
const RIGHTS_RESERVED: &[&str] = &[
    "all rights reserved",
    "riproduzione riservata",
    "tutti i diritti riservati",
    "tous droits réservés",
    "reproduction interdite",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "všechna práva vyhrazena",
    "все права защищены",
    "всі права захищені",
    "усі права захищені",
    "tüm hakları saklıdır",
    "med ensamrätt",
    "alla rättigheter förbehållna",
    "alle rettigheder forbeholdes",
    "alle rettigheter reservert",
    "kaikki oikeudet pidätetään",
    "جميع الحقوق محفوظة",
    "כל הזכויות שמורות",
    "版权所有",
    "版權所有",
    "無断転載",
    "무단 전재",
    "무단전재",
];

/// Where the [`RIGHTS_RESERVED`] phrases stand in `line` (start, length),
/// first first. (A copy of the line in lower case and a search for each
/// phrase: only for the few lines that are notices.)
fn rights_phrases_in(line: &str) -> Vec<(usize, usize)> {
    let lower = line.to_lowercase();
    // (Lower-casing keeps byte offsets only when no char changes length:
    // true of the scripts of these phrases; else, no offsets.)
    if lower.len() != line.len() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize)> = RIGHTS_RESERVED
        .iter()
        .filter_map(|p| lower.find(p).map(|at| (at, p.len())))
        .collect();
    found.sort_unstable();
    found
}

/// Whether a line that does not start as a copyright notice may still be
/// one: a `©` after a phrase reserving the rights (`Tüm hakları saklıdır. ©
/// 2025 Hürriyet`), a name before the phrase (`新华网版权所有`).
pub(super) fn may_hold_notice(line: &str) -> bool {
    // (A notice is short: [`copyright_holder`] reads none longer.)
    line.len() <= 200 && !line.is_ascii() && (line.contains('©') || chinese_rights_at(line).is_some())
}

/// Whether a line at the foot is a copyright notice: `©`, `Copyright`,
/// `(c)`, `版权所有`.
pub(super) fn is_copyright_notice(line: &str) -> bool {
    contains_ascii_ci(line.as_bytes(), b"copyright")
        || contains_ascii_ci(line.as_bytes(), b"(c)")
        || may_hold_notice(line)
}

/// Where the first sentence or list item of a copyright notice ends: at
/// `, `, `; `, ` | `, ` - `, ` — ` or a sentence's `. `, but not the period
/// of an abbreviation with inner dots (`U.S. News`, `Media S.A. All`).
fn notice_part_end(s: &str) -> usize {
    let sentence = s.match_indices(". ").map(|(at, _)| at).find(|&at| {
        let word = s[..at].rsplit(' ').next().unwrap_or("");
        !word.contains('.')
    });
    [", ", "; ", " | ", " - ", " — "]
        .iter()
        .filter_map(|sep| s.find(sep))
        .chain(sentence)
        .min()
        .unwrap_or(s.len())
}

/// `s` after a leading year or span of years (`2025`, `2000-2025`,
/// `2000–2025,`), or `None` when it starts with none.
fn strip_years(s: &str) -> Option<&str> {
    fn year(s: &str) -> Option<&str> {
        let len = s.bytes().take_while(u8::is_ascii_digit).count();
        (len == 4).then(|| &s[4..])
    }
    let mut rest = year(s)?;
    if let Some(r) = rest.strip_prefix(['-', '–']).and_then(year) {
        rest = r;
    }
    Some(rest.trim_start_matches([',', '.']))
}

/// `s` without a trailing year or span of years (`... Limited 2025`).
fn strip_trailing_years(s: &str) -> Option<&str> {
    let (before, last) = s.rsplit_once(' ')?;
    strip_years(last).filter(|r| r.is_empty()).map(|_| before.trim_end())
}

/// A holder's name without its years, legal form (`Limited`, `AG`, `Pty
/// Ltd`, `A.Ş.`, `АО`), the companies it speaks for (`or its affiliated
/// companies`), a parenthesis after it (`NHK (Japan Broadcasting
/// Corporation)`) and quotation marks.
fn strip_legal_form(holder: &str) -> &str {
    const SUFFIXES: &[&str] = &[
        "limited", "ltd", "inc", "llc", "plc", "ag", "gmbh", "sa", "s.a", "corp", "co", "pty", "oy", "oyj", "ab",
        "asa", "n.v", "b.v", "s.p.a", "s.l", "s.l.u", "l.p", "lp", "dac",
        // (`Ş` has no ASCII case: both forms.)
        "a.ş", "A.Ş",
    ];
    const PREFIXES: &[&str] = &["АО ", "ООО ", "ПАО ", "ЗАО ", "ОАО "];
    let mut name = holder.trim();
    for affiliates in [" or its ", " and its "] {
        if let Some(at) = name.find(affiliates) {
            name = &name[..at];
        }
    }
    loop {
        let before = name;
        name = strip_trailing_years(name).unwrap_or(name);
        if let Some((rest, last)) = name.rsplit_once(' ')
            && SUFFIXES
                .iter()
                .any(|s| s.eq_ignore_ascii_case(last.trim_end_matches('.')))
        {
            name = rest.trim_end_matches([',', ' ']);
        }
        if let Some(p) = PREFIXES.iter().find(|p| name.starts_with(**p)) {
            name = &name[p.len()..];
        }
        if name.ends_with(')')
            && let Some(open) = name.rfind(" (")
        {
            name = &name[..open];
        }
        // Quotation marks around the whole name (`«Коммерсантъ»`), not
        // those of a name after the company's form (`МИА «Россия сегодня»`).
        if name.starts_with(['«', '"', '“', '„']) {
            name = name.trim_matches(['«', '»', '"', '“', '”', '„', ' ']);
        }
        name = name.trim();
        if name == before {
            return name;
        }
    }
}

/// The name in a copyright holder, if it is one ([`is_holder_name`]); a
/// name in quotation marks after an abbreviation of the company's form
/// (`МИА «Россия сегодня»`) is the quoted name, whatever its case.
fn holder_name(holder: &str) -> Option<&str> {
    if let Some(open) = holder.find(['«', '“', '"'])
        && holder.ends_with(['»', '”', '"'])
        && holder[..open].trim().chars().all(|c| c.is_uppercase() || c == ' ')
    {
        let close = holder.len() - holder.chars().next_back().map_or(0, char::len_utf8);
        let open_len = holder[open..].chars().next().map_or(0, char::len_utf8);
        let quoted = holder.get(open + open_len..close)?.trim();
        let words = quoted.split_whitespace().count();
        return ((1..=6).contains(&words) && quoted.starts_with(char::is_uppercase)).then_some(quoted);
    }
    is_holder_name(holder).then_some(holder)
}

/// A copyright holder's name: one to six words, the first capitalized (or
/// of a script without capitals), no photo agency or author.
fn is_holder_name(name: &str) -> bool {
    const NOT: &[&str] = &[
        "author",
        "authors",
        "author(s)",
        "images",
        "image",
        "photo",
        "photos",
        "pictures",
        "photography",
        "getty",
        "shutterstock",
        "alamy",
        "istock",
        "imago",
        "rights",
        "copyright",
    ];
    let words: Vec<&str> = name.split_whitespace().collect();
    (1..=6).contains(&words.len())
        && name.len() <= 60
        && name.starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c))
        && !words.iter().any(|w| NOT.iter().any(|n| n.eq_ignore_ascii_case(w)))
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_uncased_letter(c))
                || JOINING_WORDS.contains(w)
                || is_outlet_word(w)
        })
}

/// The publication a publishing company is named after: `Guardian News &
/// Media` -> `The Guardian`, `Telegraph Media Group` -> `The Telegraph`.
/// Only a company named for one publication word, or a paper's whole
/// name and `Company` (`The New York Times Company`), is read so
/// (`Westland Media`, `Dow Jones & Company` name no paper).
pub(super) fn publication_of_company(holder: &str) -> Option<String> {
    // `The New York Times Company`, `The Washington Post Company`: a
    // paper's whole name before `Company`.
    if let Some(paper) = holder.strip_suffix(" Company")
        && paper.starts_with("The ")
        && super::outlet_names::is_publication_name(paper)
    {
        return Some(paper.to_string());
    }
    const COMPANY_WORDS: &[&str] = &[
        " News & Media",
        " News and Media",
        " Media Group",
        " Newspapers",
        " Media",
    ];
    let stem = COMPANY_WORDS.iter().find_map(|c| holder.strip_suffix(c))?;
    (PUBLICATION_WORDS.contains(&stem) && !SECTION_PUBLICATION_WORDS.contains(&stem)).then(|| format!("The {stem}"))
}

/// `name` as a copyright notice prints it, with an article before it
/// (`© DER SPIEGEL 2025` for `SPIEGEL`), if the notice names it. (Chinese
/// and Japanese names run into the words around them: `新华网版权所有`.)
pub(super) fn name_in_notice(notice: &str, name: &str) -> Option<String> {
    const ARTICLES: &[&str] = &[
        "the", "der", "die", "das", "le", "la", "les", "el", "il", "lo", "de", "het",
    ];
    let at = if name.chars().all(is_cjk) {
        notice.find(name)?
    } else {
        notice.match_indices(name).find_map(|(i, _)| {
            let before = notice[..i].chars().next_back();
            let after = notice[i + name.len()..].chars().next();
            (!before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)).then_some(i)
        })?
    };
    let before = notice[..at].trim_end();
    let article = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if ARTICLES.iter().any(|a| a.eq_ignore_ascii_case(article)) {
        return Some(format!("{article} {name}"));
    }
    Some(name.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::tests::infer;

    /// A copyright line at the foot names the publisher (or the wire).
    #[test]
    fn copyright_lines_at_the_foot() {
        let para = "Kim Jong Un sent a letter to Vladimir Putin hailing their alliance, state media said on Friday, in a paragraph long enough to be body text.";
        for (foot, outlet) in [
            (
                "Copyright The Financial Times Limited 2025. All rights reserved.",
                "The Financial Times",
            ),
            (
                "Copyright 2025 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.",
                "NPR",
            ),
            (
                "Copyright © Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.",
                "Neue Zürcher Zeitung",
            ),
            ("© 2025 Hürriyet", "Hürriyet"),
            ("© АО «Коммерсантъ». Все права защищены.", "Коммерсантъ"),
            (
                "Copyright ©2024 Dow Jones & Company, Inc. All Rights Reserved.",
                "Dow Jones & Company",
            ),
            ("(c) 2025 Capital Brief Pty Ltd", "Capital Brief"),
            ("\u{a9} 2026 The New York Times Company", "The New York Times"),
            (
                "Copyright 2025 U.S. News & World Report L.P. All rights reserved.",
                "U.S. News & World Report",
            ),
            ("© 2025 Westland Media S.A. All rights reserved.", "Westland Media"),
        ] {
            let m = infer(&format!("Headline of the story here\n\n{para}\n\n{para}\n\n{foot}\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{foot}");
            assert_eq!(m.inferred["outlet"], "copyright line", "{foot}");
        }
        let m = infer(&format!(
            "{para}\n\nCopyright 2025 The Associated Press. All rights reserved. This material may not be published.\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("AP"));
        assert_eq!(m.inferred["outlet"], "copyright line");
        let m = infer(&format!(
            "{para}\n\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Yonhap"));
        for foot in [
            "© Getty Images",
            "Photo © 2025 Jane Doe",
            "Copyright infringement cases rose in 2025.",
            "Copyright Office officials said the rule would change.",
            "© The Author(s) 2025",
            "(c) Regulations made under this section",
        ] {
            let m = infer(&format!("{para}\n\n{para}\n\n{foot}\n"));
            assert_eq!(m.outlet.as_deref(), Some("file"), "{foot}");
        }
        // The byline at the top names who printed it; a copyright below
        // names whoever owns the words (a syndicated column's author).
        let m = infer(&format!(
            "Headline of the story here\nBy Priya Nand, Capital Brief\n\n{para}\n\n© 2025 Tribune Content Agency\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Capital Brief"));
        // A copyright line in the middle of the body is a picture's.
        let mut body = format!("{para}\n\n© 2025 Westland Media\n\n");
        body.push_str(&format!("{para}\n\n").repeat(6));
        assert_eq!(infer(&body).outlet.as_deref(), Some("file"));
    }

    /// Copyright lines in more forms; rights-reserved phrases are no names.
    #[test]
    fn copyright_notices_in_more_forms() {
        let para = "Kim Jong Un sent a letter to Vladimir Putin hailing their alliance, state media said on Friday, in a paragraph long enough to be body text.";
        for (foot, outlet) in [
            ("© 2000-2025, Українська правда", "Українська правда"),
            ("© 2025 МИА «Россия сегодня»", "Россия сегодня"),
            (
                "Copyright NHK (Japan Broadcasting Corporation). All rights reserved.",
                "NHK",
            ),
            (
                "© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.",
                "The Guardian",
            ),
            ("© Telegraph Media Group Limited 2025", "The Telegraph"),
            ("新华网版权所有 未经书面授权 不得转载", "新华网"),
            (
                "Tüm hakları saklıdır. © 2025 Hürriyet Gazetecilik ve Matbaacılık A.Ş.",
                "Hürriyet Gazetecilik ve Matbaacılık",
            ),
            ("© 2025 Westland Media S.A.", "Westland Media"),
        ] {
            let m = infer(&format!("Headline of the story here\n\n{para}\n\n{foot}\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{foot}");
            assert_eq!(m.inferred["outlet"], "copyright line", "{foot}");
        }
        for foot in [
            "© RIPRODUZIONE RISERVATA",
            "© Tous droits réservés",
            "© Reproduction interdite",
            "© Alle Rechte vorbehalten",
            "© Todos los derechos reservados",
            "© Все права защищены",
            "© 版权所有",
            "© 2025 All Rights Reserved",
            "Photo © Reuters",
        ] {
            let m = infer(&format!("Headline of the story here\n\n{para}\n\n{foot}\n"));
            assert_eq!(m.outlet.as_deref(), Some("file"), "{foot}");
        }
    }
}
