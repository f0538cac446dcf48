//! Mastheads: a publication's name on a line of its own near the top
//! (`Korea JoongAng Daily`, `Clarín` above the date), or the page's logo link
//! (`[Daily Mail](#)`).
//!
//! A section's label or a kicker stands in the same place, so the name must
//! show that it is a publication's, or the page must name it again (in its
//! text or its copyright notice).

use super::byline::names_an_outlet;
use super::copyright::{copyright_holder, is_copyright_notice, name_in_notice};
use super::markdown::{clean_line, leading_link};
use super::navigation::nav_control;
use super::outlet_names::{GENERIC_WORDS, SECTION_PUBLICATION_WORDS, canonical_wire, is_publication_name};
use super::text::{is_uncased_letter, mentions, offset_in};

/// The site a page names with the first link of its first line, its logo
/// (`[Daily Mail](#)`, `[NK News](#) | [NK Pro](#) | [Korea Risk Group](#)`,
/// `[TASS](#) Russian News Agency`, `[PÚBLICO](#) [Política](#) ...`), when
/// the name shows it: an outlet's name by its shape ([`names_an_outlet`],
/// an agency), a name the copyright notice at the `foot` repeats (`[NHK](#)`
/// and `Copyright NHK ...`; `[SPIEGEL](#)` and `© DER SPIEGEL 2025` give `DER
/// SPIEGEL`), or a name in capitals the text repeats, as newsrooms name
/// themselves (`[EL MUNDO](#)` and `consultadas por EL MUNDO`). An acronym
/// the copyright notice spells out is spelled out (`[DN](#)`, `© Dagens
/// Nyheter`). The publication is preferred to the company a copyright line
/// names (`PÚBLICO`, not `PÚBLICO Comunicação Social`). A section's name
/// (`[News](#)`, `[Home](#)`) is none.
pub(super) fn site_name(first_line: &str, body: &str, foot: &[&str]) -> Option<String> {
    let (name, _) = leading_link(first_line)?;
    let words = name.split_whitespace().count();
    if !(1..=5).contains(&words)
        || name.len() > 50
        || !name.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || is_uncased_letter(c))
        || is_section_name(name)
        || nav_control(name).is_some()
    {
        return None;
    }
    if let Some(wire) = canonical_wire(name) {
        return Some(wire.to_string());
    }
    if names_an_outlet(name) {
        return Some(name.to_string());
    }
    let notices: Vec<&str> = foot.iter().copied().filter(|l| is_copyright_notice(l)).collect();
    if let Some(named) = notices.iter().find_map(|l| name_in_notice(l, name)) {
        return Some(named);
    }
    let capitals = name.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !name.chars().any(char::is_lowercase);
    let below = &body[offset_in(body, first_line) + first_line.len()..];
    if capitals && mentions(below, name) > 0 {
        let spelled_out = notices
            .iter()
            .filter_map(|l| copyright_holder(&clean_line(l)))
            .find(|holder| initials(holder).eq_ignore_ascii_case(name));
        return Some(spelled_out.unwrap_or_else(|| name.to_string()));
    }
    None
}

/// A section's name, in any case (`News`, `HOME`, `Politics`): never a
/// site's.
fn is_section_name(name: &str) -> bool {
    name.split_whitespace().all(|w| {
        GENERIC_WORDS.iter().chain(SECTIONS).any(|g| g.eq_ignore_ascii_case(w))
            || SECTION_PUBLICATION_WORDS.iter().any(|g| g.eq_ignore_ascii_case(w))
    })
}

/// The initials of a name's capitalized words (`Dagens Nyheter` -> `DN`).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
}

/// A masthead line: a publication's name alone on its line.
pub(super) fn is_masthead(line: &str) -> bool {
    !line.ends_with(['.', ',', ':', ';', '!', '?']) && is_publication_name(line)
}

