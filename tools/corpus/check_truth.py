#!/usr/bin/env python3
"""Prints what a truth file says each article is, and checks it against its page.

usage: python3 tools/corpus/check_truth.py PAGE.txt [TRUTH.json] [--quiet]
Checks: line numbers exist and are not blank where a headline/extra line is expected, no line belongs to two
articles, and lists the non-blank lines in no article (they must be page furniture). Exit 1 on an error.
"""
import json
import re
import sys

WS = re.compile(r'\s+')


def main(argv):
    quiet = '--quiet' in argv
    args = [a for a in argv if not a.startswith('--')]
    page = args[0]
    truth_path = args[1] if len(args) > 1 else page[:-4] + '.truth.json'
    lines = open(page, encoding='utf-8').read().split('\n')
    truth = json.load(open(truth_path, encoding='utf-8'))
    owner = {}
    errors = []

    def take(n, i, part):
        if not 1 <= n <= len(lines):
            errors.append(f'article {i + 1}: {part} line {n} out of range')
            return ''
        if not lines[n - 1].strip():
            if part != 'body':
                errors.append(f'article {i + 1}: {part} line {n} is blank')
            return ''
        if n in owner:
            errors.append(f'line {n} in article {owner[n][0] + 1} ({owner[n][1]}) and article {i + 1} ({part})')
        owner[n] = (i, part)
        return WS.sub('', lines[n - 1])

    for i, a in enumerate(truth['articles']):
        head = {p: ''.join(take(n, i, p) for n in a.get(p, [])) for p in ('kicker', 'title', 'subtitle')}
        body = ''.join(take(n, i, 'body') for s, e in a['body'] for n in range(s, e + 1))
        extra = [take(n, i, 'extra') for n in a.get('extra', [])]
        if not body:
            errors.append(f'article {i + 1}: empty body')
        if not quiet:
            print(f"--- {i + 1} [{a['kind']}] authors={a.get('authors')}")
            for p, v in head.items():
                if v:
                    print(f'  {p}: {v}')
            print(f'  body({len(body)}): {body[:40]} … {body[-30:]}')
            for x in extra:
                print(f'  extra: {x}')
        missing = [n for n in a.get('authors', []) if WS.sub('', n).lower() not in (body + ''.join(extra)).lower()]
        if missing:
            errors.append(f'article {i + 1}: authors not printed in its body or extra lines: {missing}')
    rest = [(n, l.strip()) for n, l in enumerate(lines, start=1) if l.strip() and n not in owner]
    if not quiet:
        for n, l in rest:
            print(f'  furniture {n}: {l}')
    for e in errors:
        print('ERROR', e)
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
