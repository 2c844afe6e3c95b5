import io
for data in [b'a\nb', b'a\r\nb\rc\n', b'x\ry', b'', b'a\r\nb']:
    for nl in [None, '', '\n']:
        t = io.TextIOWrapper(io.BytesIO(data), encoding='ascii', newline=nl)
        a = t.newlines
        t.read()
        print(repr(data), repr(nl), a, t.newlines)
t = io.TextIOWrapper(io.BytesIO(), encoding='ascii')
t.reconfigure(encoding='latin-1', newline='\r\n', line_buffering=True)
print(t.encoding, t.errors, t.line_buffering)
t.write('a\n\xe9')
t.flush()
print(t.buffer.getvalue())
t.reconfigure(errors='replace')
print(t.encoding, t.errors)
