import random

long_seed = "x" * 111 + "ü" * 20          # > 128 bytes: several SHA-512 blocks
for s in [long_seed, b"\x00" * 300, "a" * 112, "b" * 239, 2**1000 + 3, -(2**31), 2**32 - 1]:
    r = random.Random(s)
    print(repr(s)[:20], r.random(), r.getrandbits(70), r.randrange(-10**12, 10**12))
r = random.Random()
r.seed("hello", version=1)
print("v1", r.random())
r.seed(b"hello", version=1)
print("v1b", r.random())
r.seed(12345)
print([round(r.random(), 12) for _ in range(3)])
print(r.sample("abcdefghijklmnopqrstuvwxyz", 26))
print(r.sample(range(10**9), 30)[:5], r.sample((1, 2, 3), 0), r.sample([5], 1))
print(r.choices([10, 20, 30], weights=[0.1, 0.0, 2.5], k=8))
print(r.choices("ab", cum_weights=[0.5, 1.0], k=4), r.choices(range(3), k=0))
deck = [f"{v}{s}" for s in "SHDC" for v in "A23456789TJQK"]
r.shuffle(deck)
print(deck[:13])
state = r.getstate()
nums = [r.randint(1, 6) for _ in range(20)]
r.setstate(state)
print(nums == [r.randint(1, 6) for _ in range(20)], nums)
r.setstate(state)
g1 = [r.gauss(0, 1) for _ in range(3)]
st2 = r.getstate()
g2 = r.gauss(0, 1)
r.setstate(st2)
print(g1, g2 == r.gauss(0, 1), st2[2] is None or isinstance(st2[2], float))
print([r.randrange(0, 100, 10) for _ in range(5)], [r.randrange(50, 0, -7) for _ in range(5)])
print([r.randint(-3, 3) for _ in range(12)], r.randrange(2**70, 2**71))
print(r.uniform(5, 1), r.triangular(10, 0), r.triangular(1, 1), r.triangular(0, 10, 10))
print([round(r.betavariate(0.3, 0.4), 10) for _ in range(3)], r.gammavariate(0.1, 3), r.gammavariate(50, 0.5))
print(r.vonmisesvariate(0, 1e-7), r.vonmisesvariate(3, 50), r.paretovariate(1), r.weibullvariate(2, 0.5))
print(r.randbytes(17).hex(), r.getrandbits(0), r.getrandbits(1000) % 10**20)


class Fixed(random.Random):
    def __init__(self):
        super().__init__(0)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()


f = Fixed()
print(f.randrange(1000), f.choice([1, 2, 3]), f.calls, f.sample(range(100), 3), f.calls)


class Bits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


print(Bits(5).randrange(1000), random.Random(5).randrange(1000))
random.seed(2024)
print(random.random(), random.choice("xyz"), random.getrandbits(12))
try:
    random.Random().setstate((1, (), None))
except ValueError as e:
    print("ValueError", e)
try:
    random.Random().setstate((3, (1, 2), None))
except ValueError as e:
    print("ValueError", e)
try:
    random.choices("ab", [1, 2], cum_weights=[1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    random.choices("abc", 3)
except TypeError as e:
    print("TypeError", e)
import random
for s in (-1.5, -3.25, 2.5, 1e100, -0.1):
    random.seed(s); print(s, random.random())
