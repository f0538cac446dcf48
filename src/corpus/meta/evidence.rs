//! What the text says about its own metadata, gathered in one pass.
//!
//! [`Evidence::gather`] reads the top lines (below any site navigation),
//! then the whole body and its last lines, and asks the line readers of the
//! sibling modules (headlines, date lines, bylines, datelines, mastheads,
//! copyright lines) what each line gives. The readers only tell
//! what one line is; which line wins (a page's heading over a line that only
//! read as a headline, a labelled date over an updated one, a publisher over
//! a wire) is decided here, so that the order of preference reads in one
//! place.

use crate::corpus::dateparse::{self, DayMonth, Parsed};
use crate::date::Date;
use std::borrow::Cow;

use super::byline::{byline, source_line};
use super::copyright::{copyright_holder, may_hold_notice, publication_of_company};
use super::date::{date_label, is_date_line, issue_line, labeled_date, standalone_date};
use super::dateline::{dateline, year_for_dateline, year_from_copyright};
use super::markdown::{clean_line, find_markdown_byte, remove_markdown};
use super::masthead::{is_masthead, is_one_word_masthead, site_name};
use super::navigation::navigation;
use super::outlet_names::{canonical_wire, is_publication_name, is_short_proper_name};
use super::text::{
    contains_ascii_ci, find_by_key, last_lines, mentions, non_blank_lines, offset_in, starts_with_ignore_ascii_case,
};
use super::title::{is_prose, reads_as_headline};
use super::url::{bare_url, domain, find_url};

/// Non-blank lines at the top of an article where its headline, byline,
/// dateline and date stand; lines further down are body or boilerplate
/// ("related stories" with their own dates).
const TOP_LINES: usize = 10;
/// Non-blank lines of site navigation read past at the top of an article.
const NAVIGATION_LINES: usize = 30;
/// Non-blank lines at the top where a masthead may stand.
const MASTHEAD_LINES: usize = 5;
/// Non-blank lines at the top where a headline may stand (after a masthead,
/// a kicker or a breadcrumb).
const HEADLINE_LINES: usize = 4;
/// A paragraph at least this long (in bytes) is article body, for telling a
/// wire's sign-off after the body from a photo credit above it.
const LONG_PARAGRAPH: usize = 120;
/// Long paragraphs that must precede a sign-off line.
const PARAGRAPHS_BEFORE_SIGN_OFF: usize = 3;
/// Longest line read as a sign-off (`— Reuters`, `(AFP)`, `© dpa`) unless
/// it holds a Markdown link: the longest agency name is 26 bytes.
const SIGN_OFF_BYTES: usize = 120;
/// Non-blank lines at the end of an article where a copyright line stands.
const FOOT_LINES: usize = 5;
/// Bytes at the start of a line searched for `url`/`link` of an
/// `Original url:` label (`**Canonical URL:**`, `[Original link](...)`).
const LABEL_SEARCH_BYTES: usize = 48;

/// Ranks of date evidence, best first.
mod rank {
    pub const LABELED: u8 = 0;
    pub const DATE_LINE: u8 = 1;
    pub const DATELINE: u8 = 2;
    pub const DATELINE_YEAR_RULE: u8 = 3;
    pub const UPDATED: u8 = 4;
}

