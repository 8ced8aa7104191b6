"""Changes to a session, as values.

Every mutation of a session is one of these records. Because each one knows its inverse, the
GUI's undo stack, the crash journal and the listeners all speak the same small language: the
undo command applies ``change.inverse()``, the journal appends ``change`` as a line of JSON.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from attachcoder.core.episode import Episode

SessionField = Literal["metadata", "media", "scheme", "ratings", "duration_ms"]


@dataclass(frozen=True)
class EpisodeEdit:
    """Remove some episodes and add others, atomically.

    An episode whose id appears on both sides was *changed* in place; an id only in ``added``
    is new; an id only in ``removed`` is gone.
    """

    removed: tuple[Episode, ...] = ()
    added: tuple[Episode, ...] = ()

    def inverse(self) -> EpisodeEdit:
        return EpisodeEdit(removed=self.added, added=self.removed)

    @property
    def is_empty(self) -> bool:
        return not self.removed and not self.added

    def changed_ids(self) -> set[str]:
        return {e.id for e in self.removed} & {e.id for e in self.added}


@dataclass(frozen=True)
class FieldChange:
    """Replace one whole field of the session (metadata, media list, scheme, ratings, duration)."""

    field: SessionField
    old: Any
    new: Any

    def inverse(self) -> FieldChange:
        return FieldChange(self.field, self.new, self.old)

    @property
    def is_empty(self) -> bool:
        return bool(self.old == self.new)


@dataclass(frozen=True)
class CompoundChange:
    """Several changes that stand or fall together (e.g. a scheme rename and its episodes).

    The session checks its invariants only after the last part.
    """

    parts: tuple[Change, ...]

    def inverse(self) -> CompoundChange:
        return CompoundChange(tuple(p.inverse() for p in reversed(self.parts)))

    @property
    def is_empty(self) -> bool:
        return all(p.is_empty for p in self.parts)


Change = EpisodeEdit | FieldChange | CompoundChange
