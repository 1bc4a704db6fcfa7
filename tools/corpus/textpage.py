"""Lays out articles as a plain-text page the way PDF/OCR text of a newspaper page looks.

Hard-wrapped columns, column breaks as blank lines mid-sentence, lost paragraph breaks,
justification spaces, spaces around brackets and digits, headlines before or after bodies,
page furniture, English hyphenation and OCR noise. Every emitted line is tagged, so the
truth file is exact by construction.
"""
import random
import re
from dataclasses import dataclass, field

from corpuslib import CJK, PageBuilder

IS_CJK = re.compile(f'[{CJK}\u3000-\u303f\uff00-\uffef“”‘’…—·]')


@dataclass
class Layout:
    width: float = 17                 # CJK characters (ASCII counts half) or Latin characters
    headlines: str = 'before'         # before | after
    per_article: dict = field(default_factory=dict)   # article id -> 'before' | 'after'
    col_lines: int = 0                # a blank line every N body lines (column break), 0 = never
    lost_break: float = 0.0           # probability that a paragraph break leaves no blank line
    blank_lines: bool = True          # False: OCR text with no blank lines at all
    indent: str = ''                  # first-line indent of paragraphs
    bracket_space: float = 0.0        # " （高新区） "
    digit_space: float = 0.0          # "4 月 18 日"
    justify: float = 0.0              # a full line spaced character by character
    lead_space: float = 0.0           # a stray leading space on a line
    hyphenate: float = 0.0            # English: break long words with "-" at line ends
    ocr_noise: float = 0.0            # English: character-level OCR errors per line
    header: list = field(default_factory=list)
    footer: list = field(default_factory=list)
    head_gap: bool = True             # blank line between kicker and title


def char_width(ch):
    return 1.0 if IS_CJK.match(ch) else 0.5


CLOSERS = set('，。、；：？！）”’》」』…')
OPENERS = set('（“‘《「『')


def wrap_zh(text, width, rng):
    # ASCII runs (numbers, Latin words) stay together; closing punctuation mostly hangs at the line end
    # and opening punctuation moves to the next line, as typesetters do; sometimes they do not.
    tokens = re.findall(r'[A-Za-z0-9.%·\-]+|.', text)
    lines, cur, w = [], '', 0.0
    for tok in tokens:
        tw = sum(char_width(c) for c in tok)
        if cur and w + tw > width:
            if tok in CLOSERS and rng.random() < 0.85:
                cur += tok
                lines.append(cur)
                cur, w = '', 0.0
                continue
            carry = ''
            if cur[-1] in OPENERS and len(cur) > 1 and rng.random() < 0.85:
                cur, carry = cur[:-1], cur[-1]
            lines.append(cur)
            cur, w = carry, sum(char_width(c) for c in carry)
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


def wrap_en(text, width, rng, hyphenate):
    words = text.split(' ')
    lines, cur = [], ''
    i = 0
    while i < len(words):
        word = words[i]
        cand = word if not cur else cur + ' ' + word
        if len(cand) <= width or not cur:
            cur = cand
            i += 1
            continue
        room = width - len(cur) - 1
        core = re.match(r'[A-Za-z]+', word)
        if '-' in word[:max(room, 0)] and rng.random() < 0.8:
            # a compound breaks after its own hyphen
            k = word.index('-') + 1
            lines.append(cur + ' ' + word[:k])
            words[i] = word[k:]
            cur = ''
            continue
        if core and len(core.group()) >= 7 and room >= 4 and rng.random() < hyphenate:
            k = hyphen_point(core.group(), room - 1)
            if k:
                lines.append(cur + ' ' + word[:k] + '-')
                words[i] = word[k:]
                cur = ''
                continue
        lines.append(cur)
        cur = ''
    if cur:
        lines.append(cur)
    return lines


VOWELS = set('aeiouyAEIOUY')
ONSETS = {'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gl', 'gr', 'ph', 'pl', 'pr', 'sc', 'sh', 'sk', 'sl', 'sm',
          'sn', 'sp', 'st', 'th', 'tr', 'tw', 'wh', 'wr', 'qu'}


def hyphen_point(word, limit):
    """A plausible syllable break (VC|CV, V|CV, keeping onset clusters together), at most `limit` letters in."""
    best = 0
    for k in range(3, min(limit, len(word) - 3) + 1):
        a, b, c = word[k - 1], word[k], word[k + 1]
        right = word[k:]
        if (a + b).lower() in ('ck', 'gh', 'ng') or len(right) < 4 and right.lower() not in ('ing', 'ers', 'ter', 'der'):
            continue
        cons_b = b not in VOWELS
        if a not in VOWELS and cons_b and c in VOWELS and (a + b).lower() not in ONSETS and a.lower() != b.lower() or \
           a.lower() == b.lower() and a not in VOWELS or \
           a in VOWELS and cons_b and c in VOWELS and word[k - 2] not in VOWELS:
            best = k
        elif a in VOWELS and (b + c).lower() in ONSETS and k + 2 < len(word) and word[k + 2] in VOWELS:
            best = k
    return best


