"""Diff support for assertion messages (private to unittest).

krait has no difflib/pprint yet, so this module provides the two pieces the
assertion messages need, following their documented behaviour:

* SequenceMatcher: longest-matching-block recursion (Ratcliff/Obershelp)
  with junk elements (ignored as match seeds, but allowed to extend a
  match) and the "popular element" heuristic for sequences of 200+ items.
* ndiff(a, b): line diff with '- ', '+ ', '  ' prefixes; a replaced block
  is refined by pairing its most similar lines (ratio >= 0.75) and printing
  '? ' hint lines with ^ (changed), - (deleted) and + (inserted) markers.
* pformat(obj): pprint-style layout at width 80 for list/tuple/dict/set:
  the repr (with sorted dict keys and set items) when it fits, otherwise
  one item per line.
"""
__unittest = True


class SequenceMatcher(object):
    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self._blocks = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self._blocks = None
        self._fullbcount = None
        self._index_b()

    def _index_b(self):
        b = self.b
        b2j = {}
        for i, elt in enumerate(b):
            b2j.setdefault(elt, []).append(i)
        junk = set()
        if self.isjunk:
            for elt in list(b2j):
                if self.isjunk(elt):
                    junk.add(elt)
                    del b2j[elt]
        popular = set()
        n = len(b)
        if self.autojunk and n >= 200:
            ntest = n // 100 + 1
            for elt, idxs in list(b2j.items()):
                if len(idxs) > ntest:
                    popular.add(elt)
                    del b2j[elt]
        self._b2j = b2j
        self._junk = junk
        self._popular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        a, b, b2j, junk = self.a, self.b, self._b2j, self._junk
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        besti, bestj, bestsize = alo, blo, 0
        j2len = {}
        for i in range(alo, ahi):
            newj2len = {}
            for j in b2j.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = newj2len[j] = j2len.get(j - 1, 0) + 1
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            j2len = newj2len
        # grow the match with equal non-junk, then equal junk, neighbours
        for want_junk in (False, True):
            while (besti > alo and bestj > blo and
                   (b[bestj - 1] in junk) == want_junk and
                   a[besti - 1] == b[bestj - 1]):
                besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
            while (besti + bestsize < ahi and bestj + bestsize < bhi and
                   (b[bestj + bestsize] in junk) == want_junk and
                   a[besti + bestsize] == b[bestj + bestsize]):
                bestsize += 1
        return besti, bestj, bestsize

    def get_matching_blocks(self):
        if self._blocks is not None:
            return self._blocks
        la, lb = len(self.a), len(self.b)
        queue = [(0, la, 0, lb)]
        blocks = []
        while queue:
            alo, ahi, blo, bhi = queue.pop()
            i, j, k = x = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(x)
                if alo < i and blo < j:
                    queue.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    queue.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self._blocks = merged
        return merged

    def get_opcodes(self):
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            tag = ''
            if i < ai and j < bj:
                tag = 'replace'
            elif i < ai:
                tag = 'delete'
            elif j < bj:
                tag = 'insert'
            if tag:
                ops.append((tag, i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        return ops

    def ratio(self):
        matches = sum(t[-1] for t in self.get_matching_blocks())
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def quick_ratio(self):
        if self._fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self._fullbcount = counts
        avail = {}
        matches = 0
        for elt in self.a:
            n = avail[elt] if elt in avail else self._fullbcount.get(elt, 0)
            avail[elt] = n - 1
            if n > 0:
                matches += 1
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        total = la + lb
        return 2.0 * min(la, lb) / total if total else 1.0


def _char_junk(ch):
    return ch in ' \t'


def _dump(tag, x, lo, hi):
    for i in range(lo, hi):
        yield '%s %s' % (tag, x[i])


def _plain_replace(a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        yield from _dump('+', b, blo, bhi)
        yield from _dump('-', a, alo, ahi)
    else:
        yield from _dump('-', a, alo, ahi)
        yield from _dump('+', b, blo, bhi)


def _fancy_replace(a, alo, ahi, b, blo, bhi):
    best_ratio, cutoff = 0.74, 0.75
    cruncher = SequenceMatcher(_char_junk)
    eqi = eqj = None
    best_i = best_j = None
    for j in range(blo, bhi):
        bj = b[j]
        cruncher.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            cruncher.set_seq1(ai)
            if (cruncher.real_quick_ratio() > best_ratio and
                    cruncher.quick_ratio() > best_ratio and
                    cruncher.ratio() > best_ratio):
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            yield from _plain_replace(a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    yield from _fancy_helper(a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        cruncher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        yield from _qformat(aelt, belt, atags, btags)
    else:
        yield '  ' + aelt
    yield from _fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        else:
            yield from _dump('-', a, alo, ahi)
    elif blo < bhi:
        yield from _dump('+', b, blo, bhi)


def _keep_ws(s, tags):
    return ''.join(c if t == ' ' and c.isspace() else t
                   for c, t in zip(s, tags))


def _qformat(aline, bline, atags, btags):
    atags = _keep_ws(aline, atags).rstrip()
    btags = _keep_ws(bline, btags).rstrip()
    yield '- ' + aline
    if atags:
        yield '? %s\n' % atags
    yield '+ ' + bline
    if btags:
        yield '? %s\n' % btags


def ndiff(a, b):
    for tag, alo, ahi, blo, bhi in SequenceMatcher(None, a, b).get_opcodes():
        if tag == 'replace':
            yield from _fancy_replace(a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            yield from _dump('-', a, alo, ahi)
        elif tag == 'insert':
            yield from _dump('+', b, blo, bhi)
        else:
            yield from _dump(' ', a, alo, ahi)


# ---------------------------------------------------------------- pformat

_WIDTH = 80


def _sorted(items, key=None):
    try:
        return sorted(items, key=key)
    except TypeError:
        return list(items)


def _srepr(obj):
    t = type(obj)
    if t is dict:
        if not obj:
            return '{}'
        items = _sorted(obj.items(), key=lambda kv: kv[0])
        return '{%s}' % ', '.join('%s: %s' % (_srepr(k), _srepr(v))
                                  for k, v in items)
    if t is list:
        return '[%s]' % ', '.join(_srepr(x) for x in obj)
    if t is tuple:
        if len(obj) == 1:
            return '(%s,)' % _srepr(obj[0])
        return '(%s)' % ', '.join(_srepr(x) for x in obj)
    return repr(obj)


def _format(obj, out, indent, allowance):
    rep = _srepr(obj)
    if len(rep) > _WIDTH - indent - allowance:
        t = type(obj)
        if t is list and obj:
            out.append('[')
            _items(obj, out, indent, allowance + 1)
            out.append(']')
            return
        if t is tuple and obj:
            end = ',)' if len(obj) == 1 else ')'
            out.append('(')
            _items(obj, out, indent, allowance + len(end))
            out.append(end)
            return
        if t is dict and obj:
            out.append('{')
            items = _sorted(obj.items(), key=lambda kv: kv[0])
            ind = indent + 1
            for i, (k, v) in enumerate(items):
                last = i == len(items) - 1
                krep = _srepr(k)
                out.append(krep + ': ')
                _format(v, out, ind + len(krep) + 2,
                        allowance + 1 if last else 1)
                if not last:
                    out.append(',\n' + ' ' * ind)
            out.append('}')
            return
        if t in (set, frozenset) and obj:
            if t is set:
                out.append('{')
                end = '}'
            else:
                out.append('frozenset({')
                end = '})'
                indent += len('frozenset') + 1
            _items(_sorted(obj), out, indent, allowance + len(end))
            out.append(end)
            return
    out.append(rep)


def _items(items, out, indent, allowance):
    indent += 1
    items = list(items)
    for i, x in enumerate(items):
        last = i == len(items) - 1
        if i:
            out.append(',\n' + ' ' * indent)
        _format(x, out, indent, allowance if last else 1)


def pformat(obj):
    out = []
    _format(obj, out, 0, 0)
    return ''.join(out)
