//! Reading a corpus into article records: the first two stages (load,
//! extract) run in parallel over chunks of files, and records come out in
//! the order of the sources whatever the number of threads.
//!
//! A source ending in `.jsonl` is read as the output of `quotecheck extract
//! --format jsonl` (one [`ArticleRecord`] per line), so extraction can run as
//! separate processes over shards of an archive and later stages read the
//! union. Article texts are dropped as soon as their quotes are extracted:
//! memory grows with the number of quotes, not with the corpus bytes.

use crate::corpus::{self, LoadConfig, Source, Warning};
use crate::error::Error;
use crate::extract::{self, ArticleRecord, ExtractConfig};
use rayon::prelude::*;
use std::io::BufRead;
use std::path::Path;

/// Files processed in parallel before their records are handed on in order.
const CHUNK: usize = 256;

/// One thing that happened while reading a source. `R` is the article's
/// record, or what [`read_corpus_map`] made of it.
#[derive(Debug)]
pub enum Event<R = Box<ArticleRecord>> {
    /// An article's record.
    Record(R),
    /// A problem that did not stop the run (lossy UTF-8, binary file skipped).
    Warning(Warning),
    /// A source that could not be read.
    Error(Error),
}

/// Options for reading a corpus.
#[derive(Debug, Clone, Default)]
pub struct ReadConfig {
    /// Loading limits.
    pub load: LoadConfig,
    /// Extraction options.
    pub extract: ExtractConfig,
}

/// How far reading has come: sources read out of sources found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Sources read so far.
    pub done: usize,
    /// Sources found.
    pub total: usize,
}

/// Expands `paths` and reads every source, calling `sink` with each event
/// in source order. Extraction runs on the rayon pool, `CHUNK` files at a
/// time. `.jsonl` files are read as extract records.
pub fn read_corpus(paths: &[std::path::PathBuf], cfg: &ReadConfig, sink: impl FnMut(Event)) {
    read_corpus_with_progress(paths, cfg, |_| {}, sink);
}

/// [`read_corpus`], calling `progress` after each chunk (for a progress bar:
/// the library itself never prints).
pub fn read_corpus_with_progress(
    paths: &[std::path::PathBuf],
    cfg: &ReadConfig,
    progress: impl FnMut(Progress),
    sink: impl FnMut(Event),
) {
    read_corpus_map(paths, cfg, progress, |r| r, sink);
}

/// [`read_corpus_with_progress`], turning each record into a `T` with `map`
/// on the worker thread that extracted it (`extract -f jsonl` serializes
/// there, so that the calling thread only writes bytes); events still come
/// in source order.
pub fn read_corpus_map<T: Send>(
    paths: &[std::path::PathBuf],
    cfg: &ReadConfig,
    mut progress: impl FnMut(Progress),
    map: impl Fn(Box<ArticleRecord>) -> T + Sync,
    mut sink: impl FnMut(Event<T>),
) {
    let (sources, errors) = corpus::discover(paths);
    for e in errors {
        sink(Event::Error(e));
    }
    let total = sources.len();
    progress(Progress { done: 0, total });
    // The next chunk is extracted while this thread hands on the events of
    // the one before: the pool always has files to read, rather than
    // waiting at the end of each chunk for its slowest file and then for
    // this thread's writes.
    let extract_chunk =
        |chunk: &[Source]| -> Vec<Vec<Event<T>>> { chunk.par_iter().map(|src| read_source(src, cfg, &map)).collect() };
    let extract_chunk = &extract_chunk;
    std::thread::scope(|scope| {
        let mut chunks = sources.chunks(CHUNK);
        let mut next = chunks.next().map(|c| (c.len(), scope.spawn(move || extract_chunk(c))));
        let mut done = 0;
        while let Some((len, running)) = next {
            next = chunks.next().map(|c| (c.len(), scope.spawn(move || extract_chunk(c))));
            let results = running.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            for events in results {
                events.into_iter().for_each(&mut sink);
            }
            done += len;
            progress(Progress { done, total });
        }
    });
}

/// Reads a whole corpus into memory: records in source order, plus the
/// warnings and errors met on the way.
pub fn read_all(paths: &[std::path::PathBuf], cfg: &ReadConfig) -> Corpus {
    read_all_with_progress(paths, cfg, |_| {})
}

/// [`read_all`] with a progress callback.
pub fn read_all_with_progress(
    paths: &[std::path::PathBuf],
    cfg: &ReadConfig,
    progress: impl FnMut(Progress),
) -> Corpus {
    let mut out = Corpus::default();
    read_corpus_with_progress(paths, cfg, progress, |ev| match ev {
        Event::Record(r) => out.records.push(*r),
        Event::Warning(w) => out.warnings.push(w),
        Event::Error(e) => out.errors.push(e),
    });
    out
}

/// The records of a corpus and what went wrong reading it.
#[derive(Debug, Default)]
pub struct Corpus {
    /// Article records in source order.
    pub records: Vec<ArticleRecord>,
    /// Problems that did not stop the run.
    pub warnings: Vec<Warning>,
    /// Sources that could not be read.
    pub errors: Vec<Error>,
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"))
}

fn read_source<T>(src: &Source, cfg: &ReadConfig, map: &impl Fn(Box<ArticleRecord>) -> T) -> Vec<Event<T>> {
    if let Source::File(path) = src
        && is_jsonl(path)
    {
        return read_jsonl(path)
            .into_iter()
            .map(|ev| match ev {
                Event::Record(r) => Event::Record(map(r)),
                Event::Warning(w) => Event::Warning(w),
                Event::Error(e) => Event::Error(e),
            })
            .collect();
    }
    match corpus::load(src, &cfg.load) {
        Ok(loaded) => {
            let mut events: Vec<Event<T>> = Vec::with_capacity(loaded.warnings.len() + 1);
            events.extend(loaded.warnings.into_iter().map(Event::Warning));
            if let Some(article) = loaded.article {
                events.push(Event::Record(map(Box::new(extract::extract_article_owned(
                    article,
                    &cfg.extract,
                )))));
            }
            events
        }
        Err(e) => vec![Event::Error(e)],
    }
}

/// Reads records written by `extract --format jsonl`; a bad line is an
/// error naming the file and line, and the other lines are still read.
fn read_jsonl(path: &Path) -> Vec<Event> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(source) => {
            return vec![Event::Error(Error::Read {
                path: path.to_path_buf(),
                source,
            })];
        }
    };
    let mut events = Vec::new();
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(source) => {
                events.push(Event::Error(Error::Read {
                    path: path.to_path_buf(),
                    source,
                }));
                break;
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<ArticleRecord>(&line) {
            Ok(r) => events.push(Event::Record(Box::new(r))),
            Err(e) => events.push(Event::Error(Error::BadRecord {
                path: path.to_path_buf(),
                line: n + 1,
                message: e.to_string(),
            })),
        }
    }
    events
}
