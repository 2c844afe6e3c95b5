import argparse
import sys

sys.stderr = sys.stdout


def run(parser, args, known=False):
    try:
        if known:
            print(parser.parse_known_args(args))
        else:
            print(parser.parse_args(args))
    except SystemExit as e:
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='neg')
p.add_argument('-1', dest='one', action='store_true')
p.add_argument('x', nargs='?')
run(p, ['-1'])
run(p, ['-2'])

q = argparse.ArgumentParser(prog='num')
q.add_argument('n', type=float)
q.add_argument('--off', type=int)
run(q, ['-3.5', '--off', '-2'])

r = argparse.ArgumentParser(prog='plus', prefix_chars='+-')
r.add_argument('+v', action='store_true')
r.add_argument('-q', action='store_true')
run(r, ['+v', '-q'])
r.print_help()

c = argparse.ArgumentParser(prog='resolve', conflict_handler='resolve')
c.add_argument('-f', '--foo', help='old foo')
c.add_argument('--foo', help='new foo')
c.print_help()

i = argparse.ArgumentParser(prog='inter')
i.add_argument('cmd')
i.add_argument('rest', nargs='*')
i.add_argument('--flag', action='store_true')
run(i, ['a', 'b', '--flag', 'c'], known=True)
run(i, ['a', 'b', '--flag', 'c'])

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group()
g.add_argument('--a', action='store_true')
g.add_argument('--b', action='store_true')
m.add_argument('--c')
g2 = m.add_mutually_exclusive_group(required=True)
g2.add_argument('--d', type=int)
g2.add_argument('pos', nargs='?')
m.print_usage()
run(m, ['--d', '1'])
run(m, ['x', '--d', '2'])
run(m, [])

d = argparse.ArgumentParser(prog='defaults', argument_default=argparse.SUPPRESS)
d.add_argument('--x')
d.add_argument('--y', default=3)
run(d, [])
run(d, ['--x', '1'])

e = argparse.ArgumentParser(prog='empty', description='  Some   spaced\n\n text  ')
e.print_help()
e.print_usage()
print(repr(e.format_usage()))
print(e)
t = argparse.ArgumentParser(prog='types')
t.add_argument('--f', type=open)
t.add_argument('--l', type=lambda s: s.split(','))
t.add_argument('--choice', type=int, choices=[1, 2])
run(t, ['--l', 'a,b', '--choice', '2'])
run(t, ['--choice', '3'])
run(t, ['--f', 'argparse_edge.py', '--l', ''])
x = argparse.ArgumentParser(prog='req')
x.add_argument('--must', required=True, help='required option')
x.add_argument('a')
x.add_argument('b', nargs=2)
x.print_help()
run(x, [])
run(x, ['1', '2'])
