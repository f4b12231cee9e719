#!/usr/bin/env python3
"""The false positives of the default line of `termdeck eval --keyphrases` against each document's missed keyphrases:
counts by how a term's words stand to a missed keyphrase's (longer or shorter at the head or at the modifiers, an
overlap of words, none), and a random sample to classify by hand (tab-separated: id, term, relation, keyphrase, the
document's missed keyphrases).

  ./termdeck eval --keyphrases ../shared/eval/inspec-dev --ids docs/quality/split/inspec-tune.txt --json \\
      --per-document > /tmp/NAME-x/tune.json
  tools/inspec-dump/fp-sample.py /tmp/NAME-x/tune.json 150 10 > /tmp/NAME-x/sample.tsv
Never on the held-out ids (docs/QUALITY.md, Precision).
"""
import collections
import json
import random
import sys

from simulate import words


def relation(term, missed):
    """How the term's words stand to the nearest missed keyphrase: longer/shorter:head|mod|both, overlap, none."""
    tw = words(term)
    shorter = overlap = None
    for k in missed:
        kw = words(k)
        if not kw or kw == tw:
            continue
        for big, small, name in ((tw, kw, 'longer'), (kw, tw, 'shorter')):
            at = [i for i in range(len(big) - len(small) + 1) if big[i:i + len(small)] == small]
            if len(big) > len(small) and at:
                i = at[0]
                side = 'head' if i == 0 else 'mod' if i + len(small) == len(big) else 'both'
                if name == 'longer':
                    return name + ':' + side, k
                shorter = shorter or (name + ':' + side, k)
        if set(tw) & set(kw):
            overlap = overlap or ('overlap', k)
    return shorter or overlap or ('none', '')


def main():
    default = json.load(open(sys.argv[1]))[0]['perDocument']
    size = int(sys.argv[2]) if len(sys.argv) > 2 else 150
    fps = [(d, t) for d in default for t in d['terms'] if t not in d['matched']]
    counts = collections.Counter(relation(t, d['missed'])[0] for d, t in fps)
    print(f'# {len(fps)} false positives of {sum(len(d["terms"]) for d in default)} terms:',
          ', '.join(f'{k} {n}' for k, n in counts.most_common()), file=sys.stderr)
    random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 10)
    for d, t in random.sample(fps, size):
        rel, k = relation(t, d['missed'])
        print('\t'.join([d['id'], t, rel, k, ' ; '.join(' '.join(m.split()) for m in d['missed'])]))


if __name__ == '__main__':
    main()
