#!/usr/bin/env python3
"""Tags each undefined card of a deck with the evidence its text gives it (docs/QUALITY.md, Precision #12), to
measure which evidence separates cards worth learning from weak and junk ones.

Usage:
  termdeck corpus --corpus DIR --json > corpus.jsonl
  tools/card-evidence.py DECK.deck.json corpus.jsonl [--all] [--sample K --seed N] [--labels LABELS.tsv]

Evidence classes (a card may have several):
  sf      the card has a short form and its paper writes it in brackets ("Long Form (SF)", "长名（SF）"),
          or the term is itself a short form the paper brackets
  abbr    the card has a short form its paper never brackets (from the glossary or the linker)
  recur   the card's sources come from two papers or more
  caps    the English term is written with a capital that is not only the first letter of the phrase (a name as the
          paper writes it: "Vision Transformer", "ShareGPT4V", "LoRA"); the D of "3D" does not count
  name    every word of the English term starts with a capital or a digit, and a one-word term has a capital or
          digit after its first letter ("Motion Object Segmentation", "FruitNeRF", "BOF4-S"): a name as written
  digit   the English term has a digit ("3D avatar", "GPT-4o")
  title   the term (or an alias) is in its paper's title
  repeat  the paper says the English term (or an alias) two times or more
  bi      the card has sources in both versions of a paper (its Chinese term was found in the translation too)
  en-only / zh-only  the languages of the sources (a Chinese term then comes from the linker or the glossary)
  none    none of sf, abbr, recur, caps, name, digit, title, repeat

Without --labels: prints every undefined card (or, with --sample, K of them drawn with random.Random(seed).sample
over the undefined cards in file order) as a TSV line: id, tags, term en | zh, first source sentence.
With --labels (a TSV: card id, then keep/weak/junk): keep-rate per evidence class over the labelled cards.
With --all: all cards, not only the undefined ones.
"""
import argparse
import collections
import json
import random
import re


def paper(doc):
    return doc.split("@")[0]


def count(text, forms):
    text = text.lower()
    n = 0
    for f in forms:
        f = f.lower()
        if not f:
            continue
        n = max(n, len(re.findall(r"(?<![a-z0-9])" + re.escape(f) + r"(?![a-z0-9])", text)))
    return n


def tags(card, papers):
    t = set()
    en = card["term"].get("en")
    zh = card["term"].get("zh")
    forms = [f for f in [en] + card["aliases"].get("en", []) if f]
    ps = {paper(s["doc"]) for s in card["sources"]}
    texts = [papers.get(p, {}) for p in ps]
    body = " ".join(x.get("text", "") + " " + x.get("zh", "") for x in texts)
    abbr = card.get("abbr")
    if abbr or (en and re.fullmatch(r"[A-Za-z0-9-]*[A-Z][A-Za-z0-9-]*", en)):
        sf = abbr or en
        if re.search(r"[(（]\s*" + re.escape(sf) + r"s?\s*[)）]", body):
            t.add("sf")
        elif abbr:
            t.add("abbr")
    if len(ps) >= 2:
        t.add("recur")
    if en:
        words = en.split()
        letters = [re.sub(r"[0-9.]+[A-Z]\b", "", w) for w in words]  # "3D", "2.5D": a dimension, not a name
        if any(re.search(r"[A-Z]", w[1:]) for w in letters) or any(re.match(r"[A-Z]", w) for w in letters[1:]):
            t.add("caps")
        if all(re.match(r"[A-Z0-9]", w) for w in words) and (len(words) > 1 or re.search(r"[A-Z0-9]", en[1:])):
            t.add("name")
        if re.search(r"[0-9]", en):
            t.add("digit")
        title = " ".join(x.get("title", "") for x in texts).lower()
        if any(f.lower() in title for f in forms):
            t.add("title")
        en_text = " ".join(x.get("text", "") for x in texts)
        if count(en_text, forms) >= 2:
            t.add("repeat")
    langs = {s["lang"] for s in card["sources"]}
    if langs == {"en", "zh"}:
        t.add("bi")
    elif langs == {"en"}:
        t.add("en-only")
    elif langs == {"zh"}:
        t.add("zh-only")
    if not t & {"sf", "abbr", "recur", "caps", "name", "digit", "title", "repeat"}:
        t.add("none")
    return t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("deck")
    ap.add_argument("corpus")
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--sample", type=int)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--labels")
    ap.add_argument("--keep", help="comma-separated classes: also report the cards with none of them (removed)")
    a = ap.parse_args()
    papers = {}
    for line in open(a.corpus, encoding="utf-8"):
        d = json.loads(line)
        papers[d["id"]] = {"text": d.get("text", ""), "title": d.get("title") or "",
                           "zh": (d.get("translations") or {}).get("zh", "")}
    cards = json.load(open(a.deck, encoding="utf-8"))["cards"]
    if not a.all:
        cards = [c for c in cards if not (c["definition"]["en"] or c["definition"]["zh"])]
    tagged = [(c, tags(c, papers)) for c in cards]
    if a.labels:
        labels = {}
        for line in open(a.labels, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2 and parts[1] in ("keep", "weak", "junk"):
                labels[parts[0]] = parts[1]
        by = collections.defaultdict(collections.Counter)
        for c, t in tagged:
            if c["id"] in labels:
                for k in t | {"all"}:
                    by[k][labels[c["id"]]] += 1
        print("class\tlabelled\tkeep\tweak\tjunk\tkeep%")
        for k, v in sorted(by.items(), key=lambda kv: -sum(kv[1].values())):
            n = sum(v.values())
            print(f"{k}\t{n}\t{v['keep']}\t{v['weak']}\t{v['junk']}\t{100 * v['keep'] / n:.0f}%")
        if a.keep:
            keep = set(a.keep.split(","))
            for name, part in (("kept", [(c, t) for c, t in tagged if t & keep]),
                               ("removed", [(c, t) for c, t in tagged if not t & keep])):
                v = collections.Counter(labels[c["id"]] for c, _ in part if c["id"] in labels)
                print(f"{name} (any of {a.keep}): {len(part)} cards; labelled {sum(v.values())}: keep {v['keep']},"
                      f" weak {v['weak']}, junk {v['junk']}")
        counts = collections.Counter(k for _, t in tagged for k in t)
        print("\nundefined cards per class (all, labelled or not): " + ", ".join(
            f"{k} {v}" for k, v in counts.most_common()))
        return
    if a.sample:
        tagged = random.Random(a.seed).sample(tagged, min(a.sample, len(tagged)))
    for c, t in tagged:
        s = c["sources"][0]["sentence"] if c["sources"] else ""
        print(f"{c['id']}\t{','.join(sorted(t))}\t{c['term'].get('en')} | {c['term'].get('zh')}"
              f"{' (' + c['abbr'] + ')' if c.get('abbr') else ''}\t{s}")


if __name__ == "__main__":
    main()
