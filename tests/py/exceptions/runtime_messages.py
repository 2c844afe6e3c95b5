# Messages of common runtime errors.
def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
show(lambda: undefined_thing)
def ul():
    print(local_var)
    local_var = 1
show(ul)
def free():
    def inner(): return cell
    inner_result = inner
    cell = 1
    del cell
    return inner_result()
show(free)
class A:
    cls_attr = 1
    def __init__(self): self.inst = 2
show(lambda: A().missing)
show(lambda: A.missing)
show(lambda: (1).foo)
show(lambda: "s".foo)
show(lambda: None.foo)
show(lambda: [].foo)
import math
show(lambda: math.nope)
show(lambda: {}["k"])
show(lambda: {1: 2}[(1, 2)])
show(lambda: [1][5])
show(lambda: (1,)[5])
show(lambda: "ab"[9])
show(lambda: range(3)[7])
show(lambda: [][0:1][0])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: "abc".index("z"))
show(lambda: (1, 2).index(3))
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] + ())
show(lambda: {} + {})
show(lambda: None + 1)
show(lambda: 1 < "a")
show(lambda: [] < {})
show(lambda: None > None)
show(lambda: -[])
show(lambda: ~"s")
show(lambda: "a" * "b")
show(lambda: [1] * [1])
show(lambda: 1 @ 2)
show(lambda: 5 // 0)
show(lambda: 5.0 / 0)
show(lambda: 5 % 0.0)
show(lambda: len(5))
show(lambda: iter(5))
show(lambda: next([]))
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: {[1]})
five, s1, l1, n0 = 5, "a", [1], None
show(lambda: five())
show(lambda: s1[1.5])
show(lambda: l1[None])
show(lambda: five[0])
show(lambda: n0[0])
show(lambda: {}[[]])
def setitem():
    t = (1, 2)
    t[0] = 5
show(setitem)
def delitem():
    s = "abc"
    del s[0]
show(delitem)
def attr_set():
    (1).x = 5
show(attr_set)
def obj_attr():
    object().x = 1
show(obj_attr)
show(lambda: int("x"))
show(lambda: chr(-1))
show(lambda: ord("ab"))
show(lambda: [].sort(key=1))
show(lambda: sorted([1, "a"]))
show(lambda: dict([1]))
show(lambda: dict([(1, 2, 3)]))
show(lambda: list.append(1, 2))
show(lambda: str.upper(1))
show(lambda: import_missing())
show(lambda: __import__("no_such_module_xyz"))
show(lambda: float("x"))
show(lambda: "{}".format())
show(lambda: "{0} {2}".format(1, 2))
show(lambda: "{x}".format(y=1))
show(lambda: "%d" % "s")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: bytes([256]))
show(lambda: b"a" + "b")
show(lambda: "a".join([1]))
show(lambda: (x for x in 1))
show(lambda: [*None])
show(lambda: print(**{"end": 1}))
show(lambda: setattr(1, "real", 2))
show(lambda: isinstance(1, 1))
show(lambda: issubclass(1, int))
show(lambda: super())
def recurse(): return recurse()
show(recurse)
