"""Pairing double-coded sessions by dyad and date, and judging trainees against a criterion."""

from __future__ import annotations

import pytest

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.analysis.agreement.criterion import judge
from attachcoder.analysis.agreement.pairs import Named, match_pairs, summarise_pairs
from attachcoder.core import Episode, Metadata, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()


def named(
    name: str,
    dyad: str,
    date: str = "2026-01-01",
    states: list[tuple[str, int, int]] = (),  # type: ignore[assignment]
) -> Named:
    eps = [Episode(f"e{i}", "Interaction", c, on, off) for i, (c, on, off) in enumerate(states)]
    md = Metadata(dyad_id=dyad, session_date=date, coder_id=name[:2])
    return Named(name, Session(SCHEME, metadata=md, duration_ms=10_000, episodes=eps))


def test_pairs_by_dyad_and_date_and_lists_the_rest_with_reasons() -> None:
    a = [
        named("a1", "D1"),
        named("a2", "D2", "2026-01-01"),
        named("a3", "D2", "2026-02-01"),
        named("a4", ""),
        named("a5", "D5"),
        named("a6", "D5"),
    ]
    b = [named("b1", "D1"), named("b2", "D2", "2026-02-01"), named("b5", "D5")]
    pairs, unpaired = match_pairs(a, b)
    assert [(x.name, y.name) for x, y in pairs] == [("a1", "b1"), ("a3", "b2")]
    reasons = {u.name: u.reason for u in unpaired}
    assert reasons["a4"] == "no dyad ID in its metadata"
    assert "coded more than once here (a5, a6)" in reasons["a5"] and "a6" in reasons
    assert reasons["a2"] == "no coding of dyad D2, 2026-01-01 in the other folder"
    assert reasons["b5"].startswith("no coding of dyad D5")


def test_summary_mean_range_and_icc_use_the_given_measures() -> None:
    same = [("attuned", 0, 5000), ("misattuned", 5000, 10_000)]
    off = [("attuned", 0, 7000), ("misattuned", 7000, 10_000)]
    a = [named("a1", "D1", states=same), named("a2", "D2", states=same)]
    b = [named("b1", "D1", states=same), named("b2", "D2", states=off)]

    def attuned_seconds(s: Session) -> dict[str, float | None]:
        return {"attuned_s": sum(e.offset_ms - e.onset_ms for e in s.layer_episodes(
            "Interaction") if e.code == "attuned") / 1000}  # fmt: skip

    summary = summarise_pairs(a, b, measures=attuned_seconds)
    col = "Interaction.kappa_time_units"
    k = [r.figures[col] for r in summary.rows]
    assert k[0] == pytest.approx(1.0)
    assert k[1] == pytest.approx((0.8 - 0.5) / 0.5)  # [[5, 0], [2, 3]]: p_o .8, p_e .5
    assert summary.mean[col] == pytest.approx((k[0] + k[1]) / 2)
    assert (summary.minimum[col], summary.maximum[col]) == (min(k), max(k))
    icc = {m.measure: m for m in summary.icc}
    assert icc["attuned_s"].n == 2 and icc["attuned_s"].mean_b == pytest.approx(6.0)


def test_judge_passes_at_the_criterion_and_names_the_weak_codes() -> None:
    gold = named("g", "D1", states=[("attuned", 0, 5000), ("repair", 5000, 10_000)]).session
    t = named("t", "D1", states=[("attuned", 0, 6000), ("repair", 6000, 10_000)]).session
    report = compare_sessions(gold, t)
    k = report.layer("Interaction").time_units.stats.kappa  # type: ignore[union-attr]
    assert k == pytest.approx(0.8)  # [[5, 0], [1, 4]]: p_o .9, p_e .5
    assert judge("t", report, 0.8).passed
    r = judge("t", report, 0.9)
    assert not r.passed and r.layer == "Interaction"
    assert [c.code for c in r.pulled_down] == ["attuned", "repair"]  # both 0.8, by name
