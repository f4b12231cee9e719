#!/usr/bin/env python3
"""Inspec keyphrases against every candidate of the tune half: where selection leaves the keyphrases, and the
selection simulated (P / R / F1 averaged over documents, as `termdeck eval --keyphrases` does, but without the cards'
aliases: about 0.004 under its precision).

Dump first (from a worktree, after `mvn -o -q -DskipTests package`):
  CP="target/classes:$(ls target/lib/*.jar 2>/dev/null | tr '\\n' ':')"
  javac -d /tmp/NAME-dump -cp "$CP" tools/inspec-dump/CandidateDump.java
  java -cp "/tmp/NAME-dump:$CP" dev.termdeck.extract.CandidateDump ../shared/eval/inspec-dev \\
      docs/quality/split/inspec-tune.txt /tmp/NAME-dump/tune.jsonl
then: tools/inspec-dump/simulate.py /tmp/NAME-dump/tune.jsonl
Never on the held-out ids (docs/QUALITY.md, Precision).
"""
import collections
import json
import re
import sys
import unicodedata


def singular(w):
    """The benchmark's plural rule (KeyphraseMatcher.singular)."""
    n = len(w)
    if n <= 3 or not w.endswith('s') or w.endswith(('ss', 'us', 'is')):
        return w
    if w.endswith('ies') and n > 4:
        return w[:-3] + 'y'
    for e in ('ses', 'xes', 'zes', 'ches', 'shes'):
        if w.endswith(e):
            return w[:-2]
    return w[:-1]


def words(p):
    n = unicodedata.normalize('NFKC', p).lower().replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-')
    return [singular(w) for w in re.split(r'[\s\-]+', n) if w]


def key(p):
    return ''.join(words(p))


def text_words(t):
    n = unicodedata.normalize('NFKC', t).lower().replace('-', ' ')
    return [singular(w) for w in re.findall(r"[\w']+|[^\w\s]", n)]


def contains(seq, sub):
    return any(seq[i:i + len(sub)] == sub for i in range(len(seq) - len(sub) + 1))


def forms(c):
    return [c['text']] + ([c['abbr']] if c['abbr'] else [])


def stage(c):
    return re.sub(r'\d+$', '', c['stage'] or 'none')


def keeps(s, best, minimum=0.3):
    """Selection.keeps at the defaults."""
    return s >= minimum or (s >= 0.8 * minimum and s >= 0.5 * best)


def select(doc, adjust=lambda c, doc: 0, cap=8):
    """The document's terms with each score adjusted (InnerPhrases and EnclosedPieces as they left them)."""
    pool = [c for c in doc['cands'] if stage(c) in ('kept', 'cap', 'cut')]
    scored = [(round(c['score'] + adjust(c, doc), 3), c) for c in pool]
    best = max([s for s, _ in scored], default=0)
    scored = [(s, c) for s, c in scored if keeps(s, best)]
    scored.sort(key=lambda x: (-x[0], x[1]['start'], x[1]['key']))
    return [c for _, c in scored[:cap]]


def prf(docs, selected):
    p = r = f = terms = 0
    for d in docs:
        keys = {key(k) for k in d['keys']} - {''}
        sel = selected(d)
        hits = [c for c in sel if any(key(x) in keys for x in forms(c))]
        found = {key(x) for c in sel for x in forms(c)} & keys
        dp = len(hits) / len(sel) if sel else 0
        dr = len(found) / len(keys) if keys else 0
        p, r, f, terms = p + dp, r + dr, f + (2 * dp * dr / (dp + dr) if dp + dr else 0), terms + len(sel)
    n = len(docs)
    return round(p / n, 3), round(r / n, 3), round(f / n, 3), round(terms / n, 2)


def where_keys_are(docs):
    """Each distinct keyphrase the text writes word for word: the stage of its candidate, or none."""
    out = collections.Counter()
    for d in docs:
        candidates = {key(x): c for c in d['cands'] for x in forms(c)}
        written = text_words((d['title'] or '') + ' . ' + d['text'])
        for k in {key(k): k for k in d['keys'] if key(k)}.values():
            if not contains(written, words(k)):
                out['not written'] += 1
            else:
                out[stage(candidates[key(k)]) if key(k) in candidates else 'no candidate'] += 1
    return out


def main():
    docs = [json.loads(line) for line in open(sys.argv[1])]
    print('keyphrases by stage of their candidate:', sorted(where_keys_are(docs).items()))
    print('default selection simulated (P, R, F1, terms):', prf(docs, select))
    for cap in (6, 7, 10):
        print(f'cap {cap}:', prf(docs, lambda d: select(d, cap=cap)))


if __name__ == '__main__':
    main()
