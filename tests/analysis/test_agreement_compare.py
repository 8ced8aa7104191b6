"""What compare_sessions refuses, warns about, and leaves out (videos, spans, schemes)."""

from __future__ import annotations

import dataclasses

import pytest

from attachcoder.analysis.agreement import (
    AgreementError,
    Disagreement,
    NotComparable,
    compare_sessions,
)
from attachcoder.analysis.agreement.jsonable import report_dict
from attachcoder.core import Code, Episode, Layer, Media, Metadata, Scheme, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()


def coding(
    states: list[tuple[str, int, int | None]],
    *,
    scheme: Scheme = SCHEME,
    duration_ms: int = 10_000,
    sha: str | None = "ab" * 32,
    fps: float | None = 25.0,
    ratings: dict[str, float] | None = None,
    observed_ms: int | None = None,
    coder: str = "",
) -> Session:
    eps = [Episode(f"e{i}", "Interaction", c, on, off) for i, (c, on, off) in enumerate(states)]
    media = [Media("video.mp4", sha256=sha, fps=fps, duration_ms=duration_ms)]
    md = Metadata(dyad_id="D1", coder_id=coder, observed_to_ms=observed_ms)
    return Session(
        scheme,
        metadata=md,
        duration_ms=duration_ms,
        media=media,
        episodes=eps,
        ratings=ratings or {},
    )


def test_different_videos_are_refused() -> None:
    a = coding([("attuned", 0, 5000)], sha="ab" * 32)
    b = coding([("attuned", 0, 5000)], sha="cd" * 32)
    with pytest.raises(AgreementError, match="different videos"):
        compare_sessions(a, b)


def test_a_missing_hash_only_warns() -> None:
    a = coding([("attuned", 0, 5000)], sha=None)
    b = coding([("attuned", 0, 5000)])
    r = compare_sessions(a, b)
    assert any("no content hash" in w for w in r.warnings)
    assert r.layer("Interaction").time_units.stats.p_o == 1.0  # type: ignore[union-attr]


def test_different_durations_use_the_common_span() -> None:
    a = coding([("attuned", 0, None)], duration_ms=10_000, observed_ms=10_000)
    b = coding([("attuned", 0, 6_000), ("misattuned", 6_000, 8_500)], duration_ms=8_500)
    r = compare_sessions(a, b)
    assert (r.duration_a_ms, r.duration_b_ms, r.span_ms) == (10_000, 8_500, 8_500)
    assert any("durations differ" in w and "8.5" in w for w in r.warnings)
    assert any(w.startswith("coding A: 'attuned'") and "still running" in w for w in r.warnings)
    assert not any(w.startswith("coding B") for w in r.warnings)
    t = r.layer("Interaction").time_units  # type: ignore[union-attr]
    assert t.n_units == 8  # whole units of 0–8.5 s
    assert t.disagreements == (Disagreement(6000, 8000, "attuned", "misattuned", False),)
    # the running state of A is closed at the end of the span, so it is 8.5 s long and
    # overlaps B's 0–6 s attuned by 6/8.5 = 71% → linked
    assert r.layer("Interaction").events.linked == 1  # type: ignore[union-attr]


def test_two_codings_compare_over_the_earlier_observed_end() -> None:
    """A stopped at 4 s (attuned still running); B coded the whole 10 s: 0–4 s is compared,
    so B's misattuned 6–10 s (which A never saw) is no disagreement."""
    a = coding([("attuned", 0, None)], observed_ms=4_000, coder="C1")
    b = coding([("attuned", 0, 6_000), ("misattuned", 6_000, 10_000)], coder="C2")
    r = compare_sessions(a, b)
    assert r.span_ms == 4_000
    t = r.layer("Interaction").time_units  # type: ignore[union-attr]
    assert t.n_units == 4 and t.stats.p_o == 1.0 and t.disagreements == ()
    assert any(w.startswith("coding A was observed to 4 s of 10 s") for w in r.warnings)
    assert any("it ends where coding A was observed to (4 s)" in w for w in r.warnings)
    # the same pair the other way round: the same span
    assert compare_sessions(b, a).span_ms == 4_000


