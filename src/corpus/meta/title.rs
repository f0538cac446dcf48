//! Whether a line reads as a headline: short, capitalized, no final period;
//! not navigation, a URL, a date line or a staff credit.
//!
//! Which such line is the title (a page's `# ` heading beats a line above it,
//! a short first line yields to a longer one below) is decided by
//! [`Evidence::gather`](super::evidence::Evidence::gather).

use super::byline::ROLES;
use super::date::non_time_words;
use super::text::{is_cjk, is_uncased_letter};
use super::url::find_url;

/// Whether a line reads as a headline: short, capitalized, no final period;
/// not a breadcrumb (`Home > National`) or a page control (`Skip to content`).
pub(super) fn reads_as_headline(line: &str, min_words: usize) -> bool {
    const CONTROLS: &[&str] = &[
        "skip to",
        "listen to",
        "sign in",
        "sign up",
        "log in",
        "share this",
        "subscribe",
        "advertisement",
        "accept",
        "read more",
        "click here",
        "open in app",
        "follow us",
    ];
    // The cheap tests first: a line's chars are at most its bytes and at
    // least a quarter of them.
    if !(6..=200 * 4).contains(&line.len()) {
        return false;
    }
    let chars = line.chars().count();
    let last = line
        .trim_end_matches(['\'', '"', '’', '”', '»', ')', '」', '』'])
        .chars()
        .last();
    // Chinese and Japanese headlines have no spaces and no capitals.
    let cjk = if line.is_ascii() {
        0
    } else {
        line.chars().filter(|&c| is_cjk(c)).count()
    };
    let shape = if cjk * 2 >= chars && cjk > 0 {
        (6..=60).contains(&chars)
    } else {
        // Hebrew and Arabic have no capitals: any letter of theirs starts
        // a headline. A line of dates and times is none (`11/04/2025 07:51
        // AM EST` under a short headline).
        (10..=200).contains(&chars)
            && line.starts_with(|c: char| {
                c.is_uppercase() || c.is_ascii_digit() || "'\"‘“«„".contains(c) || is_uncased_letter(c)
            })
            && (min_words..=30).contains(&line.split_whitespace().count())
            && non_time_words(line).nth(1).is_some()
    };
    if !shape || last.is_some_and(|c| ".,;:。，،؛۔".contains(c)) {
        return false;
    }
    // `Home » World`, but not guillemets around a quote (`Il sindaco: «...»`).
    let breadcrumb = [" > ", " / ", " | "].iter().any(|b| line.contains(b))
        || (line.contains('»') && !line.contains('«'))
        || (line.contains('›') && !line.contains('‹'));
    !breadcrumb
        && {
            let lower = line.to_lowercase();
            !CONTROLS.iter().any(|c| lower.starts_with(c))
        }
        && find_url(line).is_none()
        && !is_staff_credit(line)
}

/// A line of the article's text (its lede): eight words or more ending as
/// a sentence does. A dek under the headline reads so too, but a page's
/// heading stands above its dek.
pub(super) fn is_prose(line: &str) -> bool {
    let end = line.trim_end_matches(['\'', '"', '’', '”', '»', ')', '」']);
    // (Chinese and Japanese write no spaces: their full stop tells.)
    end.ends_with(['。', '！', '？']) || (end.ends_with(['.', '!', '?']) && line.split_whitespace().nth(7).is_some())
}

