import pickle

vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1,
        2**31, -2**31 - 1, 2**64, -2**100, 10**300, 127, 128, -128, -129,
        0.0, -0.0, 1.5, 1e100, 1e-300, float('inf'), float('-inf'),
        'abc', '', 'é\u1234\U0001f600', 'a\\b\nc\r\x00\x1a', 'a\\u1234',
        b'', b'ab\x00\xff', bytearray(b'xy'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, 3]], {},
        {'a': 1, 'b': [1, 2]}, {'k': 'v'}, set(), {1}, {1, 2, 3}, frozenset(), frozenset({1}),
        [1] * 1001, list(range(2000)), {i: i for i in range(1000)},
        {i: -i for i in range(1001)}, set(range(1000)), 'x' * 300, b'y' * 300,
        int, len, type(None), NotImplemented, ..., 3 + 4j, [None, True, 1.0, 'x'],
        ('a', 'a', 'a'), [b'x'] * 3, ((),), [[], []], 'ü' * 100, b'z' * 70000, 'w' * 70000]
for p in range(6):
    for v in vals:
        d = pickle.dumps(v, protocol=p)
        print(p, d if len(d) < 200 else (len(d), d[:60], d[-60:]))
        r = pickle.loads(d)
        if r != v or type(r) is not type(v):
            print('  roundtrip mismatch', r)
print(pickle.dumps(1.5), pickle.dumps([1, 2], -1))
print(pickle.loads(pickle.dumps(float('nan'))) != pickle.loads(pickle.dumps(float('nan'))))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
