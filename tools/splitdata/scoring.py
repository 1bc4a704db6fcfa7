"""Runs ../shared/eval/score.py and tools/corpus/check_truth.py in-process (imported, not copied)."""
import contextlib
import io
import json
import os
import sys
import tempfile

import paths  # noqa: F401  (puts score.py and tools/corpus on sys.path)
import check_truth
import oracle
import score


def _run(main, argv):
    out = io.StringIO()
    saved = sys.argv
    sys.argv = ['score.py'] + argv
    try:
        with contextlib.redirect_stdout(out):
            rc = main(argv) if main is check_truth.main else main()
    finally:
        sys.argv = saved
    return rc, out.getvalue()


def score_page(page, truth, pred, verbose=False):
    """score.py's metrics for one page; pred is a path or the list of predicted articles.

    With verbose, the per-article details come back under "details"."""
    tmp = None
    if not isinstance(pred, str):
        with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False, encoding='utf-8') as f:
            json.dump(pred, f, ensure_ascii=False)
            tmp = pred = f.name
    try:
        _, text = _run(score.main, [page, truth, pred] + (['--verbose'] if verbose else []))
    finally:
        if tmp:
            os.unlink(tmp)
    rows = [json.loads(line) for line in text.strip().split('\n')]
    metrics = rows[-1]
    if verbose:
        metrics['details'] = rows[:-1]
    return metrics


def truth_errors(page, truth, oracle_check=True):
    """check_truth.py's errors for a page, plus a failed oracle (the perfect prediction must score exact)."""
    _, text = _run(check_truth.main, [page, truth, '--quiet'])
    errors = [line for line in text.split('\n') if line.startswith('ERROR')]
    if not oracle_check:
        return errors
    m = score_page(page, truth, oracle.oracle(page, truth))
    if m['articles_exact'] != m['articles_truth'] or m['char_f1'] != 1.0 or m['chars_lost']:
        errors.append(f'ERROR oracle not exact: {json.dumps(m, ensure_ascii=False)}')
    return errors
