#!/usr/bin/env python3
"""A ranker learned from labelled tune candidates, scored k-fold over the tune documents (docs/QUALITY.md, Precision,
ninth session). Label: a candidate the selection could keep (kept, past the cap or under the cut-off) is one of its
document's keyphrases. Features: none depends on the text having been seen (see FEATURES). Model: logistic
regression (maximum entropy) with an L2 prior, fitted by Newton's method; `--opennlp ALGORITHM ITERATIONS` trains
with OpenNLP's own trainers instead (FoldTrainer.java: MAXENT = GIS, MAXENT_QN = L-BFGS, PERCEPTRON).
Prints the mean over the held-out folds (5 folds x seeds 1-4) of P / R / F1 / terms for today's selection (cap 8,
and the keyphrase line with ScoreDrop, the baseline of the gains), the selection ordered by the model, the model
filling the places after the first k (from the candidates reaching the cut-off, or from all: "(pool)"), the score
blended with the probability, and floors on the probability (twelfth session). `--more` adds 11 features from the
text, `--no-lexicon` drops the SCOWL ones, `--folds 'NAME;NAME'` prints those selections' per-fold gains. The build's
own features and trainer are measured by RankFolds.java on data/rank/ (docs/QUALITY.md, twelfth session).

Dump first (simulate.py's docstring), then, from a worktree:
  tools/inspec-dump/rank-folds.py /tmp/NAME-dump/tune.jsonl
  javac -d /tmp/NAME-dump -cp target/lib/opennlp-tools-2.5.6.jar tools/inspec-dump/FoldTrainer.java
  tools/inspec-dump/rank-folds.py /tmp/NAME-dump/tune.jsonl --opennlp MAXENT 1000
Never on the held-out ids.
"""
import glob
import math
import os
import random
import re
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from simulate import forms, key, keeps, stage  # noqa: E402

WORDS = 'src/main/resources/dev/termdeck/extract/en/english-words.tsv'
FEATURES = ('score termhood defined short-form log-frequency document-frequency one-word two-words three-words '
            'four-words in-title before-text position lower-case inner-capital all-capitals hyphen digit possessive '
            'head-everyday head-rare modifiers-everyday inside-another holds-another top-3 rank share-of-best '
            'said-twice').split()


