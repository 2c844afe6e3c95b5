# Parses this very file: ast.dump with positions must equal CPython's,
# unparse must print the same source, and compiling the tree must give
# code that runs the same as compiling the text.
import ast
import sys


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 31 + ord(ch)) % 1000000007
    return h


class Sample(object, metaclass=type):
    """A class with a docstring.

    Second paragraph.
    """
    attr: int = 3

    def method(self, a, /, b=2, *args, c, d=4, **kw) -> 'Sample':
        '''Method doc.'''
        total = a + b * (c - d) ** 2
        total //= 3
        values = [x ** 2 for x in range(a) if x % 2 == 0]
        mapping = {k: v for k, v in zip('abc', values)}
        gen = (x for x in self) if False else None
        text = f"{total!r:>{b}} and {values[-1] if values else None}"
        lam = lambda q, *r, s=1: (q, r, s)
        if (n := len(values)) > 2 and not kw or c is None:
            pass
        elif n in (1, 2):
            total = -total
        else:
            total = ~total
        while total > 1000:
            total >>= 1
            if total & 1:
                continue
            break
        else:
            total <<= 1
        try:
            res = mapping['a']
        except (KeyError, IndexError) as exc:
            raise ValueError('bad') from exc
        except Exception:
            raise
        else:
            res += 1
        finally:
            del lam
        with open(__file__) as fh, open(__file__) as fh2:
            first = fh.readline()[:10:2]
        return total, res, text, first, gen, mapping, sys.maxsize > 0

    @property
    def prop(self):
        return self.attr

    @staticmethod
    def gen(x):
        yield x
        yield from x


def matcher(value):
    if value in (0, 1):
        return ('small', value)
    elif isinstance(value, list) and value:
        first, *rest = value
        return ('seq', first, rest)
    return {**{'k': value}, 'x': [*range(2)], 'y': {*'ab'}}


def scopes():
    counter = 0

    def bump():
        nonlocal counter
        counter += 1
        return counter
    global GLOBAL_THING
    GLOBAL_THING = bump() + bump()
    return GLOBAL_THING


with open(__file__, encoding='utf-8') as f:
    source = f.read()
tree = ast.parse(source, __file__)
dumped = ast.dump(tree, include_attributes=True)
print(len(dumped), checksum(dumped))
print(ast.dump(tree.body[-1], include_attributes=True)[:200])
text = ast.unparse(tree)
print(len(text), checksum(text))
print(text[:600])
again = ast.unparse(ast.parse(text))
print(again == text)
if not getattr(sys, '_roundtrip_nested', False):
    sys._roundtrip_nested = True
    print(Sample().method(5, c=1)[:3] if False else matcher([1, 2, 3]), scopes())
    ns = {'__file__': __file__, '__name__': 'nested'}
    code = compile(tree, __file__, 'exec')
    print(code.co_names[:6])
