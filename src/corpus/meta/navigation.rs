//! Site navigation above an article (`Skip to main content`, menus,
//! breadcrumbs, rows of links), marked so that the article's top lines,
//! where its headline, byline and date stand, start below it.
//!
//! A page's `Back to home` link names its site, which is kept as a masthead.

use super::markdown::{clean_line, leading_link};
use super::masthead::is_masthead;
use super::outlet_names::{canonical_wire, is_publication_name};

/// Longest menu item (`Opinion`, `Sign in`, `Climate crisis`), in bytes.
const MENU_ITEM_BYTES: usize = 24;
/// Menu items in a row that make a menu (fewer may be a kicker and a
/// masthead).
const MENU_RUN: usize = 3;

/// Which of the first lines are site navigation, and the publication a
/// `The Guardian - Back to home` link names.
#[derive(Debug, Default)]
pub(super) struct Navigation {
    pub(super) lines: Vec<bool>,
    pub(super) masthead: Option<String>,
}

/// Marks the navigation among `head`, the first non-blank lines: page
/// controls (`Skip to main content`, `... - Back to home`) anywhere in it,
/// and runs of [`MENU_RUN`] or more menu items. Navigation ends at the first
/// line that is neither (the headline, a byline, a date).
pub(super) fn navigation(head: &[&str]) -> Navigation {
    let mut nav = Navigation {
        lines: vec![false; head.len()],
        masthead: None,
    };
    // A row of links is navigation wherever it stands: a menu, a
    // breadcrumb, share buttons.
    for (i, line) in head.iter().enumerate() {
        nav.lines[i] = is_link_row(line);
    }
    let mut run_start = 0;
    for (i, line) in head.iter().enumerate() {
        // `[The Guardian - Back to home](#)`: a Markdown scrape's home link.
        let link_text = (!nav.lines[i] && line.starts_with('[')).then(|| clean_line(line));
        let control = nav_control(line).or_else(|| link_text.as_deref().and_then(nav_control));
        if nav.lines[i] {
            run_start = i + 1;
        } else if let Some(site) = control {
            nav.lines[i] = true;
            // A home link names its site, whatever the name's words.
            if let Some(name) = site.filter(|n| n.split_whitespace().count() <= 5 && n.starts_with(char::is_uppercase))
            {
                nav.masthead.get_or_insert_with(|| name.to_string());
            }
            run_start = i + 1;
        } else if is_menu_item(line) {
            if i + 1 - run_start >= MENU_RUN {
                nav.lines[run_start..=i].fill(true);
            }
        } else if head
            .get(i + 1)
            .is_some_and(|next| is_menu_item(next) || nav_control(next).is_some() || is_link_row(next))
            && is_masthead(&clean_line(line))
        {
            // A masthead among the menus stays a top line.
            run_start = i + 1;
        } else {
            break;
        }
    }
    nav
}

/// A row of two or more Markdown links with nothing between them but
/// spacing and the marks menus and breadcrumbs are written with (`|`, `·`,
/// `•`, `/`, `>`, `›`, `»`): a site's menu (`[National](#) [Politics](#)
/// ...`), a breadcrumb (`[Sport](#) > [Football](#)`, which may end with the
/// page's own section unlinked: `[新华网](#) > [时政](#) > 正文`), a row of
/// share buttons. Never a headline, a byline or a date. (Commas and dashes
/// are not menu marks: `[Jane Doe](#), [Reuters](#)` is a byline.)
fn is_link_row(line: &str) -> bool {
    const MARKS: &[char] = &['|', '·', '•', '/', '>', '›', '»'];
    const BREADCRUMB_MARKS: &[char] = &['/', '>', '›', '»'];
    // (Most lines fail on their first byte.)
    if !line.starts_with('[') {
        return false;
    }
    let mut rest = line;
    let mut links = 0;
    loop {
        let gap_end = rest
            .find(|c: char| !(c.is_whitespace() || MARKS.contains(&c)))
            .unwrap_or(rest.len());
        let gap = &rest[..gap_end];
        rest = &rest[gap_end..];
        if rest.is_empty() {
            return links >= 2;
        }
        let Some((text, after)) = leading_link(rest) else {
            // The current page, unlinked, ending a breadcrumb.
            return links >= 2
                && gap.contains(BREADCRUMB_MARKS)
                && !rest.contains(['[', ']', '(', ')'])
                && rest.split_whitespace().count() <= 4;
        };
        if text.is_empty() {
            return false;
        }
        links += 1;
        rest = after;
    }
}

