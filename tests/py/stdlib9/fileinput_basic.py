import fileinput, os, tempfile, sys
d = tempfile.mkdtemp()
a = os.path.join(d, "a.txt"); b = os.path.join(d, "b.txt")
open(a, "w").write("one\ntwo\n"); open(b, "w").write("three\nfour")
for line in fileinput.input([a, b]):
    print(fileinput.filename() == a, fileinput.lineno(), fileinput.filelineno(), fileinput.isfirstline(), repr(line))
with fileinput.FileInput(files=(a,)) as f:
    print([l.rstrip() for l in f], f.lineno())
for line in fileinput.input(b, inplace=True):
    print(line.upper(), end="")
print(open(b).read(), os.path.exists(b + ".bak"))
with fileinput.input([a], mode="rb") as f: print(list(f))
try: fileinput.filename()
except RuntimeError as e: print(e)
print(list(fileinput.input([a], openhook=fileinput.hook_encoded("utf-8"))))
fileinput.close()
