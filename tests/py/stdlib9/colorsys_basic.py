import colorsys
cols = [(0.2, 0.4, 0.4), (1, 0, 0), (0, 1, 0), (0, 0, 1), (0.5, 0.5, 0.5), (0.9, 0.1, 0.7), (0.3, 0.8, 0.1), (1, 1, 0), (0.75, 0.6, 0.9), (0, 0, 0), (1, 1, 1)]
for c in cols:
    print(c, colorsys.rgb_to_hsv(*c), colorsys.rgb_to_hls(*c), colorsys.rgb_to_yiq(*c))
    print(colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*c)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*c)), colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*c)))
for h in [i / 12 for i in range(13)] + [1.3, -0.2]:
    print(h, colorsys.hsv_to_rgb(h, 0.7, 0.9), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.8, 0.5))
print(colorsys.yiq_to_rgb(1, 1, 1), colorsys.yiq_to_rgb(0, -1, 0), colorsys.rgb_to_hsv(255, 128, 0))
