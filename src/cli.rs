//! Command-line arguments.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Find quotes in news articles, align them across outlets, diff their
/// wordings and verify drafts against the sources.
#[derive(Debug, Parser)]
#[command(name = "quotecheck", version, about, propagate_version = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Worker threads (default: all cores). Output does not depend on it.
    #[arg(long, short = 'j', global = true)]
    pub jobs: Option<usize>,
    /// No progress bar and no warnings on standard error (errors are still printed).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract every quoted span of each article, with offsets, context and speaker.
    Extract(ExtractArgs),
    /// Group the same utterance across articles into quote families, with provenance.
    Align(AlignArgs),
    /// Write a synthetic corpus with known quote families (for tests and benchmarks).
    Synth(SynthArgs),
    /// Check a draft's quotes (or one quote) against the sources: wording, provenance, speaker.
    ///
    /// Exit status: 0 when every quote is verbatim, editorial or truncated and its speaker is
    /// confirmed or not named; 1 when any has a verdict or attribution status of --fail-on;
    /// 2 on error.
    Verify(VerifyArgs),
    /// Word-level diffs of each quote family for editors: terminal, Markdown, HTML or JSON.
    Report(ReportArgs),
}

/// Paths and limits shared by every command that reads a corpus.
#[derive(Debug, Args)]
pub struct CorpusArgs {
    /// Files or directories (walked recursively); `-` reads standard input;
    /// `.jsonl` files are records written by `extract --format jsonl`.
    #[arg(default_value = "corpus")]
    pub paths: Vec<PathBuf>,
    /// Largest article read, in bytes; the rest of a larger file is skipped with a warning.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_article_bytes: usize,
}

impl CorpusArgs {
    /// The library configuration these arguments stand for.
    pub fn read_config(&self) -> quotecheck::pipeline::ReadConfig {
        quotecheck::pipeline::ReadConfig {
            load: quotecheck::corpus::LoadConfig {
                max_article_bytes: self.max_article_bytes,
            },
            extract: quotecheck::extract::ExtractConfig::default(),
        }
    }
}

/// Alignment options shared by `align`, `report` and `verify`.
#[derive(Debug, Args)]
pub struct AlignOptions {
    /// Lowest alignment score (0 to 1) at which two quotes can be the same utterance.
    #[arg(long)]
    pub min_score: Option<f32>,
    /// Longest quote aligned, in words: longer quotes are cut, with a
    /// warning naming the file.
    #[arg(long, default_value_t = 400)]
    pub max_quote_words: usize,
}

impl AlignOptions {
    /// The library configuration these options stand for; a score outside
    /// 0..=1 is a usage error naming the flag.
    pub fn config(&self) -> Result<quotecheck::AlignConfig, quotecheck::Error> {
        let mut cfg = quotecheck::AlignConfig::default();
        if let Some(s) = self.min_score {
            if !(0.0..=1.0).contains(&s) {
                return Err(quotecheck::Error::Usage(format!(
                    "--min-score {s}: must be between 0 and 1"
                )));
            }
            cfg.min_score = s;
        }
        cfg.max_words = self.max_quote_words.max(1);
        Ok(cfg)
    }
}

/// `quotecheck extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The corpus.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = ExtractFormat::Text)]
    pub format: ExtractFormat,
    /// Spans, flags and contexts only: skip speaker attribution (two to three
    /// times faster; `speaker`, `cue` and `via` are null).
    #[arg(long)]
    pub no_speakers: bool,
}

/// Formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// For people.
    Text,
    /// One JSON object `{"articles": [...]}`.
    Json,
    /// One article object per line, streamed.
    Jsonl,
}

/// `quotecheck align`.
#[derive(Debug, Args)]
pub struct AlignArgs {
    /// The corpus.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = AlignFormat::Text)]
    pub format: AlignFormat,
    /// Alignment options.
    #[command(flatten)]
    pub align: AlignOptions,
    /// Also list the quotes that match nothing.
    #[arg(long)]
    pub all: bool,
}

/// Formats of `align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// For people.
    Text,
    /// One JSON object `{"families": [...], "stats": {...}}`.
    Json,
    /// Markdown, for editors.
    Md,
}

/// `quotecheck synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// Number of articles to write.
    #[arg(long, default_value_t = 1000)]
    pub articles: usize,
    /// Seed of the generator: the same seed writes the same corpus.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Directory to write into (created; files are overwritten).
    #[arg(long)]
    pub out: PathBuf,
}

/// `quotecheck verify`.
#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The draft: a text, Markdown or HTML file, or `-` for standard input. Its quotes are
    /// found as `extract` finds them, with their speakers.
    #[arg(required_unless_present = "quote", conflicts_with = "quote")]
    pub draft: Option<PathBuf>,
    /// Check this one quote instead of a draft.
    #[arg(long, value_name = "TEXT")]
    pub quote: Option<String>,
    /// Who the draft credits the --quote to.
    #[arg(long, value_name = "NAME", requires = "quote")]
    pub speaker: Option<String>,
    /// The sources: files or directories (walked recursively); `.jsonl` files are records
    /// written by `extract --format jsonl`.
    #[arg(long, value_name = "PATH", num_args = 1.., default_value = "corpus")]
    pub against: Vec<PathBuf>,
    /// Largest source article read, in bytes.
    #[arg(long, default_value_t = 16 * 1024 * 1024)]
    pub max_article_bytes: usize,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value_t = VerifyFormat::Text)]
    pub format: VerifyFormat,
    /// Verdicts and attribution statuses that make the exit status 1,
    /// comma-separated (`none`: never). A passing verdict whose speaker no
    /// source confirms (`unconfirmed`) or the sources dispute
    /// (`conflicting`) fails by default.
    #[arg(
        long,
        value_name = "LIST",
        value_delimiter = ',',
        default_value = "spliced,altered,not_found,misattributed,unconfirmed,conflicting"
    )]
    pub fail_on: Vec<String>,
    /// Alignment options.
    #[command(flatten)]
    pub align: AlignOptions,
}

/// Formats of `verify`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum VerifyFormat {
    /// For people.
    Text,
    /// One JSON object `{"checks": [...], "summary": {...}}`; each check has a `verdict`.
    Json,
    /// Markdown, for editors.
    Md,
}

/// `quotecheck report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The corpus.
    #[command(flatten)]
    pub corpus: CorpusArgs,
    /// Write the report to FILE, atomically (a failed run leaves the old file
    /// as it was); the format follows the extension: .html, .md, .json.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format (default: from the extension of -o, else the terminal).
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ReportFormat>,
    /// Mark typographic changes (case, punctuation, quote marks, hyphens) too.
    #[arg(long)]
    pub show_typography: bool,
    /// Colour in terminal output: auto (a terminal, and NO_COLOR unset), always, never.
    #[arg(long, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    pub color: ColorWhen,
    /// Alignment options.
    #[command(flatten)]
    pub align: AlignOptions,
}

/// Formats of `report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// Text for a terminal, `[-deleted-]{+inserted+}` without colour.
    Terminal,
    /// Markdown, for an editor's note or a pull request.
    Md,
    /// One self-contained HTML page, with a filter by change class.
    Html,
    /// The report as JSON, diff ops with byte offsets and classes.
    Json,
}

/// When to colour terminal output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// When standard output is a terminal and `NO_COLOR` is not set.
    Auto,
    /// Always (even into a file or a pipe).
    Always,
    /// Never.
    Never,
}
