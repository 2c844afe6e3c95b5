# print with sep/end/file/flush, input at EOF, open through io
import sys

print()
print(1, 'a', None, [1, 'b'])
print(1, 2, 3, sep='-')
print('no newline', end='')
print(' <- same line')
print('a', 'b', sep=None, end=None)
print(*range(5), sep=', ', end='.\n')
print('flushed', flush=True)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print('x', 'y', sep='+', file=c)
print('z', file=c, end='!')
print(c.parts)
print('to stdout', file=None)
sys.stdout.write('direct write\n')
print(sys.stdout.write('abc') if False else 'skip')


class S:
    def __str__(self):
        return 'custom str'

    def __repr__(self):
        return 'custom repr'


print(S(), [S()], str(S()), repr(S()), ascii('héllo'), format(3.14159, '.2f'), format(42))
print(format(255, 'x'), format('s', '>5'), f'{S()!r}')
try:
    input('prompt> ')
except EOFError as e:
    print()
    print('EOFError:', e)
