#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of quote families against a generated
corpus's truth.json, for quotecheck's `align -f json` output and the rapidfuzz
peer's clusters (../shared/peers/baseline_align.py). Quotes are matched by
(file relative to the corpus directory, quote text).

usage: pairwise_f1.py CORPUS_DIR [--quotecheck align.json] [--rapidfuzz clusters.json]
"""
import argparse
import itertools
import json
import os


def rel(path, corpus):
    path = path.replace("\\", "/")
    base = os.path.basename(os.path.normpath(corpus)) + "/"
    return path.split(base, 1)[-1]


def pairs(groups, corpus):
    out = set()
    for members in groups:
        ms = sorted({(rel(m["file"], corpus), m["text"]) for m in members})
        out.update(itertools.combinations(ms, 2))
    return out


def score(name, got, truth):
    tp = len(got & truth)
    p = tp / len(got) if got else 0.0
    r = tp / len(truth) if truth else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name}: precision {p:.3f} recall {r:.3f} F1 {f:.3f} ({len(got)} pairs, {len(truth)} true)")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--quotecheck")
    ap.add_argument("--rapidfuzz")
    a = ap.parse_args()
    truth = json.load(open(os.path.join(a.corpus, "truth.json")))
    true_pairs = pairs((f["members"] for f in truth["families"]), a.corpus)
    if a.quotecheck:
        out = json.load(open(a.quotecheck))
        score("quotecheck", pairs((f["members"] for f in out["families"]), a.corpus), true_pairs)
    if a.rapidfuzz:
        out = json.load(open(a.rapidfuzz))
        score("rapidfuzz baseline", pairs((c["members"] for c in out["clusters"]), a.corpus), true_pairs)


if __name__ == "__main__":
    main()
