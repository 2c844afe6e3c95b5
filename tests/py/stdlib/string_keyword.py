# string (constants, capwords, Template, Formatter) and keyword
import string, keyword

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    print(name, repr(getattr(string, name)))
print(string.capwords('  hello   wide\tworld '), string.capwords('a-b-c', '-'), string.capwords('ABC def'), string.capwords(''))
t = string.Template('$who likes $what; ${who}s $$5')
print(t.substitute(who='tim', what='ham'), t.substitute({'who': 'a', 'what': 'b'}), t.substitute({'who': 'a'}, what='kw'))
print(t.safe_substitute(who='x'), t.template, t.get_identifiers(), t.is_valid())
for tmpl, kw in [('$missing', {}), ('bad $ sign', {}), ('x\ny $1', {}), ('${unclosed', {})]:
    try:
        string.Template(tmpl).substitute(**kw)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(string.Template('$$ $a $ $b').safe_substitute(a=1), string.Template('bad $').is_valid(), string.Template('$a$b').substitute(a=1, b=2))
class Pct(string.Template):
    delimiter = '%'
print(Pct('%name costs %%%price').substitute(name='tea', price=3))
fmt = string.Formatter()
print(fmt.format('{} + {} = {}', 1, 2, 3), fmt.format('{0}{1}{0}', 'a', 'b'), fmt.format('{x:>5}|{y!r}', x=1, y='s'))
print(fmt.format('{0[1]} {p.real} {d[key]}', [1, 2], p=3j, d={'key': 'v'}), fmt.format('{:{w}.{p}f}', 3.14159, w=8, p=2))
print(list(fmt.parse('a{0}b{name!s:>3}c{{}}d')), list(fmt.parse('')), list(fmt.parse('}}x')))
for s in ['{0}{}', '{}{0}', '{', '}', '{0!x}']:
    try:
        fmt.format(s, 1, 2)
    except ValueError as e:
        print('ValueError', e)
try:
    fmt.format('{z}')
except KeyError as e:
    print('KeyError', e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} {0} {b}', 'x', a='hi'))
print(fmt.convert_field('s', 'r'), fmt.convert_field(1, None), fmt.vformat('{a}', (), {'a': 5}))

print(keyword.kwlist, len(keyword.kwlist))
print(keyword.softkwlist, keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'),
      keyword.iskeyword('print'), keyword.issoftkeyword('_'), keyword.__all__)
