# An uncaught exception: the traceback's carets come from the compiler's
# positions (calls, subscripts, attributes, binary operators).
class Obj:
    def method(self, x):
        return self.helper(x) + 1

    def helper(self, x):
        total = x["a"] + x["b"]
        return total * x["key"]


def run(o):
    data = {"a": 1, "b": 2}
    return o.method(data)


print("start")
result = [run(Obj()) for _ in range(1)]
