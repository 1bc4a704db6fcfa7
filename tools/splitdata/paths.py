"""Where things live: the repository's corpus tools, the shared corpora and scorer, the data output root.

Importing this module puts tools/corpus and ../shared/eval on sys.path, so the other scripts can reuse
corpuslib, textpage, check_truth, oracle and score without copying them.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))
SHARED = os.environ.get('SERVERLESS_SHARED', os.path.abspath(os.path.join(REPO, '..', 'shared')))
CORPORA = os.path.join(SHARED, 'corpora')
SCORE_DIR = os.path.join(SHARED, 'eval')
DATA = os.environ.get('SPLITDATA_ROOT', '/work/data')

for p in (os.path.join(REPO, 'tools', 'corpus'), SCORE_DIR):
    if p not in sys.path:
        sys.path.insert(0, p)