def levels():
    out = {}
    for line in open(WORDS, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(p) >= 2:
            out[p[0]] = {'35': 0, '50': 1, '70': 2}.get(p[1], 3)
    return out


def classes():
    out = {}
    for line in open(WORDS, encoding='utf-8'):
        p = line.rstrip('\n').split('\t')
        if not line.startswith('#') and len(p) >= 3:
            out[p[0]] = p[2]
    return out


MORE = ('head-noun-only first-adjective-only first-verb shared-head title-words word-spread first-sentence '
        'last-sentence document-length candidates chars').split()


def more_features(c, d, pool, cls):
    """With --more: 11 further features, from the text and the lexicon's parts of speech only."""
    ws = c['text'].lower().split()
    head, first = ws[-1], ws[0]
    title = set(re.findall(r"[\w']+", (d['title'] or '').lower()))
    text = re.findall(r"[\w']+", (d['text'] or '').lower())
    sentences = re.split(r'(?<=[.!?])\s+', d['text'] or '')
    offset = c['start'] - len(d['title'] or '') - 1
    ends = [0]
    for s in sentences:
        ends.append(ends[-1] + len(s) + 1)
    index = next((i for i in range(len(sentences)) if offset < ends[i + 1]), len(sentences) - 1)
    hc, fc = (cls.get(head, '-'), cls.get(first, '-')) if cls else ('-', '-')
    return [hc == 'n', len(ws) > 1 and 'a' in fc and 'n' not in fc, len(ws) > 1 and 'v' in fc and 'n' not in fc,
            min(sum(1 for x in pool if x is not c and x['text'].lower().split()[-1] == head), 3) / 3,
            sum(w in title for w in ws) / len(ws), min(sum(text.count(w) for w in ws) / len(ws), 6) / 6,
            offset < 0 or index == 0, index == len(sentences) - 1, min(len(text), 300) / 300,
            min(len(pool), 20) / 20, min(len(c['text']), 40) / 40]


def features(c, d, pool, level):
    t = c['text']
    ws = t.split()
    n = len(ws)
    lev = (lambda w: level.get(w.lower(), 3)) if level else (lambda w: 1)
    others = [x for x in pool if x is not c]
    k = key(t)
    rank = sorted(pool, key=lambda x: -x['score']).index(c)
    best = max(x['score'] for x in pool)
    return [c['score'], c['th'], c['def'], c['abbr'] is not None, math.log(c['freq']), min(c['df'], 5) / 5,
            n == 1, n == 2, n == 3, n >= 4, t.lower() in (d['title'] or '').lower(),
            c['start'] < len(d['title'] or '') + 1, min(c['start'], 1500) / 1500, t == t.lower(),
            any(ch.isupper() for ch in t[1:]), t.isupper(), '-' in t, any(ch.isdigit() for ch in t), "'" in t,
            lev(ws[-1]) == 0, lev(ws[-1]) == 3, min([lev(m) for m in ws[:-1]] or [0]) == 0,
            any(k != key(x['text']) and k in key(x['text']) for x in others),
            any(k != key(x['text']) and key(x['text']) in k for x in others),
            rank < 3, rank / 10, c['score'] / best if best else 0, c['freq'] >= 2]


def prf(docs, select):
    total = np.zeros(4)
    for d in docs:
        keys = {key(k) for k in d['keys']} - {''}
        sel = select(d)
        p = sum(c['y'] for c in sel) / len(sel) if sel else 0
        r = len({key(x) for c in sel for x in forms(c)} & keys) / len(keys) if keys else 0
        total += [p, r, 2 * p * r / (p + r) if p + r else 0, len(sel)]
    return total / len(docs)


def pool(d):
    return [c for c in d['cands'] if 'x' in c]


def today(d, cap=8):
    best = max([c['score'] for c in pool(d)], default=0)
    s = sorted((c for c in pool(d) if keeps(c['score'], best)), key=lambda c: (-c['score'], c['start'], c['key']))
    return s[:cap]


AFTER, DROP, EXTRA = 4, 0.08, 2


def drop(best_first, value, cap=8):
    """ScoreDrop.keep: up to cap + EXTRA, past the first AFTER a drop of DROP in value ends the list but for the
    candidates after it said more than once."""
    limit = best_first[:cap + EXTRA]
    for i, c in enumerate(limit):
        if i >= AFTER and value(limit[i - 1]) - value(c) >= DROP - 1e-9:
            return limit[:i] + [x for x in limit[i:] if x['freq'] > 1]
    return limit


def passing(d):
    best = max([c['score'] for c in pool(d)], default=0)
    return sorted((c for c in pool(d) if keeps(c['score'], best)), key=lambda c: (-c['score'], c['start'], c['key']))


def today_drop(d):
    """Today's keyphrase line (Selection.KEYPHRASES): cut-off, best first, ScoreDrop."""
    return drop(passing(d), lambda c: c['score'])


def ordered_drop(d):
    """As many as today's keyphrase line keeps, the model's best of the candidates that reach the cut-off."""
    n = len(today_drop(d))
    return sorted(passing(d), key=lambda c: (-c['p'], c['start']))[:n]


def fill_after(k, under=False):
    """Today's first k, then the model's best of the rest that reach the cut-off (or of all, under it too), as many
    as today keeps."""
    def select(d):
        today = today_drop(d)
        head = today[:k]
        rest = sorted((c for c in (pool(d) if under else passing(d)) if c not in head),
                      key=lambda c: (-c['p'], c['start']))
        return head + rest[:max(0, len(today) - k)]
    return select


def blend(w, redrop=True):
    """Score + w * (probability - 0.4), the cut-off on the score; the drop found on the blended value (or today's
    count kept)."""
    def select(d):
        v = lambda c: c['score'] + w * (c['p'] - 0.4)
        s = sorted(passing(d), key=lambda c: (-v(c), c['start']))
        return drop(s, v) if redrop else s[:len(today_drop(d))]
    return select


def ordered(d, cap=8):
    best = max([c['score'] for c in pool(d)], default=0)
    return sorted((c for c in pool(d) if keeps(c['score'], best)), key=lambda c: (-c['p'], c['start']))[:cap]


def floor(th, cap=8):
    def select(d):
        s = sorted(pool(d), key=lambda c: (-c['p'], c['start']))
        return [c for c in s if c['p'] >= th][:cap] or s[:1]
    return select


def fit(train, l2=1.0):
    a = np.array([c['z'] for d in train for c in pool(d)])
    y = np.array([c['y'] for d in train for c in pool(d)], float)
    w = np.zeros(a.shape[1])
    for _ in range(25):
        p = 1 / (1 + np.exp(-a @ w))
        w -= np.linalg.solve((a.T * (p * (1 - p))) @ a + l2 * np.eye(len(w)), a.T @ (p - y) + l2 * w)
    return w


def opennlp(docs, folds, algorithm, iterations):
    """Each held-out fold's probabilities from a model OpenNLP trains on the other folds (FoldTrainer.java)."""
    with tempfile.TemporaryDirectory(prefix='rank-folds-') as tmp:
        with open(f'{tmp}/events.tsv', 'w') as f:
            for i, d in enumerate(docs):
                for j, c in enumerate(d['cands']):
                    if 'x' in c:
                        f.write(f"{i}\t{j}\t{int(c['y'])}\t{' '.join('%.6f' % v for v in c['u'])}\n")
        with open(f'{tmp}/folds.tsv', 'w') as f:
            for k, ids in enumerate(folds):
                f.writelines(f'{i}\t{k}\n' for i in ids)
        dump = os.path.dirname(os.path.abspath(sys.argv[1]))
        cp = ':'.join([dump] + glob.glob('target/lib/opennlp-tools-*.jar') + glob.glob('target/lib/slf4j-api-*.jar'))
        subprocess.run(['java', '-cp', cp, 'FoldTrainer', f'{tmp}/events.tsv', f'{tmp}/folds.tsv', f'{tmp}/p.tsv',
                        str(len(folds)), str(iterations), algorithm], check=True, capture_output=True)
        for line in open(f'{tmp}/p.tsv'):
            i, j, p = line.split('\t')
            docs[int(i)]['cands'][int(j)]['p'] = float(p)


def main():
    import json
    docs = [json.loads(line) for line in open(sys.argv[1])]
    level = levels() if '--no-lexicon' not in sys.argv else None
    cls = classes() if '--more' in sys.argv and '--no-lexicon' not in sys.argv else None
    for d in docs:
        keys = {key(k) for k in d['keys']} - {''}
        cands = [c for c in d['cands'] if stage(c) in ('kept', 'cap', 'cut')]
        for c in cands:
            c['y'] = any(key(x) in keys for x in forms(c))
            c['x'] = [float(v) for v in features(c, d, cands, level)]
            if '--more' in sys.argv:
                c['x'] += [float(v) for v in more_features(c, d, cands, cls)]
    x = np.array([c['x'] for d in docs for c in pool(d)])
    mu, sd, top = x.mean(0), x.std(0) + 1e-9, np.maximum(x.max(0), 1e-9)
    for d in docs:
        for c in pool(d):
            c['z'] = np.append((np.array(c['x']) - mu) / sd, 1)
            c['u'] = np.array(c['x']) / top
    trainer = sys.argv[sys.argv.index('--opennlp') + 1:sys.argv.index('--opennlp') + 3] if '--opennlp' in sys.argv \
        else None
    selections = {'today (cap 8)': today, 'ordered, cap 8': ordered, 'today (drop)': today_drop,
                  'ordered, drop count': ordered_drop}
    selections.update({f'first {k}, then model': fill_after(k) for k in (2, 3, 4, 5)})
    selections.update({f'first {k}, then model (pool)': fill_after(k, True) for k in (3, 4)})
    selections.update({f'blend {w}, drop': blend(w) for w in (0.1, 0.2, 0.3, 0.5)})
    selections.update({f'blend {w}, count': blend(w, False) for w in (0.1, 0.2, 0.3, 0.5)})
    selections.update({f'probability >= {th}': floor(th) for th in (0.35, 0.37, 0.38, 0.40)})
    results = {}
    for seed in (1, 2, 3, 4):
        ids = list(range(len(docs)))
        random.Random(seed).shuffle(ids)
        folds = [ids[k::5] for k in range(5)]
        if trainer:
            opennlp(docs, folds, trainer[0], int(trainer[1]))
        for k, held_out in enumerate(folds):
            test = [docs[i] for i in held_out]
            if not trainer:
                w = fit([docs[i] for j, f in enumerate(folds) if j != k for i in f])
                for d in test:
                    for c in pool(d):
                        c['p'] = 1 / (1 + math.exp(-c['z'] @ w))
            for name, select in selections.items():
                results.setdefault(name, []).append(prf(test, select))
    base = np.array(results['today (drop)'])
    for name, r in results.items():
        gain = np.array(r) - base
        print('%-24s P %.4f  R %.4f  F1 %.4f  (%.2f terms)  dP %+.4f [%+.4f, %+.4f] dF1 %+.4f [%+.4f, %+.4f]' % (
            (name,) + tuple(np.mean(r, 0)) + (gain[:, 0].mean(), gain[:, 0].min(), gain[:, 0].max(),
                                              gain[:, 2].mean(), gain[:, 2].min(), gain[:, 2].max())))
    if '--folds' in sys.argv:
        for name in sys.argv[sys.argv.index('--folds') + 1].split(';'):
            print(name, 'per-fold dP', ' '.join('%+.4f' % g for g in (np.array(results[name]) - base)[:, 0]))
            print(name, 'per-fold dF1', ' '.join('%+.4f' % g for g in (np.array(results[name]) - base)[:, 2]))


if __name__ == '__main__':
    main()
