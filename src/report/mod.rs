//! The report stage: one [`Report`] value for editors, and its renderers.
//!
//! [`Report::build`] turns the alignment's families and the articles'
//! metadata into everything a reader sees: families ordered by the weight of
//! their wording changes, each with its provenance timeline (outlet, date,
//! source URL), its most complete wording, and each distinct variant's
//! [`WordDiff`] against it. The renderers ([`terminal`], [`markdown`],
//! [`html`], [`json`]) take that one value and compute nothing: they only
//! lay out and escape what is already decided here, so the four formats
//! cannot disagree.
//!
//! ```
//! use quotecheck::report::{Report, ReportConfig};
//! let records = quotecheck::synth::tiny_records();
//! let out = quotecheck::align_corpus(&records, &Default::default());
//! let report = Report::build(&out, &records, &ReportConfig::default());
//! assert_eq!(report.families.len(), 1);
//! let md = quotecheck::report::markdown::render(&report);
//! assert!(md.contains("## f1"));
//! ```

pub mod html;
pub mod json;
pub mod markdown;
pub mod terminal;

use crate::align::Relation;
use crate::date::Date;
use crate::diff::{ChangeClass, DiffCounts, InlineSpan, WordDiff, word_diff};
use crate::extract::ArticleRecord;
use crate::family::{AlignOutput, Family, Member};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What goes into a report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportConfig {
    /// Show typographic changes (case, punctuation, quote marks, hyphens)
    /// as changes; by default they are printed as the variant prints them,
    /// unmarked, so that wording changes stand out.
    pub show_typography: bool,
}

/// Everything a report shows, decided once for every format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Typographic changes are marked (else shown unmarked).
    pub show_typography: bool,
    /// Sizes of the corpus and of the findings.
    pub summary: Summary,
    /// Families, most wording changed first.
    pub families: Vec<FamilyReport>,
}

/// Sizes of the corpus and of the findings.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Articles read.
    pub articles: u64,
    /// Quotes found in them.
    pub quotes: u64,
    /// Quote families (utterances quoted more than once).
    pub families: usize,
    /// Quotes in no family.
    pub unmatched: usize,
    /// Families with at least one wording change (a changed figure included).
    pub families_with_wording: usize,
    /// Distinct variants shown, over all families.
    pub variants: usize,
    /// Variants with at least one change of each class (what the HTML filter shows).
    pub variants_with: ClassCounts,
    /// Changes per class, over all variants.
    pub counts: DiffCounts,
}

/// A number per change class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassCounts {
    /// Typographic.
    pub typographic: usize,
    /// Spelling (absent from JSON written before the class existed).
    #[serde(default)]
    pub spelling: usize,
    /// Editorial.
    pub editorial: usize,
    /// Wording.
    pub wording: usize,
    /// Number: changed figures (absent from JSON written before the class existed).
    #[serde(default)]
    pub number: usize,
}

impl ClassCounts {
    /// The number for one class.
    pub fn get(&self, class: ChangeClass) -> usize {
        match class {
            ChangeClass::Typographic => self.typographic,
            ChangeClass::Spelling => self.spelling,
            ChangeClass::Editorial => self.editorial,
            ChangeClass::Wording => self.wording,
            ChangeClass::Number => self.number,
        }
    }
}

/// One family: an utterance and how each outlet printed it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FamilyReport {
    /// The family's id in `align` output (`f1`).
    pub id: String,
    /// Who said it, by the members' consensus.
    pub speaker: Option<String>,
    /// Every person the members are credited to, most articles first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerLine>,
    /// The members credit more than one person: an outlet's misattribution
    /// to look at.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub speakers_disagree: bool,
    /// Quotes in the family.
    pub quotes: usize,
    /// Articles they stand in.
    pub articles: usize,
    /// The most complete wording, which variants are compared with.
    pub canonical: Canonical,
    /// The earliest printing.
    pub first: Option<FirstPrinted>,
    /// The family's articles, earliest first (undated last).
    pub timeline: Vec<TimelineEntry>,
    /// The distinct wordings other than the canonical, most wording changed first.
    pub variants: Vec<Variant>,
    /// Changes per class, over all variants.
    pub counts: DiffCounts,
    /// The classes present among the variants' changes, most significant first.
    pub classes: Vec<ChangeClass>,
}

