"""Render Markdown documents with Python-Markdown, configured like an MkDocs-Material site.

The reference renderer for the differential test. Reads a JSON array
``[{"id": ..., "markdown": ...}, ...]`` from stdin and writes a JSON object
``{id: html}`` to stdout: one Python process for a whole batch.

A document may carry ``"extensions": {name: options-or-null, ...}``: it is then
rendered with exactly those extensions (the workshop's ``markdown_extensions``,
as the remark plugin's ``markdownExtensions`` option gets them) instead of the
default set below. Options that name Python objects (``!!python/name:...``
in ``mkdocs.yml``) are given as ``{"!!python/name": "module.attr"}`` and
imported here.

``--check`` only imports the extensions and prints their versions (used by
``oracle.ts`` to tell "oracle missing" from "oracle broken").

Run it with Debian's interpreter (``/usr/bin/python3``), which has the
``python3-markdown`` and ``python3-pymdownx`` packages.
"""

import importlib
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


def make_renderer(extensions=None):
    if extensions is None:
        return markdown.Markdown(extensions=EXTENSIONS, extension_configs=EXTENSION_CONFIGS)
    names = list(extensions.keys())
    configs = {name: python_values(options) for name, options in extensions.items() if options}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def python_values(value):
    """``{"!!python/name": "pkg.mod.attr"}`` → the object, recursively."""
    if isinstance(value, dict):
        if set(value.keys()) == {'!!python/name'}:
            module_name, _, attr = value['!!python/name'].rpartition('.')
            return getattr(importlib.import_module(module_name), attr)
        return {key: python_values(item) for key, item in value.items()}
    if isinstance(value, list):
        return [python_values(item) for item in value]
    return value


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
        # A fresh renderer per document when it names its extensions (their
        # state, e.g. footnotes or snippets, must not leak); one shared otherwise.
        extensions = doc.get('extensions')
        if extensions is not None:
            try:
                out[doc['id']] = make_renderer(extensions).convert(doc['markdown'])
            except Exception as error:
                out[doc['id']] = '<p>oracle crashed: %s: %s</p>' % (type(error).__name__, error)
            continue
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
