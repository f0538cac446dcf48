#!/bin/bash
# Compares two quotecheck binaries' `extract` output byte for byte (stdout,
# stderr, exit code): every format, speakers on and off, a synth corpus,
# corpus/, tests/data/, generated nasty inputs (control characters, invalid
# UTF-8, NUL, BOM + CRLF, U+2028, emoji, random bytes), re-read .jsonl
# records, part of the fuzz corpus, standard input, --jobs 1 and 3.
#
#   benches/extract_identity.sh BASE_BINARY [NEW_BINARY] [SYNTH_DIR]
#
# Run from the repository root. Exit code 1 when anything differs.
set -u
BASE=${1:?base binary}
NEW=${2:-target/release/quotecheck}
SYNTH=${3:-/tmp/s10k}
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
[ -d "$SYNTH" ] || "$BASE" synth --articles 10000 --seed 1 --out "$SYNTH" > /dev/null
mkdir -p "$W/nasty" "$W/jsonl"
python3 - "$W/nasty" <<'PY'
import os, random, sys
os.chdir(sys.argv[1]); random.seed(5)
def w(name, data):
    open(name, 'wb').write(data if isinstance(data, bytes) else data.encode())
w('ctrl.txt', 'outlet: A\x01B\ndate: 2024-01-02\nnote: x\x1f\x7fy"\\z\n---\nTitle \x0b "quoted \x01\x02\x1b\x7f text," he said.\n\nHe said "line\tTab\x0c ff \x08 bs" and \u2028 "sep\u2028arated \u2029 here." Then "emoji 😀👍🏽 and \\ back\\slash".\n')
w('invalid.txt', b'He said \xff\xfe "bad \xc3\x28 bytes" and "\xe2\x80 trunc" ok.\n\n"Second \xed\xa0\x80 surrogate-ish," she said.\n')
w('bom_crlf.txt', b'\xef\xbb\xbfoutlet: X\r\n---\r\n"Hello,\r\nthere" he said.\r\r"Again" said she.\r\n')
w('binary.txt', b'abc\x00def "q"')
w('empty.txt', b'')
w('weird.md', '# “Headline” with ‘quotes’\n\n« Bonjour » dit-il. „Guten Tag“, sagte er. 「こんにちは」と言った。\n\n"Unclosed quote runs on\n\n"and continues here," said Ann.\n')
w('page.html', '<!doctype html><html><head><title>T\x01itle "x"</title><meta property="og:site_name" content="Out\u2028let"></head><body><article><p>He said "hi\u2028there" &amp; <q>nested <q>inner</q></q>.</p><p>“Control &#1; char,” she said.</p></article></body></html>')
w('rand.txt', bytes(random.choice(range(1, 256)) for _ in range(5000)))
w('rand2.txt', ''.join(random.choice('ab "\'“”«»\n\t.!?\x01\x1f\x7f\u2028é😀\\') for _ in range(20000)))
PY
"$BASE" --quiet extract "$W/nasty" --format jsonl > "$W/jsonl/nasty.jsonl" 2> /dev/null
"$BASE" --quiet extract corpus --format jsonl > "$W/jsonl/corpus.jsonl"
fail=0
n=0
run() {
  "$BASE" "$@" > "$W/b.out" 2> "$W/b.err" < "${STDIN:-/dev/null}"; local eb=$?
  "$NEW" "$@" > "$W/n.out" 2> "$W/n.err" < "${STDIN:-/dev/null}"; local en=$?
  if ! cmp -s "$W/b.out" "$W/n.out" || ! cmp -s "$W/b.err" "$W/n.err" || [ $eb != $en ]; then
    echo "DIFF: $* ${STDIN:+< $STDIN}"
    fail=1
  fi
  n=$((n + 1))
}
FUZZ_E=$(ls fuzz/corpus/extract/* | head -400)
FUZZ_H=$(ls fuzz/corpus/html/* | head -200)
for fmt in jsonl json text; do
  for sp in "" "--no-speakers"; do
    for inp in "$SYNTH" corpus tests/data "$W/nasty" "$W/jsonl"; do
      run extract "$inp" --format $fmt $sp
    done
    # shellcheck disable=SC2086
    run extract $FUZZ_E --format $fmt $sp
    # shellcheck disable=SC2086
    run extract $FUZZ_H --format $fmt $sp
    for f in "$W"/nasty/ctrl.txt "$W"/nasty/page.html "$W"/nasty/rand2.txt "$W"/nasty/invalid.txt corpus/005*; do
      STDIN=$f run extract - --format $fmt $sp
    done
  done
done
for j in 1 3; do
  run --jobs $j extract "$SYNTH" --format jsonl
  run --jobs $j extract "$SYNTH" --format jsonl --no-speakers
done
run extract /nonexistent/path "$W/nasty" --format jsonl
run extract tests/data/drafts --format jsonl --max-article-bytes 300
echo "$n comparisons, fail=$fail"
exit $fail
