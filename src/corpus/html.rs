//! HTML articles to text, through html5gum's tokenizer.
//!
//! News pages wrap a few paragraphs of article in menus, share bars, cookie
//! banners and lists of other stories. Quote offsets refer to the text
//! rendered here, so it must hold the article and little else, laid out as
//! paragraphs separated by one blank line (a `<br>` is a line break inside
//! its paragraph).
//!
//! One pass over the tokens builds a flat list of text pieces and paragraph
//! breaks. Elements that are never article text (script, style, nav, aside,
//! forms' controls, ...) are dropped on the way. The pass also records the
//! ranges of the elements the rest depends on: candidate article containers
//! (`<article>`, `<main>`, `itemprop=articleBody`), `<h1>`, and boilerplate
//! marked only by class, id or role. A class name is weaker evidence than a
//! tag (`<body class="has-ads">`), so such boilerplate is dropped only when it
//! holds less than half of the text rendered: a false removal loses article
//! text, a false keep only adds noise. Then, in linear time, the largest
//! container with a substantial share of the text is chosen (the page's `<h1>`
//! is kept in front when it lies outside), and the rest is rendered.
//!
//! ```
//! use quotecheck::corpus::html::html_to_text;
//! let page = html_to_text(
//!     "<title>Kim writes | Wire</title><nav>Home</nav><p>Kim called Putin his &ldquo;dearest friend&rdquo;.<p>Second",
//! );
//! assert_eq!(page.text, "Kim called Putin his “dearest friend”.\n\nSecond\n");
//! assert_eq!(page.meta.title.as_deref(), Some("Kim writes"));
//! ```

use super::dateparse;
use super::meta::Metadata;
use crate::date::Date;
use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};
use rustc_hash::FxHashMap;

/// The text of an HTML page and what its head declares.
#[derive(Debug, Clone, Default)]
pub struct HtmlPage {
    /// Paragraphs separated by blank lines.
    pub text: String,
    /// Title, canonical URL, site name, publication date from the head.
    pub meta: Metadata,
}

/// Renders an HTML document to article text. Never fails: malformed markup
/// (unclosed tags, stray end tags, a truncated file) is read the way the
/// tokenizer recovers from it.
pub fn html_to_text(html: &str) -> HtmlPage {
    let mut emitter = DefaultEmitter::default();
    // Script, style and title bodies are raw text, not markup.
    emitter.naively_switch_states(true);
    let mut r = Renderer::default();
    for token in Tokenizer::new_with_emitter(html, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => r.start(&tag),
            Token::EndTag(tag) => r.end(&tag.name),
            Token::String(s) => r.text(&String::from_utf8_lossy(&s.value)),
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    r.finish()
}

/// Least share of the page's text, in percent, that a candidate container
/// must hold to be rendered alone.
const MIN_CONTAINER_SHARE: u64 = 35;
/// Least text, in non-space bytes, of a container rendered alone.
const MIN_CONTAINER_TEXT: u64 = 200;
/// Longest JSON-LD block parsed, in bytes.
const MAX_JSON_LD: usize = 1 << 20;

/// Elements whose content is never article text.
const HARD_SKIP: &[&[u8]] = &[
    b"script",
    b"style",
    b"noscript",
    b"template",
    b"svg",
    b"math",
    b"iframe",
    b"object",
    b"canvas",
    b"audio",
    b"video",
    b"button",
    b"select",
    b"textarea",
    b"label",
    b"datalist",
    b"nav",
    b"aside",
    b"dialog",
    b"head",
    b"title",
    b"map",
    b"menu",
    b"noembed",
    b"noframes",
    b"frameset",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"body",
    b"caption",
    b"center",
    b"dd",
    b"details",
    b"dialog",
    b"dir",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"html",
    b"legend",
    b"li",
    b"listing",
    b"main",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"tbody",
    b"tfoot",
    b"thead",
    b"tr",
    b"ul",
];

/// Elements without content or end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"keygen", b"link", b"meta", b"param",
    b"source", b"track", b"wbr",
];

/// Class and id words that mark boilerplate (after splitting `site-nav`,
/// `shareBar`, `related_stories` into words).
const BOILERPLATE_WORDS: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "menubar",
    "megamenu",
    "submenu",
    "breadcrumb",
    "breadcrumbs",
    "share",
    "sharing",
    "sharebar",
    "sharetools",
    "social",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "onetrust",
    "newsletter",
    "newsletters",
    "subscribe",
    "signup",
    "ad",
    "ads",
    "advert",
    "adverts",
    "advertisement",
    "advertisements",
    "advertising",
    "adslot",
    "adunit",
    "adsense",
    "adcontainer",
    "dfp",
    "sponsored",
    "comment",
    "comments",
    "disqus",
    "related",
    "recommended",
    "recommendations",
    "outbrain",
    "taboola",
    "trending",
    "popular",
    "sidebar",
    "toolbar",
    "popup",
    "modal",
    "footer",
    "skiplink",
    "visuallyhidden",
    "sronly",
];

