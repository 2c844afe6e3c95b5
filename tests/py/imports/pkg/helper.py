print("helper init", __name__, __package__)
def util_fn(x): return f"util({x})"
counter = 0
