"""Writes plugins/remark-mkdocs/lib/fence/pygments-lexers.ts from the installed Pygments (Debian's 2.14.0).

Run with /usr/bin/python3 from the repository root.
"""
import collections
import json

import pygments
from pygments.lexers import get_all_lexers, get_lexer_by_name

TARGET = 'plugins/remark-mkdocs/lib/fence/pygments-lexers.ts'


def quote(text):
    return "'%s'" % text.replace('\\', '\\\\').replace("'", "\\'")


aliases = sorted({alias.lower() for lexer in get_all_lexers() for alias in lexer[1]})
by_name = collections.defaultdict(list)
for alias in aliases:
    by_name[get_lexer_by_name(alias).name].append(alias)
rows = ['  [%s, [%s]],' % (quote(name), ', '.join(quote(alias) for alias in names)) for name, names in sorted(by_name.items(), key=lambda item: item[0].lower())]

HEAD = '''/**
 * The lexers of Pygments %s (BSD-2-Clause), each as its name and the
 * names a fence may call it by (every alias of `get_all_lexers()`,
 * lower-cased, grouped by the name of the lexer `get_lexer_by_name` gives for
 * it). pymdownx.highlight renders a fence whose language is none of them with
 * Pygments' `text` lexer ("Text only"): no tokens at all, so each line is one
 * text node (`language-text`); its `auto_title` titles a block by the lexer's
 * name. Regenerate with Debian's Pygments: `/usr/bin/python3 scripts/data/pygments-lexers.py`.
 */
const LEXERS: ReadonlyArray<readonly [name: string, aliases: readonly string[]]> = [
''' % pygments.__version__

TAIL = '''];

/** Every name a fence may give Pygments for a lexer (lower-cased). */
export const PYGMENTS_LEXERS: ReadonlySet<string> = new Set(LEXERS.flatMap(([, aliases]) => aliases));

const NAMES: ReadonlyMap<string, string> = new Map(LEXERS.flatMap(([name, aliases]) => aliases.map((alias) => [alias, name] as const)));

/** The name of the lexer Pygments reads `language` with (any case); the text lexer's for an unknown language or none. */
export function pygmentsLexerName(language: string | undefined): string {
  return (language === undefined ? undefined : NAMES.get(language.toLowerCase())) ?? 'Text only';
}
'''

with open(TARGET, 'w', encoding='utf-8') as out:
    out.write(HEAD + '\n'.join(rows) + '\n' + TAIL)
