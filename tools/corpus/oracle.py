#!/usr/bin/env python3
"""Self-check of a truth file: builds the perfect prediction from it and scores that with score.py.

usage: python3 tools/corpus/oracle.py [SCORE_PY] PAGE.txt ...   (default score.py: ../shared/eval/score.py)
Every page must come out exact (all articles, char_f1 1.0, nothing lost); otherwise the truth and the scorer disagree.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

from corpuslib import REPO

CJK = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff'


def clean(lines):
    text = ''.join(l.strip() for l in lines)
    return re.sub(f'(?<=[{CJK}])\\s+(?=[{CJK}])', '', text)


def oracle(page, truth_path):
    lines = open(page, encoding='utf-8').read().split('\n')
    truth = json.load(open(truth_path, encoding='utf-8'))
    pred = []
    for a in truth['articles']:
        get = lambda ns: clean(lines[n - 1] for n in ns) or None
        body = [clean(lines[n - 1] for n in range(s, e + 1)) for s, e in a['body']]
        title = get(a.get('title', []))
        pred.append({'kind': a['kind'], 'kicker': get(a.get('kicker', [])), 'title': title or 'generated',
                     'titleSource': 'printed' if title else 'generated', 'subtitle': get(a.get('subtitle', [])),
                     'paragraphs': body, 'notes': [lines[n - 1].strip() for n in a.get('extra', [])],
                     'authors': a.get('authors', [])})
    return pred


def main(argv):
    score_py = os.path.join(REPO, '..', 'shared', 'eval', 'score.py')
    if argv and argv[0].endswith('.py'):
        score_py, argv = argv[0], argv[1:]
    bad = 0
    for page in argv:
        truth = page[:-4] + '.truth.json'
        with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False, encoding='utf-8') as f:
            json.dump(oracle(page, truth), f, ensure_ascii=False)
        out = subprocess.run([sys.executable, score_py, page, truth, f.name], capture_output=True, text=True, check=True)
        os.unlink(f.name)
        m = json.loads(out.stdout.strip().split('\n')[-1])
        ok = m['articles_exact'] == m['articles_truth'] and m['char_f1'] == 1.0 and m['chars_lost'] == 0
        bad += not ok
        print(('ok   ' if ok else 'FAIL ') + os.path.basename(page), json.dumps(m, ensure_ascii=False))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
