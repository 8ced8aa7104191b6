"""The coding as a regular time series (``timeseries.csv``, STUDY.md): one row per step.

For time-series, synchrony and multilevel models: ``session_key, dyad_id, coder_id, phase,
t_s`` (the step's start), then one column per state layer holding the code active at the
step's midpoint (empty when none), then one column per point code holding how many points
fall in the step. A point code's column is its name, or ``layer: code`` when two point layers
share the name.

Vectorised: per layer one ``searchsorted`` of the step midpoints against the episodes'
onsets, and one ``bincount`` of the points' steps, so the cost is linear in the session's
length (and in its episodes), with no Python loop per step.

The rows cover the observed span only (core/observed.py): a coding stopped at 1:00 of a
4-minute video has rows to 1:00, a state still running ends there, and one in a file that does
not say how far it was observed is in no row.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from attachcoder.core.observed import ObservedSpan, closed_episodes, observed_span
from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Session

if TYPE_CHECKING:
    import pandas as pd

ID_COLUMNS = ["session_key", "dyad_id", "coder_id", "phase", "t_s"]


def point_columns(scheme: Scheme) -> list[tuple[str, str, str]]:
    """(layer, code, column name) of every point code, in scheme order."""
    pairs = [(la.name, c.name) for la in scheme.layers if la.kind == "point" for c in la.codes]
    seen: dict[str, int] = {}
    for _, code in pairs:
        seen[code] = seen.get(code, 0) + 1
    return [(la, code, code if seen[code] == 1 else f"{la}: {code}") for la, code in pairs]


def _states_at(session: Session, layer: str, mids: np.ndarray, span: ObservedSpan) -> np.ndarray:
    """The code active at each midpoint ('' when none), as an object array."""
    eps = closed_episodes(session, layer, span)
    out = np.full(len(mids), "", dtype=object)
    if not eps:
        return out
    on = np.fromiter((e.onset_ms for e in eps), dtype=np.float64, count=len(eps))
    off = np.fromiter((e.offset_ms for e in eps), dtype=np.float64, count=len(eps))
    names = np.array([e.code for e in eps], dtype=object)
    order = np.argsort(on, kind="stable")
    on, off, names = on[order], off[order], names[order]
    i = np.searchsorted(on, mids, side="right") - 1
    hit = i >= 0
    j = np.where(hit, i, 0)
    hit &= mids < off[j]
    out[hit] = names[j[hit]]
    return out


def _point_counts(session: Session, layer: str, code: str, step_ms: float, n: int) -> np.ndarray:
    onsets = np.fromiter(
        (e.onset_ms for e in session.layer_episodes(layer) if e.code == code), dtype=np.float64
    )
    steps = np.floor(onsets / step_ms).astype(np.int64)
    steps = steps[(steps >= 0) & (steps < n)]
    return np.bincount(steps, minlength=n).astype(np.int64)


def session_timeseries(session: Session, step_ms: float, *, session_key: str) -> pd.DataFrame:
    """The session's rows; raises ``ValueError`` for a step of zero or less."""
    import pandas as pd

    if not step_ms > 0:
        raise ValueError("the time-series step must be longer than zero (e.g. 1s or 500ms)")
    span = observed_span(session)
    end = span.end_ms if span.recorded else session.duration_ms
    n = math.ceil(end / step_ms - 1e-9) if end > 0 else 0
    starts = np.arange(n, dtype=np.float64) * step_ms
    mids = starts + step_ms / 2.0
    md = session.metadata
    phase_layer = session.scheme.layer_with_role("phase")
    data: dict[str, object] = {
        "session_key": np.full(n, session_key, dtype=object),
        "dyad_id": np.full(n, md.dyad_id, dtype=object),
        "coder_id": np.full(n, md.coder_id, dtype=object),
        "phase": (
            _states_at(session, phase_layer.name, mids, span)
            if phase_layer is not None and phase_layer.is_state
            else np.full(n, "", dtype=object)
        ),
        "t_s": np.round(starts / 1000.0, 6),
    }
    for la in session.scheme.layers:
        if la.kind == "state" and la.name not in data:
            data[la.name] = _states_at(session, la.name, mids, span)
    for layer, code, column in point_columns(session.scheme):
        if column not in data:
            data[column] = _point_counts(session, layer, code, step_ms, n)
    return pd.DataFrame(data)


class ColumnUnion:
    """The columns of several sessions' time series, in order of first appearance, and which
    of them count points (integers) rather than name a state."""

    def __init__(self) -> None:
        self.columns: list[str] = []
        self.counts: set[str] = set()

    def add(self, frame: pd.DataFrame) -> None:
        import pandas as pd

        for col in frame.columns:
            if col not in self.columns:
                self.columns.append(col)
            if pd.api.types.is_integer_dtype(frame[col]):
                self.counts.add(col)

    def conform(self, frame: pd.DataFrame) -> pd.DataFrame:
        """``frame`` with every column of the union: a column it lacks is 0 for a point
        count, empty for a state."""
        missing = {
            c: (0 if c in self.counts else "") for c in self.columns if c not in frame.columns
        }
        out = frame.assign(**missing) if missing else frame
        return out[self.columns]


def combine(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Sessions' rows one under another; a column some sessions lack is empty (state) or 0
    (point count) for them."""
    import pandas as pd

    if not frames:
        return pd.DataFrame(columns=ID_COLUMNS)
    union = ColumnUnion()
    for f in frames:
        union.add(f)
    return pd.concat([union.conform(f) for f in frames], ignore_index=True)
