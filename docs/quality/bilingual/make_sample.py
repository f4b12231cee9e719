#!/usr/bin/env python3
"""Draws the blind-judging sample of issue #11 (bilingual papers): cards with a source in a held-out page.

usage: make_sample.py DECK.json CORPUS.jsonl HELDOUT.txt OUT.jsonl [N] [SEED]

DECK.json     a deck built from the arXiv digest pages (termdeck build --corpus DIR)
CORPUS.jsonl  the same pages as JSONL (termdeck corpus --corpus DIR --json): each paper's abstract and translation
HELDOUT.txt   the held-out page file names, one a line
OUT.jsonl     one line a card: its terms, short form, Chinese aliases, definitions, source sentences, and the
              abstract (English original and Chinese translation) of the held-out paper it came from
N, SEED       sample size (160) and random seed (20261202)
"""
import json
import random
import sys


def main():
    deck_file, corpus_file, heldout_file, out_file = sys.argv[1:5]
    n = int(sys.argv[5]) if len(sys.argv) > 5 else 160
    seed = int(sys.argv[6]) if len(sys.argv) > 6 else 20261202
    held = {line.strip()[:-3] for line in open(heldout_file, encoding='utf-8') if line.strip()}
    papers = {}
    for line in open(corpus_file, encoding='utf-8'):
        paper = json.loads(line)
        papers[paper['id']] = paper

    def paper_of(doc):
        return doc.split('@')[0]

    def page(paper_id):
        return paper_id.split('#')[0]

    deck = json.load(open(deck_file, encoding='utf-8'))
    eligible = [c for c in deck['cards'] if any(page(paper_of(s['doc'])) in held for s in c['sources'])]
    sample = random.Random(seed).sample(eligible, min(n, len(eligible)))
    with open(out_file, 'w', encoding='utf-8') as out:
        for i, card in enumerate(sample, 1):
            source = next(s for s in card['sources'] if page(paper_of(s['doc'])) in held)
            paper = papers[paper_of(source['doc'])]
            out.write(json.dumps({
                'n': i, 'card': card['id'],
                'en': card['term'].get('en'), 'zh': card['term'].get('zh'), 'abbr': card.get('abbr'),
                'aliases_zh': card.get('aliases', {}).get('zh', []),
                'definition_en': card.get('definition', {}).get('en'),
                'definition_zh': card.get('definition', {}).get('zh'),
                'source_sentences': [s['sentence'] for s in card['sources'] if paper_of(s['doc']) == paper['id']],
                'paper': paper['id'], 'abstract_en': paper['text'],
                'abstract_zh': paper.get('translations', {}).get('zh'),
            }, ensure_ascii=False) + '\n')
    print(f'{len(sample)} of {len(eligible)} cards with a source in a held-out page', file=sys.stderr)


if __name__ == '__main__':
    main()