/// Adjacent class or id words that mark boilerplate.
const BOILERPLATE_PAIRS: &[(&str, &str)] = &[
    ("read", "more"),
    ("more", "stories"),
    ("more", "news"),
    ("more", "articles"),
    ("most", "read"),
    ("most", "viewed"),
    ("top", "stories"),
    ("see", "also"),
    ("also", "read"),
    ("sr", "only"),
    ("visually", "hidden"),
    ("screen", "reader"),
    ("skip", "link"),
    ("skip", "to"),
    ("sign", "up"),
];

/// ARIA roles of page furniture.
const BOILERPLATE_ROLES: &[&str] = &[
    "navigation",
    "menu",
    "menubar",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "dialog",
    "alertdialog",
    "toolbar",
];

#[derive(Debug, Clone, Copy)]
enum Atom {
    /// `buf[start..end]`.
    Text(usize, usize),
    /// A paragraph boundary.
    Break,
    /// A line break inside a paragraph (`<br>`).
    Line,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RegionKind {
    /// `<article>`.
    Article,
    /// `itemprop="articleBody"`.
    Body,
    /// `<main>` or `role="main"`.
    Main,
    /// `<h1>`.
    Heading,
    /// Boilerplate by class, id, role or `hidden`, or a `<form>`.
    Soft,
}

/// An element's extent in atoms: `start..end`.
#[derive(Debug, Clone, Copy)]
struct Region {
    kind: RegionKind,
    start: usize,
    end: usize,
}

/// An open element.
#[derive(Debug)]
struct Open {
    name: Vec<u8>,
    block: bool,
    /// Started a hard skip.
    hard: bool,
    article: bool,
    quote: bool,
    pre: bool,
    foreign: bool,
    head: bool,
    /// A `<q>` element, rendered between quote marks as browsers do.
    inline_quote: bool,
    regions: Vec<usize>,
}

/// A value and its rank (lower wins; the first of equal rank stays).
#[derive(Debug, Default)]
struct Pick(Option<(u8, String)>);

impl Pick {
    fn offer(&mut self, rank: u8, value: &str) {
        let value = collapse_spaces(value);
        if value.is_empty() || self.0.as_ref().is_some_and(|(r, _)| *r <= rank) {
            return;
        }
        self.0 = Some((rank, value));
    }
    fn get(self) -> Option<String> {
        self.0.map(|(_, v)| v)
    }
}

/// What the head (and JSON-LD, and `<time>`) declares.
#[derive(Debug, Default)]
struct HeadMeta {
    title: Pick,
    /// The `<title>` element, cleaned of its site suffix at the end.
    doc_title: Option<String>,
    outlet: Pick,
    date: Pick,
    url: Pick,
    in_title: bool,
    title_buf: String,
    in_json_ld: bool,
    json_ld: String,
    /// A `<time datetime>` in the body, the weakest date evidence.
    time: Option<Date>,
}

#[derive(Debug, Default)]
struct Renderer {
    stack: Vec<Open>,
    open_counts: FxHashMap<Vec<u8>, usize>,
    hard: usize,
    article: usize,
    quote: usize,
    pre: usize,
    foreign: usize,
    head_depth: usize,
    /// Open `<q>` elements being rendered.
    inline_quotes: usize,
    buf: String,
    atoms: Vec<Atom>,
    regions: Vec<Region>,
    meta: HeadMeta,
}

fn attr(tag: &StartTag<()>, name: &str) -> Option<String> {
    tag.attributes
        .get(name.as_bytes())
        .map(|v| String::from_utf8_lossy(&v.value).into_owned())
}

fn is_in(list: &[&[u8]], name: &[u8]) -> bool {
    list.contains(&name)
}

impl Renderer {
    fn start(&mut self, tag: &StartTag<()>) {
        let name: &[u8] = &tag.name;
        self.collect_meta(name, tag);
        if is_in(VOID, name) {
            if self.hard == 0 && name == b"hr" {
                self.brk();
            } else if self.hard == 0 && name == b"br" {
                self.atoms.push(Atom::Line);
            }
            return;
        }
        if tag.self_closing && self.foreign > 0 {
            return;
        }
        let hard = is_in(HARD_SKIP, name)
            || (name == b"header" && self.article == 0)
            || (name == b"footer" && self.quote == 0);
        let block = is_in(BLOCKS, name);
        if self.hard == 0 && block {
            self.brk();
        }
        if self.hard == 0 && (name == b"td" || name == b"th") {
            self.push_text(" ");
        }
        let mut regions = Vec::new();
        if self.hard == 0 && !hard {
            let role = attr(tag, "role").unwrap_or_default().to_ascii_lowercase();
            let body = attr(tag, "itemprop").is_some_and(|p| p.split_ascii_whitespace().any(|w| w == "articleBody"));
            let mut open = |kind| {
                regions.push(self.regions.len());
                self.regions.push(Region {
                    kind,
                    start: self.atoms.len(),
                    end: usize::MAX,
                });
            };
            if name == b"article" {
                open(RegionKind::Article);
            } else if name == b"main" || role == "main" {
                open(RegionKind::Main);
            }
            if body {
                open(RegionKind::Body);
            }
            if name == b"h1" {
                open(RegionKind::Heading);
            }
            let exempt = body || matches!(name, b"html" | b"body" | b"main" | b"article");
            if name == b"form" || (!exempt && marked_boilerplate(tag, &role)) {
                open(RegionKind::Soft);
            }
        }
        let open = Open {
            name: name.to_vec(),
            block,
            hard,
            article: matches!(name, b"article" | b"main"),
            quote: matches!(name, b"blockquote" | b"figure"),
            pre: matches!(name, b"pre" | b"listing"),
            foreign: matches!(name, b"svg" | b"math"),
            head: name == b"head",
            inline_quote: name == b"q" && self.hard == 0 && !hard,
            regions,
        };
        if open.inline_quote {
            // `<q>` prints its marks from the style sheet: “ ” outside, ‘ ’ inside.
            self.push_text(if self.inline_quotes.is_multiple_of(2) {
                "\u{201C}"
            } else {
                "\u{2018}"
            });
            self.inline_quotes += 1;
        }
        self.hard += usize::from(open.hard);
        self.article += usize::from(open.article);
        self.quote += usize::from(open.quote);
        self.pre += usize::from(open.pre);
        self.foreign += usize::from(open.foreign);
        self.head_depth += usize::from(open.head);
        *self.open_counts.entry(open.name.clone()).or_default() += 1;
        self.stack.push(open);
    }

