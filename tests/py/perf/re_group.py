# Match.group/__getitem__ fast paths and Pattern.match/search defaults.
import re
p = re.compile(r'(?P<w>\w+)\s(\d+)?(x)?')
m = p.match("hello 123")
print(m.group(), m.group(0), m.group(1), m.group(2), m.group(3), m[0], m[1], m[3])
print(m.group(1, 2, 3), m.group('w'), m['w'], m.group(True), m[False], m.group(0, 'w'))
for bad in (4, -1, 'nope', 1.0, None):
    try:
        print(m.group(bad))
    except IndexError as e:
        print('IndexError', e)
    try:
        print(m[bad])
    except IndexError as e:
        print('IndexError', e)
class I:
    def __index__(self): return 2
print(m.group(I()), m[I()])
print(p.match("hello world"), p.search("  abc 1"), p.match("a 1", 2), p.match("ab 12", 0, 4))
print(p.search("xx ab 12", pos=3).span(), p.match("ab 12", endpos=3).group(0))
bp = re.compile(rb'(\w)(\d)')
print(bp.match(b"a1").group(1, 2), bp.match(bytearray(b"b2"))[2], bp.search(memoryview(b"--c3")).group())
class S(str): pass
print(p.match(S("sub 9")).group(2), type(p.match(S("sub 9")).string).__name__)
try:
    bp.match("str")
except TypeError as e:
    print('TypeError', e)
print([mm.group(1) for mm in re.finditer(r'(\d+)', "a1b22c333")], re.match(r'(a)|(b)', 'b').group(1, 2))
