#!/usr/bin/env python3
"""Draws the blind-judging samples of a deck (../shared/eval/judging.md) and keeps apart what the judge must not see.

Usage: make_samples.py DECK CORPUS_JSONL HELDOUT_LIST OUT_DIR [SHIPPED_DECK SHIPPED_CORPUS_JSONL]
  DECK            deck built from all of ../shared/corpus-dev/arxiv-pages/ (read as pages, default options)
  CORPUS_JSONL    `termdeck corpus --corpus THE_SAME_PAGES --json`
  HELDOUT_LIST    docs/quality/split/arxiv-heldout.txt: only cards with a source in these pages are drawn
Samples (Python random.Random(seed).sample over the eligible cards sorted by id):
  en   160 cards with an English source in a held-out page   (seed 20261203)   all four labels
  zh   160 cards with a Chinese source in a held-out page    (seed 20261204)   all four labels
  def  150 cards with a definition and a held-out source     (seed 20261205)   definition label
  shipped  every card of the shipped deck with a definition  (seed 20261206 fixes the order)
The environment variable SAMPLE_SEED_OFFSET (default 0) is added to the en, zh and def seeds, for a fresh sample of
held-out cards that earlier rounds did not show (the thirteenth round used 100).
Each line: n, the card's terms, aliases, abbreviation, definitions, the source sentence and the abstract(s) (both
versions of a bilingual paper). Where a definition comes from goes to OUT_DIR/key/, never to the judge.
"""
import json, os, random, sys

def load_docs(path):
    docs = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        base = d['id']
        docs[base] = {'lang': d['lang'], 'title': d.get('title'), 'text': d['text']}
        for lang, text in (d.get('translations') or {}).items():
            docs[base + '@' + lang] = {'lang': lang, 'title': d.get('title'), 'text': text}
    return docs

def page(doc_id):
    return doc_id.split('#')[0]

def paper_texts(docs, doc_id):
    base = doc_id.split('@')[0]
    out = []
    for key in [base] + [k for k in docs if k.startswith(base + '@')]:
        if key in docs:
            d = docs[key]
            out.append({'lang': d['lang'], 'title': d['title'], 'text': d['text']})
    return out

def line(n, c, docs, want):
    srcs = [s for s in c['sources'] if want(s)] or c['sources']
    s = srcs[0] if srcs else {}
    return {'n': n, 'en': c['term'].get('en'), 'zh': c['term'].get('zh'), 'abbr': c.get('abbr'),
            'aliases': c.get('aliases'), 'definition': c.get('definition'),
            'source_sentence': s.get('sentence'), 'source_lang': s.get('lang'),
            'abstract': paper_texts(docs, s['doc']) if s else []}

def write(out, name, chosen, docs, want):
    os.makedirs(f'{out}/key', exist_ok=True)
    with open(f'{out}/sample-{name}.jsonl', 'w', encoding='utf-8') as w, \
         open(f'{out}/key/key-{name}.jsonl', 'w', encoding='utf-8') as k:
        for i, c in enumerate(chosen, 1):
            w.write(json.dumps(line(i, c, docs, want), ensure_ascii=False) + '\n')
            k.write(json.dumps({'n': i, 'card': c['id'], 'definitionSource': c.get('definitionSource')},
                               ensure_ascii=False) + '\n')

def defined(c):
    return any((c.get('definition') or {}).values())

OFFSET = int(os.environ.get('SAMPLE_SEED_OFFSET', '0'))

def draw(cards, pred, seed, n):
    pool = sorted((c for c in cards if pred(c)), key=lambda c: c['id'])
    return pool, random.Random(seed).sample(pool, min(n, len(pool)))

def main():
    deck, corpus, held_file, out = sys.argv[1:5]
    held = {l.strip()[:-3] if l.strip().endswith('.md') else l.strip() for l in open(held_file) if l.strip()}
    docs = load_docs(corpus)
    cards = [c for c in json.load(open(deck, encoding='utf-8'))['cards'] if not c.get('stale')]
    def src(lang):
        return lambda s: page(s['doc']) in held and s.get('lang') == lang
    for name, lang, seed in (('en', 'en', 20261203 + OFFSET), ('zh', 'zh', 20261204 + OFFSET)):
        pool, chosen = draw(cards, lambda c: any(src(lang)(s) for s in c['sources']), seed, 160)
        write(out, name, chosen, docs, src(lang))
        print(f'{name}: {len(chosen)} of {len(pool)} cards', file=sys.stderr)
    heldany = lambda s: page(s['doc']) in held
    pool, chosen = draw(cards, lambda c: defined(c) and any(heldany(s) for s in c['sources']), 20261205 + OFFSET, 150)
    write(out, 'def', chosen, docs, heldany)
    print(f'def: {len(chosen)} of {len(pool)} cards', file=sys.stderr)
    if len(sys.argv) > 6:
        sdocs = load_docs(sys.argv[6])
        scards = [c for c in json.load(open(sys.argv[5], encoding='utf-8'))['cards'] if defined(c)]
        pool, chosen = draw(scards, lambda c: True, 20261206, len(scards))
        write(out, 'shipped', chosen, sdocs, lambda s: True)
        print(f'shipped: {len(chosen)} cards with a definition', file=sys.stderr)

if __name__ == '__main__':
    main()
