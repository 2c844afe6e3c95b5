#!/usr/bin/env python3.11
"""Generates the differential "fuzz" golden tests of tests/py/strings/:
random str methods, bytes/bytearray methods and slice assignment, and
%-formatting / format() / str.format calls over awkward values.  The
programs are plain Python; their .out files come from python3.11.

Usage: python3.11 scripts/gen_strings_fuzz.py  (rewrites fuzz_*.py; then
regenerate the .out files with python3.11)
"""
import random
import sys

def gen_str(count):
    alpha = ['a','B','c',' ','\t','\n','é','Ö','ß','Σ','σ','ς','Ω','İ','ı','ǅ','ﬁ','𝄞','😀','1','٣','½','_','.',',','\u0301','\u2028','\x00','\x85','\u00a0','\u3000','x','X','-','+','0']
    def rs(n=None):
        n = random.randint(0, 8) if n is None else n
        return ''.join(random.choice(alpha) for _ in range(n))
    meths0 = ['upper','lower','casefold','swapcase','title','capitalize','isalpha','isalnum','isdecimal','isdigit','isnumeric','isspace','islower','isupper','istitle','isidentifier','isprintable','isascii','split','rsplit','splitlines','strip','lstrip','rstrip','expandtabs','__repr__','encode']
    meths1 = ['find','rfind','count','startswith','endswith','split','rsplit','strip','lstrip','rstrip','removeprefix','removesuffix','partition','rpartition','index','rindex','join','__contains__','__add__','__lt__','__eq__']
    lines = ['def t(f):', '    try: print(repr(f()))', '    except Exception as e: print(type(e).__name__, e)']
    for i in range(count):
        s = rs()
        k = random.random()
        if k < 0.3:
            lines.append('t(lambda: %r.%s())' % (s, random.choice(meths0)))
        elif k < 0.7:
            lines.append('t(lambda: %r.%s(%r))' % (s, random.choice(meths1), rs(random.randint(0,2))))
        elif k < 0.8:
            lines.append('t(lambda: %r.replace(%r, %r, %d))' % (s, rs(random.randint(0,2)), rs(2), random.randint(-1,3)))
        elif k < 0.9:
            a, b, c = [random.choice([None, random.randint(-10, 10)]) for _ in range(3)]
            if c == 0: c = None
            lines.append('t(lambda: %r[%s:%s:%s])' % (s, a, b, c))
        else:
            lines.append('t(lambda: %r.%s(%d, %r))' % (s, random.choice(['center','ljust','rjust']), random.randint(0, 12), random.choice(alpha)))
    return '\n'.join(lines) + '\n'


def gen_bytes(count):
    alpha = [b'a',b'B',b' ',b'\t',b'\n',b'\r',b'\xe9',b'\xff',b'\x00',b'1',b'.',b"'",b'"',b'x',b'X',b'-']
    def rs(n=None):
        n = random.randint(0, 8) if n is None else n
        return b''.join(random.choice(alpha) for _ in range(n))
    meths0 = ['upper','lower','swapcase','title','capitalize','isalpha','isalnum','isdigit','isspace','islower','isupper','istitle','isascii','split','rsplit','splitlines','strip','lstrip','rstrip','expandtabs','__repr__','hex','decode']
    meths1 = ['find','rfind','count','startswith','endswith','split','rsplit','strip','lstrip','rstrip','removeprefix','removesuffix','partition','rpartition','index','rindex','join','__contains__','__add__','__lt__','__eq__']
    lines = ['def t(f):', '    try: print(repr(f()))', '    except Exception as e: print(type(e).__name__, e)']
    for i in range(count):
        s = rs()
        ctor = random.choice(['', 'bytearray'])
        S = '%s(%r)' % (ctor, s)
        k = random.random()
        if k < 0.3:
            lines.append('t(lambda: %s.%s())' % (S, random.choice(meths0)))
        elif k < 0.7:
            lines.append('t(lambda: %s.%s(%r))' % (S, random.choice(meths1), rs(random.randint(0,2))))
        elif k < 0.8:
            lines.append('t(lambda: %s.replace(%r, %r, %d))' % (S, rs(random.randint(0,2)), rs(2), random.randint(-1,3)))
        elif k < 0.9:
            a, b, c = [random.choice([None, random.randint(-10, 10)]) for _ in range(3)]
            if c == 0: c = None
            lines.append('t(lambda: %s[%s:%s:%s])' % (S, a, b, c))
            v = rs(random.randint(0, 4))
            lines.append('x = bytearray(%r)\ntry:\n    x[%s:%s:%s] = %r\nexcept Exception as e: print(type(e).__name__, e)\nprint(x)' % (s, a, b, c, v))
            lines.append('x = bytearray(%r)\ndel x[%s:%s:%s]\nprint(x)' % (s, a, b, c))
        else:
            lines.append('t(lambda: %s.%s(%d, %r))' % (S, random.choice(['center','ljust','rjust']), random.randint(0, 12), random.choice(alpha)))
    return '\n'.join(lines) + '\n'


def gen_format(count):
    vals = ['0', '1', '-1', '42', '255', '-7', '2**70', '3.14159', '-0.5', '1e20', '1e-7', '0.0', '-0.0', "float('inf')", "float('nan')", "'abc'", "'é𝄞'", "''", 'True', 'None', '[1]']
    convs = 'diouxXeEfFgGcrsa%'
    lines = ['def t(f):', '    try: print(repr(f()))', '    except Exception as e: print(type(e).__name__, e)']
    for i in range(count):
        fl = ''.join(random.sample('-+ #0', random.randint(0, 2)))
        w = random.choice(['', '1', '5', '12'])
        p = random.choice(['', '.0', '.2', '.5'])
        c = random.choice(convs)
        v = random.choice(vals)
        lines.append('t(lambda: "[%%%s%s%s%s]" %% (%s,))' % (fl, w, p, c, v))
        spec = random.choice(['', '>8', '<6', '^7', '*^9', '+', ' ', '08', ',', '_', '.2f', '.3e', '10.4g', '%', 'x', '#x', 'b', 'o', 'c', 's', '.3', '=+10', 'n', '#o', '0=8'])
        lines.append('t(lambda: format(%s, %r))' % (v, spec))
        lines.append('t(lambda: "{0:%s}|{0!r:>8}".format(%s))' % (spec, v))
    return '\n'.join(lines) + '\n'



if __name__ == "__main__":
    import os
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "py", "strings")
    for name, fn, count in [("str", gen_str, 800), ("bytes", gen_bytes, 600), ("format", gen_format, 600)]:
        random.seed(2024)
        with open(os.path.join(here, "fuzz_%s.py" % name), "w") as f:
            f.write("# Generated by scripts/gen_strings_fuzz.py: random %s cases checked against python3.11.\n" % name)
            f.write(fn(count))
