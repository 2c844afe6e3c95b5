# if/while/for with else, break/continue through finally and with.
for n in range(6):
    if n % 2 == 0:
        print(n, "even")
    elif n == 3:
        print(n, "three")
    else:
        print(n, "odd")
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    if i > 7:
        break
    print("while", i)
else:
    print("while-else not reached")
while i < 12:
    i += 1
else:
    print("while-else", i)
for x in []:
    pass
else:
    print("for-else on empty")
for x in range(3):
    for y in range(3):
        if y == 1:
            break
        print("inner", x, y)
    else:
        print("never")
    if x == 1:
        continue
    print("outer", x)


def loop_finally():
    out = []
    for k in range(4):
        try:
            if k == 1:
                continue
            if k == 3:
                break
            out.append(k)
        finally:
            out.append("f%d" % k)
    return out


print(loop_finally())


class Mgr:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return False


def loop_with():
    for k in range(3):
        with Mgr("m%d" % k) as nm:
            if k == 0:
                continue
            if k == 1:
                break
    return nm


print(loop_with())


def ret_with():
    with Mgr("a"), Mgr("b") as b:
        return b + "!"


print(ret_with())


def nested_finally():
    try:
        try:
            return "inner"
        finally:
            print("first finally")
    finally:
        print("second finally")


print(nested_finally())


def while_true():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n


print(while_true())
if 0:
    print("dead")
elif []:
    print("dead too")
else:
    print("constant conditions")
print(1 if 0 else 2, 3 if "x" else 4)
r = [x for x in range(10) if x % 2 if x > 3]
print(r)
val = None
if val is None:
    print("is None")
if val is not None:
    print("not none")
if not val:
    print("falsy")
a, b, c = 1, 2, 3
if a < b < c:
    print("chain true")
if not (a < b > c):
    print("chain false")
if a == 1 and (b == 3 or c == 3):
    print("bool mix")
print(0 or None or "last", 1 and 2 and 3, 1 and 0 and 3, "" or 0)
