"""Shared pieces of the corpus generators: the article source format, truth and expected files.

A page is built as a list of lines, each tagged with the article and part it belongs to
(kicker, title, subtitle, body, extra) or with None for blank lines and page furniture.
The truth file (the line-level format of ../shared/eval/score.py) is derived from those tags.
"""
import json
import os
import re
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
CJK = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff'
WS = re.compile(r'\s+')


def squash(s):
    return WS.sub('', s or '')


@dataclass
class Article:
    id: str
    lang: str
    kind: str = 'news'
    kicker: str | None = None
    title: str | None = None          # raw, with " | " (parallel lines) or " ~ " (wrap point)
    subtitle: str | None = None
    authors: list = field(default_factory=list)
    extras: list = field(default_factory=list)
    paragraphs: list = field(default_factory=list)

    def title_lines(self):
        if not self.title:
            return []
        return [p.strip() for p in re.split(r' [|~] ', self.title)]

    def title_text(self):
        """The title as the expected split should read: parallel phrases keep a space, a wrap does not."""
        if not self.title:
            return None
        text = self.title.replace(' | ', ' ')
        return text.replace(' ~ ', '' if self.lang.startswith('zh') else ' ')


def load_articles(lang):
    path = os.path.join(HERE, 'articles', f'{lang}.txt')
    arts = {}
    cur = None
    in_body = False
    for raw in open(path, encoding='utf-8').read().split('\n'):
        line = raw.rstrip()
        if line.startswith('#') and cur is None:
            continue
        if line.startswith('@ '):
            cur = Article(id=line[2:].strip(), lang='zh-Hans' if lang == 'zh' else 'en')
            arts[cur.id] = cur
            in_body = False
            continue
        if cur is None:
            continue
        if not in_body:
            if line == '---':
                in_body = True
                continue
            key, _, value = line.partition(':')
            value = value.strip()
            if key == 'authors':
                cur.authors = [a.strip() for a in value.split(',') if a.strip()]
            elif key == 'extra':
                cur.extras.append(value)
            elif key in ('kind', 'kicker', 'title', 'subtitle'):
                setattr(cur, key, value)
            else:
                raise ValueError(f'{path}: unknown field {key!r} in {cur.id}')
        elif line:
            cur.paragraphs.append(line)
        else:
            cur = None
    return arts


class PageBuilder:
    """Collects tagged lines; article indexes are positions in `articles` (page order of truth)."""

    def __init__(self):
        self.lines = []   # (text, article_index | None, part | None)
        self.articles = []

    def add_article(self, art):
        self.articles.append(art)
        return len(self.articles) - 1

    def furniture(self, text):
        self.lines.append((text, None, 'furniture'))

    def emit(self, text, idx=None, part=None):
        if not text.strip():
            idx, part = None, None
        self.lines.append((text, idx, part))

    def blank(self):
        if not self.lines or self.lines[-1][0].strip() == '':
            return
        self.lines.append(('', None, None))

    def text(self):
        lines = [t for t, _, _ in self.lines]
        while lines and not lines[-1].strip():
            lines.pop()
        return '\n'.join(lines) + '\n'


def soft_hyphen_lines(lines, tags, articles):
    """Lines whose final hyphen only breaks a word across lines (mil- / lion), not a compound (century- / old).

    score.py scores printed characters, so repairing such a break costs one "lost" character; the truth lists these
    lines under "hyphenated" so a test can tell that from real loss.
    """
    out = []
    for n, (text, (idx, part)) in enumerate(zip(lines, tags), start=1):
        m = re.search(r'([A-Za-z]+)-$', text.rstrip())
        if idx is None or not m:
            continue
        nxt = next((lines[k] for k in range(n, len(lines)) if lines[k].strip()), '')
        m2 = re.match(r'\s*([a-z]+)', nxt)
        if not m2:
            continue
        source = ' '.join([articles[idx].title or '', articles[idx].subtitle or ''] + articles[idx].paragraphs)
        joined, compound = m.group(1) + m2.group(1), m.group(1) + '-' + m2.group(1)
        if joined in source and compound not in source:
            out.append(n)
    return out


def truth_from_tags(name, lang, articles, tags, note=None, hyphenated=None):
    """tags[n-1] for 1-based line n: (article index, part), (None, 'furniture') or (None, None) for a blank line."""
    out = []
    for i, art in enumerate(articles):
        parts = {'kicker': [], 'title': [], 'subtitle': [], 'body': [], 'extra': []}
        for n, (idx, part) in enumerate(tags, start=1):
            if idx == i:
                parts[part].append(n)
        body = []
        for n in parts['body']:
            # a range may span blank lines, never another article's or furniture lines
            if body and all(tags[m - 1] == (None, None) for m in range(body[-1][1] + 1, n)):
                body[-1][1] = n
            else:
                body.append([n, n])
        entry = {'kind': art.kind, 'kicker': parts['kicker'], 'title': parts['title']}
        if parts['subtitle']:
            entry['subtitle'] = parts['subtitle']
        entry.update({'body': body, 'authors': art.authors, 'extra': parts['extra']})
        out.append(entry)
    truth = {'page': name, 'language': lang}
    truth['note'] = note or ('Line numbers are 1-based. headline = kicker/title/subtitle lines; body ranges may span blank '
                             'lines; extra = attribution, editor notes, photo credits. Lines in no article are page furniture.')
    if hyphenated:
        truth['hyphenated'] = hyphenated
    truth['articles'] = out
    return truth


def dump_truth(truth, path):
    # one article per line, like the shared truth file
    head = {k: v for k, v in truth.items() if k not in ('articles', 'hyphenated')}
    text = json.dumps(head, ensure_ascii=False, indent=2)[:-2] + ',\n'
    if 'hyphenated' in truth:
        text += '  "hyphenated": ' + json.dumps(truth['hyphenated']) + ',\n'
    text += '  "articles": [\n'
    text += ',\n'.join('    ' + json.dumps(a, ensure_ascii=False) for a in truth['articles'])
    text += '\n  ]\n}\n'
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)


def clean_note(line):
    m = re.match(r'^(本报记者|通讯员|记者|新华社记者)\s+(.+?)\s+摄$', line)
    if m:
        return f'{m.group(1)} {squash(m.group(2))} 摄'
    return line.strip()


def expected_from(name, lang, articles, comment):
    arts = []
    for a in articles:
        body = ''.join(a.paragraphs) if lang.startswith('zh') else ' '.join(a.paragraphs)
        flat = squash(body) if lang.startswith('zh') else body
        start, end = (16, 12) if lang.startswith('zh') else (40, 30)
        arts.append({
            'kind': a.kind,
            'kicker': a.kicker,
            'title': a.title_text(),
            'subtitle': a.subtitle,
            'authors': a.authors,
            'notes': [clean_note(x) for x in a.extras],
            'paragraphs': len(a.paragraphs),
            'bodyStartsWith': flat[:start],
            'bodyEndsWith': flat[-end:],
            'bodyChars': len(squash(body)),
        })
    return {'page': name, 'language': lang, 'comment': comment, 'articles': arts}


def write_json(obj, path):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write('\n')
