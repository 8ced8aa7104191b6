"""The lines of a crash journal: changes as JSON and back, and the save markers between them.

A journal is a header line (which saved file it applies to, or a full snapshot), then one line
per change. Before a save renames its new file into place, the journal gets a *save marker*
naming the SHA-256 of the bytes being saved: if the program dies after the rename but before
the journal is removed, the next open sees that the file already holds every change up to the
marker and offers nothing — saved changes are never replayed over the saved file.

Changes are rebuilt against a :class:`SessionView`, the session as it stands after the lines
before, so a compound change's later parts resolve the episodes its earlier parts added — with
no access to the session's internals.
"""

from __future__ import annotations

from typing import Any, get_args

from attachcoder.core.changes import (
    Change,
    CompoundChange,
    EpisodeEdit,
    FieldChange,
    SessionField,
)
from attachcoder.core.episode import Episode
from attachcoder.core.session import Session, SessionError
from attachcoder.io.session import codec

FORMAT = "attachcoder-journal"
SAVED_OP = "saved"
_FIELDS: frozenset[str] = frozenset(get_args(SessionField))


def change_to_json(change: Change) -> dict[str, Any]:
    if isinstance(change, EpisodeEdit):
        return {
            "op": "edit",
            "remove": [e.id for e in change.removed],
            "add": [codec.episode_to_dict(e) for e in change.added],
        }
    if isinstance(change, FieldChange):
        return {
            "op": "set",
            "field": change.field,
            "value": _field_to_json(change.field, change.new),
        }
    return {"op": "compound", "parts": [change_to_json(p) for p in change.parts]}


def saved_marker(sha256: str, path: str | None = None) -> dict[str, Any]:
    """The line written just before a save's rename: the new file's content hash, and its
    path when it is not the journal's own session file (a Save As)."""
    marker: dict[str, Any] = {"op": SAVED_OP, "sha256": sha256}
    if path is not None:
        marker["path"] = path
    return marker


class SessionView:
    """A session as it will be once some changes are made, without making them.

    Rebuilding a compound change needs, for each part, the episodes and fields as the parts
    before it left them; this view layers those parts over the untouched session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._episodes: dict[str, Episode | None] = {}  # None: removed by an earlier part
        self._fields: dict[str, Any] = {}

    def episode(self, episode_id: str) -> Episode:
        if episode_id in self._episodes:
            ep = self._episodes[episode_id]
            if ep is None:
                raise SessionError(f"there is no episode {episode_id!r}")
            return ep
        return self._session.episode(episode_id)

    def field(self, name: str) -> Any:
        return self._fields[name] if name in self._fields else getattr(self._session, name)

    def add(self, change: Change) -> None:
        """Take ``change`` as made (only in this view)."""
        if isinstance(change, EpisodeEdit):
            for e in change.removed:
                self._episodes[e.id] = None
            for e in change.added:
                self._episodes[e.id] = e
        elif isinstance(change, FieldChange):
            self._fields[change.field] = change.new
        else:
            for part in change.parts:
                self.add(part)


def change_from_json(d: Any, session: Session | SessionView) -> Change:
    """Rebuild a change against the session it will be applied to (removals by id).

    Raises ``ValueError``, ``KeyError``, ``TypeError`` or :class:`SessionError` for a line
    that does not describe a change of this session.
    """
    view = session if isinstance(session, SessionView) else SessionView(session)
    if not isinstance(d, dict):
        raise TypeError("a journal line must be a JSON object")
    op = d["op"]
    if op == "edit":
        removed = tuple(view.episode(i) for i in _strings(d["remove"]))
        added = tuple(_episodes(d["add"]))
        return EpisodeEdit(removed, added)
    if op == "set":
        name = d["field"]
        if name not in _FIELDS:
            raise ValueError(f"a session has no field {name!r}")
        return FieldChange(name, view.field(name), _field_from_json(name, d["value"]))
    if op == "compound":
        parts = []
        for p in d["parts"]:
            part = change_from_json(p, view)
            view.add(part)  # the next part sees this one made
            parts.append(part)
        return CompoundChange(tuple(parts))
    raise ValueError(f"unknown journal operation {op!r}")


def _strings(items: Any) -> list[str]:
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise TypeError("the ids removed must be a list of strings")
    return items


def _episodes(items: Any) -> list[Episode]:
    """The episodes added, checked as strictly as the episodes of a session file."""
    from attachcoder.io.session.file import episodes_from_list

    if not isinstance(items, list):
        raise TypeError("the episodes added must be a list")
    return episodes_from_list(items, "the journal")


def _field_to_json(name: str, value: Any) -> Any:
    if name == "metadata":
        return codec.metadata_to_dict(value)
    if name == "media":
        return [codec.media_to_dict(m) for m in value]
    if name == "scheme":
        return codec.scheme_to_dict(value)
    if name == "ratings":
        return dict(value)
    return value


def _field_from_json(name: str, value: Any) -> Any:
    """A field's new value, checked against the file format's schema for that field."""
    from attachcoder.io.session.file import check_field

    check_field(name, value)
    if name == "metadata":
        return codec.metadata_from_dict(value)
    if name == "media":
        return tuple(codec.media_from_dict(m) for m in value)
    if name == "scheme":
        return codec.scheme_from_dict(value).validate()
    if name == "ratings":
        return dict(value)
    return value
