# Interleaved read(n)/readline(limit)/tell/seek on text files with mixed
# newlines and multi-byte characters, checked against CPython's output.
import os

d = 'tmp_io_mixed_%d' % os.getpid()
os.mkdir(d)
fn = os.path.join(d, 'm.txt')

seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n

pieces = ['a', 'bc', '\n', '\r', '\r\n', '\xe9', '\u20ac', '\U0001f600', 'xyz', ' ', '\n\n']
for trial in range(12):
    text = ''.join(pieces[rnd(len(pieces))] for _ in range(200 + rnd(300)))
    with open(fn, 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    for nl in [None, '', '\n', '\r', '\r\n']:
        out = []
        with open(fn, encoding='utf-8', newline=nl) as f:
            marks = []
            for step in range(60):
                op = rnd(5)
                if op == 0:
                    out.append(f.read(rnd(7)))
                elif op == 1:
                    out.append(f.readline())
                elif op == 2:
                    out.append(f.readline(rnd(5)))
                elif op == 3:
                    marks.append((f.tell(), len(out)))
                elif marks:
                    pos, _ = marks[rnd(len(marks))]
                    f.seek(pos)
                    out.append('<seek>')
            out.append(f.read())
        print(trial, repr(nl), len(out), ascii(''.join(out))[:60], hash(tuple(out)) == hash(tuple(out)))
        print('   ', ascii(out[:12]))

for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
