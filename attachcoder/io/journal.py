"""The crash journal: every change to an open session, appended as it happens.

``NAME.acs.journal`` starts with a header naming the saved file it applies to (by SHA-256), or
carrying a full snapshot when there is no saved file yet, followed by one JSON line per change.
Each line is handed to the operating system before the change is acknowledged, so a killed
process loses nothing; ``fsync`` runs at most about once a second (and on :meth:`Journal.sync`),
so a keystroke stays fast. A clean save removes the journal.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.session import Session, SessionError
from attachcoder.io import codec
from attachcoder.io.session_file import SessionFileError, load, session_from_document

log = logging.getLogger(__name__)

JOURNAL_SUFFIX = ".journal"
_FORMAT = "attachcoder-journal"


def journal_path(session_path: str | os.PathLike[str]) -> Path:
    p = Path(session_path)
    return p.with_name(p.name + JOURNAL_SUFFIX)


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


def change_from_json(d: dict[str, Any], session: Session) -> Change:
    """Rebuild a change against the session it will be applied to (removals by id)."""
    op = d["op"]
    if op == "edit":
        removed = tuple(session.episode(i) for i in d["remove"])
        added = tuple(codec.episode_from_dict(e) for e in d["add"])
        return EpisodeEdit(removed, added)
    if op == "set":
        name = d["field"]
        return FieldChange(name, getattr(session, name), _field_from_json(name, d["value"]))
    if op == "compound":
        # parts are rebuilt one by one against a scratch copy so removals resolve correctly
        scratch = session._scratch_copy()
        parts = []
        for p in d["parts"]:
            part = change_from_json(p, scratch)
            scratch._apply_unchecked(part, notify=False)
            parts.append(part)
        return CompoundChange(tuple(parts))
    raise ValueError(f"unknown journal operation {op!r}")


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
    if name == "metadata":
        return codec.metadata_from_dict(value)
    if name == "media":
        return tuple(codec.media_from_dict(m) for m in value)
    if name == "scheme":
        return codec.scheme_from_dict(value)
    if name == "ratings":
        return dict(value)
    return value


class Journal:
    """Appends a session's changes to its journal file; listen with :meth:`attach`."""

    def __init__(self, path: str | os.PathLike[str], *, fsync_interval_s: float = 1.0) -> None:
        self.path = Path(path)
        self.fsync_interval_s = fsync_interval_s
        self._fh: Any = None
        self._last_sync = 0.0
        self._unsynced = False
        self._header: dict[str, Any] | None = None
        self.session: Session | None = None
        #: why the journal stopped recording (disk full, folder not writable), else ``None``;
        #: the window shows it, and a save is then the only protection of new changes
        self.failed: str | None = None

    def attach(self, session: Session, *, base_file: str | os.PathLike[str] | None) -> None:
        """Start journaling ``session``, whose saved state is ``base_file`` (or none yet)."""
        self.detach()
        self.session = session
        self._header = self._make_header(session, base_file)
        session.add_listener(committed=self.record)

    def detach(self) -> None:
        if self.session is not None:
            self.session.remove_listener(self.record)
        self.session = None
        self.close()

    @staticmethod
    def _make_header(session: Session, base_file: str | os.PathLike[str] | None) -> dict[str, Any]:
        header: dict[str, Any] = {"format": _FORMAT, "version": 1, "started": time.time()}
        if base_file is not None and Path(base_file).exists():
            header["base_sha256"] = hashlib.sha256(Path(base_file).read_bytes()).hexdigest()
        else:
            header["base_sha256"] = None
            header["snapshot"] = codec.session_to_dict(session)
        return header

    def record(self, change: Change) -> None:
        """Append one change. Never raises: the change is already made, and coding goes on.

        When the journal cannot be written, it stops (a later line after a lost one could not
        be replayed) and says why in :attr:`failed`; a clean save starts it afresh.
        """
        if self.failed is not None:
            return
        line = json.dumps(change_to_json(change), ensure_ascii=False, separators=(",", ":"))
        try:
            if self._fh is None:
                self._open()
            self._fh.write(line.encode("utf-8") + b"\n")
            self._fh.flush()  # in the OS now: a killed process loses nothing
            self._unsynced = True
            if time.monotonic() - self._last_sync >= self.fsync_interval_s:
                self.sync()
        except OSError as exc:
            self.failed = (
                f"the crash journal {self.path} cannot be written "
                f"({exc.strerror or exc}); save to keep new changes safe"
            )
            log.warning(self.failed)
            if self._fh is not None:
                with contextlib.suppress(OSError):
                    self._fh.close()
                self._fh = None

    def _open(self) -> None:
        assert self._header is not None, "attach() before record()"
        self._fh = open(self.path, "wb")  # noqa: SIM115 - kept open while the session is
        self._fh.write(json.dumps(self._header, ensure_ascii=False).encode("utf-8") + b"\n")
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._last_sync = time.monotonic()

    def sync(self) -> None:
        if self._fh is not None and self._unsynced:
            os.fsync(self._fh.fileno())
            self._unsynced = False
        self._last_sync = time.monotonic()

    def close(self) -> None:
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self.sync()
            self._fh.close()
            self._fh = None

    def saved(self, base_file: str | os.PathLike[str]) -> None:
        """The session was saved cleanly to ``base_file``: fold the journal in (remove it)."""
        self.close()
        self._remove()
        self.failed = None
        if self.session is not None:
            self._header = self._make_header(self.session, base_file)

    def discard(self) -> None:
        """Closing without saving, on purpose: the changes are not wanted."""
        self.detach()
        self._remove()

    def _remove(self) -> None:
        """Remove the journal file. One that cannot be removed must not fail a save or a close;
        it is logged, and the next open offers it with a warning that the file has changed."""
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not remove the journal %s: %s", self.path, exc)


