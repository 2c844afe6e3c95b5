class R:
    def __init__(self, name): self.name = name
    def __del__(self): print("del", self.name)
def f():
    pass
a = R("a")
b = R("b")
c = R("c")
print("end")
d = R("cycle")
d.me = d
lst = [R("in list")]
f.r = R("on function")
