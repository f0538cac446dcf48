//! `quotecheck align`: read articles, extract quotes, group them into families.

use super::Result;
use super::{Diagnostics, stdout_err};
use crate::cli::{AlignArgs, AlignFormat};
use quotecheck::family::{AlignOutput, Family, Member, Unmatched};
use serde::Serialize;
use std::io::Write;
use std::process::ExitCode;

pub fn run(args: AlignArgs, diag: &mut Diagnostics) -> Result<ExitCode> {
    let cfg = args.align.config()?;
    let bar = super::progress::Bar::new(diag.quiet(), "articles read");
    let records = super::read_corpus(&args.corpus, &bar, diag);
    super::warn_long_quotes(&records, &cfg, diag);
    let out = bar.aligning(|counters| quotecheck::family::align_corpus_counted(&records, &cfg, counters));
    bar.finish();
    drop(records);
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    match args.format {
        // Streamed: the JSON of a large corpus is not built in memory.
        AlignFormat::Json => json(&out, args.all, &mut w).map_err(stdout_err)?,
        AlignFormat::Text => w.write_all(text(&out, args.all).as_bytes()).map_err(stdout_err)?,
        AlignFormat::Md => w.write_all(markdown(&out, args.all).as_bytes()).map_err(stdout_err)?,
    }
    w.flush().map_err(stdout_err)?;
    Ok(diag.exit_code())
}

fn json(out: &AlignOutput, all: bool, w: &mut impl Write) -> std::io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        families: &'a [Family],
        #[serde(skip_serializing_if = "Option::is_none")]
        unmatched: Option<&'a [Unmatched]>,
        stats: &'a quotecheck::family::AlignStats,
    }
    let doc = Doc {
        families: &out.families,
        unmatched: all.then_some(&out.unmatched[..]),
        stats: &out.stats,
    };
    serde_json::to_writer_pretty(&mut *w, &doc)?;
    w.write_all(b"\n")
}

fn where_first(f: &Family) -> String {
    match &f.first {
        Some(first) => {
            let mut s = format!("{} {} ({})", first.file, first.quote, first.date);
            if !first.tied.is_empty() {
                // Each tied article once, in the order the members came.
                let mut files: Vec<&str> = Vec::new();
                for t in &first.tied {
                    if t.file != first.file && !files.contains(&t.file.as_str()) {
                        files.push(&t.file);
                    }
                }
                if !files.is_empty() {
                    s.push_str(&format!(", same day as {}", files.join(", ")));
                }
            }
            if let Some(a) = &first.attributed {
                s.push_str(&format!(", credited to {a}"));
            }
            s
        }
        None => "undated".to_string(),
    }
}

/// The family's speaker; when the members credit several people, each
/// with their articles, and the others' quotes: `Guo Weiping (3 articles);
/// also credited to Han Zhen (1 article: politico.md q6); the sources
/// disagree`.
fn speaker_of(f: &Family) -> String {
    let lead = f.speaker.as_deref().unwrap_or("unknown").to_string();
    if !f.speakers_disagree {
        return lead;
    }
    let first = &f.speakers[0];
    let others: Vec<String> = f.speakers[1..]
        .iter()
        .map(|c| {
            let at: Vec<String> = c.quotes.iter().map(|q| format!("{} {}", q.file, q.quote)).collect();
            format!("{} ({}: {})", c.name, plural(c.articles, "article"), at.join(", "))
        })
        .collect();
    format!(
        "{} ({}); also credited to {}; the sources disagree",
        first.name,
        plural(first.articles, "article"),
        others.join("; ")
    )
}

