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


def beta_inc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_cf(a, b, x) / a
    return 1.0 - front * _beta_cf(b, a, 1.0 - x) / b


def f_cdf(f: float, d1: float, d2: float) -> float:
    """P(F ≤ f) for the F distribution with d1 and d2 degrees of freedom (any reals > 0)."""
    if f <= 0:
        return 0.0
    return beta_inc(d1 / 2.0, d2 / 2.0, d1 * f / (d1 * f + d2))


def f_ppf(q: float, d1: float, d2: float) -> float:
    """The q-quantile of F(d1, d2): the f with P(F ≤ f) = q, by bisection on the beta scale."""
    if not 0.0 < q < 1.0:
        raise ValueError(f"a quantile needs 0 < q < 1, not {q}")
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if beta_inc(d1 / 2.0, d2 / 2.0, mid) < q:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-17:
            break
    x = (lo + hi) / 2.0
    return d2 * x / (d1 * (1.0 - x))
