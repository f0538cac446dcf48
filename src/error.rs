//! Typed errors of the library. Every variant names the input it concerns, so
//! the binary can print one clear line per problem and go on with the rest.

use std::path::PathBuf;

/// What went wrong, and with which input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given by the user does not exist.
    #[error("{}: no such file or directory", path.display())]
    NotFound {
        /// The path as the user gave it.
        path: PathBuf,
    },
    /// A file or directory exists but could not be read.
    #[error("{}: cannot read: {source}", path.display())]
    Read {
        /// The path that failed.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A file could not be written (reports are written atomically).
    #[error("{}: cannot write: {source}", path.display())]
    Write {
        /// The path that failed.
        path: PathBuf,
        /// The operating system's reason.
        source: std::io::Error,
    },
    /// A JSON or JSONL input could not be parsed.
    #[error("{}: line {line}: not a quotecheck extract record: {message}", path.display())]
    BadRecord {
        /// The file holding the record.
        path: PathBuf,
        /// 1-based line number of the record.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// An argument or option value is not acceptable.
    #[error("{0}")]
    Usage(String),
}

/// Shorthand for results of this crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
