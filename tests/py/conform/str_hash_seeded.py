for s in ['a', 'b', 'hello', 'hello world!', 'abcdefgh', 'abcdefghi', 'é', 'ñandú', '€uro', '😀x', 'x' * 100, '']:
    print(repr(s), hash(s))
for b in [b'a', b'hello', b'\xff\x00abc', b'']:
    print(b, hash(b))
print(hash(('a', 1)), hash(frozenset(['a', 'b'])), hash(memoryview(b'abc')))
print(set('hello'), {'apple', 'banana', 'cherry'}, {'x': 1, 'y': 2}.keys() | {'z'})
import random
random.seed(3)
words = ['w%d' % i for i in range(200)]
for trial in range(30):
    ws = random.sample(words, random.randint(3, 40))
    s = set(ws)
    print(list(s) == list(set(ws)), ' '.join(s))
d = {}
for w in words[:50]: d[w] = 1
print(list(d)[:5])
neg = [-(2**62) + i * 977 for i in range(30)]
print(set(neg))
print(set([-1, -2, -3, -9, -17, -25]))
