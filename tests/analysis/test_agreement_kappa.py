"""Cohen's κ, κ_max, per-code κ, bands and ICC(2,1) against published and hand-made vectors."""

from __future__ import annotations

import pytest

from attachcoder.analysis.agreement import band, icc_2_1, kappa_stats
from attachcoder.analysis.agreement.kappa import ConfusionMatrix, per_code_kappa


def test_domain_vector_3x3() -> None:
    s = kappa_stats([[2, 3, 0], [0, 4, 1], [1, 1, 3]])
    assert s.n == 15
    assert s.p_o == pytest.approx(0.600)
    assert s.p_e == pytest.approx(1 / 3)
    assert s.kappa == pytest.approx(0.400)
    assert round(s.p_e, 3) == 0.333
    assert s.percent_agreement == pytest.approx(60.0)


def test_kappa_max_by_hand() -> None:
    # rows 5, 5, 5; columns 3, 8, 4 → p_max = (3 + 5 + 4) / 15 = .8, p_e = 1/3
    s = kappa_stats([[2, 3, 0], [0, 4, 1], [1, 1, 3]])
    assert s.kappa_max == pytest.approx((0.8 - 1 / 3) / (1 - 1 / 3))


def test_perfect_agreement_is_one_and_kappa_max_is_one() -> None:
    s = kappa_stats([[5, 0], [0, 3]])
    assert s.kappa == pytest.approx(1.0)
    assert s.kappa_max == pytest.approx(1.0)


def test_kappa_is_undefined_without_tallies_or_without_variation() -> None:
    assert kappa_stats([[0, 0], [0, 0]]).kappa is None
    only_one_category = kappa_stats([[7, 0], [0, 0]])
    assert only_one_category.kappa is None
    assert only_one_category.p_o == 1.0
    assert only_one_category.band == ""


def test_non_square_matrix_is_refused() -> None:
    with pytest.raises(ValueError, match="square"):
        kappa_stats([[1, 2, 3], [4, 5, 6]])


@pytest.mark.parametrize(
    ("k", "name"),
    [
        (-0.01, "poor"),
        (0.0, "slight"),
        (0.19999, "slight"),
        (0.20, "fair"),
        (0.40, "moderate"),
        (0.5999, "moderate"),
        (0.60, "substantial"),
        (0.80, "almost perfect"),
        (1.0, "almost perfect"),
        (None, ""),
    ],
)
def test_landis_koch_bands_are_closed_on_the_left(k: float | None, name: str) -> None:
    assert band(k) == name


def test_per_code_kappa_collapses_to_two_by_two() -> None:
    m = [[2, 3, 0], [0, 4, 1], [1, 1, 3]]
    rows = {c.code: c for c in per_code_kappa(m, ["x", "y", None])}
    assert set(rows) == {"x", "y"}  # the none/∅ category is not listed
    # x against the rest: [[2, 3], [1, 9]], N = 15
    p_o = 11 / 15
    p_e = (5 * 3 + 10 * 12) / 225
    assert rows["x"].kappa == pytest.approx((p_o - p_e) / (1 - p_e))
    assert (rows["x"].n_a, rows["x"].n_b, rows["x"].n_both) == (5, 3, 2)
    # y against the rest: [[4, 1], [4, 6]]
    p_o = 10 / 15
    p_e = (5 * 8 + 10 * 7) / 225
    assert rows["y"].kappa == pytest.approx((p_o - p_e) / (1 - p_e))


def test_confusion_matrix_transposes() -> None:
    m = ConfusionMatrix(("a", None), ((1, 2), (3, 4)))
    assert m.transposed().counts == ((1, 3), (2, 4))
    assert m.array().tolist() == [[1, 2], [3, 4]]


def test_icc_shrout_fleiss_1979_table() -> None:
    # Shrout & Fleiss (1979), Table 2: six targets, four judges; ICC(2,1) = .29
    data = [[9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7]]
    r = icc_2_1(data)
    assert r.n == 6
    assert r.icc == pytest.approx(0.2898, abs=5e-4)


def test_icc_two_raters_by_hand() -> None:
    # subjects 1..4 rated [1,2], [2,3], [3,4], [4,5]: rater B is always one point higher.
    y = [[1, 2], [2, 3], [3, 4], [4, 5]]
    # grand 3; row means 1.5, 2.5, 3.5, 4.5 → MS_R = 2·5/3; col means 2.5, 3.5 → MS_C = 4·0.5
    ms_r, ms_c, ms_e = 10 / 3, 2.0, 0.0
    expected = (ms_r - ms_e) / (ms_r + ms_e + 2 * (ms_c - ms_e) / 4)
    assert icc_2_1(y).icc == pytest.approx(expected)  # absolute agreement: below 1
    assert icc_2_1([[1, 1], [2, 2], [5, 5]]).icc == pytest.approx(1.0)


def test_icc_drops_incomplete_rows_and_needs_two_subjects() -> None:
    assert icc_2_1([[1, 2], [3, None], [2, 2]]).n == 2
    assert icc_2_1([[1, 2]]).icc is None
    assert icc_2_1([[3, 3], [3, 3]]).icc is None  # no variance at all