@dataclass
class Recovery:
    """What a journal holds: the recovered session and how it was obtained."""

    session: Session
    changes: int
    warnings: list[str] = field(default_factory=list)


def has_unsaved_changes(session_path: str | os.PathLike[str]) -> bool:
    """True when the journal beside ``session_path`` holds at least one change."""
    jp = journal_path(session_path)
    try:
        with open(jp, "rb") as fh:
            fh.readline()
            return any(line.strip() for line in fh)
    except OSError:
        return False


def recover(
    session_path: str | os.PathLike[str], journal: str | os.PathLike[str] | None = None
) -> Recovery:
    """Replay a journal over its base; a torn last line (killed mid-write) is ignored."""
    jp = Path(journal) if journal is not None else journal_path(session_path)
    try:
        lines = jp.read_bytes().split(b"\n")
    except OSError as exc:
        raise SessionFileError(jp, "", f"cannot read the journal: {exc.strerror}") from None
    try:
        header = json.loads(lines[0])
        if not isinstance(header, dict) or header.get("format") != _FORMAT:
            raise ValueError
    except ValueError:
        raise SessionFileError(jp, "line 1", "this is not an attachcoder journal") from None
    warnings: list[str] = []
    if header.get("base_sha256") is None:
        session = session_from_document(header.get("snapshot"), jp)
    else:
        session = load(session_path)
        digest = hashlib.sha256(Path(session_path).read_bytes()).hexdigest()
        if digest != header["base_sha256"]:
            warnings.append(
                "the session file changed after these changes were journaled; "
                "they were replayed over the file as it is now"
            )
    count = 0
    for n, raw in enumerate(lines[1:], start=2):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw)
        except ValueError as exc:
            if all(not rest.strip() for rest in lines[n:]):
                # killed while writing this line: it was never acknowledged
                warnings.append(f"the last journal line was incomplete and was left out ({exc})")
                break
            warnings.append(f"journal line {n} is damaged and was left out ({exc})")
            continue
        try:
            session.apply(change_from_json(record, session))
        except (ValueError, KeyError, TypeError, AttributeError, SessionError) as exc:
            warnings.append(f"journal line {n} could not be replayed: {exc}")
            continue
        count += 1
    return Recovery(session, count, warnings)
