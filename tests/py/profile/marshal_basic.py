# marshal: round trips of the value types, reading bytes CPython wrote
# (with back references), and errors.  dumps() output itself may differ
# from CPython's in its reference flags, so only loads(dumps(x)) is shown.
import marshal, io

values = [0, 1, -1, 2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**70, -2**100, 12345678901234567890,
          0.0, -0.0, 1.5, 1e300, float('inf'), 2 - 1j, 'plain', '', 'héllo €', 'a' * 300,
          '\ud800', b'bytes', b'', None, True, False, ..., StopIteration,
          (), (1, 'x', (2.5,)), tuple(range(300)), [1, [2, [3]]], {}, {'k': [1], (1, 2): None},
          {1, 2, 3}, frozenset(['a']), bytearray(b'ba')]
for v in values:
    r = marshal.loads(marshal.dumps(v))
    print(type(r).__name__, r == v or (v != v), repr(r)[:60])

# written by CPython 3.11
cp1 = (b'{\xa9\x03\xfa\x07/x/a.py\xe9\x03\x00\x00\x00\xda\x01f)\x05\xe9\x01\x00\x00\x00'
       b'\xe9\x02\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\xe0?\xe7\x00\x00\x00\x00\x00\x00'
       b'\xd0?{\xa9\x03\xfa\x01~\xe9\x00\x00\x00\x00\xfa\x1e<built-in method builtins.len>'
       b'\xa9\x04r\x04\x00\x00\x00r\x04\x00\x00\x00\xe7\x00\x00\x00\x00\x00\x00\x00\x00\xe7'
       b'\x00\x00\x00\x00\x00\x00\xc0?0\xa9\x03r\t\x00\x00\x00r\n\x00\x00\x00\xfa\x03<x>)'
       b'\x05r\n\x00\x00\x00r\n\x00\x00\x00r\r\x00\x00\x00r\r\x00\x00\x00{00')
print(marshal.loads(cp1))
cp2 = (b'[\x11\x00\x00\x00l\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04\xec\xfd'
       b'\xff\xff\xff\x00\x00\x00\x00\x00\x04\xf5\x06\x00\x00\x00h\xc3\xa9llo\xc1,\x01\x00\x00'
       + b'a' * 300 +
       b'\xf3\x02\x00\x00\x00byNTF\xa9\x03\xe9\x01\x00\x00\x00r\x05\x00\x00\x00r\x05\x00\x00'
       b'\x00<\x02\x00\x00\x00r\x05\x00\x00\x00\xe9\x02\x00\x00\x00>\x01\x00\x00\x00\xe9\x03'
       b'\x00\x00\x00\xe75X\x00f-\xebA~\xf9\x00\x00\x00\x00\x00\x00\x00@\x00\x00\x00\x00\x00'
       b'\x00\xf0\xbf.[\x00\x00\x00\x00{0\xa9\x02\xf5\x02\x00\x00\x00\xc3\xa9r\x0b\x00\x00\x00')
r = marshal.loads(cp2)
print(r[0] == 2**70, r[1] == -2**40, r[2], len(r[3]), r[4:])

# file interface: consecutive objects
f = io.BytesIO()
marshal.dump({'a': 1}, f)
marshal.dump([2.5], f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
try:
    marshal.load(f)
except EOFError as e:
    print('EOFError', e)
print(marshal.version)
for bad in [b'', b'\x01', b'i\x01']:
    try:
        marshal.loads(bad)
    except (EOFError, ValueError) as e:
        print(type(e).__name__)
for bad in [object(), len, [object()]]:
    try:
        marshal.dumps(bad)
    except ValueError as e:
        print('ValueError', e)
