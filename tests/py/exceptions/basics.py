# str/repr/args of exceptions, subclasses, notes, attributes

for e in [ValueError('x'), KeyError('k'), KeyError(''), KeyError(1, 2), IndexError(),
          Exception(1, 2), RuntimeError([1]), TypeError('a', 'b'), ZeroDivisionError('division by zero'),
          StopIteration(5), SystemExit(3), AssertionError(), NotImplementedError('todo')]:
    print(type(e).__name__, repr(e), '|' + str(e) + '|', e.args)


class MyErr(Exception):
    pass


class WithInit(Exception):
    def __init__(self, code, detail='none'):
        super().__init__(code)
        self.code = code
        self.detail = detail


class WithStr(Exception):
    def __str__(self):
        return 'custom message'


print(repr(MyErr(1, 2)), str(MyErr()), str(MyErr('one')), MyErr.__mro__[1].__name__)
w = WithInit(404, detail='missing')
print(repr(w), str(w), w.args, w.code, w.detail)
print(str(WithStr('ignored')), repr(WithStr('x')))
try:
    raise WithInit(500)
except Exception as e:
    print('caught', type(e).__name__, e.code, e.detail)
e = ValueError('v')
e.extra = 'attr'
print(e.extra, e.__dict__)
e.add_note('first note')
e.add_note('second')
print(e.__notes__, e.__dict__)
try:
    e.add_note(1)
except TypeError as x:
    print(x)
e.args = ('changed', 2)
print(e.args, str(e))
try:
    del e.args
except TypeError as x:
    print(x)
try:
    ValueError(x=1)
except TypeError as x:
    print(x)
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code)
print(ImportError('m', name='n', path='p').name, ImportError('m').msg, ImportError('a', 'b').msg)
print(ModuleNotFoundError('no mod', name='x').name, NameError('n', name='q').name)
ae = AttributeError('a', name='nm', obj=5)
print(ae.name, ae.obj, str(ae))
try:
    NameError('a', x=1)
except TypeError as x:
    print(x)
print(Exception(1, 2).__reduce__()[1], e.__reduce__()[0].__name__)
print(issubclass(KeyError, LookupError), issubclass(UnboundLocalError, NameError),
      issubclass(ModuleNotFoundError, ImportError), issubclass(BrokenPipeError, ConnectionError),
      issubclass(TabError, SyntaxError), issubclass(KeyboardInterrupt, Exception),
      issubclass(GeneratorExit, BaseException), issubclass(RecursionError, RuntimeError),
      issubclass(UnicodeDecodeError, ValueError), issubclass(DeprecationWarning, Warning))
print(EnvironmentError is OSError, IOError is OSError)
print([c.__name__ for c in OSError.__subclasses__()][:3])
print(BaseException.__name__, Exception.__base__.__name__, ValueError.__module__)
try:
    raise ValueError
except ValueError as x:
    print(repr(x), x.args)
try:
    raise KeyError('missing') from None
except LookupError as x:
    print('lookup', x, x.__suppress_context__, x.__cause__)
print(Exception('a').with_traceback(None).__traceback__)
