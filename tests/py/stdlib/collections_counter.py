# Counter: counting, most_common, arithmetic, comparisons, repr
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(10))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
print(Counter(), Counter({'x': 3, 'y': 1}), Counter(x=1, y=5), Counter(['a', 'b', 'a']))
c.update('aaz'); print(c)
c.update({'z': 5}); print(c)
c.update(q=2); print(c)
c.subtract('aaaaaaaaaa'); print(c)
c.subtract({'q': 3}, r=1); print(c)
del c['nothere']
del c['q']; print(c)
a = Counter(a=3, b=1, c=-2)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=1); x += Counter(a=2, b=-1); print(x)
x -= Counter(a=5); print(x)
x = Counter(a=3, b=1); x |= Counter(b=4, c=-1); print(x)
x &= Counter(a=1, b=9); print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1}, Counter(a=1) < Counter(a=2),
      Counter(a=1) <= Counter(a=1), Counter(a=2, b=1) >= Counter(a=1), Counter(a=1) > Counter(a=1))
print(Counter({1: 2, 'x': 1}))
print(Counter('aaabbc').most_common(1)[0], Counter([3, 1, 3, 2, 1, 3]).most_common())
print(Counter('hello world').most_common(3))
try:
    Counter.fromkeys('abc')
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    Counter('a') + 1
except TypeError as e:
    print('TypeError', e)
cp = c.copy(); print(type(cp).__name__, cp == c, cp is c)
print(isinstance(c, dict), Counter('ab') == Counter('ba'))
w = Counter()
for word in 'the cat and the hat and the bat'.split():
    w[word] += 1
print(w, w.most_common(2))
class MyC(Counter):
    pass
print(MyC('aab'), repr(MyC()))
