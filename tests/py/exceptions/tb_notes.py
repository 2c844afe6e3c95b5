# Uncaught chained exception with notes: stderr traceback and exit status.
class AppError(Exception):
    pass
def load(name):
    try:
        return {"a": 1}[name]
    except KeyError as e:
        err = AppError(f"cannot load {name!r}")
        err.add_note("hint: check the name")
        err.add_note("second note")
        raise err from e
print("before")
load("zz")
