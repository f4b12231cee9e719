#!/usr/bin/env python3
"""A change's gain over 20 random halves of the tune documents (docs/QUALITY.md, Precision): two outputs of
`termdeck eval --keyphrases ... --ids docs/quality/split/inspec-tune.txt --json --per-document` (before, after),
each half's P / R / F1 macro-averaged over its documents as `termdeck eval` does (a document with no term counts 0).

  tools/inspec-dump/halves.py BEFORE.json AFTER.json [SETTING] [--halves 20] [--rows]

SETTING: the index of the setting in the output (0 = default, 1 = top 10, 2 = deck after card rules). Halves are
drawn with random.Random(seed) for seeds 0..N-1 over the documents sorted by id, so before and after meet the same
halves. Never on the held-out ids.
"""
import argparse
import json
import random


def per_doc(path, setting):
    return {d['id']: d for d in json.load(open(path))[setting]['perDocument']}


def mean(docs, field):
    return sum(d[field] for d in docs) / len(docs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('before')
    ap.add_argument('after')
    ap.add_argument('setting', nargs='?', type=int, default=0)
    ap.add_argument('--halves', type=int, default=20)
    ap.add_argument('--rows', action='store_true', help='print every half')
    a = ap.parse_args()
    b, c = per_doc(a.before, a.setting), per_doc(a.after, a.setting)
    if set(b) != set(c):
        raise SystemExit('the two outputs score different documents')
    ids = sorted(b, key=lambda i: (len(i), i))
    rows = []
    for seed in range(a.halves):
        half = random.Random(seed).sample(ids, len(ids) // 2)
        row = []
        for field in ('precision', 'recall', 'f1'):
            x, y = mean([b[i] for i in half], field), mean([c[i] for i in half], field)
            row += [x, y, y - x]
        rows.append(row)
        if a.rows:
            print(f'half {seed:2d}: P {row[0]:.4f} -> {row[1]:.4f} ({row[2]:+.4f})  R {row[3]:.4f} -> {row[4]:.4f} '
                  f'({row[5]:+.4f})  F1 {row[6]:.4f} -> {row[7]:.4f} ({row[8]:+.4f})')
    for k, name in ((0, 'P'), (3, 'R'), (6, 'F1')):
        d = [r[k + 2] for r in rows]
        print(f'{name:2s} mean {sum(r[k] for r in rows) / len(rows):.4f} -> {sum(r[k + 1] for r in rows) / len(rows):.4f}'
              f'  gain {sum(d) / len(d):+.4f} (lowest {min(d):+.4f}, highest {max(d):+.4f}, halves gaining '
              f'{sum(1 for x in d if x > 0)}/{len(d)})')
    whole = [(mean(list(b.values()), f), mean(list(c.values()), f)) for f in ('precision', 'recall', 'f1')]
    print('all tune documents: ' + '  '.join(f'{n} {x:.4f} -> {y:.4f}' for n, (x, y) in zip(('P', 'R', 'F1'), whole)))


if __name__ == '__main__':
    main()
