import this
print(this.c, this.i, len(this.d), this.s[:40], this.d["a"])
print("".join(this.d.get(ch, ch) for ch in this.s) .splitlines()[2])
