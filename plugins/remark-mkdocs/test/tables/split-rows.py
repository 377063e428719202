"""Python-Markdown's own row splitting and table test, for grammar.test.ts.

Reads a JSON object ``{"rows": [row, ...], "blocks": [block, ...]}`` from
stdin; writes ``{"rows": [[cells without border, cells with border], ...],
"blocks": [null or {"border": bool, "align": [...]}, ...]}``: each row split
by ``TableProcessor._split_row`` (after ``strip(' ')``, as its callers do),
each block tested by ``TableProcessor.test`` and, for a table, its alignment
read as ``run`` reads it.
"""

import json
import sys

import markdown

processor = markdown.Markdown(extensions=['tables']).parser.blockprocessors['table']
request = json.load(sys.stdin)
rows = []
for row in request['rows']:
    split = []
    for border in (False, True):
        processor.border = border
        split.append(processor._split_row(row.strip(' ')))
    rows.append(split)
blocks = []
for block in request['blocks']:
    if not processor.test(None, block):
        blocks.append(None)
        continue
    align = []
    for cell in processor.separator:
        cell = cell.strip(' ')
        align.append('center' if cell.startswith(':') and cell.endswith(':') else 'left' if cell.startswith(':') else 'right' if cell.endswith(':') else None)
    blocks.append({'border': bool(processor.border), 'align': align})
json.dump({'rows': rows, 'blocks': blocks}, sys.stdout)
