# Complex numbers and bool corner cases.
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), -z, +z, z * 1j, z / 2, z ** 2)
print(complex(1, 2), complex("1+2j"), complex(" 3j "), complex(2), complex(), complex(1.5, -0.0))
print(repr(1j), repr(-1j), repr(0j), repr(complex(-0.0, 0)), repr(complex(1, -0.0)), repr(1e20j))
print(repr(complex(float("inf"), float("nan"))), 1j * 1j, (1 + 2j) == (1 + 2j), 1 + 0j == 1, 1j != 1)
print((1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (2j) ** 2, 1j ** 0, (1 + 1j) ** 3, 2 ** (1j * 0))
print(hash(1 + 0j) == hash(1), hash(complex(0, 0)) == hash(0), z == complex(3, 4))
print(f"{z}", f"{z:.2f}", format(1 + 2j, "10"), format(1.5 - 2.25j, "g"), str(complex(0, 1)))
print(type(1 + 1.0), type(1 + 1j), type(True + 1j), type(1.0 * 1j), bool(0j), bool(1j))
print(complex(True, False), 1j.real, (1 + 2j).imag, (2j).__abs__())
try: 1j < 2j
except TypeError as e: print(e)
try: (1 + 1j) // 2
except TypeError as e: print(e)
try: (1 + 1j) % 2
except TypeError as e: print(e)
try: 1j / 0
except ZeroDivisionError as e: print(e)
try: complex("1+")
except ValueError as e: print(e)
try: complex("1", 2)
except TypeError as e: print(e)
try: int(1j)
except TypeError as e: print(e)
try: float(1j)
except TypeError as e: print(e)
try: 0j ** -1
except ZeroDivisionError as e: print(e)
# bools
print(True and "x", False or "y", not None, True is True, True == 1.0, True is not None == True)
print(sum([True, True, False]), sorted([True, False, 0, 1]), max(False, 0), [1, 2][True])
print(bool.__name__, bool("False"), bool(""), bool([0]), bool(()), bool(0.0), bool(-0.0))
print(True | False, True & False, True ^ True, type(True | False), type(True + False), ~False)
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "x"), int.__repr__(True))
print(True.real, True.numerator, True.bit_length(), (True).__and__(1), bool.__or__(True, 0))
class B:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(B()), bool(L()), bool(Both()), not L(), "t" if Both() else "f")
class Bad:
    def __bool__(self): return 1
try: bool(Bad())
except TypeError as e: print(e)
class BadLen:
    def __len__(self): return -1
try: bool(BadLen())
except ValueError as e: print(e)
try: bool.__new__(bool, 1, 2)
except TypeError as e: print(e)
try:
    class X(bool): pass
except TypeError as e: print(e)
