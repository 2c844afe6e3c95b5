# Sequences from random for several seeds must match CPython bit for bit.
import random

SEEDS = [0, 1, 42, -42, 2**32, 2**64 + 12345, -(3**100), 123456789123456789,
         "hello", "", "ünïcode", b"bytes seed", bytearray(b"ba"), 3.5]

for s in SEEDS:
    random.seed(s)
    print("seed", repr(s))
    print(" random", [random.random() for _ in range(5)])
    print(" randint", [random.randint(-50, 50) for _ in range(10)])
    print(" randrange", random.randrange(10), random.randrange(5, 1000, 7),
          random.randrange(100, 0, -3), random.randrange(10**30))
    print(" bits", random.getrandbits(1), random.getrandbits(31), random.getrandbits(32),
          random.getrandbits(33), random.getrandbits(64), random.getrandbits(200))
    print(" choice", random.choice("abcdefghij"), random.choice(range(1000)))
    print(" choices", random.choices("abc", k=5), random.choices(range(5), [5, 1, 1, 1, 10], k=6),
          random.choices("xyz", cum_weights=[1, 2, 10], k=4))
    lst = list(range(20))
    random.shuffle(lst)
    print(" shuffle", lst)
    print(" sample", random.sample(range(100), 10), random.sample(range(10**6), 3),
          random.sample(["r", "g", "b"], 5, counts=[3, 2, 4]))
    print(" uniform", random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 3))
    print(" gauss", random.gauss(), random.gauss(5, 2), random.gauss(), random.normalvariate(1, 3))
    print(" expo", random.expovariate(1.5), random.lognormvariate(0, 1))
    print(" gamma", random.gammavariate(0.5, 2), random.gammavariate(1.0, 2), random.gammavariate(3, 1))
    print(" beta", random.betavariate(2, 3), random.betavariate(0.5, 0.5))
    print(" misc", random.vonmisesvariate(1, 4), random.vonmisesvariate(1, 0),
          random.paretovariate(2.5), random.weibullvariate(1, 1.5))
    print(" bytes", random.randbytes(7), random.randbytes(0))

r = random.Random(99)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], len(st[1]), st[0])
r2 = random.Random("x")
print(r2.random(), random.Random(b"x").random())
print(random.Random(7).sample(range(50), k=6))
print(random.Random(5).choices(["a", "b"], [0.3, 0.7], k=10))
for bad in [lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
            lambda: random.sample(range(3), 4), lambda: random.getrandbits(-1),
            lambda: random.gammavariate(0, 1), lambda: random.seed([1]),
            lambda: random.choices("ab", [1], k=2), lambda: random.sample({1, 2}, 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class MyRandom(random.Random):
    def random(self):
        return 0.5
print(MyRandom().randrange(10), MyRandom().choice("abcd"))
