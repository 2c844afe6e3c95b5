# ChainMap, UserDict, UserList, UserString
from collections import ChainMap, UserDict, UserList, UserString

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], len(cm), list(cm), sorted(cm.items()), 'a' in cm, cm.get('zz', 0))
cm['d'] = 4; print(over, cm.maps)
del cm['b']; print(cm['b'], over)
child = cm.new_child({'x': 1}); print(child, child.parents)
print(cm.new_child(), cm.new_child(y=2))
print(ChainMap(), ChainMap({}, {}).maps, bool(ChainMap({})), bool(ChainMap({}, {'a': 1})))
print(ChainMap.fromkeys('ab', 0), cm.copy(), cm.pop('c'), cm)
for f in (lambda: cm['nothere'], lambda: cm.__delitem__('a'), lambda: cm.pop('a'), lambda: ChainMap().popitem()):
    try:
        f()
    except KeyError as e:
        print('KeyError', e)
print(ChainMap({'a': 1}) | {'b': 2}, dict(ChainMap({'a': 1}, {'a': 2, 'q': 3})))

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, len(ud), ud['a'], 'b' in ud, list(ud), ud.data, ud.get('z', 'no'), ud.copy(), type(ud.copy()).__name__)
del ud['a']; print(ud, ud.pop('b'), ud)
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
try:
    UserDict()['x']
except KeyError as e:
    print('KeyError', e)
print(UserDict.fromkeys('xy', 1), ud | {'q': 1})

ul = UserList([3, 1, 2])
ul.append(0); ul.sort(); print(ul, ul.data, len(ul), ul[1], ul[1:3], type(ul[1:3]).__name__)
print(ul + [9], [9] + ul, ul * 2, ul == [0, 1, 2, 3], ul < [5], 2 in ul, ul.index(2), ul.count(1))
ul.extend(UserList([7])); ul.insert(0, -1); ul.remove(3); print(ul, ul.pop(), ul.pop(0), ul)
ul.reverse(); print(ul, ul.copy(), UserList(), UserList('ab'))

us = UserString('Hello World')
print(us, repr(us), len(us), us[0], us[1:4], us.upper(), us.lower(), us.split(), us.replace('l', 'L'))
print(us + '!', '>' + us, us * 2, 'World' in us, us.find('o'), us.count('l'), us.startswith('He'),
      us == 'Hello World', us < 'Z', us.strip('Hd'), us.center(15, '*'), type(us.upper()).__name__)
print(UserString(42), UserString('%s-%d') % ('a', 1), us.isalpha(), us.title(), us.zfill(13), us.encode())
print(hash(UserString('x')) == hash('x'), int(UserString('12')) + 1, float(UserString('1.5')), us.join('ab'))
