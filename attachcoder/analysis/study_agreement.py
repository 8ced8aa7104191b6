"""Agreement over a study's double-coded videos, and each coder's observer drift (STUDY.md).

Every κ here comes from the program's one agreement code (:func:`compare_sessions` and
:func:`kappa_stats`); this module only pairs, pools and orders. A pair is the primary and the
reliability coding of one video, both complete, compared with the study's unit and tolerance
on every layer.

Pooled figures, per layer: the mean κ over the pairs (time units and events) and the κ of the
summed time-unit tables (every unit of every pair counts once).

Drift, per coder: the κ of the headline layer (the interaction layer, else the first state
layer) in time units, of each pair the coder is in, ordered by the later ``completed_at`` of
the two codings; the rolling mean of the last five; the least-squares slope in κ per 30 days;
the coder is flagged when the latest rolling mean is below the criterion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np

from attachcoder.analysis.agreement import AgreementReport, compare_sessions, kappa_stats
from attachcoder.analysis.agreement.kappa import ConfusionMatrix
from attachcoder.analysis.agreement.observed import NOT_COMPARABLE
from attachcoder.core.session import Session

ROLLING = 5
DAY_S = 86_400.0


@dataclass(frozen=True)
class StudyPair:
    dyad_id: str
    session_date: str
    coders: tuple[str, str]  # (primary, reliability)
    completed_at: str  # the later of the two codings' completed_at
    report: AgreementReport | None
    refused: str = ""  # why the two were not compared

    @property
    def kappa(self) -> float | None:
        """The headline κ (time units) that drift follows."""
        if self.report is None:
            return None
        la = self.report.headline_layer()
        return None if la is None else la.time_units.stats.kappa


@dataclass(frozen=True)
class PooledLayer:
    layer: str
    pairs: int
    mean_kappa_time_units: float | None
    mean_kappa_events: float | None
    pooled_kappa_time_units: float | None
    pooled_units: int


@dataclass(frozen=True)
class DriftPoint:
    completed_at: str
    kappa: float
    dyad_id: str


@dataclass(frozen=True)
class Drift:
    coder: str
    series: tuple[DriftPoint, ...]
    rolling: tuple[float, ...]
    slope_per_30_days: float | None
    flagged: bool
    #: dyad IDs of this coder's pairs left out as not comparable (agreement/observed.py)
    not_comparable: tuple[str, ...] = ()

    def describe(self) -> str:
        """One line for people: ``C3: 5 pair(s), rolling κ 0.588, slope -0.316 per 30 days —
        below the criterion`` (the command line and the dashboard print the same words)."""
        left = (
            f"; {len(self.not_comparable)} pair(s) not comparable, left out "
            f"({', '.join(self.not_comparable)})"
            if self.not_comparable
            else ""
        )
        if not self.series:
            return f"{self.coder}: no complete pair yet{left}"
        slope = "—" if self.slope_per_30_days is None else f"{self.slope_per_30_days:+.3f}"
        flag = " — below the criterion" if self.flagged else ""
        return (
            f"{self.coder}: {len(self.series)} pair(s), rolling κ {self.rolling[-1]:.3f}, "
            f"slope {slope} per 30 days{flag}{left}"
        )


@dataclass(frozen=True)
class StudyAgreement:
    pairs: tuple[StudyPair, ...]
    pooled: tuple[PooledLayer, ...]
    drift: dict[str, Drift] = field(default_factory=dict)
    criterion: float = 0.7


def later(a: str, b: str) -> str:
    """The later of two ISO 8601 date-times (compared as instants; either may be empty)."""
    if not a or not b:
        return a or b
    return a if parse_instant(a) >= parse_instant(b) else b


def parse_instant(text: str) -> float:
    """Seconds since the epoch; a time without a zone is taken as UTC."""
    from datetime import UTC

    t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.timestamp()


def compare_pair(primary: Session, reliability: Session, *, unit: str, tolerance: str) -> StudyPair:
    from attachcoder.analysis.agreement import AgreementError

    md, mr = primary.metadata, reliability.metadata
    coders = (md.coder_id, mr.coder_id)
    done = later(md.completed_at, mr.completed_at)
    try:
        report = compare_sessions(primary, reliability, unit=unit, tolerance=tolerance)
    except AgreementError as exc:
        return StudyPair(md.dyad_id, md.session_date, coders, done, None, str(exc))
    return StudyPair(md.dyad_id, md.session_date, coders, done, report)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def pooled_layers(pairs: Sequence[StudyPair]) -> tuple[PooledLayer, ...]:
    order: list[str] = []
    tu: dict[str, list[float]] = {}
    ev: dict[str, list[float]] = {}
    tables: dict[str, list[ConfusionMatrix]] = {}
    for p in pairs:
        if p.report is None:
            continue
        for la in p.report.layers:
            if la.layer not in tables:
                order.append(la.layer)
                tu[la.layer], ev[la.layer], tables[la.layer] = [], [], []
            if la.time_units.stats.kappa is not None:
                tu[la.layer].append(la.time_units.stats.kappa)
            if la.events.stats.kappa is not None:
                ev[la.layer].append(la.events.stats.kappa)
            tables[la.layer].append(la.time_units.matrix)
    out = []
    for name in order:
        summed = sum_tables(tables[name])
        stats = kappa_stats(summed.array())
        out.append(
            PooledLayer(
                name,
                len(tables[name]),
                _mean(tu[name]),
                _mean(ev[name]),
                stats.kappa,
                stats.n,
            )
        )
    return tuple(out)


def sum_tables(tables: Sequence[ConfusionMatrix]) -> ConfusionMatrix:
    """Confusion tables added cell by cell over the union of their labels."""
    labels: list[str | None] = []
    for t in tables:
        labels.extend(x for x in t.labels if x not in labels)
    where = {x: i for i, x in enumerate(labels)}
    total = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for t in tables:
        idx = np.array([where[x] for x in t.labels], dtype=np.int64)
        total[np.ix_(idx, idx)] += t.array()
    return ConfusionMatrix.from_array(labels, total)


def rolling_means(values: Sequence[float], window: int = ROLLING) -> tuple[float, ...]:
    """At each point, the mean of it and up to ``window - 1`` points before it."""
    return tuple(
        sum(values[max(0, i - window + 1) : i + 1]) / (i + 1 - max(0, i - window + 1))
        for i in range(len(values))
    )


def slope_per_30_days(times_s: Sequence[float], values: Sequence[float]) -> float | None:
    """Least-squares slope of value against time, per 30 days; None with fewer than two
    distinct times."""
    if len(times_s) < 2:
        return None
    t = np.asarray(times_s, dtype=np.float64) / DAY_S
    y = np.asarray(values, dtype=np.float64)
    dt = t - t.mean()
    denom = float(dt @ dt)
    if denom <= 0:
        return None
    return float(dt @ (y - y.mean()) / denom) * 30.0


def coder_drift(coder: str, pairs: Sequence[StudyPair], criterion: float) -> Drift:
    mine = [p for p in pairs if coder in p.coders and p.kappa is not None and p.completed_at]
    mine.sort(key=lambda p: (parse_instant(p.completed_at), p.dyad_id))
    series = tuple(DriftPoint(p.completed_at, p.kappa, p.dyad_id) for p in mine)  # type: ignore[arg-type]
    kappas = [pt.kappa for pt in series]
    rolling = rolling_means(kappas)
    slope = slope_per_30_days([parse_instant(pt.completed_at) for pt in series], kappas)
    left = tuple(
        p.dyad_id
        for p in pairs
        if coder in p.coders and p.report is None and p.refused.startswith(NOT_COMPARABLE)
    )
    return Drift(coder, series, rolling, slope, bool(rolling) and rolling[-1] < criterion, left)


def study_agreement(
    pairs: Sequence[StudyPair], coders: Sequence[str], criterion: float
) -> StudyAgreement:
    """Pooled figures and each coder's drift from the compared pairs."""
    return StudyAgreement(
        tuple(pairs),
        pooled_layers(pairs),
        {c: coder_drift(c, pairs, criterion) for c in coders},
        criterion,
    )
