"""The F distribution's quantile, for the ICC's confidence interval (McGraw & Wong 1996).

Why not scipy: this one function would add scipy (tens of MB) to the wheel and the standalone
app. The regularized incomplete beta function is evaluated by its continued fraction (Lentz's
method, as in Numerical Recipes §6.4) and inverted by bisection; the tests check it against
``scipy.stats.f.ppf`` to 1e-9.
"""

from __future__ import annotations

import math

_TINY = 1e-300


def _beta_cf(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b) (converges fast for x < (a + 1) / (a + b + 2))."""
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, 1000):
        m2 = 2 * m
        for aa in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                   -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):  # fmt: skip
            d = 1.0 + aa * d
            d = 1.0 / (d if abs(d) > _TINY else _TINY)
            c = 1.0 + aa / c
            c = c if abs(c) > _TINY else _TINY
            h *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return h


def _tails(f: float, d1: float, d2: float) -> tuple[float, float]:
    """(P(F ≤ f), P(F > f)), each computed directly, so neither loses digits near 0 or 1.

    With x = d1 f / (d1 f + d2) and y = 1 − x = d2 / (d1 f + d2) (both formed without a
    subtraction), P(F ≤ f) = I_x(d1/2, d2/2) = 1 − I_y(d2/2, d1/2): the continued fraction is
    evaluated on the side where it converges, the other tail as its complement.
    """
    if f <= 0:
        return 0.0, 1.0
    if math.isinf(f):
        return 1.0, 0.0
    a, b = d1 / 2.0, d2 / 2.0
    x = d1 * f / (d1 * f + d2)
    y = d2 / (d1 * f + d2)
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log(y)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        cdf = front * _beta_cf(a, b, x) / a
        return cdf, 1.0 - cdf
    sf = front * _beta_cf(b, a, y) / b
    return 1.0 - sf, sf


def f_cdf(f: float, d1: float, d2: float) -> float:
    """P(F ≤ f) for the F distribution with d1 and d2 degrees of freedom (any reals > 0)."""
    return _tails(f, d1, d2)[0]


def f_ppf(q: float, d1: float, d2: float) -> float:
    """The q-quantile of F(d1, d2): the f with P(F ≤ f) = q, by bisection on log f.

    Below the median the lower tail is compared with q, above it the upper tail with 1 − q,
    so a quantile far out in either tail keeps its digits.
    """
    if not 0.0 < q < 1.0:
        raise ValueError(f"a quantile needs 0 < q < 1, not {q}")

    def below(f: float) -> bool:  # is the quantile above f?
        cdf, sf = _tails(f, d1, d2)
        return cdf < q if q <= 0.5 else sf > 1.0 - q

    lo, hi = 1.0, 1.0
    while below(hi) and hi < 1e300:
        hi *= 16.0
    while not below(lo) and lo > 1e-300:
        lo /= 16.0
    for _ in range(400):
        mid = math.sqrt(lo * hi)
        if below(mid):
            lo = mid
        else:
            hi = mid
        if hi - lo <= 1e-15 * hi:
            break
    return math.sqrt(lo * hi)
