# printf-style % formatting for str and bytes.
print("%s|%r|%a" % ("é", "é", "é"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 2.5, 1.0, -1.25, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c" % (65, "b"), "%%", "%5s|%-5s|%.2s" % ("ab", "cd", "efgh"))
print("%(name)s is %(age)d" % {"name": "x", "age": 3}, "%(a)s%(a)s" % {"a": 1})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (None, True), "%d" % True, "%.0f" % 0.5, "%.0f" % 1.5)
print("%r" % b"b", "%s" % 1.0, "%d" % 3.99, "%x" % -255, "%o" % -8)
print(b"%s %d %x %c %%" % (b"bytes", 5, 255, 65), b"%r" % "s", b"%b" % b"x")
print("%10.4s|" % "abcdefg", "%-+8.2f|" % 3.14159, "%#.3g" % 1.0, "%#x" % 0)
print("%s %s" % ("a", "b"), "no args" % (), "%s" % "lonely")
class R:
    def __str__(self): return "str!"
    def __repr__(self): return "repr!"
    def __index__(self): return 9
print("%s %r" % (R(), R()), "%x" % R(), "%d" % 2**70, "%.3e" % 2**70)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(k)s", 5), ("%c", "ab"),
                  ("%c", 0x110000), ("%d", None), ("%", ()), ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
try: b"%s" % "str"
except TypeError as e: print(e)
try: print("%(x)s %s" % {"x": 1})
except TypeError as e: print(e)
print("%s" % {"a": 1}, "%(a)s" % {"a": {"b": 2}}, "%s" % ({"a": 1},))
print("%-6.2f|%6.2e|%-8g|" % (1/3, 1/3, 1/3), "%.10g" % (1/3), "%08.3f" % -3.14159)
print("%i%%" % 50, "%5.1f%%" % 99.44, "%s" % "%s")
