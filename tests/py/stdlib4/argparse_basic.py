import argparse
import sys


def run(parser, args):
    try:
        ns = parser.parse_args(args)
        print(ns)
        return ns
    except SystemExit as e:
        print('SystemExit', e.code)


p = argparse.ArgumentParser(prog='prog', description='A test program.',
                            epilog='That is all.')
p.add_argument('src', help='source file')
p.add_argument('dst', nargs='?', default='out.txt', help='destination')
p.add_argument('-n', '--count', type=int, default=1, help='how many times')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', action='store_true', help='quiet')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast',
               help='mode (default: %(default)s)')
p.add_argument('-I', '--include', action='append', metavar='DIR',
               help='add a directory to the search path')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--pair', nargs=2, type=float, metavar=('X', 'Y'))
p.add_argument('--version', action='version', version='%(prog)s 1.0')

run(p, ['a'])
run(p, ['a', 'b', '-n', '3', '-vvv', '-q', '--no-color'])
run(p, ['--mode=slow', 'a', '-I', 'x', '--include', 'y', '-Iz'])
run(p, ['a', '--const', '--pair', '1', '2.5', '-n5'])
run(p, ['a', '--count=7', '--', '-b'])
run(p, ['a', '--cou', '2'])
run(p, [])
run(p, ['a', '-n', 'x'])
run(p, ['a', '--mode', 'medium'])
run(p, ['a', 'b', 'c'])
run(p, ['a', '--pair', '1'])
run(p, ['a', '-n'])
run(p, ['--version'])
run(p, ['-h'])
print(p.format_usage(), end='')

p2 = argparse.ArgumentParser(prog='p2')
p2.add_argument('files', nargs='*')
p2.add_argument('--nums', nargs='+', type=int)
p2.add_argument('-x', type=int, required=True)
run(p2, ['-x', '1'])
run(p2, ['a', 'b', '-x', '2', '--nums', '1', '2', '3'])
run(p2, ['a'])
run(p2, ['-x', '-5'])
ns, rest = p2.parse_known_args(['-x', '1', '--other', 'f'])
print(ns, rest)
p2.print_help()

ns = argparse.Namespace(a=1, b='x')
print(ns, ns == argparse.Namespace(b='x', a=1), 'a' in ns)
print(vars(ns))
p3 = argparse.ArgumentParser(prog='p3', add_help=False)
p3.add_argument('x', type=int)
p3.add_argument('rest', nargs=argparse.REMAINDER)
run(p3, ['1', '--foo', 'bar'])
p3.set_defaults(func='f')
run(p3, ['2'])
print(p3.get_default('func'))
p3.print_help()
