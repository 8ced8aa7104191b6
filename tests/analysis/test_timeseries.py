"""timeseries.csv's rows (STUDY.md): the state at each step's midpoint, point counts per step."""

from __future__ import annotations

import pytest
from coded_sessions import coded

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
    s = coded("A 0-1, M 1-", duration_s=2)
    df = session_timeseries(s, 500, session_key="K")
    assert list(df["Interaction"]) == ["attuned", "attuned", "misattuned", "misattuned"]


def test_a_step_of_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than zero"):
        session_timeseries(coded("A 0-1"), 0, session_key="K")


def test_sessions_combine_under_one_header() -> None:
    a = session_timeseries(coded("A 0-2"), 1000, session_key="A")
    b = session_timeseries(coded("M 0-1", coder="C2"), 1000, session_key="B")
    both = combine([a, b])
    assert len(both) == 3 and list(both["session_key"]) == ["A", "A", "B"]
    assert both["infant bid"].dtype.kind == "i"