    fn end(&mut self, name: &[u8]) {
        if name == b"title" && self.meta.in_title {
            self.meta.in_title = false;
            let t = collapse_spaces(&self.meta.title_buf);
            if !t.is_empty() && self.meta.doc_title.is_none() {
                self.meta.doc_title = Some(t);
            }
        }
        if name == b"script" && self.meta.in_json_ld {
            self.meta.in_json_ld = false;
            let json = std::mem::take(&mut self.meta.json_ld);
            self.meta.read_json_ld(&json);
        }
        if self.open_counts.get(name).copied().unwrap_or(0) > 0 {
            // Pops elements left open inside it (`<li>`, `<p>`), as browsers do.
            while let Some(open) = self.stack.pop() {
                let found = open.name == name;
                self.close(open);
                if found {
                    break;
                }
            }
        } else if self.hard == 0 && name == b"p" {
            // A stray `</p>` or `</br>` still ends a line in browsers.
            self.brk();
        } else if self.hard == 0 && name == b"br" {
            self.atoms.push(Atom::Line);
        }
    }

    fn close(&mut self, open: Open) {
        if let Some(n) = self.open_counts.get_mut(&open.name) {
            *n = n.saturating_sub(1);
        }
        if open.inline_quote {
            self.inline_quotes -= 1;
            self.push_text(if self.inline_quotes.is_multiple_of(2) {
                "\u{201D}"
            } else {
                "\u{2019}"
            });
        }
        for r in open.regions {
            self.regions[r].end = self.atoms.len();
        }
        self.hard -= usize::from(open.hard);
        self.article -= usize::from(open.article);
        self.quote -= usize::from(open.quote);
        self.pre -= usize::from(open.pre);
        self.foreign -= usize::from(open.foreign);
        self.head_depth -= usize::from(open.head);
        if open.block && self.hard == 0 {
            self.brk();
        }
    }

