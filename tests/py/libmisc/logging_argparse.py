# logging, traceback formatting, pprint, keyword, argparse in ordinary use.
import logging, sys, traceback, textwrap, pprint, keyword, argparse
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")
log.info("started %d", 5); log.debug("hidden"); log.warning("warn %s", "x"); log.error("err")
child = logging.getLogger("app.child"); child.setLevel(logging.ERROR); child.warning("nope"); child.error("child error")
try: 1 / 0
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1])
print(traceback.format_exception_only(ValueError, ValueError("bad")))
pprint.pprint({"b": [1, 2, {"c": list(range(12))}], "a": "x" * 30, "z": (1, 2)}, width=40)
print(pprint.pformat(list(range(30)), width=50, compact=True))
print(keyword.iskeyword("for"), keyword.iskeyword("print"), len(keyword.kwlist) > 30, "match" in keyword.softkwlist)
p = argparse.ArgumentParser(prog="tool")
p.add_argument("files", nargs="*")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-n", type=int, default=3)
p.add_argument("--mode", choices=["a", "b"], default="a")
ns = p.parse_args(["x.txt", "-v", "-n", "7", "--mode", "b"])
print(ns.files, ns.verbose, ns.n, ns.mode, sorted(vars(ns)))
print(p.parse_args([]))
print(p.format_usage().strip())
