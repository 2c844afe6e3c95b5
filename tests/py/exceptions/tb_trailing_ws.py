# Source lines keep trailing blanks in tracebacks; carets then show.
import sys
def f():
    raise ValueError("v")
try:
    f()   
except ValueError as e:
    sys.excepthook(type(e), e, e.__traceback__)
def g():
	return 1 / 0
g()  
