"""Agreement over a study and observer drift, computed by hand for a small case (STUDY.md)."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import numpy as np
import pytest
from coded_sessions import coded

from attachcoder.analysis.agreement import compare_sessions, kappa_stats
from attachcoder.analysis.agreement.bootstrap import RESAMPLES
from attachcoder.analysis.study_agreement import (
    compare_pair,
    rolling_means,
    slope_per_30_days,
    study_agreement,
    sum_tables,
)
from attachcoder.core import Session


def done(s: Session, when: str) -> Session:
    s.metadata = dataclasses.replace(s.metadata, status="complete", completed_at=when)
    return s


# Interaction in 1 s units over 10 s: A = attuned 0-5, misattuned 5-10.
#   same coding        → p_o 1, κ 1
#   attuned 0-10       → p_o .5, p_e (5·10 + 5·0)/100 = .5, κ 0
#   misattuned 0-5, attuned 5-10 → p_o 0, p_e .5, κ −1
CASES = [
    ("D1", "A 0-5, M 5-10", "2027-01-01T10:00:00+00:00", "2027-01-01T09:00:00+00:00", 1.0),
    ("D2", "A 0-10", "2027-01-11T10:00:00+00:00", "2027-01-05T00:00:00+00:00", 0.0),
    ("D3", "M 0-5, A 5-10", "2027-01-20T00:00:00+00:00", "2027-01-21T10:00:00+00:00", -1.0),
]


def pairs() -> list:
    out = []
    for dyad, other, t_primary, t_rel, _ in CASES:
        a = done(coded("A 0-5, M 5-10", dyad=dyad, coder="C1"), t_primary)
        b = done(coded(other, dyad=dyad, coder="C2"), t_rel)
        out.append(compare_pair(a, b, unit="1s", tolerance="0s"))
    return out


def test_each_pair_is_the_agreement_code_and_ordered_by_the_later_completion() -> None:
    ps = pairs()
    assert [p.kappa for p in ps] == pytest.approx([c[-1] for c in CASES])
    assert [p.completed_at[:10] for p in ps] == ["2027-01-01", "2027-01-11", "2027-01-21"]
    a = coded("A 0-5, M 5-10", dyad="D2", coder="C1")
    direct = compare_sessions(a, coded("A 0-10", dyad="D2", coder="C2"), unit="1s")
    assert ps[1].report.layer("Interaction") == direct.layer("Interaction")


def test_drift_by_hand() -> None:
    ag = study_agreement(pairs(), ["C1", "C2", "C3"], criterion=0.7)
    d = ag.drift["C2"]
    assert [p.dyad_id for p in d.series] == ["D1", "D2", "D3"]
    assert [p.kappa for p in d.series] == pytest.approx([1.0, 0.0, -1.0])
    assert d.rolling == pytest.approx((1.0, 0.5, 0.0))
    # the later completions are 0, 10 and 20 days after D1's: slope −0.1 a day
    days = [0.0, 10.0, 20.0]
    mean_t = sum(days) / 3
    dt = [t - mean_t for t in days]
    by_hand = (
        sum(x * y for x, y in zip(dt, [1.0, 0.0, -1.0], strict=True)) / sum(x * x for x in dt) * 30
    )
    assert d.slope_per_30_days == pytest.approx(by_hand, rel=1e-3)
    assert d.slope_per_30_days == pytest.approx(-3.0, rel=0.01)
    assert d.flagged  # the latest rolling mean (0) is below 0.7
    assert (
        d.describe()
        == "C2: 3 pair(s), rolling κ 0.000, slope -3.000 per 30 days — below the criterion"
    )
    assert ag.drift["C3"].series == () and not ag.drift["C3"].flagged


def test_rolling_mean_uses_the_last_five() -> None:
    assert rolling_means([1, 1, 1, 1, 1, 0])[-1] == pytest.approx(0.8)
    assert rolling_means([0.9, 0.5])[-1] == pytest.approx(0.7)
    assert slope_per_30_days([0.0], [1.0]) is None


def test_pooled_figures() -> None:
    ag = study_agreement(pairs(), ["C1", "C2"], criterion=0.7)
    inter = next(p for p in ag.pooled if p.layer == "Interaction")
    assert inter.pairs == 3 and inter.mean_kappa_time_units == pytest.approx(0.0)
    # summed table over 30 units: rows A/M 15 each; cols A 5+10+5 = 20, M 10; diagonal 15
    p_o, p_e = 15 / 30, (15 * 20 + 15 * 10) / 900
    assert inter.pooled_kappa_time_units == pytest.approx((p_o - p_e) / (1 - p_e))
    tables = [p.report.layer("Interaction").time_units.matrix for p in ag.pairs]
    assert sum_tables(tables).array().sum() == 30


# ------------------------------------------------------------------ CIs, undefined, skipped


def varied_pairs() -> list:
    """Six pairs with different κ, one with κ undefined (both coded attuned throughout)."""
    others = ["A 0-5, M 5-10", "A 0-6, M 6-10", "A 0-4, M 4-10", "A 0-7, M 7-10", "A 0-10"]
    out = []
    for i, other in enumerate(others):
        a = done(coded("A 0-5, M 5-10", dyad=f"D{i}", coder="C1"), f"2027-01-0{i + 1}T10:00:00")
        b = done(coded(other, dyad=f"D{i}", coder="C2"), f"2027-01-0{i + 1}T11:00:00")
        out.append(compare_pair(a, b, unit="1s", tolerance="0s"))
    a = done(coded("A 0-10", dyad="D9", coder="C1"), "2027-01-09T10:00:00")
    b = done(coded("A 0-10", dyad="D9", coder="C2"), "2027-01-09T11:00:00")
    out.append(compare_pair(a, b, unit="1s", tolerance="0s"))
    return out


def test_bootstrap_intervals_by_an_independent_loop() -> None:
    ps = varied_pairs()
    ag = study_agreement(ps, ["C1", "C2"], criterion=0.7, seed=42)
    inter = next(p for p in ag.pooled if p.layer == "Interaction")
    # the same resamples, recomputed one by one with the program's κ of a table
    rng = np.random.default_rng(42)
    picks = rng.integers(0, len(ps), size=(RESAMPLES, len(ps)))
    pooled, means = [], []
    for row in picks:
        tables = [ps[i].report.layer("Interaction").time_units.matrix for i in row]
        k = kappa_stats(sum_tables(tables).array()).kappa
        if k is not None:
            pooled.append(k)
        defined = [x for i in row if (x := ps[i].kappa) is not None]
        if defined:
            means.append(sum(defined) / len(defined))
    assert (inter.pooled_ci.low, inter.pooled_ci.high) == pytest.approx(
        tuple(np.percentile(pooled, [2.5, 97.5])), abs=1e-12
    )
    assert (inter.mean_ci.low, inter.mean_ci.high) == pytest.approx(
        tuple(np.percentile(means, [2.5, 97.5])), abs=1e-12
    )
    assert inter.pooled_ci.low < inter.pooled_kappa_time_units < inter.pooled_ci.high
    # the study's seed makes it reproducible; another seed draws other resamples
    again = study_agreement(ps, ["C1", "C2"], criterion=0.7, seed=42)
    assert again.pooled == ag.pooled
    other = study_agreement(ps, ["C1", "C2"], criterion=0.7, seed=43)
    assert next(p for p in other.pooled if p.layer == "Interaction").pooled_ci != inter.pooled_ci


def test_undefined_pairs_are_counted_and_left_out_and_drift_says_which_it_skipped() -> None:
    ag = study_agreement(varied_pairs(), ["C1", "C2"], criterion=0.7, seed=1)
    inter = next(p for p in ag.pooled if p.layer == "Interaction")
    assert inter.pairs == 6 and inter.undefined_time_units == 1
    defined = [p.kappa for p in ag.pairs if p.kappa is not None]
    assert inter.mean_kappa_time_units == pytest.approx(sum(defined) / 5)
    assert (inter.min_kappa_time_units, inter.max_kappa_time_units) == (min(defined), max(defined))
    d = ag.drift["C1"]
    assert len(d.series) == 5
    assert [(s.dyad_id, s.reason) for s in d.skipped] == [
        ("D9", "κ of Interaction undefined (one category throughout)")
    ]
    assert "skipped: D9" in d.describe()


def test_pairs_below_the_criterion_are_counted_exactly() -> None:
    ag = study_agreement(varied_pairs(), ["C1", "C2"], criterion=0.8, seed=1)
    below = {p.dyad_id for p in ag.below_criterion()}
    # D1 (A 0-6 against A 0-5 → [[5, 0], [1, 4]]) has κ exactly .8: not below .8
    d1 = next(p for p in ag.pairs if p.dyad_id == "D1")
    assert d1.kappa_exact == Fraction(4, 5)
    assert below == {"D3", "D4"}  # κ .6 and 0; D0 is 1, D2 also .8, D9 undefined


def test_the_study_reports_the_iccs_of_its_ratings_and_measures() -> None:
    ag = study_agreement(varied_pairs(), ["C1", "C2"], criterion=0.7, seed=1)
    names = {m.measure for m in ag.icc}
    assert "proportion_attuned" in names
    att = next(m for m in ag.icc if m.measure == "proportion_attuned")
    assert att.n == 6 and att.icc is not None


def test_a_pair_with_a_running_state_and_no_observed_end_is_not_comparable() -> None:
    """The κ a coder's drift follows never comes from a coding whose running state has no
    end: the pair is left out, with the reason, and the drift line names it."""
    ps = pairs()
    a = done(coded("A 0-5, M 5-10", dyad="D4", coder="C1"), "2027-01-30T00:00:00+00:00")
    b = done(coded("A 0-5, M 5-", duration_s=10, dyad="D4", coder="C2"), "2027-01-30T01:00:00Z")
    p = compare_pair(a, b, unit="1s", tolerance="0s")
    assert p.report is None and p.kappa is None
    assert p.refused.startswith("not comparable: coding B (D4_2026-03-02_C2)")
    ag = study_agreement([*ps, p], ["C1", "C2"], criterion=0.7)
    d = ag.drift["C2"]
    assert [pt.dyad_id for pt in d.series] == ["D1", "D2", "D3"]
    assert d.not_comparable == ("D4",)
    assert d.describe().endswith("; 1 pair(s) not comparable, left out (D4)")
    assert {pl.pairs for pl in ag.pooled} == {3}  # pooled over the comparable pairs only


def test_a_coding_stopped_early_is_compared_over_its_observed_span() -> None:
    """C2 stopped at 5 s with misattuned running from 4 s: over 0–5 s the pair agrees on
    4 of 5 units; taken to the end of the media it would have been compared over 10 s."""
    a = done(coded("A 0-10", dyad="D5", coder="C1"), "2027-02-01T00:00:00+00:00")
    b = done(
        coded("A 0-4, M 4-", duration_s=10, observed_s=5, dyad="D5", coder="C2"),
        "2027-02-01T00:00:00+00:00",
    )
    p = compare_pair(a, b, unit="1s", tolerance="0s")
    assert p.report is not None and p.report.span_ms == 5_000
    t = p.report.layer("Interaction").time_units
    assert t.n_units == 5
    assert t.stats.p_o == pytest.approx(4 / 5)
