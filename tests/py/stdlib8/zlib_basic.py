import zlib

data = b'hello world ' * 50 + bytes(range(256)) * 4
for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print(level, len(c), c[:16].hex(), c[-8:].hex(), zlib.decompress(c) == data)
print(zlib.compress(b''), zlib.compress(b'a'), zlib.compress(b'abc', level=9))
for wbits in (9, 15, -15, 31, -9):
    c = zlib.compress(data, wbits=wbits)
    print(wbits, len(c), c[:12].hex(), zlib.decompress(c, wbits) == data)
gz = zlib.compress(data, wbits=31)
print(zlib.decompress(gz, 47) == data, zlib.decompress(zlib.compress(data), 47) == data)
print(zlib.decompress(zlib.compress(data), bufsize=1) == data, zlib.decompress(zlib.compress(data), 15, 0) == data)
print(zlib.decompress(zlib.compress(b'xyz') + b'trailing'))
print(zlib.decompress(bytearray(zlib.compress(b'ba'))), zlib.compress(memoryview(b'mv')))

print(zlib.crc32(b''), zlib.crc32(b'hello'), zlib.crc32(b'world', zlib.crc32(b'hello ')),
      zlib.crc32(b'a', -1), zlib.crc32(b'a', 2**40 + 3))
print(zlib.adler32(b''), zlib.adler32(b'hello'), zlib.adler32(b'world', 12345),
      zlib.adler32(b'a', 2**40 + 5), zlib.adler32(bytearray(b'q')))

# streaming compression
co = zlib.compressobj()
parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
parts.append(co.flush())
stream = b''.join(parts)
print(len(stream), stream == zlib.compress(data), zlib.decompress(stream) == data)
co = zlib.compressobj(9, zlib.DEFLATED, -12, 9, zlib.Z_FILTERED)
out = co.compress(data) + co.flush(zlib.Z_SYNC_FLUSH)
print(out[-4:].hex())
out += co.compress(b'more') + co.flush(zlib.Z_FULL_FLUSH) + co.flush()
print(len(out), zlib.decompress(out, -12) == data + b'more')
print(zlib.compressobj().flush(zlib.Z_NO_FLUSH))
co = zlib.compressobj(level=1, strategy=zlib.Z_HUFFMAN_ONLY)
print((co.compress(b'aaaa' * 100) + co.flush()).hex())
co = zlib.compressobj(strategy=zlib.Z_RLE)
print((co.compress(b'abab' * 100) + co.flush()).hex())

# copy
co = zlib.compressobj()
pre = co.compress(b'shared prefix ')
co2 = co.copy()
a = pre + co.compress(b'one') + co.flush()
b = pre + co2.compress(b'two') + co2.flush()
print(zlib.decompress(a), zlib.decompress(b))

# streaming decompression
comp = zlib.compress(data)
do = zlib.decompressobj()
res = b''
for i in range(0, len(comp), 7):
    res += do.decompress(comp[i:i + 7])
res += do.flush()
print(res == data, do.eof, do.unused_data, do.unconsumed_tail)

do = zlib.decompressobj()
chunk = do.decompress(comp, 100)
print(len(chunk), len(do.unconsumed_tail) > 0, do.eof)
total = chunk
while do.unconsumed_tail:
    total += do.decompress(do.unconsumed_tail, 100)
print(total == data[:len(total)], len(total), do.eof)
total += do.flush()
print(total == data)

do = zlib.decompressobj()
print(do.decompress(zlib.compress(b'abc') + b'extra'), do.unused_data, do.eof)
print(do.decompress(b'more'), do.unused_data)
do = zlib.decompressobj()
half = do.decompress(comp[:len(comp) // 2])
do2 = do.copy()
print((half + do.decompress(comp[len(comp) // 2:])) == data,
      (half + do2.decompress(comp[len(comp) // 2:])) == data)
do = zlib.decompressobj()
print(do.decompress(comp[:-3]) == data, do.eof, do.flush() == b'', do.eof)

# dictionaries
zd = b'the quick brown fox'
co = zlib.compressobj(zdict=zd)
cd = co.compress(b'the quick brown fox jumps') + co.flush()
print(cd.hex())
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cd))
co = zlib.compressobj(wbits=-15, zdict=zd)
raw = co.compress(b'quick fox') + co.flush()
print(zlib.decompressobj(-15, zdict=bytearray(zd)).decompress(raw))

# errors
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print('no error', r)
    except Exception as e:
        print(type(e).__name__, e)

err(zlib.decompress, b'x')
err(zlib.decompress, b'not compressed data at all')
err(zlib.decompress, comp[:-1])
err(zlib.decompress, b'')
err(zlib.decompress, cd)
err(zlib.decompressobj().decompress, cd)
err(zlib.decompressobj().decompress, b'garbage here!')
err(zlib.compress, b'x', 10)
err(zlib.compress, b'x', wbits=99)
err(zlib.compressobj, 10)
err(zlib.compressobj, memLevel=99)
err(zlib.decompressobj, 99)
err(zlib.decompress, b'x', bufsize=-1)
err(zlib.decompressobj().decompress, b'x', -1)
err(zlib.decompressobj().flush, 0)
err(zlib.compress, 'text')
err(zlib.crc32, 'text')
err(zlib.decompressobj, zdict='x')
err(zlib.compress, b'a', level='x')
co = zlib.compressobj()
co.compress(b'x')
co.flush()
err(co.compress, b'x')
err(co.flush)
err(co.copy)
do = zlib.decompressobj()
do.decompress(zlib.compress(b'a'))
do.flush()
err(do.copy)
err(lambda: setattr(do, 'eof', 1))
print(issubclass(zlib.error, Exception), zlib.error.__module__, zlib.error.__name__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, type(zlib.compressobj()))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION,
      zlib.Z_BEST_SPEED, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH,
      zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, sorted(x for x in dir(zlib) if not x.startswith('_')))