    fn text(&mut self, s: &str) {
        if self.meta.in_title {
            self.meta.title_buf.push_str(s);
        }
        if self.meta.in_json_ld && self.meta.json_ld.len() + s.len() <= MAX_JSON_LD {
            self.meta.json_ld.push_str(s);
        }
        if self.hard > 0 {
            return;
        }
        if self.pre > 0 {
            for (i, line) in s.split('\n').enumerate() {
                if i > 0 {
                    self.brk();
                }
                self.push_text(line);
            }
        } else {
            self.push_text(s);
        }
    }

    fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        let start = self.buf.len();
        self.buf.push_str(s);
        self.atoms.push(Atom::Text(start, self.buf.len()));
    }

    fn brk(&mut self) {
        if !matches!(self.atoms.last(), Some(Atom::Break) | None) {
            self.atoms.push(Atom::Break);
        }
    }

    fn collect_meta(&mut self, name: &[u8], tag: &StartTag<()>) {
        let m = &mut self.meta;
        match name {
            b"title" if self.foreign == 0 && m.doc_title.is_none() => {
                m.in_title = true;
                m.title_buf.clear();
            }
            b"script" => {
                m.in_json_ld = attr(tag, "type").is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                m.json_ld.clear();
            }
            b"meta" => {
                let Some(content) = attr(tag, "content") else { return };
                let key = attr(tag, "property")
                    .or_else(|| attr(tag, "name"))
                    .or_else(|| attr(tag, "itemprop"))
                    .unwrap_or_default()
                    .to_ascii_lowercase();
                // Microdata of other stories' cards in the body ranks below the head.
                let body = u8::from(self.head_depth == 0);
                match key.as_str() {
                    "og:title" => m.title.offer(0, &content),
                    "headline" => m.title.offer(2 + body, &content),
                    "twitter:title" => m.title.offer(2, &content),
                    "og:site_name" => m.outlet.offer(0, &content),
                    "publisher" | "dc.publisher" | "article:publisher" if !content.contains("://") => {
                        m.outlet.offer(2, &content)
                    }
                    "application-name" => m.outlet.offer(3, &content),
                    "article:published_time" | "og:article:published_time" | "og:published_time" => {
                        m.date.offer(0, &content)
                    }
                    "datepublished" => m.date.offer(1 + body, &content),
                    "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "publish_date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "dcterms.date"
                    | "dcterms.created"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "article.published"
                    | "citation_publication_date"
                    | "originalpublicationdate" => m.date.offer(2 + body, &content),
                    "og:url" => m.url.offer(1, &content),
                    _ => {}
                }
            }
            b"link" => {
                let rel = attr(tag, "rel").unwrap_or_default().to_ascii_lowercase();
                if rel.split_ascii_whitespace().any(|r| r == "canonical")
                    && let Some(href) = attr(tag, "href")
                {
                    m.url.offer(0, &href);
                }
            }
            b"time" if self.hard == 0 && m.time.is_none() => {
                m.time = attr(tag, "datetime").and_then(|d| dateparse::parse_declared(&d));
            }
            _ => {}
        }
    }

    fn finish(mut self) -> HtmlPage {
        while let Some(open) = self.stack.pop() {
            self.close(open);
        }
        let text = self.render();
        HtmlPage {
            text,
            meta: self.meta.into_metadata(),
        }
    }

