"""An episode: one coded stretch (state) or instant (point) on one layer of the scheme."""

from __future__ import annotations

from typing import Any, NamedTuple

_EMPTY: dict[str, Any] = {}


class Episode(NamedTuple):
    """An explicit, immutable record; edits replace it with a new record of the same id.

    ``offset_ms`` is ``None`` for a point, and for a state that is still running. A named tuple
    rather than a dataclass: sessions hold 100,000 of these and load them in a fraction of a
    second. ``modifiers`` and ``extra`` (keys from newer files, kept for saving) are never
    mutated in place.
    """

    id: str
    layer: str
    code: str
    onset_ms: int
    offset_ms: int | None = None
    note: str = ""
    modifiers: dict[str, str] = _EMPTY
    extra: dict[str, Any] = _EMPTY

    @property
    def is_open(self) -> bool:
        return self.offset_ms is None

    @property
    def duration_ms(self) -> int | None:
        return None if self.offset_ms is None else self.offset_ms - self.onset_ms

    def covers(self, t_ms: int) -> bool:
        """True when a state episode is active at ``t_ms`` (onset inclusive, offset exclusive)."""
        return self.onset_ms <= t_ms and (self.offset_ms is None or t_ms < self.offset_ms)

    def with_(self, **changes: Any) -> Episode:
        return self._replace(**changes)
