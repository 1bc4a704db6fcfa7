#!/usr/bin/env bash
# Scores the splitter on every page of samples/pages and tests/corpus and prints a Markdown table.
#
# usage: tools/score-corpus.sh [--with-shared] [--verbose] [PAGE.txt ...]
#   PAGE.txt ...    score only these pages (each needs PAGE.truth.json beside it)
#   --with-shared   also score ../shared/pages/*.txt (reported, not counted in the totals)
#   --verbose       print the scorer's per-article details under the table
# Scores with the CLI's score verb (Serverless.Scoring, the metrics of score.py); python3 prints the table.
# env: SCORE_PY   score with this score.py instead (e.g. ../shared/eval/score.py)
#      SHARED     the shared folder for --with-shared (default: ../shared beside the repository)
#      CONFIGURATION  build configuration of the CLI (default Release)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
score_py="${SCORE_PY:-}"
shared_dir="${SHARED:-$root/../shared}"
configuration="${CONFIGURATION:-Release}"
with_shared=0
verbose=0
pages=()
for arg in "$@"; do
  case "$arg" in
    --with-shared) with_shared=1 ;;
    --verbose) verbose=1 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) pages+=("$(realpath "$arg")") ;;
  esac
done

if [[ -n "$score_py" && ! -f "$score_py" ]]; then
  echo "score.py not found at $score_py" >&2
  exit 2
fi

if [[ ${#pages[@]} -eq 0 ]]; then
  for page in "$root"/samples/pages/*.txt "$root"/tests/corpus/*.txt; do
    pages+=("$page")
  done
fi
shared=()
if [[ $with_shared -eq 1 ]]; then
  for page in "$shared_dir"/pages/*.txt; do
    shared+=("$page")
  done
fi

# Build once, then run the built assembly for each page (dotnet run would rebuild every time).
cli="$(dotnet build "$root/functions/Serverless.Cli" -c "$configuration" --nologo -t:Build -getProperty:TargetPath)"
if [[ ! -f "$cli" ]]; then
  echo "CLI build failed" >&2
  exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
results="$work/results.tsv"
: > "$results"

score_page() { # page, group
  local page="$1" group="$2" truth="${1%.txt}.truth.json" name pred metrics
  name="$(basename "$page")"
  pred="$work/$name.json"
  if [[ ! -f "$truth" ]]; then
    echo "skipping $page: no $(basename "$truth")" >&2
    return
  fi
  if ! dotnet "$cli" split "$page" > "$pred" 2> "$work/$name.err"; then
    printf '%s\t%s\t%s\t%s\n' "$group" "$name" "$truth" "{\"error\": \"split failed: $(head -c 200 "$work/$name.err" | tr '\n\t"' '   ')\"}" >> "$results"
    return
  fi
  local scorer=(dotnet "$cli" score)
  [[ -n "$score_py" ]] && scorer=(python3 "$score_py")
  if [[ $verbose -eq 1 ]]; then
    "${scorer[@]}" "$page" "$truth" "$pred" --verbose > "$work/$name.score"
    metrics="$(tail -n 1 "$work/$name.score")"
  else
    metrics="$("${scorer[@]}" "$page" "$truth" "$pred")"
  fi
  printf '%s\t%s\t%s\t%s\n' "$group" "$name" "$truth" "$metrics" >> "$results"
}

for page in "${pages[@]}"; do score_page "$page" own; done
for page in "${shared[@]}"; do score_page "$page" shared; done

python3 - "$results" <<'PY'
import json, sys
rows = [line.rstrip('\n').split('\t', 3) for line in open(sys.argv[1], encoding='utf-8') if line.strip()]
print('| page | articles truth/pred/exact | char_f1 | headlines | authors | defects | lost |')
print('|---|---|---|---|---|---|---|')
tot = dict(t=0, p=0, e=0, h=0, hn=0, a=0, an=0, d=0, l=0, pages=0, f1_ok=0, f1_min=1.0)
for group, name, truth, metrics in rows:
    m = json.loads(metrics)
    # repairing a word broken by a line-end hyphen (mil- / lion) drops a printed character: not a loss
    soft = len(json.load(open(truth, encoding='utf-8')).get('hyphenated', []))
    lost = max(0, m.get('chars_lost', 0) - soft)
    label = name + (' (shared)' if group == 'shared' else '')
    if 'error' in m:
        print(f"| {label} | {m['error']} | | | | | |")
        if group == 'own':
            tot['pages'] += 1
            tot['f1_min'] = 0.0
        continue
    print(f"| {label} | {m['articles_truth']}/{m['articles_pred']}/{m['articles_exact']} | {m['char_f1']:.4f} | "
          f"{m['headlines_exact']} | {m['authors_found']} | {m['cjk_space_defects']} | {lost}"
          + (f" ({m['chars_lost']} − {soft} hyphens)" if soft and m['chars_lost'] else '') + " |")
    if group != 'own':
        continue
    h, hn = map(int, m['headlines_exact'].split('/'))
    a, an = map(int, m['authors_found'].split('/'))
    tot['pages'] += 1
    tot['t'] += m['articles_truth']; tot['p'] += m['articles_pred']; tot['e'] += m['articles_exact']
    tot['h'] += h; tot['hn'] += hn; tot['a'] += a; tot['an'] += an
    tot['d'] += m['cjk_space_defects']; tot['l'] += lost
    tot['f1_ok'] += m['char_f1'] >= 0.98; tot['f1_min'] = min(tot['f1_min'], m['char_f1'])
if tot['pages']:
    share = tot['e'] / tot['t'] if tot['t'] else 0
    print(f"| **total ({tot['pages']} pages)** | {tot['t']}/{tot['p']}/{tot['e']} ({share:.1%} exact) | "
          f"min {tot['f1_min']:.4f}, {tot['f1_ok']}/{tot['pages']} pages ≥ 0.98 | {tot['h']}/{tot['hn']} | "
          f"{tot['a']}/{tot['an']} | {tot['d']} | {tot['l']} |")
    ok = share >= 0.95 and tot['f1_min'] >= 0.98 and tot['d'] == 0 and tot['l'] == 0
    print()
    print('Targets (issue 3): ≥ 95% of articles exact, char_f1 ≥ 0.98 on every page, 0 CJK space defects, 0 chars lost: '
          + ('**met**' if ok else '**not met**'))
PY

if [[ $verbose -eq 1 ]]; then
  for f in "$work"/*.score; do
    [[ -f "$f" ]] || continue
    echo
    echo "### $(basename "$f" .score)"
    sed '$d' "$f"
  done
fi
