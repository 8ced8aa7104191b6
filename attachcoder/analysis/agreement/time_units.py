"""Time-unit κ: cut the common span into whole units, label each unit, tally the pairs.

A state layer labels unit k (the span [k·u, (k+1)·u)) with the code active at its midpoint
(k + ½)·u — an episode covers the midpoint when onset ≤ midpoint < offset — a point layer with
the first point inside it, else "none".

Tolerance t (in units), symmetric in the two codings (DOMAIN.md): where the labels a ≠ b
differ, let fa = "a appears among the second coding's labels within t units" and fb = "b
appears among the first coding's labels within t units"; fa and fb → the unit is tallied half
as (a, a) and half as (b, b); fa only → (a, a); fb only → (b, b); neither → (a, b). Swapping
the codings swaps fa and fb and transposes the table, so κ(A, B) = κ(B, A); a unit forgiven at
t stays forgiven at every larger t, so percent agreement never falls as t grows.

Codes with role ``excluded`` (uncodable time) follow the chosen rule: ``drop-both`` leaves
out the units both codings call excluded, ``drop-either`` those either does, ``category``
counts them like any code.

Everything is done on whole arrays (no Python loop over units), so an hour coded at one frame
per unit costs milliseconds.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from attachcoder.analysis.agreement.kappa import (
    CodeKappa,
    ConfusionMatrix,
    KappaStats,
    kappa_stats,
    per_code_kappa,
)
from attachcoder.analysis.agreement.tracks import IntArray, LabelSet, Track

# how units coded with an ``excluded`` code (uncodable) count in time-unit and event κ
from attachcoder.core.study import EXCLUDED_RULES

_EPS = 1e-7  # float slack when a time falls exactly on a unit boundary (frame units)


class Disagreement(NamedTuple):
    """A stretch where the codings differ; ``None`` is "none" (time units) or ∅ (events).

    ``forgiven_by_tolerance``: the labels differ here, but the tolerance counted the units as
    agreement (the timeline marks these differently).
    """

    start_ms: int
    end_ms: int
    code_a: str | None
    code_b: str | None
    forgiven_by_tolerance: bool = False


class ShortEpisodes(NamedTuple):
    """One coding's episodes shorter than one unit: ``shorter`` of them, and ``unseen``, those
    no unit midpoint falls in (they label no unit at all; the rest count as a whole unit)."""

    shorter: int = 0
    unseen: int = 0

    def describe(self, unit_ms: float) -> str:
        """``3 episodes under 1 s are not seen at this unit`` (empty when there are none)."""
        n, u = self.shorter, self.unseen
        if not n:
            return ""
        unit = f"{unit_ms / 1000:g} s"
        head = f"{n} episode{'s' if n != 1 else ''} under {unit}"
        if u == n:
            return f"{head} {'are' if n != 1 else 'is'} not seen at this unit"
        if u == 0:
            return f"{head}: each counts as a whole unit"
        return f"{head}: {u} not seen at this unit, {n - u} counted as a whole unit"


def short_episodes(track: Track, unit_ms: float, n_units: int) -> ShortEpisodes:
    """How many state episodes are shorter than one unit, and how many of them contain no
    unit midpoint (so time-unit κ never sees them: a 200 ms rupture at 1 s units)."""
    if len(track) == 0:
        return ShortEpisodes()
    short = (track.offsets - track.onsets) < unit_ms
    # the first unit whose midpoint is at or after the onset (onset inclusive, offset exclusive)
    k = np.ceil(np.round(track.onsets / unit_ms - 0.5, 9))
    mid = np.round((k + 0.5) * unit_ms, 6)
    seen = (mid < track.offsets) & (k < n_units)
    return ShortEpisodes(int(short.sum()), int((short & ~seen).sum()))


NO_SHORT = ShortEpisodes()


@dataclass(frozen=True)
class TimeUnitResult:
    unit_ms: float
    n_units: int
    tolerance_units: int
    stats: KappaStats
    matrix: ConfusionMatrix
    per_code: tuple[CodeKappa, ...]
    disagreements: tuple[Disagreement, ...]
    set_aside_units: int  # units where a coding used a code the other scheme lacks
    excluded_units: int = 0  # units the excluded rule left out
    short_a: ShortEpisodes = NO_SHORT  # episodes shorter than one unit, first coding
    short_b: ShortEpisodes = NO_SHORT


def unit_count(span_ms: int, unit_ms: float) -> int:
    """Whole units in the span; a partial last unit is dropped."""
    if unit_ms <= 0:
        raise ValueError("the unit must be longer than zero")
    return max(0, math.floor(span_ms / unit_ms + _EPS))


def tolerance_units(tolerance_ms: float, unit_ms: float) -> int:
    """The tolerance rounded to whole units (halves round up)."""
    return max(0, math.floor(tolerance_ms / unit_ms + 0.5))


def state_labels(track: Track, none: int, unit_ms: float, n_units: int) -> IntArray:
    """The code active at each unit's midpoint (onset inclusive, offset exclusive)."""
    mid = np.round((np.arange(n_units, dtype=np.float64) + 0.5) * unit_ms, 6)
    out = np.full(n_units, none, dtype=np.int64)
    if len(track) == 0 or n_units == 0:
        return out
    i = np.searchsorted(track.onsets, mid, side="right") - 1
    ok = i >= 0
    j = np.where(ok, i, 0)
    active = ok & (mid < track.offsets[j])
    out[active] = track.codes[j[active]]
    return out


