#!/usr/bin/env python3
"""Chromium-printed newspaper PDF pages with truth, from real articles, split by date.

usage: python3 tools/pdfcorpus/generate.py SPLIT COUNT [--lang zh|en|both] [--out DIR] [--first N] [--batch N]
  SPLIT   train | dev | test   (人民日报 train 2019-10 + 2020-01, dev 2020-02, test 2020-05;
                                New-York Tribune 1912 train 03-03..03-17, dev 03-24, test 03-31)
  COUNT   pages to make; page i has seed (SPLIT, i), so pages are reproducible and a later run with a
          higher COUNT (or --first) adds pages without changing earlier ones.
Writes DIR/SPLIT/NAME.pdf, NAME.txt (pdftotext, reading-order mode; -raw on a quarter of the pages),
NAME.truth.json (the score.py truth format) and a line per page in DIR/SPLIT/manifest.jsonl.
Default DIR: /work/data/pdf. Pages whose truth cannot be carried through are dropped and counted.
"""
import argparse
import dataclasses
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus'))
from corpuslib import dump_truth, soft_hyphen_lines, truth_from_tags  # noqa: E402
from pdfpage import assign, extract, norm, print_pdf  # noqa: E402

import sources  # noqa: E402
import templates  # noqa: E402

EN_SHARE = 0.2


def seed_of(split, i):
    return int(hashlib.sha256(f'pdfcorpus/{split}/{i}'.encode()).hexdigest()[:12], 16)


MAX_ARTICLES, MAX_CHARS = 9, 1600


def plan(split, i, zh_pages, en_pages, lang):
    rng = templates.new_rng(seed_of(split, i))
    language = lang if lang != 'both' else ('en' if rng.random() < EN_SHARE else 'zh')
    source = zh_pages if language == 'zh' else en_pages
    page = list(rng.choice(source))
    # a thin printed page gets the next one's articles too, a crowded one loses its tail
    while len(page) < 3:
        page += rng.choice(source)
    page = page[:rng.randint(3, max(3, MAX_ARTICLES))]
    arts = [truncate(a, rng, language) for a in page]
    spec = templates.sample_spec(rng, language, rng.randint(1, 24))
    rows = templates.layout(rng, spec, arts)
    name = f'{split}-{language}-{i:04d}'
    return name, spec, rows, rng


def truncate(art, rng, language):
    limit = rng.randint(min(250, MAX_CHARS), MAX_CHARS) * (1 if language == 'zh' else 2)
    kept, n = [], 0
    for p in art.paragraphs:
        if kept and n + len(p) > limit:
            break
        kept.append(p)
        n += len(p)
    return dataclasses.replace(art, paragraphs=kept, extras=art.extras if len(kept) == len(art.paragraphs) else [])


def unmerge(lines, articles, furniture):
    """pdftotext joins lines of neighbouring columns that share a baseline, with a space between them; such a line
    belongs to no one article, so it is cut back at those spaces into pieces that each read on in one text."""
    texts = [norm(t) for a in articles for t in
             [a.kicker or '', (a.title or '').replace(' | ', ''), a.subtitle or '', ''.join(a.paragraphs)] + a.extras if t]
    texts += [norm(f) for f in furniture]
    found = lambda s: any(s in t for t in texts)  # noqa: E731
    out, cut = [], 0
    for line in lines:
        s = norm(line)
        words = line.split(' ')
        if not s or found(s) or len(words) < 2:
            out.append(line)
            continue
        pieces = best_cut(words, found)
        if pieces is None:
            out.append(line)
            continue
        cut += 1
        out += pieces
    return out, cut


def best_cut(words, found):
    # fewest pieces, each a stretch of some article's text (dynamic programme over the spaces)
    n = len(words)
    best = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(end):
            if best[start] is None:
                continue
            piece = ' '.join(words[start:end])
            if norm(piece) and found(norm(piece)) and (best[end] is None or len(best[start]) + 1 < len(best[end])):
                best[end] = best[start] + [piece]
    return best[n] if best[n] and len(best[n]) > 1 else None


def part_texts(art):
    return {'kicker': norm(art.kicker or ''), 'title': norm((art.title or '').replace(' | ', '')),
            'subtitle': norm(art.subtitle or ''), 'body': norm(''.join(art.paragraphs)), 'extra': norm(''.join(art.extras))}


def reading_order(truth, lines, articles):
    """Lists each part's lines in the article's reading order, not the extractor's: score.py joins them in the order
    listed, so the truth then reads as the article was printed even where pdftotext interleaved its columns."""
    for entry, art in zip(truth['articles'], articles):
        texts = part_texts(art)
        for part in ('kicker', 'title', 'subtitle', 'body', 'extra'):
            numbers = [n for s, e in entry[part] for n in range(s, e + 1) if norm(lines[n - 1])] if part == 'body' else entry.get(part, [])
            if not numbers:
                continue
            used = [False] * len(texts[part])
            cursor, placed = 0, []
            for n in numbers:
                s = norm(lines[n - 1])
                k = cursor if texts[part].startswith(s, cursor) and not any(used[cursor:cursor + len(s)]) else texts[part].find(s)
                while k >= 0 and any(used[k:k + len(s)]):
                    k = texts[part].find(s, k + 1)
                k = max(k, 0)
                for j in range(k, min(k + len(s), len(used))):
                    used[j] = True
                cursor = k + len(s)
                placed.append((k, n))
            order = [n for _, n in sorted(placed)]
            if part != 'body':
                entry[part] = order
                continue
            ranges = []
            for n in order:
                if ranges and n > ranges[-1][1] and all(not norm(lines[m - 1]) for m in range(ranges[-1][1] + 1, n)):
                    ranges[-1][1] = n
                else:
                    ranges.append([n, n])
            entry['body'] = ranges
    return truth


