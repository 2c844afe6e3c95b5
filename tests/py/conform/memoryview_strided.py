mv = memoryview(b'abcdef')
s = mv[::2]
print(bytes(s), bytearray(s), s.tobytes(), s == b'ace', s.hex(), list(s), s[1], len(s))
for op in [lambda: b'x' + s, lambda: b'abc'.find(s), lambda: s in b'ace', lambda: b''.join([s]), lambda: bytearray(b'q') + s, lambda: b'ace'.startswith(s), lambda: b'ace' == s]:
    try: print(op())
    except Exception as e: print(type(e).__name__, e)
print("end")