    /// Chooses what to render and renders it; linear in the number of atoms
    /// and regions.
    fn render(&self) -> String {
        let n = self.atoms.len();
        // weight[i] = non-space bytes of atoms[..i].
        let mut weight = Vec::with_capacity(n + 1);
        weight.push(0u64);
        for a in &self.atoms {
            let w = match *a {
                Atom::Text(s, e) => self.buf[s..e].bytes().filter(|b| !b.is_ascii_whitespace()).count() as u64,
                Atom::Break | Atom::Line => 0,
            };
            weight.push(weight.last().copied().unwrap_or(0) + w);
        }
        let len = |start: usize, end: usize| if start < end { weight[end] - weight[start] } else { 0 };
        let total = weight[n];

        // Outermost boilerplate regions (regions nest: they close as elements pop).
        let mut outer_soft: Vec<(usize, usize, u64)> = Vec::new();
        for r in self.regions.iter().filter(|r| r.kind == RegionKind::Soft) {
            if outer_soft.last().is_none_or(|&(_, e, _)| r.start >= e) {
                outer_soft.push((r.start, r.end, len(r.start, r.end)));
            }
        }
        let mut soft_prefix = vec![0u64];
        for &(_, _, w) in &outer_soft {
            soft_prefix.push(soft_prefix.last().copied().unwrap_or(0) + w);
        }
        // The page's text as a candidate sees it: boilerplate elsewhere does not count.
        let page_text_for = |r: &Region| {
            let lo = outer_soft.partition_point(|&(_, e, _)| e <= r.start);
            let hi = outer_soft.partition_point(|&(s, _, _)| s < r.end);
            let overlapping = if lo < hi { soft_prefix[hi] - soft_prefix[lo] } else { 0 };
            total - soft_prefix[outer_soft.len()] + overlapping
        };
        let best = |kind: RegionKind| {
            self.regions
                .iter()
                .filter(|r| r.kind == kind)
                .map(|r| (len(r.start, r.end), r))
                .filter(|&(w, r)| w >= MIN_CONTAINER_TEXT && w * 100 >= MIN_CONTAINER_SHARE * page_text_for(r))
                .max_by_key(|&(w, r)| (w, std::cmp::Reverse(r.start)))
                .map(|(_, r)| (r.start, r.end))
        };
        let scope = best(RegionKind::Article)
            .or_else(|| best(RegionKind::Body))
            .or_else(|| best(RegionKind::Main));
        let (s, e) = scope.unwrap_or((0, n));
        let scope_len = len(s, e);

        // Boilerplate holding more than half the rendered text wraps the article: keep it.
        let mut cover = vec![0i32; n + 1];
        for r in self.regions.iter().filter(|r| r.kind == RegionKind::Soft) {
            let inside = len(r.start.max(s), r.end.min(e));
            if inside * 2 <= scope_len {
                cover[r.start] += 1;
                cover[r.end] -= 1;
            }
        }
        let mut dropped = Vec::with_capacity(n);
        let mut depth = 0;
        for c in &cover[..n] {
            depth += c;
            dropped.push(depth > 0);
        }

        let mut out = Writer::default();
        if scope.is_some() {
            let heading_inside = self
                .regions
                .iter()
                .any(|r| r.kind == RegionKind::Heading && r.start >= s && r.end <= e);
            let first_heading = self
                .regions
                .iter()
                .find(|r| r.kind == RegionKind::Heading && r.end <= s && len(r.start, r.end) > 0);
            if !heading_inside && let Some(h) = first_heading {
                self.write_atoms(&mut out, h.start, h.end, &dropped);
                out.brk();
            }
        }
        self.write_atoms(&mut out, s, e, &dropped);
        out.finish()
    }

    fn write_atoms(&self, out: &mut Writer, start: usize, end: usize, dropped: &[bool]) {
        for (atom, &drop) in self.atoms[start..end].iter().zip(&dropped[start..end]) {
            if drop {
                continue;
            }
            match *atom {
                Atom::Text(a, b) => out.text(&self.buf[a..b]),
                Atom::Break => out.brk(),
                Atom::Line => out.line(),
            }
        }
    }
}

/// Collapses whitespace, separates paragraphs by one blank line and keeps a
/// `<br>` as one line break (two in a row end the paragraph).
#[derive(Debug, Default)]
struct Writer {
    out: String,
    para_has_text: bool,
    pending_space: bool,
    pending_break: bool,
    /// A `<br>` since the last text: one line break.
    pending_line: bool,
}

impl Writer {
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() {
                self.pending_space = self.para_has_text;
            } else if c == '\u{AD}' || c == '\u{FEFF}' || (c.is_control()) {
                // Soft hyphens and stray BOMs are invisible on the page.
            } else {
                if self.pending_break {
                    self.out.push_str("\n\n");
                    self.pending_break = false;
                } else if self.pending_line {
                    self.out.push('\n');
                } else if self.pending_space {
                    self.out.push(' ');
                }
                self.pending_space = false;
                self.pending_line = false;
                self.out.push(c);
                self.para_has_text = true;
            }
        }
    }

    fn brk(&mut self) {
        if self.para_has_text {
            self.pending_break = true;
            self.para_has_text = false;
            self.pending_space = false;
            self.pending_line = false;
        }
    }

    /// `<br>`: a line break; two in a row end the paragraph.
    fn line(&mut self) {
        if self.pending_line {
            self.brk();
        } else if self.para_has_text {
            self.pending_line = true;
        }
    }

    fn finish(mut self) -> String {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out
    }
}

