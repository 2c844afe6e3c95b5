# print() arguments (sep/end/file/flush) and their errors; input() at EOF; custom writers.
import sys, io
print("a", "b", sep="", end="|\n")
print("x", None, 1.0, sep=None, end=None)
print(file=sys.stdout)
buf = io.StringIO(); print("to buffer", 42, file=buf, sep="-"); print(repr(buf.getvalue()))
print("flush", flush=True)
print(*range(5), sep=", ")
try: print("x", sep=5)
except TypeError as e: print(e)
try: print("x", end=[])
except TypeError as e: print(e)
try: print("x", file=5)
except AttributeError as e: print(e)
try: print("x", bogus=1)
except TypeError as e: print(e)
try: input()
except EOFError as e: print("EOFError", repr(str(e)))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
w = W(); print("p", "q", file=w); print(w.parts)
sys.stdout.write("direct write\n"); print(sys.stdout.write("n") , "chars")
print(repr(str(12)), str(b"x"), str(1e16), str(-0.0), str(True) + str(None))