def point_labels(track: Track, none: int, unit_ms: float, n_units: int) -> IntArray:
    """The first point inside each unit [k·u, (k+1)·u)."""
    out = np.full(n_units, none, dtype=np.int64)
    if len(track) == 0 or n_units == 0:
        return out
    k = np.floor(track.onsets / unit_ms + _EPS).astype(np.int64)
    inside = k < n_units
    k, codes = k[inside], track.codes[inside]
    units, first = np.unique(k, return_index=True)  # onsets are sorted: first = earliest
    out[units] = codes[first]
    return out


def _presence(labels: IntArray, t: int, n_labels: int) -> np.ndarray:
    """present[c, k]: label c occurs somewhere in units k−t … k+t (a sliding window count)."""
    n = len(labels)
    onehot = np.zeros((n_labels, n + 1), dtype=np.int32)
    onehot[labels, np.arange(1, n + 1)] = 1
    cs = np.cumsum(onehot, axis=1)
    k = np.arange(n)
    lo, hi = np.maximum(k - t, 0), np.minimum(k + t + 1, n)
    return (cs[:, hi] - cs[:, lo]) > 0  # type: ignore[no-any-return]


class Tallies(NamedTuple):
    """What each unit adds to the table: a first tally (x1, y1) of weight ``w1`` (in halves:
    2 is one whole tally) and, where the tolerance split the unit, a second (x2, y2) of weight 1."""

    x1: IntArray
    y1: IntArray
    w1: IntArray
    x2: IntArray
    y2: IntArray
    forgiven: np.ndarray


def apply_tolerance(
    a: IntArray, b: IntArray, t: int, n_labels: int, unforgiving: IntArray | None = None
) -> Tallies:
    """The tallies of every unit under the symmetric tolerance ``t`` (module docstring); a
    unit is never settled on a label of ``unforgiving`` (the excluded codes)."""
    n = len(a)
    if t <= 0 or n == 0:
        none = np.zeros(0, dtype=np.int64)
        return Tallies(a, b, np.full(n, 2, dtype=np.int64), none, none, np.zeros(n, dtype=bool))
    k = np.arange(n)
    differ = a != b
    fa = differ & _presence(b, t, n_labels)[a, k]
    fb = differ & _presence(a, t, n_labels)[b, k]
    if unforgiving is not None and len(unforgiving):
        fa &= ~np.isin(a, unforgiving)
        fb &= ~np.isin(b, unforgiving)
    both = fa & fb
    x1 = np.where(fa, a, np.where(fb, b, a))
    y1 = np.where(fa, a, b)
    w1 = np.where(both, 1, 2).astype(np.int64)
    return Tallies(x1, y1, w1, b[both], b[both], fa | fb)


