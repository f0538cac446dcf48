//! Article metadata: a declared header block, or what can be inferred.
//!
//! A header is a block of `key: value` lines at the very top of a file,
//! closed by a line `---`:
//!
//! ```text
//! outlet: AFP
//! date: 2024-12-31
//! url: https://example.org/story
//! title: Kim hails 'dearest friend' Putin
//! note: anything else is kept as extra metadata
//! ---
//! ```
//!
//! Declared values always win and are not marked. What is missing is inferred
//! from the text by [`infer_missing`] (headline, date line, byline, dateline,
//! masthead, `Original url:` line, sign-off, copyright line), each inferred
//! field recorded in [`Metadata::inferred`] with how it was found. A news
//! agency credited besides the publisher goes to `extra["wire"]`.

use super::dateparse::{self, DayMonth, Parsed};
use super::html::HtmlPage;
use crate::date::Date;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Outlet, date, title and URL of an article, each declared or inferred.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Metadata {
    /// Who published the article.
    pub outlet: Option<String>,
    /// When it was published.
    pub date: Option<Date>,
    /// Headline.
    pub title: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
    /// Fields that were inferred rather than declared, with how
    /// (`"byline"`, `"dateline"`, `"masthead"`, `"copyright line"`, `"issue
    /// line"`, `"file name"`, ...).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub inferred: BTreeMap<String, String>,
    /// Header keys quotecheck does not know, kept as they were.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, String>,
}

/// Longest header block considered, in lines.
const MAX_HEADER_LINES: usize = 40;
/// Non-blank lines at the top of an article where its headline, byline,
/// dateline and date stand; lines further down are body or boilerplate
/// ("related stories" with their own dates).
const TOP_LINES: usize = 10;
/// Non-blank lines of site navigation read past at the top of an article.
const NAVIGATION_LINES: usize = 30;
/// Longest menu item (`Opinion`, `Sign in`, `Climate crisis`), in bytes.
const MENU_ITEM_BYTES: usize = 24;
/// Menu items in a row that make a menu (fewer may be a kicker and a
/// masthead).
const MENU_RUN: usize = 3;
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

/// Splits a declared header from the body; infers what is missing.
/// Returns the metadata and the body (the text after the closing `---`
/// line, or the whole text when there is no header). A header may also be
/// opened by a `---` line (Markdown front matter).
///
/// ```
/// use quotecheck::corpus::meta::split_header;
/// let (meta, body) = split_header("outlet: AFP\ndate: 2024-12-31\nnote: wire copy\n---\nText.\n", None);
/// assert_eq!(meta.outlet.as_deref(), Some("AFP"));
/// assert_eq!(meta.extra["note"], "wire copy");
/// assert!(meta.inferred.is_empty());
/// assert_eq!(body, "Text.\n");
/// ```
pub fn split_header(text: &str, fallback_outlet: Option<String>) -> (Metadata, String) {
    let (mut meta, body_start) = read_header(text);
    let body = text[body_start..].to_string();
    infer_missing(&mut meta, &body, fallback_outlet);
    (meta, body)
}

/// [`split_header`] of a text no longer needed: the body is what is left of
/// `text` once its header is cut off, not a copy of it (one allocation and
/// copy of each article less).
pub fn split_header_owned(mut text: String, fallback_outlet: Option<String>) -> (Metadata, String) {
    let (mut meta, body_start) = read_header(&text);
    text.drain(..body_start);
    infer_missing(&mut meta, &text, fallback_outlet);
    (meta, text)
}

/// The fields a header declares, and where the body starts (0 without a
/// closed header).
fn read_header(text: &str) -> (Metadata, usize) {
    let mut meta = Metadata::default();
    // Where the header's `key: value` lines start and end, and the body.
    let mut lines = split_lines_inclusive(text).peekable();
    let mut fields_start = 0;
    if lines.peek().is_some_and(|l| trim(l) == "---") {
        fields_start = lines.next().map_or(0, str::len);
    }
    let mut fields_end = fields_start;
    let mut body_start = 0;
    for (n, line) in lines.enumerate() {
        if n >= MAX_HEADER_LINES {
            break;
        }
        let trimmed = trim(line);
        if trimmed == "---" {
            // A header holds at least one field.
            if n > 0 {
                body_start = fields_end + line.len();
            }
            break;
        }
        let key = find_byte(trimmed.as_bytes(), b':').map(|colon| &trimmed[..colon]);
        if !key.is_some_and(is_header_key) {
            break;
        }
        fields_end += line.len();
    }
    // The fields of a closed header, read again: most files have none, and
    // only the values kept are copied.
    if body_start > 0 {
        for line in split_lines_inclusive(&text[fields_start..fields_end]) {
            let field = trim(line);
            let Some(colon) = find_byte(field.as_bytes(), b':') else {
                continue;
            };
            let (key, value) = (trim(&field[..colon]), trim(&field[colon + 1..]));
            if value.is_empty() {
                continue;
            }
            let is = |name: &str| key.eq_ignore_ascii_case(name);
            if is("outlet") || is("source") || is("publisher") {
                meta.outlet = Some(value.to_string());
            } else if is("date") || is("published") {
                // A value that is not a date is kept, not lost.
                match dateparse::parse_declared(value) {
                    Some(d) => meta.date = Some(d),
                    None => {
                        meta.extra.insert(key.to_ascii_lowercase(), value.to_string());
                    }
                }
            } else if is("url") || is("link") {
                meta.url = Some(value.to_string());
            } else if is("title") || is("headline") {
                meta.title = Some(value.to_string());
            } else {
                meta.extra.insert(key.to_ascii_lowercase(), value.to_string());
            }
        }
    }
    (meta, body_start)
}

