"""Block purity and article runs of PdfPig's blocks against the corpus truth (docs/pdf.md)."""
import json, re, sys, difflib
WS = re.compile(r'\s+')
sq = lambda s: WS.sub('', s or '')
# usage: dotnet run --project tools/pdfpig-measure -- PDF... > blocks.json; python3 tools/pdfpig-measure/measure.py blocks.json CORPUS_DIR
data = json.load(open(sys.argv[1]))
stats = {}
for name, variants in data.items():
    base = f'{sys.argv[2]}/{name}'
    lines = open(base + '.txt', encoding='utf-8').read().split('\n')
    t = json.load(open(base + '.truth.json'))
    arts = []
    for a in t['articles']:
        ns = a['kicker'] + a['title'] + a.get('subtitle', []) + [n for s, e in a['body'] for n in range(s, e + 1)] + a['extra']
        arts.append(''.join(sq(lines[n - 1]) for n in ns))
    for v, blocks in variants.items():
        s = stats.setdefault(v, dict(blocks=0, pure=0, chars=0, mixed_chars=0, switches=0, articles=0))
        seq = []
        for b in blocks:
            text = sq(b)
            if not text:
                continue
            s['blocks'] += 1
            s['chars'] += len(text)
            # the article holding most of the block's characters
            best, share = None, 0
            for i, a in enumerate(arts):
                m = sum(x.size for x in difflib.SequenceMatcher(None, text, a, autojunk=False).get_matching_blocks())
                if m / len(text) > share:
                    best, share = i, m / len(text)
            if share >= 0.95:
                s['pure'] += 1
            else:
                s['mixed_chars'] += len(text)
            if best is not None and share >= 0.5:
                if not seq or seq[-1] != best:
                    seq.append(best)
        s['switches'] += len(seq)
        s['articles'] += len(set(seq))
for v, s in stats.items():
    print(f"{v:22s} blocks {s['blocks']:5d}  pure {100*s['pure']/s['blocks']:.1f}%  chars in mixed blocks {100*s['mixed_chars']/s['chars']:.1f}%  "
          f"article runs {s['switches']} for {s['articles']} articles (ideal: equal)")
