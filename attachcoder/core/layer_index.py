"""One layer's episodes ordered by onset: the index behind every look-up by time."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from attachcoder.core.episode import Episode


class LayerIndex:
    """Episodes of one layer ordered by onset, for O(log n) look-ups by time."""

    __slots__ = ("ids", "onsets")

    def __init__(self) -> None:
        self.onsets: list[int] = []
        self.ids: list[str] = []

    def insert(self, ep: Episode) -> None:
        i = bisect_right(self.onsets, ep.onset_ms)
        self.onsets.insert(i, ep.onset_ms)
        self.ids.insert(i, ep.id)

    def remove(self, ep: Episode) -> None:
        i = bisect_left(self.onsets, ep.onset_ms)
        while self.ids[i] != ep.id:
            i += 1
        del self.onsets[i]
        del self.ids[i]

    def last_starting_at_or_before(self, t: int) -> int:
        return bisect_right(self.onsets, t) - 1
