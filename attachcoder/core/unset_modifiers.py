"""Modifiers left unset: which episodes still lack one, and how many of each, in words.

A repair coded without its initiator is easy to miss (the bar under the video closes as the
next code is keyed), so the table marks such episodes and the status bar counts them until
each is set: "2 repairs without initiator". The count is kept up to date change by change
(:meth:`UnsetModifiers.update`), never by rescanning 100,000 episodes after every key.
"""

from __future__ import annotations

from collections import Counter

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Scheme


def unset_modifiers(scheme: Scheme, ep: Episode) -> list[str]:
    """The names of ``ep``'s modifiers (as its code has them) that have no value yet."""
    layer = scheme.layer(ep.layer)
    code = layer.code(ep.code) if layer is not None else None
    if code is None or not code.modifiers:
        return []
    return [m.name for m in code.modifiers if not ep.modifiers.get(m.name)]


def plural(word: str, n: int) -> str:
    """``repair`` → ``repairs`` (English, plainly: enough for code names in a count)."""
    if n == 1:
        return word
    if word.endswith(("s", "x", "z", "sh", "ch")):
        return word + "es"
    return word + "s"


class UnsetModifiers:
    """The episodes of a session with a modifier left unset, followed change by change."""

    def __init__(self, scheme: Scheme, episodes: list[Episode] | None = None) -> None:
        self._scheme = scheme
        self._missing: dict[str, tuple[str, tuple[str, ...]]] = {}  # id -> (code, names)
        for ep in episodes or ():
            self._note(ep)

    def _note(self, ep: Episode) -> None:
        names = unset_modifiers(self._scheme, ep)
        if names:
            self._missing[ep.id] = (ep.code, tuple(names))
        else:
            self._missing.pop(ep.id, None)

    def update(self, change: Change, episodes: list[Episode] | None = None) -> None:
        """Follow one committed change; a new scheme needs ``episodes`` (all of them)."""
        if isinstance(change, CompoundChange):
            for part in change.parts:
                self.update(part, episodes)
        elif isinstance(change, EpisodeEdit):
            for ep in change.removed:
                self._missing.pop(ep.id, None)
            for ep in change.added:
                self._note(ep)
        elif isinstance(change, FieldChange) and change.field == "scheme":
            self._scheme = change.new
            self._missing.clear()
            for ep in episodes or ():
                self._note(ep)

    def __len__(self) -> int:
        return len(self._missing)

    def __contains__(self, episode_id: object) -> bool:
        return episode_id in self._missing

    def ids(self) -> list[str]:
        return list(self._missing)

    def counts(self) -> Counter[tuple[str, str]]:
        """How many episodes of each code lack each modifier."""
        out: Counter[tuple[str, str]] = Counter()
        for code, names in self._missing.values():
            for name in names:
                out[(code, name)] += 1
        return out

    def summary(self) -> str:
        """``2 repairs without initiator · 1 bid without target`` (empty when all are set)."""
        parts = [
            f"{n} {plural(code, n)} without {name}"
            for (code, name), n in sorted(self.counts().items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        return " · ".join(parts)
