"""Agreement over a study's double-coded videos, and each coder's observer drift (STUDY.md).

Every κ here comes from the program's one agreement code (:func:`compare_sessions` and
:func:`kappa_stats`); this module only pairs, pools and orders. A pair is the primary and the
reliability coding of one video, both complete, compared with the study's unit and tolerance
on every layer.

Pooled figures, per layer: the mean κ over the pairs (time units and events) and the κ of the
summed time-unit tables (every unit of every pair counts once), each with a percentile
bootstrap 95% CI over videos (:mod:`attachcoder.analysis.agreement.bootstrap`, the study's
seed); how many pairs have κ undefined (they are left out of the mean and the range).

Drift, per coder: the κ of the headline layer (the interaction layer, else the first state
layer) in time units, of each pair the coder is in, ordered by the later ``completed_at`` of
the two codings; the rolling mean of the last five; the least-squares slope in κ per 30 days;
the coder is flagged when the latest rolling mean is below the criterion. A pair drift cannot
place (refused, κ undefined, no completion time) is listed as skipped, with the reason.

ICC(2,1) with its 95% CI of each rating item and headline measure between the primary and the
reliability coding, over the pairs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from fractions import Fraction
from typing import Any

import numpy as np

from attachcoder.analysis.agreement import AgreementReport, compare_sessions, kappa_stats
from attachcoder.analysis.agreement.bootstrap import (
    NO_INTERVAL,
    Interval,
    mean_interval,
    pooled_interval,
    resample_weights,
)
from attachcoder.analysis.agreement.kappa import ConfusionMatrix, exact
from attachcoder.analysis.agreement.observed import NOT_COMPARABLE
from attachcoder.analysis.agreement.pairs import MeasureIcc, measure_iccs, rating_values
from attachcoder.analysis.agreement.settings import AgreementSettings
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
    measures_a: dict[str, float | None] = field(default_factory=dict)  # headline + ratings
    measures_b: dict[str, float | None] = field(default_factory=dict)

    @property
    def kappa(self) -> float | None:
        """The headline κ (time units) that drift follows."""
        if self.report is None:
            return None
        la = self.report.headline_layer()
        return None if la is None else la.time_units.stats.kappa

    @property
    def kappa_exact(self) -> Fraction | None:
        """The headline κ as an exact fraction (for the criterion)."""
        if self.report is None:
            return None
        la = self.report.headline_layer()
        return None if la is None else la.time_units.stats.exact

    def why_no_kappa(self) -> str:
        """Why drift cannot use this pair ('' when it can)."""
        if self.report is None:
            return f"not compared: {self.refused}" if self.refused else "not compared"
        la = self.report.headline_layer()
        if la is None:
            return "no state layer was compared"
        stats = la.time_units.stats
        if stats.kappa is None:
            return f"κ of {la.layer} undefined ({stats.undefined_reason})"
        if not self.completed_at:
            return "no completion time"
        return ""


@dataclass(frozen=True)
class PooledLayer:
    layer: str
    pairs: int  # compared pairs with this layer
    mean_kappa_time_units: float | None
    mean_kappa_events: float | None
    pooled_kappa_time_units: float | None
    pooled_units: float
    #: pairs whose κ is undefined: left out of the mean and of the range
    undefined_time_units: int = 0
    undefined_events: int = 0
    min_kappa_time_units: float | None = None
    max_kappa_time_units: float | None = None
    min_kappa_events: float | None = None
    max_kappa_events: float | None = None
    #: percentile bootstrap 95% CIs over videos (the study's seed)
    mean_ci: Interval = NO_INTERVAL
    mean_events_ci: Interval = NO_INTERVAL
    pooled_ci: Interval = NO_INTERVAL


@dataclass(frozen=True)
class DriftPoint:
    completed_at: str
    kappa: float
    dyad_id: str


@dataclass(frozen=True)
class SkippedPair:
    dyad_id: str
    reason: str


@dataclass(frozen=True)
class Drift:
    coder: str
    series: tuple[DriftPoint, ...]
    rolling: tuple[float, ...]
    slope_per_30_days: float | None
    flagged: bool
    skipped: tuple[SkippedPair, ...] = ()  # the coder's pairs drift could not place, and why
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
            return f"{self.coder}: no complete pair yet{self.skipped_text()}{left}"
        slope = "—" if self.slope_per_30_days is None else f"{self.slope_per_30_days:+.3f}"
        flag = " — below the criterion" if self.flagged else ""
        return (
            f"{self.coder}: {len(self.series)} pair(s), rolling κ {self.rolling[-1]:.3f}, "
            f"slope {slope} per 30 days{flag}{self.skipped_text()}{left}"
        )

    def skipped_text(self) -> str:
        """``; skipped: D004 (κ of Interaction undefined (one category throughout))`` — the
        pairs not comparable are said apart (``describe``), not twice."""
        rest = [s for s in self.skipped if s.dyad_id not in self.not_comparable]
        if not rest:
            return ""
        return "; skipped: " + ", ".join(f"{s.dyad_id} ({s.reason})" for s in rest)


@dataclass(frozen=True)
class StudyAgreement:
    pairs: tuple[StudyPair, ...]
    pooled: tuple[PooledLayer, ...]
    drift: dict[str, Drift] = field(default_factory=dict)
    criterion: float = 0.7
    settings: AgreementSettings = field(default_factory=AgreementSettings)
    seed: int = 0  # the bootstrap's (the study's) seed
    icc: tuple[MeasureIcc, ...] = ()

    @property
    def compared(self) -> tuple[StudyPair, ...]:
        return tuple(p for p in self.pairs if p.report is not None)

    def below_criterion(self) -> tuple[StudyPair, ...]:
        """Compared pairs whose headline κ is below the criterion (exactly: .8 is not below
        .8); a pair with κ undefined is not counted here (see the pooled undefined counts)."""
        crit = exact(self.criterion)
        return tuple(p for p in self.pairs if (k := p.kappa_exact) is not None and k < crit)

    def headline_layer(self) -> str | None:
        """The layer drift and the criterion follow (the first pair's headline layer)."""
        for p in self.pairs:
            if p.report is not None and (la := p.report.headline_layer()) is not None:
                return la.layer
        return None


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


def compare_pair(
    primary: Session, reliability: Session, *, unit: str, tolerance: str, **options: Any
) -> StudyPair:
    """Compare the two codings of one video (``options``: the other keyword arguments of
    ``compare_sessions``: ``align``, ``excluded``, …) and read their measures for the ICC."""
    from attachcoder.analysis.agreement import AgreementError
    from attachcoder.analysis.tallies import headline_measures

    md, mr = primary.metadata, reliability.metadata
    coders = (md.coder_id, mr.coder_id)
    done = later(md.completed_at, mr.completed_at)
    try:
        report = compare_sessions(primary, reliability, unit=unit, tolerance=tolerance, **options)
    except AgreementError as exc:
        return StudyPair(md.dyad_id, md.session_date, coders, done, None, str(exc))
    return StudyPair(
        md.dyad_id,
        md.session_date,
        coders,
        done,
        report,
        measures_a={**headline_measures(primary), **rating_values(primary)},
        measures_b={**headline_measures(reliability), **rating_values(reliability)},
    )


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _range(values: Sequence[float]) -> tuple[float | None, float | None]:
    return (min(values), max(values)) if values else (None, None)


def pooled_layers(pairs: Sequence[StudyPair], seed: int = 0) -> tuple[PooledLayer, ...]:
    """Per layer: mean κ and pooled κ with their bootstrap CIs over the compared videos."""
    compared = [p for p in pairs if p.report is not None]
    order: list[str] = []
    for p in compared:
        assert p.report is not None
        order.extend(la.layer for la in p.report.layers if la.layer not in order)
    weights = resample_weights(len(compared), seed) if len(compared) >= 2 else None
    out = []
    for name in order:
        layers = [p.report.layer(name) if p.report else None for p in compared]
        present = [la for la in layers if la is not None]
        tu = [la.time_units.stats.kappa for la in present]
        ev = [la.events.stats.kappa for la in present]
        tu_ok = [k for k in tu if k is not None]
        ev_ok = [k for k in ev if k is not None]
        summed = sum_tables([la.time_units.matrix for la in present])
        stats = kappa_stats(summed.array())
        mean_ci = mean_events_ci = pooled_ci = NO_INTERVAL
        if weights is not None:
            tables = _stacked(layers, summed.labels)
            pooled_ci = pooled_interval(tables, weights)
            mean_ci = mean_interval(
                [None if la is None else la.time_units.stats.kappa for la in layers], weights
            )
            mean_events_ci = mean_interval(
                [None if la is None else la.events.stats.kappa for la in layers], weights
            )
        lo_tu, hi_tu = _range(tu_ok)
        lo_ev, hi_ev = _range(ev_ok)
        out.append(
            PooledLayer(
                name,
                len(present),
                _mean(tu_ok),
                _mean(ev_ok),
                stats.kappa,
                stats.n,
                undefined_time_units=len(tu) - len(tu_ok),
                undefined_events=len(ev) - len(ev_ok),
                min_kappa_time_units=lo_tu,
                max_kappa_time_units=hi_tu,
                min_kappa_events=lo_ev,
                max_kappa_events=hi_ev,
                mean_ci=mean_ci,
                mean_events_ci=mean_events_ci,
                pooled_ci=pooled_ci,
            )
        )
    return tuple(out)


def _stacked(layers: Sequence[Any], labels: tuple[str | None, ...]) -> np.ndarray:
    """Each video's time-unit table over ``labels`` (zeros for a video without the layer)."""
    where = {x: i for i, x in enumerate(labels)}
    out = np.zeros((len(layers), len(labels), len(labels)), dtype=np.float64)
    for v, la in enumerate(layers):
        if la is None:
            continue
        m = la.time_units.matrix
        idx = np.array([where[x] for x in m.labels], dtype=np.int64)
        out[v][np.ix_(idx, idx)] = m.array()
    return out


def sum_tables(tables: Sequence[ConfusionMatrix]) -> ConfusionMatrix:
    """Confusion tables added cell by cell over the union of their labels."""
    labels: list[str | None] = []
    for t in tables:
        labels.extend(x for x in t.labels if x not in labels)
    where = {x: i for i, x in enumerate(labels)}
    total = np.zeros((len(labels), len(labels)), dtype=np.float64)
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
    theirs = [p for p in pairs if coder in p.coders]
    mine = [p for p in theirs if not p.why_no_kappa()]
    skipped = tuple(SkippedPair(p.dyad_id, why) for p in theirs if (why := p.why_no_kappa()))
    mine.sort(key=lambda p: (parse_instant(p.completed_at), p.dyad_id))
    series = tuple(DriftPoint(p.completed_at, p.kappa, p.dyad_id) for p in mine)  # type: ignore[arg-type]
    kappas = [pt.kappa for pt in series]
    rolling = rolling_means(kappas)
    slope = slope_per_30_days([parse_instant(pt.completed_at) for pt in series], kappas)
    # the rolling mean against the criterion, exactly (five κ of .8 are not below .8)
    last = [k for p in mine if (k := p.kappa_exact) is not None][-ROLLING:]
    flagged = bool(last) and sum(last, Fraction(0)) / len(last) < exact(criterion)
    not_comparable = tuple(
        p.dyad_id
        for p in theirs
        if p.report is None and p.refused.startswith(NOT_COMPARABLE)
    )
    return Drift(coder, series, rolling, slope, flagged, skipped, not_comparable)


def study_agreement(
    pairs: Sequence[StudyPair],
    coders: Sequence[str],
    criterion: float,
    *,
    seed: int = 0,
    settings: AgreementSettings | None = None,
) -> StudyAgreement:
    """Pooled figures (bootstrap CIs seeded by ``seed``, the study's), each coder's drift and
    the ICCs, from the compared pairs."""
    return StudyAgreement(
        tuple(pairs),
        pooled_layers(pairs, seed),
        {c: coder_drift(c, pairs, criterion) for c in coders},
        criterion,
        settings or AgreementSettings(),
        seed,
        measure_iccs([(p.measures_a, p.measures_b) for p in pairs if p.report is not None]),
    )