/// One person a family's members are credited to, and who credits them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerLine {
    /// The name, in its fullest printed form.
    pub name: String,
    /// Articles crediting them.
    pub articles: usize,
    /// The printings crediting them.
    pub printed_by: Vec<SourceRef>,
}

/// The most complete wording of a family.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Canonical {
    /// The wording as printed.
    pub text: String,
    /// Printed words in it.
    pub words: usize,
    /// Every quote printing exactly this text, earliest first.
    pub printed_by: Vec<Printing>,
}

/// One distinct wording and its diff against the canonical.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Variant {
    /// The wording as printed (for a splice, its piece of this utterance).
    pub text: String,
    /// For a splice (a quote whose ellipsis joins words other sources print
    /// as two quotes): the whole quote, of which `text` is the piece.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub splice: Option<String>,
    /// Every quote printing exactly this text, earliest first.
    pub printed_by: Vec<Printing>,
    /// The printing it is compared with when that is not the canonical: the
    /// longer wording align attached it to, when it reads closer to that
    /// one (a verbatim fragment of one outlet's translation, where another
    /// translation is the canonical).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub against: Option<SourceRef>,
    /// The diff against the canonical wording, or against `against`
    /// (ops with byte offsets and classes).
    pub diff: WordDiff,
    /// The diff as display spans, for renderers.
    pub inline: Vec<InlineSpan>,
    /// The classes present among its changes, most significant first.
    pub classes: Vec<ChangeClass>,
}

/// One quote of a family, where it was printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Printing {
    /// The outlet, or the file name when the outlet is unknown.
    pub label: String,
    /// The article's file.
    pub file: String,
    /// The quote id in it.
    pub quote: String,
    /// The article's date.
    pub date: Option<Date>,
    /// Relation to the canonical wording, as the aligner judged it.
    pub relation: Relation,
    /// Alignment score with the canonical wording.
    pub score: f32,
    /// Too short to be evidence on its own (joined by corroboration).
    pub fragment: bool,
    /// A splice, a member of each piece's family.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub spliced: bool,
    /// The origin the article credits (`KCNA`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<String>,
    /// The earlier printing this one was copied from (one printing its
    /// words, or the wire its article credits).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<SourceRef>,
    /// The earlier printings it may come from, printed the same day with
    /// nothing to tell which came first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_tied: Vec<SourceRef>,
    /// Other families this quote also fits.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_fits: Vec<String>,
}

/// A reference to another printing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    /// Its outlet, or file name.
    pub label: String,
    /// Its file.
    pub file: String,
    /// Its quote id.
    pub quote: String,
}

/// The earliest printing of a family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstPrinted {
    /// Its date.
    pub date: Date,
    /// Its outlet, or file name.
    pub label: String,
    /// Its file.
    pub file: String,
    /// Its quote id.
    pub quote: String,
    /// Other articles printing it the same day.
    pub same_day: usize,
    /// The origin most members credit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<String>,
}

/// One article of a family's timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// Publication date.
    pub date: Option<Date>,
    /// The outlet, or the file name when the outlet is unknown.
    pub label: String,
    /// The article's file.
    pub file: String,
    /// Headline.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The URL as the article's metadata gives it (any text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The URL when it is safe to link: `http` or `https`, no whitespace,
    /// no control characters, no quotes or angle brackets. Anything else
    /// (`javascript:alert(1)`) is shown as text only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// The family's quotes in this article.
    pub quotes: Vec<String>,
    /// Holds the family's earliest printing.
    pub first: bool,
    /// Holds the canonical (most complete) wording.
    pub canonical: bool,
    /// The origin the article credits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credits: Option<String>,
}

