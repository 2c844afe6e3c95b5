# abs bin oct hex divmod pow round sum min max hash with CPython's results

print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-2**70))
print(bin(10), bin(-10), oct(8), oct(-8), hex(255), hex(-255), hex(2**70))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 7), pow(-2, 3), pow(2.0, 0.5))
print(pow(base=3, exp=2), pow(3, exp=2, mod=4))
print(round(1.5), round(2.5), round(-0.5), round(2.675, 2), round(12345, -2), round(7, None))
print(round(1.23456, 3), round(-1.5), type(round(1.5)), type(round(1.5, 1)), round(0.5, 0))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([], start=5), sum([0.1] * 10))
print(sum([1, 2.5]), sum([1, 2**64, 0.5]), sum([[1], [2]], []), sum(((1,), (2,)), ()))
print(sum(range(100)), sum([True, True, 3]), sum([2**62, 2**62, 2**62]))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min((), default='empty'))
print(max([1, -5, 3], key=abs), min(['bb', 'a', 'ccc'], key=len), max([], default=None))
print(max(1, 2, key=lambda x: -x), min([3, 1], key=None))
print(max([(1, 'b'), (1, 'a')]), min({3: 'x', 1: 'y'}))
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-1), hash(2**61 - 1), hash(2**61))
print(hash(1.5), hash(-2.5), hash(float('inf')), hash((1, 2)) == hash((1, 2)))
print(int('42'), int('-0x1f', 16), int('0b101', 0), int(3.9), int(-3.9), float('1e3'), float(' 2.5 '))
print(bool(0), bool(''), bool([0]), bool(None), complex is not None)


class R:
    def __round__(self, n=None):
        return ('round', n)


print(round(R()), round(R(), 3))
class Num:
    def __index__(self):
        return 6
print(bin(Num()), hex(Num()), oct(Num()))
