#!/usr/bin/env python3
"""Draws a blind judging sample of a deck's cards (see ../shared/eval/judging.md and docs/QUALITY.md).

Usage:
  termdeck corpus --corpus DIR --json > corpus.jsonl
  tools/definition-sample.py DECK.deck.json corpus.jsonl OUT_PREFIX --seed N --size K [--defined]

Writes OUT_PREFIX.jsonl, one card a line with what a judge needs (terms, abbreviation, pinyin, both definitions,
the source sentences, and the abstracts the card came from, in both language versions), and OUT_PREFIX.key.jsonl
with what the judge must not see (each definition's source: abstract, corpus, glossary, dictionary, user).
The sample is random.Random(seed).sample over the deck's cards in file order (with --defined, over the cards that
have a definition on either side).
"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("deck")
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--size", type=int, required=True)
    ap.add_argument("--defined", action="store_true")
    a = ap.parse_args()

    deck = json.load(open(a.deck, encoding="utf-8"))
    papers = {}
    for line in open(a.corpus, encoding="utf-8"):
        if line.strip():
            p = json.loads(line)
            versions = {p["lang"]: p["text"]}
            versions.update(p.get("translations") or {})
            papers[p["id"]] = {"title": p.get("title"), "versions": versions}

    cards = deck["cards"]
    if a.defined:
        cards = [c for c in cards if c["definition"]["en"] or c["definition"]["zh"]]
    sample = random.Random(a.seed).sample(cards, min(a.size, len(cards)))

    with open(a.out + ".jsonl", "w", encoding="utf-8") as out, \
            open(a.out + ".key.jsonl", "w", encoding="utf-8") as key:
        for n, c in enumerate(sample, 1):
            docs = []
            for s in c["sources"]:
                paper = s["doc"].split("@")[0]  # "ID@zh" is the Chinese version of paper ID
                if paper not in docs:
                    docs.append(paper)
            abstracts = [{"doc": d, "title": papers.get(d, {}).get("title"),
                          "versions": papers.get(d, {}).get("versions", {})} for d in docs[:2]]
            out.write(json.dumps({
                "n": n,
                "id": c["id"],
                "term_en": c["term"]["en"],
                "term_zh": c["term"]["zh"],
                "abbr": c["abbr"],
                "pinyin": c["pinyin"],
                "definition_en": c["definition"]["en"],
                "definition_zh": c["definition"]["zh"],
                "sources": [{"doc": s["doc"], "lang": s["lang"], "sentence": s["sentence"]} for s in c["sources"]],
                "abstracts": abstracts,
                "more_sources": max(0, len(docs) - 2),
            }, ensure_ascii=False) + "\n")
            src = c.get("definitionSource") or {}
            key.write(json.dumps({"n": n, "id": c["id"], "source_en": src.get("en"), "source_zh": src.get("zh")},
                                 ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
