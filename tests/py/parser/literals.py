# Literal decoding through the whole pipeline: numbers, strings, bytes,
# escapes, implicit concatenation and f-strings.
print(0, 00, 1_000_000, 0x1F, 0XdeadBEEF, 0o17, 0O7_7, 0b101, 0B1_1)
print(123456789012345678901234567890, 0xFFFF_FFFF_FFFF_FFFF_FFFF)
print(1.5, 1., .5, 1e10, 1E-5, 1_0.2_5e1_0, 1.7976931348623157e+308, 1e400, 5e-324)
print(3j, 1.5J, 0j, 1e3j, 1_0j, 2+3j, -4.5j)
print(1if True else 2, [0x1for x in 'ab'] if False else 'ok')
print(1 .real, 1.0.real, 1j.imag, (1).bit_length())
print('a', "b", '''c
d''', """e""")
print(repr('\n\t\\\'\"'), repr('\x41\u00e9\U0001F600'), repr('\101\0\7'))
print(repr('\q'), repr('a\
b'), repr(r'\n'), repr(R'\x'), repr(r'a\'b'))
print(repr(b'ab'), repr(rb'\x'), repr(BR'a'), repr(b'\xff\n'), repr(b'\777'))
print(repr(u'x'), repr(U'y'), repr('é€😀'), repr('\N{BULLET}\N{EM DASH}'))
print(repr('\N{GREEK SMALL LETTER ALPHA}\N{LATIN CAPITAL LETTER Q}\N{DIGIT SEVEN}'))
print('a' 'b', 'a' "b" '''c''', b'a' b'b', 'x' \
      'y')
x, y, w, p = 3.14159, 'hi', 10, 3
print(f'a', f'', f'{x}', f'{y!r}', f'{y!s:>10}|', f'{x:{w}.{p}}|')
print(f'{x=}', f'{x = }', f'{x=:>8.2f}', f'{y=!s}', f'{y=!a}')
print(f'{{}}{x}', f'a{y}c{w}e', 'a' f'{y}' 'c', f'{x:}', f'{y!r:}')
print(f'{"s"}', f"{'s'}", f'{ {1: 2}[1] }', f'{x,y}', f'{[1, 2][0]}')
d = {'k': 'v'}
print(f'{d["k"]}', f"{d['k']!r}", f'{x if w else y}', f'{(lambda: 5)()}')
print(f'{w!r:^{w}}|', f'{3.14:.2f}', f'{w:#x}', f'{w:08b}', f'{1e6:,.1f}')
print(rf'\n{y}', fR'{y}\d', f'\n{y}\t'.split(), f'''{
y
}''', f'{y}' f'{w}')
print(f'a\{y}', f'{y:\n}' if False else 'skip', f'\N{BULLET} {y}')
print(f'{w}' '{not a field}' f'{{literal}}')
print(f'{(x := 7)}', x, f'{x!r:>{w}}')
print(f'{3!r:>{w}}|{"-" * 3}|{y * 2}')