/// Names of sections that are single words and no publication's.
const SECTIONS: &[&str] = &[
    "News",
    "Sport",
    "Economy",
    "Culture",
    "Health",
    "Technology",
    "Lifestyle",
    "Travel",
    "Video",
    "Analysis",
    "Exclusive",
    "Share",
    "Comment",
    "Features",
    "Updated",
    "Published",
    "Watch",
    "Listen",
    "Podcasts",
    "Newsletters",
    "Sections",
    "Menu",
    "Search",
    "Subscribe",
];

/// One word that may be a publication's name on a line of its own (`Clarín`,
/// `الأهرام`): letters, capitalized or of a script without capitals, not a
/// section's name (`Politics`, `Sport`). A one-word line is more often a
/// section or a kicker than a masthead: [`Evidence::gather`] takes one only
/// under the headline, right above the date, and named again at the foot.
///
/// [`Evidence::gather`]: super::evidence::Evidence::gather
pub(super) fn is_one_word_masthead(line: &str) -> bool {
    // (Letters only, so no space: a cheap first test for most lines.)
    line.len() <= 120
        && line.chars().all(char::is_alphabetic)
        && (2..=30).contains(&line.chars().count())
        && line.starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c))
        && !GENERIC_WORDS.contains(&line)
        && !SECTIONS.contains(&line)
}

#[cfg(test)]
mod tests {
    use super::super::tests::infer;
    use super::*;

