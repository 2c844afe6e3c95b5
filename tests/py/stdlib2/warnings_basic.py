import os
import sys
import warnings


class _Relative:
    # warnings print to stderr; compare them on stdout, without the
    # directory the test happens to live in
    def write(self, s):
        return sys.stdout.write(s.replace(os.path.dirname(__file__) + os.sep, ""))

    def flush(self):
        pass


sys.stderr = _Relative()


def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)
    return 1


warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("shown once per location")
old()
warnings.warn("a runtime problem", RuntimeWarning)
warnings.warn(FutureWarning("instance message"))
print([f[0] for f in warnings.filters[-4:]], [f[2].__name__ for f in warnings.filters[-5:]])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", UserWarning)
    old()
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], log[0].lineno)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("never shown")
    print("ignored ok")

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip this one")
    warnings.warn("but not this one")

with warnings.catch_warnings():
    warnings.simplefilter("ignore", category=UserWarning)
    warnings.warn("user ignored")
    warnings.warn("syntaxish", SyntaxWarning)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    for i in range(2):
        warnings.warn("always repeated")


def fmt(message, category, filename, lineno, line=None):
    return "CUSTOM %s: %s\n" % (category.__name__, message)


saved = warnings.formatwarning
warnings.formatwarning = fmt
warnings.warn("custom formatted")
warnings.formatwarning = saved
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  source line  "), end="")


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW", message, category.__name__, lineno)


warnings.showwarning = show
warnings.warn("through showwarning")
warnings.showwarning = warnings._showwarning_orig
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
print("done")
