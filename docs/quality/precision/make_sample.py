# Draws the blind-judging samples from a deck built from ../shared/corpus-dev/arxiv-pages/ (all 300 pages):
# cards with a source in a held-out page (../split/arxiv-heldout.txt), a fixed seed, and for each card everything the
# judge needs (judging.md): term (en, zh), abbreviation, definitions with their sources, source sentences, and the
# abstract(s) it came from. Usage: python3 make_sample.py DECK CORPUS_JSONL OUT_DIR
import json, random, sys
deck, corpus, out = sys.argv[1], sys.argv[2], sys.argv[3]
SEED, N = 20261202, 160
held = set(l.strip()[:-3] if l.strip().endswith('.md') else l.strip()
           for l in open(sys.argv[4] if len(sys.argv) > 4 else 'arxiv-heldout.txt') if l.strip())
docs = {}
for line in open(corpus, encoding='utf-8'):
    d = json.loads(line)
    docs[d['id'] + '#1'] = {'lang': d['lang'], 'title': d.get('title'), 'text': d['text']}
    for lang, text in (d.get('translations') or {}).items():
        docs[d['id'] + '#1@' + lang] = {'lang': lang, 'title': d.get('title'), 'text': text}
    if '#' in d['id']:
        docs[d['id']] = {'lang': d['lang'], 'title': d.get('title'), 'text': d['text']}
def page(doc_id):
    return doc_id.split('#')[0]
cards = json.load(open(deck, encoding='utf-8'))['cards']
def sample(lang, name):
    pool = [c for c in cards if any(page(s['doc']) in held and s.get('lang') == lang for s in c['sources'])]
    pool.sort(key=lambda c: c['id'])
    chosen = random.Random(SEED).sample(pool, min(N, len(pool)))
    with open(f'{out}/sample-{name}.jsonl', 'w', encoding='utf-8') as w:
        for i, c in enumerate(chosen, 1):
            srcs = [s for s in c['sources'] if page(s['doc']) in held and s.get('lang') == lang][:1] or c['sources'][:1]
            abstracts = []
            for s in srcs:
                d = docs.get(s['doc'])
                if d:
                    abstracts.append({'doc': s['doc'], 'lang': d.get('lang'), 'title': d.get('title'), 'text': d['text']})
            w.write(json.dumps({'n': i, 'card': c['id'], 'en': c['term'].get('en'), 'zh': c['term'].get('zh'),
                                'abbr': c.get('abbr'), 'aliases': c.get('aliases'),
                                'definition': c.get('definition'), 'definitionSource': c.get('definitionSource'),
                                'source_sentence': srcs[0].get('sentence') if srcs else None,
                                'abstract': abstracts}, ensure_ascii=False) + '\n')
    print(name, len(pool), 'cards in the pool,', len(chosen), 'drawn')
sample('en', 'en')
sample('zh', 'zh')
