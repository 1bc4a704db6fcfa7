"""Newspaper page templates: a grid of N columns (3-8), rows of article cells spanning whole columns.

Every choice is drawn from the page's own random generator, so one seed gives one page. A template is a
PageSpec (sizes, fonts, rules, furniture) plus rows of Cells; render() turns it into one HTML page that
prints as its own PDF page (a CSS named page of its own size).
"""
import random
from dataclasses import dataclass, field

from pdfpage import esc, soft_hyphens

MM_PER_PT = 0.3528

ZH_PAPERS = ['临川日报', '青石晚报', '江南都市报', '北方时报', '人民日报']
ZH_SECTIONS = ['要闻', '综合', '经济', '社会', '国际', '文化', '体育', '评论', '地方', '科技']
EN_PAPERS = ['NEW-YORK TRIBUNE', 'THE SUNDAY MAGAZINE', 'THE HARBOR TIMES', 'THE EVENING STAR']
EN_SECTIONS = ['Magazine Section', 'Part Five', 'Fiction', 'Metro', 'The Home Page']
WEEKDAYS = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']


@dataclass
class PageSpec:
    lang: str
    cols: int
    col_mm: float
    gap_mm: float
    font_pt: float
    line_height: float
    head_align: str            # center | left
    head_font: str
    title_em: float
    rules: str                 # rule | space: between rows
    column_rules: bool
    boxed: float               # probability a news cell gets a frame
    indent_em: float
    para_gap: float            # em between paragraphs
    hyphenate: bool
    header: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    raw: bool = False          # pdftotext -raw instead of the reading-order mode

    @property
    def width_mm(self):
        return self.cols * self.col_mm + (self.cols - 1) * self.gap_mm + 20


@dataclass
class Cell:
    span: int
    articles: list             # one article, or several stacked in the cell
    boxed: bool = False
    head_last: bool = False    # headline drawn after its body (text order body, headline)
    photo_mm: float = 0        # a picture above a news body
    lead: bool = False


def sample_spec(rng, lang, page_no):
    zh = lang == 'zh'
    cols = rng.choices([3, 4, 5, 6, 7, 8], weights=[2, 3, 5, 5, 3, 2] if zh else [2, 3, 4, 4, 3, 2])[0]
    font_pt = rng.uniform(8.5, 11) if zh else rng.uniform(8.5, 10.5)
    chars = rng.randint(11, 18) if zh else rng.randint(28, 42)
    col_mm = chars * font_pt * MM_PER_PT * (1 if zh else 0.48)
    if zh:
        paper, section = rng.choice(ZH_PAPERS), rng.choice(ZH_SECTIONS)
        day = rng.randint(1, 28)
        date = f'2024年{rng.randint(1, 12)}月{day}日 {WEEKDAYS[day % 7]}'
        head = [paper, section, date, f'第 {page_no} 版'] if rng.random() < 0.6 else [f'{page_no}', section, date]
        foot = rng.choice([['责任编辑：周宁', '版式设计：陈一'], ['责任编辑：王晓'], ['本版责编：何静 李明'], []])
    else:
        paper, section = rng.choice(EN_PAPERS), rng.choice(EN_SECTIONS)
        head = [paper, section, f'Sunday, March {rng.randint(1, 31)}, 1912', f'Page {page_no}']
        foot = rng.choice([[], [f'{paper} {page_no}'], ['Copyright, 1912, by The Tribune Association']])
    if rng.random() < 0.12:
        head = []
    return PageSpec(
        lang=lang, cols=cols, col_mm=col_mm, gap_mm=rng.uniform(1.5, 3) * font_pt * MM_PER_PT, font_pt=font_pt,
        line_height=rng.uniform(1.35, 1.7) if zh else rng.uniform(1.15, 1.35),
        head_align='center' if rng.random() < (0.75 if zh else 0.6) else 'left',
        head_font=rng.choice(["'Noto Sans CJK SC'", "'Noto Serif CJK SC'"]) if zh else rng.choice(["'DejaVu Serif'", "'DejaVu Sans'"]),
        title_em=rng.uniform(1.7, 2.6), rules='rule' if rng.random() < 0.7 else 'space',
        column_rules=rng.random() < 0.35, boxed=rng.choice([0, 0.1, 0.25]),
        indent_em=2 if zh else rng.choice([1, 1.5]), para_gap=0 if zh or rng.random() < 0.6 else 0.3,
        hyphenate=not zh and rng.random() < 0.6, header=head, footer=foot,
        raw=rng.random() < 0.25)


