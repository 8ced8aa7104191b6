"""Event κ: link the two codings' episodes one-to-one, then tally the codes of each link.

Two alignments (``align``), and every output names the one used:

- ``overlap`` (the default; Holle & Rein 2015, EasyDIAg). Linking ignores codes. States link
  when their overlap is at least a share (default 60%) of the longer of the two, greedily by
  the largest overlap ratio; points link when their onsets are within a window (default 1 s),
  greedily by the smallest difference; ties go to the pair with the earlier onset.
- ``gseq`` (Bakeman, Quera & Gnisci 2009, GSEQ's event alignment): the two sequences of
  episodes, in onset order, are aligned by dynamic programming (Needleman & Wunsch, as Quera,
  Bakeman & Gnisci 2007 adapted it) with an onset tolerance — see :func:`link_gseq`.

An episode left unlinked pairs with ∅: an omission by one coder, or a commission by the other.
The ∅–∅ cell is empty by construction, which is why κ_max is reported beside κ.
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
from attachcoder.analysis.agreement.time_units import Disagreement, excluded_mask
from attachcoder.analysis.agreement.tracks import IntArray, LabelSet, Track
from attachcoder.core.study import ALIGNMENTS  # the event alignments (``--align``)

__all__ = [
    "ALIGNMENTS",
    "EventResult",
    "event_agreement",
    "link_gseq",
    "link_points",
    "link_states",
]

ONE_CODE_NOTE = (
    "one code in this layer: event κ only measures whether episodes were linked, so it gets "
    "no band; read % linked"
)


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
    excluded_events: int = 0  # tallies the excluded rule left out
    one_code: bool = False  # the layer compares one code: κ says nothing about codes

    @property
    def band(self) -> str:
        """The Landis & Koch band, except for a one-code layer (:data:`ONE_CODE_NOTE`)."""
        return "" if self.one_code else self.stats.band

    @property
    def note(self) -> str:
        return ONE_CODE_NOTE if self.one_code and self.stats.kappa is not None else ""


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


def link_gseq(a: Track, b: Track, tolerance_ms: float) -> list[tuple[int, int]]:
    """GSEQ's alignment (Bakeman, Quera & Gnisci 2009) of two sequences in onset order.

    A global alignment in the manner of Needleman & Wunsch: each episode is either paired
    with one of the other coding's, in order (no two pairs cross), or left unpaired (an
    insertion or deletion, against ∅). Two episodes may pair only when their onsets are within
    ``tolerance_ms``. Costs: an agreement (same code) 0, a disagreement (a substitution) 1,
    an unpaired episode 1 — so two episodes in tolerance are paired rather than both left out,
    as Quera, Bakeman & Gnisci (2007) advise. Among alignments of the least cost, the one with
    the smallest total onset difference is taken.

    The cost is n_A + n_B − (pairs + agreements), so the alignment maximises the sum over
    pairs of 1 + [same code]: a heaviest chain of candidate pairs increasing in both
    sequences, found with a prefix-maximum (Fenwick) tree in O(K log n) for K candidate pairs
    instead of the n_A × n_B table.
    """
    if len(a) == 0 or len(b) == 0:
        return []
    lo = np.searchsorted(b.onsets, a.onsets - tolerance_ms, side="left")
    hi = np.searchsorted(b.onsets, a.onsets + tolerance_ms, side="right")
    ci, cj = _ranges(lo, hi)
    if len(ci) == 0:
        return []
    diff = np.abs(a.onsets[ci] - b.onsets[cj]).astype(np.int64)
    weight = 1 + (a.codes[ci] == b.codes[cj]).astype(np.int64)
    # (pairs + agreements) first, then the smaller onset difference: one integer score
    big = int(diff.max()) * min(len(a), len(b)) + 1
    scores = (weight * big - diff).tolist()
    ii, jj = ci.tolist(), cj.tolist()
    n_b = len(b)
    tree_val = [0] * (n_b + 1)  # Fenwick tree of prefix maxima over b's index (1-based)
    tree_at = [-1] * (n_b + 1)  # the candidate holding that maximum
    best = [0] * len(ii)
    pred = [-1] * len(ii)
    start = 0
    while start < len(ii):  # candidates come grouped by a's index, ascending
        end = start
        while end < len(ii) and ii[end] == ii[start]:
            end += 1
        for c in range(start, end):  # chains may only extend pairs of earlier a's
            v, at, pos = 0, -1, jj[c]  # the best chain over b indices < jj[c]
            while pos > 0:
                if tree_val[pos] > v:
                    v, at = tree_val[pos], tree_at[pos]
                pos -= pos & -pos
            best[c], pred[c] = v + scores[c], at
        for c in range(start, end):
            pos = jj[c] + 1
            while pos <= n_b:
                if best[c] > tree_val[pos]:
                    tree_val[pos], tree_at[pos] = best[c], c
                pos += pos & -pos
        start = end
    c = max(range(len(best)), key=best.__getitem__)  # the first of the heaviest chains
    links = []
    while c >= 0:
        links.append((ii[c], jj[c]))
        c = pred[c]
    links.reverse()
    return links


def event_agreement(
    a: Track,
    b: Track,
    *,
    labels: LabelSet,
    point: bool,
    overlap: float = 0.6,
    point_window_ms: float = 1000.0,
    align: str = "overlap",
    onset_tolerance_ms: float = 2000.0,
    excluded: IntArray | None = None,
    excluded_rule: str = "drop-both",
) -> EventResult:
    """Event κ of one layer; rows of the matrix are the first coding, ∅ is the last label.

    ``excluded_rule`` (``excluded``: the label indices of the codes with role ``excluded``):
    ``drop-both`` leaves out a linked pair both coded excluded, ``drop-either`` every tally
    with an excluded code on either side (an unlinked one too), ``category`` none.
    """
    if align == "gseq":
        links = link_gseq(a, b, onset_tolerance_ms)
    elif align == "overlap":
        links = link_points(a, b, point_window_ms) if point else link_states(a, b, overlap)
    else:
        raise ValueError(f"unknown alignment {align!r} (use one of {', '.join(ALIGNMENTS)})")
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
    comparable = (ca < labels.size) & (cb < labels.size)
    rule_out = comparable & excluded_mask(
        ca, cb, np.zeros(0, dtype=np.int64) if excluded is None else excluded, excluded_rule
    )
    keep = comparable & ~rule_out
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
        # an incomparable link sets aside both of its episodes
        set_aside_events=int(len(comparable) - comparable.sum())
        + int(len(li) - comparable[: len(li)].sum()),
        excluded_events=int(rule_out.sum()),
        one_code=len(labels.shared) == 1,
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
