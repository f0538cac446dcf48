//! # quotecheck
//!
//! A quote provenance checker. The pipeline runs in stages, one module each:
//!
//! 1. [`corpus`]: paths to articles (text, Markdown, HTML), with metadata;
//! 2. [`extract`]: every quoted span, with offsets, context and speaker;
//! 3. [`normalize`]: tokens with two faces (as printed, as matched);
//! 4. [`index`]: interned words, informative weights, shingle postings;
//! 5. [`align`]: word-level local alignment and the corpus's accepted pairs;
//! 6. [`family`]: quote families as containment trees, with [`provenance`].
//!
//! [`names`] matches speaker names as a reader does (`Putin` is
//! `Russian President Vladimir Putin`).
//! [`synth`] writes corpora with known families, for tests and benchmarks.
//!
//! ```
//! use quotecheck::extract::{extract_quotes, ExtractConfig};
//! let quotes = extract_quotes("Kim hailed Putin as his “dearest friend.”", &ExtractConfig::default());
//! assert_eq!(quotes[0].text, "dearest friend.");
//! ```
#![warn(missing_docs)]
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod align;
pub mod corpus;
pub mod date;
pub mod diff;
pub mod error;
pub mod extract;
pub mod family;
pub mod index;
pub mod names;
pub mod normalize;
pub mod output;
pub mod pipeline;
pub mod provenance;
pub mod report;
pub mod synth;
pub mod verify;

pub use align::AlignConfig;
pub use error::{Error, Result};
pub use family::{AlignOutput, align_corpus};
