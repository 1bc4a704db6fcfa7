#!/usr/bin/env python3
"""Prints a page with each line's truth role beside it (article number and part), for checking by eye.

usage: python3 tools/splitdata/view.py PAGE.txt [TRUTH.json] [--width N]
"""
import json
import sys


def roles(truth, count):
    role = ['furniture'] * (count + 1)
    for i, a in enumerate(truth['articles'], start=1):
        for part in ('kicker', 'title', 'subtitle', 'extra'):
            for n in a.get(part, []):
                role[n] = f'{i}:{part}'
        for s, e in a['body']:
            for n in range(s, e + 1):
                role[n] = f'{i}:body'
    return role


def main(argv):
    width = int(argv[argv.index('--width') + 1]) if '--width' in argv else 60
    args = [a for a in argv if not a.startswith('--') and not a.isdigit()]
    page = args[0]
    truth = json.load(open(args[1] if len(args) > 1 else page[:-4] + '.truth.json', encoding='utf-8'))
    lines = open(page, encoding='utf-8').read().split('\n')
    role = roles(truth, len(lines))
    for n, line in enumerate(lines, start=1):
        tag = role[n] if line.strip() else ''
        print(f'{n:4} {tag:12} {line[:width]}')


if __name__ == '__main__':
    main(sys.argv[1:])
