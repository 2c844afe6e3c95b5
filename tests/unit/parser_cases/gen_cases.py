#!/usr/bin/env python3.11
"""Regenerate cases.txt (read by tests/unit/test_parser.c) from the
snippets in snippets.py, using python3.11 itself as the oracle.

Each case is three lines:
    S <source, escaped>
    M dump | attrs | indent | error | eval | single | evalerror
    E <expected text, escaped>
Escapes: \\n newline, \\t tab, \\r CR, \\\\ backslash.  For `error` the
expected text is  Type|msg|lineno|offset .

Run:  python3.11 tests/unit/parser_cases/gen_cases.py
"""
import ast
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import snippets  # noqa: E402


def esc(s):
    return (s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')
             .replace('\r', '\\r'))


def main():
    out = []
    for mode, items in (('dump', snippets.DUMP), ('attrs', snippets.ATTRS),
                        ('attrs', snippets.MORE_VALID),
                        ('indent', snippets.INDENT), ('eval', snippets.EVAL),
                        ('single', snippets.SINGLE), ('dump', snippets.MATCH),
                        ('attrs', snippets.MATCH),
                        ('error', snippets.ERRORS + snippets.ERRORS_MORE),
                        ('evalerror', snippets.EVAL_ERRORS)):
        for src in items:
            if mode in ('error', 'evalerror'):
                try:
                    compile(src.encode(), '<case>', 'eval' if mode == 'evalerror' else 'exec',
                            ast.PyCF_ONLY_AST)
                except SyntaxError as e:
                    exp = '%s|%s|%s|%s' % (type(e).__name__, e.msg, e.lineno, e.offset)
                else:
                    raise SystemExit('no error for %r' % src)
            elif mode in ('eval', 'single'):
                exp = ast.dump(ast.parse(src.encode(), mode=mode))
            else:
                tree = ast.parse(src.encode())
                if mode == 'attrs':
                    exp = ast.dump(tree, include_attributes=True)
                elif mode == 'indent':
                    exp = ast.dump(tree, indent=2)
                else:
                    exp = ast.dump(tree)
            out.append('S ' + esc(src))
            out.append('M ' + mode)
            out.append('E ' + esc(exp))
    with open(os.path.join(HERE, 'cases.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(out) + '\n')
    print(len(out) // 3, 'cases')


if __name__ == '__main__':
    main()
