#!/usr/bin/env python3
"""Scores prediction folders written by the trainer (--predict DIR) with the team's score.py, page by page.

usage: score_sets.py DIR [SET ...] [--score PATH/score.py] [--errors N] [--limit PAGES]
Each DIR/SET holds manifest.tsv (page, truth, prediction). Prints one line per set: articles exact, char_f1
(over pages: mean and min), headlines, CJK space defects, chars lost; --errors N lists N failing articles per set.
"""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

here = os.path.dirname(os.path.abspath(__file__))
args = sys.argv[1:]
score = os.path.join(here, '..', '..', '..', 'shared', 'eval', 'score.py')
errors = 0
limit = None
if '--limit' in args:
    i = args.index('--limit'); limit = int(args[i + 1]); del args[i:i + 2]
if '--score' in args:
    i = args.index('--score'); score = args[i + 1]; del args[i:i + 2]
if '--errors' in args:
    i = args.index('--errors'); errors = int(args[i + 1]); del args[i:i + 2]
root, sets = args[0], args[1:] or sorted(d for d in os.listdir(args[0]) if os.path.isfile(os.path.join(args[0], d, 'manifest.tsv')))

def run(row):
    page, truth, pred = row
    run = subprocess.run([sys.executable, score, page, truth, pred, '--verbose'], capture_output=True, text=True)
    if run.returncode != 0:
        print(f"  {page}: score.py failed: {run.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return None
    out = run.stdout.strip().split('\n')
    return page, [json.loads(l) for l in out[:-1]], json.loads(out[-1])

for name in sets:
    rows = [l.rstrip('\n').split('\t') for l in open(os.path.join(root, name, 'manifest.tsv'), encoding='utf-8') if l.strip()][:limit]
    with ThreadPoolExecutor(2) as pool:
        results = [r for r in pool.map(run, rows) if r is not None]
    t = sum(m['articles_truth'] for _, _, m in results)
    e = sum(m['articles_exact'] for _, _, m in results)
    p = sum(m['articles_pred'] for _, _, m in results)
    f1 = [m['char_f1'] for _, _, m in results]
    h = [tuple(map(int, m['headlines_exact'].split('/'))) for _, _, m in results]
    d = sum(m['cjk_space_defects'] for _, _, m in results)
    lost = sum(m['chars_lost'] for _, _, m in results)
    print(f"{name}: {len(results)} pages, articles {e}/{t} exact ({e / max(t, 1):.1%}), {p} predicted, "
          f"char_f1 mean {sum(f1) / max(len(f1), 1):.4f} min {min(f1, default=0):.4f}, headlines {sum(a for a, _ in h)}/{sum(b for _, b in h)}, "
          f"defects {d}, lost {lost}")
    shown = 0
    for page, details, _ in results:
        for dd in details:
            if shown < errors and (dd['body_f1'] < 0.99 or not dd['head_ok']):
                shown += 1
                print(f"  {os.path.basename(page)} #{dd['truth']}: body_f1 {dd['body_f1']} head {'ok' if dd['head_ok'] else 'WRONG'} "
                      f"truth={dd['truth_head'][:30]!r} pred={dd['pred_head'][:30]!r}")
