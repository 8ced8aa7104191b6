"""One layer of one coding as numpy arrays, clipped to the common span.

Both analyses (time units and events) start from a :class:`Track`, so clipping, running states
and codes left out are decided once. Codes become integers through a :class:`LabelSet`: the
codes both schemes share come first (0 … S−1), then the "none"/∅ category (S), then the codes
only one scheme has (S+1 …), which are tallied nowhere but still occupy time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from attachcoder.core.episode import Episode

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class LabelSet:
    shared: tuple[str, ...]
    left_out: tuple[str, ...] = ()

    @property
    def none(self) -> int:
        """The index of "none" (time units) and ∅ (events)."""
        return len(self.shared)

    @property
    def size(self) -> int:
        """Labels that can be tallied: the shared codes and none/∅."""
        return len(self.shared) + 1

    @property
    def total(self) -> int:
        return len(self.shared) + 1 + len(self.left_out)

    def index(self) -> dict[str, int]:
        out = {c: i for i, c in enumerate(self.shared)}
        out.update({c: self.size + j for j, c in enumerate(self.left_out)})
        return out

    def names(self) -> list[str | None]:
        """Labels of the tallied table, in index order (None for none/∅)."""
        return [*self.shared, None]

    def name(self, i: int) -> str | None:
        if i < len(self.shared):
            return self.shared[i]
        if i == len(self.shared):
            return None
        return self.left_out[i - self.size]


@dataclass(frozen=True)
class Track:
    """Episodes of one layer ordered by onset: onsets, offsets (= onsets for points), codes."""

    onsets: IntArray
    offsets: IntArray
    codes: IntArray

    def __len__(self) -> int:
        return len(self.onsets)


def make_track(
    episodes: Iterable[Episode], index: dict[str, int], *, end_ms: int, point: bool
) -> Track:
    """Clip to [0, end_ms): a state still running ends at ``end_ms``; anything starting at or
    after it is dropped, a state crossing it is cut there."""
    rows = [
        (
            e.onset_ms,
            e.onset_ms if point else (end_ms if e.offset_ms is None else e.offset_ms),
            index[e.code],
        )
        for e in episodes
        if e.onset_ms < end_ms and e.code in index
    ]
    rows.sort(key=lambda r: r[0])  # stable: points at one instant keep their order
    arr = np.array(rows, dtype=np.int64).reshape(len(rows), 3)
    offsets = arr[:, 1] if point else np.minimum(arr[:, 1], end_ms)
    return Track(arr[:, 0].copy(), offsets.copy(), arr[:, 2].copy())
