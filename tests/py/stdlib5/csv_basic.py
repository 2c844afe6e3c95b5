import csv, io
rows = [['name', 'age', 'note'], ['Alice', 30, 'likes, commas'], ['Bob', 4.5, 'says "hi"'],
        ['Carol', None, 'multi\nline'], ['', '', ''], [' lead', 'trail ', 'x']]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    s = io.StringIO()
    w = csv.writer(s, quoting=quoting)
    w.writerows(rows)
    print(repr(s.getvalue()))
    s.seek(0)
    for r in csv.reader(s, quoting=quoting if quoting != csv.QUOTE_NONNUMERIC else csv.QUOTE_MINIMAL):
        print(r)
s = io.StringIO()
w = csv.writer(s, quoting=csv.QUOTE_NONE, escapechar='\\')
w.writerow(['a,b', 'c"d', 'e\nf', 'plain'])
print(repr(s.getvalue()))
s.seek(0)
print(list(csv.reader(s, quoting=csv.QUOTE_NONE, escapechar='\\')))
s = io.StringIO()
w = csv.writer(s, doublequote=False, escapechar='\\')
w.writerow(['he said "x"', 'ok'])
print(repr(s.getvalue()))
print(list(csv.reader(io.StringIO(s.getvalue()), doublequote=False, escapechar='\\')))
s = io.StringIO()
w = csv.writer(s); w.writerow(['']); w.writerow([]); w.writerow([1, 2.0, True, None, 1e20])
print(repr(s.getvalue()))
print(list(csv.reader(['a, b,  c', '"x" ,y'], skipinitialspace=True)))
print(list(csv.reader(['a;b;"c;d"'], delimiter=';')))
print(list(csv.reader(['1,"2",abc'], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,2.5,"abc"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a,"b\n', 'c",d\n', '\n', 'e\r\n'])))
print(list(csv.reader('x,y\r\nz,w\r\n'.splitlines(keepends=True))))
r = csv.reader(io.StringIO('a,b\n"c\nd",e\n'))
for row in r:
    print(r.line_num, row)
s = io.StringIO()
w = csv.writer(s, dialect='excel-tab'); w.writerow(['a b', 'c\td']); print(repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, dialect='unix'); w.writerow(['a', 1]); print(repr(s.getvalue()))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes'); print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote)
s = io.StringIO(); csv.writer(s, 'pipes').writerow(['a', 'b|c']); print(repr(s.getvalue()))
csv.unregister_dialect('pipes')
class mydialect(csv.Dialect):
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
s = io.StringIO(); csv.writer(s, mydialect).writerow(["it's", 'a:b']); print(repr(s.getvalue()))
s = io.StringIO()
dw = csv.DictWriter(s, fieldnames=['id', 'name', 'score'], restval='?')
dw.writeheader()
dw.writerow({'id': 1, 'name': 'x, y', 'score': 9.5})
dw.writerows([{'id': 2, 'name': 'z'}, {'id': 3}])
print(repr(s.getvalue()))
s.seek(0)
dr = csv.DictReader(s)
print(dr.fieldnames)
for row in dr:
    print(row)
dr = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n\n5\n'), restkey='extra', restval='R')
print(list(dr))
dr = csv.DictReader(['1,2'], fieldnames=['p', 'q'])
print(list(dr))
try:
    dw.writerow({'bad': 1})
except ValueError as e:
    print('ValueError', e)
try:
    csv.DictWriter(s, ['a'], extrasaction='nope')
except ValueError as e:
    print('ValueError', e)
for kw in [{'delimiter': 'ab'}, {'quotechar': 'xy'}, {'quoting': 7}, {'quotechar': None}, {'delimiter': 5}, {'lineterminator': 5}]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print('TypeError', e)
for bad in [['a,"b"c'], ['"abc']]:
    try:
        print(list(csv.reader(bad, strict=True)))
    except csv.Error as e:
        print('Error', e)
print(list(csv.reader(['a,"b"c', '"abc'])))
try:
    list(csv.reader(['a\rb']))
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error', e)
try:
    csv.get_dialect('nosuch')
except csv.Error as e:
    print('Error', e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['x' * 20]))
except csv.Error as e:
    print('Error', e)
print(old, csv.field_size_limit(old))
try:
    list(csv.reader(['1,abc'], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print('ValueError', e)
sn = csv.Sniffer()
sample = 'name;age;city\nann;3;"paris, fr"\nbob;4;rome\n'
d = sn.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar))
print(sn.has_header('name,age\nann,3\nbob,4\n'), sn.has_header('1,2\n3,4\n'))
print(repr(sn.sniff('a\tb\tc\n1\t2\t3\n').delimiter))
