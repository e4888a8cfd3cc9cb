# statistics: averages and spread with exact results across int, float, Fraction and bool data
import statistics as st
from fractions import Fraction as F


def show(name, *args, **kw):
    try:
        r = getattr(st, name)(*args, **kw)
        print(name, repr(r), type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)


datasets = [
    [1, 2, 3, 4], [1, 2, 3], [2.5, 3.25, 5.5, 11.25, 11.75], [0.1] * 10, [1e308, 1e308],
    [F(1, 2), F(1, 3), F(1, 4)], [1, 2.5, F(1, 2)], [True, False, True], [-5, -1, -3],
    [10**20, 10**20 + 1], [3], [], [1, float("inf")], [1, float("nan")], [1.5, 1.5, 1.5],
    range(1, 101), (x * x for x in range(5)),
]
for d in datasets:
    data = list(d)
    print("--", data[:6])
    for name in ("mean", "fmean", "median", "median_low", "median_high", "median_grouped",
                 "mode", "multimode", "variance", "pvariance", "stdev", "pstdev"):
        show(name, data)
    if all(not isinstance(x, bool) and x > 0 for x in data):
        show("geometric_mean", data)
        show("harmonic_mean", data)

print("-- iterators and specials")
show("mean", iter([1, 2, 3, 4]))
show("fmean", iter([1, 2, 3, 4]))
show("fmean", [1, 2, 3], weights=[1, 0, 1])
show("fmean", [1, 2, 3], weights=[1, 2])
show("fmean", [1, 2], weights=[0, 0])
show("fmean", [])
show("mean", ["a", "b"])
show("mean", [1, "2"])
show("mean", [F(1, 3), 0.5])
show("geometric_mean", [54, 24, 36])
show("geometric_mean", [1, 0])
show("geometric_mean", [-1, 2])
show("geometric_mean", [])
show("harmonic_mean", [40, 60])
show("harmonic_mean", [40, 60], weights=[5, 30])
show("harmonic_mean", [2, 0, 4])
show("harmonic_mean", [-1, 2])
show("harmonic_mean", [5])
show("harmonic_mean", [-5])
show("harmonic_mean", ["x"])
show("harmonic_mean", [1, 2], weights=[1])
show("harmonic_mean", [1, 2], weights=[0, 0])
show("harmonic_mean", [F(1, 2), F(1, 3)])
show("harmonic_mean", [2.5, 3])
show("median_grouped", [52, 52, 53, 54])
show("median_grouped", [1, 3, 3, 5, 7], interval=1)
show("median_grouped", [1, 3, 3, 5, 7], interval=2)
show("median_grouped", [1, 2, 2, 3, 4, 4, 4, 4, 4, 5])
show("median_grouped", ["a"])
show("mode", ["red", "blue", "blue", "red", "green", "red", "red"])
show("mode", "aabbbbccddddeeffffgg")
show("multimode", "aabbbbccddddeeffffgg")
show("multimode", "")
show("mode", [])
show("mode", [[1]])
show("median", ["b", "a", "c"])
show("median", [])
show("variance", [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5])
show("variance", [1, 2, 3, 4], 2.5)
show("pvariance", [1, 2, 3, 4], mu=2)
show("variance", [F(1, 4), F(5, 4), F(1, 2)])
show("stdev", [F(1, 4), F(5, 4), F(1, 2)])
show("variance", [1])
show("pvariance", [])
show("stdev", [1])
show("pstdev", [])
show("stdev", [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show("pstdev", [1.5, 2.5, 2.5, 2.75, 3.25, 4.75])
show("stdev", [10**30, 10**30 + 2, 10**30 + 4])
show("variance", ["a", "b"])
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__name__)
