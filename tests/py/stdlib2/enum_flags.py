from enum import Flag, IntFlag, CONFORM, EJECT, KEEP, STRICT, auto
class C(Flag, boundary=CONFORM):
    A = 1; B = 2
print(repr(C(7)), repr(C(4)))
class E(Flag, boundary=EJECT):
    A = 1; B = 2
print(repr(E(7)), repr(E(3)))
class K(Flag, boundary=KEEP):
    A = 1; B = 2
print(repr(K(7)), repr(~K.A))
class I(IntFlag):
    A = 1; B = 2; C = 4
print(repr(I(-1)), repr(~I.A), repr(~I(0)), I.A | I.B | I.C, repr(I(0)), repr(I.A & 0), list(I))
print(repr(I.A|I.C), bool(I(0)), [repr(x) for x in I(5)], I(5) in I)
