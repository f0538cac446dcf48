//! A hand-written compact JSON writer for [`ArticleRecord`]: exactly the
//! bytes of `serde_json::to_writer(&record)`, without serde's generic path
//! (which was a fifth of the whole `extract --format jsonl --no-speakers`
//! command, most of it escaping strings a byte at a time).
//!
//! The tests below check it against serde_json on arbitrary strings and
//! records, and on the records of `corpus/` and `tests/data/`.

use super::{ArticleRecord, Quote, QuoteId};
use crate::corpus::TextBasis;
use crate::date::Date;
use std::collections::BTreeMap;

impl ArticleRecord {
    /// Appends the record as compact JSON to `out`: byte for byte what
    /// `serde_json::to_writer` writes for it, several times faster.
    pub fn write_json(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"file\":");
        write_str(out, &self.file);
        out.extend_from_slice(b",\"outlet\":");
        write_opt_str(out, self.outlet.as_deref());
        out.extend_from_slice(b",\"date\":");
        match &self.date {
            Some(d) => write_date(out, d),
            None => out.extend_from_slice(b"null"),
        }
        out.extend_from_slice(b",\"title\":");
        write_opt_str(out, self.title.as_deref());
        out.extend_from_slice(b",\"url\":");
        write_opt_str(out, self.url.as_deref());
        if !self.inferred.is_empty() {
            out.extend_from_slice(b",\"inferred\":");
            write_map(out, &self.inferred);
        }
        if !self.extra.is_empty() {
            out.extend_from_slice(b",\"extra\":");
            write_map(out, &self.extra);
        }
        out.extend_from_slice(match self.offsets {
            TextBasis::Plain => b",\"offsets\":\"plain\",\"quotes\":[",
            TextBasis::Html => b",\"offsets\":\"html\",\"quotes\":[",
        });
        for (k, q) in self.quotes.iter().enumerate() {
            if k > 0 {
                out.push(b',');
            }
            write_quote(out, q);
        }
        out.extend_from_slice(b"]}");
    }
}

fn write_quote(out: &mut Vec<u8>, q: &Quote) {
    out.extend_from_slice(b"{\"id\":");
    write_id(out, q.id);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, q.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, q.end);
    out.extend_from_slice(b",\"line\":");
    write_usize(out, q.line);
    out.extend_from_slice(b",\"text\":");
    write_str(out, &q.text);
    out.extend_from_slice(b",\"marks\":");
    write_str(out, &q.marks);
    out.extend_from_slice(b",\"speaker\":");
    write_opt_str(out, q.speaker.as_deref());
    out.extend_from_slice(b",\"cue\":");
    write_opt_str(out, q.cue.as_deref());
    if let Some(via) = &q.via {
        out.extend_from_slice(b",\"via\":");
        write_str(out, via);
    }
    out.extend_from_slice(b",\"headline\":");
    write_bool(out, q.headline);
    out.extend_from_slice(b",\"unclosed\":");
    write_bool(out, q.unclosed);
    out.extend_from_slice(b",\"continued\":");
    write_bool(out, q.continued);
    if let Some(c) = q.continues {
        out.extend_from_slice(b",\"continues\":");
        write_id(out, c);
    }
    out.extend_from_slice(b",\"parent\":");
    match q.parent {
        Some(p) => write_id(out, p),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"context\":");
    write_str(out, &q.context);
    out.push(b'}');
}

fn write_map(out: &mut Vec<u8>, map: &BTreeMap<String, String>) {
    out.push(b'{');
    for (k, (key, value)) in map.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        write_str(out, key);
        out.push(b':');
        write_str(out, value);
    }
    out.push(b'}');
}

fn write_bool(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn write_usize(out: &mut Vec<u8>, mut n: usize) {
    // Two digits at a time, as itoa does.
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    while n >= 100 {
        let d = (n % 100) * 2;
        n /= 100;
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[d..d + 2]);
    }
    if n >= 10 {
        i -= 2;
        buf[i..i + 2].copy_from_slice(&PAIRS[n * 2..n * 2 + 2]);
    } else {
        i -= 1;
        buf[i] = b'0' + n as u8;
    }
    out.extend_from_slice(&buf[i..]);
}

/// `"q<n>"`, as [`QuoteId`]'s `Display` (no escaping needed).
fn write_id(out: &mut Vec<u8>, id: QuoteId) {
    out.extend_from_slice(b"\"q");
    write_usize(out, id.0 as usize);
    out.push(b'"');
}

/// `"YYYY-MM-DD"`, as [`Date`]'s `Display`; years outside 0..=9999 (never
/// parsed from text, but representable) go through `Display` itself.
fn write_date(out: &mut Vec<u8>, d: &Date) {
    if (0..=9999).contains(&d.year) && d.month < 100 && d.day < 100 {
        let y = d.year as u32;
        let digit = |n: u32| b'0' + n as u8;
        out.extend_from_slice(&[
            b'"',
            digit(y / 1000),
            digit(y / 100 % 10),
            digit(y / 10 % 10),
            digit(y % 10),
            b'-',
            digit(u32::from(d.month) / 10),
            digit(u32::from(d.month) % 10),
            b'-',
            digit(u32::from(d.day) / 10),
            digit(u32::from(d.day) % 10),
            b'"',
        ]);
    } else {
        write_str(out, &d.to_string());
    }
}

