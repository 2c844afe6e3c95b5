"""colorsys -- conversions between RGB and the YIQ, HLS and HSV models.

All coordinates are floats in [0, 1] (I and Q of YIQ may be negative).
Results must agree with CPython to the last bit, so every formula keeps the
same association order of its floating-point operations; only the control
flow is arranged differently (hue sectors come from table lookups).
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb",
           "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def _clamp(x):
    return 0.0 if x < 0.0 else (1.0 if x > 1.0 else x)


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    return (y,
            0.74 * (r - y) - 0.27 * (b - y),
            0.48 * (r - y) + 0.41 * (b - y))


def yiq_to_rgb(y, i, q):
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(r), _clamp(g), _clamp(b))


def _hue(r, g, b, hi, span):
    # position on the colour hexagon, measured from the dominant primary
    rc = (hi - r) / span
    gc = (hi - g) / span
    bc = (hi - b) / span
    if r == hi:
        h = bc - gc
    elif g == hi:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    total = hi + lo
    span = hi - lo
    l = total / 2.0
    if lo == hi:
        return 0.0, l, 0.0
    s = span / total if l <= 0.5 else span / (2.0 - hi - lo)
    return _hue(r, g, b, hi, span), l, s


def _channel(m1, m2, hue):
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return m1 + (m2 - m1) * hue * 6.0
    if hue < 0.5:
        return m2
    if hue < TWO_THIRD:
        return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0
    return m1


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    m2 = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    m1 = 2.0 * l - m2
    return (_channel(m1, m2, h + ONE_THIRD), _channel(m1, m2, h),
            _channel(m1, m2, h - ONE_THIRD))


def rgb_to_hsv(r, g, b):
    hi = max(r, g, b)
    lo = min(r, g, b)
    span = hi - lo
    if lo == hi:
        return 0.0, 0.0, hi
    return _hue(r, g, b, hi, span), span / hi, hi


# which of (v, t, p, q) feeds r, g, b in each sixth of the hue circle
_SECTORS = ((0, 2, 1), (3, 0, 1), (1, 0, 2), (1, 3, 0), (2, 1, 0), (0, 1, 3))


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    i = int(h * 6.0)
    f = (h * 6.0) - i
    vals = (v, v * (1.0 - s), v * (1.0 - s * (1.0 - f)), v * (1.0 - s * f))
    # vals is (v, p, t, q)
    ri, gi, bi = _SECTORS[i % 6]
    return vals[ri], vals[gi], vals[bi]
