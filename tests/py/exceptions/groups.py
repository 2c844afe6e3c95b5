# BaseExceptionGroup / ExceptionGroup basics

eg = ExceptionGroup('m', [ValueError(1), TypeError(2)])
print(repr(eg), '|', eg, '|', eg.message, eg.exceptions)
print(type(BaseExceptionGroup('m', [ValueError(1)])).__name__,
      type(BaseExceptionGroup('m', [KeyboardInterrupt()])).__name__)
print(str(ExceptionGroup('one', [ValueError()])), isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
print([c.__name__ for c in ExceptionGroup.__mro__])
for args in [('m', [KeyboardInterrupt()]), ('m', []), ('m',), (1, [ValueError()]), ('m', 1), ('m', [1])]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
nested = ExceptionGroup('outer', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(nested.subgroup(ValueError)))
match, rest = nested.split(TypeError)
print(repr(match), '|', repr(rest))
print(repr(nested.split((KeyError, TypeError))))
print(nested.subgroup(lambda e: True) is nested, nested.subgroup(OSError))
print(repr(nested.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(nested.derive([ValueError('d')])))
try:
    nested.split(1)
except TypeError as x:
    print(x)
nested.add_note('note!')
sub = nested.subgroup(ValueError)
print(sub.__notes__)
try:
    raise ExceptionGroup('raised', [OSError('o')])
except Exception as x:
    print('caught as Exception:', repr(x))
