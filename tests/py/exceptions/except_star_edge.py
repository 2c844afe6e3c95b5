for src in ["try: pass\nexcept*: pass", "try: pass\nexcept* ValueError, TypeError: pass"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print("SyntaxError:", e, e.lineno, e.offset)
try:
    try:
        raise ValueError("v")
    except* ValueError:
        raise TypeError("t")
except Exception as e:
    print(repr(e), repr(e.__context__))
def h():
    for i in range(2):
        try:
            raise ExceptionGroup("x", [ValueError(i)])
        except* ValueError:
            def inner():
                return 7
            print(inner())
            for j in range(3):
                if j == 1:
                    break
            print("j", j)
h()
class C:
    try:
        raise ExceptionGroup("x", [ValueError()])
    except* ValueError:
        a: int = 3
print(C.__annotations__, C.a)
