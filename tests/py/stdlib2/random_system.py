import random
random.seed()
a = random.random(); b = random.Random().random()
print(0 <= a < 1, a != b)
s = random.SystemRandom()
print(0 <= s.random() < 1, len(s.randbytes(5)), 0 <= s.randrange(10) < 10, s.getrandbits(8) < 256)
try:
    s.getstate()
except NotImplementedError as e:
    print(e)
x = list(range(10)); s.shuffle(x); print(sorted(x) == list(range(10)))
print(random.Random(3.5).random() == random.Random(3.5).random())