impl Report {
    /// Builds the report of an alignment. `records` are the articles the
    /// alignment read (for titles and URLs); a family member whose article
    /// is missing from them is still shown, without those.
    pub fn build(out: &AlignOutput, records: &[ArticleRecord], cfg: &ReportConfig) -> Report {
        let by_file: BTreeMap<&str, &ArticleRecord> = records.iter().map(|r| (r.file.as_str(), r)).collect();
        let mut families: Vec<FamilyReport> = out.families.iter().map(|f| family_report(f, &by_file)).collect();
        // Changed figures first, then the heaviest wording change, then
        // editorial marks, then respellings; then the alignment's order
        // (f2 before f10).
        // Typography does not weigh.
        families.sort_by(|a, b| {
            weight(&b.counts)
                .cmp(&weight(&a.counts))
                .then(id_order(&a.id).cmp(&id_order(&b.id)))
        });
        let mut counts = DiffCounts::default();
        for f in &families {
            counts.add(&f.counts);
        }
        let mut variants_with = ClassCounts::default();
        for v in families.iter().flat_map(|f| &f.variants) {
            variants_with.typographic += usize::from(v.diff.counts.typographic > 0);
            variants_with.spelling += usize::from(v.diff.counts.spelling > 0);
            variants_with.editorial += usize::from(v.diff.counts.editorial > 0);
            variants_with.wording += usize::from(v.diff.counts.wording > 0);
            variants_with.number += usize::from(v.diff.counts.number > 0);
        }
        let summary = Summary {
            articles: out.stats.articles,
            quotes: out.stats.quotes,
            families: families.len(),
            unmatched: out.unmatched.len(),
            families_with_wording: families
                .iter()
                .filter(|f| f.counts.wording + f.counts.number > 0)
                .count(),
            variants: families.iter().map(|f| f.variants.len()).sum(),
            variants_with,
            counts,
        };
        Report {
            show_typography: cfg.show_typography,
            summary,
            families,
        }
    }
}

/// What orders families and variants, heaviest first: changed figures,
/// words of wording changes, wording changes, editorial marks, respellings.
fn weight(c: &DiffCounts) -> (usize, usize, usize, usize, usize) {
    (c.number, c.wording_words, c.wording, c.editorial, c.spelling)
}

/// `f12` -> (12, "f12"), so ids sort by number; other ids after, by text.
fn id_order(id: &str) -> (u64, &str) {
    (
        id.strip_prefix('f').and_then(|n| n.parse().ok()).unwrap_or(u64::MAX),
        id,
    )
}

/// The outlet, else the file name without directories.
fn label_of(outlet: Option<&str>, file: &str) -> String {
    match outlet {
        Some(o) if !o.trim().is_empty() => o.to_string(),
        _ => file.rsplit(['/', '\\']).next().unwrap_or(file).to_string(),
    }
}

/// `url` when it is an absolute http(s) URL that can stand in an `href`
/// (and a Markdown link) without any escaping mattering.
pub fn safe_link(url: &str) -> Option<String> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let host_ok = u
        .split_once("//")
        .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
    let chars_ok = !u
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\'));
    (scheme_ok && host_ok && chars_ok).then(|| u.to_string())
}

fn printing(m: &Member, members: &[Member], by_file: &BTreeMap<&str, &ArticleRecord>) -> Printing {
    let outlet_of = |file: &str, fallback: Option<&str>| -> String {
        label_of(by_file.get(file).and_then(|r| r.outlet.as_deref()).or(fallback), file)
    };
    let source_ref = |s: &crate::family::QuoteRef| {
        let outlet = members
            .iter()
            .find(|x| x.file == s.file)
            .and_then(|x| x.outlet.as_deref());
        SourceRef {
            label: outlet_of(&s.file, outlet),
            file: s.file.clone(),
            quote: s.quote.clone(),
        }
    };
    Printing {
        label: outlet_of(&m.file, m.outlet.as_deref()),
        file: m.file.clone(),
        quote: m.quote.clone(),
        date: m.date,
        relation: m.relation,
        score: m.score,
        fragment: m.fragment,
        spliced: m.spliced,
        credits: m.attributed.clone(),
        source: m.source.as_ref().map(&source_ref),
        source_tied: m.source_tied.iter().map(source_ref).collect(),
        also_fits: m.also_fits.clone(),
    }
}

/// Earliest first, undated last, then by file and quote.
fn printing_order(a: &Printing, b: &Printing) -> std::cmp::Ordering {
    (a.date.is_none(), a.date, &a.file, quote_no(&a.quote)).cmp(&(
        b.date.is_none(),
        b.date,
        &b.file,
        quote_no(&b.quote),
    ))
}

fn quote_no(q: &str) -> u64 {
    q.strip_prefix('q').and_then(|n| n.parse().ok()).unwrap_or(u64::MAX)
}

fn classes_of(c: &DiffCounts) -> Vec<ChangeClass> {
    ChangeClass::ALL.into_iter().filter(|&k| c.get(k) > 0).collect()
}

