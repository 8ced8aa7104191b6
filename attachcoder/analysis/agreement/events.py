"""Event κ: link the two codings' episodes one-to-one, then tally the codes of each link.

Linking ignores codes (Bakeman, Quera & Gnisci 2009; Holle & Rein 2015). States link when their
overlap is at least a share (default 60%) of the longer of the two, greedily by the largest
overlap ratio; points link when their onsets are within a window (default 1 s), greedily by the
smallest difference; ties go to the pair with the earlier onset. An episode left unlinked pairs
with ∅: an omission by one coder, or a commission by the other. The ∅–∅ cell is empty by
construction, which is why κ_max is reported beside κ.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from attachcoder.analysis.agreement.kappa import (
    CodeKappa,
    ConfusionMatrix,
    KappaStats,
    confusion,
    kappa_stats,
    per_code_kappa,
)
from attachcoder.analysis.agreement.time_units import Disagreement
from attachcoder.analysis.agreement.tracks import IntArray, LabelSet, Track


@dataclass(frozen=True)
class EventResult:
    n_a: int  # episodes of the first coding in the table
    n_b: int
    linked: int
    percent_linked: float | None  # 100 · 2·linked / (n_a + n_b)
    mean_abs_onset_diff_ms: float | None  # over linked pairs
    stats: KappaStats  # κ, p_o, p_e and κ_max over the whole table, ∅ included
    matrix: ConfusionMatrix
    per_code: tuple[CodeKappa, ...]
    disagreements: tuple[Disagreement, ...]  # linked with other codes, or unlinked (∅)
    set_aside_events: int  # episodes whose code the other scheme lacks


def _ranges(lo: IntArray, hi: IntArray) -> tuple[IntArray, IntArray]:
    """All pairs (i, j) with lo[i] ≤ j < hi[i], as two flat arrays."""
    counts = np.maximum(hi - lo, 0)
    total = int(counts.sum())
    i = np.repeat(np.arange(len(lo), dtype=np.int64), counts)
    starts = np.cumsum(counts) - counts
    j = lo[i] + (np.arange(total, dtype=np.int64) - starts[i])
    return i, j


def _greedy(i: IntArray, j: IntArray, order: IntArray, n_a: int, n_b: int) -> list[tuple[int, int]]:
    """Take candidate pairs in ``order`` while both ends are free (one-to-one)."""
    used_a = np.zeros(n_a, dtype=bool)
    used_b = np.zeros(n_b, dtype=bool)
    links = []
    for x, y in zip(i[order].tolist(), j[order].tolist(), strict=True):
        if not used_a[x] and not used_b[y]:
            used_a[x] = used_b[y] = True
            links.append((x, y))
    return links


def link_states(a: Track, b: Track, overlap: float) -> list[tuple[int, int]]:
    """One-to-one links of state episodes overlapping by ≥ ``overlap`` of the longer one."""
    if len(a) == 0 or len(b) == 0:
        return []
    lo = np.searchsorted(b.offsets, a.onsets, side="right")  # first b ending after a starts
    hi = np.searchsorted(b.onsets, a.offsets, side="left")  # first b starting at/after a ends
    i, j = _ranges(lo, hi)
    common = np.minimum(a.offsets[i], b.offsets[j]) - np.maximum(a.onsets[i], b.onsets[j])
    longer = np.maximum(a.offsets[i] - a.onsets[i], b.offsets[j] - b.onsets[j])
    ratio = common / np.maximum(longer, 1)
    ok = (common > 0) & (ratio >= overlap - 1e-12)
    i, j, ratio = i[ok], j[ok], ratio[ok]
    first = np.minimum(a.onsets[i], b.onsets[j])
    second = np.maximum(a.onsets[i], b.onsets[j])
    order = np.lexsort((second, first, -ratio))
    return _greedy(i, j, order, len(a), len(b))


def link_points(a: Track, b: Track, window_ms: float) -> list[tuple[int, int]]:
    """One-to-one links of points whose onsets are within ``window_ms`` of each other."""
    if len(a) == 0 or len(b) == 0:
        return []
    lo = np.searchsorted(b.onsets, a.onsets - window_ms, side="left")
    hi = np.searchsorted(b.onsets, a.onsets + window_ms, side="right")
    i, j = _ranges(lo, hi)
    diff = np.abs(a.onsets[i] - b.onsets[j])
    first = np.minimum(a.onsets[i], b.onsets[j])
    second = np.maximum(a.onsets[i], b.onsets[j])
    order = np.lexsort((second, first, diff))
    return _greedy(i, j, order, len(a), len(b))


def event_agreement(
    a: Track,
    b: Track,
    *,
    labels: LabelSet,
    point: bool,
    overlap: float = 0.6,
    point_window_ms: float = 1000.0,
) -> EventResult:
    """Event κ of one layer; rows of the matrix are the first coding, ∅ is the last label."""
    links = link_points(a, b, point_window_ms) if point else link_states(a, b, overlap)
    li = np.array([x for x, _ in links], dtype=np.int64)
    lj = np.array([y for _, y in links], dtype=np.int64)
    free_a = np.ones(len(a), dtype=bool)
    free_a[li] = False
    free_b = np.ones(len(b), dtype=bool)
    free_b[lj] = False
    ua, ub = np.flatnonzero(free_a), np.flatnonzero(free_b)
    empty = labels.none
    ca = np.concatenate((a.codes[li], a.codes[ua], np.full(len(ub), empty, dtype=np.int64)))
    cb = np.concatenate((b.codes[lj], np.full(len(ua), empty, dtype=np.int64), b.codes[ub]))
    keep = (ca < labels.size) & (cb < labels.size)
    m = confusion(ca[keep], cb[keep], labels.size)

    keep_link = keep[: len(li)]
    linked = int(keep_link.sum())
    n_a = int(m[: labels.none, :].sum())
    n_b = int(m[:, : labels.none].sum())
    diffs = np.abs(a.onsets[li] - b.onsets[lj])[keep_link]
    stats = kappa_stats(m)
    return EventResult(
        n_a=n_a,
        n_b=n_b,
        linked=linked,
        percent_linked=(200.0 * linked / (n_a + n_b)) if n_a + n_b else None,
        mean_abs_onset_diff_ms=float(diffs.mean()) if linked else None,
        stats=stats,
        matrix=ConfusionMatrix.from_array(labels.names(), m),
        per_code=tuple(per_code_kappa(m, labels.names())),
        disagreements=tuple(_disagreements(a, b, li, lj, ua, ub, keep, labels)),
        set_aside_events=int(len(keep) - keep.sum() + (len(li) - linked)),
    )


def _disagreements(
    a: Track,
    b: Track,
    li: IntArray,
    lj: IntArray,
    ua: IntArray,
    ub: IntArray,
    keep: np.ndarray,
    labels: LabelSet,
) -> list[Disagreement]:
    """Linked pairs with different codes (over both extents), and every unlinked episode."""
    out: list[Disagreement] = []
    n_l, n_ua = len(li), len(ua)
    for k, (x, y) in enumerate(zip(li.tolist(), lj.tolist(), strict=True)):
        if keep[k] and a.codes[x] != b.codes[y]:
            out.append(
                Disagreement(
                    int(min(a.onsets[x], b.onsets[y])),
                    int(max(a.offsets[x], b.offsets[y])),
                    labels.name(int(a.codes[x])),
                    labels.name(int(b.codes[y])),
                )
            )
    for k, x in enumerate(ua.tolist()):
        if keep[n_l + k]:
            out.append(
                Disagreement(
                    int(a.onsets[x]), int(a.offsets[x]), labels.name(int(a.codes[x])), None
                )
            )
    for k, y in enumerate(ub.tolist()):
        if keep[n_l + n_ua + k]:
            out.append(
                Disagreement(
                    int(b.onsets[y]), int(b.offsets[y]), None, labels.name(int(b.codes[y]))
                )
            )
    out.sort(key=lambda d: (d.start_ms, d.end_ms))
    return out
