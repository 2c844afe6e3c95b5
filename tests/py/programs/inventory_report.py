# Ordinary script: an inventory report with sorting and formatting.
from collections import defaultdict
from functools import total_ordering
CSV = """sku,name,category,qty,unit_price,reorder_at
A100,Widget,hardware,120,2.50,50
A101,Gadget,hardware,8,12.99,10
B200,Notebook,stationery,300,1.25,100
B201,Pen (blue),stationery,45,0.80,60
B202,Pen (red),stationery,0,0.80,60
C300,Monitor 24",electronics,5,149.00,3
C301,Keyboard,electronics,17,39.95,5
C302,Mouse,electronics,2,19.50,5
D400,Chair,furniture,11,89.00,4
D401,Desk,furniture,1,249.99,2
"""
@total_ordering
class Item:
    __slots__ = ("sku", "name", "category", "qty", "price", "reorder_at")
    def __init__(self, sku, name, category, qty, price, reorder_at):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.price, self.reorder_at = int(qty), float(price), int(reorder_at)
    @property
    def value(self): return self.qty * self.price
    @property
    def needs_reorder(self): return self.qty <= self.reorder_at
    def __eq__(self, o): return self.sku == o.sku
    def __lt__(self, o): return self.sku < o.sku
    def __repr__(self): return f"Item({self.sku!r}, qty={self.qty})"
lines = CSV.strip().splitlines()
header = lines[0].split(",")
items = [Item(*ln.split(",")) for ln in lines[1:]]
print(header, len(items))
W = 60
print("=" * W)
print(f"{'SKU':<6}{'Name':<14}{'Category':<12}{'Qty':>5}{'Price':>9}{'Value':>12}")
print("-" * W)
for it in sorted(items, key=lambda i: (-i.value, i.sku)):
    flag = " *" if it.needs_reorder else ""
    print(f"{it.sku:<6}{it.name[:13]:<14}{it.category:<12}{it.qty:>5}{it.price:>9.2f}{it.value:>12,.2f}{flag}")
print("-" * W)
total = sum(i.value for i in items)
print(f"{'TOTAL':<37}{sum(i.qty for i in items):>5}{'':>9}{total:>12,.2f}")
print("=" * W)
cats = defaultdict(lambda: {"count": 0, "qty": 0, "value": 0.0})
for it in items:
    c = cats[it.category]
    c["count"] += 1
    c["qty"] += it.qty
    c["value"] += it.value
for name, c in sorted(cats.items(), key=lambda kv: kv[1]["value"], reverse=True):
    share = c["value"] / total
    bar = "#" * round(share * 40)
    print(f"{name:<12}{c['count']:>3}{c['qty']:>6}{c['value']:>11.2f} {share:6.1%} {bar}")
reorder = sorted((i for i in items if i.needs_reorder), key=lambda i: (i.qty - i.reorder_at, i.sku))
print("reorder:", [f"{i.sku}({i.qty}/{i.reorder_at})" for i in reorder])
out_of_stock = [i.name for i in items if not i.qty]
print("out of stock:", out_of_stock or "none")
print(sorted(items)[:3], max(items), min(items, key=lambda i: i.price).name)
print(Item("Z", "z", "c", 1, 1, 1) <= Item("Z", "y", "d", 2, 2, 2), items[0] > items[1])
price_bands = {"<$5": 0, "$5-$50": 0, ">$50": 0}
for i in items:
    band = "<$5" if i.price < 5 else "$5-$50" if i.price <= 50 else ">$50"
    price_bands[band] += 1
print(price_bands)
by_name_len = sorted(items, key=lambda i: (len(i.name), i.name.lower()))
print([i.name for i in by_name_len])
stable = sorted(sorted(items, key=lambda i: i.name), key=lambda i: i.category)
print([(i.category[:4], i.name) for i in stable])
def restock(inv, sku, amount):
    for i in inv:
        if i.sku == sku:
            i.qty += amount
            return i
    raise LookupError(f"unknown sku {sku!r}")
print(restock(items, "B202", 100), restock(items, "C302", 3).needs_reorder)
try:
    restock(items, "Q999", 1)
except LookupError as e:
    print("error:", e)
try:
    items[0].color = "red"
except AttributeError as e:
    print("error:", e)
print(f"{'Item':-^20}|{'Qty':*>6}|{3.14159:08.3f}|{1234567:>12,}|{0.25:>7.0%}|")
print(f"{total:e}", f"{total:.3g}", f"{int(total):x}", f"{int(total):#o}")
for it in items[:3]:
    print("{0.sku}:{0.name!r:>12}:{1:>6.1f}".format(it, it.value), "%-6s|%5d|%8.2f" % (it.sku, it.qty, it.price))
