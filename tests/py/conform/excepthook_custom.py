import sys, traceback
def hook(t, v, tb):
    print("custom:", ''.join(traceback.format_exception(t, v, tb)), end='')
sys.excepthook = hook
def f(): 1/0
f()
