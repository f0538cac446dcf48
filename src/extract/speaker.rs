//! Speaker attribution (to be filled by the attribution rules).

use super::Quote;
use super::layout::Paragraph;

/// Sets `speaker`, `cue` and `via` of each quote where a reliable rule finds them.
pub fn attribute(_text: &str, _paras: &[Paragraph], _quotes: &mut [Quote]) {}