def test_a_running_state_without_an_observed_end_makes_the_pair_not_comparable() -> None:
    a = coding([("attuned", 0, 6_000), ("misattuned", 6_000, None)], coder="C1")
    b = coding([("attuned", 0, 10_000)], coder="C2")
    for first, second, label in ((a, b, "A"), (b, a, "B")):
        with pytest.raises(NotComparable) as info:
            compare_sessions(first, second)
        text = str(info.value)
        assert text.startswith(f"not comparable: coding {label} (D1_NA_C1)")
        assert "'misattuned' in layer 'Interaction', started at 00:00:06.000" in text
        assert "observed_to_ms" in text
    assert isinstance(info.value, AgreementError)  # every caller already catches this


def test_settings_that_cannot_work_are_refused() -> None:
    a = coding([("attuned", 0, 5000)], fps=None)
    with pytest.raises(AgreementError, match="frame rate"):
        compare_sessions(a, a, unit="2f")
    with pytest.raises(AgreementError, match="longer than zero"):
        compare_sessions(a, a, unit="0s")
    with pytest.raises(AgreementError, match="--overlap"):
        compare_sessions(a, a, overlap=1.5)
    with pytest.raises(AgreementError, match="--tolerance"):
        compare_sessions(a, a, tolerance="soon")


def test_codes_only_one_scheme_has_are_left_out_and_said() -> None:
    inter = SCHEME.layer("Interaction")
    assert inter is not None
    other = Layer(
        "Interaction",
        "state",
        (*[c for c in inter.codes if c.name != "repair"], Code("neutral")),
        role="interaction",
    )
    scheme_b = dataclasses.replace(SCHEME, layers=(other, *SCHEME.layers[1:2]))
    a = coding([("attuned", 0, 4000), ("repair", 4000, 6000), ("misattuned", 6000, 10_000)])
    b = coding(
        [("attuned", 0, 4000), ("neutral", 4000, 7000), ("misattuned", 7000, 10_000)],
        scheme=scheme_b,
    )
    r = compare_sessions(a, b)
    la = r.layer("Interaction")
    assert la is not None
    assert la.codes == ("attuned", "misattuned", "uncodable")
    assert (la.left_out_a, la.left_out_b) == (("repair",), ("neutral",))
    t = la.time_units
    # units 4–6 carry a left-out code in one coding or the other: set aside, not tallied
    assert t.set_aside_units == 3
    assert t.stats.n == 7 and t.stats.p_o == 1.0
    # events: attuned–attuned, repair–neutral (set aside), misattuned–misattuned (3 s of 4 s)
    e = la.events
    assert e.set_aside_events == 2
    assert (e.linked, e.stats.n) == (2, 2)
    assert any("Marks" in s and "only in the first" in s for s in r.left_out_layers)


def test_a_layer_of_another_kind_is_left_out() -> None:
    marks_as_state = Layer("Marks", "state", (Code("infant bid"),))
    scheme_b = dataclasses.replace(SCHEME, layers=(*SCHEME.layers[:2], marks_as_state))
    r = compare_sessions(coding([]), coding([], scheme=scheme_b))
    assert [la.layer for la in r.layers] == ["Interaction", "Phase"]
    assert r.left_out_layers == (
        "layer 'Marks': a point layer in the first coding, a state layer in the second",
    )


def test_ratings_side_by_side_and_the_json_document() -> None:
    a = coding([("attuned", 0, 10_000)], ratings={"sensitivity": 6})
    b = coding([("attuned", 0, 10_000)], ratings={"sensitivity": 8})
    r = compare_sessions(a, b, unit="500ms", tolerance="1s")
    assert r.ratings[0].item == "sensitivity" and r.ratings[0].difference == 2
    doc = report_dict(r)
    assert doc["settings"]["tolerance_units"] == 2
    assert doc["settings"]["unit_ms"] == 500
    assert doc["layers"][0]["time_units"]["n_units"] == 20
    assert doc["ratings"] == [{"item": "sensitivity", "a": 6.0, "b": 8.0, "difference": 2.0}]
    assert "video.mp4" not in repr(doc)  # privacy: no media path in any report


def test_headline_layer_is_found_by_role() -> None:
    r = compare_sessions(coding([]), coding([]))
    assert r.headline_layer().layer == "Interaction"  # type: ignore[union-attr]
