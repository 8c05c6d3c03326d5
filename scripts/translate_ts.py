#!/usr/bin/env python3
"""Fills unfinished translations of a Qt .ts file from a JSON table {"English source": "译文"}.

Used after `ninja update_translations` (lupdate) adds new strings:
    python3 scripts/translate_ts.py translations/dispatchdesk_zh_CN.ts new-strings.json
Prints the sources that are still unfinished; exits 1 if any remain.
"""
import json
import re
import sys


def unescape(x):
    return (x.replace('&lt;', '<').replace('&gt;', '>').replace('&quot;', '"')
             .replace('&apos;', "'").replace('&amp;', '&'))


def escape(x):
    return x.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def main(ts_path, table_path):
    table = json.load(open(table_path, encoding='utf-8'))
    text = open(ts_path, encoding='utf-8').read()
    missing = []

    def fill(m):
        source = unescape(m.group(1))
        if source not in table:
            missing.append(source)
            return m.group(0)
        return m.group(0).replace('<translation type="unfinished"></translation>',
                                  '<translation>' + escape(table[source]) + '</translation>')

    text = re.sub(r'<source>([^<]*)</source>\s*<translation type="unfinished"></translation>', fill, text)
    open(ts_path, 'w', encoding='utf-8').write(text)
    for source in missing:
        print('unfinished:', source)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1], sys.argv[2]))
