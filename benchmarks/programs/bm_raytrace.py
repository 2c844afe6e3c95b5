# Vector classes with operator dunders: a small ray tracer (spheres and a
# plane, one point light, shadows, one reflection bounce) rendering a tiny
# image. Measures __add__/__sub__/__mul__ dispatch on Python classes,
# instance creation and float math. Prints a checksum of the 8-bit pixels.

import math


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __abs__(self):
        return math.sqrt(self.dot(self))

    def norm(self):
        return self * (1.0 / abs(self))

    def hadamard(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        s = math.sqrt(disc)
        t = -b - s
        if t > 1e-6:
            return t
        t = -b + s
        if t > 1e-6:
            return t
        return None

    def normal_at(self, p):
        return (p - self.center).norm()

    def color_at(self, p):
        return self.color


class Plane:
    def __init__(self, point, normal, reflect):
        self.point = point
        self.normal = normal.norm()
        self.reflect = reflect

    def intersect(self, ray):
        d = self.normal.dot(ray.direction)
        if abs(d) < 1e-9:
            return None
        t = (self.point - ray.origin).dot(self.normal) / d
        return t if t > 1e-6 else None

    def normal_at(self, p):
        return self.normal

    def color_at(self, p):
        if (math.floor(p.x) + math.floor(p.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.2)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.0, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.2), 0.1),
            Sphere(Vec(2.0, 0.5, 4.5), 0.5, Vec(0.2, 0.3, 0.9), 0.5),
            Plane(Vec(0.0, 0.0, 0.0), Vec(0.0, 1.0, 0.0), 0.2),
        ]
        self.light = Vec(-3.0, 6.0, 0.0)

    def hit(self, ray):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.hit(ray)
        if obj is None:
            return Vec(0.1, 0.1, 0.3)
        p = ray.at(t)
        n = obj.normal_at(p)
        to_light = (self.light - p).norm()
        base = obj.color_at(p)
        shadow_obj, st = self.hit(Ray(p, to_light))
        lit = 0.0
        if shadow_obj is None or st > abs(self.light - p):
            lit = max(0.0, n.dot(to_light))
        color = base * (0.15 + 0.85 * lit)
        if depth > 0 and obj.reflect > 0:
            d = ray.direction
            r = d - n * (2 * d.dot(n))
            color = color * (1 - obj.reflect) + self.trace(Ray(p, r.norm()), depth - 1) * obj.reflect
        return color


def render(w, h):
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    checksum = 0
    for j in range(h):
        for i in range(w):
            x = (i - w / 2) / w
            y = (h / 2 - j) / h
            d = Vec(x, y, 1.0).norm()
            c = scene.trace(Ray(eye, d), 2)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


def main():
    print(render(310, 233))


main()