def excluded_mask(a: IntArray, b: IntArray, excluded: IntArray, rule: str) -> np.ndarray:
    """Units the excluded rule leaves out (``excluded``: the label indices of excluded codes)."""
    if rule == "category" or len(excluded) == 0:
        return np.zeros(len(a), dtype=bool)
    ia, ib = np.isin(a, excluded), np.isin(b, excluded)
    if rule == "drop-both":
        return ia & ib  # type: ignore[no-any-return]
    if rule == "drop-either":
        return ia | ib  # type: ignore[no-any-return]
    raise ValueError(f"unknown excluded rule {rule!r} (use one of {', '.join(EXCLUDED_RULES)})")


def tally(tallies: Tallies, keep: np.ndarray, size: int) -> npt.NDArray[np.float64]:
    """The table of the kept units' tallies (halves where the tolerance split a unit)."""
    split = keep[tallies.w1 == 1] if len(tallies.x2) else np.zeros(0, dtype=bool)
    doubled = np.bincount(
        np.concatenate(
            (
                tallies.x1[keep] * size + tallies.y1[keep],
                tallies.x2[split] * size + tallies.y2[split],
            )
        ),
        weights=np.concatenate((tallies.w1[keep], np.ones(int(split.sum())))).astype(np.float64),
        minlength=size * size,
    )
    return doubled.reshape(size, size) / 2


def stretches(
    a: IntArray,
    b: IntArray,
    forgiven: np.ndarray,
    keep: np.ndarray,
    labels: LabelSet,
    unit_ms: float,
) -> list[Disagreement]:
    """Runs of consecutive kept units with the same differing pair (and the same forgiveness)."""
    n = len(a)
    if n == 0:
        return []
    key = np.where(keep & (a != b), (a * labels.total + b) * 2 + forgiven, -1)
    change = np.flatnonzero(np.diff(key)) + 1
    starts = np.concatenate(([0], change))
    ends = np.concatenate((change, [n]))
    out = []
    for s, e in zip(starts.tolist(), ends.tolist(), strict=True):
        if key[s] < 0:
            continue
        out.append(
            Disagreement(
                round(s * unit_ms),
                round(e * unit_ms),
                labels.name(int(a[s])),
                labels.name(int(b[s])),
                bool(forgiven[s]),
            )
        )
    return out


def time_unit_agreement(
    a: Track,
    b: Track,
    *,
    labels: LabelSet,
    point: bool,
    unit_ms: float,
    n_units: int,
    tolerance: int = 0,
    excluded: IntArray | None = None,
    excluded_rule: str = "drop-both",
) -> TimeUnitResult:
    """Time-unit κ of one layer; rows of the matrix are the first coding.

    ``excluded``: the label indices of the codes with role ``excluded``, which
    ``excluded_rule`` leaves out or counts (:data:`EXCLUDED_RULES`).
    """
    label = point_labels if point else state_labels
    la = label(a, labels.none, unit_ms, n_units)
    lb = label(b, labels.none, unit_ms, n_units)
    ex = np.zeros(0, dtype=np.int64) if excluded is None else excluded
    # a tolerance never forgives toward an excluded code (unless it is an ordinary category):
    # agreeing that a stretch is uncodable is no agreement on the interaction
    unforgiving = ex if excluded_rule != "category" else np.zeros(0, dtype=np.int64)
    tallies = apply_tolerance(la, lb, tolerance, labels.total, unforgiving)
    comparable = (la < labels.size) & (lb < labels.size)
    rule_out = comparable & excluded_mask(
        la, lb, np.zeros(0, dtype=np.int64) if excluded is None else excluded, excluded_rule
    )
    keep = comparable & ~rule_out
    m = tally(tallies, keep, labels.size)
    forgiven = tallies.forgiven
    return TimeUnitResult(
        unit_ms=unit_ms,
        n_units=n_units,
        tolerance_units=tolerance,
        stats=kappa_stats(m),
        matrix=ConfusionMatrix.from_array(labels.names(), m),
        per_code=tuple(per_code_kappa(m, labels.names())),
        disagreements=tuple(stretches(la, lb, forgiven, keep, labels, unit_ms)),
        set_aside_units=int(n_units - comparable.sum()),
        excluded_units=int(rule_out.sum()),
        short_a=NO_SHORT if point else short_episodes(a, unit_ms, n_units),
        short_b=NO_SHORT if point else short_episodes(b, unit_ms, n_units),
    )