def desired_span(art, spec, rng):
    n = len(''.join(art.paragraphs))
    per_col = (spec.col_mm / (spec.font_pt * MM_PER_PT * (1 if spec.lang == 'zh' else 0.48))) * rng.randint(25, 45)
    return max(1, min(spec.cols, round(n / per_col) or 1, 4))


def layout(rng, spec, articles):
    """Packs articles into rows of cells; returns rows (lists of Cells) in page order."""
    rows, row, left = [], [], spec.cols
    queue = list(articles)
    first = True
    while queue:
        art = queue.pop(0)
        span = spec.cols if first and rng.random() < 0.3 else desired_span(art, spec, rng)
        span = min(span, left)
        stack = [art]
        # short pieces often share a cell, stacked
        while queue and rng.random() < 0.25 and len(''.join(queue[0].paragraphs)) < 700 and len(stack) < 3:
            stack.append(queue.pop(0))
        cell = Cell(span, stack, boxed=rng.random() < spec.boxed, head_last=rng.random() < 0.2, lead=first)
        if art.kind == 'news' and len(stack) == 1 and rng.random() < 0.15:
            cell.photo_mm = rng.uniform(25, 55)
        row.append(cell)
        left -= span
        first = False
        if left == 0 or not queue:
            if left > 0:
                # the last cell of the row takes what is left
                row[-1].span += left
            rows.append(row)
            row, left = [], spec.cols
    return rows


def estimate_mm(spec, rows):
    em = spec.font_pt * MM_PER_PT
    line = em * spec.line_height
    per_line = spec.col_mm / (em * (1 if spec.lang == 'zh' else 0.48))
    total = 40
    for row in rows:
        tallest = 0
        for cell in row:
            h = cell.photo_mm + 12
            for art in cell.articles:
                chars = len(''.join(art.paragraphs + art.extras)) + 6 * len(art.paragraphs)
                h += (chars / (per_line * cell.span) + len(art.paragraphs) + 2) * line + 4 * em * spec.title_em + 30 * (art.kind == 'photo')
            tallest = max(tallest, h)
        total += tallest + 12
    return total * 1.35 + 60


def head_html(art, spec, lead):
    out = []
    if art.kicker:
        out.append(f'<div class="kicker">{esc(art.kicker)}</div>')
    if art.title:
        size = spec.title_em * (1.25 if lead else 1) * (0.75 if art.kind == 'photo' else 1)
        lines = [esc(t) for t in art.title.split(' | ')]
        out.append(f'<div class="title" style="font-size:{size:.2f}em">' + '<br>'.join(lines) + '</div>')
    if art.subtitle:
        out.append(f'<div class="subtitle">{esc(art.subtitle)}</div>')
    return f'<div class="headline">{"".join(out)}</div>' if out else ''


def body_html(art, spec, cols, rng):
    zh = spec.lang == 'zh'
    paras = []
    for i, p in enumerate(art.paragraphs):
        cls = ''
        if zh and len(p) <= 12 and not any(c in p for c in '，。；'):
            cls = 'subhead'
        elif not zh and i == 0 and p.startswith('By '):
            cls = 'byline'
        text = soft_hyphens(p) if spec.hyphenate else p
        paras.append(f'<p class="{cls}">{esc(text)}</p>')
    for x in art.extras:
        paras.append(f'<p class="extra">{esc(x)}</p>')
    rule = ';column-rule:0.3mm solid #999' if spec.column_rules else ''
    return f'<div class="body" style="column-count:{cols}{rule}">' + ''.join(paras) + '</div>'


def article_html(art, cell, spec, rng):
    if art.kind == 'other':
        inner = ''.join(f'<div class="adline{" big" if i == 0 else ""}">{esc(x)}</div>' for i, x in enumerate(art.paragraphs))
        return f'<div class="ad">{inner}</div>'
    head = head_html(art, spec, cell.lead)
    if art.kind == 'photo':
        picture = f'<div class="picture" style="height:{rng.uniform(30, 70):.0f}mm"></div>'
        caption = body_html(art, spec, 1, rng).replace('class="body"', 'class="body caption"')
        return picture + head + caption
    body = body_html(art, spec, cell.span, rng)
    if cell.photo_mm:
        body = f'<div class="picture" style="height:{cell.photo_mm:.0f}mm"></div>' + body
    if cell.head_last:
        return f'<div class="lastgrid"><div class="lg-body">{body}</div><div class="lg-head">{head}</div></div>'
    return head + body


