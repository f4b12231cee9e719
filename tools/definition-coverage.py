#!/usr/bin/env python3
"""Definition coverage of a deck (docs/QUALITY.md, issue 13): the share of cards with a definition on either side and
on both, and where the definitions come from (definitionSource: abstract, corpus, glossary, dictionary, user).

Usage: tools/definition-coverage.py DECK.deck.json [...]
"""
import collections
import json
import sys

for path in sys.argv[1:]:
    cards = json.load(open(path, encoding="utf-8"))["cards"]
    n = len(cards)
    has = lambda c, l: bool(c["definition"][l])
    any_ = sum(1 for c in cards if has(c, "en") or has(c, "zh"))
    both = sum(1 for c in cards if has(c, "en") and has(c, "zh"))
    sources = collections.Counter()
    for c in cards:
        for lang in ("en", "zh"):
            if has(c, lang):
                sources[lang + " " + ((c.get("definitionSource") or {}).get(lang) or "unknown")] += 1
    pct = lambda k: f"{100 * k / n:.1f}%" if n else "-"
    print(f"{path}: {n} cards; a definition {any_} ({pct(any_)}), in both languages {both} ({pct(both)})")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(sources.items())))
