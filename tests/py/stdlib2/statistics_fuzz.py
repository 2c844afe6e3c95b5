# Random data sets (ints, floats, mixed) through the exact statistics
# functions; results must be bit-identical to CPython's.
import random
import statistics as st

rng = random.Random(5)
for i in range(40):
    n = rng.randrange(2, 25)
    kind = i % 3
    if kind == 0:
        data = [rng.randrange(-1000, 1000) for _ in range(n)]
    elif kind == 1:
        data = [rng.uniform(-1e6, 1e6) for _ in range(n)]
    else:
        data = [rng.choice([rng.randrange(100), rng.random() * 100]) for _ in range(n)]
    print(i, n, repr(st.mean(data)), st.fmean(data), repr(st.median(data)),
          repr(st.variance(data)), repr(st.pvariance(data)), st.stdev(data), st.pstdev(data))
    print("   ", st.quantiles(data, n=5), st.quantiles(data, n=3, method="inclusive"), st.mode(data))
    pos = [abs(x) + 1 for x in data]
    print("   ", st.geometric_mean(pos), repr(st.harmonic_mean(pos)), st.median_grouped(data))
    y = [x * 0.5 + rng.gauss(0, 10) for x in data]
    print("   ", st.covariance(data, y), st.correlation(data, y), st.linear_regression(data, y))
nd = st.NormalDist.from_samples([rng.gauss(10, 2) for _ in range(50)])
print(nd, nd.inv_cdf(0.9), nd.cdf(11), nd.overlap(st.NormalDist(9, 3)))
