# list.sort and sorted: stability, keys, reverse, errors, mutation
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
data = [(rand(10), i) for i in range(200)]
s = sorted(data, key=lambda p: p[0])
print(s[:10])
print(all(s[i][0] < s[i + 1][0] or (s[i][0] == s[i + 1][0] and s[i][1] < s[i + 1][1])
          for i in range(len(s) - 1)))
r = sorted(data, key=lambda p: p[0], reverse=True)
print(r[:10])
print(all(r[i][0] > r[i + 1][0] or (r[i][0] == r[i + 1][0] and r[i][1] < r[i + 1][1])
          for i in range(len(r) - 1)))
nums = [rand(10**6) / 7.0 for _ in range(500)]
t = nums[:]
t.sort()
print(t == sorted(nums), t[0] == min(nums), t[-1] == max(nums))
words = "the quick brown fox jumps over the lazy dog THE END".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=1), sorted([]), sorted([1]), sorted((2, 1)), sorted("bca"))
print(sorted([2**70, -1, 2**64, 0, -2**80]))
print(sorted([1.5, 1, True, 0.5, -2]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([5, 3, 9, 1], key=key), calls)
class C:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "C(%d)" % self.v
print(sorted([C(3), C(1), C(2)]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:])
saw = [i % 7 for i in range(100)]
saw.sort()
print(saw[::10])
a = [3, 1, 2]
def bad(x):
    a.append(x)
    return x
try:
    a.sort(key=bad)
except ValueError as e:
    print("ValueError:", e, a)
inside = []
def peek(x):
    inside.append(len(a))
    return x
a.sort(key=peek)
print(inside, a)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(reverse=1.5)
except TypeError as e:
    print("TypeError:", e)
x = [1, 2]
print(x.sort(), x)
