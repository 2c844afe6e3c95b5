import statistics as st
from statistics import NormalDist, StatisticsError
from fractions import Fraction as F

data_sets = [
    [1, 2, 3, 4, 4],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [1, 3, 5, 7],
    [F(1, 2), F(3, 4), F(5, 8)],
    [0.1, 0.2, 0.3, 0.4, 0.1],
    [10**20, 10**20 + 1, 10**20 + 7],
    [1e100, 1e100, 3e100],
    [-1.5, 2, 7, -3.25, 0.125, 9, 9],
    [3, 1.5, F(1, 4)],
]
for d in data_sets:
    print(d)
    print("  mean", repr(st.mean(d)), "fmean", st.fmean(d), "median", st.median(d),
          st.median_low(d), st.median_high(d))
    print("  var", repr(st.variance(d)), repr(st.pvariance(d)), "stdev", st.stdev(d), st.pstdev(d))
    print("  mode", st.mode(d), st.multimode(d), "grouped", st.median_grouped(d))
print(st.variance([1, 2, 3, 4], 2.5), st.pvariance([1.5, 2.5], mu=2), st.stdev([1, 2, 3, 4], xbar=2))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5]), st.harmonic_mean([1, 0, 3]))
print(st.harmonic_mean([40, 60], weights=[5, 30]), st.fmean([3.5, 4.0, 5.25], weights=[0.7, 0.2, 0.1]), st.fmean(iter([1, 2, 3])))
print(st.mode("aabbbcc"), st.mode([1, 1, 2, 2]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=2), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]))
d = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
print(st.quantiles(d, n=10), st.quantiles(d), st.quantiles(d, n=4, method='inclusive'), st.quantiles([1, 2], n=3))
print(st.quantiles([1.5, 2.5, 9.75, 3.0], n=5, method='inclusive'))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, y), st.correlation(x, x[::-1]), st.linear_regression(x, y))
print(st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
for f, args in [(st.mean, ([],)), (st.variance, ([1],)), (st.stdev, ([],)), (st.median, ([],)),
                (st.mode, ([],)), (st.quantiles, ([1],)), (st.geometric_mean, ([1, -1],)),
                (st.harmonic_mean, ([-1, 2],)), (st.correlation, ([1, 1], [1, 2])),
                (st.linear_regression, ([1, 1], [1, 2])), (st.covariance, ([1], [1, 2])),
                (st.fmean, ([],)), (st.pvariance, ([],))]:
    try:
        f(*args)
    except StatisticsError as e:
        print(f.__name__, "StatisticsError", e)
try:
    st.mean(["a"])
except TypeError as e:
    print("TypeError", e)
print(issubclass(StatisticsError, ValueError))

nd = NormalDist(100, 15)
print(nd, nd.mean, nd.stdev, nd.variance, nd.median, nd.mode)
print(nd.pdf(110), nd.cdf(130), nd.inv_cdf(0.975), nd.inv_cdf(0.001), nd.inv_cdf(1e-12), nd.zscore(85))
print(nd.quantiles(), nd.quantiles(10))
print(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0)), NormalDist(0, 1).overlap(NormalDist(1, 1)))
print(nd + 10, nd - 5, nd * 2, nd / 3, -nd, +nd, 5 + nd, 10 - nd, 2 * nd, nd + NormalDist(1, 20), nd - NormalDist(1, 20))
print(nd == NormalDist(100, 15), nd == NormalDist(100, 16), hash(nd) == hash(NormalDist(100.0, 15.0)))
print(NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
print(NormalDist(5, 2).samples(4, seed=42))
for p in [0.5, 0.3, 0.07, 0.02, 1e-5, 1e-20, 0.9999]:
    print(p, NormalDist().inv_cdf(p))
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print("StatisticsError", e)
try:
    nd.inv_cdf(1.5)
except StatisticsError as e:
    print("StatisticsError", e)
