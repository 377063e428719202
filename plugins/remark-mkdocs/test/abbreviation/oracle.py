"""Python-Markdown with the `abbr` extension, for the abbreviation tests.

Same protocol and configuration as ``../oracle/render.py`` (JSON array of
``{"id", "markdown"}`` on stdin, ``{id: html}`` on stdout), plus ``abbr`` when
render.py does not load it yet. Run with ``/usr/bin/python3``.
"""

import json
import os
import signal
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'oracle'))

import markdown  # noqa: E402
import render  # noqa: E402

EXTENSIONS = render.EXTENSIONS + ([] if 'abbr' in render.EXTENSIONS else ['abbr'])


def make_renderer():
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=render.EXTENSION_CONFIGS)


class Timeout(Exception):
    pass


def on_timeout(signum, frame):
    raise Timeout()


def main():
    if len(sys.argv) > 1 and sys.argv[1] == '--check':
        make_renderer()
        json.dump({'markdown': markdown.__version__, 'extensions': EXTENSIONS}, sys.stdout)
        return
    docs = json.load(sys.stdin)
    out = {}
    signal.signal(signal.SIGALRM, on_timeout)
    for doc in docs:
        # A fresh renderer per document: abbreviations registered by one
        # document must not leak into the next (3.4's reset() keeps them).
        # 3.4 loops forever on an empty term (`*[]: x`): give up after 3 s.
        signal.alarm(3)
        try:
            out[doc['id']] = make_renderer().convert(doc['markdown'])
        except Exception as error:  # the reference itself crashed on this input
            out[doc['id']] = '<p>oracle crashed: %s</p>' % type(error).__name__
        finally:
            signal.alarm(0)
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == '__main__':
    main()
