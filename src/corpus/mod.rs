//! Corpus loading: paths to articles.
//!
//! [`discover`] turns the user's paths into a sorted list of [`Source`]s
//! (directories walked recursively, hidden files skipped), and [`load`] reads
//! one source into an [`Article`]: decoded text (UTF-8, lossy with a warning),
//! line ends normalized to `\n`, the metadata header removed, HTML rendered to
//! paragraphs. Quote offsets always refer to [`Article::text`].

pub mod dateparse;
mod decode;
pub mod html;
pub mod meta;

use crate::date::Date;
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

pub use meta::Metadata;

/// Where an article comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    /// A file on disk.
    File(PathBuf),
    /// Standard input (`-`).
    Stdin,
}

impl Source {
    /// The name shown in output and messages: the path as given, or `-`.
    pub fn display_name(&self) -> String {
        match self {
            Source::File(p) => p.to_string_lossy().replace('\\', "/"),
            Source::Stdin => "-".to_string(),
        }
    }
}

/// How an article's text was obtained, which tells what quote offsets refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextBasis {
    /// The file's text (`.txt`, `.md`, standard input) after the metadata
    /// header, decoded as UTF-8 with line ends normalized to `\n`.
    Plain,
    /// Text rendered from HTML: article paragraphs separated by blank lines,
    /// entities decoded, script, style and navigation removed.
    Html,
}

/// One article, ready for extraction.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file name as shown in output.
    pub file: String,
    /// What the offsets of quotes in this article refer to.
    pub basis: TextBasis,
    /// The article text; quote offsets are byte offsets into it.
    pub text: String,
    /// Outlet, date, title, URL (declared or inferred) and extra keys.
    pub meta: Metadata,
}

/// A problem with one input that did not stop the run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// The input concerned.
    pub file: String,
    /// What happened.
    pub message: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// The result of loading one source.
#[derive(Debug)]
pub struct Loaded {
    /// The article, or `None` when the source was skipped (binary data).
    pub article: Option<Article>,
    /// What the reader should know about this source.
    pub warnings: Vec<Warning>,
}

/// Limits that protect memory.
#[derive(Debug, Clone)]
pub struct LoadConfig {
    /// Largest article read, in bytes; a larger file is truncated at a
    /// paragraph break with a warning.
    pub max_article_bytes: usize,
}

impl Default for LoadConfig {
    fn default() -> Self {
        LoadConfig {
            max_article_bytes: 16 * 1024 * 1024,
        }
    }
}

/// Bytes of a file's first read (see [`load`]): more than most articles.
const READ_START: usize = 8 * 1024;

/// File extensions read as articles when walking a directory.
/// `.jsonl` files are records written by `extract --format jsonl`.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "jsonl"];

/// Expands paths into sources: files as given, directories walked
/// recursively in sorted order (hidden entries and non-article extensions
/// skipped), `-` as standard input. Errors name the path and do not stop the
/// expansion of the other paths.
pub fn discover(paths: &[PathBuf]) -> (Vec<Source>, Vec<Error>) {
    let mut sources = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
            continue;
        }
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(Error::NotFound { path: path.clone() });
                continue;
            }
            Err(source) => {
                errors.push(Error::Read {
                    path: path.clone(),
                    source,
                });
                continue;
            }
        };
        if !meta.is_dir() {
            sources.push(Source::File(path.clone()));
            continue;
        }
        let walker = walkdir::WalkDir::new(path)
            .follow_links(true)
            // By file name, as `sort_by_file_name`: siblings share their
            // parent's path, so comparing whole paths compares names, without
            // parsing each path back to its last component at every comparison
            // (that was 4% of `extract --no-speakers` on 10,000 files).
            .sort_by(|a, b| a.path().as_os_str().cmp(b.path().as_os_str()))
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => {
                    sources.push(Source::File(e.into_path()));
                }
                Ok(_) => {}
                Err(e) => {
                    let at = e.path().map(Path::to_path_buf).unwrap_or_else(|| path.clone());
                    let source = e.into_io_error().unwrap_or_else(|| {
                        std::io::Error::other("filesystem loop (a symbolic link points to its own ancestor)")
                    });
                    errors.push(Error::Read { path: at, source });
                }
            }
        }
    }
    (sources, errors)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_text_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ["txt", "md", "markdown"].iter().any(|x| x.eq_ignore_ascii_case(e)))
}

