class B:
    __slots__ = ('a',)
class C:
    x = 1
    def f(self): pass
class D(C):
    """doc"""
    y = 2
class E(B):
    __slots__ = ('b', '__weakref__')
class F(B):
    pass
print(list(B.__dict__)); print(list(C.__dict__)); print(list(D.__dict__)); print(list(E.__dict__)); print(list(F.__dict__))
class G:
    def __eq__(self, o): return True
print(list(G.__dict__), G.__doc__, B.__doc__)
H = type('H', (), {'z': 1})
print(list(H.__dict__), H.__doc__)
