import base64, binascii, random
rng = random.Random(99)
chars = 'QUJDabc+/=\n -_*0'
out = []
for trial in range(1500):
    s = ''.join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
    for strict in (False, True):
        try:
            out.append(repr(binascii.a2b_base64(s, strict_mode=strict)))
        except Exception as e:
            out.append('%s %s' % (type(e).__name__, e))
    try:
        out.append(repr(base64.b32decode(s.upper().replace('+', 'A'), casefold=True)))
    except Exception as e:
        out.append('%s %s' % (type(e).__name__, e))
    try:
        out.append(repr(base64.b85decode(s.strip())))
    except Exception as e:
        out.append('%s %s' % (type(e).__name__, e))
    b = bytes(rng.randrange(256) for _ in range(rng.randint(0, 12)))
    out.append(base64.a85encode(b, foldspaces=True, wrapcol=rng.choice([0, 5]), adobe=rng.random() < 0.5).decode())
print('\n'.join(out))
