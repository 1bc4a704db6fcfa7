#!/usr/bin/env python3
"""Composes text pages from the real articles of printed 人民日报 pages, with PDF-extraction traits drawn per page
and per article, and writes each page with its line-level truth (the format of ../shared/eval/score.py).

usage: python3 tools/splitdata/compose.py [--out /work/data/composed] [--seed 10] [--limit N]
                                          [--splits train,dev,test] [--variants train=3,dev=1,test=1]
                                          [--from-variant N] [--oracle-every train=50,dev=5,test=5] [--no-check]
Splits by date: train = 2019-10 + 2020-01, dev = 2020-02, test = 2020-05. Every page's traits go to
OUT/SPLIT/manifest.jsonl. Every page is validated with check_truth, and the perfect prediction built from its
truth is scored with score.py on every 5th dev/test page and every 50th train page (slow: difflib), unless --no-check.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

import paths
import pdsource
from corpuslib import PageBuilder, dump_truth, truth_from_tags
from scoring import truth_errors
from traits import Traits, draw_traits
from textpage import CLOSERS, noisy_zh, wrap_zh

DATELINE = re.compile(r'^((?:本报|新华社|人民日报|中新社)[^，。（]{0,40}?(?:电|讯))(\s*（([^）]{1,40})）)?')
HALF = str.maketrans('，：；（）！？', ',:;()!?')
WEEKDAYS = '一二三四五六日'
SECTIONS = {'01': '要闻', '02': '要闻', '03': '要闻', '04': '要闻', '05': '评论'}
OTHER_SECTIONS = ['经济', '政治', '社会', '文化', '国际', '体育', '理论', '副刊', '视点', '综合', '科技', '生态', '教育',
                  '健康', '民生', '法治', '地方', '专版', '新农村', '人民时评']


class Composer:
    def __init__(self, name, date, pp, arts, tr: Traits, rng, editors):
        self.name, self.date, self.pp, self.arts = name, date, pp, arts
        self.tr, self.rng, self.editors = tr, rng, editors
        self.page = PageBuilder()
        self.lines_in_body = 0

    # --- small pieces -------------------------------------------------------------------------------------------
    def chance(self, p):
        return self.rng.random() < p

    def gap(self, p=1.0):
        if self.tr.blanks == 'lost':
            p *= 0.05
        if self.chance(p):
            self.page.blank()

    def prepare(self, text):
        """Character-level extraction traits of a paragraph: non-breaking spaces, half-width punctuation."""
        nbsp = {'keep': '\u00a0', 'space': ' ', 'drop': ''}[self.tr.nbsp]
        text = text.replace('\u00a0', nbsp)
        if self.tr.halfwidth:
            text = ''.join(c.translate(HALF) if self.chance(self.tr.halfwidth) else c for c in text)
        return text

    def noisy(self, line, full):
        line = noisy_zh(line, self.tr.layout, self.rng, full)
        if self.tr.cjk_space:
            line = re.sub(r'(?<=[\u4e00-\u9fff])(?=[\u4e00-\u9fff])',
                          lambda m: ' ' if self.chance(self.tr.cjk_space) else '', line)
        return line

    def wrap(self, text, width):
        lines = [text] if width is None else wrap_zh(text, width, self.rng)
        out = []
        for line in lines:
            # a closing mark wrapped alone onto its own line ("”" or "。")
            if len(line) > 2 and line[-1] in CLOSERS and self.chance(self.tr.lone_punct):
                k = 2 if line[-2] in CLOSERS else 1
                out += [line[:-k], line[-k:]]
            else:
                out.append(line)
        return out

    def running_head(self):
        d = datetime.date(int(self.date[:4]), int(self.date[4:6]), int(self.date[6:]))
        pieces = ['人民日报', f'{d.year}年{d.month}月{d.day}日', f'星期{WEEKDAYS[d.weekday()]}',
                  self.rng.choice([f'第{int(self.pp)}版', f'{int(self.pp)}', self.pp, f'第 {int(self.pp)} 版']),
                  SECTIONS.get(self.pp) or OTHER_SECTIONS[int(self.pp) % len(OTHER_SECTIONS)]]
        if self.chance(0.5):
            self.rng.shuffle(pieces)
        keep = pieces if self.chance(0.6) else self.rng.sample(pieces, self.rng.randint(1, len(pieces)))
        if not self.tr.torn_heads:
            return [self.rng.choice([' ', '  ', '　', ' | ']).join(keep)]
        lines, cur = [], []
        for piece in keep:   # torn: pieces fall on lines of their own, a date may break inside
            if len(piece) > 4 and self.chance(0.2):
                k = self.rng.randint(1, len(piece) - 1)
                lines += [' '.join(cur + [piece[:k]]), piece[k:]]
                cur = []
            elif cur and self.chance(0.5):
                lines.append(' '.join(cur))
                cur = [piece]
            else:
                cur.append(piece)
        if cur:
            lines.append(' '.join(cur))
        return [x for x in lines if x.strip()]

    def editor_line(self):
        names = self.rng.sample(self.editors, min(len(self.editors), self.rng.randint(1, 3)))
        label = self.rng.choice(['本版责编：', '责任编辑：', '责编：', '本版责编　'])
        line = label + self.rng.choice(['  ', '　', ' ']).join(names)
        if self.chance(0.3):
            line += self.rng.choice(['  版式设计：', '　美编：']) + self.rng.choice(self.editors)
        return [line]

    def furniture(self, lines):
        for line in lines:
            self.page.furniture(line)

    # --- an article ---------------------------------------------------------------------------------------------
    def head_lines(self, text):
        tr = self.tr
        parts = [p for p in re.split(r'[ \u3000\u00a0]{2,}|\u3000', text) if p] if self.chance(tr.title_parallel) else [text]
        limit = None if tr.head_factor is None else max(8, int((tr.width or 30) * tr.head_factor))
        out = []
        for part in parts:
            part = self.prepare(part) if self.chance(0.3) else part
            lines = [part] if limit is None or len(part) <= limit else wrap_zh(part, limit, self.rng)
            if len(lines) == 1 and len(part) >= 8 and self.chance(tr.head_stack):
                stack = self.rng.randint(2, min(5, len(part) // 4))
                lines = wrap_zh(part, -(-len(part) // stack), self.rng)
            out += [' '.join(line) if self.chance(tr.head_spaced) else line for line in lines]
        return out

    def headline(self, art, idx):
        if art.kicker:
            for line in self.head_lines(art.kicker):
                self.page.emit(line, idx, 'kicker')
            self.gap(self.tr.kicker_gap)
        for line in self.head_lines(art.title):
            self.page.emit(line, idx, 'title')
        if art.subtitle:
            self.gap(self.tr.kicker_gap)
            for line in self.head_lines(art.subtitle):
                self.page.emit(line, idx, 'subtitle')

    def paragraph(self, text, idx, width, part='body'):
        lines = self.wrap(self.prepare(text), width)
        for i, line in enumerate(lines):
            full = i < len(lines) - 1
            line = self.noisy(line, full)
            if i == 0 and part == 'body':
                line = self.tr.indent + line
            self.page.emit(line, idx, part)
            self.lines_in_body += 1
            if self.tr.col_lines and full and self.lines_in_body % self.tr.col_lines == 0:
                if self.tr.mid_heads and self.chance(self.tr.mid_heads):
                    self.gap()
                    self.furniture(self.running_head())
                self.gap()

    def body(self, art, idx, width, guest=None):
        paras = list(art.paragraphs)
        m = DATELINE.match(paras[0])
        style = self.rng.choices(['tight', 'own', 'extra'], self.tr.byline)[0] if m else 'tight'
        if style == 'extra' and not (m.group(3) and '记者' in m.group(3) and len(paras[0]) > len(m.group(0)) + 4):
            style = 'own'
        if style == 'extra':
            # a byline set on its own line under the headline, as local papers print it: an extra line
            agency = '新华社' if m.group(1).startswith('新华社') else '本报'
            byline = m.group(3) if m.group(3).startswith(agency) else m.group(3).replace('记者', agency + '记者 ', 1)
            self.page.emit(self.prepare(byline), idx, 'extra')
            self.gap(0.3)
            paras[0] = m.group(1) + self.rng.choice(['  ', ' ', '']) + paras[0][len(m.group(0)):].lstrip()
        elif style == 'own' and len(paras[0]) > len(m.group(0)) + 4:
            paras[0:1] = [m.group(0), paras[0][len(m.group(0)):].lstrip()]
        tight = [x for x in art.extras if not self.chance(self.tr.credit_own)] if art.extras else []
        if tight:
            paras[-1] = paras[-1] + self.rng.choice(['', ' ', '  ']) + ''.join(tight)
        at = self.rng.randint(1, len(paras) - 1) if guest and len(paras) > 1 else None
        for i, para in enumerate(paras):
            if i:
                self.gap(self.tr.para_gap if not (style == 'own' and i == 1) else self.tr.para_gap * 0.5)
            if i == at:
                self.gap()
                self.article(guest)
                self.gap()
            self.paragraph(para, idx, width)
        for x in art.extras:
            if x not in tight:
                self.gap(self.tr.para_gap)
                self.paragraph(x, idx, width, part='extra')

    def article(self, art, guest=None):
        idx = self.page.add_article(art)
        tr = self.tr
        width = tr.width
        if width and self.chance(tr.width_jitter):
            width = max(8, width + self.rng.randint(-3, 3))
        if self.chance(tr.whole_para):
            width = None
        where = tr.head_mode if tr.head_mode != 'mixed' else self.rng.choice(['before', 'after'])
        if self.chance(tr.head_flip):
            where = 'after' if where == 'before' else 'before'
        has_head = art.title and (art.kind != 'photo' or self.chance(tr.photo_title) or
                                  all(pdsource.NOTE.match(p) for p in art.paragraphs))
        if not has_head:
            art.kicker = art.subtitle = None
            art.title = None
        if has_head and where == 'before':
            self.headline(art, idx)
            self.gap(tr.head_gap)
        self.body(art, idx, width, guest)
        if has_head and where == 'after':
            self.gap(tr.head_gap)
            self.headline(art, idx)

    # --- the page -----------------------------------------------------------------------------------------------
    def compose(self):
        tr, arts = self.tr, list(self.arts)
        guests = {}
        if len(arts) > 1 and self.chance(tr.interleave):
            small = [a for a in arts if a.kind == 'photo' or len(''.join(a.paragraphs)) < 250]
            hosts = [a for a in arts if len(a.paragraphs) >= 3]
            if small and hosts:
                g = self.rng.choice(small)
                h = self.rng.choice([a for a in hosts if a is not g] or [None])
                if h is not None:
                    guests[h.id] = g
                    arts.remove(g)
        if tr.top_heads:
            self.furniture(self.running_head())
            self.gap(0.7)
        if tr.top_editor:
            self.furniture(self.editor_line())
            self.gap(0.7)
        mid = self.rng.randint(1, len(arts) - 1) if tr.mid_heads and len(arts) > 1 and self.chance(0.5) else None
        for i, art in enumerate(arts):
            if i == mid:
                self.furniture(self.running_head())
                self.gap(0.7)
            self.article(art, guests.get(art.id))
            self.gap(tr.art_gap)
        if tr.bottom_editor:
            self.furniture(self.editor_line())
        if tr.bottom_heads:
            self.gap(0.7)
            self.furniture(self.running_head())
        lines = self.page.lines
        while lines and not lines[-1][0].strip():
            lines.pop()
        tags = [(idx, part) for _, idx, part in lines]
        truth = truth_from_tags(self.name + '.txt', 'zh-Hans', self.page.articles, tags)
        return self.page.text(), truth


def windows(arts, rng):
    """The whole printed page, or a run of its articles (hidden pages are not always whole pages)."""
    if len(arts) <= 2 or rng.random() < 0.6:
        return arts
    k = rng.randint(2, min(8, len(arts)))
    s = rng.randint(0, len(arts) - k)
    return arts[s:s + k]


def copy_article(a):
    return type(a)(**{k: (list(v) if isinstance(v, list) else v) for k, v in vars(a).items()})


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.join(paths.DATA, 'composed'))
    ap.add_argument('--seed', type=int, default=10)
    ap.add_argument('--limit', type=int, default=0, help='at most N pages per split (0 = all)')
    ap.add_argument('--splits', default='train,dev,test')
    ap.add_argument('--variants', default='train=3,dev=1,test=1', help='pages composed per printed page')
    ap.add_argument('--from-variant', type=int, default=0,
                    help='skip the first N variants (already written: each page is seeded by its name, so they would be the same)')
    ap.add_argument('--oracle-every', default='train=50,dev=5,test=5', help='score the oracle on every Nth page of a split')
    ap.add_argument('--no-check', action='store_true')
    args = ap.parse_args(argv)
    variants = dict((k, int(v)) for k, v in (x.split('=') for x in args.variants.split(',')))
    oracle_every = dict((k, int(v)) for k, v in (x.split('=') for x in args.oracle_every.split(',')))
    bad = 0
    for split in args.splits.split(','):
        out = os.path.join(args.out, split)
        os.makedirs(out, exist_ok=True)
        pages = [(key, arts) for month in pdsource.SPLITS[split] for key, arts in pdsource.printed_pages(month).items()]
        editors = sorted({n for _, arts in pages for a in arts for n in a.authors})
        count, manifest = 0, []
        for (date, pp), arts in pages:
            for v in range(args.from_variant, variants.get(split, 1)):
                if args.limit and count >= args.limit:
                    break
                name = f'pd-{date}-{pp}-{"abcdefghij"[v]}'
                rng = random.Random(f'{args.seed}:{name}')
                tr = draw_traits(rng)
                chosen = [copy_article(a) for a in windows(arts, rng)]
                text, truth = Composer(name, date, pp, chosen, tr, rng, editors).compose()
                page_path = os.path.join(out, name + '.txt')
                with open(page_path, 'w', encoding='utf-8') as f:
                    f.write(text)
                dump_truth(truth, page_path[:-4] + '.truth.json')
                if not args.no_check:
                    errors = truth_errors(page_path, page_path[:-4] + '.truth.json',
                                          oracle_check=count % oracle_every.get(split, 1) == 0)
                    for e in errors:
                        print(name, e, file=sys.stderr)
                    bad += bool(errors)
                manifest.append({'page': name, 'date': date, 'pp': pp, 'articles': [a.id for a in chosen],
                                 'traits': tr.describe()})
                count += 1
        with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8') as f:
            for row in manifest:
                f.write(json.dumps(row, ensure_ascii=False) + '\n')
        print(f'{split}: {count} pages -> {out}', file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
