"""Graph algorithms on small road and task graphs: BFS, DFS, Dijkstra, topo sort."""
import heapq
from collections import defaultdict, deque

ROADS = """
A B 7
A C 9
A F 14
B C 10
B D 15
C D 11
C F 2
D E 6
E F 9
G H 1
"""

TASKS = {
    "compile": ["fetch", "configure"],
    "configure": ["fetch"],
    "fetch": [],
    "test": ["compile"],
    "docs": ["configure"],
    "package": ["test", "docs"],
    "release": ["package", "sign"],
    "sign": ["package"],
}


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]  # ensure the node exists

    @classmethod
    def parse(cls, text):
        g = cls()
        for line in text.strip().splitlines():
            u, v, w = line.split()
            g.add_edge(u, v, int(w))
        return g

    def nodes(self):
        return sorted(self.adj)

    def neighbours(self, u):
        return sorted(self.adj[u])

    def __repr__(self):
        edges = sum(len(n) for n in self.adj.values())
        return f"Graph(nodes={len(self.adj)}, edges={edges if self.directed else edges // 2})"


def bfs(g, start):
    dist = {start: 0}
    order = []
    queue = deque([start])
    while queue:
        u = queue.popleft()
        order.append(u)
        for v in g.neighbours(u):
            if v not in dist:
                dist[v] = dist[u] + 1
                queue.append(v)
    return order, dist


def dfs_recursive(g, u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in g.neighbours(u):
        if v not in seen:
            dfs_recursive(g, v, seen, order)
    return order


def dfs_iterative(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(g.neighbours(u)))
    return order


def dijkstra(g, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        for v, w in sorted(g.adj[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(heap, (nd, v))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


def components(g):
    seen, comps = set(), []
    for n in g.nodes():
        if n not in seen:
            comp = dfs_recursive(g, n)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def topo_kahn(deps):
    indeg = {t: len(set(d)) for t, d in deps.items()}
    users = defaultdict(list)
    for t, ds in deps.items():
        for d in ds:
            users[d].append(t)
    ready = [t for t, n in indeg.items() if n == 0]
    heapq.heapify(ready)
    order = []
    while ready:
        t = heapq.heappop(ready)
        order.append(t)
        for u in sorted(users[t]):
            indeg[u] -= 1
            if indeg[u] == 0:
                heapq.heappush(ready, u)
    if len(order) != len(deps):
        raise ValueError(f"cycle among {sorted(t for t, n in indeg.items() if n)}")
    return order


def topo_dfs(deps):
    state, order = {}, []

    def visit(t, trail):
        if state.get(t) == "done":
            return
        if state.get(t) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [t]))
        state[t] = "active"
        for d in sorted(deps[t]):
            visit(d, trail + [t])
        state[t] = "done"
        order.append(t)

    for t in sorted(deps):
        visit(t, [])
    return order


def levels(deps, order):
    level = {}
    for t in order:
        level[t] = 1 + max((level[d] for d in deps[t]), default=-1)
    grouped = defaultdict(list)
    for t, lv in level.items():
        grouped[lv].append(t)
    return {lv: sorted(ts) for lv, ts in sorted(grouped.items())}


def main():
    g = Graph.parse(ROADS)
    print(g, g.nodes())
    order, dist = bfs(g, "A")
    print("bfs:", order, dict(sorted(dist.items())))
    print("dfs rec:", dfs_recursive(g, "A"))
    print("dfs it: ", dfs_iterative(g, "A"))
    print("components:", components(g))
    dist, prev = dijkstra(g, "A")
    for node in g.nodes():
        if node in dist:
            print(f"  A->{node}: {dist[node]:>3} via {'-'.join(path_to(prev, node))}")
        else:
            print(f"  A->{node}: unreachable")
    far = max((d, n) for n, d in dist.items())
    print("farthest:", far)
    print("nsmallest:", heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1]))
    print("nlargest:", heapq.nlargest(2, g.adj["C"].items(), key=lambda kv: kv[1]))
    merged = list(heapq.merge([1, 4, 9], [2, 3, 10], [5]))
    print("merge:", merged)

    print("\ntopo (kahn):", topo_kahn(TASKS))
    print("topo (dfs): ", topo_dfs(TASKS))
    for lv, ts in levels(TASKS, topo_kahn(TASKS)).items():
        print(f"  level {lv}: {', '.join(ts)}")
    cyclic = dict(TASKS, fetch=["release"])
    for fn in (topo_kahn, topo_dfs):
        try:
            fn(cyclic)
        except ValueError as exc:
            print(f"{fn.__name__}: {exc}")

    dg = Graph(directed=True)
    for t, ds in TASKS.items():
        for d in ds:
            dg.add_edge(d, t)
    print("\ndirected:", dg, "reach from configure:", sorted(bfs(dg, "configure")[1]))
    indeg = defaultdict(int)
    for u in dg.adj:
        for v in dg.adj[u]:
            indeg[v] += 1
    print("in-degree:", sorted(indeg.items(), key=lambda kv: (-kv[1], kv[0])))

    grid = ["S.#.....",
            ".##.###.",
            "...#...E",
            ".#...#.."]
    cells = {(r, c): ch for r, row in enumerate(grid) for c, ch in enumerate(row)}
    start = next(p for p, ch in cells.items() if ch == "S")
    end = next(p for p, ch in cells.items() if ch == "E")
    gg = Graph()
    for (r, c), ch in cells.items():
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            if cells.get((r + dr, c + dc), "#") != "#":
                gg.add_edge((r, c), (r + dr, c + dc))
    dist, prev = dijkstra(gg, start)
    path = path_to(prev, end)
    print(f"\nmaze {start}->{end}: {dist[end]} steps")
    rows = [list(row) for row in grid]
    for r, c in path[1:-1]:
        rows[r][c] = "*"
    print("\n".join("".join(row) for row in rows))


if __name__ == "__main__":
    main()
