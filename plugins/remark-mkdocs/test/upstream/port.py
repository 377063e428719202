"""Port an upstream Python-Markdown / pymdown-extensions test file to data.

    /usr/bin/python3 port.py <test_file.py> <source-prefix> [--extensions '{"md_in_html": null}'] > <extension>.json

Reads the test module with ``ast`` (nothing of it is run or copied): every
``self.assertMarkdownRenders(source, expected, **kwargs)`` call whose source is a
string literal or ``self.dedent(<literal>)`` becomes a case ``{name, markdown,
expected, extensions, source}`` (``expected``: the HTML the upstream test expects,
which is what the current upstream release renders). The case's extensions are the call's ``extensions`` /
``extension_configs`` keywords, else the class's ``default_kwargs``, else
``--extensions``. Only literal values are read; cases built at run time are
listed on stderr as not ported.
"""

import ast
import json
import sys
import textwrap


def literal(node):
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == 'dedent':
        return textwrap.dedent(literal(node.args[0])).strip()
    return ast.literal_eval(node)


def kwargs_of(keywords):
    out = {}
    for keyword in keywords:
        if keyword.arg in ('extensions', 'extension_configs'):
            out[keyword.arg] = ast.literal_eval(keyword.value)
    return out


def extensions_from(kwargs, fallback):
    if 'extensions' not in kwargs:
        return fallback
    configs = kwargs.get('extension_configs', {})
    return {name: configs.get(name) for name in kwargs['extensions'] if isinstance(name, str)}


def main():
    path, prefix = sys.argv[1], sys.argv[2]
    fallback = json.loads(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == '--extensions' else {}
    tree = ast.parse(open(path, encoding='utf-8').read())
    cases = []
    for cls in [node for node in tree.body if isinstance(node, ast.ClassDef)]:
        class_kwargs = {}
        for statement in cls.body:
            if isinstance(statement, ast.Assign) and any(getattr(t, 'id', None) == 'default_kwargs' for t in statement.targets):
                try:
                    value = ast.literal_eval(statement.value)
                    class_kwargs = {k: v for k, v in value.items() if k in ('extensions', 'extension_configs')}
                except ValueError:
                    pass
        class_extensions = extensions_from(class_kwargs, fallback)
        for method in [node for node in cls.body if isinstance(node, ast.FunctionDef) and node.name.startswith('test')]:
            calls = [node for node in ast.walk(method) if isinstance(node, ast.Call) and getattr(node.func, 'attr', None) == 'assertMarkdownRenders']
            for index, call in enumerate(calls):
                name = f'{cls.name}.{method.name}' + (f'-{index + 1}' if len(calls) > 1 else '')
                try:
                    markdown = literal(call.args[0])
                    expected = literal(call.args[1])
                    extensions = extensions_from(kwargs_of(call.keywords), class_extensions)
                except (ValueError, TypeError, SyntaxError, IndexError):
                    print(f'not ported (not a literal): {name}', file=sys.stderr)
                    continue
                cases.append({'name': name, 'markdown': markdown, 'expected': expected, 'extensions': extensions, 'source': f'{prefix}:{name}'})
    json.dump(cases, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')


main()