/// Metadata of an HTML page: what its head declares, then inference on its text.
pub fn metadata_for_html(page: &HtmlPage, fallback_outlet: Option<String>) -> Metadata {
    let mut meta = page.meta.clone();
    infer_missing(&mut meta, &page.text, fallback_outlet);
    meta
}

fn is_header_key(k: &str) -> bool {
    let k = trim(k);
    !k.is_empty() && k.len() <= 24 && k.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// Fills the fields the header did not declare from the article text, and
/// records in [`Metadata::inferred`] how each was found.
///
/// - **title**: a Markdown `# ` heading near the top (above the text: it
///   replaces a line above it that only read as a headline, a tagline or a
///   section's label), else a first line that reads as a headline (short,
///   capitalized, no final period). Rows of links (menus, breadcrumbs) are
///   navigation, never a title.
/// - **date**, from the top lines only: a `date 2024-12-31` or `Published:`
///   line (labels in a dozen languages: `Giriş Tarihi:`, `פורסם:`,
///   `Опубликовано:`; also after a desk's credit and ` / ` or ` | `), a line
///   that is a date (`December 31, 2024`, `Tue 31 Dec 2024 03.46 GMT`, `12
///   marca 2025 | 18:42`, `2025年3月14日`), a byline with a date, a print
///   issue's line (`№44 от 15.03.2025`), a dateline (`SEOUL, Dec. 31, 2024
///   (AP) —`). A dateline without a year (`Dec. 31 (UPI) —`) gets one only
///   when exactly one of the years around the latest year the article
///   mentions puts that day on a weekday the top lines name ("reported on
///   Tuesday"), or else from the copyright line's year when nothing in the
///   article contradicts it (`© 2025 TASS`); otherwise the date stays
///   unknown. An `Updated` line is the last resort. Numeric dates: with
///   dots, day first (`14.03.2025`); with
///   slashes, the part over 12 tells the order, and when both are 12 or
///   less the date is read month first only on a line that is that date,
///   a time and a US time zone (`11/04/2025 07:51 AM EST`), else it stays
///   unknown; a two-digit year only right after a label (`פורסם: 14.03.25`).
/// - **outlet**: the publisher (the domain of an `Original url:` line or of a
///   bare URL line at the top or bottom, a masthead line such as `Korea
///   JoongAng Daily`, the page's first link when it names the site, its
///   logo (`[Daily Mail](#)`), a one-word masthead under the headline and
///   above the date that the foot names again (`Clarín`), an outlet in the
///   byline, a copyright line at the foot), else the agency credited by a
///   dateline (`(Reuters) -`), byline (`By AFP`), sign-off line (`Yonhap`
///   after the body) or copyright line, else the file name. The publisher is
///   preferred (the paper rather than the company a copyright line names):
///   it is who chose to print these words; a wire credited besides it is kept
///   as `extra["wire"]`. After a writer's name a byline may name a place
///   (`By Jane Doe, Washington`) as well as an outlet, so the outlet must
///   show it is one: a publication's name, a domain (`iDNES.cz`), a word
///   only outlets are named with (`Capital Brief`, `USA TODAY`), or the
///   newsroom of a staff writer (`ESPN Staff Writer`).
/// - **url**: an `Original url:` line or a bare URL line.
///
/// ```
/// use quotecheck::corpus::meta::{infer_missing, Metadata};
/// let mut meta = Metadata::default();
/// infer_missing(&mut meta, "SEOUL, Dec. 31, 2024 (Reuters) - North Korea said...\n", None);
/// assert_eq!(meta.outlet.as_deref(), Some("Reuters"));
/// assert_eq!(meta.date.unwrap().to_string(), "2024-12-31");
/// assert_eq!(meta.inferred["date"], "dateline");
/// ```
pub fn infer_missing(meta: &mut Metadata, body: &str, fallback_outlet: Option<String>) {
    let ev = Evidence::gather(body);
    let mut set = |field: &str, how: &str| {
        meta.inferred.insert(field.to_string(), how.to_string());
    };
    if meta.title.is_none()
        && let Some((t, how)) = ev.title.clone()
    {
        meta.title = Some(t);
        set("title", how);
    }
    if meta.date.is_none()
        && let Some((_, d, how)) = ev.best_date()
    {
        meta.date = Some(d);
        set("date", how);
    }
    if meta.url.is_none()
        && let Some((u, how)) = ev.url.clone()
    {
        meta.url = Some(u);
        set("url", how);
    }
    if meta.outlet.is_none() {
        if let Some((o, how)) = ev.publisher.clone().or_else(|| ev.wire.clone()) {
            meta.outlet = Some(o);
            set("outlet", how);
        } else if let Some(o) = fallback_outlet {
            meta.outlet = Some(o);
            set("outlet", "file name");
        }
    }
    if let Some((wire, how)) = ev.wire
        && !meta.extra.contains_key("wire")
        && !meta.outlet.as_deref().is_some_and(|o| same_outlet(o, &wire))
    {
        meta.extra.insert("wire".into(), wire);
        set("wire", how);
    }
}

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
struct Evidence {
    title: Option<(String, &'static str)>,
    dates: Vec<(u8, Date, &'static str)>,
    publisher: Option<(String, &'static str)>,
    wire: Option<(String, &'static str)>,
    url: Option<(String, &'static str)>,
}

impl Evidence {
    fn gather(body: &str) -> Evidence {
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

    fn best_date(&self) -> Option<(u8, Date, &'static str)> {
        // The first of the best rank: `min_by_key` keeps the first minimum.
        self.dates.iter().copied().min_by_key(|d| d.0)
    }
}

/// Where `part`, a slice of `text`, starts in it.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The lines of `body` that are not blank, trimmed. (Split at `\n` as by
/// `str::lines`, whose line ends the trimming removes with the rest of the
/// spacing, but quicker: see [`find_byte`].)
fn non_blank_lines(body: &str) -> impl Iterator<Item = &str> {
    let mut rest = body;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = find_byte(rest.as_bytes(), b'\n').unwrap_or(rest.len());
            let line = trim(&rest[..end]);
            rest = rest.get(end + 1..).unwrap_or("");
            if !line.is_empty() {
                return Some(line);
            }
        }
        None
    })
}

/// The last `n` non-blank lines of `body`, trimmed, the last first.
fn last_lines(body: &str, n: usize) -> Vec<&str> {
    let mut lines = Vec::with_capacity(n);
    let mut rest = body;
    while lines.len() < n && !rest.is_empty() {
        let start = rest.rfind('\n').map_or(0, |i| i + 1);
        let line = trim(&rest[start..]);
        if !line.is_empty() {
            lines.push(line);
        }
        rest = &rest[..start.saturating_sub(1)];
    }
    lines
}

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
fn copyright_holder(line: &str) -> Option<String> {
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
fn may_hold_notice(line: &str) -> bool {
    // (A notice is short: [`copyright_holder`] reads none longer.)
    line.len() <= 200 && !line.is_ascii() && (line.contains('©') || chinese_rights_at(line).is_some())
}

/// Whether a line at the foot is a copyright notice: `©`, `Copyright`,
/// `(c)`, `版权所有`.
fn is_copyright_notice(line: &str) -> bool {
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

/// `s` without a leading ASCII `prefix` in any case.
fn strip_prefix_ignore_ascii_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    starts_with_ignore_ascii_case(s, prefix).then(|| &s[prefix.len()..])
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
/// Only a company named for one publication word is read so (`Westland
/// Media`, `Dow Jones & Company` name no paper).
fn publication_of_company(holder: &str) -> Option<String> {
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

/// `text.split_inclusive('\n')`, quicker: see [`find_byte`].
fn split_lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_byte(rest.as_bytes(), b'\n').map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// Where `byte` first stands in `haystack`, looked for in eight-byte words:
/// in `x = word ^ (byte in every lane)`, `(x - 0x0101...) & !x & 0x8080...`
/// flags the lanes that are zero, the lowest one exactly. (`str` searches
/// for a `char` run memchr, then compare the match in a function call, which
/// costs more than most lines' search.)
pub(super) fn find_byte(haystack: &[u8], byte: u8) -> Option<usize> {
    const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);
    let pattern = LOW_BITS * u64::from(byte);
    let zero_lanes = |word: &[u8]| {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes")) ^ pattern;
        x.wrapping_sub(LOW_BITS) & !x & HIGH_BITS
    };
    // Sixteen bytes a step, tested together.
    let mut pairs = haystack.chunks_exact(16);
    let mut offset = 0;
    for pair in pairs.by_ref() {
        let (low, high) = (zero_lanes(&pair[..8]), zero_lanes(&pair[8..]));
        if low | high != 0 {
            let lanes = if low != 0 { low } else { high };
            return Some(offset + usize::from(low == 0) * 8 + lanes.trailing_zeros() as usize / 8);
        }
        offset += 16;
    }
    pairs.remainder().iter().position(|&b| b == byte).map(|i| offset + i)
}

/// `str::trim`, without its char-by-char tests when both ends are ASCII.
fn trim(s: &str) -> &str {
    let t = s.trim_ascii();
    // `trim_ascii` leaves a vertical tab, which is whitespace to `trim`.
    let plain = |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii() && b != 0x0B);
    if plain(t.as_bytes().first()) && plain(t.as_bytes().last()) {
        t
    } else {
        t.trim()
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

/// `s.to_ascii_lowercase().starts_with(prefix)` for a lower-case ASCII
/// `prefix`, without the copy.
fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `hay` contains `needle` (ASCII, lower-case), ignoring ASCII case.
fn contains_ascii_ci(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    (0..hay.len().saturating_sub(needle.len() - 1))
        .any(|i| hay[i] | 0x20 == first && hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// Markdown and spacing removed: `**By [AFP](#)**  ` -> `By AFP`, `<https://x>` -> `https://x`.
fn clean_line(line: &str) -> Cow<'_, str> {
    let line = trim(line);
    // Prose lines hold no Markdown: nothing to remove, nothing to copy.
    if any_byte(line.as_bytes(), may_open_markdown) {
        Cow::Owned(remove_markdown(line))
    } else {
        Cow::Borrowed(line)
    }
}

/// [`clean_line`] of a trimmed line that holds a byte that may open Markdown.
fn remove_markdown(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    // The next `](` and `>` at or after the current position, searched once
    // each time the position passes them, so that `[[[[` stays linear.
    let mut link_close = None;
    let mut gt = None;
    let next = |cached: &mut Option<Option<usize>>, i: usize, pat: &str| -> Option<usize> {
        if cached.is_none_or(|c: Option<usize>| c.is_some_and(|c| c < i)) {
            *cached = Some(find_by_key(&line[i..], pat, 0).map(|p| p + i));
        }
        cached.flatten()
    };
    let mut i = 0;
    while i < line.len() {
        // Text up to the next byte that may open Markdown is kept as it is.
        let plain = find_markdown_byte(&line.as_bytes()[i..]).unwrap_or(line.len() - i);
        out.push_str(&line[i..i + plain]);
        i += plain;
        let rest = &line[i..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if rest.starts_with("**") || rest.starts_with("__") {
            i += 2;
            continue;
        }
        if c == '['
            && let Some(close) = next(&mut link_close, i, "](")
            && close - i <= 300
            && !line[i + 1..close].contains(['[', ']'])
            && let Some(end) = window(&line[close..], 2000).find(')')
        {
            out.push_str(&line[i + 1..close]);
            i = close + end + 1;
            continue;
        }
        if c == '<'
            && let Some(end) = next(&mut gt, i, ">")
            && line[i + 1..end].starts_with("http")
        {
            out.push_str(&line[i + 1..end]);
            i = end + 1;
            continue;
        }
        out.push(c);
        i += c.len_utf8();
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        out
    } else {
        trimmed.to_string()
    }
}

/// The bytes that may open Markdown [`clean_line`] removes: `**`, `__`,
/// `[text](target)`, `<http...>`.
fn may_open_markdown(b: u8) -> bool {
    (b == b'*') | (b == b'_') | (b == b'[') | (b == b'<')
}

/// Where the first byte that may open Markdown stands in `bytes`: a block
/// of 64 bytes at a time (see [`any_byte`]), most of which hold none.
fn find_markdown_byte(bytes: &[u8]) -> Option<usize> {
    const BLOCK: usize = 64;
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut offset = 0;
    for block in blocks.by_ref() {
        if any_byte(block, may_open_markdown) {
            break;
        }
        offset += BLOCK;
    }
    bytes[offset..]
        .iter()
        .position(|&b| may_open_markdown(b))
        .map(|i| offset + i)
}

/// Whether any byte of `s` passes `test`. Without an early exit and with
/// a byte (not a `bool`) to collect the answer, so that the compiler tests
/// sixteen bytes at once: several times faster than `Iterator::any` on
/// lines where no byte passes, the common case.
fn any_byte(s: &[u8], test: impl Fn(u8) -> bool) -> bool {
    s.iter().fold(0u8, |found, &b| found | u8::from(test(b))) != 0
}

/// The first `max` bytes of `s` (fewer, to end on a char boundary).
fn window(s: &str, max: usize) -> &str {
    &s[..floor_char_boundary(s, max)]
}

/// A leading `date 2024-12-31` / `Date: December 31, 2024`: the date and the
/// rest of the line.
fn date_label(line: &str) -> Option<(Date, &str)> {
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
fn labeled_date(line: &str) -> Option<(Date, bool)> {
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
fn issue_line(line: &str) -> Option<Date> {
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
fn non_time_words(text: &str) -> impl Iterator<Item = &str> {
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
fn standalone_date(line: &str) -> Option<Date> {
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

/// `Source: Xinhua | 2024-12-31 10:22:16 | Editor: huaxia`: the credited
/// source and a date. Chinese pages put the label after the date:
/// `2025-01-14 19:32:08 来源：新华网`.
fn source_line(line: &str) -> Option<(String, Option<Date>)> {
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
struct Credit {
    name: String,
    /// Right after `By` or `and`, where a writer's name stands; otherwise
    /// after a separator (`,`, `|`, `—`, `for`), where an outlet may.
    writer_slot: bool,
}

impl Credit {
    /// The publication this credit names, if it surely names one; `body`
    /// is the article, for names that must recur in it.
    fn outlet(&self, body: &str) -> Option<String> {
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
fn byline(line: &str, first_line: bool) -> Option<Vec<Credit>> {
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

/// How many times `name` stands in `text` as whole words.
fn mentions(text: &str, name: &str) -> usize {
    text.match_indices(name)
        .filter(|&(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
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
fn names_an_outlet(name: &str) -> bool {
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
const ROLES: &[&str] = &[
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

/// Lower-case words that join the words of a name (`Corriere della Sera`,
/// `Diário de Notícias`, `Hürriyet Gazetecilik ve Matbaacılık`).
const JOINING_WORDS: &[&str] = &[
    "of", "and", "&", "the", "de", "la", "di", "della", "del", "der", "des", "du", "do", "da", "dos", "das", "van",
    "von", "y", "e", "i", "et", "og", "och", "und", "ve",
];

/// Words that name news outlets and (almost) never places, in any case:
/// the publication words of mastheads (`Times`, `Today`) and more that
/// follow a writer's name (`Brief`, `Media`, `Radio`), in the languages
/// quotecheck reads dates in (`Zeitung`, `Gazeta`, `Diário`, `Sanomat`,
/// `правда`, `газета`). (`Post Falls` is a place: rare enough after a
/// byline's comma.)
fn is_outlet_word(word: &str) -> bool {
    const MORE: &[&str] = &[
        "brief",
        "media",
        "radio",
        "tv",
        "television",
        "online",
        "zeitung",
        "rundschau",
        "anzeiger",
        "kurier",
        "tagblatt",
        "nachrichten",
        "presse",
        "gazeta",
        "gazzetta",
        "gaceta",
        "diario",
        "diário",
        "jornal",
        "periódico",
        "corriere",
        "courrier",
        "quotidien",
        "noticias",
        "notícias",
        "nouvelles",
        "noviny",
        "zprávy",
        "sanomat",
        "dagblad",
        "krant",
        "tidning",
        "tidningen",
        "avis",
        "avisen",
        "gazetesi",
        "haber",
        "dziennik",
        "wiadomości",
        "правда",
        "газета",
        "новости",
        "новини",
        "известия",
        "вести",
        "вісті",
        "ведомости",
        "вестник",
        "вісник",
    ];
    PUBLICATION_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word)) || MORE.contains(&word.to_lowercase().as_str())
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

/// What a dateline says.
#[derive(Debug, PartialEq, Eq)]
struct Dateline {
    outlet: Option<String>,
    date: Option<Parsed>,
}

/// `SEOUL, Dec 31 (Reuters) - ...`, `Dec. 31 (UPI) — ...`, `Seoul (AFP) – ...`,
/// `PYONGYANG, December 31 (KCNA) -- ...`, `SEOUL, Dec. 31 -- ...` (no agency).
fn dateline(line: &str) -> Option<Dateline> {
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

/// `hay.find(needle)` for a needle that starts with a space (` /`, ` — `):
/// see [`find_by_key`], with the last byte of its second character, rarer
/// than a space.
fn find_spaced(hay: &str, needle: &str) -> Option<usize> {
    let key_at = needle[1..].chars().next()?.len_utf8();
    find_by_key(hay, needle, key_at)
}

/// `hay.find(needle)`: looks for the needle's byte at `key_at`, one rare in
/// text, with [`find_byte`], and compares the needle there. (`str::find`
/// with a string sets up a two-way searcher first, which costs more than
/// these short searches.)
fn find_by_key(hay: &str, needle: &str, key_at: usize) -> Option<usize> {
    let key = needle.as_bytes()[key_at];
    let hay = hay.as_bytes();
    let mut from = key_at;
    while let Some(found) = find_byte(hay.get(from..)?, key) {
        let start = from + found - key_at;
        if hay[start..].starts_with(needle.as_bytes()) {
            return Some(start);
        }
        from += found + 1;
    }
    None
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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

/// Canonical names of news agencies, by alias (lower case when in Latin
/// letters; as printed in other scripts).
const WIRES: &[(&str, &str)] = &[
    ("ap", "AP"),
    ("associated press", "AP"),
    ("the associated press", "AP"),
    ("afp", "AFP"),
    ("agence france-presse", "AFP"),
    ("agence france presse", "AFP"),
    ("reuters", "Reuters"),
    ("reuters staff", "Reuters"),
    ("thomson reuters", "Reuters"),
    ("upi", "UPI"),
    ("united press international", "UPI"),
    ("yonhap", "Yonhap"),
    ("yonhap news", "Yonhap"),
    ("yonhap news agency", "Yonhap"),
    ("연합뉴스", "Yonhap"),
    ("xinhua", "Xinhua"),
    ("xinhua news agency", "Xinhua"),
    ("kyodo", "Kyodo"),
    ("kyodo news", "Kyodo"),
    ("tass", "TASS"),
    ("ria novosti", "RIA Novosti"),
    ("interfax", "Interfax"),
    ("dpa", "dpa"),
    ("efe", "EFE"),
    ("ansa", "ANSA"),
    ("bloomberg", "Bloomberg"),
    ("pti", "PTI"),
    ("ani", "ANI"),
    ("ians", "IANS"),
    ("bernama", "Bernama"),
    ("anadolu", "Anadolu"),
    ("anadolu agency", "Anadolu"),
    ("РИА Новости", "RIA Novosti"),
    ("ТАСС", "TASS"),
    ("Интерфакс", "Interfax"),
    ("新华社", "Xinhua"),
    ("新華社", "Xinhua"),
    ("kcna", "KCNA"),
    ("korean central news agency", "KCNA"),
    // Press-release wires: `CAMBRIDGE, England, March 3, 2025 /PRNewswire/ --`.
    ("prnewswire", "PR Newswire"),
    ("pr newswire", "PR Newswire"),
    ("business wire", "Business Wire"),
    ("globenewswire", "GlobeNewswire"),
    ("globe newswire", "GlobeNewswire"),
];

/// The canonical name of a news agency, if `name` is one.
fn canonical_wire(name: &str) -> Option<&'static str> {
    // Latin aliases are lower case and others as printed: no need to
    // lower-case (and allocate) `name`.
    let name = name.trim();
    WIRES
        .iter()
        .find(|(alias, _)| alias.eq_ignore_ascii_case(name))
        .map(|(_, c)| *c)
}

/// Whether an outlet name and an agency name denote the same organisation
/// (`UPI` and `upi.com`, `AP` and `apnews.com`).
fn same_outlet(outlet: &str, wire: &str) -> bool {
    let o = outlet.to_lowercase();
    let w = wire.to_lowercase();
    if o == w || canonical_wire(&o).is_some_and(|c| c.eq_ignore_ascii_case(&w)) {
        return true;
    }
    let label = o.split('.').next().unwrap_or("");
    o.contains('.') && (label == w || label.strip_prefix(w.as_str()).is_some_and(|r| r == "news"))
}

/// Words that name a publication in a masthead or byline.
const PUBLICATION_WORDS: &[&str] = &[
    "Daily",
    "Times",
    "Post",
    "News",
    "Herald",
    "Journal",
    "Tribune",
    "Gazette",
    "Guardian",
    "Telegraph",
    "Chronicle",
    "Observer",
    "Independent",
    "Express",
    "Mirror",
    "Standard",
    "Monitor",
    "Review",
    "Economist",
    "Insider",
    "Dispatch",
    "Courier",
    "Sentinel",
    "Inquirer",
    "Examiner",
    "Bulletin",
    "Globe",
    "Today",
    "Weekly",
    "Magazine",
    "Press",
    "Agency",
    "Wire",
    "Newswire",
    "Reporter",
    "Register",
    "Ledger",
    "Star",
    "Mail",
];

/// Words that make a publication-looking line a section name instead
/// (`Breaking News`, `World News`).
const GENERIC_WORDS: &[&str] = &[
    "Breaking",
    "Latest",
    "Top",
    "World",
    "Local",
    "More",
    "Related",
    "Business",
    "Sports",
    "National",
    "International",
    "Live",
    "Home",
    "Tech",
    "Science",
    "Politics",
    "Opinion",
    "Entertainment",
    "Fake",
    "Good",
    "The",
    "Of",
    "And",
    "&",
    "Daily",
];

/// Names of publications that have none of the usual words.
const KNOWN_PUBLICATIONS: &[&str] = &["BBC", "CNN", "NPR", "Al Jazeera", "Politico", "Axios", "Nikkei Asia"];

/// `Korea JoongAng Daily`, `The Moscow Times`, `NK News`: a publication's
/// name in title case, not a section name.
fn is_publication_name(s: &str) -> bool {
    let s = s.trim();
    if KNOWN_PUBLICATIONS.iter().any(|p| p.eq_ignore_ascii_case(s)) {
        return true;
    }
    if s.len() > 50 {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    // `The Telegraph`, `Daily Mail`: a paper named by its publication word
    // alone, after `The` or `Daily` (not a section: `The Daily`, `Daily News`).
    if let [first, word] = words[..]
        && (first == "The" || first == "Daily")
        && PUBLICATION_WORDS.contains(&word)
        && !SECTION_PUBLICATION_WORDS.contains(&word)
    {
        return true;
    }
    (2..=6).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || ["of", "and", "&", "the"].contains(w)
        })
        && words.iter().any(|w| PUBLICATION_WORDS.contains(w))
        && words
            .iter()
            .any(|w| !PUBLICATION_WORDS.contains(w) && !GENERIC_WORDS.contains(w))
}

/// Publication words that also name sections, podcasts and newsletters
/// (`The Daily`, `Daily News`, `The Review`, `Today`): not a masthead
/// after `The` or `Daily` alone.
const SECTION_PUBLICATION_WORDS: &[&str] = &[
    "Daily", "Weekly", "News", "Today", "Magazine", "Review", "Press", "Agency", "Wire", "Newswire", "Bulletin",
    "Reporter",
];

/// One to five words, each capitalized (or of a script without capitals)
/// but for `of`, `and`, `the`: `The Conversation`, `Le Monde`, `新华网`.
fn is_short_proper_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && s.len() <= 50
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c)) || ["of", "and", "&", "the"].contains(w)
        })
}

/// Which of the first lines are site navigation, and the publication a
/// `The Guardian - Back to home` link names.
#[derive(Debug, Default)]
struct Navigation {
    lines: Vec<bool>,
    masthead: Option<String>,
}

/// Marks the navigation among `head`, the first non-blank lines: page
/// controls (`Skip to main content`, `... - Back to home`) anywhere in it,
/// and runs of [`MENU_RUN`] or more menu items. Navigation ends at the first
/// line that is neither (the headline, a byline, a date).
fn navigation(head: &[&str]) -> Navigation {
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
        if nav.lines[i] {
            run_start = i + 1;
        } else if let Some(site) = nav_control(line) {
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
fn site_name(first_line: &str, body: &str, foot: &[&str]) -> Option<String> {
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

/// `name` as a copyright notice prints it, with an article before it
/// (`© DER SPIEGEL 2025` for `SPIEGEL`), if the notice names it. (Chinese
/// and Japanese names run into the words around them: `新华网版权所有`.)
fn name_in_notice(notice: &str, name: &str) -> Option<String> {
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

/// The initials of a name's capitalized words (`Dagens Nyheter` -> `DN`).
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect()
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

/// The text of the Markdown link `s` starts with (`[Daily Mail](#) ...` ->
/// `Daily Mail`), and what follows the link; `None` when `s` does not start
/// with a plain link (an image link, nested brackets, no target).
fn leading_link(s: &str) -> Option<(&str, &str)> {
    let inner = s.strip_prefix('[')?;
    let close = find_by_key(inner, "](", 0)?;
    let text = &inner[..close];
    if text.contains(['[', ']']) {
        return None;
    }
    let target = &inner[close + 2..];
    let end = window(target, 2000).find(')')?;
    Some((text.trim(), &target[end + 1..]))
}

/// A page control line (`Skip to main content`, `The Guardian - Back to
/// home`), with the site a `Back to home` link names.
fn nav_control(line: &str) -> Option<Option<&str>> {
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

/// A masthead line: a publication's name alone on its line.
fn is_masthead(line: &str) -> bool {
    !line.ends_with(['.', ',', ':', ';', '!', '?']) && is_publication_name(line)
}

/// A line that gives a date: a date line or a labelled one.
fn is_date_line(line: &str) -> bool {
    standalone_date(line).is_some() || labeled_date(line).is_some()
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
fn is_one_word_masthead(line: &str) -> bool {
    // (Letters only, so no space: a cheap first test for most lines.)
    line.len() <= 120
        && line.chars().all(char::is_alphabetic)
        && (2..=30).contains(&line.chars().count())
        && line.starts_with(|c: char| c.is_uppercase() || is_uncased_letter(c))
        && !GENERIC_WORDS.contains(&line)
        && !SECTIONS.contains(&line)
}

/// Whether a line reads as a headline: short, capitalized, no final period;
/// not a breadcrumb (`Home > National`) or a page control (`Skip to content`).
fn reads_as_headline(line: &str, min_words: usize) -> bool {
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
fn is_prose(line: &str) -> bool {
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

/// A letter of a script without capitals (Hebrew, Arabic, Devanagari, Thai).
fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Han, kana and hangul characters.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// A line that is only a URL (`https://...`, `<https://...>`).
fn bare_url(line: &str) -> Option<&str> {
    let l = trim(line);
    // (Most lines fail on their first byte.)
    if !l.as_bytes().first().is_some_and(|&b| b == b'h' || b == b'<') {
        return None;
    }
    let l = l.trim_start_matches('<');
    if !(l.starts_with("https://") || l.starts_with("http://")) {
        return None;
    }
    let l = l.trim_end_matches('>');
    (!l.contains(char::is_whitespace)).then_some(l)
}

/// The first `http(s)://` URL in a line.
fn find_url(line: &str) -> Option<String> {
    let start = line.find("https://").or_else(|| line.find("http://"))?;
    let url: String = line[start..]
        .chars()
        .take_while(|c| !c.is_whitespace() && !"<>()[]\"'".contains(*c))
        .collect();
    (url.len() > "https://".len()).then_some(url)
}

/// `https://www.themoscowtimes.com/2024/...` -> `themoscowtimes.com`.
fn domain(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#', ':']).next()?.to_ascii_lowercase();
    let host = ["www.", "m.", "amp.", "mobile."]
        .iter()
        .find_map(|p| host.strip_prefix(p))
        .unwrap_or(&host)
        .to_string();
    (host.contains('.') && !host.starts_with('.') && !host.ends_with('.')).then_some(host)
}

/// The year of a dateline without one (`Dec. 31 (UPI) —`).
///
/// News copy names the weekday of recent events ("reported on Tuesday"), and
/// an article's latest mentioned year is its own, the next (a December story
/// about the coming year) or the last (a January story about the past one).
/// Among those three years, the date falls on three different weekdays; the
/// year is taken only when exactly one of them is a weekday the top lines
/// name. Anything else leaves the date unknown.
fn year_for_dateline(dm: DayMonth, body: &str, top: &[Cow<str>]) -> Option<Date> {
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
fn year_from_copyright(dm: DayMonth, body: &str, top: &[Cow<str>], foot: &[&str]) -> Option<Date> {
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

fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn infer(body: &str) -> Metadata {
        let mut m = Metadata::default();
        infer_missing(&mut m, body, Some("file".into()));
        m
    }

    fn date(m: &Metadata) -> Option<String> {
        m.date.map(|d| d.to_string())
    }

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
    fn published_beats_updated_and_dates_in_sentences_do_not_count() {
        let m = infer("Updated: January 2, 2025\nPublished: December 31, 2024\nText.");
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        let m = infer("Kim wrote on December 30, 2024 that the alliance is strong.\nText.");
        assert_eq!(date(&m), None);
        let m = infer("December 31, 2024: Kim sends a letter to Putin about the alliance\nText.");
        assert_eq!(date(&m), None);
    }

    #[test]
    fn dates_below_the_top_are_boilerplate() {
        let mut body = "Kim sent a letter.\n\n".repeat(TOP_LINES);
        body.push_str("Related stories\n\nJanuary 6, 2026\n");
        assert_eq!(date(&infer(&body)), None);
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
    fn publisher_beats_wire_and_the_wire_is_kept() {
        let body = "By AFP\n\nText.\n\nOriginal url:\n\n<https://www.themoscowtimes.com/2024/12/31/kim-a87490>\n";
        let m = infer(body);
        assert_eq!(m.outlet.as_deref(), Some("themoscowtimes.com"));
        assert_eq!(m.inferred["outlet"], "original url line");
        assert_eq!(
            m.url.as_deref(),
            Some("https://www.themoscowtimes.com/2024/12/31/kim-a87490")
        );
        assert_eq!(m.extra["wire"], "AFP");
        assert_eq!(m.inferred["wire"], "byline");
        // The same organisation is not recorded twice.
        let m = infer("Dec. 31 (UPI) — Text.\nhttps://www.upi.com/Top_News/2024/12/31/kim\n");
        assert_eq!(m.outlet.as_deref(), Some("upi.com"));
        assert!(!m.extra.contains_key("wire"));
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
    }

    #[test]
    fn declared_values_win_and_are_not_marked() {
        let (m, body) = split_header(
            "outlet: Foo\ndate: 2024-12-30\ntitle: T\n---\nDec. 31 (UPI) — Text.\n",
            None,
        );
        assert_eq!(m.outlet.as_deref(), Some("Foo"));
        assert_eq!(date(&m).as_deref(), Some("2024-12-30"));
        assert_eq!(m.title.as_deref(), Some("T"));
        assert!(!m.inferred.contains_key("outlet") && !m.inferred.contains_key("date"));
        assert_eq!(m.extra["wire"], "UPI");
        assert_eq!(body, "Dec. 31 (UPI) — Text.\n");
    }

    #[test]
    fn header_edge_cases() {
        let (m, body) = split_header("---\ntitle: Front matter\ndate: Dec 31, 2024\n---\nText", None);
        assert_eq!(m.title.as_deref(), Some("Front matter"));
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        assert_eq!(body, "Text");
        let (m, _) = split_header("date: 2024-12-31T10:00:00Z\nnote: x\n---\nText", None);
        assert_eq!(date(&m).as_deref(), Some("2024-12-31"));
        let (m, _) = split_header("date: soon\n---\nText", None);
        assert_eq!(m.date, None);
        assert_eq!(m.extra["date"], "soon");
        // Not a header: no closing line.
        let (m, body) = split_header("Note: this is prose.\nMore prose.\n", None);
        assert!(m.extra.is_empty());
        assert_eq!(body, "Note: this is prose.\nMore prose.\n");
    }

    #[test]
    fn markdown_is_cleaned() {
        assert_eq!(clean_line("**By [AFP](#)**  "), "By AFP");
        assert_eq!(clean_line("<https://x.org/a>"), "https://x.org/a");
        assert_eq!(clean_line("a [b] c"), "a [b] c");
        assert_eq!(
            domain("https://m.example.co.uk:443/x").as_deref(),
            Some("example.co.uk")
        );
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