/// The stretch of a spliced quote between its ellipses that reads best
/// against `canonical` (fewest changed figures and words).
fn splice_piece<'t>(canonical: &str, text: &'t str) -> &'t str {
    let toks = crate::normalize::tokenize(text);
    let mut cuts: Vec<(usize, usize)> = toks
        .iter()
        .filter(|t| t.kind == crate::normalize::TokenKind::Gap)
        .map(|t| (t.start as usize, t.end as usize))
        .collect();
    cuts.push((text.len(), text.len()));
    let mut pieces: Vec<&str> = Vec::new();
    let mut from = 0;
    for (a, b) in cuts {
        let piece = text[from..a].trim();
        if !piece.is_empty() {
            pieces.push(piece);
        }
        from = b;
    }
    pieces
        .into_iter()
        .min_by_key(|p| {
            let c = word_diff(canonical, p).counts;
            (c.number, c.wording_words, c.wording, usize::MAX - p.len())
        })
        .unwrap_or(text)
}

/// A variant is a piece of a longer printing (not another whole version of
/// the utterance) when it has at most this share of that printing's words.
const PIECE_SHARE: f32 = 0.8;

/// The diff of `text` against the wording it is best read against. The
/// canonical, unless `text` is a piece (see [`PIECE_SHARE`]) of a longer
/// printing one of its printings hangs from in align's tree, printed no
/// later, that it reads closer to (fewer changed words): against the
/// canonical alone, a verbatim fragment of one outlet's translation shows
/// the other translation's words as changes its outlet never made, and a
/// fragment of an edited version repeats that version's edit as its own. A
/// whole version is always read against the canonical (diffed against
/// another outlet's version it would look like an edit of it), and so is a
/// variant whose figures differ from the canonical's: a changed number
/// must show on its own row.
fn reference_diff(
    f: &Family,
    text: &str,
    earliest: Option<Date>,
    parents: Option<&Vec<&crate::family::QuoteRef>>,
    member_at: &BTreeMap<(&str, &str), &Member>,
    by_file: &BTreeMap<&str, &ArticleRecord>,
) -> (WordDiff, Option<SourceRef>) {
    let mut best = (word_diff(&f.canonical, text), None::<&Member>);
    if best.0.counts.number > 0 {
        return (best.0, None);
    }
    let words = crate::diff::printed_words(text) as f32;
    let mut refs: Vec<&Member> = parents
        .into_iter()
        .flatten()
        .filter_map(|r| member_at.get(&(r.file.as_str(), r.quote.as_str())).copied())
        .filter(|m| m.text != f.canonical && m.text != text)
        .filter(|m| !matches!((m.date, earliest), (Some(r), Some(v)) if r > v))
        .collect();
    refs.sort_by(|a, b| (&a.file, quote_no(&a.quote)).cmp(&(&b.file, quote_no(&b.quote))));
    refs.dedup_by(|a, b| a.file == b.file && a.quote == b.quote);
    for m in refs {
        if words > PIECE_SHARE * crate::diff::printed_words(&m.text) as f32 {
            continue;
        }
        let d = word_diff(&m.text, text);
        if weight(&d.counts) < weight(&best.0.counts) {
            best = (d, Some(m));
        }
    }
    let against = best.1.map(|m| SourceRef {
        label: label_of(
            by_file
                .get(m.file.as_str())
                .and_then(|r| r.outlet.as_deref())
                .or(m.outlet.as_deref()),
            &m.file,
        ),
        file: m.file.clone(),
        quote: m.quote.clone(),
    });
    (best.0, against)
}

