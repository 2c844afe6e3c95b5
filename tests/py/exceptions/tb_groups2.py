import sys  # groups, batch errors, syntax errors inside a group
def boom(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    return 1 / 0
errors = []
for i in range(3):
    try:
        boom(i)
    except Exception as e:
        errors.append(e)
g = ExceptionGroup("batch", errors)
g.add_note("batch note")
try:
    raise g
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__)
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ExceptionGroup("in handler", [TypeError("x"), BaseExceptionGroup("b", [KeyboardInterrupt()])])
except BaseException as e:
    sys.excepthook(type(e), e, e.__traceback__)
class MyGroup(ExceptionGroup):
    pass
def nested_syntax():
    exec("a b")
try:
    nested_syntax()
except SyntaxError as se:
    raise MyGroup("custom", [se, ValueError()])
