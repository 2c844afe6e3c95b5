import io
import sys
from optparse import (OptionParser, Option, OptionGroup, make_option,
                      OptionError, OptionValueError, BadOptionError,
                      SUPPRESS_HELP, SUPPRESS_USAGE, Values,
                      TitledHelpFormatter, IndentedHelpFormatter)


def run(parser, args):
    """parse_args, capturing stdout/stderr and SystemExit"""
    out, err = io.StringIO(), io.StringIO()
    so, se = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            opts, rest = parser.parse_args(args)
            res = (sorted(vars(opts).items()), rest)
        except SystemExit as e:
            res = ('exit', e.code)
    finally:
        sys.stdout, sys.stderr = so, se
    print(res)
    if out.getvalue():
        print('--stdout--')
        print(out.getvalue(), end='')
    if err.getvalue():
        print('--stderr--')
        print(err.getvalue(), end='')


seen = []


def cb(option, opt_str, value, parser, *args, **kw):
    seen.append((str(option), opt_str, value, args, kw))
    parser.values.cb_hits = getattr(parser.values, 'cb_hits', 0) + 1


p = OptionParser(prog='tool', usage='%prog [options] FILE...',
                 description='A tool that does things with files. '
                             'This description is long enough that it '
                             'has to be wrapped over several lines by textwrap.',
                 epilog='See the manual for more.')
p.add_option('-f', '--file', dest='filename', metavar='FILE',
             help='write report to FILE')
p.add_option('-q', '--quiet', action='store_false', dest='verbose',
             default=True, help="don't print status messages to stdout")
p.add_option('-v', action='count', dest='level', help='more noise')
p.add_option('-n', '--num', type='int', default=3,
             help='number of things [default: %default]')
p.add_option('--ratio', type='float', help='a ratio')
p.add_option('-I', '--include', action='append', default=[],
             help='add a directory to the include path; may be repeated as '
                  'often as you like, each one is searched in order')
p.add_option('--mode', type='choice', choices=['fast', 'slow', 'auto'],
             default='auto', help='mode (one of fast, slow, auto)')
p.add_option('-x', action='store_true', dest='ex')
p.add_option('--call', action='callback', callback=cb, type='string',
             callback_args=(1,), callback_kwargs={'k': 2}, help='callback')
p.add_option('--flag-cb', action='callback', callback=cb)
p.add_option('--secret', help=SUPPRESS_HELP)
p.add_option('--a-really-long-option-name', dest='long', metavar='VALUE',
             help='this one is too wide for the help column')
p.add_option('--const', action='store_const', const=42)
p.add_option('--pair', nargs=2, type='int')
g = OptionGroup(p, 'Dangerous Options',
                'Caution: use these options at your own risk.')
g.add_option('-g', action='store_true', help='Group option.')
p.add_option_group(g)

run(p, [])
run(p, ['-f', 'out.txt', '-q', '-vvv', 'a', 'b', '--num=7', '--ratio', '2.5'])
run(p, ['-fout.txt', '-xvq', '-n', '0x1f', '-I', 'x', '-Iy', '--include=z'])
run(p, ['--mode', 'fast', '--call', 'hello', '--flag-cb', '--', '-x', 'rest'])
run(p, ['--fi', 'abbr.txt', '--rat=1e3', '-n', '017', '-n', '0b101'])
run(p, ['--const', '--pair', '3', '4', '-g'])
print(seen)

run(p, ['--help'])
run(p, ['-h'])
run(p, ['--bogus'])
run(p, ['-z'])
run(p, ['-n', 'abc'])
run(p, ['--ratio', 'x'])
run(p, ['--mode', 'medium'])
run(p, ['--num'])
run(p, ['--pair', '1'])
run(p, ['-x=1'])
run(p, ['-q', '--quiet=1'])
run(p, ['--r', '1'])
p.add_option('--rate', type='float')
run(p, ['--ra', '1'])

p.disable_interspersed_args()
run(p, ['a', '-x', 'b'])
p.enable_interspersed_args()
run(p, ['a', '-x', 'b'])

q = OptionParser(version='%prog 1.2', prog='vers')
run(q, ['--version'])
run(q, ['--help'])
q2 = OptionParser(usage=SUPPRESS_USAGE, add_help_option=False, prog='x')
q2.add_option('--a')
run(q2, ['--b'])
run(q2, ['--a', '1', 'z'])
print(repr(q2.format_help()))
q3 = OptionParser(usage='Usage: custom stuff', prog='c')
print(repr(q3.get_usage()))

t = OptionParser(prog='tt', formatter=TitledHelpFormatter())
t.add_option('-o', '--output', metavar='OUT', help='output file')
tg = t.add_option_group('Extra')
tg.add_option('--extra', action='store_true', help='extra stuff')
print(t.format_help())
narrow = OptionParser(prog='nn', formatter=IndentedHelpFormatter(width=40))
narrow.add_option('-o', '--output', metavar='OUT',
                  help='output file name, which will be overwritten if exists')
print(narrow.format_help())

# option construction errors
for args, kw in [((), {}), (('x',), {}), (('-',), {}), (('--',), {}),
                 (('-xy',), {}), (('---x',), {}), (('-x',), {'bogus': 1, 'zz': 2}),
                 (('-x',), {'action': 'frob'}), (('-x',), {'type': 'frob'}),
                 (('-x',), {'action': 'store_true', 'type': 'int'}),
                 (('-x',), {'type': 'choice'}), (('-x',), {'choices': 'abc', 'type': 'choice'}),
                 (('-x',), {'choices': ['a'], 'type': 'int'}),
                 (('-x',), {'const': 1}), (('-x',), {'action': 'count', 'nargs': 2}),
                 (('-x',), {'action': 'callback', 'callback': 5}),
                 (('-x',), {'action': 'callback', 'callback': cb, 'callback_args': [1]}),
                 (('-x',), {'action': 'callback', 'callback': cb, 'callback_kwargs': 1}),
                 (('-x',), {'callback': cb}),
                 (('-x',), {'type': int}), (('-x',), {'type': str}),
                 (('--long-name',), {}), (('-y', '--yes-please'), {'action': 'store_true'})]:
    try:
        o = Option(*args, **kw)
        print('ok', o, o.type, o.dest, o.action, o.nargs)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, str(e).replace(repr(cb), '<cb>'))

try:
    p.add_option('-f')
except OptionError as e:
    print(type(e).__name__, e)
r = OptionParser(conflict_handler='resolve', prog='r')
r.add_option('-a', '--aaa', help='first')
r.add_option('-a', help='second')
print(r.format_option_help())
r.remove_option('--aaa')
print(r.has_option('-a'), r.has_option('--aaa'))
try:
    r.remove_option('--zzz')
except ValueError as e:
    print('ValueError', e)
try:
    OptionParser(conflict_handler='x')
except ValueError as e:
    print('ValueError', e)
print(p.get_option('-f'), p.get_option('--nope'), p.get_option_group('-g').title)
print(p.get_option_group('-f'))

v = Values({'a': 1})
print(v, v == {'a': 1}, v == Values({'a': 1}), v.ensure_value('b', []), v)
d = OptionParser(prog='d')
d.add_option('-n', type='int', default='12')
d.set_defaults(extra='yes')
o, a = d.parse_args([])
print(o, a, repr(o).startswith('<Values at 0x'))
d.set_default('n', '0x10')
print(d.parse_args([])[0].n)
print(make_option is Option)