fn family_report(f: &Family, by_file: &BTreeMap<&str, &ArticleRecord>) -> FamilyReport {
    // Distinct wordings, each with every quote printing it. A splice is
    // compared by its piece of this utterance: the stretch between its
    // ellipses that reads best against the canonical.
    let mut wordings: BTreeMap<&str, Vec<Printing>> = BTreeMap::new();
    let mut splice_of: BTreeMap<&str, &str> = BTreeMap::new();
    // The members each wording's printings hang from in align's tree.
    let mut parents_of: BTreeMap<&str, Vec<&crate::family::QuoteRef>> = BTreeMap::new();
    for m in &f.members {
        let text = if m.spliced {
            let piece = splice_piece(&f.canonical, &m.text);
            splice_of.insert(piece, m.text.as_str());
            piece
        } else {
            m.text.as_str()
        };
        wordings.entry(text).or_default().push(printing(m, &f.members, by_file));
        parents_of.entry(text).or_default().extend(m.parent.as_ref());
    }
    let member_at: BTreeMap<(&str, &str), &Member> = f
        .members
        .iter()
        .map(|m| ((m.file.as_str(), m.quote.as_str()), m))
        .collect();
    for ps in wordings.values_mut() {
        ps.sort_by(printing_order);
    }
    let canonical_printed = wordings.remove(f.canonical.as_str()).unwrap_or_default();
    let mut variants: Vec<Variant> = wordings
        .into_iter()
        .map(|(text, printed_by)| {
            let (diff, against) =
                reference_diff(f, text, printed_by[0].date, parents_of.get(text), &member_at, by_file);
            Variant {
                text: text.to_string(),
                splice: splice_of.get(text).map(|t| t.to_string()),
                printed_by,
                against,
                inline: diff.inline(),
                classes: classes_of(&diff.counts),
                diff,
            }
        })
        .collect();
    // Most wording changed first, then editorial marks, then respellings;
    // then in the order of the canonical wording, then by who printed it
    // first.
    variants.sort_by(|a, b| {
        weight(&b.diff.counts)
            .cmp(&weight(&a.diff.counts))
            .then(a.diff.window.words.start.cmp(&b.diff.window.words.start))
            .then(printing_order(&a.printed_by[0], &b.printed_by[0]))
            .then(a.text.cmp(&b.text))
    });
    let mut counts = DiffCounts::default();
    for v in &variants {
        counts.add(&v.diff.counts);
    }

    // The timeline: one entry per article.
    let mut per_file: BTreeMap<&str, Vec<&Member>> = BTreeMap::new();
    for m in &f.members {
        per_file.entry(m.file.as_str()).or_default().push(m);
    }
    let first_file = f.first.as_ref().map(|x| x.file.as_str());
    let mut timeline: Vec<TimelineEntry> = per_file
        .iter()
        .map(|(file, ms)| {
            let rec = by_file.get(file);
            let url = rec.and_then(|r| r.url.clone());
            let mut quotes: Vec<String> = ms.iter().map(|m| m.quote.clone()).collect();
            quotes.sort_by_key(|q| quote_no(q));
            TimelineEntry {
                date: ms[0].date,
                label: label_of(rec.and_then(|r| r.outlet.as_deref()).or(ms[0].outlet.as_deref()), file),
                file: file.to_string(),
                title: rec.and_then(|r| r.title.clone()),
                link: url.as_deref().and_then(safe_link),
                url,
                quotes,
                first: first_file == Some(*file),
                canonical: f.canonical_quote.file == *file,
                credits: ms.iter().find_map(|m| m.attributed.clone()),
            }
        })
        .collect();
    timeline.sort_by(|a, b| (a.date.is_none(), a.date, &a.file).cmp(&(b.date.is_none(), b.date, &b.file)));

    let words = crate::diff::printed_words(&f.canonical);
    let first = f.first.as_ref().map(|x| {
        let label = timeline
            .iter()
            .find(|t| t.file == x.file)
            .map_or_else(|| label_of(None, &x.file), |t| t.label.clone());
        let mut same_day: Vec<&str> = x
            .tied
            .iter()
            .map(|t| t.file.as_str())
            .filter(|t| *t != x.file)
            .collect();
        same_day.sort_unstable();
        same_day.dedup();
        FirstPrinted {
            date: x.date,
            label,
            file: x.file.clone(),
            quote: x.quote.clone(),
            same_day: same_day.len(),
            credits: x.attributed.clone(),
        }
    });
    let speakers = f
        .speakers
        .iter()
        .map(|c| SpeakerLine {
            name: c.name.clone(),
            articles: c.articles,
            printed_by: c
                .quotes
                .iter()
                .map(|q| SourceRef {
                    label: label_of(
                        by_file
                            .get(q.file.as_str())
                            .and_then(|r| r.outlet.as_deref())
                            .or_else(|| {
                                f.members
                                    .iter()
                                    .find(|m| m.file == q.file)
                                    .and_then(|m| m.outlet.as_deref())
                            }),
                        &q.file,
                    ),
                    file: q.file.clone(),
                    quote: q.quote.clone(),
                })
                .collect(),
        })
        .collect();
    FamilyReport {
        id: f.id.clone(),
        speaker: f.speaker.clone(),
        speakers,
        speakers_disagree: f.speakers_disagree,
        quotes: f.members.len(),
        articles: timeline.len(),
        canonical: Canonical {
            text: f.canonical.clone(),
            words,
            printed_by: canonical_printed,
        },
        first,
        timeline,
        classes: classes_of(&counts),
        variants,
        counts,
    }
}

