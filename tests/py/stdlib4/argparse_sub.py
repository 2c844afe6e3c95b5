import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print(ns)
        return ns
    except SystemExit as e:
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='git')
p.add_argument('--debug', action='store_true')
sub = p.add_subparsers(dest='cmd', help='sub-command help')
c = sub.add_parser('commit', help='record changes')
c.add_argument('-m', '--message', required=True)
c.add_argument('--amend', action='store_true')
a = sub.add_parser('add', help='add files', aliases=['ad'])
a.add_argument('paths', nargs='+')
a.set_defaults(func='add-func')
run(p, ['commit', '-m', 'msg'])
run(p, ['--debug', 'add', 'x', 'y'])
run(p, ['ad', 'z'])
run(p, [])
run(p, ['push'])
run(p, ['commit'])
run(p, ['add', '-h'])
run(p, ['-h'])

q = argparse.ArgumentParser(prog='tool', description='Tool with groups.')
g = q.add_argument_group('input', 'Options controlling input.')
g.add_argument('--in', dest='inp', default='-', help='input file')
g.add_argument('--encoding', default='utf-8')
mx = q.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='emit JSON')
mx.add_argument('--xml', action='store_true', help='emit XML')
rq = q.add_mutually_exclusive_group(required=True)
rq.add_argument('--fast', action='store_true')
rq.add_argument('--slow', action='store_true')
q.add_argument('target', metavar='TARGET', help='what to process, which '
               'is described by a rather long help text that needs to be '
               'wrapped over several lines')
run(q, ['--fast', 't'])
run(q, ['--json', '--xml', '--fast', 't'])
run(q, ['t'])
run(q, ['--slow', '--in', 'f.txt', 't', '--xml'])
q.print_help()

r = argparse.ArgumentParser(prog='r', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
r.add_argument('--size', type=int, default=10, help='the size')
r.add_argument('--flag', action=argparse.BooleanOptionalAction, default=False, help='a flag')
r.add_argument('--ext', action='extend', nargs='+')
r.add_argument('--c', action='append_const', const=1, dest='cs')
run(r, ['--size', '3', '--no-flag', '--ext', 'a', 'b', '--ext', 'c', '--c', '--c'])
run(r, ['--flag'])
r.print_help()

s = argparse.ArgumentParser(prog='s')
sp = s.add_subparsers(title='commands', dest='command', required=True)
sp.add_parser('run')
sp.add_parser('stop')
run(s, [])
run(s, ['run'])
s.print_help()


def positive(v):
    n = int(v)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % v)
    return n


t = argparse.ArgumentParser(prog='t')
t.add_argument('n', type=positive)
t.add_argument('-a', action='store_true')
t.add_argument('-b', action='store_true')
t.add_argument('-c')
run(t, ['-5'])
run(t, ['5', '-abc', 'X'])
run(t, ['5', '-ab', '-cY'])
run(t, ['0'])
try:
    t.add_argument('-a')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
