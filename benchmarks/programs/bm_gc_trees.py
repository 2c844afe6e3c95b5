# Allocation of cycles and trees (GC pressure): binary trees whose nodes
# point to their parent (every tree is a reference cycle), built and
# dropped repeatedly, with one long-lived tree kept alive; plus rings of
# small objects and self-referencing lists. Without a cycle collector the
# memory grows; RSS in the table shows it.

import gc


class Node:
    def __init__(self, parent, left, right):
        self.parent = parent
        self.left = left
        self.right = right


def make_tree(depth, parent=None):
    node = Node(parent, None, None)
    if depth > 0:
        node.left = make_tree(depth - 1, node)
        node.right = make_tree(depth - 1, node)
    return node


def check(node):
    if node.left is None:
        return 1
    return 1 + check(node.left) + check(node.right)


def depth_to_root(node):
    d = 0
    while node.parent is not None:
        node = node.parent
        d += 1
    return d


def leftmost(node):
    while node.left is not None:
        node = node.left
    return node


def make_ring(n):
    first = prev = [0, None]
    for i in range(1, n):
        cur = [i, None]
        prev[1] = cur
        prev = cur
    prev[1] = first
    return first


def main():
    max_depth = 15
    long_lived = make_tree(max_depth)
    total = 0
    for depth in range(4, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + 2)
        c = 0
        for _ in range(iterations):
            t = make_tree(depth)
            c += check(t)
            c += depth_to_root(leftmost(t))
        total += c
        print(f"{iterations}\t trees of depth {depth}\t check: {c}")
    rings = 0
    for i in range(300):
        r = make_ring(200 + i % 7)
        rings += r[1][1][0]
        d = {"self": None, "i": i}
        d["self"] = d
    gc.collect()
    print("long lived", check(long_lived), depth_to_root(leftmost(long_lived)),
          "total", total, "rings", rings)


main()