def truth_for(name, spec, rows, lines):
    order = [a for row in rows for cell in row for a in cell.articles]
    tags, problems = assign(lines, order, spec.header, spec.footer)
    if problems:
        return None, problems
    first = {}
    for n, (idx, _) in enumerate(tags):
        if idx is not None:
            first.setdefault(idx, n)
    perm = sorted(first, key=first.get)
    remap = {old: new for new, old in enumerate(perm)}
    tags = [(remap[i], p) if i is not None else (i, p) for i, p in tags]
    articles = [order[i] for i in perm]
    language = 'zh-Hans' if spec.lang == 'zh' else 'en'
    truth = truth_from_tags(f'{name}.txt', language, articles, tags,
                            hyphenated=soft_hyphen_lines(lines, tags, articles))
    return reading_order(truth, lines, articles), []


def print_batch(batch, work):
    html_path = os.path.join(work, 'batch.html')
    with open(html_path, 'w', encoding='utf-8') as f:
        f.write(templates.document(batch))
    pdf_path = os.path.join(work, 'batch.pdf')
    print_pdf(html_path, pdf_path)
    for old in os.listdir(work):
        if old.startswith('page-'):
            os.remove(os.path.join(work, old))
    subprocess.run(['pdfseparate', pdf_path, os.path.join(work, 'page-%d.pdf')], check=True)
    return sorted((os.path.join(work, f) for f in os.listdir(work) if f.startswith('page-')),
                  key=lambda p: int(p.rsplit('-', 1)[1][:-4]))


def retruth(args, out):
    zh_pages, en_pages = sources.zh_pages(args.split), sources.en_pages(args.split)
    for i in range(args.first, args.count):
        name, spec, rows, _ = plan(args.split, i, zh_pages, en_pages, args.lang)
        txt = os.path.join(out, f'{name}.txt')
        if os.path.exists(txt):
            lines = open(txt, encoding='utf-8').read().split('\n')[:-1]
            truth, problems = truth_for(name, spec, rows, lines)
            if truth is None:
                print(f'{name}: {problems[0]}', file=sys.stderr)
                continue
            dump_truth(truth, os.path.join(out, f'{name}.truth.json'))


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument('split', choices=['train', 'dev', 'test'])
    ap.add_argument('count', type=int)
    ap.add_argument('--lang', default='both', choices=['zh', 'en', 'both'])
    ap.add_argument('--out', default='/work/data/pdf')
    ap.add_argument('--first', type=int, default=0)
    ap.add_argument('--batch', type=int, default=20)
    ap.add_argument('--small', action='store_true', help='fixture pages: 3 short articles')
    ap.add_argument('--retruth', action='store_true', help='rebuild NAME.truth.json of printed pages from NAME.txt')
    args = ap.parse_args(argv)
    out = os.path.join(args.out, args.split)
    if args.small:
        global MAX_ARTICLES, MAX_CHARS
        MAX_ARTICLES, MAX_CHARS = 3, 110
    if args.retruth:
        return retruth(args, out)
    os.makedirs(out, exist_ok=True)
    zh_pages, en_pages = sources.zh_pages(args.split), sources.en_pages(args.split)
    made = dropped = 0
    work = tempfile.mkdtemp(prefix='pdfcorpus-')
    manifest = open(os.path.join(out, 'manifest.jsonl'), 'a', encoding='utf-8')
    try:
        todo = [i for i in range(args.first, args.count)
                if not os.path.exists(os.path.join(out, f'{args.split}-{"zh"}-{i:04d}.truth.json'))
                and not os.path.exists(os.path.join(out, f'{args.split}-{"en"}-{i:04d}.truth.json'))]
        for start in range(0, len(todo), args.batch):
            batch = [plan(args.split, i, zh_pages, en_pages, args.lang) for i in todo[start:start + args.batch]]
            for lang in ('zh', 'en'):
                group = [b for b in batch if b[1].lang == lang]
                if not group:
                    continue
                pdfs = print_batch(group, work)
                if len(pdfs) != len(group):
                    print(f'batch at {todo[start]}: {len(pdfs)} pages printed for {len(group)}, dropped', file=sys.stderr)
                    dropped += len(group)
                    continue
                for (name, spec, rows, _), pdf in zip(group, pdfs):
                    order = [a for row in rows for cell in row for a in cell.articles]
                    lines, cut = unmerge(extract(pdf, spec.raw), order, spec.header + spec.footer)
                    truth, problems = truth_for(name, spec, rows, lines)
                    if truth is None:
                        dropped += 1
                        print(f'{name}: dropped, {problems[0]}', file=sys.stderr)
                        continue
                    shutil.copy(pdf, os.path.join(out, f'{name}.pdf'))
                    with open(os.path.join(out, f'{name}.txt'), 'w', encoding='utf-8') as f:
                        f.write('\n'.join(lines) + '\n')
                    dump_truth(truth, os.path.join(out, f'{name}.truth.json'))
                    manifest.write(json.dumps({'page': name, 'lang': spec.lang, 'cols': spec.cols, 'raw': spec.raw,
                                               'articles': len(truth['articles']), 'rows': len(rows),
                                               'boxed': sum(c.boxed for r in rows for c in r),
                                               'photos': sum(a.kind == 'photo' or c.photo_mm > 0 for r in rows for c in r for a in c.articles),
                                               'running_head': bool(spec.header), 'lines_cut': cut}) + '\n')
                    manifest.flush()
                    made += 1
            print(f'{args.split}: {made} pages made, {dropped} dropped', flush=True)
    finally:
        manifest.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == '__main__':
    main(sys.argv[1:])
