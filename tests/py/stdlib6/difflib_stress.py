import difflib

state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

def make(n, alphabet):
    return ''.join(alphabet[rnd(len(alphabet))] for _ in range(n))

total = []
for trial in range(40):
    a = make(rnd(60), 'abcde ')
    b = make(rnd(60), 'abcde ')
    s = difflib.SequenceMatcher(None, a, b)
    total.append((round(s.ratio(), 6), len(s.get_opcodes()), s.get_matching_blocks()[-2:]))
    j = difflib.SequenceMatcher(lambda c: c == ' ', a, b)
    total.append((round(j.ratio(), 6), j.get_opcodes()[:2]))
for t in total:
    print(t)

# long sequences exercise autojunk
a = make(600, 'ab')
b = make(650, 'abc')
s = difflib.SequenceMatcher(None, a, b)
print(round(s.ratio(), 6), len(s.get_opcodes()), len(s.bpopular))
s = difflib.SequenceMatcher(None, a, b, autojunk=False)
print(round(s.ratio(), 6), len(s.get_opcodes()))

lines_a = [make(rnd(12) + 1, 'abcdef') + '\n' for _ in range(80)]
lines_b = list(lines_a)
for k in range(15):
    op = rnd(3)
    i = rnd(len(lines_b))
    if op == 0:
        del lines_b[i]
    elif op == 1:
        lines_b.insert(i, make(rnd(12) + 1, 'abcdef') + '\n')
    else:
        line = list(lines_b[i])
        line[rnd(len(line))] = 'z'
        lines_b[i] = ''.join(line)
print(''.join(difflib.unified_diff(lines_a, lines_b, 'a', 'b', n=2)), end='')
print(''.join(difflib.context_diff(lines_a, lines_b, 'a', 'b')), end='')
print(''.join(difflib.ndiff(lines_a, lines_b)), end='')
words = [make(6, 'abcdefgh') for _ in range(200)]
for w in words[:10]:
    print(w, difflib.get_close_matches(w[:5] + 'x', words, n=4, cutoff=0.5))
