#!/usr/bin/env python3
"""Counts the cards of a deck that show the short-form and name shapes of #11 (docs/QUALITY.md, tenth round).

Usage:
  termdeck corpus --corpus DIR --json > corpus.jsonl
  tools/short-form-scan.py DECK.deck.json corpus.jsonl [--list]

Shapes (a card may show several):
  sf-headword   the English side is a short form (one or more words of capitals/digits) that a paper of the card
                writes in brackets after its long form ("leave-one-subject-out (LOSO)"), or the Chinese text writes
                in brackets after its Chinese ("主体独立留一法(LOSO)"): the card should lead with the long form
  zh-fragment   the card's short form is written in brackets after Chinese that ends in the card's Chinese side with a
                content character written against it (视角合成 of 高动态范围新视角合成（HDR NVS）), on a card whose
                English side is the short form
  name-cut      the English or Chinese side stands in every source sentence right after or before a symbol that is
                part of a name (H* Bench, Part²GS, UNIPHY+): superscripts, *, +, ^, &, @, #
  plus-lost     the English side ends in plus signs and the Chinese side does not
  sf-as-zh      the Chinese side is Latin letters only and a paper writes it in brackets after Chinese (the translation
                renders the long form: 指代3D高斯溅射分割（R3DGS）)
  lf-no-zh      a long form with a short form (the card's abbr) and no Chinese side, on a paper with a
                translation; counted again by what the translation writes: lf-no-zh/zh-before (hanzi right before the
                short form in brackets: 混合精度量化策略（OPQ）), lf-no-zh/sf-only (the short form, no hanzi before
                its bracket), lf-no-zh/absent (not the short form)
  sf-piece      the English side is a short form that the papers of the card write only inside longer names (NODE of
                FNODE and MBD-NODE) and its Chinese side is its own Latin letters
Prints the count of each shape; with --list, the cards too (id, sides, short form, the text that shows it).
"""
import json
import re
import sys

HAN = re.compile(r'[\u4e00-\u9fff]')
SF = re.compile(r'^[A-Z0-9][A-Za-z0-9\-.]*( [A-Z0-9][A-Za-z0-9\-]*)*$')
SYMBOL = '*²³¹⁰⁴⁵⁶⁷⁸⁹^+&@#'


def is_short_form(s):
    return bool(SF.match(s)) and sum(c.isupper() for c in s) >= 2 and len(s) <= 12


def papers(path):
    out = {}
    for line in open(path, encoding='utf-8'):
        d = json.loads(line)
        tr = d.get('translations') or {}
        out[d['id']] = (d['text'] if d['lang'] == 'en' else tr.get('en', ''),
                        d['text'] if d['lang'] == 'zh' else tr.get('zh', ''))
    return out


def main():
    deck = json.load(open(sys.argv[1], encoding='utf-8'))
    texts_of = papers(sys.argv[2])
    shapes = {k: [] for k in ('sf-headword', 'zh-fragment', 'name-cut', 'plus-lost', 'sf-as-zh', 'lf-no-zh', 'lf-no-zh/zh-before',
                                  'lf-no-zh/sf-only', 'lf-no-zh/absent', 'sf-piece')}
    sym = re.escape(SYMBOL)
    for c in deck['cards']:
        en = c['term'].get('en') or ''
        zh = c['term'].get('zh') or ''
        texts = [texts_of[i] for i in {s['doc'].split('@')[0] for s in c['sources']} if i in texts_of]
        line = f"{c['id']}\t{en} | {zh} | abbr={c.get('abbr')}"
        if en and is_short_form(en):
            for e, z in texts:
                m = re.search(r'((?:[\w\-]+ ){0,6}[\w\-]+) \(' + re.escape(en) + r'\)', e) \
                    or re.search(r'([\u4e00-\u9fff]{2,})[（(]' + re.escape(en) + r'[）)]', z)
                if m and m.group(1) != zh:
                    shapes['sf-headword'].append(f"{line}\t<{m.group(1)}>")
                    break
            if zh and HAN.search(zh):
                for e, z in texts:
                    m = re.search(r'([\u4e00-\u9fff]+)[（(]' + re.escape(en) + r'[）)]', z)
                    if m and m.group(1) != zh and m.group(1).endswith(zh):
                        shapes['zh-fragment'].append(f"{line}\t<{m.group(1)}>")
                        break
        for side, k in ((en, 0), (zh, 1)):
            if not side or re.search('[' + sym + ']', side):
                continue
            sents = [s['sentence'] for s in c['sources'] if s['lang'] == ('en', 'zh')[k]]
            glued, clean = [], False
            for s in sents:
                for m in re.finditer(re.escape(side), s):
                    before, after = s[max(0, m.start() - 2):m.start()], s[m.end():m.end() + 1]
                    if re.search('[' + sym + r']\s?$', before) or (after and after in SYMBOL):
                        glued.append(s[max(0, m.start() - 12):m.end() + 4])
                    else:
                        clean = True
            if glued and not clean:
                shapes['name-cut'].append(f"{line}\t<{glued[0]}>")
                break
        if en.endswith('+') and zh and not zh.endswith('+'):
            shapes['plus-lost'].append(line)
        if zh and not HAN.search(zh) and en and ' ' in en and not is_short_form(en):
            for e, z in texts:
                m = re.search(r'([\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9\-]*)[（(]' + re.escape(zh) + r'[）)]', z)
                if m:
                    shapes['sf-as-zh'].append(f"{line}\t<{m.group(1)}>")
                    break
        abbr = c.get('abbr') or ''
        zts = [z for e, z in texts if z]
        if abbr and en and en != abbr and not zh and zts:
            shapes['lf-no-zh'].append(line)
            if any(re.search('[\u4e00-\u9fff][（(]' + re.escape(abbr) + '[）)]', z) for z in zts):
                shapes['lf-no-zh/zh-before'].append(line)
            elif any(abbr in z for z in zts):
                shapes['lf-no-zh/sf-only'].append(line)
            else:
                shapes['lf-no-zh/absent'].append(line)
        if en and zh == en and re.fullmatch(r'[A-Z][A-Z0-9]+', en):
            alone = re.compile(r'(?<![A-Za-z0-9\-])' + re.escape(en) + r'(?![A-Za-z0-9\-])')
            inside = re.compile(r'[A-Za-z0-9\-]' + re.escape(en) + r'|' + re.escape(en) + r'[A-Za-z0-9\-]')
            all_text = ' '.join(e + ' ' + z for e, z in texts)
            if inside.search(all_text) and not alone.search(all_text):
                shapes['sf-piece'].append(line)
    for k, v in shapes.items():
        print(f"{k}\t{len(v)}")
        if '--list' in sys.argv:
            for x in v:
                print('  ' + x)


if __name__ == '__main__':
    main()
