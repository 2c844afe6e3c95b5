"""graphlib -- topological sorting of a graph of hashable nodes.

Every node gets a small record: how many predecessors are still pending,
the list of its successors (in insertion order), and its state (fresh,
handed out by get_ready(), or marked done).  prepare() seeds the ready list
with the nodes that have no predecessors; done() decrements the counters of
the successors and appends those that drop to zero.  Because dicts and
lists keep insertion order, the order nodes come out is deterministic and
the same as CPython's for the same sequence of add() calls.

Cycles are searched for in prepare() with an iterative depth-first walk
over the successor lists; the first back edge found gives the cycle,
reported as the path from the repeated node back to itself.
"""

__all__ = ["TopologicalSorter", "CycleError"]

_FRESH = 0
_OUT = -1
_DONE = -2


class _Info:
    __slots__ = ("node", "pending", "succ", "state")

    def __init__(self, node):
        self.node = node
        self.pending = 0
        self.succ = []
        self.state = _FRESH


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is the
    cycle as a list whose first and last elements are the same node."""
    pass


class TopologicalSorter:
    """Sorts a graph of hashable nodes topologically."""

    def __init__(self, graph=None):
        self._info = {}
        self._ready = None
        self._handed = 0
        self._finished = 0
        if graph is not None:
            for node, preds in graph.items():
                self.add(node, *preds)

    def _get(self, node):
        info = self._info.get(node)
        if info is None:
            info = self._info[node] = _Info(node)
        return info

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get(node)
        info.pending += len(predecessors)
        for p in predecessors:
            self._get(p).succ.append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._info.values() if i.pending == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        out = tuple(self._ready)
        for node in out:
            self._info[node].state = _OUT
        self._ready.clear()
        self._handed += len(out)
        return out

    def is_active(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if info.state != _OUT:
                if info.state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.state = _DONE
            for s in info.succ:
                si = self._info[s]
                si.pending -= 1
                if si.pending == 0:
                    self._ready.append(s)
            self._finished += 1

    def _cycle(self):
        info = self._info
        visited = set()
        for start in info:
            if start in visited:
                continue
            path = [start]
            where = {start: 0}
            iters = [iter(info[start].succ)]
            visited.add(start)
            while iters:
                nxt = next(iters[-1], _DONE)
                if nxt is _DONE:
                    del where[path.pop()]
                    iters.pop()
                    continue
                if nxt in where:
                    return path[where[nxt]:] + [nxt]
                if nxt in visited:
                    continue
                visited.add(nxt)
                where[nxt] = len(path)
                path.append(nxt)
                iters.append(iter(info[nxt].succ))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
