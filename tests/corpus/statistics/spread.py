# statistics: quantiles, covariance, correlation, linear_regression and their errors
import statistics as st
from fractions import Fraction as F


def show(name, *args, **kw):
    try:
        print(name, repr(getattr(st, name)(*args, **kw)))
    except Exception as e:
        print(name, type(e).__name__, e)


data = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
        106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
        103, 107, 101, 81, 109, 104]
for n in (1, 2, 3, 4, 10):
    show("quantiles", data, n=n)
    show("quantiles", data, n=n, method="inclusive")
show("quantiles", [1, 2], n=4)
show("quantiles", [1.5, 2.5, 7], n=5)
show("quantiles", [F(1, 2), F(3, 2), 2], n=3)
show("quantiles", [1], n=4)
show("quantiles", [1, 2], n=0)
show("quantiles", [1, 2], method="middle")
show("quantiles", [1, 2, 3], 4)
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("covariance", x, y)
show("covariance", x, list(reversed(x)))
show("covariance", [1], [2])
show("covariance", [1, 2], [2])
show("correlation", x, x)
show("correlation", x, list(reversed(x)))
show("correlation", x, y)
show("correlation", [1, 1, 1], [1, 2, 3])
show("correlation", [1], [1])
r = st.linear_regression([1, 2, 3, 4, 5], [2.1, 3.9, 6.2, 7.8, 10.1])
print(r, r.slope, r.intercept, tuple(r), type(r).__name__)
show("linear_regression", [1, 2, 3, 4, 5], [2, 4, 6, 8, 10], proportional=True)
show("linear_regression", [1, 1], [1, 2])
show("linear_regression", [1], [1])
show("linear_regression", [1, 2, 3], [1, 2])
