import json
try: json.loads('['*100000)
except RecursionError as e: print(e)
l=[]
for i in range(100000): l=[l]
try: json.dumps(l)
except RecursionError as e: print(e)
d={}
for i in range(100000): d={'a':d}
try: json.dumps(d)
except RecursionError as e: print(e)
try: json.loads('{"a":'*100000)
except RecursionError as e: print(e)
print(json.dumps("\ud800\udc00x", ensure_ascii=False) == '"\ud800\udc00x"', json.dumps("\ud800"))
print(json.loads('"\\ud800"') == '\ud800', json.loads('"\\udc00\\ud800x"') == '\udc00\ud800x')
print(json.decoder.scanstring('"abc\\n" rest', 1), json.encoder.encode_basestring_ascii('é"'))
from collections import OrderedDict, UserDict
class D(dict):
    def items(self):
        return [('z', 1), ('a', 2)]
class L(list):
    def __iter__(self):
        return iter([9, 8])
print(json.dumps(D(x=1)), json.dumps(L([1])), json.dumps(OrderedDict([('b', 1), ('a', 2)]), sort_keys=True))
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps([1, {"a": [2, 3]}, []], indent=3), json.dumps({"a": 1}, indent=''))
print(json.dumps(2 ** 100), json.dumps([1.0, -1e-300, 5e-324, 1.7976931348623157e308]))
print(json.dumps({'a': float('nan')}), json.loads('[-Infinity, Infinity]'))
