import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)
for op in s.get_opcodes():
    print("%6s a[%d:%d] b[%d:%d]" % op)
print(s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = difflib.SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(difflib.SequenceMatcher(None, "", "").ratio(), difflib.SequenceMatcher(None, "a", "").get_opcodes())
# autojunk: long b with a popular element
a = "x" * 10 + "abc" + "y" * 300
b = "y" * 300 + "abc" + "x" * 5
sm = difflib.SequenceMatcher(None, a, b)
print(sm.get_matching_blocks()[:3], round(sm.ratio(), 4))
sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(sm.get_matching_blocks()[:3], round(sm.ratio(), 4))
print(list(difflib.SequenceMatcher(None, "abcdefghij" * 3, "abcXefghij" * 3).get_grouped_opcodes(1)))

print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
import keyword
print(difflib.get_close_matches('wheel', keyword.kwlist))
print(difflib.get_close_matches('pineapple', keyword.kwlist))
print(difflib.get_close_matches('accept', keyword.kwlist))
print(difflib.get_close_matches('lenght', ['length', 'len', 'height', 'lent', 'eight'], n=2, cutoff=0.5))

s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.context_diff(s1, s2, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(s1, s2, 'a', 'b', 'date1', 'date2', n=0)), end='')

text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print(''.join(difflib.ndiff(text1, text2)), end='')
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                          'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')

a = [str(i) + '\n' for i in range(30)]
b = a[:]
b[3] = 'three\n'
del b[15]
b.insert(25, 'new\n')
for line in difflib.unified_diff(a, b, lineterm=''):
    print(repr(line))
for line in difflib.context_diff(a, b, 'x', 'y', n=1):
    print(line, end='')
print(list(difflib.unified_diff(['same\n'], ['same\n'])))
print(list(difflib.unified_diff([], ['new\n'])))
print(list(difflib.context_diff(['old\n'], [])))
print(list(difflib.ndiff(['abcdefg\n'], ['abcxefg\n'])))
print(list(difflib.ndiff(['a\n', 'b\n'], ['c\n', 'd\n', 'e\n'])))
print(list(difflib.ndiff(['\tindented line here\n'], ['\tindented lines here\n'])))
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
