import re
import warnings


def f():
    return re.findall('[a||b]', 'a|b')


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    re.compile('[[a]')
    re.compile('[+--]')
    re.compile('[a&&b]')
    print(f())
    re.compile('[a~~b]')
    re.compile('[x-]')
    print(re.findall('[[:alpha:]]', 'a:['))
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