/// The printers of one wording, `UPI q2 (2024-12-31), The Example Ledger q3
/// (2025-01-02)`, each outlet label passed through the renderer's `escape`;
/// `-` when there are none. Shared by the text renderers.
pub(crate) fn printers_line(ps: &[Printing], escape: impl Fn(&str) -> String) -> String {
    let list: Vec<String> = ps
        .iter()
        .map(|p| match p.date {
            Some(d) => format!("{} {} ({d})", escape(&p.label), p.quote),
            None => format!("{} {}", escape(&p.label), p.quote),
        })
        .collect();
    if list.is_empty() {
        "-".to_string()
    } else {
        list.join(", ")
    }
}

/// `Guo Weiping (3 articles); also credited to Han Zhen (1 article: Politico
/// Europe q6)`, when the members credit more than one person; each label
/// passed through the renderer's `escape`. Shared by the text renderers.
pub(crate) fn speakers_line(f: &FamilyReport, escape: impl Fn(&str) -> String) -> Option<String> {
    if !f.speakers_disagree {
        return None;
    }
    let n = |k: usize| {
        if k == 1 {
            "1 article".to_string()
        } else {
            format!("{k} articles")
        }
    };
    let first = &f.speakers[0];
    let others: Vec<String> = f.speakers[1..]
        .iter()
        .map(|c| {
            let at: Vec<String> = c
                .printed_by
                .iter()
                .map(|p| format!("{} {}", escape(&p.label), p.quote))
                .collect();
            format!("{} ({}: {})", escape(&c.name), n(c.articles), at.join(", "))
        })
        .collect();
    Some(format!(
        "{} ({}); also credited to {}",
        escape(&first.name),
        n(first.articles),
        others.join("; ")
    ))
}

/// `1 number, 5 wording, 1 editorial`, or `same words`: the change counts
/// a renderer shows, typographic ones only when asked, the number and
/// wording counts as `strong` renders them (bold in Markdown).
pub(crate) fn counts_line(c: &DiffCounts, show_typo: bool, strong: impl Fn(String) -> String) -> String {
    let mut parts = Vec::new();
    for class in ChangeClass::ALL {
        let n = c.get(class);
        if (class != ChangeClass::Typographic || show_typo) && n > 0 {
            parts.push(if matches!(class, ChangeClass::Wording | ChangeClass::Number) {
                strong(format!("{n} {class}"))
            } else {
                format!("{n} {class}")
            });
        }
    }
    if parts.is_empty() {
        "same words".to_string()
    } else {
        parts.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_urls_are_links() {
        assert_eq!(
            safe_link("https://example.org/a?b=c"),
            Some("https://example.org/a?b=c".into())
        );
        assert_eq!(safe_link(" HTTP://Example.org "), Some("HTTP://Example.org".into()));
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "https://a.example/\"onmouseover=\"x",
            "https://a.example/ x",
            "//evil.example",
            "https:///path",
            "http://",
            "https://a.example/<script>",
            "vbscript:msgbox",
        ] {
            assert_eq!(safe_link(bad), None, "{bad}");
        }
    }

    #[test]
    fn families_sort_by_wording_weight_and_variants_group_identical_text() {
        let records = crate::synth::tiny_records();
        let out = crate::align_corpus(&records, &Default::default());
        let r = Report::build(&out, &records, &ReportConfig::default());
        assert_eq!(r.families.len(), 1);
        let f = &r.families[0];
        assert_eq!(f.timeline.len(), 2);
        assert!(f.timeline[0].first);
        assert_eq!(f.timeline[0].label, "A");
        // Two articles print different wordings: one canonical, one variant.
        assert_eq!(
            f.canonical.printed_by.len() + f.variants.iter().map(|v| v.printed_by.len()).sum::<usize>(),
            2
        );
    }
}
