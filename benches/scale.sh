#!/usr/bin/env bash
# Whole-CLI scale benchmark (issue 6): builds release, generates corpora of
# 1k, 10k, 100k and 1M articles with `quotecheck synth`, times `extract` and
# `align` with /usr/bin/time -v (wall time, peak memory), and runs the peers
# from ../shared/peers on the sizes where they finish in reasonable time.
#
# usage: benches/scale.sh [SIZES...]      (default: 1000 10000 100000 1000000)
# env:   OUT=/tmp/qc-scale  PEERS=1  RAPIDFUZZ=/tmp/rapidfuzz-venv/bin/python
#        TEXTACY=/tmp/textacy-venv/bin/python  PEER_MAX=1000
# Peers are installed as ../shared/peers/README.md says (venvs outside the
# project); missing peers are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000 1000000}")
read -r -a sizes <<< "${sizes[*]}"
OUT=${OUT:-/tmp/qc-scale}
PEERS=${PEERS:-1}
PEER_MAX=${PEER_MAX:-1000}
RAPIDFUZZ=${RAPIDFUZZ:-/tmp/rapidfuzz-venv/bin/python}
TEXTACY=${TEXTACY:-/tmp/textacy-venv/bin/python}
PEER_DIR=${PEER_DIR:-../shared/peers}
mkdir -p "$OUT"
cargo build --release --quiet
B=target/release/quotecheck

# time_run LABEL COMMAND...: one row "label wall_s maxrss_mb" on stdout.
time_run() {
  local label=$1; shift
  /usr/bin/time -v "$@" > "$OUT/$label.out" 2> "$OUT/$label.time" || { echo "$label FAILED (see $OUT/$label.time)"; return; }
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$OUT/$label.time" | awk '{print $NF}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$OUT/$label.time" | awk '{printf "%.0f", $NF/1024}')
  printf '%-28s %10.2f s %8s MB\n' "$label" "$wall" "$rss"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB; $(uname -sr); load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${sizes[@]}"; do
  dir="$OUT/synth_$n"
  [ -d "$dir" ] || $B synth --articles "$n" --seed 1 --out "$dir" > /dev/null
  bytes=$(du -sb --apparent-size "$dir" | cut -f1)
  echo "--- $n articles ($((bytes / 1000000)) MB of text)"
  find "$dir" -name "*.txt" -exec cat {} + > /dev/null
  time_run "extract_$n" "$B" --quiet extract "$dir" --format jsonl
  time_run "align_$n" "$B" --quiet align "$dir" --format json
  if [ "$PEERS" = 1 ] && [ "$n" -le "$PEER_MAX" ]; then
    files=$(find "$dir" -name '*.txt' | sort)
    if [ -x "$RAPIDFUZZ" ]; then
      # shellcheck disable=SC2086
      time_run "peer_rapidfuzz_$n" "$RAPIDFUZZ" "$PEER_DIR/baseline_align.py" $files
    fi
    if [ -x "$TEXTACY" ]; then
      # shellcheck disable=SC2086
      time_run "peer_textacy_$n" "$TEXTACY" "$PEER_DIR/textacy_quotes.py" --mode para $files
    fi
  fi
done
