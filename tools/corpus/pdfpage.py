#!/usr/bin/env python3
"""Makes corpus pages the way real ones are made: HTML newspaper page -> Chromium PDF -> pdftotext.

usage: python3 tools/corpus/pdfpage.py [NAME ...] [--keep]     (no names: every PDF page)
Needs: chromium, fonts-noto-cjk, poppler-utils (apt-get install -y chromium fonts-noto-cjk poppler-utils).
Writes tests/corpus/NAME.txt and NAME.truth.json; --keep also leaves NAME.html and NAME.pdf in tools/corpus/build/.

The truth is derived by matching each extracted line to the article part whose text continues with it
(a cursor per part, so short lines like a lone "”" go to the article being read); lines that match no
article must be page furniture, and anything else stops the generator with an error to fix the layout.
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

from corpuslib import REPO, dump_truth, load_articles, soft_hyphen_lines, squash, truth_from_tags
from textpage import hyphen_point

CORPUS = os.path.join(REPO, 'tests', 'corpus')
BUILD = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build')


@dataclass
class Box:
    id: str
    width: float = 100          # percent of the row
    cols: int = 2               # text columns of the body
    head: str = 'top'           # top | drawn-last (above the body, drawn after it) | right | bottom
    last_justify: bool = False  # stretch paragraph last lines (pdftotext then spaces them out)
    spaced_first: bool = False  # first line letter-spaced, as a stretched justified line


@dataclass
class PdfPage:
    lang: str
    rows: list
    header: list = field(default_factory=list)     # running head pieces, spread over the top line
    footer: list = field(default_factory=list)
    width_mm: int = 300
    font_pt: float = 10
    covers: str = ''
    raw: bool = False          # pdftotext -raw: content-stream order, stretched lines come out spaced


ZH_HEADER = ['临川日报', '要闻', '2024年3月19日 星期二', '第 3 版']
ZH_FOOTER = ['责任编辑：周宁', '版式设计：陈一', '本版制图：李明']

PAGES = {
    'pdf-zh-front': PdfPage('zh', [
        [Box('water', 100, 3)],
        [Box('tourism', 55, 3), Box('snow', 45, 2)],
        [Box('photo-bridge', 40, 1), Box('court', 60, 3, last_justify=True)],
    ], ZH_HEADER, ZH_FOOTER, raw=True, covers='PDF-extracted Chinese front page (pdftotext -raw, no blank lines): a three-column lead story with kicker, parallel '
       'two-line title and in-body subhead 核心阅读; two stories side by side; a photo caption with credit; running '
       'head and editor lines as furniture.'),
    'pdf-zh-columns': PdfPage('zh', [
        [Box('col-housing', 34, 1, 'drawn-last', spaced_first=True), Box('col-town', 33, 1, 'drawn-last', spaced_first=True),
         Box('col-school', 33, 1, 'drawn-last', spaced_first=True)],
        [Box('jobs', 50, 2, 'drawn-last'), Box('volunteer', 50, 2, 'drawn-last', last_justify=True)],
        [Box('museum', 100, 3, 'drawn-last')],
    ], ['临川日报', '2024年3月20日', '区县 · 第 5 版'], ['责任编辑：王晓'], raw=True, covers='PDF-extracted (pdftotext -raw) '
       'page whose headlines are drawn after their bodies, so the text has headlines AFTER bodies like the shared '
       'sample: three column pieces with letter-spaced first lines, attribution lines and an editor note; three news '
       'stories; stretched last lines come out character-spaced.'),
    'pdf-zh-headright': PdfPage('zh', [
        [Box('berry', 100, 3, head='right')],
        [Box('doctor', 50, 2, 'drawn-last'), Box('diner', 50, 2, 'drawn-last')],
        [Box('tea', 60, 3), Box('photo-kids', 40, 1)],
    ], ['临川日报 乡村版', '2024年3月21日'], ['本版制图：李明'], raw=True, covers='PDF-extracted (pdftotext -raw), mixed: '
       'a headline set to the right of its body and two drawn after their bodies (headlines after), then a '
       'headline-before story and a photo caption; no blank lines at all.'),
    'pdf-zh-dense': PdfPage('zh', [
        [Box('plough', 50, 2), Box('tax', 50, 2)],
        [Box('flower', 50, 2), Box('marathon', 50, 2)],
        [Box('incubator', 40, 1), Box('library', 60, 2)],
    ], ZH_HEADER, ZH_FOOTER, width_mm=280, font_pt=9.5, covers='PDF-extracted with plain pdftotext (layout analysis): '
       '新华社 and 本报北京 datelines, wrapped titles, stories side by side whose blocks interleave, torn running head.'),
    'pdf-zh-metro': PdfPage('zh', [
        [Box('expressway', 100, 3)],
        [Box('kindergarten', 50, 2, 'drawn-last'), Box('recycle', 50, 2, 'drawn-last', last_justify=True)],
        [Box('photo-xinhua', 45, 1), Box('bus', 55, 2)],
    ], ['临川日报', '城事', '2024年3月27日 星期三', '第 4 版'], ['责任编辑：何静', '本版制图：李明'], raw=True,
       covers='PDF-extracted (pdftotext -raw), mixed: a headline-before lead with wrapped title and subtitle, two '
       'stories whose headlines are drawn after their bodies (one with a kicker), a 新华社记者 photo credit.'),
    'pdf-en-front': PdfPage('en', [
        [Box('port', 100, 4)],
        [Box('storm', 60, 3), Box('ad-diner', 40, 1)],
        [Box('hospital', 50, 2), Box('festival', 50, 2)],
    ], ['THE HARBOR TIMES', 'Monday, November 20, 2023', 'A1'], ['Continued on A6'], font_pt=10.5, covers='PDF-extracted English '
       'front page: capitals and title-case headlines, bylines, datelines, hyphenated line ends, an advertisement box.'),
    'pdf-en-metro': PdfPage('en', [
        [Box('bridge', 50, 2), Box('water', 50, 2)],
        [Box('ad-auto', 30, 1), Box('apples', 70, 3)],
        [Box('football', 100, 4, last_justify=True)],
    ], ['METRO', 'The Harbor Times', 'B3'], [], width_mm=280, covers='PDF-extracted English metro page: two stories side '
       'by side, an ad beside a story, a four-column sports story with stretched last lines.'),
}


def esc(text):
    return html.escape(text, quote=False)


def soft_hyphens(text):
    # give Chromium break points inside long words, as a newspaper's hyphenation would
    def word(m):
        w = m.group(0)
        if len(w) < 7 or w.isupper():
            return w
        k = hyphen_point(w, len(w))
        return w[:k] + '\u00ad' + w[k:] if k else w
    return re.sub(r'[A-Za-z]+', word, text)


def render_head(art):
    out = []
    if art.kicker:
        out.append(f'<div class="kicker">{esc(art.kicker)}</div>')
    if art.title:
        for line in re.split(r' \| ', art.title):
            out.append(f'<div class="title">{esc(line).replace(" ~ ", "<br>")}</div>')
    if art.subtitle:
        out.append(f'<div class="subtitle">{esc(art.subtitle)}</div>')
    return '<div class="headline">' + ''.join(out) + '</div>' if out else ''


def render_body(art, zh, box):
    paras = []
    for i, p in enumerate(art.paragraphs):
        cls = 'subhead' if zh and len(p) <= 8 and not re.search('[，。]', p) else ''
        if not zh and i == 0 and p.startswith('By '):
            cls = 'byline'
        text = esc(p if zh else soft_hyphens(p))
        paras.append(f'<p class="{cls}">{text}</p>')
    for x in art.extras:
        m = re.match(r'^(.*?)(\s+)(.+?)(\s+摄)$', x)
        if m:
            # photographers' names are letter-spaced in print
            x_html = f'{esc(m.group(1))} <span class="spaced">{esc(squash(m.group(3)))}</span> 摄'
        else:
            x_html = esc(x)
        paras.append(f'<p class="extra">{x_html}</p>')
    style = f'column-count:{box.cols}' + (';text-align-last:justify' if box.last_justify else '')
    cls = 'body spacedfirst' if box.spaced_first else 'body'
    return f'<div class="{cls}" style="{style}">' + ''.join(paras) + '</div>'


def render(page, arts):
    zh = page.lang == 'zh'
    font = "'Noto Serif CJK SC', serif" if zh else "'Liberation Serif', 'DejaVu Serif', serif"
    rows = []
    for row in page.rows:
        cells = []
        for box in row:
            art = arts[box.id]
            cls = 'art ' + art.kind
            if art.kind == 'other':
                inner = ''.join(f'<div class="adline{" big" if i == 0 else ""}">{esc(x)}</div>'
                                for i, x in enumerate(art.paragraphs))
                cells.append(f'<div class="{cls}" style="width:{box.width}%"><div class="ad">{inner}</div></div>')
                continue
            head = render_head(art)
            body = render_body(art, zh, box)
            if art.kind == 'photo':
                body = '<div class="picture"></div>' + body
            if box.head == 'right':
                inner = f'<div class="side"><div class="sidebody">{body}</div><div class="sidehead">{head}</div></div>'
            elif box.head == 'drawn-last':
                # shown above the body but drawn after it, as many newspaper PDFs do: text order body, headline
                inner = f'<div class="lastgrid"><div class="lg-body">{body}</div><div class="lg-head">{head}</div></div>'
            elif box.head == 'bottom':
                inner = body + head
            else:
                inner = head + body
            cells.append(f'<div class="{cls}" style="width:{box.width}%">{inner}</div>')
        rows.append('<div class="row">' + ''.join(cells) + '</div>')
    header = ''.join(f'<span>{esc(x)}</span>' for x in page.header)
    footer = ''.join(f'<span>{esc(x)}</span>' for x in page.footer)
    return f'''<!doctype html>
<html lang="{'zh-CN' if zh else 'en'}"><head><meta charset="utf-8"><style>
@page {{ size: {page.width_mm}mm 900mm; margin: 10mm; }}
body {{ font-family: {font}; font-size: {page.font_pt}pt; line-height: {1.5 if zh else 1.25}; margin: 0; }}
.furniture {{ display: flex; justify-content: space-between; font-size: 9pt; border-bottom: 2px solid #000;
  padding: 1mm 0; }}
.foot {{ border-top: 1px solid #000; border-bottom: 0; margin-top: 4mm; }}
.row {{ display: flex; gap: 9mm; border-bottom: 1px solid #888; padding: 6mm 0; }}
.art {{ box-sizing: border-box; }}
.headline {{ text-align: center; margin-bottom: 3mm; }}
.kicker {{ font-size: 1.2em; }}
.title {{ font-size: 2.1em; font-weight: bold; line-height: 1.25; }}
.subtitle {{ font-size: 1.3em; margin-top: 1mm; }}
.body {{ column-gap: 8mm; column-rule: 1px solid #ccc; text-align: justify; }}
.body p {{ margin: 0 0 {'0' if zh else '0.2em'}; text-indent: {'2em' if zh else '1em'}; }}
.body p.subhead {{ text-indent: 0; text-align: center; font-weight: bold; margin: 1mm 0; }}
.body p.byline {{ text-indent: 0; font-weight: bold; text-align: left; text-align-last: left; }}
.body p.extra {{ text-indent: 0; text-align: right; margin-top: 1mm; text-align-last: right; }}
.spaced {{ letter-spacing: 1em; }}
.spacedfirst p:first-child::first-line {{ letter-spacing: 0.35em; }}
.picture {{ height: 70mm; background: #bbb; margin-bottom: 2mm; }}
.lastgrid {{ display: grid; }}
.lg-body {{ grid-row: 2; grid-column: 1; }}
.lg-head {{ grid-row: 1; grid-column: 1; }}
.side {{ display: flex; gap: 6mm; }}
.sidebody {{ flex: 3; }}
.sidehead {{ flex: 1; display: flex; align-items: center; }}
.sidehead .title {{ font-size: 1.9em; }}
.ad {{ border: 3px double #000; padding: 5mm; text-align: center; }}
.adline {{ margin: 1mm 0; }}
.adline.big {{ font-size: 2em; font-weight: bold; }}
</style></head><body>
<div class="furniture">{header}</div>
{''.join(rows)}
<div class="furniture foot">{footer}</div>
</body></html>
'''


def chromium():
    for name in ('chromium', 'chromium-browser', 'google-chrome'):
        if shutil.which(name):
            return name
    sys.exit('chromium not found: apt-get install -y chromium fonts-noto-cjk poppler-utils')


def print_pdf(html_path, pdf_path):
    profile = tempfile.mkdtemp(prefix='corpus-chromium-')
    try:
        subprocess.run([chromium(), '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
                        '--disable-background-networking', '--disable-component-update', '--disable-sync',
                        f'--user-data-dir={profile}', '--no-pdf-header-footer', f'--print-to-pdf={pdf_path}',
                        'file://' + html_path], check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def extract(pdf_path, raw):
    args = ['pdftotext', '-enc', 'UTF-8'] + (['-raw'] if raw else []) + [pdf_path, '-']
    out = subprocess.run(args, check=True, capture_output=True).stdout
    text = out.decode('utf-8').replace('\f', '')
    # Chromium keeps every soft hyphen in the text; only the ones it broke a line at are printed (as U+2010).
    # -raw also ends a line at each unbroken one (a bare U+00AD): nothing is printed there.
    lines = [re.sub('\u00ad?\u2010$', '-', l.rstrip()).replace('\u00ad', '') for l in text.split('\n')]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return lines


def norm(s):
    # hyphens are left out of matching only: pdftotext may join a hyphenated headline, Chromium may break a word
    return re.sub('[-\u00ad\u2010]', '', squash(s)).lower()


def assign(lines, articles, header, footer):
    """Tags each extracted line with (article index, part); lists lines that fit nowhere and text never found.

    A part's text is consumed as lines match it. A line continuing where the part's last line ended wins; failing
    that, a line may match a not yet consumed stretch elsewhere in the part, since pdftotext can put a later
    block of a column before an earlier one.
    """
    parts = []   # [article index, part name, squashed text, cursor, consumed flags]
    for i, a in enumerate(articles):
        texts = []
        if a.kicker:
            texts.append(('kicker', a.kicker))
        if a.title:
            texts.append(('title', a.title.replace(' | ', '').replace(' ~ ', '')))
        if a.subtitle:
            texts.append(('subtitle', a.subtitle))
        texts.append(('body', ''.join(a.paragraphs)))
        texts += [('extra', x) for x in a.extras]
        for name, text in texts:
            t = norm(text)
            parts.append([i, name, t, 0, [False] * len(t)])
    furn = [norm(f) for f in header + footer] + [norm(''.join(header)), norm(''.join(footer))]
    tags, last, problems = [], None, []

    def free_at(p, k, n):
        return not any(p[4][k:k + n])

    for n, line in enumerate(lines, start=1):
        s = norm(line)
        if not s:
            tags.append((None, None))
            continue
        if s in furn:
            tags.append((None, 'furniture'))
            continue
        cands = []
        for p in parts:
            text, cur = p[2], p[3]
            if text.startswith(s, cur) and free_at(p, cur, len(s)):
                cands.append((0, p, cur))
                continue
            k = text.find(s)
            while k >= 0 and not free_at(p, k, len(s)):
                k = text.find(s, k + 1)
            if k >= 0:
                cands.append((1, p, k))
        if cands:
            # continuation first, then the part read last, then the article read last, then page order
            cands.sort(key=lambda c: (c[0], c[1] is not last, last is None or c[1][0] != last[0], parts.index(c[1])))
            _, p, k = cands[0]
            for j in range(k, k + len(s)):
                p[4][j] = True
            p[3] = k + len(s)
            tags.append((p[0], p[1]))
            last = p
            continue
        if any(s in f for f in furn):
            tags.append((None, 'furniture'))
            continue
        problems.append(f'line {n} fits no article part: {line!r}')
        tags.append((None, 'furniture'))
    for i, name, text, cur, used in parts:
        if not all(used):
            k = used.index(False)
            problems.append(f'article {i + 1} ({articles[i].id}) {name}: {used.count(False)} characters never '
                            f'found, first at …{text[k:k + 20]}')
    return tags, problems


def build(name, keep):
    page = PAGES[name]
    arts = load_articles(page.lang)
    order = [arts[b.id] for row in page.rows for b in row]
    work = tempfile.mkdtemp(prefix='corpus-pdf-')
    try:
        html_path = os.path.join(work, f'{name}.html')
        pdf_path = os.path.join(work, f'{name}.pdf')
        with open(html_path, 'w', encoding='utf-8') as f:
            f.write(render(page, arts))
        print_pdf(html_path, pdf_path)
        lines = extract(pdf_path, page.raw)
        if keep:
            os.makedirs(BUILD, exist_ok=True)
            for p in (html_path, pdf_path):
                shutil.copy(p, BUILD)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # truth article order follows the extracted text, as a reader of the text would meet them
    tags, problems = assign(lines, order, page.header, page.footer)
    first = {}
    for n, (idx, _) in enumerate(tags):
        if idx is not None:
            first.setdefault(idx, n)
    perm = sorted(first, key=first.get)
    remap = {old: new for new, old in enumerate(perm)}
    tags = [(remap[i], p) if i is not None else (i, p) for i, p in tags]
    articles = [order[i] for i in perm]
    if problems:
        raise SystemExit(f'{name}:\n  ' + '\n  '.join(problems))
    txt = f'{name}.txt'
    with open(os.path.join(CORPUS, txt), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    language = 'zh-Hans' if page.lang == 'zh' else 'en'
    truth = truth_from_tags(txt, language, articles, tags, hyphenated=soft_hyphen_lines(lines, tags, articles))
    dump_truth(truth, os.path.join(CORPUS, f'{name}.truth.json'))


def main(argv):
    keep = '--keep' in argv
    names = [a for a in argv if not a.startswith('--')] or list(PAGES)
    for name in names:
        build(name, keep)
        print(name)


if __name__ == '__main__':
    main(sys.argv[1:])
