# An uncaught exception: traceback with carets, chained context.
class MyError(Exception):
    pass

def lookup(d, k):
    return d[k] + 1

def compute(x):
    total = x * 2
    return lookup({"a": total}, "b")

def main():
    try:
        compute(3)
    except KeyError as e:
        raise MyError("wrapped") from e

print("before")
main()
