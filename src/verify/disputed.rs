//! Quotes their own article disowns: a correction's `misquoted Jordan
//! Reyes as saying "the referee cost us the game"`, a fact check's
//! `falsely attributed to ...`. Such a quote prints the words only to say
//! they are wrong, so it is no source printing of them: verify leaves it
//! out of the sources and says so when a claim repeats its words.
//!
//! Read from the quote's context: the words between the previous sentence
//! end, colon or quote mark and the quote's opening mark. Only the clause
//! that introduces the quote counts, so the corrected wording that follows
//! (`Reyes said "the referee didn't cost us the game."`) is not disputed.
//!
//! ```
//! use quotecheck::verify::disputed::disputing_lead;
//! let ctx = "Correction, May 18: An earlier version of this article misquoted Jordan Reyes as saying \"the referee cost us the game.\" Reyes said \"the referee didn't cost us the game.\"";
//! assert_eq!(
//!     disputing_lead(ctx, "the referee cost us the game.").as_deref(),
//!     Some("An earlier version of this article misquoted Jordan Reyes as saying")
//! );
//! assert_eq!(disputing_lead(ctx, "the referee didn't cost us the game."), None);
//! ```

/// Words that say the quote that follows is not what the speaker said.
const DISPUTING: &[&str] = &[
    "erroneously attributed",
    "erroneously quoted",
    "falsely attributed",
    "falsely credited",
    "falsely quoted",
    "inaccurately quoted",
    "incorrectly attributed",
    "incorrectly quoted",
    "misattribut",
    "misquot",
    "wrongly attributed",
    "wrongly credited",
    "wrongly quoted",
];

/// The words introducing `quote` in `context` (from the previous sentence
/// end, colon or quote mark), when they dispute it ([`DISPUTING`]).
pub fn disputing_lead(context: &str, quote: &str) -> Option<String> {
    let at = context.find(quote)?;
    let before = context[..at].trim_end_matches(|c: char| c.is_whitespace() || "\"'“‘«„".contains(c));
    let lead_start = before
        .rfind(|c: char| ".!?:;\"“”«»\n".contains(c))
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let lead = before[lead_start..].trim();
    let lower = lead.to_lowercase();
    DISPUTING.iter().any(|d| lower.contains(d)).then(|| lead.to_string())
}
