# str.format: field names, conversions, nested specs, errors; string.Formatter/Template.
class P:
    x = 3
    def __getitem__(self, k): return f"item[{k!r}]"
print("{0[key]} {0[0]} {0[-1]} {1.x} {1[abc]}".format({"key": "v", 0: "zero", "-1": "neg"}, P()))
print("{} {} {}".format(1, 2, 3), "{0} {0} {1}".format("a", "b"), "{name}-{0}".format(9, name="n"))
print("{!r:>6}|{!s:<4}|{!a}".format("é", 1, "é"), "{0!r:^{1}}".format("q", 7), "{:{fill}{align}{width}}".format(5, fill="*", align="^", width=9))
print("{:%}".format(0.5), "{:,d}".format(10 ** 9), "{:_b}".format(255), "{:#_x}".format(2 ** 40), "{:e}".format(0), "{:n}".format(1234))
for bad in ["{} {0}", "{0} {}", "{", "}", "{0", "{!}", "{0!x}", "{:d}", "{a.}", "{0[}", "{0:{1:{2}}}", "{0.__class__.__name__}", "{-1}", "{0[1][2]}"]:
    try:
        print(repr(bad), "->", repr(bad.format("s", [[0, 1, [9, 8, 7]], 1], 3, a=1)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__, e)
print("{0:{1}}".format(3.14159, ".3"), "{:>{}}".format("r", 4), "{:{}.{}f}".format(2.71828, 8, 2))
import string
f = string.Formatter()
print(list(f.parse("a{0}b{x!r:>3}c")), f.format("{0}+{k}", 1, k=2))
print(string.Template("$who likes ${what}!").substitute(who="tim", what="kung pao"), string.Template("$a $$").safe_substitute())
print(string.ascii_letters[:5], string.digits, string.punctuation[:5], string.capwords("hello  big world"))
print("{:c}".format(9731), "{:08.3e}".format(-1234.5), "{:+,}".format(-1234567), "{: >+5d}|".format(3))
print(format(12345.6789, "_.2f"), format(-0.0, ".1f"), format(1e-3, ".0%"), format(123, "x").upper())
print("%(a)s and {a}".format(a=1) % {"a": 2})