    /// A one-word name on its own line under the headline, right above the
    /// date, that the foot repeats, is the masthead (`Clarín`, `الأهرام`).
    #[test]
    fn a_one_word_masthead_above_the_date() {
        let m = infer(
            "Milei, sobre el acuerdo con el FMI: \"Es un antes y un después\"\n\nEl Presidente habló en cadena nacional.\n\n\
             Clarín\n14/03/2025 18:40\n\nTexto.\n\nNewsletter Clarín. Recibí las noticias más importantes.\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("Clarín"));
        assert_eq!(m.inferred["outlet"], "masthead");
        let m = infer(
            "السيسي: «مصر لن تقبل بتهجير الفلسطينيين»\n\nالأهرام\nالجمعة 14 مارس 2025 - 18:20\n\nنص.\n\nجميع الحقوق محفوظة لمؤسسة الأهرام\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("الأهرام"));
        assert_eq!(m.title.as_deref(), Some("السيسي: «مصر لن تقبل بتهجير الفلسطينيين»"));
        // Not repeated at the foot, not above a date, above the headline, or
        // a section's name: a kicker.
        for body in [
            "Milei habló en cadena nacional sobre el FMI\n\nClarín\n14/03/2025 18:40\n\nTexto.\n",
            "Milei habló en cadena nacional sobre el FMI\n\nClarín\nTexto.\n\nNewsletter Clarín.\n",
            "Ukraine\nZelensky vows to hold every metre of land\n14/03/2025 18:40\n\nText.\n\nMore on Ukraine\n",
            "Zelensky vows to hold every metre of land\nPolitics\n14/03/2025 18:40\n\nText.\n\nMore Politics\n",
        ] {
            assert_eq!(infer(body).outlet.as_deref(), Some("file"), "{body}");
        }
    }

    #[test]
    fn mastheads() {
        let m = infer("Putin sends New Year's message to Kim\nKorea JoongAng Daily\n\nText.");
        assert_eq!(m.outlet.as_deref(), Some("Korea JoongAng Daily"));
        assert_eq!(m.inferred["outlet"], "masthead");
        assert_eq!(m.title.as_deref(), Some("Putin sends New Year's message to Kim"));
        for not in ["Breaking News", "World News", "Related Stories", "The Daily"] {
            assert!(!is_masthead(not), "{not}");
        }
        assert!(is_masthead("The Moscow Times") && is_masthead("NK News") && is_masthead("BBC"));
        // A paper named by its publication word after `The` or `Daily`.
        for name in ["The Telegraph", "The Guardian", "Daily Mail", "Daily Express"] {
            assert!(is_masthead(name), "{name}");
        }
        for not in ["The News", "Daily News", "The Review", "Daily Today"] {
            assert!(!is_masthead(not), "{not}");
        }
    }

    /// The first link on a page is its logo: the site's name, when the name
    /// shows it or the copyright notice or the text repeats it.
    #[test]
    fn the_first_link_of_a_page_names_the_site() {
        let para = "The minister said on Friday that the talks would go on, in a paragraph long enough to be read as the body.";
        for (first, mention, foot, outlet) in [
            ("[Daily Mail](#)", "", "", "Daily Mail"),
            (
                "[The Telegraph](#)",
                "",
                "© Telegraph Media Group Limited 2025",
                "The Telegraph",
            ),
            (
                "[NK News](#) | [NK Pro](#) | [Korea Risk Group](#)",
                "",
                "© Korea Risk Group. All rights reserved.",
                "NK News",
            ),
            (
                "[Xinhua](#) | [english.news.cn](#)",
                "",
                "Copyright © 2000-2025 XINHUA.NET",
                "Xinhua",
            ),
            ("[TASS](#) Russian News Agency", "", "© 2025 TASS", "TASS"),
            (
                "[РИА Новости](#) · [Политика](#)",
                "",
                "© 2025 МИА «Россия сегодня»",
                "RIA Novosti",
            ),
            (
                "[Corriere della Sera](#) [Politica](#) [Esteri](#)",
                "",
                "© RIPRODUZIONE RISERVATA",
                "Corriere della Sera",
            ),
            ("[Українська правда](#) [Новини](#)", "", "", "Українська правда"),
            (
                "[NHK](#) [ニュース](#) [政治](#)",
                "",
                "Copyright NHK (Japan Broadcasting Corporation). All rights reserved.",
                "NHK",
            ),
            (
                "[SPIEGEL](#) [Politik](#) [Ausland](#)",
                "",
                "© DER SPIEGEL 2025",
                "DER SPIEGEL",
            ),
            (
                "[新华网](#) > [时政](#) > 正文",
                "",
                "新华网版权所有 未经书面授权 不得转载",
                "新华网",
            ),
            (
                "[PÚBLICO](#) [Política](#) [Mundo](#)",
                "Uma fonte explicou ao PÚBLICO que sim.",
                "© 2025 PÚBLICO Comunicação Social SA",
                "PÚBLICO",
            ),
            (
                "[EL MUNDO](#) [España](#) [Internacional](#)",
                "Fuentes consultadas por EL MUNDO lo admiten.",
                "© 2025 Unidad Editorial Información General S.L.U. Todos los derechos reservados.",
                "EL MUNDO",
            ),
            // An acronym the copyright notice spells out.
            (
                "[DN](#) [Sverige](#) [Världen](#)",
                "Det säger han till DN.",
                "© Dagens Nyheter",
                "Dagens Nyheter",
            ),
            // Not a site: sections, a name the page does not repeat.
            ("[News](#) [Sport](#) [World](#)", "", "More News", "file"),
            ("[HOME](#) [WORLD](#)", "It was HOME again.", "", "file"),
            ("[Politica](#) [Esteri](#) [Sport](#)", "Politica e affari.", "", "file"),
            ("[España](#) [Internacional](#)", "Llueve en España.", "", "file"),
            ("[Jane Doe](#)", "Jane Doe wrote it.", "", "file"),
            ("[Skip to main content](#main)", "", "", "file"),
        ] {
            let body = format!("{first}\n\n# Headline of the story here\n\n{para} {mention}\n\n{para}\n\n{foot}\n");
            let m = infer(&body);
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{first} / {foot}");
            if outlet != "file" {
                assert_eq!(m.inferred["outlet"], "masthead", "{first}");
            }
        }
    }
}