fn write_opt_str(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => write_str(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string as serde_json writes it: `"` and `\` escaped with a
/// backslash, `\b \t \n \f \r` by their short escapes, the other bytes
/// below 0x20 as `\u00XX` (lower-case hex), everything else (DEL,
/// non-ASCII, U+2028) as is.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = find_escape(&bytes[i..]) {
        let at = i + off;
        out.extend_from_slice(&bytes[start..at]);
        let b = bytes[at];
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0C => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xF)]);
            }
        }
        i = at + 1;
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte of `bytes` that [`write_str`] must escape, eight bytes
/// at a time.
fn find_escape(bytes: &[u8]) -> Option<usize> {
    use super::bytescan::{below_mask, eq_mask, find_by_word};
    // `b ^ 2 < 0x21` holds for exactly the bytes below 0x20 and `"` (0x22):
    // one comparison for both.
    const TWOS: u64 = 0x0202_0202_0202_0202;
    find_by_word(
        bytes,
        |w| below_mask(w ^ TWOS, 0x21) | eq_mask(w, b'\\') != 0,
        needs_escape,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn serde_str(s: &str) -> Vec<u8> {
        serde_json::to_vec(s).unwrap()
    }

    fn mine(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        write_str(&mut out, s);
        out
    }

    #[test]
    fn every_char_class_is_escaped_as_serde_json_does() {
        let mut all: String = (0u32..0x300).filter_map(char::from_u32).collect();
        all.push_str("\u{2028}\u{2029}\u{FEFF}\u{FFFD}\u{10FFFF}😀 \"\\/\u{7f}");
        assert_eq!(mine(&all), serde_str(&all));
        for c in (0u32..0x80).filter_map(char::from_u32) {
            for n in [1, 7, 8, 9, 17] {
                let s: String = std::iter::repeat_n('a', n).chain([c]).chain("xyz".chars()).collect();
                assert_eq!(mine(&s), serde_str(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn numbers_as_serde_json() {
        let mut ns: Vec<usize> = (0..1200).collect();
        ns.extend([9999, 10_000, 99_999, 100_000, 1 << 32, usize::MAX - 1, usize::MAX]);
        ns.extend((0..20).map(|k| 10usize.pow(k)).flat_map(|p| [p - 1, p, p + 1]));
        for n in ns {
            let mut out = Vec::new();
            write_usize(&mut out, n);
            assert_eq!(out, serde_json::to_vec(&n).unwrap(), "{n}");
        }
    }

    #[test]
    fn dates_as_display() {
        for (year, month, day) in [(2024, 1, 2), (0, 12, 31), (9999, 9, 9), (12345, 1, 1), (-5, 3, 4)] {
            let d = Date { year, month, day };
            let mut out = Vec::new();
            write_date(&mut out, &d);
            assert_eq!(out, serde_json::to_vec(&d).unwrap());
        }
    }

    #[test]
    fn corpus_records_equal_serde_json() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let paths = [root.join("corpus"), root.join("tests/data")];
        let corpus = crate::pipeline::read_all(&paths, &crate::pipeline::ReadConfig::default());
        assert!(corpus.records.len() > 20);
        for rec in &corpus.records {
            let mut out = Vec::new();
            rec.write_json(&mut out);
            assert_eq!(out, serde_json::to_vec(rec).unwrap(), "{}", rec.file);
        }
    }

    fn opt(s: &str, on: bool) -> Option<String> {
        on.then(|| s.to_string())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn strings_equal_serde_json(s in any::<String>()) {
            prop_assert_eq!(mine(&s), serde_str(&s));
        }

        #[test]
        fn ascii_and_controls_equal_serde_json(s in "[\\x00-\\x7f\u{80}\u{2028}\u{7ff}\u{FFFF}]{0,80}") {
            prop_assert_eq!(mine(&s), serde_str(&s));
        }

        #[test]
        fn records_equal_serde_json(
            strs in proptest::collection::vec(any::<String>(), 12),
            flags in proptest::collection::vec(any::<bool>(), 16),
            nums in proptest::collection::vec(any::<u32>(), 8),
            quotes in 0usize..4,
        ) {
            let mut inferred = BTreeMap::new();
            let mut extra = BTreeMap::new();
            if flags[0] {
                inferred.insert(strs[0].clone(), strs[1].clone());
                inferred.insert("date".to_string(), strs[2].clone());
            }
            if flags[1] {
                extra.insert(strs[3].clone(), strs[4].clone());
            }
            let qs = (0..quotes)
                .map(|k| Quote {
                    id: QuoteId(nums[0].wrapping_add(k as u32)),
                    start: nums[1] as usize,
                    end: usize::MAX - nums[2] as usize,
                    line: nums[3] as usize,
                    text: strs[5].clone(),
                    marks: strs[6].clone(),
                    speaker: opt(&strs[7], flags[2 + k]),
                    cue: opt(&strs[8], flags[3 + k]),
                    via: opt(&strs[9], flags[4 + k]),
                    headline: flags[5 + k],
                    unclosed: flags[6 + k],
                    continued: flags[7 + k],
                    continues: flags[8 + k].then_some(QuoteId(nums[4])),
                    parent: flags[9 + k].then_some(QuoteId(nums[5])),
                    context: strs[10].clone(),
                })
                .collect();
            let rec = ArticleRecord {
                file: strs[11].clone(),
                outlet: opt(&strs[0], flags[13]),
                date: flags[14].then_some(Date { year: (nums[6] % 12000) as i32 - 1000, month: (nums[7] % 12) as u8 + 1, day: (nums[7] % 28) as u8 + 1 }),
                title: opt(&strs[1], flags[15]),
                url: opt(&strs[2], flags[12]),
                inferred,
                extra,
                offsets: if flags[11] { TextBasis::Html } else { TextBasis::Plain },
                quotes: qs,
            };
            let mut out = Vec::new();
            rec.write_json(&mut out);
            prop_assert_eq!(out, serde_json::to_vec(&rec).unwrap());
        }
    }
}
