"""Time-unit κ computed on runs of units instead of unit by unit: the same result, in time
that grows with the number of episodes, not with the number of units.

:func:`attachcoder.analysis.agreement.time_units.time_unit_agreement` labels every unit, so a
90-hour coding at one frame per unit is eight million units per layer and seconds of work —
too slow for the compare view, which recomputes after every edit. Here each coding's labels
are kept as runs (a state covers the units whose midpoints it holds, a point its one unit,
"none" the gaps between), the two codings' runs are cut into segments where both labels are
constant, and the tolerance only splits a differing segment (A says a, B says b) near its
ends: inside it B never shows a and A never shows b, so the symmetric rule's two tests — a
within t units in B, b within t units in A — depend only on how far a unit is from the nearest
unit of that label outside the segment. The excluded rule and the tallies (in halves where
both tests hold) are then those of :mod:`.time_units`, weighted by each piece's length.

:func:`time_unit_agreement` here takes the same arguments and returns the same
:class:`TimeUnitResult` as the unit-by-unit one, which stays the reference: the tests compare
the two on generated codings (every tolerance and excluded rule), and any change of the rule
must be made in both.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from attachcoder.analysis.agreement import time_units
from attachcoder.analysis.agreement.kappa import (
    ConfusionMatrix,
    kappa_stats,
    per_code_kappa,
)
from attachcoder.analysis.agreement.time_units import (
    _EPS,
    NO_SHORT,
    Disagreement,
    TimeUnitResult,
    excluded_mask,
    short_episodes,
)
from attachcoder.analysis.agreement.tracks import IntArray, LabelSet, Track

_FAR = 1 << 50  # "no such unit" on either side; far beyond any unit index ± tolerance


class Runs:
    """A labelling of units 0 … n−1 as consecutive runs: ``starts[i]`` … ``starts[i+1]``−1
    carry ``labels[i]`` (the last run ends at n). Neighbouring runs may share a label."""

    __slots__ = ("labels", "n", "starts")

    def __init__(self, starts: IntArray, labels: IntArray, n: int) -> None:
        self.starts, self.labels, self.n = starts, labels, n

    @property
    def ends(self) -> IntArray:
        return np.append(self.starts[1:], self.n)

    def at(self, units: IntArray) -> IntArray:
        """The label of each of ``units`` (each in 0 … n−1)."""
        return self.labels[np.searchsorted(self.starts, units, side="right") - 1]


def _midpoints(k: npt.NDArray[np.int64], unit_ms: float) -> npt.NDArray[np.float64]:
    """Unit midpoints exactly as :func:`time_units.state_labels` computes them."""
    return np.round((k.astype(np.float64) + 0.5) * unit_ms, 6)  # type: ignore[no-any-return]


def _first_unit_from(t: IntArray, unit_ms: float, n_units: int) -> IntArray:
    """For each time, the first unit whose midpoint is at or after it (n when none is)."""
    k = np.clip(np.ceil(t / unit_ms - 0.5), 0, n_units).astype(np.int64)
    while True:  # the estimate is off by at most one where rounding decides; settle it
        back = (k > 0) & (_midpoints(k - 1, unit_ms) >= t)
        ahead = (k < n_units) & (_midpoints(np.minimum(k, n_units - 1), unit_ms) < t)
        if not back.any() and not ahead.any():
            return k
        k = k - back + ahead


def _sorted_unique(x: IntArray) -> IntArray:
    """``np.unique`` by sorting (numpy's hashing unique is slower on these arrays)."""
    x = np.sort(x)
    return x[np.concatenate(([True], x[1:] != x[:-1]))] if len(x) else x


def _runs(starts: IntArray, ends: IntArray, codes: IntArray, none: int, n: int) -> Runs:
    """Runs from labelled unit ranges [starts, ends) (sorted, disjoint); gaps become none."""
    keep = ends > starts
    starts, ends, codes = starts[keep], ends[keep], codes[keep]
    cuts = _sorted_unique(np.concatenate(([0], starts, ends)).astype(np.int64))
    cuts = cuts[cuts < n]
    i = np.searchsorted(starts, cuts, side="right") - 1
    j = np.maximum(i, 0)
    inside = (i >= 0) & (cuts < ends[j]) if len(starts) else np.zeros(len(cuts), dtype=bool)
    labels = np.full(len(cuts), none, dtype=np.int64)
    labels[inside] = codes[j[inside]]
    return Runs(cuts.astype(np.int64), labels, n)


def state_runs(track: Track, none: int, unit_ms: float, n_units: int) -> Runs:
    """Each state covers the units whose midpoints it holds (onset inclusive, offset not)."""
    first = _first_unit_from(track.onsets, unit_ms, n_units)
    end = _first_unit_from(track.offsets, unit_ms, n_units)
    return _runs(first, end, track.codes, none, n_units)


def point_runs(track: Track, none: int, unit_ms: float, n_units: int) -> Runs:
    """A unit with points inside carries the first of them."""
    k = np.floor(track.onsets / unit_ms + _EPS).astype(np.int64)
    k, codes = k[k < n_units], track.codes[k < n_units]
    first = np.concatenate(([True], k[1:] != k[:-1])) if len(k) else np.zeros(0, dtype=bool)
    units = k[first]  # onsets are sorted, so k is too: the first of each unit is the earliest
    return _runs(units, units + 1, codes[first], none, n_units)


def _nearest(
    runs: Runs, label: IntArray, start: IntArray, end: IntArray
) -> tuple[IntArray, IntArray]:
    """For segments [start, end) where ``runs`` never shows ``label``: the last unit before
    ``start`` and the first unit from ``end`` on that do show it (±_FAR when none does)."""
    before = np.full(len(label), -_FAR, dtype=np.int64)
    after = np.full(len(label), _FAR, dtype=np.int64)
    ends = runs.ends
    for c in _sorted_unique(label).tolist():
        rows = np.flatnonzero(label == c)
        mine = runs.labels == c
        starts_c, ends_c = runs.starts[mine], ends[mine]
        if len(starts_c) == 0:
            continue
        j = np.searchsorted(starts_c, start[rows], side="left")
        has_before = j > 0
        before[rows[has_before]] = ends_c[j[has_before] - 1] - 1
        has_after = j < len(starts_c)
        after[rows[has_after]] = starts_c[j[has_after]]
    return before, after


def _pieces(
    start: IntArray, end: IntArray, a: IntArray, b: IntArray, ra: Runs, rb: Runs, t: int
) -> tuple[IntArray, IntArray, IntArray, IntArray, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Split each segment where the tolerance rule changes: (start, end, a, b, fa, fb).

    ``fa``: the labels differ and a occurs in the second coding within t units; ``fb``: they
    differ and b occurs in the first coding within t units (the symmetric rule's two tests).
    """
    differ = a != b
    if t <= 0 or not differ.any():
        no = np.zeros(len(start), dtype=bool)
        return start, end, a, b, no, no
    d = np.flatnonzero(differ)
    s, e = start[d], end[d]
    b_before, b_after = _nearest(rb, a[d], s, e)  # a in the second coding
    a_before, a_after = _nearest(ra, b[d], s, e)  # b in the first coding
    # fa holds for a unit k when k ≤ b_before + t or k ≥ b_after − t; fb likewise
    cuts = np.stack((s, b_before + t + 1, b_after - t, a_before + t + 1, a_after - t, e), axis=1)
    cuts = np.sort(np.clip(cuts, s[:, None], e[:, None]), axis=1)
    p_start, p_end = cuts[:, :-1].ravel(), cuts[:, 1:].ravel()
    owner = np.repeat(d, 5)
    pk = np.repeat(np.arange(len(d)), 5)
    fa = (p_start <= b_before[pk] + t) | (p_start >= b_after[pk] - t)
    fb = (p_start <= a_before[pk] + t) | (p_start >= a_after[pk] - t)
    # the pieces of the differing segments replace them; the others stay whole, in order
    same = np.flatnonzero(~differ)
    all_start = np.concatenate((start[same], p_start))
    all_end = np.concatenate((end[same], p_end))
    all_seg = np.concatenate((same, owner))
    all_fa = np.concatenate((np.zeros(len(same), dtype=bool), fa))
    all_fb = np.concatenate((np.zeros(len(same), dtype=bool), fb))
    order = np.lexsort((all_start, all_seg))
    keep = order[all_end[order] > all_start[order]]
    seg = all_seg[keep]
    return all_start[keep], all_end[keep], a[seg], b[seg], all_fa[keep], all_fb[keep]


def _stretches(
    start: IntArray,
    end: IntArray,
    a: IntArray,
    b: IntArray,
    forgiven: npt.NDArray[np.bool_],
    keep: npt.NDArray[np.bool_],
    labels: LabelSet,
    unit_ms: float,
) -> list[Disagreement]:
    """Neighbouring pieces with the same differing pair and forgiveness make one stretch."""
    if len(start) == 0:
        return []
    key = np.where(keep & (a != b), (a * labels.total + b) * 2 + forgiven, -1)
    head = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
    tail = np.append(head[1:], len(key)) - 1
    mine = key[head] >= 0
    head, tail = head[mine], tail[mine]
    names = np.array([labels.name(i) for i in range(labels.total)], dtype=object)
    # np.rint rounds halves to even, as round() does; the products are the same doubles
    columns = (
        np.rint(start[head] * unit_ms).astype(np.int64).tolist(),
        np.rint(end[tail] * unit_ms).astype(np.int64).tolist(),
        names[a[head]].tolist(),
        names[b[head]].tolist(),
        forgiven[head].tolist(),
    )
    return list(map(Disagreement._make, zip(*columns, strict=True)))


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
    """Time-unit κ of one layer, equal to :func:`time_units.time_unit_agreement`'s."""
    if n_units <= 0:  # nothing to label: the reference is as quick
        return time_units.time_unit_agreement(
            a, b, labels=labels, point=point, unit_ms=unit_ms, n_units=n_units,
            tolerance=tolerance, excluded=excluded, excluded_rule=excluded_rule,
        )  # fmt: skip
    size = labels.size
    make = point_runs if point else state_runs
    ra = make(a, labels.none, unit_ms, n_units)
    rb = make(b, labels.none, unit_ms, n_units)
    seg_start = _sorted_unique(np.concatenate((ra.starts, rb.starts)))
    seg_end = np.append(seg_start[1:], n_units)
    sa, sb = ra.at(seg_start), rb.at(seg_start)
    start, end, pa, pb, fa, fb = _pieces(seg_start, seg_end, sa, sb, ra, rb, tolerance)
    ex = np.zeros(0, dtype=np.int64) if excluded is None else excluded
    if excluded_rule != "category" and len(ex):  # never forgiven toward an excluded code
        fa = fa & ~np.isin(pa, ex)
        fb = fb & ~np.isin(pb, ex)
    length = end - start
    comparable = (pa < size) & (pb < size)
    rule_out = comparable & excluded_mask(
        pa, pb, np.zeros(0, dtype=np.int64) if excluded is None else excluded, excluded_rule
    )
    keep = comparable & ~rule_out
    # the symmetric rule, in halves: fa and fb → half (a, a), half (b, b); fa → (a, a);
    # fb → (b, b); neither → (a, b)
    both = fa & fb
    x1 = np.where(fa, pa, np.where(fb, pb, pa))
    y1 = np.where(fa, pa, pb)
    w1 = np.where(both, 1, 2) * length
    split = keep & both
    doubled = np.bincount(
        np.concatenate((x1[keep] * size + y1[keep], pb[split] * size + pb[split])),
        weights=np.concatenate((w1[keep], length[split])).astype(np.float64),
        minlength=size * size,
    )
    m = doubled.reshape(size, size) / 2
    forgiven = fa | fb
    return TimeUnitResult(
        unit_ms=unit_ms,
        n_units=n_units,
        tolerance_units=tolerance,
        stats=kappa_stats(m),
        matrix=ConfusionMatrix.from_array(labels.names(), m),
        per_code=tuple(per_code_kappa(m, labels.names())),
        disagreements=tuple(_stretches(start, end, pa, pb, forgiven, keep, labels, unit_ms)),
        set_aside_units=int(n_units - length[comparable].sum()),
        excluded_units=int(length[rule_out].sum()),
        short_a=NO_SHORT if point else short_episodes(a, unit_ms, n_units),
        short_b=NO_SHORT if point else short_episodes(b, unit_ms, n_units),
    )
