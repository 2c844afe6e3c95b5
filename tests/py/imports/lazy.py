# PEP 562 module __getattr__ and __dir__
eager = 1
def __getattr__(name):
    if name.startswith("dyn_"):
        return name[4:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["eager", "dyn_x"]
