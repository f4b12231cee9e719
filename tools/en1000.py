#!/usr/bin/env python3
"""The EN1000 corpus of docs/BENCHMARKS.md (issue 17): the English documents of the development pages
(../shared/corpus-dev/arxiv-pages/, their original English abstracts) and of the shipped corpus/, as
`termdeck corpus --json` reads them, cycled to N JSONL lines (1,000 by default). Copy 1 of a document is its text
unchanged; each later copy k ends with one sentence of its own (" Variant k of this abstract."), so that the corpus
reader's deduplication keeps every line. Only id, title, text and lang are written (no translations: the corpus is
English only). The same inputs give the same file, byte for byte.

Usage: tools/en1000.py OUT.jsonl [--lines N] [--pages DIR] [--corpus DIR] [--termdeck PATH]
(run from the repository; it calls ./termdeck corpus --json, which builds the jar if needed)
Then: ./termdeck bench build --corpus OUT.jsonl --scales 1 --runs 3 --lang en --large-mb 0 --launcher --ceiling
"""
import argparse
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
parser = argparse.ArgumentParser(description="Write the EN1000 benchmark corpus.")
parser.add_argument("out")
parser.add_argument("--lines", type=int, default=1000)
parser.add_argument("--pages", default=os.path.join(here, "..", "..", "shared", "corpus-dev", "arxiv-pages"))
parser.add_argument("--corpus", default=os.path.join(here, "corpus"))
parser.add_argument("--termdeck", default=os.path.join(here, "termdeck"))
args = parser.parse_args()
if not os.path.isdir(args.pages):
    args.pages = "/work/shared/corpus-dev/arxiv-pages"


def english(corpus):
    """The English documents `termdeck corpus --json` lists for `corpus`, in its order."""
    listing = subprocess.run([args.termdeck, "corpus", "--corpus", corpus, "--json"], check=True,
                             capture_output=True, text=True).stdout
    return [d for d in map(json.loads, listing.splitlines()) if d["lang"] == "en"]


docs = english(args.pages) + english(args.corpus)
if not docs:
    sys.exit("en1000: no English document found")
tmp = args.out + ".tmp"
chars = 0
with open(tmp, "w", encoding="utf-8", newline="\n") as out:
    for i in range(args.lines):
        d = docs[i % len(docs)]
        copy = i // len(docs) + 1
        line = {"id": d["id"] if copy == 1 else f"{d['id']}~{copy}"}
        if d.get("title"):
            line["title"] = d["title"]
        line["text"] = d["text"] if copy == 1 else f"{d['text']} Variant {copy} of this abstract."
        line["lang"] = "en"
        chars += len(line["text"])
        out.write(json.dumps(line, ensure_ascii=False) + "\n")
os.replace(tmp, args.out)
print(f"{args.out}: {args.lines:,} lines from {len(docs)} English documents, {chars:,} characters")
