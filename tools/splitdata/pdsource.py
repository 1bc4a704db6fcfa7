"""Reads the 人民日报 corpus (../shared/corpora/people-daily) into printed pages of articles.

Each article file: kicker, title, subtitle, then "　　"-indented paragraphs (CRLF). The dateline and byline stay
inside the first paragraph. Trailing credits and attributions ("X摄（影像中国）", "（作者为…）", "版式设计：…")
are split off as the article's extras, so the composer can print them on a line of their own or tight.
"""
import glob
import os
import re
import shutil
import subprocess
from collections import OrderedDict

import paths
from corpuslib import Article

SOURCE = os.path.join(paths.CORPORA, 'people-daily')
UNPACKED = os.path.join(paths.DATA, 'people-daily')
MONTHS = {'2019-10': '2019年10月', '2020-01': '2020年1月', '2020-02': '2020年2月', '2020-05': '2020年5月'}
SPLITS = {'train': ['2019-10', '2020-01'], 'dev': ['2020-02'], 'test': ['2020-05']}

NAME = re.compile(r'^[\u4e00-\u9fff·]{2,4}$')
# what a trailing paragraph of an article looks like when it is a credit or a note, not body text
CREDIT = re.compile(r'(摄|摄影|摄影报道|供图|绘|发)(（[^）]{1,12}）)?$|^（?新华社发）?$|^（[^）]*发）$')
NOTE = re.compile(r'^(本版|本期)?(版式设计|制图|统筹|图片来源|数据来源|资料来源|采访整理|栏目投稿邮箱|电子信箱|传真|责任编辑)[：:]')
ATTRIBUTION = re.compile(r'^（.{2,120}）$')
SERIES = re.compile(r'（[^（）]*(论坛|时评|快评|评论|观察|随笔|看台|人语|微议|纵横|视点|声音|之窗|漫谈|新语)[^（）]*）$')


def unpack(months=MONTHS):
    """Unpacks the monthly 7z archives into /work/data/people-daily once (7z, else py7zr)."""
    for key, folder in months.items():
        if os.path.isdir(os.path.join(UNPACKED, folder)):
            continue
        os.makedirs(UNPACKED, exist_ok=True)
        archive = os.path.join(SOURCE, key + '.7z')
        if shutil.which('7z'):
            subprocess.run(['7z', 'x', '-y', '-bso0', '-bsp0', f'-o{UNPACKED}', archive], check=True)
        else:
            import py7zr
            with py7zr.SevenZipFile(archive) as z:
                z.extractall(UNPACKED)


def names_in(segment):
    """Names in a byline segment: "、" or wide spaces separate names; single characters spaced out are one
    padded name ("贺\u00a0\u00a0勇")."""
    out = []
    for part in re.split(r'[、，和]', segment):
        tokens = [t for t in re.split(r'[\s\u00a0\u3000]+', part) if t]
        merged = []
        for t in tokens:
            if merged and len(t) == 1 and len(merged[-1]) == 1 or merged and len(t) == 1 and len(merged[-1]) < 2:
                merged[-1] += t
            else:
                merged.append(t)
        out += merged
    return out


def authors_of(lead, extras):
    """Names printed in the lead's byline （记者张烁、王远）, in credits (本报记者 贺 勇摄, 刘南松摄（影像中国）) and in
    trailing attributions （本报记者A、B报道）."""
    names = []
    m = re.match(r'^[^（]{0,40}?(?:电|讯)[\s\u00a0]*（([^）]{2,60})）', lead)
    segments = [m.group(1)] if m else []
    for x in extras:
        x = x.strip()
        if x.startswith('（') and '记者' in x:
            segments.append(x.strip('（）'))
        c = re.match(r'^(?:新华社|本报|人民日报)?(?:特约)?(?:记者)?[\s\u00a0]*(.{2,30}?)[\s\u00a0]*摄(?:影报道)?(?:（[^）]*）)?$', x)
        if c:
            names += names_in(c.group(1))
    for seg in segments:
        seg = re.sub(r'^.*?电[\s\u00a0]*', '', seg)   # （新华社北京1月4日电  记者…）
        seg = re.sub(r'(参与)?(报道|采写|整理)$', '', seg.strip())
        for piece in re.split(r'(?:本报|新华社|人民日报)?(?:特约|见习)?(?:记者|通讯员|实习生)', seg):
            names += names_in(piece)
    out = []
    for n in names:
        if NAME.match(n) and n not in out and not n.startswith(('新华社', '本报')):
            out.append(n)
    return out


def parse(path):
    raw = open(path, encoding='utf-8').read().replace('\r', '').split('\n')
    raw += [''] * (3 - len(raw))
    kicker, title, subtitle = (x.strip() for x in raw[:3])
    paras = [x.strip(' \u3000\t') for x in raw[3:] if x.strip(' \u3000\t\u00a0')]
    if not paras:
        return None   # "广告" placeholders and empty items: nothing printed to split
    extras = []
    while len(paras) > 1 and len(paras[-1]) <= 120 and (
            CREDIT.search(paras[-1].rstrip('\u00a0 ')) and len(paras[-1]) <= 40
            or NOTE.match(paras[-1]) or ATTRIBUTION.match(paras[-1])):
        extras.insert(0, paras.pop())
    art = Article(id=os.path.basename(path)[:-4], lang='zh-Hans', kicker=kicker or None, title=title or None,
                  subtitle=subtitle or None, paragraphs=paras, extras=extras)
    art.kind = kind_of(art)
    # the lead paragraph carries the byline; short captions carry the credit in their only paragraph
    art.authors = authors_of(paras[0], extras + (paras[-1:] if art.kind == 'photo' else []))
    return art


def kind_of(art):
    text = ''.join(art.paragraphs)
    if all(NOTE.match(p) for p in art.paragraphs):
        return 'photo'   # a picture collection: only its title and design credit are text
    credit = any(CREDIT.search(x.rstrip('\u00a0 ')) for x in art.extras + art.paragraphs[-1:])
    if credit and len(art.paragraphs) <= 3 and len(text) < 400:
        return 'photo'
    if art.title and SERIES.search(art.title) or any(x.startswith('（作者') for x in art.extras):
        return 'column'
    return 'news'


def printed_pages(month):
    """OrderedDict (YYYYMMDD, PP) -> [Article] in the paper's order, for one month key like '2020-02'."""
    unpack({month: MONTHS[month]})
    pages = OrderedDict()
    for path in sorted(glob.glob(os.path.join(UNPACKED, MONTHS[month], '*', '*.txt'))):
        date, pp, _ = os.path.basename(path)[:-4].split('-')
        art = parse(path)
        if art is not None:
            pages.setdefault((date, pp), []).append(art)
    return pages
