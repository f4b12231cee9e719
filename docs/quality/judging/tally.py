#!/usr/bin/env python3
"""Tallies judges' verdicts: tally.py VERDICTS.jsonl [KEY.jsonl]  (the key adds definition quality by source)."""
import collections, json, sys
v = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8') if l.strip()]
key = {}
if len(sys.argv) > 2:
    key = {k['n']: k for k in (json.loads(l) for l in open(sys.argv[2], encoding='utf-8') if l.strip())}
def share(c, n): return f'{c} ({100 * c / n:.1f}%)' if n else '-'
n = len(v)
for field in ('keep', 'zh', 'abbr', 'definition'):
    c = collections.Counter(x.get(field) for x in v)
    print(field, dict(c))
keep = collections.Counter(x.get('keep') for x in v)
print('keep', share(keep['keep'], n), 'weak', share(keep['weak'], n), 'junk', share(keep['junk'], n))
zh = [x['zh'] for x in v if x.get('zh') not in (None, 'n/a')]
zc = collections.Counter(zh)
print('zh judged', len(zh), 'ok+acceptable', share(zc['ok'] + zc['acceptable'], len(zh)), 'wrong', share(zc['wrong'], len(zh)),
      'copy', share(zc['copy'], len(zh)), 'missing', share(zc['missing'], len(zh)))
d = [x for x in v if x.get('definition') not in (None, 'none')]
dc = collections.Counter(x['definition'] for x in d)
print('definition present', share(len(d), n), 'good', share(dc['good'], len(d)), 'weak', share(dc['weak'], len(d)),
      'wrong', share(dc['wrong'], len(d)))
ab = [x['abbr'] for x in v if x.get('abbr') in ('ok', 'wrong')]
print('abbr ok', share(ab.count('ok'), len(ab)))
if key:
    by = collections.defaultdict(collections.Counter)
    for x in d:
        src = key.get(x['n'], {}).get('definitionSource') or {}
        by['/'.join(sorted({s for s in src.values() if s}))][x['definition']] += 1
    for s, c in sorted(by.items()):
        print('by source', s or '?', dict(c))
