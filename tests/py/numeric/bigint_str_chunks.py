import time
for e in (19, 20, 37, 38, 100, 1000, 4000):
    for x in (10**e, 10**e - 1, -(10**e) + 7, 3**int(e*2.1), -(2**(e*3))):
        s = str(x)
        assert int(s) == x, e
        print(len(s), s[:25], s[-25:], repr(x)[-5:], f"{x:,}"[-8:] if e < 100 else "")
print(str(0), str(2**64), str(-2**63), str(2**60), str(2**120), str(10**18), str(10**36), str(10**18-1))
