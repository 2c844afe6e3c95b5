# Graph algorithms program: BFS/DFS, Dijkstra with heapq, topological sort, union-find.
import heapq
from collections import deque, defaultdict
EDGES = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3), ("e", "d", 4), ("d", "f", 11), ("g", "h", 1)]
graph = defaultdict(list)
for u, v, w in EDGES:
    graph[u].append((v, w))
    graph[v].append((u, w))
def bfs(start):
    seen, order, q = {start}, [], deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order
def dfs(start, seen=None):
    seen = set() if seen is None else seen
    seen.add(start)
    out = [start]
    for nxt, _ in sorted(graph[start]):
        if nxt not in seen:
            out += dfs(nxt, seen)
    return out
print(bfs("a"), dfs("a"), bfs("g"))
def dijkstra(src):
    dist, prev = {src: 0}, {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v], prev[v] = nd, u
                heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("a")
for node in sorted(dist):
    path, cur = [], node
    while cur != "a":
        path.append(cur)
        cur = prev[cur]
    path.append("a")
    print(f"{node}: {dist[node]:>3} via {'->'.join(reversed(path))}")
print("unreachable h:", "h" in dist)
DEPS = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "log": [], "tests": ["app"]}
def toposort(deps):
    indeg = {k: 0 for k in deps}
    for k, vs in deps.items():
        for v in vs:
            indeg[k] += 1
    users = defaultdict(list)
    for k, vs in deps.items():
        for v in vs:
            users[v].append(k)
    ready = sorted(k for k, n in indeg.items() if n == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    if len(out) != len(deps):
        raise ValueError("cycle detected")
    return out
print(toposort(DEPS))
try:
    toposort({"x": ["y"], "y": ["x"]})
except ValueError as e:
    print("error:", e)
class DSU:
    def __init__(self, items):
        self.parent = {i: i for i in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.rank[ra] += self.rank[ra] == self.rank[rb]
        return True
nodes = sorted(graph)
dsu = DSU(nodes)
mst, total = [], 0
for u, v, w in sorted(EDGES, key=lambda e: (e[2], e[0], e[1])):
    if dsu.union(u, v):
        mst.append((u, v, w))
        total += w
print(mst, total)
groups = defaultdict(list)
for n in nodes:
    groups[dsu.find(n)].append(n)
print(sorted(sorted(g) for g in groups.values()))
grid = ["S.#.....", ".##..#..", "....#..#", "#.#...#E"]
def grid_path(grid):
    h, w = len(grid), len(grid[0])
    start = next((r, c) for r in range(h) for c in range(w) if grid[r][c] == "S")
    q, seen = deque([(start, 0)]), {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print("grid shortest path:", grid_path(grid))
print(heapq.nsmallest(3, [5, 1, 8, 3, 9]), heapq.nlargest(2, EDGES, key=lambda e: e[2]))
