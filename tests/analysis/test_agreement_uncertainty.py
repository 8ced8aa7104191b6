"""κ from exact counts (bands and verdicts on an edge), κ's SE and 95% CI against statsmodels,
ICC(2,1)'s CI against published values and an independent implementation, the F quantile."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from coded_sessions import coded
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats as sps
from statsmodels.stats.inter_rater import cohens_kappa

from attachcoder.analysis.agreement import band, compare_sessions, icc_2_1, kappa_stats
from attachcoder.analysis.agreement.criterion import judge
from attachcoder.analysis.agreement.fdist import f_cdf, f_ppf
from attachcoder.analysis.agreement.kappa import exact, per_code_kappa


def old_float_kappa(m: list[list[int]]) -> float:
    """κ as the program computed it before: in floating point."""
    a = np.asarray(m, dtype=np.float64)
    n = a.sum()
    p_o = float(np.trace(a)) / n
    p_e = float(a.sum(axis=1) @ a.sum(axis=0)) / (n * n)
    return (p_o - p_e) / (1 - p_e)


def test_domain_check_table_is_exactly_point_four_and_moderate() -> None:
    table = [[2, 3, 0], [0, 4, 1], [1, 1, 3]]
    assert old_float_kappa(table) < 0.4  # floating point put it in "fair"
    s = kappa_stats(table)
    assert s.exact == Fraction(2, 5)
    assert s.band == "moderate"
    assert (s.p_o, s.p_e) == (pytest.approx(0.6), pytest.approx(1 / 3))


def test_kappa_exactly_point_eight_passes_a_criterion_of_point_eight() -> None:
    # 12 one-second units: (attuned, attuned) 3, (misattuned, attuned) 1, (misattuned,
    # misattuned) 8 → the table [[3, 0], [1, 8]], κ = 4/5; in floats 0.7999999999999999
    assert old_float_kappa([[3, 0], [1, 8]]) < 0.8
    gold = coded("A 0-3, M 3-12", coder="G")
    trainee = coded("A 0-4, M 4-12", coder="T")
    report = compare_sessions(gold, trainee)
    stats = report.layer("Interaction").time_units.stats  # type: ignore[union-attr]
    assert stats.exact == Fraction(4, 5) and stats.band == "almost perfect"
    verdict = judge("trainee.acs", report, 0.8)
    assert verdict.passed and verdict.band == "almost perfect"
    assert not judge("trainee.acs", report, 0.81).passed
    # the per-code κ that "pulled κ down" are compared exactly too: none is below .8 here
    assert verdict.pulled_down == ()


def test_a_typed_criterion_is_the_decimal_it_names() -> None:
    assert exact(0.8) == Fraction(4, 5) and exact(0.1) == Fraction(1, 10)
    assert band(0.6) == "substantial" and band(Fraction(3, 5)) == "substantial"
    assert band(Fraction(3, 5) - Fraction(1, 10**9)) == "moderate"


tables = st.integers(2, 5).flatmap(
    lambda k: st.lists(st.lists(st.integers(0, 40), min_size=k, max_size=k), min_size=k, max_size=k)
)


@settings(max_examples=200, deadline=None)
@given(tables)
def test_se_and_ci_equal_statsmodels_cohens_kappa(m: list[list[int]]) -> None:
    s = kappa_stats(m)
    if s.kappa is None:
        return
    with np.errstate(invalid="ignore"):
        ref = cohens_kappa(np.asarray(m, dtype=float))
    assert s.kappa == pytest.approx(ref.kappa, abs=1e-12)
    if np.isnan(ref.std_kappa):  # its variance rounded to just below an exact 0 (e.g. [[0,
        assert ref.var_kappa > -1e-15 and s.se == 0.0  # 0], [1, 2]]): no square root of it
        return
    assert s.se is not None
    # the program's variance is exact, statsmodels' a float: equal to its rounding, which a
    # square root of a variance near 0 magnifies (1e-17 → 3e-9), hence the SE's tolerance
    assert s.se**2 == pytest.approx(ref.var_kappa, abs=1e-12)  # type: ignore[operator]
    assert s.se == pytest.approx(ref.std_kappa, rel=1e-9, abs=1e-7)
    assert s.ci_low == pytest.approx(ref.kappa_low, rel=1e-9, abs=2e-7)
    assert s.ci_high == pytest.approx(ref.kappa_upp, rel=1e-9, abs=2e-7)


def test_se_of_a_table_with_halves_and_an_empty_set_cell() -> None:
    # the symmetric tolerance rule tallies halves; an event table has an empty ∅–∅ cell
    m = [[3.5, 0, 1], [0.5, 2.5, 2], [1, 0, 0]]
    s = kappa_stats(m)
    ref = cohens_kappa(np.asarray(m))
    assert s.n == 10.5 and s.se == pytest.approx(ref.std_kappa, rel=1e-9)
    n = Fraction(21, 2)
    p_o = Fraction(6) / n
    p_e = (Fraction(9, 2) * 5 + 5 * Fraction(5, 2) + 1 * 3) / (n * n)  # rows × columns
    assert s.exact == (p_o - p_e) / (1 - p_e)


def test_per_code_kappa_is_exact_too() -> None:
    rows = per_code_kappa([[3, 0], [1, 8]], ["x", "y"])
    assert rows[0].exact == Fraction(4, 5) and rows[0].band == "almost perfect"


# ------------------------------------------------------------------ ICC(2,1) and its CI


def test_icc_ci_shrout_fleiss_table_as_published() -> None:
    # Shrout & Fleiss (1979) Table 2; psych::ICC prints ICC2 0.29, 95% CI 0.02 to 0.76
    data = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    r = icc_2_1(data)
    assert (round(r.icc, 2), round(r.ci_low, 2), round(r.ci_high, 2)) == (0.29, 0.02, 0.76)  # type: ignore[arg-type]


def mcgraw_wong(y: np.ndarray) -> tuple[float, float, float]:
    """ICC(A,1) and its 95% CI as pingouin writes McGraw & Wong's formulas (scipy's F)."""
    n, k = y.shape
    grand = y.mean()
    msr = k * ((y.mean(axis=1) - grand) ** 2).sum() / (n - 1)
    msc = n * ((y.mean(axis=0) - grand) ** 2).sum() / (k - 1)
    sse = ((y - y.mean(axis=1)[:, None] - y.mean(axis=0)[None, :] + grand) ** 2).sum()
    mse = sse / ((n - 1) * (k - 1))
    icc = (msr - mse) / (msr + (k - 1) * mse + k * (msc - mse) / n)
    fc = msc / mse
    vn = (k - 1) * (n - 1) * (k * icc * fc + n * (1 + (k - 1) * icc) - k * icc) ** 2
    vd = (n - 1) * k**2 * icc**2 * fc**2 + (n * (1 + (k - 1) * icc) - k * icc) ** 2
    v = vn / vd
    fu = sps.f.ppf(0.975, n - 1, v)
    fl = sps.f.ppf(0.975, v, n - 1)
    low = n * (msr - fu * mse) / (fu * (k * msc + (k * n - k - n) * mse) + n * msr)
    high = n * (fl * msr - mse) / (k * msc + (k * n - k - n) * mse + n * fl * msr)
    return icc, low, high


@settings(max_examples=60, deadline=None)
@given(st.integers(3, 40), st.integers(0, 10_000))
def test_icc_ci_equals_an_independent_implementation(n: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    truth = rng.normal(5, 2, size=n)
    y = np.column_stack([truth + rng.normal(0, 1, n), truth + 0.5 + rng.normal(0, 1, n)])
    r = icc_2_1(y.tolist())
    icc, low, high = mcgraw_wong(y)
    assert r.icc == pytest.approx(icc, abs=1e-10)
    if not (np.isfinite(low) and np.isfinite(high) and low <= icc <= high):
        # the approximation breaks down (n = 3, an ICC far below 0): no interval is given
        assert r.ci_low is None and r.ci_high is None
        return
    assert r.ci_low == pytest.approx(low, abs=1e-8)
    assert r.ci_high == pytest.approx(high, abs=1e-8)
    assert r.ci_low < r.icc < r.ci_high  # type: ignore[operator]


def test_no_icc_interval_where_the_approximation_breaks_down() -> None:
    """n = 3, ICC −0.87 (seed 1064): McGraw & Wong's lower bound is NaN and the upper one lies
    below the estimate; the program gives no interval rather than a NaN."""
    rng = np.random.default_rng(1064)
    truth = rng.normal(5, 2, size=3)
    y = np.column_stack([truth + rng.normal(0, 1, 3), truth + 0.5 + rng.normal(0, 1, 3)])
    r = icc_2_1(y.tolist())
    assert r.icc is not None and r.icc < -0.8
    assert r.ci_low is None and r.ci_high is None


def test_icc_ci_is_none_without_error_variance() -> None:
    r = icc_2_1([[1, 1], [2, 2], [5, 5]])
    assert r.icc == pytest.approx(1.0) and r.ci_low is None and r.ci_high is None


@settings(max_examples=300, deadline=None)
@given(
    st.floats(0.3, 200),
    st.floats(0.3, 500),
    st.sampled_from([0.025, 0.05, 0.5, 0.95, 0.975]),
)
def test_f_quantile_equals_scipy(d1: float, d2: float, q: float) -> None:
    f = f_ppf(q, d1, d2)
    assert f == pytest.approx(sps.f.ppf(q, d1, d2), rel=1e-9)
    assert f_cdf(f, d1, d2) == pytest.approx(q, rel=1e-9)
