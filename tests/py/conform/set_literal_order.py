import random
random.seed(11)
def show(s): print(s, [v for v in s])
print({1, 9, 17}, {9, 1, 17}, {17, 9, 1}, {0, 8, 16, 24, 32}, {3, 11, 19, 27, 35, 43})
print({'apple', 'banana', 'cherry'}, {'red', 'green', 'blue'}, {'a', 'b', 'c', 'd'}, {'cat', 'dog', 'bird', 'fish'})
for v in {5, 13, 21, 29}: print(v, end=' ')
print()
print(13 in {5, 13, 21, 29}, [x for x in {'x1', 'x2', 'x3', 'x9'}])
def f(): return {'monday', 'tuesday', 'wednesday', 'thursday', 'friday'}
print(f())
print({2, 10, 18, 26, 34, 42, 50, 58, 66})
print({(1, 2), (3, 4), (5, 6)}, {1.5, 9.5, 17.5}, {True, 2, 10})
