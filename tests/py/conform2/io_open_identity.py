import io, _io, builtins
print(io.open is open, _io.open is open, builtins.open is io.open)
print(open)
with open(__file__) as f:
    print(f.readline().strip())
