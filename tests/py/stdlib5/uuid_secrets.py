import uuid, secrets, re
u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.version, u.variant)
print(u.bytes, u.bytes_le, u.fields, u.time, u.clock_seq, u.node)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(int=u.int) == u, uuid.UUID(fields=u.fields) == u)
print(uuid.UUID('urn:uuid:12345678123456781234567812345678') == u, hash(u) == hash(uuid.UUID(int=u.int)))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.com/'), uuid.uuid3(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
a = uuid.uuid4()
print(len(str(a)), a.version, a.variant, bool(re.fullmatch(r'[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}', str(a))))
print(a != uuid.uuid4(), sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
b = uuid.uuid1(); print(b.version, b.variant, len(b.hex))
for bad in ['1234', 'zz345678123456781234567812345678']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print('ValueError', e)
for kw in [{}, {'bytes': b'short'}, {'int': 1 << 128}, {'int': 1, 'version': 9}]:
    try:
        uuid.UUID(**kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
print(uuid.SafeUUID.unknown, u.is_safe)
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), len(secrets.token_hex(8)), len(secrets.token_urlsafe(16)))
print(bool(re.fullmatch('[0-9a-f]{16}', secrets.token_hex(8))), bool(re.fullmatch('[A-Za-z0-9_-]+', secrets.token_urlsafe())))
print(secrets.choice('aaa'), all(0 <= secrets.randbelow(10) < 10 for _ in range(50)), 0 <= secrets.randbits(8) < 256)
try:
    secrets.randbelow(0)
except ValueError as e:
    print('ValueError', e)
print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest(b'a', b'b'))
