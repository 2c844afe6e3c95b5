# list slicing: read, assign, delete, extended slices and their errors
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[:-7], a[::2], a[1::3], a[::-1], a[8:2:-2], a[-1:-11:-3])
print(a[100:], a[-100:2], a[5:2], a[2:5:-1], a[::100], a[::-100])
print(a[True:], a[:2**100], a[-2**100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[0:0] = [7, 8, 9]
print(b)
b[len(b):] = "ab"
print(b)
b[3:1] = [0]
print(b)
b[-2:] = []
print(b)
b[:] = b
print(b)
b[1:3] = b
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[::-3] = [None] * 4
print(c)
c[1:8:3] = (1, 2, 3)
print(c)
del c[::2]
print(c)
del c[::-2]
print(c)
d = list(range(20))
del d[1:15:4]
print(d)
del d[-1:-20:-5]
print(d)
del d[5:2]
print(d)
del d[:]
print(d)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = [1, 2, 3]
def s1(): e[::2] = [1]
def s2(): e[::2] = 5
def s3(): e[:] = 5
def s4(): e[::0] = []
def s5(): e[1.5:]
def s6(): e["a":"b"] = []
def s7(): e[::-1] = [1, 2]
err(s1); err(s2); err(s3); err(s4); err(s5); err(s6); err(s7)
e[::-1] = e
print(e)
e[1:2] = range(3)
print(e)
e[::2] = reversed(e[::2])
print(e)