/// A byline without `By`: a name and a newsroom role (`Larry Elliott
/// Economics editor`, `Pippa Crerar Political editor`).
fn is_staff_credit(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (3..=6).contains(&words.len())
        && words.last().is_some_and(|w| ROLES.contains(&w.to_lowercase().as_str()))
        && words[..2].iter().all(|w| w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, infer};
    use super::*;
    use crate::date::Date;

    #[test]
    fn right_to_left_headlines_and_date_lines_under_a_short_headline() {
        let m = infer("נתניהו: \"לא נעצור עד הניצחון המוחלט\"\n\nראש הממשלה התייחס לביקורת.\n\nאיתמר אייכנר\n");
        assert_eq!(m.title.as_deref(), Some("נתניהו: \"לא נעצור עד הניצחון המוחלט\""));
        let m = infer("רה\"מ בנימין נתניהו אמר היום בפתח ישיבת הקבינט כי הממשלה תמשיך לפעול.\n");
        assert_eq!(m.title, None);
        // A date line under a short headline is not the headline, whether
        // or not its date can be read.
        let m = infer("Playbook: Senate stalls\n\nBy Jack Blanchard\n11/04/2025 07:51\n\nBody text.\n");
        assert_eq!(m.title.as_deref(), Some("Playbook: Senate stalls"));
        assert_eq!(m.date, None);
        let m = infer("Playbook: Senate stalls\n\nBy Jack Blanchard\n11/04/2025 07:51 AM EST\n\nBody text.\n");
        assert_eq!(m.title.as_deref(), Some("Playbook: Senate stalls"));
        assert_eq!(date(&m).as_deref(), Some("2025-11-04"));
        assert!(!reads_as_headline("11/04/2025 07:51 AM EST", 2));
        assert!(!reads_as_headline("2025年3月14日 19時05分", 2));
    }

    #[test]
    fn headlines() {
        assert!(reads_as_headline(
            "Kim Jong-un replies to Putin’s New Year’s greeting, hails DPRK-Russia alliance as 'precious common asset'",
            4
        ));
        assert!(reads_as_headline("Will Kim meet Trump next year?", 4));
        assert!(!reads_as_headline(
            "North Korean leader Kim Jong Un sent greetings to Putin.",
            4
        ));
        assert!(!reads_as_headline("print dictionary print", 4));
        assert!(!reads_as_headline("Hi", 4));
        assert!(reads_as_headline("Tariffs bite", 2));
        assert!(!reads_as_headline("Larry Elliott Economics editor", 4));
        assert!(reads_as_headline("Meet the new editor", 4));
        assert!(!reads_as_headline("Tariffs bite", 4));
        assert!(!reads_as_headline("Home > National > North Korea", 4));
        assert!(!reads_as_headline("Skip to main content", 4));
        assert!(!reads_as_headline("Accueil » Monde » Asie-Pacifique", 4));
        assert!(reads_as_headline(
            "Il sindaco: «Il ponte sarà pronto entro l’estate»",
            4
        ));
        assert!(reads_as_headline("外交部：“我们坚决反对任何形式的干涉”", 4));
        assert!(!reads_as_headline("外交部发言人在例行记者会上表示，中方坚决反对。", 4));
        // A kicker or breadcrumb above the headline does not hide it.
        let m = infer("North Korea\nHome > World > Asia\nKim hails Putin as his dearest friend\n\nText.");
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin as his dearest friend"));
        // The lede of an article is not its headline.
        let m = infer("North Korean leader Kim Jong Un sent New Year's greetings to Putin.\n");
        assert_eq!(m.title, None);
    }

    #[test]
    fn short_headlines_and_source_lines() {
        let m = infer(
            "Tariffs bite\n\nSource: The Conversation\nPublished: November 20, 2026\n\nThe official said \"we will win.\"\n",
        );
        assert_eq!(m.title.as_deref(), Some("Tariffs bite"));
        assert_eq!(m.outlet.as_deref(), Some("The Conversation"));
        assert_eq!(m.inferred["outlet"], "source line");
        let m = infer("Les droits de douane\n\nPublié le 20 novembre 2026 à 14h05\n\nLe ministre a dit « non ».\n");
        assert_eq!(m.date, Some(Date::new(2026, 11, 20).unwrap()));
    }

    /// What the E and F blind tests found: a page's menu row (or a tagline, a
    /// section's label, a kicker) above its `# ` heading was taken for the
    /// headline.
    #[test]
    fn a_page_heading_beats_menus_taglines_and_labels_above_it() {
        for (top, title) in [
            (
                "[The Korea Herald](#)\n\n[National](#) [Politics](#) [Business](#) [Sports](#)\n\n# Yoon tells court martial law was a 'warning'\n",
                "Yoon tells court martial law was a 'warning'",
            ),
            (
                "[The Washington Post](#)\n\nDemocracy Dies in Darkness\n\nPolitics\n\n# Labor nominee grilled over past remarks\n",
                "Labor nominee grilled over past remarks",
            ),
            (
                "[Politica](#) [Esteri](#) [Sport](#) [Cultura](#) [Spettacoli](#) [Salute](#)\n\n# Il titolo vero\n",
                "Il titolo vero",
            ),
            (
                "[РИА Новости](#) · [Политика](#) · [В мире](#) · [Экономика](#)\n\n# Песков назвал «очень теплым» послание\n",
                "Песков назвал «очень теплым» послание",
            ),
            (
                "[Sport](#) > [Football](#) > [Premier League](#)\n\n# Marco Santini: 'I am not a magician'\n",
                "Marco Santini: 'I am not a magician'",
            ),
            (
                "Innenministerin nach Cyberangriff auf Kommunen\n\n# »Wir werden jede Lücke schließen«\n",
                "»Wir werden jede Lücke schließen«",
            ),
        ] {
            let m = infer(&format!(
                "{top}\nJanuary 14, 2025\n\nThe minister said it was a \"warning\" to all.\n"
            ));
            assert_eq!(m.title.as_deref(), Some(title), "{top}");
            assert_eq!(m.inferred["title"], "markdown heading", "{top}");
        }
        // Without a heading the headline line is still found under the menu.
        let m = infer(
            "[News](#) [World](#) [Business](#) [Sport](#)\n\nKim hails Putin as his dearest friend\n\nBy AFP\n\nText.\n",
        );
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin as his dearest friend"));
        assert_eq!(m.inferred["title"], "first line");
        // A heading below the lede is a sub-head: the headline stays.
        let m = infer(
            "Kim hails Putin as his dearest friend\n\nNorth Korean leader Kim Jong Un sent greetings to Putin on Tuesday, state media said.\n\n\
             # What the letter said\n\nText.\n",
        );
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin as his dearest friend"));
        // A menu row is no byline: its `| [News](#)` is no outlet.
        let m = infer(
            "[Latest Headlines](#) | [News](#) | [World News](#)\n\n# Nanny told police she looked away\n\nText.\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("file"));
    }
}
