#!/usr/bin/env python3
"""Turns the hand-marked segments of the 70 OCR'd 1912 New-York Tribune pages into line-level truth files.

usage: python3 tools/splitdata/ocr1912.py [--out /work/data/ocr1912] [--no-check]
Segments sharing an ID are one article; each `ad` segment is its own item (kind "other"). The headline is not
marked: the article's title from content.csv is matched, fuzzily (OCR noise), against runs of 1-3 lines near
the start of each of its segments. Author lines stay in the body ("By X", as in tests/corpus/en-*); an author is listed only as
printed in the article (content.csv's name verbatim, or the name on a "By" line with the same surname). Pages are copied unchanged into
one fold per Sunday date (OUT/fold-1912-03-03/...); OUT/title_matches.tsv lists every match for checking by eye.
"""
import argparse
import csv
import difflib
import glob
import os
import re
import shutil
import sys

import paths
from corpuslib import dump_truth
from scoring import truth_errors

SOURCE = os.path.join(paths.CORPORA, 'nytribune-1912')
LOOK = 12        # lines from a segment's start where its title may stand
THRESHOLD = 0.75
FAR_THRESHOLD = 0.85


def letters(s):
    return re.sub(r'[^a-z]', '', s.lower())


def load_content():
    with open(os.path.join(SOURCE, 'content.csv'), encoding='utf-8') as f:
        return {row['Abbreviation'].strip(): (row['Author'].strip(), row['Title'].strip()) for row in csv.DictReader(f)}


def load_segments(path):
    rows = [line.rstrip('\n').split('\t') for line in open(path, encoding='utf-8') if line.strip()]
    return float(rows[0][1]), [(int(r[0]), r[1].strip()) for r in rows[1:]]


def upper_share(text):
    caps = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in caps) / len(caps) if caps else 0.0


def find_title(lines, start, end, title):
    """(first, last, ratio) of the run of 1-3 lines that best matches the title, or None.

    Near a segment's start a loose match will do (looser still for a line in capitals); further in (the hand-marked segments sometimes open on
    lines of the ad before them) only a close match set in capitals counts."""
    want = letters(title)
    best = None
    for s in range(start, end + 1):
        near = s < start + LOOK
        for k in range(3):
            e = s + k
            if e > end or not lines[e - 1].strip():
                break
            text = ' '.join(lines[n - 1] for n in range(s, e + 1))
            got = letters(text)
            if len(got) > 2 * len(want) + 4:
                break
            if not near and (len(got) < len(want) * 0.8 or upper_share(text) < 0.7):
                continue
            ratio = difflib.SequenceMatcher(None, want, got, autojunk=False).ratio()
            need = (THRESHOLD - (0.05 if upper_share(text) >= 0.7 else 0)) if near else FAR_THRESHOLD
            if ratio >= need and (best is None or ratio > best[2] + 1e-9):
                best = (s, e, ratio)
        if best and best[2] == 1.0:
            break
    return best


def printed_author(author, body_lines):
    """The author as printed in the article: content.csv's name verbatim, else a "By …" line naming the same surname."""
    if not author or author == 'Unknown':
        return []
    text = re.sub(r'\s+', '', ' '.join(body_lines)).lower()
    if re.sub(r'\s+', '', author).lower() in text:
        return [author]
    surname = letters(author.split()[-1])
    for line in body_lines[:LOOK * 2]:
        m = re.match(r'^\s*by\s+(.+?)[\s.,]*$', line, re.I)
        if m and any(difflib.SequenceMatcher(None, surname, letters(w)).ratio() >= 0.8 for w in m.group(1).split()):
            return [m.group(1)]
    return []


def page_truth(name, lines, segments, content, matches):
    count = len(lines)
    spans = [(start, (segments[i + 1][0] - 1) if i + 1 < len(segments) else count, sid)
             for i, (start, sid) in enumerate(segments)]
    items, by_id = [], {}
    for start, end, sid in spans:
        if sid == 'ad' or sid not in by_id:
            items.append({'id': sid, 'spans': []})
            if sid != 'ad':
                by_id[sid] = items[-1]
        (items[-1] if sid == 'ad' else by_id[sid])['spans'].append((start, end))
    articles = []
    for item in items:
        sid = item['id']
        if sid == 'ad':
            s, e = item['spans'][0]
            articles.append({'kind': 'other', 'kicker': [], 'title': [], 'body': [[s, e]], 'authors': [], 'extra': []})
            continue
        author, title = content.get(sid, ('', ''))
        hit = None
        for s, e in item['spans']:
            hit = find_title(lines, s, e, title) if title else None
            if hit:
                break
        title_lines = list(range(hit[0], hit[1] + 1)) if hit else []
        matches.append((name, sid, title, ' / '.join(lines[n - 1] for n in title_lines), round(hit[2], 3) if hit else 0))
        body = []
        for s, e in item['spans']:
            ns = [n for n in range(s, e + 1) if n not in title_lines]
            for n in ns:   # contiguous runs (a title inside a segment splits it)
                if body and body[-1][1] == n - 1:
                    body[-1][1] = n
                else:
                    body.append([n, n])
        articles.append({'kind': 'news', 'kicker': [], 'title': title_lines, 'body': body,
                         'authors': printed_author(author, [lines[n - 1] for s, e in body for n in range(s, e + 1)]), 'extra': []})
    return {'page': name + '.txt', 'language': 'en',
            'note': 'Real OCR (Chronicling America), segments marked by hand (Riedl, Betz & Padó 2019); titles '
                    'matched from content.csv, author lines kept in the body. Line numbers are 1-based.',
            'articles': [a for a in articles if a['body']]}


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--out', default=os.path.join(paths.DATA, 'ocr1912'))
    ap.add_argument('--no-check', action='store_true', help='skip check_truth and the oracle score')
    args = ap.parse_args(argv)
    content = load_content()
    matches, bad, pages = [], 0, 0
    for seg_path in sorted(glob.glob(os.path.join(SOURCE, 'pages', '*.segments.tsv'))):
        name = os.path.basename(seg_path)[:-len('.segments.tsv')]
        page = seg_path[:-len('.segments.tsv')] + '.txt'
        fold = os.path.join(args.out, 'fold-' + name[:10])
        os.makedirs(fold, exist_ok=True)
        out_page = os.path.join(fold, name + '.txt')
        shutil.copyfile(page, out_page)
        lines = open(page, encoding='utf-8').read().split('\n')
        if lines and lines[-1] == '':
            lines.pop()
        _, segments = load_segments(seg_path)
        truth = page_truth(name, lines, segments, content, matches)
        dump_truth(truth, out_page[:-4] + '.truth.json')
        errors = [] if args.no_check else truth_errors(out_page, out_page[:-4] + '.truth.json')
        for e in errors:
            print(name, e, file=sys.stderr)
        bad += bool(errors)
        pages += 1
    with open(os.path.join(args.out, 'title_matches.tsv'), 'w', encoding='utf-8') as f:
        f.write('page\tid\ttitle\tmatched lines\tratio\n')
        for row in matches:
            f.write('\t'.join(map(str, row)) + '\n')
    found = sum(1 for m in matches if m[4])
    print(f'{pages} pages, titles found for {found}/{len(matches)} article items -> {args.out}', file=sys.stderr)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