/// A page control line (`Skip to main content`, `The Guardian - Back to
/// home`), with the site a `Back to home` link names.
pub(super) fn nav_control(line: &str) -> Option<Option<&str>> {
    let b = line.as_bytes();
    let starts = |p: &str| b.len() >= p.len() && b[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if starts("skip to") || starts("jump to") {
        return Some(None);
    }
    let cut = ["back to home", "back to homepage"].iter().find_map(|end| {
        (b.len() >= end.len() && b[b.len() - end.len()..].eq_ignore_ascii_case(end.as_bytes()))
            .then(|| b.len() - end.len())
    })?;
    let site = line[..cut]
        .trim_end()
        .trim_end_matches(['-', '–', '—', '|', ':'])
        .trim();
    Some((site.len() > 1).then_some(site))
}

/// A menu item: a few words without digits or sentence punctuation, not a
/// byline, a wire or a publication's name.
fn is_menu_item(line: &str) -> bool {
    // (Cheapest tests first: most first lines are headlines or prose.)
    line.len() <= MENU_ITEM_BYTES
        && line.split_whitespace().count() <= 3
        && !line.bytes().any(|b| b.is_ascii_digit())
        && !line.contains(['.', ',', ':', ';', '!', '?', '"', '\'', '“', '”', '‘', '’', '«', '»'])
        && !line.starts_with("By ")
        && canonical_wire(line).is_none()
        && !is_publication_name(line)
}

#[cfg(test)]
mod tests {
    use super::super::tests::infer;
    use super::*;
    use crate::date::Date;

    #[test]
    fn site_navigation_above_the_article_is_passed_over() {
        let m = infer(
            "Skip to main content\nSkip to navigation\nThe Guardian - Back to home\nNews\nOpinion\nSport\nCulture\nLifestyle\n\
             Starmer says UK will 'stand with Ukraine for as long as it takes'\n\
             Prime minister tells Kyiv visit that Britain's support is 'unwavering'\n\
             Keir Starmer in Kyiv on Thursday. Photograph: Carl Court/AP\nPippa Crerar Political editor\n\
             Thu 16 Jan 2025 14.03 GMT\nKeir Starmer has pledged that Britain will stand with Ukraine.\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("The Guardian"));
        assert_eq!(m.inferred["outlet"], "masthead");
        assert_eq!(
            m.title.as_deref(),
            Some("Starmer says UK will 'stand with Ukraine for as long as it takes'")
        );
        assert_eq!(m.date, Some(Date::new(2025, 1, 16).unwrap()));
        // A masthead above a menu stays the outlet.
        let m = infer("The Korea Herald\nNews\nWorld\nAsia\nKim hails Putin as his dearest friend\n\nText.");
        assert_eq!(m.outlet.as_deref(), Some("The Korea Herald"));
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin as his dearest friend"));
        // Two short lines are a kicker, not a menu; a byline is no menu item.
        let m = infer("North Korea\nWorld\nKim hails Putin as his dearest friend\n\nText.");
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin as his dearest friend"));
        let m = infer("News\nWorld\nBy AFP\nKim hails Putin as his dearest friend\n\nText.");
        assert_eq!(m.outlet.as_deref(), Some("AFP"));
        // A Markdown scrape's home link names the site over the copyright
        // holder (`Sky UK` publishes Sky News).
        let m = infer(
            "[Sky News - back to home](#)\n\n# Wrexham sack manager\n\nSunday 22 November 2026 19:40, UK\n\nWrexham have sacked their manager.\n\n\u{a9} 2026 Sky UK\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("Sky News"));
        let m = infer(
            "[Skip to main content](#maincontent)\n\n[The Guardian - Back to home](#)\n\n# Greens win by-election\n\nThe Green party has won, officials said.\n",
        );
        assert_eq!(m.outlet.as_deref(), Some("The Guardian"));
    }

    #[test]
    fn rows_of_links_are_navigation() {
        for row in [
            "[National](#) [Politics](#) [Social Affairs](#)",
            "[NK News](#) | [NK Pro](#) | [Korea Risk Group](#)",
            "[Home](#) · [Politics](#) · [Military](#)",
            "[New Zealand](#) / [Weather](#)",
            "[新华网](#) > [时政](#) > 正文",
            "[Share](#)[Facebook](#)[X](#)",
        ] {
            assert!(is_link_row(row), "{row}");
        }
        for not in [
            "[Daily Mail](#)",
            "[TASS](#) Russian News Agency",
            "By [Marianne Levine](#) and [Theodoric Meyer](#)",
            "[Jane Doe](#), [Reuters](#)",
            "[Олена Ковальчук](#) — Середа, 22 січня 2025, 21:47",
            "[Tags](#): [Weather](#) [Gisborne](#)",
            "![Kim](#) [Putin](#)",
            "[Home](#) > [World](#) > the rest of a long sentence that is no page title at all",
            "Kim and Putin [met](#) in [Pyongyang](#)",
        ] {
            assert!(!is_link_row(not), "{not}");
        }
    }
}
