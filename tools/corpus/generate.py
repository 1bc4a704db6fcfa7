#!/usr/bin/env python3
"""Regenerates the text-layout pages of samples/pages and tests/corpus with their truth files.

usage: python3 tools/corpus/generate.py [NAME ...]     (no names: every text page)
PDF-extracted pages come from pdfpage.py (needs chromium and poppler-utils).
Output is deterministic: each page has its own random seed.
"""
import os
import sys

from corpuslib import REPO, dump_truth, expected_from, load_articles, soft_hyphen_lines, truth_from_tags, write_json
from textpage import Layout, TextPage

SAMPLES = os.path.join(REPO, 'samples', 'pages')
CORPUS = os.path.join(REPO, 'tests', 'corpus')

ZH_HEAD = ['临川日报', '2024年3月12日 星期二', '第2版 · 要闻']
ZH_FOOT = ['责任编辑：王晓 版式设计：陈一', '本版制图：李明']

# name: (folder, language, article ids in page order, layout, seed, what it covers)
PAGES = {
    'zh-headlines-before': (SAMPLES, 'zh', ['river', 'canteen', 'berry', 'doctor', 'diner', 'photo-bridge'],
        Layout(width=17, headlines='before', col_lines=9, lost_break=0.15, bracket_space=0.6, digit_space=0.5,
               justify=0.03, lead_space=0.05), 11,
        'Chinese, headlines before bodies: kicker + parallel two-line title, wrapped title, kicker + title; '
        '本报讯（记者…） bylines with 通讯员; column breaks mid-sentence; spaces around brackets and digits; a photo caption.'),
    'zh-headlines-after': (SAMPLES, 'zh', ['col-housing', 'col-town', 'col-school', 'incubator', 'drill', 'market', 'photo-kids'],
        Layout(width=17, headlines='after', col_lines=10, lost_break=0.2, bracket_space=0.5, digit_space=0.6,
               justify=0.04), 12,
        'Chinese, headlines after bodies (like the shared sample): three column pieces with attribution lines '
        'and an editor note, three news stories, a photo caption with its credit line.'),
    'en-front-page': (SAMPLES, 'en', ['transit', 'bridge', 'schoolboard', 'ad-hardware', 'apples'],
        Layout(width=46, headlines='before', hyphenate=0.6, col_lines=14, lost_break=0.1), 13,
        'English front page: capitals and title-case headlines, "By JOHN SMITH" bylines, datelines, '
        'hyphenated line ends, an advertisement between stories.'),

    'zh-before-w12': (CORPUS, 'zh', ['tourism', 'library', 'jobs', 'snow'],
        Layout(width=12, headlines='before', col_lines=7, lost_break=0.2, bracket_space=0.8, digit_space=0.8), 21,
        'Narrow 12-character columns, headlines before, 本报北京…电 dateline, heavy digit spacing.'),
    'zh-after-w22': (CORPUS, 'zh', ['plough', 'tax', 'court', 'tea'],
        Layout(width=22, headlines='after', col_lines=12, lost_break=0.5), 22,
        'Wide 22-character columns, headlines after, 新华社…电 and 本报北京…电 datelines, half the paragraph breaks lost.'),
    'zh-mixed': (CORPUS, 'zh', ['water', 'museum', 'col-housing', 'col-town', 'col-school'],
        Layout(width=16, headlines='after', per_article={'water': 'before', 'museum': 'before'}, col_lines=9,
               lost_break=0.2, bracket_space=0.5, digit_space=0.5), 23,
        'Mixed page: two news stories with headlines before (one with an in-body subhead 核心阅读), then three '
        'column pieces with headlines after, attribution lines and an editor note.'),
    'zh-furniture-justified': (CORPUS, 'zh', ['volunteer', 'marathon', 'flower', 'photo-bridge', 'photo-kids'],
        Layout(width=18, headlines='before', col_lines=8, justify=0.15, lead_space=0.1, bracket_space=0.3,
               digit_space=0.4, header=ZH_HEAD, footer=ZH_FOOT), 24,
        'Page furniture (paper name, date, page number, 责任编辑, 本版制图) around headline-before stories; '
        'many justified lines spaced character by character; two photo captions with credits.'),
    'zh-after-indent': (CORPUS, 'zh', ['diner', 'doctor', 'berry', 'photo-kids', 'photo-bridge'],
        Layout(width=15, headlines='after', col_lines=8, lost_break=0.3, indent='\u3000\u3000', digit_space=0.3), 25,
        'Headlines after, 15-character columns, paragraphs indented with full-width spaces, photo captions.'),
    'zh-no-breaks': (CORPUS, 'zh', ['river', 'bus', 'incubator', 'drill'],
        Layout(width=20, headlines='before', lost_break=1.0, bracket_space=0.4, digit_space=0.4), 26,
        'Every paragraph break lost: bodies are unbroken runs of 20-character lines; a subtitle; a parallel title.'),
    'zh-datelines-subtitles': (CORPUS, 'zh', ['plough', 'bus', 'tax', 'library', 'museum'],
        Layout(width=19, headlines='before', col_lines=10, lost_break=0.1, head_gap=False), 27,
        'Headlines before with kicker directly above the title, subtitles, 新华社/本报北京 datelines.'),

    'zh-mixed-after-first': (CORPUS, 'zh', ['kindergarten', 'recycle', 'expressway', 'photo-xinhua', 'jobs'],
        Layout(width=18, headlines='before', per_article={'kindergarten': 'after', 'recycle': 'after'}, col_lines=11,
               lost_break=0.25, bracket_space=0.5, digit_space=0.5, justify=0.05,
               header=['临川日报', '城事 · 第 4 版'], footer=['责任编辑：何静']), 28,
        'Mixed page the other way round: two headline-after stories, then headline-before stories, so two headline '
        'blocks meet between bodies; a wrapped title with subtitle; a 新华社记者 photo credit; furniture.'),

    'zh-full-page-after': (CORPUS, 'zh', ['snow', 'tea', 'col-housing', 'col-town', 'col-school', 'museum', 'court',
                                          'volunteer', 'recycle', 'marathon', 'photo-bridge', 'photo-xinhua'],
        Layout(width=17, headlines='after', col_lines=10, lost_break=0.2, bracket_space=0.5, digit_space=0.5,
               justify=0.03, lead_space=0.03), 29,
        'A full page like the shared sample: twelve pieces with headlines after bodies (news, three column pieces '
        'with attribution lines and an editor note, two photo captions), 17-character columns, all the noise.'),
    'zh-full-page-before': (CORPUS, 'zh', ['expressway', 'kindergarten', 'tourism', 'library', 'flower', 'incubator',
                                           'market', 'tax', 'water', 'jobs', 'photo-kids'],
        Layout(width=19, headlines='before', col_lines=12, lost_break=0.3, bracket_space=0.4, digit_space=0.4,
               justify=0.03, header=ZH_HEAD, footer=ZH_FOOT), 30,
        'A full headline-before page: eleven pieces with kickers, parallel and wrapped titles, subtitles, 本报讯 and '
        '本报北京 datelines, an in-body subhead, a photo caption; furniture at top and bottom.'),

    'en-caps-hyphen': (CORPUS, 'en', ['storm', 'port', 'water', 'hospital'],
        Layout(width=34, headlines='before', hyphenate=0.8, col_lines=12), 31,
        'Narrow 34-character English columns, heavy hyphenation, capitals and title-case headlines.'),
    'en-ocr-noblank': (CORPUS, 'en', ['festival', 'ad-diner', 'football', 'ad-auto', 'library'],
        Layout(width=52, headlines='before', blank_lines=False, ocr_noise=0.3, hyphenate=0.4), 32,
        'OCR text with no blank lines at all, OCR noise, advertisements between stories (kind other).'),
    'en-wide-justified': (CORPUS, 'en', ['schoolboard', 'apples', 'bridge', 'ad-hardware', 'transit'],
        Layout(width=60, headlines='after', justify=0.2, hyphenate=0.3, lost_break=0.3), 33,
        'Wide 60-character lines, headlines AFTER bodies, justification spaces, lost paragraph breaks, an ad.'),
    'en-wire-deck': (CORPUS, 'en', ['wire', 'council', 'ad-diner', 'port'],
        Layout(width=48, headlines='before', hyphenate=0.4, lost_break=0.2, col_lines=15), 35,
        'Section kicker and subtitle (deck), a two-author byline, an "(AP) —" wire dateline, a "Staff Writer" line '
        'and a dateline without a date, an ad between stories.'),
    'en-furniture': (CORPUS, 'en', ['hospital', 'ad-auto', 'storm', 'water'],
        Layout(width=40, headlines='before', hyphenate=0.5, col_lines=10, ocr_noise=0.1,
               header=['THE MILLBROOK COURIER', 'Tuesday, October 15, 2024', 'A3'], footer=['Page A3']), 34,
        'Running head, date and page numbers around stories; 40-character columns; light OCR noise.'),
}


def build(name):
    folder, lang, ids, layout, seed, covers = PAGES[name]
    arts = load_articles(lang)
    page = TextPage(lang, layout, seed).build([arts[i] for i in ids])
    txt = f'{name}.txt'
    language = 'zh-Hans' if lang == 'zh' else 'en'
    with open(os.path.join(folder, txt), 'w', encoding='utf-8') as f:
        f.write(page.text())
    tags = [(idx, part) for _, idx, part in page.lines]
    tags = [(None, None) if part is None else ((None, 'furniture') if part == 'furniture' else (idx, part))
            for idx, part in tags]
    lines = [t for t, _, _ in page.lines]
    truth = truth_from_tags(txt, language, page.articles, tags, hyphenated=soft_hyphen_lines(lines, tags, page.articles))
    dump_truth(truth, os.path.join(folder, f'{name}.truth.json'))
    if folder == SAMPLES:
        write_json(expected_from(txt, language, page.articles, covers), os.path.join(folder, f'{name}.expected.json'))
    return covers


def main(names):
    for name in names or PAGES:
        build(name)
        print(name)


if __name__ == '__main__':
    main(sys.argv[1:])