/// What the text says about its own metadata.
#[derive(Debug, Default)]
pub(super) struct Evidence {
    pub(super) title: Option<(String, &'static str)>,
    dates: Vec<(u8, Date, &'static str)>,
    pub(super) publisher: Option<(String, &'static str)>,
    pub(super) wire: Option<(String, &'static str)>,
    pub(super) url: Option<(String, &'static str)>,
}

impl Evidence {
    pub(super) fn gather(body: &str) -> Evidence {
        let mut ev = Evidence::default();
        let mut lines = non_blank_lines(body);
        // Site navigation above the article (`Skip to main content`, a menu
        // of section names) is passed over: the top lines start below it.
        // (Sized up front: collecting from `take` would grow it step by step.)
        let mut head: Vec<&str> = Vec::with_capacity(TOP_LINES + NAVIGATION_LINES);
        head.extend(lines.by_ref().take(TOP_LINES + NAVIGATION_LINES));
        let nav = navigation(&head);
        if let Some(name) = nav.masthead {
            ev.publisher = Some((name, "masthead"));
        }
        let foot = last_lines(body, FOOT_LINES);
        if let Some(&first) = head.first()
            && let Some(name) = site_name(first, body, &foot)
        {
            ev.publisher.get_or_insert((name, "masthead"));
        }
        let mut top_lines: Vec<&str> = Vec::with_capacity(TOP_LINES);
        top_lines.extend(
            head.iter()
                .enumerate()
                .filter(|&(i, _)| !nav.lines.get(i).copied().unwrap_or(false))
                .map(|(_, l)| *l)
                .take(TOP_LINES),
        );
        // The top lines cleaned. Markdown is rare: one pass over the span of
        // the top lines finds the lines that hold some, which alone are
        // copied without it. (Cleaning line by line costs several times more.)
        let top_end = top_lines.last().map_or(0, |l| offset_in(body, l) + l.len());
        let mut next_markdown: Option<usize> = None;
        let top: Vec<Cow<str>> = top_lines
            .iter()
            .map(|line| {
                let start = offset_in(body, line);
                let next = *next_markdown.get_or_insert_with(|| {
                    find_markdown_byte(&body.as_bytes()[start..top_end]).map_or(top_end, |i| start + i)
                });
                if next >= start + line.len() {
                    Cow::Borrowed(*line)
                } else {
                    next_markdown = None;
                    Cow::Owned(remove_markdown(line))
                }
            })
            .collect();
        let mut partial: Option<DayMonth> = None;
        let mut title_slot_open = true;
        let mut first_text_line = true;
        let mut short_first: Option<String> = None;
        // Where a title was read from a line that looks like a headline,
        // and whether a dateline followed it.
        let mut guessed_at: Option<usize> = None;
        let mut dateline_after_guess = false;
        for (idx, raw) in top.iter().enumerate() {
            let mut line = raw.as_ref();
            if let Some(h) = line.strip_prefix("# ") {
                // The page's own heading is its headline: it beats a line
                // above it that only read as one (a tagline, a section's
                // name, a kicker), unless the text began between them (a
                // lede, a dateline): then the heading is a sub-head.
                let replaces =
                    guessed_at.is_some_and(|at| !dateline_after_guess && !top[at + 1..idx].iter().any(|l| is_prose(l)));
                if ev.title.is_none() || replaces {
                    ev.title = Some((h.trim().to_string(), "markdown heading"));
                    guessed_at = None;
                }
                title_slot_open = false;
                continue;
            }
            if let Some((d, rest)) = date_label(line) {
                ev.dates.push((rank::LABELED, d, "date line"));
                line = rest;
            }
            if line.is_empty() {
                continue;
            }
            if let Some((d, updated)) = labeled_date(line) {
                if updated {
                    ev.dates.push((rank::UPDATED, d, "updated line"));
                } else {
                    ev.dates.push((rank::LABELED, d, "published line"));
                }
                continue;
            }
            if let Some((who, d)) = source_line(line) {
                if let Some(w) = canonical_wire(&who) {
                    ev.wire.get_or_insert((w.to_string(), "source line"));
                } else if is_publication_name(&who) || is_short_proper_name(&who) {
                    // `Source: The Conversation` above the text.
                    ev.publisher.get_or_insert((who.clone(), "source line"));
                }
                if let Some(d) = d {
                    ev.dates.push((rank::DATE_LINE, d, "source line"));
                }
                continue;
            }
            if let Some(credits) = byline(line, idx == 0) {
                for credit in credits {
                    if let Some(w) = canonical_wire(&credit.name) {
                        ev.wire.get_or_insert((w.to_string(), "byline"));
                    } else if let Some(outlet) = credit.outlet(body) {
                        ev.publisher.get_or_insert((outlet, "byline"));
                    }
                }
                if let Some(d) = dateparse::find_full_date(line) {
                    ev.dates.push((rank::DATE_LINE, d, "byline"));
                }
                continue;
            }
            if let Some(dl) = dateline(line) {
                if let Some(who) = dl.outlet {
                    let who = canonical_wire(&who).map_or(who, str::to_string);
                    ev.wire.get_or_insert((who, "dateline"));
                }
                dateline_after_guess |= guessed_at.is_some();
                match dl.date {
                    Some(Parsed::Full(d)) => ev.dates.push((rank::DATELINE, d, "dateline")),
                    Some(Parsed::Partial(dm)) => partial = partial.or(Some(dm)),
                    None => {}
                }
                title_slot_open = false;
                continue;
            }
            if let Some(d) = standalone_date(line) {
                ev.dates.push((rank::DATE_LINE, d, "date line"));
                continue;
            }
            if let Some(d) = issue_line(line) {
                ev.dates.push((rank::DATE_LINE, d, "issue line"));
                continue;
            }
            if idx < MASTHEAD_LINES && is_masthead(line) {
                let name = canonical_wire(line).map_or_else(|| line.to_string(), str::to_string);
                ev.publisher.get_or_insert((name, "masthead"));
                continue;
            }
            // `Clarín` under the headline, above the date, named again at the foot.
            let below_headline = ev.title.is_some() || short_first.is_some();
            if below_headline
                && idx < MASTHEAD_LINES
                && is_one_word_masthead(line)
                && top.get(idx + 1).is_some_and(|next| is_date_line(next))
                && last_lines(body, FOOT_LINES)
                    .iter()
                    .any(|f| offset_in(body, f) > offset_in(body, top_lines[idx]) && mentions(f, line) > 0)
            {
                ev.publisher.get_or_insert((line.to_string(), "masthead"));
                continue;
            }
            if let Some(url) = bare_url(line) {
                if let Some(d) = domain(url) {
                    ev.publisher.get_or_insert((d, "url line"));
                }
                ev.url.get_or_insert((url.to_string(), "url line"));
                continue;
            }
            if title_slot_open && idx < HEADLINE_LINES && ev.title.is_none() {
                if reads_as_headline(line, 4) {
                    ev.title = Some((line.to_string(), "first line"));
                    guessed_at = Some(idx);
                    title_slot_open = false;
                } else if first_text_line && reads_as_headline(line, 2) {
                    // `Tariffs bite`: a headline of two or three words, or a
                    // kicker (`North Korea`) above the headline; it is the
                    // title only if no longer line below is.
                    short_first = Some(line.to_string());
                }
            }
            first_text_line = false;
            // A kicker, breadcrumb or caption credit may stand above the
            // headline; prose (the lede) may not.
            if title_slot_open && line.split_whitespace().nth(7).is_some() {
                title_slot_open = false;
            }
        }
        if ev.title.is_none()
            && let Some(t) = short_first
        {
            ev.title = Some((t, "first line"));
        }
        if let Some(dm) = partial {
            if let Some(d) = year_for_dateline(dm, body, &top) {
                ev.dates
                    .push((rank::DATELINE_YEAR_RULE, d, "dateline, year by weekday"));
            } else if let Some(d) = year_from_copyright(dm, body, &top, &foot) {
                ev.dates
                    .push((rank::DATELINE_YEAR_RULE, d, "dateline, year from copyright line"));
            }
        }
        // The head is split already: the rest of the body follows.
        let foot = ev.scan_whole_body(head.into_iter().chain(lines));
        ev.scan_foot(&foot);
        ev
    }

    /// A copyright line among `foot`, the last lines: the publisher it names
    /// (or the agency), when nothing above named one.
    fn scan_foot(&mut self, foot: &[&str]) {
        // (Cheapest test first: most last lines start with none of the
        // notice's markers.)
        let holder = foot
            .iter()
            .filter(|l| l.starts_with(['C', 'c', '©', '(', '<', '*', '_']) || may_hold_notice(l))
            .find_map(|l| copyright_holder(&clean_line(l)));
        let Some(holder) = holder else {
            return;
        };
        let holder = publication_of_company(&holder).unwrap_or(holder);
        if let Some(w) = canonical_wire(&holder) {
            self.wire.get_or_insert((w.to_string(), "copyright line"));
        } else {
            self.publisher.get_or_insert((holder, "copyright line"));
        }
    }

    /// `Original url:` lines, bare URL lines at the very end, sign-offs, in
    /// `lines`, the body's non-blank lines. Returns the last [`FOOT_LINES`]
    /// of them, the last first, as [`last_lines`] finds them (read on the
    /// way, not searched for again from the end: that was 1.4% of `extract`).
    fn scan_whole_body<'a>(&mut self, lines: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
        // A line is scanned once the three after it are read, or the body
        // has ended: the last three lines may end the body with a URL.
        let mut unscanned = [""; 3];
        let mut unscanned_count = 0;
        let mut long_paragraphs = 0;
        let mut tail = [""; FOOT_LINES];
        let mut seen = 0;
        for line in lines {
            tail[seen % FOOT_LINES] = line;
            seen += 1;
            if unscanned_count == unscanned.len() {
                self.scan_line(unscanned[0], Some(unscanned[1]), false, &mut long_paragraphs);
                unscanned.rotate_left(1);
                unscanned[unscanned_count - 1] = line;
            } else {
                unscanned[unscanned_count] = line;
                unscanned_count += 1;
            }
        }
        let last = &unscanned[..unscanned_count];
        for (i, line) in last.iter().enumerate() {
            self.scan_line(line, last.get(i + 1).copied(), true, &mut long_paragraphs);
        }
        (1..=seen.min(FOOT_LINES))
            .map(|i| tail[(seen - i) % FOOT_LINES])
            .collect()
    }

    /// [`Evidence::scan_whole_body`] on one line, followed by `next`; `at_end`
    /// when it is one of the last three.
    fn scan_line(&mut self, line: &str, next: Option<&str>, at_end: bool, long_paragraphs: &mut usize) {
        // Most lines are prose and none of the three tests below can fire on
        // them: clean only the lines that may hold a URL label, end the body,
        // or be a sign-off.
        // (A label starts its line, after at most a little Markdown.)
        let labelled = may_start_label(line) && {
            let head = &line.as_bytes()[..line.len().min(LABEL_SEARCH_BYTES)];
            contains_ascii_ci(head, b"url") || contains_ascii_ci(head, b"link")
        };
        // Only a line that starts like a URL (or with Markdown) can clean to one.
        let at_end = at_end && self.url.is_none() && may_start_url(line);
        let sign_off = *long_paragraphs >= PARAGRAPHS_BEFORE_SIGN_OFF
            && self.wire.is_none()
            && (line.len() <= SIGN_OFF_BYTES || has_link_target(line));
        if line.len() >= LONG_PARAGRAPH {
            *long_paragraphs += 1;
        }
        if !(labelled || at_end || sign_off) {
            return;
        }
        let clean = clean_line(line);
        if labelled
            && ["original url", "original link", "source url", "canonical url"]
                .iter()
                .any(|l| starts_with_ignore_ascii_case(&clean, l))
        {
            let url = find_url(&clean).or_else(|| next.and_then(find_url));
            if let Some(url) = url {
                if let Some(d) = domain(&url) {
                    // A declared origin beats a URL guessed from a bare line.
                    self.publisher = Some((d, "original url line"));
                }
                self.url = Some((url, "original url line"));
            }
        }
        if at_end
            && self.url.is_none()
            && let Some(url) = bare_url(&clean)
        {
            if let Some(d) = domain(url) {
                self.publisher.get_or_insert((d, "url line"));
            }
            self.url = Some((url.to_string(), "url line"));
        }
        if sign_off {
            let bare = clean.trim_matches(['—', '–', '-', '(', ')', '[', ']', '©', '/', ' ']);
            if let Some(w) = canonical_wire(bare) {
                self.wire = Some((w.to_string(), "sign-off"));
            } else if let Some(src) = bare.strip_prefix("Source:").or_else(|| bare.strip_prefix("SOURCE:")) {
                // `Source: Al Jazeera and news agencies`: the first source named.
                let who = src
                    .split([',', ';'])
                    .next()
                    .unwrap_or("")
                    .split(" and ")
                    .next()
                    .unwrap_or("")
                    .trim();
                if let Some(w) = canonical_wire(who) {
                    self.wire = Some((w.to_string(), "sign-off"));
                } else if is_publication_name(who) {
                    self.publisher.get_or_insert((who.to_string(), "source line"));
                }
            }
        }
    }

    pub(super) fn best_date(&self) -> Option<(u8, Date, &'static str)> {
        // The first of the best rank: `min_by_key` keeps the first minimum.
        self.dates.iter().copied().min_by_key(|d| d.0)
    }
}

/// Whether a trimmed line may clean to one that starts with an `Original
/// url` label: cleaning keeps its first character unless it opens Markdown
/// (`**`, `__`, `[...](...)`; an `<http...>` link cleans to `http...`).
fn may_start_label(line: &str) -> bool {
    line.bytes()
        .next()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'o' | b's' | b'c' | b'*' | b'_' | b'['))
}

/// Whether a trimmed line may clean to a bare URL (`https://...`,
/// `<https://...>`): cleaning keeps its first character unless it opens
/// Markdown.
fn may_start_url(line: &str) -> bool {
    line.bytes()
        .next()
        .is_some_and(|b| matches!(b, b'h' | b'<' | b'*' | b'_' | b'['))
}

/// Whether `line` holds `](`, the middle of a Markdown link.
fn has_link_target(line: &str) -> bool {
    find_by_key(line, "](", 0).is_some()
}

#[cfg(test)]
mod tests {
    use super::super::tests::{date, infer};
    use super::*;

    /// The tops of articles as copied from the sites of outlets the corpus does
    /// not hold, and what they tell: (text, outlet, date, title).
    #[test]
    fn article_tops_in_house_styles() {
        let lede = "North Korean leader Kim Jong Un called Russian President Vladimir Putin his dearest friend in a New Year's letter, state media said Tuesday.";
        for (top, outlet, day, title) in [
            (
                "North Korea’s Kim calls Putin his ‘dearest friend’ in New Year’s letter\nBy KIM TONG-HYUNG\nUpdated 3:02 AM GMT+9, December 31, 2024\nSEOUL, South Korea (AP) — ",
                "AP",
                Some("2024-12-31"),
                Some("North Korea’s Kim calls Putin his ‘dearest friend’ in New Year’s letter"),
            ),
            (
                "North Korea's Kim sends New Year greetings to Putin, KCNA says\nBy Reuters\nDecember 31, 20247:35 AM GMT+9Updated 2 hours ago\nSEOUL, Dec 31 (Reuters) - ",
                "Reuters",
                Some("2024-12-31"),
                Some("North Korea's Kim sends New Year greetings to Putin, KCNA says"),
            ),
            (
                "Kim hails 'dearest friend' Putin in New Year message\nIssued on: 31/12/2024 - 03:05\nSeoul (AFP) – ",
                "AFP",
                Some("2024-12-31"),
                Some("Kim hails 'dearest friend' Putin in New Year message"),
            ),
            (
                "N. Korea's Kim sends New Year's card to Putin\nAll News 09:14 December 31, 2024\nSEOUL, Dec. 31 (Yonhap) -- ",
                "Yonhap",
                Some("2024-12-31"),
                Some("N. Korea's Kim sends New Year's card to Putin"),
            ),
            (
                "Kim Jong Un calls Putin 'dearest friend' in New Year letter\n31 December 2024\nJean Mackenzie\nSeoul correspondent\n",
                "file",
                Some("2024-12-31"),
                Some("Kim Jong Un calls Putin 'dearest friend' in New Year letter"),
            ),
            (
                "Kim Jong-un hails Putin as ‘dearest friend’ in new year message\nJustin McCurry in Tokyo\nTue 31 Dec 2024 03.46 GMT\n",
                "file",
                Some("2024-12-31"),
                Some("Kim Jong-un hails Putin as ‘dearest friend’ in new year message"),
            ),
            (
                "Kim Jong-un Sends Putin New Year’s Greetings\nBy Choe Sang-Hun\nReporting from Seoul\nDec. 31, 2024\n",
                "file",
                Some("2024-12-31"),
                Some("Kim Jong-un Sends Putin New Year’s Greetings"),
            ),
            (
                "The Korea Herald\nKim sends New Year's greetings to Putin\nBy Yoon Min-sik\nPublished : Dec. 31, 2024 - 10:22\n",
                "The Korea Herald",
                Some("2024-12-31"),
                Some("Kim sends New Year's greetings to Putin"),
            ),
            // The year from the weekday: Dec. 31 was a Tuesday in 2024 (the lede says "Tuesday").
            ("MOSCOW, December 31. /TASS/. ", "TASS", Some("2024-12-31"), None),
        ] {
            let m = infer(&format!("{top}{lede}\n\nMore text in 2024.\n"));
            assert_eq!(m.outlet.as_deref(), Some(outlet), "{top}");
            assert_eq!(date(&m).as_deref(), day, "{top}");
            assert_eq!(m.title.as_deref(), title, "{top}");
        }
    }

    /// What the new date forms do not read: an ambiguous numeric date, a
    /// two-digit year without a label, a date in prose, a date below the top.
    #[test]
    fn new_date_forms_stay_at_the_top_and_unambiguous() {
        for body in [
            "Headline of the story here\n11/04/2025 07:51 AM\n\nText.",
            "Headline of the story here\n11/04/2025 07:51 IST\n\nText.",
            "Headline of the story here\n14.03.25 | 17:32\n\nText.",
            "Headline of the story here\nSeen 14.03.25 by 3 readers\n\nText.",
            "Лавров сообщил, что 15 марта 2025 года встретится с коллегами из Китая и Индии.\n",
            "The vote is set for 11/04/2025 07:51 AM EST, the clerk said.\n",
        ] {
            assert_eq!(date(&infer(body)), None, "{body}");
        }
        let mut body = "Kim sent a letter.\n\n".repeat(TOP_LINES);
        body.push_str("Газета «Коммерсантъ» №45 от 16.03.2025, стр. 2\n\nПонеділок, 3 березня 2025, 14:27\n");
        assert_eq!(date(&infer(&body)), None);
    }

    #[test]
    fn dates_below_the_top_are_boilerplate() {
        let mut body = "Kim sent a letter.\n\n".repeat(TOP_LINES);
        body.push_str("Related stories\n\nJanuary 6, 2026\n");
        assert_eq!(date(&infer(&body)), None);
    }

    #[test]
    fn sign_off_after_the_body_is_a_wire() {
        let para = "Kim Jong Un sent a letter to Vladimir Putin hailing their alliance, state media said on Friday, in a paragraph long enough to be body text.";
        let body = format!("Korea JoongAng Daily\n\n{para}\n\n{para}\n\n{para}\n\nYonhap\n");
        let m = infer(&body);
        assert_eq!(m.outlet.as_deref(), Some("Korea JoongAng Daily"));
        assert_eq!(m.extra["wire"], "Yonhap");
        assert_eq!(m.inferred["wire"], "sign-off");
        // `Source: Al Jazeera` under the body names the publisher.
        let m = infer(&format!(
            "{para}\n\n{para}\n\n{para}\n\nSource: Al Jazeera and news agencies\n"
        ));
        assert_eq!(m.outlet.as_deref(), Some("Al Jazeera"));
        assert_eq!(m.inferred["outlet"], "source line");
        // A photo credit above the body is not a sign-off.
        let m = infer(&format!("AFP\n\n{para}\n\n{para}\n"));
        assert!(!m.extra.contains_key("wire"));
    }
}
