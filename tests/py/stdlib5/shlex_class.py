import shlex
for posix in (False, True):
    for s in ['a b=c "d e" f\'g h\' # comment\nnext', 'x+y*(z-1)', "its \"q\\\"x\" w\\ v", 'a;b&&c|d']:
        lx = shlex.shlex(s, posix=posix)
        print(posix, list(lx))
        lx = shlex.shlex(s, posix=posix)
        lx.whitespace_split = True
        print(posix, list(lx))
lx = shlex.shlex('one two three')
print(lx.get_token(), lx.get_token()); lx.push_token('back'); print(lx.get_token(), lx.get_token(), repr(lx.get_token()))
lx = shlex.shlex('a "unterminated', posix=True)
try:
    list(lx)
except ValueError as e:
    print('ValueError', e)
lx = shlex.shlex('k1=v1, k2=v2', posix=True); lx.whitespace = ', '; lx.wordchars += '='; print(list(lx))
