#!/usr/bin/env bash
# Scores the PDF path (split FILE.pdf, by layout) on a split of the PDF corpus with ../shared/eval/score.py.
#
# usage: tools/pdfcorpus/score.sh SPLIT [--limit N] [--lang zh|en] [--verbose]
#   SPLIT  train | dev | test, read from ${PDF_CORPUS:-/work/data/pdf}/SPLIT/*.pdf with NAME.txt and NAME.truth.json
# Prints one line per page (with --verbose) and the totals: articles exact, char_f1 (mean), CJK space defects.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
split="${1:?usage: score.sh SPLIT [--limit N] [--lang zh|en] [--verbose]}"; shift
limit=100000; lang=""; verbose=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --limit) limit="$2"; shift 2 ;;
    --lang) lang="$2"; shift 2 ;;
    --verbose) verbose=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
corpus="${PDF_CORPUS:-/work/data/pdf}/$split"
score_py="${SCORE_PY:-$root/../shared/eval/score.py}"
cli="$(dotnet build "$root/functions/Serverless.Cli" -c "${CONFIGURATION:-Debug}" --nologo -t:Build -getProperty:TargetPath)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
pdfs=()
for pdf in "$corpus"/${split}-${lang:-*}-*.pdf; do
  [[ ${#pdfs[@]} -ge $limit ]] && break
  pdfs+=("$pdf")
done
dotnet "$cli" split "${pdfs[@]}" --out "$work/pred" 2> "$work/errors" || true
for pdf in "${pdfs[@]}"; do
  name="$(basename "$pdf" .pdf)"
  if [[ -s "$work/pred/$name.json" ]]; then
    metrics="$(python3 "$score_py" "$corpus/$name.txt" "$corpus/$name.truth.json" "$work/pred/$name.json")"
  else
    metrics="{\"articles_truth\": $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["articles"]))' "$corpus/$name.truth.json"), \"articles_exact\": 0, \"char_f1\": 0, \"cjk_space_defects\": 0, \"failed\": true}"
  fi
  echo "$name $metrics" >> "$work/results"
  [[ $verbose -eq 1 ]] && echo "$name $metrics"
done
[[ -n "${KEEP_PRED:-}" ]] && cp -r "$work/pred" "$KEEP_PRED"
python3 - "$work/results" <<'PY'
import json, sys
rows = [l.split(' ', 1) for l in open(sys.argv[1], encoding='utf-8')]
m = [json.loads(r[1]) for r in rows]
truth = sum(x['articles_truth'] for x in m); exact = sum(x['articles_exact'] for x in m)
f1 = sum(x['char_f1'] for x in m) / max(len(m), 1)
defects = sum(x['cjk_space_defects'] for x in m)
failed = sum(1 for x in m if x.get('failed'))
print(f'pages {len(m)}  articles exact {exact}/{truth} ({100 * exact / max(truth, 1):.1f}%)  char_f1 {f1:.4f}  '
      f'cjk space defects {defects}  failed pages {failed}')
PY
