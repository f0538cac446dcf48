//! Byte searches eight bytes at a time (SWAR, no `unsafe`): the loops that
//! look for a few byte values through the whole text (quote marks, sentence
//! ends, line ends, JSON escapes) skip the words that hold none of them.

const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte.
pub(crate) const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `w` equal to `c`. Exact for the lowest such
/// byte; a byte above a match may be flagged falsely (a borrow), so callers
/// only use the mask to decide whether to look at the word byte by byte.
#[inline(always)]
pub(crate) fn eq_mask(w: u64, c: u8) -> u64 {
    let x = w ^ (ONES * u64::from(c));
    x.wrapping_sub(ONES) & !x & HIGHS
}

/// The high bit of each byte of `w` below `c` (`c` at most 0x80), with the
/// same caveat as [`eq_mask`].
#[inline(always)]
pub(crate) fn below_mask(w: u64, c: u8) -> u64 {
    w.wrapping_sub(ONES * u64::from(c)) & !w & HIGHS
}

/// The first byte of `bytes` for which `is` holds. `maybe` is called on
/// each eight-byte word (little-endian) and must be true for any word
/// holding such a byte; words it rejects are skipped.
#[inline(always)]
pub(crate) fn find_by_word(bytes: &[u8], maybe: impl Fn(u64) -> bool, is: impl Fn(u8) -> bool) -> Option<usize> {
    let mut words = bytes.chunks_exact(8);
    for (n, chunk) in words.by_ref().enumerate() {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        if maybe(w)
            && let Some(p) = chunk.iter().position(|&b| is(b))
        {
            return Some(n * 8 + p);
        }
    }
    let rest = words.remainder();
    rest.iter().position(|&b| is(b)).map(|p| bytes.len() - rest.len() + p)
}

/// How many bytes of `bytes` equal `c`.
pub(crate) fn count_byte(bytes: &[u8], c: u8) -> usize {
    const LOWS: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let mut words = bytes.chunks_exact(8);
    let mut n = 0usize;
    for chunk in words.by_ref() {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes")) ^ (ONES * u64::from(c));
        // Exact: the high bit is set only for a zero byte of `x`.
        let zero = !(((x & LOWS) + LOWS) | x | LOWS);
        n += zero.count_ones() as usize;
    }
    n + words.remainder().iter().filter(|&&b| b == c).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn searches_equal_byte_loops(bytes in proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b'"'), Just(0xE3u8), Just(0x7F), Just(0x80), Just(0x1F), Just(0x20), any::<u8>()], 0..64)) {
            for c in [b'\n', b'"', 0xE3, 0x80, 0x7F, 0] {
                prop_assert_eq!(count_byte(&bytes, c), bytes.iter().filter(|&&b| b == c).count());
                prop_assert_eq!(
                    find_by_word(&bytes, |w| eq_mask(w, c) != 0, |b| b == c),
                    bytes.iter().position(|&b| b == c)
                );
            }
            prop_assert_eq!(
                find_by_word(&bytes, |w| below_mask(w, 0x20) != 0, |b| b < 0x20),
                bytes.iter().position(|&b| b < 0x20)
            );
            prop_assert_eq!(
                find_by_word(&bytes, |w| w & HIGHS != 0, |b| b >= 0x80),
                bytes.iter().position(|&b| b >= 0x80)
            );
        }
    }
}
