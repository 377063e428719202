"""Render Markdown documents with Python-Markdown, configured like an MkDocs-Material site.

The reference renderer for the differential test. Reads a JSON array
``[{"id": ..., "markdown": ...}, ...]`` from stdin and writes a JSON object
``{id: html}`` to stdout: one Python process for a whole batch.

``--check`` only imports the extensions and prints their versions (used by
``oracle.ts`` to tell "oracle missing" from "oracle broken").

Run it with Debian's interpreter (``/usr/bin/python3``), which has the
``python3-markdown`` and ``python3-pymdownx`` packages.
"""

import json
import sys

import markdown
import pymdownx

EXTENSIONS = [
    'admonition',
    'pymdownx.details',
    'pymdownx.superfences',
    'md_in_html',
    'attr_list',
    'tables',
    'pymdownx.tabbed',
    'abbr',
]

# Material requires the alternate style: labels first, then one block per tab.
EXTENSION_CONFIGS = {'pymdownx.tabbed': {'alternate_style': True}}


def make_renderer():
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--check':
        make_renderer()
        json.dump({'markdown': markdown.__version__, 'pymdownx': pymdownx.__version__,
                   'extensions': EXTENSIONS}, sys.stdout)
        return
    docs = json.load(sys.stdin)
    renderer = make_renderer()
    out = {}
    for doc in docs:
        try:
            out[doc['id']] = renderer.convert(doc['markdown'])
        except Exception as error:  # the reference itself crashed on this input
            out[doc['id']] = '<p>oracle crashed: %s</p>' % type(error).__name__
            renderer = make_renderer()
        renderer.reset()
        # abbr (3.4) registers one inline pattern per term and reset() keeps them.
        for name in [item.name for item in renderer.inlinePatterns._priority if item.name.startswith('abbr-')]:
            renderer.inlinePatterns.deregister(name)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