def render_page(name, spec, rows, rng):
    cells = []
    for r, row in enumerate(rows):
        for cell in row:
            inner = '<div class="stackrule"></div>'.join(article_html(a, cell, spec, rng) for a in cell.articles)
            cls = 'cell boxed' if cell.boxed else 'cell'
            cells.append(f'<div class="{cls}" style="grid-column: span {cell.span}">{inner}</div>')
        if r + 1 < len(rows):
            cells.append('<div class="rowrule"></div>' if spec.rules == 'rule' else '<div class="rowspace"></div>')
    header = ''.join(f'<span>{esc(x)}</span>' for x in spec.header)
    footer = ''.join(f'<span>{esc(x)}</span>' for x in spec.footer)
    return (f'<div class="page {name}" lang="{"zh-CN" if spec.lang == "zh" else "en"}" style="page:{name};width:{spec.width_mm - 20:.1f}mm;font-size:{spec.font_pt:.2f}pt;'
            f'line-height:{spec.line_height:.2f}">'
            + (f'<div class="furniture">{header}</div>' if header else '')
            + f'<div class="grid" style="grid-template-columns:repeat({spec.cols},1fr);column-gap:{spec.gap_mm:.1f}mm">'
            + ''.join(cells) + '</div>'
            + (f'<div class="furniture foot">{footer}</div>' if footer else '') + '</div>')


def page_css(name, spec, height_mm):
    family = "'Noto Serif CJK SC', serif" if spec.lang == 'zh' else "'DejaVu Serif', serif"
    return (f'@page {name} {{ size: {spec.width_mm:.1f}mm {height_mm:.0f}mm; margin: 10mm; }}\n'
            f'.{name} {{ font-family: {family}; }}\n'
            f'.{name} .headline {{ text-align: {spec.head_align}; font-family: {spec.head_font}; }}\n'
            f'.{name} .body p {{ text-indent: {spec.indent_em}em; margin: 0 0 {spec.para_gap}em; }}\n'
            f'.{name} .body {{ column-gap: {spec.gap_mm:.1f}mm; }}\n')


BASE_CSS = '''
body { margin: 0; }
.page { break-after: page; }
.furniture { display: flex; justify-content: space-between; font-size: 8pt; line-height: 1.3; border-bottom: 0.6mm solid #000; padding: 1mm 0; margin-bottom: 3mm; }
.furniture.foot { border-top: 0.3mm solid #000; border-bottom: 0; margin: 3mm 0 0; }
.grid { display: grid; row-gap: 3mm; align-items: start; }
.rowrule { grid-column: 1 / -1; border-top: 0.4mm solid #444; }
.rowspace { grid-column: 1 / -1; height: 3mm; }
.cell.boxed { border: 0.5mm solid #000; padding: 2mm; }
.stackrule { border-top: 0.3mm solid #777; margin: 3mm 0; }
.headline { margin-bottom: 2mm; }
.kicker { font-size: 1.2em; line-height: 1.3; }
.title { font-weight: bold; line-height: 1.2; }
.subtitle { font-size: 1.25em; line-height: 1.3; margin-top: 1mm; }
.body { text-align: justify; }
.body p.subhead { text-indent: 0; font-weight: bold; }
.body p.byline { text-indent: 0; font-weight: bold; text-align: left; }
.body p.extra { text-indent: 0; text-align: right; }
.caption { font-size: 0.9em; }
.picture { background: #bbb; margin-bottom: 2mm; }
.lastgrid { display: grid; }
.lg-body { grid-row: 2; grid-column: 1; }
.lg-head { grid-row: 1; grid-column: 1; }
.ad { border: 0.8mm double #000; padding: 3mm; text-align: center; }
.adline { margin: 1mm 0; }
.adline.big { font-size: 1.8em; font-weight: bold; }
'''


def document(pages):
    """pages: list of (name, spec, rows, rng) -> one HTML document, one printed page each."""
    css = BASE_CSS + ''.join(page_css(n, s, estimate_mm(s, rows)) for n, s, rows, _ in pages)
    body = ''.join(render_page(n, s, rows, rng) for n, s, rows, rng in pages)
    return f'<!doctype html><html><head><meta charset="utf-8"><style>{css}</style></head><body>{body}</body></html>'


def new_rng(seed):
    return random.Random(seed)
