//! String primitives for reading an article's lines: byte searches,
//! ASCII-case comparisons, trimming, whole-word counts.
//!
//! Inference reads every line of every article, and most lines give
//! nothing: the tests that turn them down must cost little. These replace
//! `str` methods whose set-up costs more than the short searches made here
//! (see [`find_byte`], [`find_by_key`], [`any_byte`]).

/// Where `part`, a slice of `text`, starts in it.
pub(super) fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// The lines of `body` that are not blank, trimmed. (Split at `\n` as by
/// `str::lines`, whose line ends the trimming removes with the rest of the
/// spacing, but quicker: see [`find_byte`].)
pub(super) fn non_blank_lines(body: &str) -> impl Iterator<Item = &str> {
    let mut rest = body;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let end = find_byte(rest.as_bytes(), b'\n').unwrap_or(rest.len());
            let line = trim(&rest[..end]);
            rest = rest.get(end + 1..).unwrap_or("");
            if !line.is_empty() {
                return Some(line);
            }
        }
        None
    })
}

/// The last `n` non-blank lines of `body`, trimmed, the last first.
pub(super) fn last_lines(body: &str, n: usize) -> Vec<&str> {
    let mut lines = Vec::with_capacity(n);
    let mut rest = body;
    while lines.len() < n && !rest.is_empty() {
        let start = rest.rfind('\n').map_or(0, |i| i + 1);
        let line = trim(&rest[start..]);
        if !line.is_empty() {
            lines.push(line);
        }
        rest = &rest[..start.saturating_sub(1)];
    }
    lines
}

/// `s` without a leading ASCII `prefix` in any case.
pub(super) fn strip_prefix_ignore_ascii_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    starts_with_ignore_ascii_case(s, prefix).then(|| &s[prefix.len()..])
}

/// `text.split_inclusive('\n')`, quicker: see [`find_byte`].
pub(super) fn split_lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let end = find_byte(rest.as_bytes(), b'\n').map_or(rest.len(), |i| i + 1);
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

/// Where `byte` first stands in `haystack`, looked for in eight-byte words:
/// in `x = word ^ (byte in every lane)`, `(x - 0x0101...) & !x & 0x8080...`
/// flags the lanes that are zero, the lowest one exactly. (`str` searches
/// for a `char` run memchr, then compare the match in a function call, which
/// costs more than most lines' search.)
pub(in crate::corpus) fn find_byte(haystack: &[u8], byte: u8) -> Option<usize> {
    const LOW_BITS: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH_BITS: u64 = u64::from_le_bytes([0x80; 8]);
    let pattern = LOW_BITS * u64::from(byte);
    let zero_lanes = |word: &[u8]| {
        let x = u64::from_le_bytes(word.try_into().expect("eight bytes")) ^ pattern;
        x.wrapping_sub(LOW_BITS) & !x & HIGH_BITS
    };
    // Sixteen bytes a step, tested together.
    let mut pairs = haystack.chunks_exact(16);
    let mut offset = 0;
    for pair in pairs.by_ref() {
        let (low, high) = (zero_lanes(&pair[..8]), zero_lanes(&pair[8..]));
        if low | high != 0 {
            let lanes = if low != 0 { low } else { high };
            return Some(offset + usize::from(low == 0) * 8 + lanes.trailing_zeros() as usize / 8);
        }
        offset += 16;
    }
    pairs.remainder().iter().position(|&b| b == byte).map(|i| offset + i)
}

/// `str::trim`, without its char-by-char tests when both ends are ASCII.
pub(super) fn trim(s: &str) -> &str {
    let t = s.trim_ascii();
    // `trim_ascii` leaves a vertical tab, which is whitespace to `trim`.
    let plain = |b: Option<&u8>| b.is_none_or(|&b| b.is_ascii() && b != 0x0B);
    if plain(t.as_bytes().first()) && plain(t.as_bytes().last()) {
        t
    } else {
        t.trim()
    }
}

/// `s.to_ascii_lowercase().starts_with(prefix)` for a lower-case ASCII
/// `prefix`, without the copy.
pub(super) fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `hay` contains `needle` (ASCII, lower-case), ignoring ASCII case.
pub(super) fn contains_ascii_ci(hay: &[u8], needle: &[u8]) -> bool {
    let Some((&first, _)) = needle.split_first() else {
        return true;
    };
    (0..hay.len().saturating_sub(needle.len() - 1))
        .any(|i| hay[i] | 0x20 == first && hay[i..i + needle.len()].eq_ignore_ascii_case(needle))
}

/// Whether any byte of `s` passes `test`. Without an early exit and with
/// a byte (not a `bool`) to collect the answer, so that the compiler tests
/// sixteen bytes at once: several times faster than `Iterator::any` on
/// lines where no byte passes, the common case.
pub(super) fn any_byte(s: &[u8], test: impl Fn(u8) -> bool) -> bool {
    s.iter().fold(0u8, |found, &b| found | u8::from(test(b))) != 0
}

/// The first `max` bytes of `s` (fewer, to end on a char boundary).
pub(super) fn window(s: &str, max: usize) -> &str {
    &s[..floor_char_boundary(s, max)]
}

/// How many times `name` stands in `text` as whole words.
pub(super) fn mentions(text: &str, name: &str) -> usize {
    text.match_indices(name)
        .filter(|&(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + name.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .count()
}

/// `hay.find(needle)` for a needle that starts with a space (` /`, ` — `):
/// see [`find_by_key`], with the last byte of its second character, rarer
/// than a space.
pub(super) fn find_spaced(hay: &str, needle: &str) -> Option<usize> {
    let key_at = needle[1..].chars().next()?.len_utf8();
    find_by_key(hay, needle, key_at)
}

/// `hay.find(needle)`: looks for the needle's byte at `key_at`, one rare in
/// text, with [`find_byte`], and compares the needle there. (`str::find`
/// with a string sets up a two-way searcher first, which costs more than
/// these short searches.)
pub(super) fn find_by_key(hay: &str, needle: &str, key_at: usize) -> Option<usize> {
    let key = needle.as_bytes()[key_at];
    let hay = hay.as_bytes();
    let mut from = key_at;
    while let Some(found) = find_byte(hay.get(from..)?, key) {
        let start = from + found - key_at;
        if hay[start..].starts_with(needle.as_bytes()) {
            return Some(start);
        }
        from += found + 1;
    }
    None
}

pub(super) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    if i >= s.len() {
        return s.len();
    }
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A letter of a script without capitals (Hebrew, Arabic, Devanagari, Thai).
pub(super) fn is_uncased_letter(c: char) -> bool {
    c.is_alphabetic() && !c.is_uppercase() && !c.is_lowercase()
}

/// Han, kana and hangul characters.
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

pub(super) fn contains_word(hay: &str, word: &str) -> bool {
    hay.match_indices(word).any(|(i, _)| {
        let before = hay[..i].chars().next_back();
        let after = hay[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