fn is_html_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Reads one source into an article. Standard input, and a file given by
/// hand whose extension is neither text nor HTML, is read as HTML when it
/// starts like an HTML document.
pub fn load(source: &Source, cfg: &LoadConfig) -> Result<Loaded> {
    let name = source.display_name();
    let (bytes, is_html) = match source {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .lock()
                .take(cfg.max_article_bytes as u64 + 1)
                .read_to_end(&mut buf)
                .map_err(|source| Error::Read {
                    path: PathBuf::from("-"),
                    source,
                })?;
            let html = decode::looks_like_html(&buf);
            (buf, html)
        }
        Source::File(path) => {
            let file = std::fs::File::open(path).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            // Room for a news article up front, so that one read takes it
            // and the next sees the end (not a doubling series of reads of
            // 32, 32, 64, ... bytes). The file's length is not asked for:
            // one system call fewer a file (`statx`), for a few more reads
            // of the rare longer file.
            let limit = cfg.max_article_bytes as u64 + 1;
            let mut buf = Vec::with_capacity(READ_START);
            file.take(limit).read_to_end(&mut buf).map_err(|source| Error::Read {
                path: path.clone(),
                source,
            })?;
            // Files named as text are text; others (`.html`, no extension,
            // `.xhtml` given by hand) are HTML when they say so.
            let html = is_html_path(path) || (!is_text_path(path) && decode::looks_like_html(&buf));
            (buf, html)
        }
    };
    let fallback_outlet = match source {
        Source::File(p) => p.file_stem().map(|s| s.to_string_lossy().into_owned()),
        Source::Stdin => None,
    };
    Ok(article_from_bytes(&name, bytes, is_html, fallback_outlet, cfg))
}

/// Builds an article from raw bytes: the part of [`load`] that does not touch
/// the file system (used by tests and the fuzzer).
pub fn article_from_bytes(
    name: &str,
    mut bytes: Vec<u8>,
    is_html: bool,
    fallback_outlet: Option<String>,
    cfg: &LoadConfig,
) -> Loaded {
    let mut warnings = Vec::new();
    let warn = |warnings: &mut Vec<Warning>, message: String| {
        warnings.push(Warning {
            file: name.to_string(),
            message,
        })
    };
    if bytes.len() > cfg.max_article_bytes {
        bytes.truncate(decode::truncation_point(&bytes, cfg.max_article_bytes));
        warn(
            &mut warnings,
            format!(
                "larger than the article limit of {} bytes; only the start was read (see --max-article-bytes)",
                cfg.max_article_bytes
            ),
        );
    }
    if decode::looks_binary(&bytes) {
        warn(&mut warnings, "binary data (NUL bytes), skipped".to_string());
        return Loaded {
            article: None,
            warnings,
        };
    }
    let (text, lossy) = decode::decode_utf8(bytes);
    if lossy {
        warn(
            &mut warnings,
            "invalid UTF-8; undecodable bytes were replaced by U+FFFD".to_string(),
        );
    }
    let text = decode::normalize_line_ends(text);
    let (basis, text, meta) = if is_html {
        let page = html::html_to_text(&text);
        let meta = meta::metadata_for_html(&page, fallback_outlet);
        (TextBasis::Html, page.text, meta)
    } else {
        let (meta, body) = meta::split_header_owned(text, fallback_outlet);
        (TextBasis::Plain, body, meta)
    };
    Loaded {
        article: Some(Article {
            file: name.to_string(),
            basis,
            text,
            meta,
        }),
        warnings,
    }
}

/// Extra metadata keys, sorted for stable output.
pub type Extra = BTreeMap<String, String>;

/// A date with the way it was found, used by metadata inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FoundDate {
    /// The date.
    pub date: Date,
    /// Byte offset in the text where it was found.
    pub at: usize,
}
