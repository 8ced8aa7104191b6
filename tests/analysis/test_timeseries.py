"""timeseries.csv's rows (STUDY.md): the state at each step's midpoint, point counts per step."""

from __future__ import annotations

import pytest
from coded_sessions import coded
from hypothesis import given, settings
from hypothesis import strategies as st

from attachcoder.analysis.timeseries import combine, session_timeseries


def test_states_at_midpoints_and_points_per_step() -> None:
    s = coded("A 0-2.4, M 2.6-4", phases="play 0-3, still-face 3-4", marks="b 0.2, b 0.9, b 3.5")
    df = session_timeseries(s, 1000, session_key="K")
    assert list(df.columns[:5]) == ["session_key", "dyad_id", "coder_id", "phase", "t_s"]
    assert list(df["t_s"]) == [0.0, 1.0, 2.0, 3.0]
    # midpoints 0.5, 1.5, 2.5, 3.5: 2.5 falls in the gap 2.4–2.6
    assert list(df["Interaction"]) == ["attuned", "attuned", "", "misattuned"]
    assert list(df["phase"]) == ["play", "play", "play", "still-face"]
    assert list(df["infant bid"]) == [2, 0, 0, 1]
    assert list(df["note"]) == [0, 0, 0, 0]
    assert set(df["session_key"]) == {"K"}


def test_a_half_second_step_and_an_open_state() -> None:
    s = coded("A 0-1, M 1-", duration_s=2, observed_s=2)
    df = session_timeseries(s, 500, session_key="K")
    assert list(df["Interaction"]) == ["attuned", "attuned", "misattuned", "misattuned"]


def test_rows_stop_where_the_coding_was_observed_to() -> None:
    """Coded to 1.5 s of 4 s: three half-second rows, the open state ending at 1.5 s."""
    s = coded("A 0-1, M 1-", duration_s=4, observed_s=1.5)
    df = session_timeseries(s, 500, session_key="K")
    assert list(df["t_s"]) == [0.0, 0.5, 1.0]
    assert list(df["Interaction"]) == ["attuned", "attuned", "misattuned"]


def test_an_open_state_without_an_observed_end_is_in_no_row() -> None:
    s = coded("A 0-1, M 1-", duration_s=2)
    df = session_timeseries(s, 500, session_key="K")
    assert list(df["Interaction"]) == ["attuned", "attuned", "", ""]


def test_a_step_of_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than zero"):
        session_timeseries(coded("A 0-1"), 0, session_key="K")


def test_sessions_combine_under_one_header() -> None:
    a = session_timeseries(coded("A 0-2"), 1000, session_key="A")
    b = session_timeseries(coded("M 0-1", coder="C2"), 1000, session_key="B")
    both = combine([a, b])
    assert len(both) == 3 and list(both["session_key"]) == ["A", "A", "B"]
    assert both["infant bid"].dtype.kind == "i"


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=4000), min_size=1, max_size=12),
    st.lists(st.integers(min_value=0, max_value=20_000), max_size=10),
    st.sampled_from([250, 500, 1000, 1500]),
)
def test_vectorised_rows_equal_a_step_by_step_reading(lengths, points, step) -> None:
    """Each row against the session's own answer at the step's midpoint (active_in) and a
    count of the points in the step."""
    spec, t = [], 0
    for i, n in enumerate(lengths):
        if i % 3 != 2:  # every third stretch is a gap
            spec.append(f"{'AMR'[i % 3]} {t / 1000}-{(t + n) / 1000}")
        t += n
    marks = ", ".join(f"b {p / 1000}" for p in points if p < t)
    s = coded(", ".join(spec), marks=marks, duration_s=t / 1000)
    df = session_timeseries(s, step, session_key="K")
    bids = [e.onset_ms for e in s.layer_episodes("Marks")]
    for i, (state, count) in enumerate(zip(df["Interaction"], df["infant bid"], strict=True)):
        ep = s.active_in("Interaction", i * step + step // 2)  # midpoints are whole ms here
        assert state == (ep.code if ep else "")
        assert count == sum(1 for b in bids if i * step <= b < (i + 1) * step)