def noisy_zh(line, lay, rng, full):
    if lay.bracket_space:
        line = re.sub('（', lambda m: ' （' if rng.random() < lay.bracket_space else '（', line)
        line = re.sub('）', lambda m: '） ' if rng.random() < lay.bracket_space else '）', line)
    if lay.digit_space:
        line = re.sub(f'(?<=[{CJK}])([0-9][0-9.%]*)(?=[{CJK}])',
                      lambda m: f' {m.group(1)} ' if rng.random() < lay.digit_space else m.group(1), line)
    if full and rng.random() < lay.justify:
        line = ' '.join(re.findall(r'[A-Za-z0-9.%]+|[^ ]', line))
    if rng.random() < lay.lead_space:
        line = ' ' + line
    return line


OCR_SUBS = [('l', '1'), ('rn', 'm'), ('O', '0'), ('e', 'c'), (',', '.'), ('i', 'í'), ('.', ','), ('h', 'b')]


def noisy_en(line, lay, rng, full):
    # bylines stay legible: a misread name could never be found again
    if rng.random() < lay.ocr_noise and not line.startswith('By '):
        a, b = rng.choice(OCR_SUBS)
        spots = [m.start() for m in re.finditer(re.escape(a), line)]
        if spots:
            k = rng.choice(spots)
            line = line[:k] + b + line[k + len(a):]
    if rng.random() < lay.ocr_noise / 3:
        line += rng.choice([' ~', " '", ' .', '|'])
    if full and rng.random() < lay.justify:
        words = line.split(' ')
        line = ''.join(w + ' ' * (1 + rng.randint(0, 2)) for w in words[:-1]) + words[-1]
    if rng.random() < lay.lead_space:
        line = ' ' + line
    return line


class TextPage:
    def __init__(self, lang, layout, seed):
        self.zh = lang.startswith('zh')
        self.lay = layout
        self.rng = random.Random(seed)
        self.page = PageBuilder()

    def gap(self):
        if self.lay.blank_lines:
            self.page.blank()

    def wrap(self, text, width=None):
        width = width or self.lay.width
        if self.zh:
            return wrap_zh(text, width, self.rng)
        return wrap_en(text, width, self.rng, self.lay.hyphenate)

    def headline(self, art, idx):
        if art.kicker:
            for line in self.wrap_head(art.kicker):
                self.page.emit(line, idx, 'kicker')
            if self.lay.head_gap:
                self.gap()
        for line in art.title_lines():
            for part in self.wrap_head(line):
                self.page.emit(part, idx, 'title')
        if art.subtitle:
            for line in self.wrap_head(art.subtitle):
                self.page.emit(line, idx, 'subtitle')

    def wrap_head(self, text):
        # headlines run wider than body columns but still wrap on narrow English columns
        limit = self.lay.width * (2 if self.zh else 1)
        if len(text) <= limit:
            return [text]
        return wrap_zh(text, limit, self.rng) if self.zh else wrap_en(text, limit, self.rng, 0.0)

    def body(self, art, idx):
        lay, n = self.lay, 0
        for p_i, para in enumerate(art.paragraphs):
            if p_i and not (self.rng.random() < lay.lost_break):
                self.gap()
            lines = self.wrap(para)
            for l_i, line in enumerate(lines):
                if l_i == 0 and lay.indent:
                    line = lay.indent + line
                full = l_i < len(lines) - 1
                line = noisy_zh(line, lay, self.rng, full) if self.zh else noisy_en(line, lay, self.rng, full)
                self.page.emit(line, idx, 'body')
                n += 1
                if lay.col_lines and n % lay.col_lines == 0 and full:
                    self.gap()

    def extras(self, art, idx):
        for x in art.extras:
            self.gap()
            self.page.emit(x, idx, 'extra')

    def article(self, art):
        idx = self.page.add_article(art)
        where = self.lay.per_article.get(art.id, self.lay.headlines)
        if art.kind in ('photo', 'other') or not art.title:
            where = 'none'
        if art.kind == 'other':
            for line in art.paragraphs:
                self.page.emit(line, idx, 'body')
            return
        if where == 'before':
            self.headline(art, idx)
            self.gap()
        self.body(art, idx)
        self.extras(art, idx)
        if where == 'after':
            self.gap()
            self.headline(art, idx)

    def build(self, articles):
        for line in self.lay.header:
            self.page.furniture(line)
        self.gap()
        for art in articles:
            self.article(art)
            self.gap()
        for line in self.lay.footer:
            self.page.furniture(line)
        return self.page
