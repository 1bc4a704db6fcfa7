"""Real article text for the PDF corpus: 人民日报 pages (by month) and the 1912 New-York Tribune OCR (by date).

Both come out as lists of "source pages", each a list of corpuslib.Article in print order, so a generated
page carries articles that really stood on one printed page.
"""
import csv
import glob
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus'))
from corpuslib import REPO, Article  # noqa: E402

SHARED = os.path.join(REPO, '..', 'shared', 'corpora')
UNPACKED = os.environ.get('PDFCORPUS_UNPACK', '/tmp/pdfcorpus-people-daily')

# date splits (issue 10): train 2019-10 + 2020-01, dev 2020-02, test 2020-05; English folds by date
ZH_MONTHS = {'train': ['2019-10', '2020-01'], 'dev': ['2020-02'], 'test': ['2020-05']}
EN_DATES = {'train': ['1912-03-03', '1912-03-10', '1912-03-17'], 'dev': ['1912-03-24'], 'test': ['1912-03-31']}

TRAILER = re.compile(r'^[（(][^（）()]{2,80}[）)]$')
REPORTERS = re.compile(r'[（(](?:本报)?记者([^）)]{2,40})[）)]')
NAME = re.compile(r'[\u4e00-\u9fff·]{2,4}')


def unpack(month):
    target = os.path.join(UNPACKED, month)
    if not os.path.isdir(target):
        archive = os.path.join(SHARED, 'people-daily', f'{month}.7z')
        subprocess.run(['7z', 'x', '-y', f'-o{target}', archive], check=True, capture_output=True)
    return target


def zh_authors(first_paragraph):
    m = REPORTERS.search(first_paragraph[:120])
    if not m:
        return []
    names = re.split(r'[、\s]+|通讯员|实习生', m.group(1))
    return [n for n in names if NAME.fullmatch(n)]


def zh_article(path):
    lines = open(path, encoding='utf-8', errors='replace').read().replace('\r', '').split('\n')
    if len(lines) < 4:
        return None
    kicker, title, subtitle = (x.strip() for x in lines[:3])
    paragraphs = [re.sub(r'\s+', ' ', p.strip(' \u3000\t')) for p in lines[3:]]
    paragraphs = [p for p in paragraphs if p]
    if not title or not paragraphs or sum(map(len, paragraphs)) < 40:
        return None
    extras = []
    if len(paragraphs) > 1 and TRAILER.match(paragraphs[-1]):
        extras.append(paragraphs.pop())
    # parallel phrases of a title are set apart by spaces in the crawl
    title = re.sub(r'[\s\u3000]{1,}', ' | ', title)
    stem = os.path.basename(path)[:-4]
    body = ''.join(paragraphs)
    kind = 'photo' if len(body) < 160 and '摄' in body[-30:] else 'news'
    return Article(id=stem, lang='zh-Hans', kind=kind, kicker=kicker or None, title=title,
                   subtitle=subtitle or None, authors=zh_authors(paragraphs[0]), extras=extras, paragraphs=paragraphs)


def zh_pages(split):
    pages = {}
    for month in ZH_MONTHS[split]:
        for path in sorted(glob.glob(os.path.join(unpack(month), '*', '*', '*.txt'))):
            m = re.match(r'(\d{8})-(\d{2})-(\d{2})\.txt$', os.path.basename(path))
            if not m:
                continue
            art = zh_article(path)
            if art:
                pages.setdefault((m.group(1), m.group(2)), []).append(art)
    return [pages[k] for k in sorted(pages)]


def clean_ocr_line(line):
    line = line.strip()
    letters = sum(c.isalpha() or c == ' ' for c in line)
    if len(line) < 18 or letters < 0.85 * len(line) or len(re.findall(r'[a-z]{3,}', line)) < 2:
        return None
    return re.sub(r'\s+', ' ', line)


def en_pages(split):
    titles = {}
    with open(os.path.join(SHARED, 'nytribune-1912', 'content.csv'), encoding='utf-8') as f:
        for row in csv.DictReader(f):
            if row.get('Abbreviation'):
                titles[row['Abbreviation'].strip()] = (row['Title'].strip(), row['Author'].strip())
    out = []
    for date in EN_DATES[split]:
        for txt in sorted(glob.glob(os.path.join(SHARED, 'nytribune-1912', 'pages', f'{date}-seq-*.txt'))):
            lines = open(txt, encoding='utf-8', errors='replace').read().split('\n')
            segs = [l.split('\t') for l in open(txt[:-4] + '.segments.tsv', encoding='utf-8').read().split('\n')[1:] if l.strip()]
            starts = [(int(s[0]), s[1].strip()) for s in segs]
            items = {}
            order = []
            for k, (start, sid) in enumerate(starts):
                end = starts[k + 1][0] - 1 if k + 1 < len(starts) else len(lines)
                key = f'ad{k}' if sid == 'ad' else sid
                if key not in items:
                    items[key] = []
                    order.append(key)
                items[key] += [c for c in (clean_ocr_line(l) for l in lines[start - 1:end]) if c]
            page = []
            stem = os.path.basename(txt)[:-4]
            for key in order:
                body = items[key]
                if len(body) < 3:
                    continue
                if key.startswith('ad'):
                    page.append(Article(id=f'{stem}-{key}', lang='en', kind='other', paragraphs=body[:6]))
                    continue
                title, author = titles.get(key, (None, None))
                if not title:
                    continue
                paragraphs, cur = [], []
                for i, l in enumerate(body):
                    cur.append(l)
                    if len(cur) >= 4 and (l.endswith('.') or len(cur) >= 9):
                        paragraphs.append(' '.join(cur))
                        cur = []
                if cur:
                    paragraphs.append(' '.join(cur))
                authors = [author] if author else []
                if author:
                    paragraphs.insert(0, f'By {author.upper()}')
                page.append(Article(id=f'{stem}-{key}', lang='en', title=title, authors=authors, paragraphs=paragraphs))
            if page:
                out.append(page)
    return out
