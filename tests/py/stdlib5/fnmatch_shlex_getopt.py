import fnmatch, shlex, getopt
names = ['a.txt', 'b.py', 'c.TXT', '.hidden', 'data1.csv', 'data22.csv', 'x[1].txt', 'ab', 'a-b']
for pat in ['*.txt', '*.py', 'data?.csv', 'data*.csv', '[ab]*', '[!a]*', '*', '?', 'x[[]1].txt', '[a-c].*', 'a[-]b', '*a*.*', '[]', '[!]']:
    print(pat, fnmatch.filter(names, pat), [fnmatch.fnmatchcase(n, pat) for n in names[:3]])
print(fnmatch.fnmatch('FOO.TXT', '*.TXT'), fnmatch.fnmatchcase('foo.txt', '*.TXT'))
for pat in ['*.txt', 'a?c', '[!x]y', 'abc', '[a-z]', 'a*', 'x[', 'a.b+c']:
    print(pat, fnmatch.translate(pat))
print(fnmatch.fnmatchcase(b'abc.py', b'*.py'))
for s in ['a b c', "one 'two three' four", 'say "hi \\"there\\"" now', 'esc\\ aped x', '  lead  trail  ',
          'a#b # comment', 'x "y z"w\'q\'', '', "'$HOME' \"$HOME\"", 'a\\\\b']:
    print(repr(s), shlex.split(s), shlex.split(s, comments=True))
print(shlex.split("a 'b c' d", posix=False))
for bad in ['"abc', "'abc", 'abc\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError', e)
for s in ['', 'simple', 'has space', "it's", 'a$b', 'x/y.z-w', 'tab\t']:
    print(shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "o'neil"]))
print(getopt.getopt(['-a', '-b', 'val', '-cfoo', '--long', '--opt=1', 'rest', '-z'], 'ab:c:', ['long', 'opt=']))
print(getopt.gnu_getopt(['x', '-a', 'y', '--opt', '2', '--', '-b'], 'ab', ['opt=']))
print(getopt.getopt(['--lo', 'a'], '', ['long']))
for args, s, l in [(['-x'], 'a', []), (['-b'], 'b:', []), (['--foo'], '', ['bar']), (['--opt'], '', ['opt=']),
                   (['--long=3'], '', ['long']), (['--ab'], '', ['abc', 'abd'])]:
    try:
        getopt.getopt(args, s, l)
    except getopt.GetoptError as e:
        print('GetoptError', e, repr(e.opt), e.msg)
