#!/usr/bin/env python3
"""Scores a directory of predicted splits against a directory of truth pages with ../shared/eval/score.py.

usage: python3 tools/splitdata/score_dir.py TRUTH_DIR [TRUTH_DIR ...] PRED_DIR [--json] [--worst N]
                                           [--run-cli DLL] [--limit N] [--pages]
TRUTH_DIR holds NAME.txt + NAME.truth.json (a folder of folds counts each sub-folder as a set); PRED_DIR holds
NAME.json, the JSON array of articles `split` prints (tools/splitdata/batchsplit writes a folder of them in one
process). --run-cli first writes the missing predictions by running `dotnet DLL split NAME.txt` per page (slow:
a process per page; DLL = functions/Serverless.Cli/bin/Release/net10.0/serverless.dll).
Prints per set: articles exact / truth, char_f1 mean and min, headlines, authors, CJK space defects, chars lost,
and the worst pages; --json prints the same as one JSON object.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

from scoring import score_page


def truth_sets(dirs):
    sets = {}
    for d in dirs:
        d = os.path.abspath(d)
        pages = sorted(glob.glob(os.path.join(d, '*.truth.json')))
        if pages:
            sets[os.path.basename(d)] = [p[:-len('.truth.json')] for p in pages]
        for sub in sorted(glob.glob(os.path.join(d, '*', ''))):
            inner = sorted(glob.glob(os.path.join(sub, '*.truth.json')))
            if inner:
                sets[os.path.basename(os.path.dirname(sub))] = [p[:-len('.truth.json')] for p in inner]
    return sets


def predict(stem, pred, dll):
    with open(pred, 'w', encoding='utf-8') as out:
        run = subprocess.run(['dotnet', dll, 'split', stem + '.txt'], stdout=out, stderr=subprocess.PIPE, text=True)
    if run.returncode:
        os.unlink(pred)
        return run.stderr.strip()[:300] or f'exit {run.returncode}'
    return None


def fraction(text):
    a, b = text.split('/')
    return int(a), int(b)


def score_set(stems, pred_dir, dll, limit):
    rows = []
    for stem in stems[:limit or None]:
        name = os.path.basename(stem)
        pred = os.path.join(pred_dir, name + '.json')
        error = None
        if not os.path.exists(pred) and dll:
            error = predict(stem, pred, dll)
        if not os.path.exists(pred):
            error = error or 'no prediction'
            rows.append({'page': name, 'error': error})
            continue
        try:
            m = score_page(stem + '.txt', stem + '.truth.json', pred)
        except (ValueError, json.JSONDecodeError) as e:
            rows.append({'page': name, 'error': f'unreadable prediction: {e}'})
            continue
        m['page'] = name
        rows.append(m)
    return rows


def totals(rows):
    ok = [r for r in rows if 'error' not in r]
    t = {'pages': len(rows), 'errors': len(rows) - len(ok)}
    t['articles_truth'] = sum(r['articles_truth'] for r in ok)
    t['articles_pred'] = sum(r['articles_pred'] for r in ok)
    t['articles_exact'] = sum(r['articles_exact'] for r in ok)
    t['exact_share'] = round(t['articles_exact'] / t['articles_truth'], 4) if t['articles_truth'] else 0.0
    f1 = [r['char_f1'] for r in ok] + [0.0] * t['errors']
    t['char_f1_mean'] = round(sum(f1) / len(f1), 4) if f1 else 0.0
    t['char_f1_min'] = min(f1) if f1 else 0.0
    for key, field in (('headlines', 'headlines_exact'), ('authors', 'authors_found')):
        pairs = [fraction(r[field]) for r in ok]
        t[key] = f'{sum(a for a, _ in pairs)}/{sum(b for _, b in pairs)}'
    t['cjk_space_defects'] = sum(r['cjk_space_defects'] for r in ok)
    t['chars_lost'] = sum(r['chars_lost'] for r in ok)
    return t


def badness(r):
    if 'error' in r:
        return (-1, 0)
    return (r['articles_exact'] - r['articles_truth'], r['char_f1'])


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('dirs', nargs='+', help='TRUTH_DIR ... PRED_DIR')
    ap.add_argument('--json', action='store_true')
    ap.add_argument('--worst', type=int, default=10)
    ap.add_argument('--pages', action='store_true', help='with --json: every page\'s metrics, not only the worst')
    ap.add_argument('--run-cli', metavar='DLL', help='write missing predictions with `dotnet DLL split`')
    ap.add_argument('--limit', type=int, default=0, help='score at most N pages per set')
    args = ap.parse_args(argv)
    if len(args.dirs) < 2:
        ap.error('need TRUTH_DIR and PRED_DIR')
    *truth_dirs, pred_dir = args.dirs
    os.makedirs(pred_dir, exist_ok=True)
    report, everything = {}, []
    for name, stems in truth_sets(truth_dirs).items():
        rows = score_set(stems, pred_dir, args.run_cli, args.limit)
        everything += rows
        report[name] = {'totals': totals(rows), 'worst': sorted(rows, key=badness)[:args.worst]}
        if args.pages:
            report[name]['pages'] = rows
    if len(report) > 1:
        report['all'] = {'totals': totals(everything), 'worst': []}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print('| set | pages | articles exact / truth (pred) | char_f1 mean / min | headlines | authors | CJK defects | lost |')
    print('|---|---|---|---|---|---|---|---|')
    for name, v in report.items():
        t = v['totals']
        errors = f" ({t['errors']} errors)" if t['errors'] else ''
        print(f"| {name} | {t['pages']}{errors} | "
              f"{t['articles_exact']}/{t['articles_truth']} ({t['exact_share']:.1%}) ({t['articles_pred']}) | "
              f"{t['char_f1_mean']:.4f} / {t['char_f1_min']:.4f} | {t['headlines']} | {t['authors']} | "
              f"{t['cjk_space_defects']} | {t['chars_lost']} |")
    for name, v in report.items():
        if not v['worst']:
            continue
        print(f'\nworst pages of {name}:')
        for r in v['worst']:
            if 'error' in r:
                print(f"  {r['page']}: {r['error']}")
            else:
                print(f"  {r['page']}: {r['articles_exact']}/{r['articles_truth']} exact ({r['articles_pred']} predicted), "
                      f"char_f1 {r['char_f1']}, headlines {r['headlines_exact']}, lost {r['chars_lost']}")
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