/// Whether class, id, role or visibility marks an element as page furniture.
fn marked_boilerplate(tag: &StartTag<()>, role: &str) -> bool {
    if tag.attributes.contains_key(b"hidden".as_slice()) {
        return true;
    }
    if let Some(style) = attr(tag, "style") {
        let style: String = style.chars().filter(|c| !c.is_whitespace()).collect();
        if style.to_ascii_lowercase().contains("display:none") {
            return true;
        }
    }
    if role.split_ascii_whitespace().any(|r| BOILERPLATE_ROLES.contains(&r)) {
        return true;
    }
    let mut words = Vec::new();
    for key in ["class", "id"] {
        if let Some(v) = attr(tag, key) {
            for token in v.split_ascii_whitespace() {
                let before = words.len();
                split_words(token, &mut words);
                if words[before..].iter().any(|w| BOILERPLATE_WORDS.contains(&w.as_str()))
                    || words[before..]
                        .windows(2)
                        .any(|p| BOILERPLATE_PAIRS.contains(&(p[0].as_str(), p[1].as_str())))
                {
                    return true;
                }
            }
        }
    }
    false
}

/// `relatedStories__list-item2` -> `related`, `stories`, `list`, `item2`.
fn split_words(token: &str, words: &mut Vec<String>) {
    let mut cur = String::new();
    let mut prev_lower = false;
    for c in token.chars() {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(c.to_ascii_lowercase());
    }
    if !cur.is_empty() {
        words.push(cur);
    }
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl HeadMeta {
    /// Reads `datePublished`, `headline`, `publisher.name` and `url` from the
    /// first object that looks like the article in a JSON-LD block.
    fn read_json_ld(&mut self, json: &str) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
            return;
        };
        let mut queue = vec![(&value, 0usize)];
        let mut seen = 0;
        while let Some((v, depth)) = queue.pop() {
            seen += 1;
            if seen > 1000 || depth > 4 {
                continue;
            }
            match v {
                serde_json::Value::Array(items) => queue.extend(items.iter().rev().map(|i| (i, depth + 1))),
                serde_json::Value::Object(o) => {
                    let is_article = o.get("@type").is_some_and(|t| {
                        let types = match t {
                            serde_json::Value::Array(a) => a.iter().filter_map(|x| x.as_str()).collect(),
                            serde_json::Value::String(s) => vec![s.as_str()],
                            _ => Vec::new(),
                        };
                        types.iter().any(|t| t.ends_with("Article") || *t == "NewsArticle")
                    });
                    if is_article || o.contains_key("datePublished") {
                        let s = |k: &str| o.get(k).and_then(|v| v.as_str());
                        if let Some(d) = s("datePublished") {
                            self.date.offer(1, d);
                        }
                        if let Some(h) = s("headline") {
                            self.title.offer(1, h);
                        }
                        if let Some(u) = s("url") {
                            self.url.offer(2, u);
                        }
                        let publisher = o.get("publisher").and_then(|p| match p {
                            serde_json::Value::Array(a) => a.first(),
                            p => Some(p),
                        });
                        if let Some(name) = publisher.and_then(|p| p.get("name")).and_then(|n| n.as_str()) {
                            self.outlet.offer(1, name);
                        }
                        return;
                    }
                    if let Some(graph) = o.get("@graph") {
                        queue.push((graph, depth + 1));
                    }
                }
                _ => {}
            }
        }
    }

    fn into_metadata(self) -> Metadata {
        let mut meta = Metadata::default();
        let outlet = self.outlet.get();
        let doc_title = self.doc_title.map(|t| strip_site_suffix(&t, outlet.as_deref()));
        meta.title = self.title.get().or(doc_title);
        meta.outlet = outlet;
        meta.url = self.url.get();
        meta.date = self.date.get().and_then(|d| dateparse::parse_declared(&d));
        if meta.date.is_none()
            && let Some(d) = self.time
        {
            meta.date = Some(d);
            meta.inferred.insert("date".into(), "html <time>".into());
        }
        meta
    }
}

