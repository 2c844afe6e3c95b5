# Bytecode of match statements (patterns chosen to avoid COMPARE_OP, whose
# inline cache size differs from 3.11's in krait).
import dis

src = """
match x:
    case Point(x=a, y=b) | Point(y=b, x=a):
        pass
    case Box(Point(a, b) as p, None) if a:
        pass
    case {**rest}:
        pass
    case [*_]:
        pass
    case True | None:
        pass
    case str() as s:
        pass
    case _:
        pass
"""
dis.dis(compile(src, "s", "exec"))


def f(v, C):
    match v:
        case C(a, b=c):
            return a, c
        case y:
            return y


dis.dis(f)