fn articles_of(f: &Family) -> usize {
    let mut files: Vec<&str> = f.members.iter().map(|m| m.file.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    files.len()
}

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

/// `splice: its other piece is in f2`; just `splice` when the other piece
/// is in no family shown (or both pieces matched in this one).
fn splice_note(m: &Member, word: &str) -> String {
    if m.also_fits.is_empty() {
        word.to_string()
    } else {
        format!("{word}: its other piece is in {}", m.also_fits.join(", "))
    }
}

fn text(out: &AlignOutput, all: bool) -> String {
    let mut s = String::new();
    for f in &out.families {
        s.push_str(&format!(
            "{}  {} quotes in {}\n  canonical: {:?} ({} {})\n  speaker: {}\n  first: {}\n",
            f.id,
            f.members.len(),
            plural(articles_of(f), "article"),
            f.canonical,
            f.canonical_quote.file,
            f.canonical_quote.quote,
            speaker_of(f),
            where_first(f)
        ));
        for m in &f.members {
            let mut notes = Vec::new();
            if let Some(p) = &m.parent {
                notes.push(format!("in {} {}", p.file, p.quote));
            }
            if let Some(src) = &m.source {
                notes.push(format!("from {} {}", src.file, src.quote));
            }
            if !m.source_tied.is_empty() {
                let at: Vec<String> = m
                    .source_tied
                    .iter()
                    .map(|t| format!("{} {}", t.file, t.quote))
                    .collect();
                notes.push(format!(
                    "from {} (printed the same day; which first is unknown)",
                    at.join(" or ")
                ));
            }
            if m.fragment {
                notes.push("fragment".to_string());
            }
            if m.spliced {
                notes.push(splice_note(m, "splice"));
            } else if !m.also_fits.is_empty() {
                notes.push(format!("ambiguous, also fits {}", m.also_fits.join(", ")));
            }
            let notes = if notes.is_empty() {
                String::new()
            } else {
                format!("  [{}]", notes.join("; "))
            };
            s.push_str(&format!(
                "    {} {}  {:<9} {:.3}  {:?}{}\n",
                m.file,
                m.quote,
                m.relation.as_str(),
                m.score,
                m.text,
                notes
            ));
        }
        for g in &f.wording_groups {
            s.push_str(&format!(
                "  same wording in {} quotes ({}): {:?}\n",
                g.members.len(),
                g.outlets.join(", "),
                g.text
            ));
        }
        s.push('\n');
    }
    if all && !out.unmatched.is_empty() {
        s.push_str(&format!("unmatched: {} quotes\n", out.unmatched.len()));
        for u in &out.unmatched {
            s.push_str(&format!("    {} {}  {:?}\n", u.file, u.quote, u.text));
        }
        s.push('\n');
    }
    let st = &out.stats;
    s.push_str(&format!(
        "{} articles, {} quotes, {} families ({} quotes), {} unmatched; {} pairs aligned, {} accepted\n",
        st.articles,
        st.quotes,
        st.families,
        out.families.iter().map(|f| f.members.len()).sum::<usize>(),
        out.unmatched.len(),
        st.pairs_aligned,
        st.pairs_accepted
    ));
    s
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn markdown(out: &AlignOutput, all: bool) -> String {
    let st = &out.stats;
    let mut s = format!(
        "# Quote families\n\n{} articles, {} quotes: {} families, {} quotes unmatched.\n\n",
        st.articles,
        st.quotes,
        st.families,
        out.unmatched.len()
    );
    for f in &out.families {
        s.push_str(&format!("## {}: “{}”\n\n", f.id, md_cell(&f.canonical)));
        s.push_str(&format!(
            "- **Speaker:** {}\n- **First printed:** {}\n- **Canonical wording:** `{}` {}\n",
            md_cell(&speaker_of(f)),
            md_cell(&where_first(f)),
            f.canonical_quote.file,
            f.canonical_quote.quote
        ));
        for g in &f.wording_groups {
            s.push_str(&format!(
                "- **Same wording** in {} quotes ({}): “{}”\n",
                g.members.len(),
                md_cell(&g.outlets.join(", ")),
                md_cell(&g.text)
            ));
        }
        s.push_str("\n| File | Quote | Relation | Score | Text | Notes |\n|---|---|---|---|---|---|\n");
        for m in &f.members {
            let mut notes = Vec::new();
            if let Some(src) = &m.source {
                notes.push(format!("from `{}` {}", src.file, src.quote));
            }
            if !m.source_tied.is_empty() {
                let at: Vec<String> = m
                    .source_tied
                    .iter()
                    .map(|t| format!("`{}` {}", t.file, t.quote))
                    .collect();
                notes.push(format!(
                    "from {} (printed the same day; which first is unknown)",
                    at.join(" or ")
                ));
            }
            if let Some(a) = &m.attributed {
                notes.push(format!("credits {a}"));
            }
            if m.fragment {
                notes.push("fragment".to_string());
            }
            if m.spliced {
                notes.push(splice_note(m, "**splice**"));
            } else if !m.also_fits.is_empty() {
                notes.push(format!("ambiguous: also fits {}", m.also_fits.join(", ")));
            }
            s.push_str(&format!(
                "| `{}` | {} | {} | {:.3} | {} | {} |\n",
                m.file,
                m.quote,
                m.relation.as_str(),
                m.score,
                md_cell(&m.text),
                md_cell(&notes.join("; "))
            ));
        }
        s.push('\n');
    }
    if all && !out.unmatched.is_empty() {
        s.push_str("## Unmatched quotes\n\n| File | Quote | Text |\n|---|---|---|\n");
        for u in &out.unmatched {
            s.push_str(&format!("| `{}` | {} | {} |\n", u.file, u.quote, md_cell(&u.text)));
        }
        s.push('\n');
    }
    s
}
