"""The wide Sessions table of a batch: one row per session, metadata and headline measures.

Each row is read from that session's tidy measures table (never recomputed), spread out as
``<measure>_<phase>`` columns, so the Sessions sheet agrees with the Tallies sheet by
construction. Phases are the union over the batch, ``all`` first and ``(no phase)`` last.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, overload

from attachcoder.analysis.tallies import ALL, HEADLINE, NO_PHASE, Tallies, effect_unit
from attachcoder.core.session import Session

if TYPE_CHECKING:
    import pandas as pd

META_COLUMNS: dict[str, str] = {
    "session_key": "text",
    "dyad_id": "text",
    "coder_id": "text",
    "session_date": "date",
    "infant_age_months": "months",
    "corrected_age": "text",
    "caregiver_role": "text",
    "scheme": "text",
    "scheme_version": "text",
    "duration_s": "s",
    "observed_share": "proportion",
    "episodes": "count",
    "coverage": "proportion",
}

_HEADLINE_UNITS = {
    "proportion_attuned": "proportion",
    "proportion_misattuned": "proportion",
    "proportion_repair": "proportion",
    "ruptures": "count",
    "proportion_repaired": "proportion",
    "time_to_repair_median": "s",
}
_EFFECTS = ("still_face_effect_", "reunion_carryover_")
_NOT_A_NAME = re.compile(r"\W+")


def phase_column(measure: str, phase: str) -> str:
    """``<measure>_<phase>`` with the phase's spaces, hyphens and brackets as underscores
    (``still-face`` → ``still_face``, ``(no phase)`` → ``no_phase``), so R's ``read.csv`` and
    pandas attribute access keep the names as they are."""
    return f"{measure}_{_NOT_A_NAME.sub('_', phase).strip('_') or 'phase'}"


def _num(v: Any) -> float | None:
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else float(v)


def session_row(session: Session, tallies: Tallies) -> dict[str, Any]:
    """One session's wide row (a dict, column → value), read from its tidy table. The session
    is named by its key alone, never by its file (DOMAIN.md, Privacy)."""
    t = tallies.table
    md = session.metadata
    whole = t[t["phase"] == ALL]
    cols = (whole["measure"], whole["layer"], whole["value"])
    by_measure = {(m, layer): v for m, layer, v in zip(*cols, strict=True)}
    ia = tallies.interaction_layer or ""
    row: dict[str, Any] = {
        "session_key": str(t["session_key"].iloc[0]) if len(t) else md.session_key(),
        "dyad_id": md.dyad_id,
        "coder_id": md.coder_id,
        "session_date": md.session_date,
        "infant_age_months": md.infant_age_months,
        "corrected_age": "yes" if md.corrected_age else "no",
        "caregiver_role": md.caregiver_role,
        "scheme": session.scheme.name,
        "scheme_version": session.scheme.version,
        "duration_s": _num(by_measure.get(("duration", ""))),
        "observed_share": _num(by_measure.get(("observed_share", ""))),
        "episodes": _num(by_measure.get(("episodes", ""))),
        "coverage": _num(by_measure.get(("coverage", ia))) if ia else None,
    }
    wanted = set(HEADLINE.values())
    sel = t[t["measure"].isin(wanted)]
    for phase, measure, value in zip(sel["phase"], sel["measure"], sel["value"], strict=True):
        row[phase_column(str(measure), str(phase))] = _num(value)
    eff = whole[whole["measure"].str.startswith(_EFFECTS)]
    for measure, value in zip(eff["measure"], eff["value"], strict=True):
        row[str(measure)] = _num(value)
    for item in session.scheme.rating_items:
        value = session.ratings.get(item.name)
        row[f"rating_{item.name}"] = value if isinstance(value, int | float) else None
    return row


class SessionRows(Sequence[dict[str, Any]]):
    """Many sessions' wide rows, kept compact: each a tuple of values over one shared list of
    columns (a batch of thousands keeps them until the end; as dicts each held its own copy
    of some fifty column names). Reads back as the dicts :func:`session_row` made."""

    def __init__(self) -> None:
        self._columns: dict[str, int] = {}
        self._rows: list[tuple[Any, ...]] = []

    def append(self, row: dict[str, Any]) -> None:
        for key in row:
            self._columns.setdefault(key, len(self._columns))
        values: list[Any] = [_ABSENT] * len(self._columns)
        for key, value in row.items():
            values[self._columns[key]] = value
        self._rows.append(tuple(values))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> dict[str, Any]: ...

    @overload
    def __getitem__(self, i: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, i: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        values = self._rows[i]
        return {
            key: values[k]
            for key, k in self._columns.items()
            if k < len(values) and values[k] is not _ABSENT
        }


_ABSENT = object()  # a column this session's row does not have (not the same as None)


def sessions_table(
    rows: Sequence[dict[str, Any]], phases: list[list[str]]
) -> tuple[pd.DataFrame, dict[str, str]]:
    """The wide table and each column's unit (for number formats), columns in a fixed order:
    metadata, headline measures phase by phase, effects, ratings."""
    import pandas as pd

    seen: list[str] = []
    for ps in phases:
        for p in ps:
            if p not in seen and p != NO_PHASE:
                seen.append(p)
    if any(NO_PHASE in ps for ps in phases):
        seen.append(NO_PHASE)
    columns = dict(META_COLUMNS)
    for phase in [ALL, *seen]:
        for measure, unit in _HEADLINE_UNITS.items():
            columns[phase_column(measure, phase)] = unit
    for prefix in _EFFECTS:
        for measure, unit in _HEADLINE_UNITS.items():
            if any(prefix + measure in r for r in rows):
                columns[prefix + measure] = effect_unit(unit)
    for r in rows:
        for key in r:
            if key.startswith("rating_") and key not in columns:
                columns[key] = "points"
    df = pd.DataFrame.from_records(
        [[r.get(c) for c in columns] for r in rows], columns=list(columns)
    )
    return df, columns
