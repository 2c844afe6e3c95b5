import argparse
import sys

sys.stderr = sys.stdout

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--config', help='config file path')

p = argparse.ArgumentParser(
    prog='longprogramname',
    parents=[parent],
    description='This program does many things. %(prog)s is very long '
                'and its description wraps across more than one line of '
                'the help output, which is 78 columns wide.',
    epilog='See the manual for details.',
    formatter_class=argparse.RawDescriptionHelpFormatter)
p.add_argument('inputs', metavar='FILE', nargs='+', help='input files')
p.add_argument('--output', '-o', metavar='PATH', help='write output to PATH '
               'instead of the standard output stream (default: stdout)')
p.add_argument('--level', type=int, choices=range(1, 4), default=2,
               help='level in %(choices)s, default %(default)s')
p.add_argument('--secret', help=argparse.SUPPRESS)
p.add_argument('--an-extremely-long-option-name-that-overflows', action='store_true',
               help='short help')
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*', metavar='M')
p.add_argument('--three', nargs=3)
p.print_help()
print(p.parse_args(['a', 'b', '--opt', '--level', '3']))
print(p.parse_args(['a', '--opt', 'v', '--many', '--config', 'c.ini']))
print(p.parse_args(['a', '--many', 'x', 'y', '--three', '1', '2', '3']))
try:
    p.parse_args(['a', '--level', '7'])
except SystemExit as e:
    print('exit', e.code)
try:
    p.parse_args(['a', '--three', '1'])
except SystemExit as e:
    print('exit', e.code)

r = argparse.ArgumentParser(prog='raw', usage='%(prog)s [options] things',
                            formatter_class=argparse.RawTextHelpFormatter)
r.add_argument('--x', help='line one\n  line two indented')
r.print_help()
try:
    r.parse_args(['--y'])
except SystemExit as e:
    print('exit', e.code)

n = argparse.ArgumentParser(prog='noexit', exit_on_error=False)
n.add_argument('--num', type=int)
try:
    n.parse_args(['--num', 'abc'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

m = argparse.ArgumentParser(prog='manyopts')
for i in range(12):
    m.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
m.add_argument('positional_one')
m.add_argument('positional_two')
m.print_usage()

s = argparse.ArgumentParser(prog='sub')
s.add_argument('-v', action='store_true')
subs = s.add_subparsers(title='actions', description='valid actions',
                        help='additional help', metavar='ACTION')
x = subs.add_parser('build', help='build it')
x.add_argument('--jobs', '-j', type=int, default=1)
subs.add_parser('clean', help='clean up', aliases=['c'])
s.print_help()
x.print_help()
print(s.parse_args(['-v', 'build', '-j', '4']))
print(s.parse_args(['c']))
try:
    s.parse_args(['build', '--bogus'])
except SystemExit as e:
    print('exit', e.code)
try:
    s.parse_args(['--vv'])
except SystemExit as e:
    print('exit', e.code)
a = argparse.ArgumentParser(prog='abbr')
a.add_argument('--foo')
a.add_argument('--foobar')
try:
    a.parse_args(['--fo', '1'])
except SystemExit as e:
    print('exit', e.code)
print(a.parse_args(['--foob', '2']))
print(a.parse_known_args(['--foo=1', 'extra', '--unknown=3']))
