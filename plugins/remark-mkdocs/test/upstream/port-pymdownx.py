"""Port a pymdown-extensions test module (``util.MdCase`` classes) to data.

    /usr/bin/python3 port-pymdownx.py <test_file.py> <source-prefix> > <extension>.json

Reads the module with ``ast`` (nothing of it is run or copied): every
``self.check_markdown(source, expected[, dedent])`` call whose arguments are string
literals becomes a case ``{name, markdown, expected, extensions, source}``, with the
class's ``extension`` list and ``extension_configs`` (literal values only), dedented
as ``tests/util.py`` does when the call asks. Cases built at run time are listed on
stderr as not ported.
"""

import ast
import json
import sys
import textwrap


def class_literal(cls, name, default):
    for statement in cls.body:
        if isinstance(statement, ast.Assign) and any(getattr(t, 'id', None) == name for t in statement.targets):
            return ast.literal_eval(statement.value)
    return default


def main():
    path, prefix = sys.argv[1], sys.argv[2]
    tree = ast.parse(open(path, encoding='utf-8').read())
    cases = []
    for cls in [node for node in tree.body if isinstance(node, ast.ClassDef)]:
        try:
            names = class_literal(cls, 'extension', [])
            configs = class_literal(cls, 'extension_configs', {})
        except ValueError:
            print(f'not ported (configuration is not a literal): {cls.name}', file=sys.stderr)
            continue
        extensions = {name: configs.get(name) for name in names}
        for method in [node for node in cls.body if isinstance(node, ast.FunctionDef) and node.name.startswith('test')]:
            calls = [node for node in ast.walk(method) if isinstance(node, ast.Call) and getattr(node.func, 'attr', None) == 'check_markdown']
            for index, call in enumerate(calls):
                name = f'{cls.name}.{method.name}' + (f'-{index + 1}' if len(calls) > 1 else '')
                try:
                    markdown = ast.literal_eval(call.args[0])
                    expected = ast.literal_eval(call.args[1])
                    dedent = len(call.args) > 2 and ast.literal_eval(call.args[2])
                except (ValueError, TypeError, SyntaxError, IndexError):
                    print(f'not ported (not a literal): {name}', file=sys.stderr)
                    continue
                if dedent:
                    markdown = textwrap.dedent(markdown)
                    expected = textwrap.dedent(expected).strip('\n')
                cases.append({'name': name, 'markdown': markdown, 'expected': expected, 'extensions': extensions, 'source': f'{prefix}:{name}'})
    return cases


if __name__ == '__main__':
    json.dump(main(), sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write('\n')