/// `Kim hails Putin | The Wire` -> `Kim hails Putin`; a ` - Site` suffix only
/// when it names the site.
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    if let Some((head, _)) = title.rsplit_once(" | ")
        && !head.trim().is_empty()
    {
        return head.trim().to_string();
    }
    for sep in [" - ", " – ", " — "] {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && site.is_some_and(|s| s.eq_ignore_ascii_case(tail.trim()))
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        html_to_text(html).text
    }

    #[test]
    fn paragraphs_entities_and_inline_whitespace() {
        let html = "<p>Kim   called\n Putin his &ldquo;dearest&nbsp;friend&rdquo; &amp; &#8220;comrade&#8221;.</p>\
                    <p>It&rsquo;s <em>new</em><br>line</p><h2>Sub head</h2><ul><li>one<li>two</ul>";
        assert_eq!(
            text(html),
            "Kim called Putin his “dearest friend” & “comrade”.\n\nIt’s new\nline\n\nSub head\n\none\n\ntwo\n"
        );
    }

    #[test]
    fn scripts_styles_and_furniture_are_dropped() {
        let html = r#"<html><head><style>p{color:red}</style><script>var a = "<p>no</p>";</script></head>
            <body><nav><a>Home</a></nav><header><a>Logo</a></header>
            <div class="cookie-banner">We use cookies</div>
            <div class="share-tools"><button>Share</button><a>Tweet</a></div>
            <p>Body text.</p><noscript>Enable JS</noscript><template><p>tpl</p></template>
            <svg><title>icon</title><text>svg</text></svg><iframe src="x">frame</iframe>
            <form><label>Email</label><input></form>
            <ul class="relatedStories"><li>Other story</li></ul>
            <aside>Pull quote</aside><footer>Copyright</footer></body></html>"#;
        assert_eq!(text(html), "Body text.\n");
    }

    #[test]
    fn boilerplate_words_are_whole_words() {
        // "canvas", "header", "shared" and "adjacent" contain boilerplate words but are not them.
        let html = r#"<div class="canvas"><p>One.</p></div><div class="article-header"><p>Two.</p></div>
            <div id="shared-story adjacent"><p>Three.</p></div><div class="leadText"><p>Four.</p></div>"#;
        assert_eq!(text(html), "One.\n\nTwo.\n\nThree.\n\nFour.\n");
    }

    #[test]
    fn a_boilerplate_class_on_a_wrapper_keeps_the_article() {
        let para = "Kim Jong Un sent a letter to Vladimir Putin, state media said on Tuesday. ".repeat(4);
        let html = format!(
            r#"<body class="has-ads"><div id="page" class="with-sidebar"><p>{para}</p>
            <div class="ad-slot">Advertisement</div><p>{para}</p></div></body>"#
        );
        let t = text(&html);
        assert!(t.contains("state media said"), "{t}");
        assert!(!t.contains("Advertisement"), "{t}");
    }

    #[test]
    fn the_article_container_is_rendered_alone_with_the_headline() {
        let para = "North Korean leader Kim Jong Un hailed Putin as his dearest friend, state media said. ";
        let html = format!(
            r#"<body><header><h1>Site logo</h1></header><div class="top"><h1>Kim hails Putin</h1></div>
            <div>Trending now: celebrity gossip, weather and more things that are not the story.</div>
            <article><p>{para}</p><p>{para}</p><p>{para}</p></article>
            <article><h2>Other story</h2><p>Teaser.</p></article>
            <div>Footer-ish text that no class marks, and a second long line of it.</div></body>"#
        );
        let t = text(&html);
        assert!(t.starts_with("Kim hails Putin\n\nNorth Korean leader"), "{t}");
        assert!(
            !t.contains("Teaser") && !t.contains("Trending") && !t.contains("Site logo"),
            "{t}"
        );
    }

    #[test]
    fn main_is_used_when_there_is_no_article_element() {
        let para = "Kim Jong Un sent New Year greetings to Vladimir Putin, the Korean Central News Agency said. ";
        let html = format!(
            r#"<body><div class="Page-header">Sections Video Photography</div>
            <main class="Page-main"><h1 class="Page-headline">Kim greets Putin</h1>
            <div class="RichTextStoryBody"><p>{para}</p><div class="Advertisement">ADVERTISEMENT</div>
            <p>{para}</p><div class="Page-actions-share">Share Copy</div><p>{para}</p></div></main>
            <div class="Page-below">Recommended for you: unmarked teaser text that runs on a while.</div></body>"#
        );
        let t = text(&html);
        assert!(t.starts_with("Kim greets Putin\n\nKim Jong Un sent"), "{t}");
        assert!(
            !t.contains("ADVERTISEMENT") && !t.contains("Share") && !t.contains("Sections"),
            "{t}"
        );
        assert!(!t.contains("Recommended"), "{t}");
    }

    #[test]
    fn a_small_article_element_does_not_hide_the_page() {
        let para = "Kim Jong Un hailed Putin as his dearest friend in a letter, state media said on Tuesday. ";
        let html = format!("<p>{para}{para}{para}</p><article><p>Card teaser.</p></article>");
        assert!(text(&html).contains("dearest friend"));
    }

    #[test]
    fn header_inside_an_article_is_kept() {
        let html = "<article><header><h1>Headline</h1><p class=byline>By AFP</p></header><p>Body.</p></article>";
        assert_eq!(text(html), "Headline\n\nBy AFP\n\nBody.\n");
    }

    #[test]
    fn malformed_markup_is_tolerated() {
        assert_eq!(text("</div></div><p>One<p>Two</span></p></p>"), "One\n\nTwo\n");
        assert_eq!(text("<div><p>Unclosed <b>bold"), "Unclosed bold\n");
        assert_eq!(text("<p>Truncated &ldquo;quo"), "Truncated “quo\n");
        assert_eq!(text("<p>Cut in a tag <a href=\"x"), "Cut in a tag\n");
        assert_eq!(text("<script>never closed <p>x</p>"), "");
        assert_eq!(text(""), "");
        // A stray end tag of a skipped element does not end an enclosing skip.
        assert_eq!(text("<nav><p>Menu</aside></p></nav><p>Body</p>"), "Body\n");
    }

    #[test]
    fn inline_quotes_get_their_marks() {
        assert_eq!(
            text("<p>They said: <q>We call it <q>vandalism</q>.</q> Then</p>"),
            "They said: \u{201C}We call it \u{2018}vandalism\u{2019}.\u{201D} Then\n"
        );
        assert_eq!(text("<p><q>Unclosed"), "\u{201C}Unclosed\u{201D}\n");
    }

    #[test]
    fn a_line_break_stays_inside_its_paragraph() {
        assert_eq!(
            text("<p>&ldquo;We are not going anywhere.<br>This is our home,&rdquo; he said.</p><p>Next</p>"),
            "\u{201C}We are not going anywhere.\nThis is our home,\u{201D} he said.\n\nNext\n"
        );
        assert_eq!(text("<p>a<br> <br>b<br></p><p>c</p>"), "a\n\nb\n\nc\n");
    }

    #[test]
    fn pre_keeps_its_lines() {
        assert_eq!(text("<pre>a  b\nc</pre>"), "a b\n\nc\n");
    }

    #[test]
    fn deep_nesting_and_stray_tags_stay_linear() {
        let n = 100_000;
        let html = format!(
            "{}<p>x</p>{}{}",
            "<div>".repeat(n),
            "</span>".repeat(n),
            "</div>".repeat(n)
        );
        assert_eq!(text(&html), "x\n");
    }

    #[test]
    fn head_metadata() {
        let html = r#"<!doctype html><html><head>
            <title>Kim hails Putin - Pacific Newswire</title>
            <meta property="og:site_name" content="Pacific Newswire">
            <meta property="article:published_time" content="2024-12-31T09:14:00+09:00">
            <link rel="canonical" href="https://pacificnewswire.example/kim">
            </head><body><p>Text</p></body></html>"#;
        let m = html_to_text(html).meta;
        assert_eq!(m.title.as_deref(), Some("Kim hails Putin"));
        assert_eq!(m.outlet.as_deref(), Some("Pacific Newswire"));
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-12-31"));
        assert_eq!(m.url.as_deref(), Some("https://pacificnewswire.example/kim"));
        assert!(m.inferred.is_empty());
    }

    #[test]
    fn og_beats_title_and_json_ld_is_read() {
        let html = r#"<title>Doc title | X</title><meta property="og:title" content="OG title">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"site"},
              {"@type":"NewsArticle","headline":"LD","datePublished":"2024-12-30T23:00:00Z",
               "publisher":{"@type":"Organization","name":"LD Wire"}}]}</script><p>x</p>"#;
        let m = html_to_text(html).meta;
        assert_eq!(m.title.as_deref(), Some("OG title"));
        assert_eq!(m.outlet.as_deref(), Some("LD Wire"));
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-12-30"));
    }

    #[test]
    fn time_element_is_the_last_resort_and_marked_inferred() {
        let m = html_to_text(r#"<p>By AFP <time datetime="2024-12-31">Tuesday</time></p>"#).meta;
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2024-12-31"));
        assert_eq!(m.inferred.get("date").map(String::as_str), Some("html <time>"));
    }

    #[test]
    fn svg_title_is_not_the_page_title() {
        let m = html_to_text("<body><svg><title>icon</title></svg><title>Real</title>").meta;
        assert_eq!(m.title.as_deref(), Some("Real"));
    }

    #[test]
    fn words_split_on_case_and_punctuation() {
        let mut w = Vec::new();
        split_words("relatedStories__list-item2", &mut w);
        assert_eq!(w, ["related", "stories", "list", "item2"]);
    }
}
