"""The crash journal: every change to an open session, appended as it happens.

``NAME.acs.journal`` starts with a header naming the saved file it applies to (by SHA-256), or
carrying a full snapshot when there is no saved file yet, followed by one JSON line per change.
Each line is handed to the operating system before the change is acknowledged, so a killed
process loses nothing; ``fsync`` runs at most about once a second (and on :meth:`Journal.sync`),
so a keystroke stays fast.

A journal is never truncated in place: a fresh one (after a recovery, or a save) is written
under a temporary name, fsynced, and renamed over the old one, so until the new journal holds
the recovered state the old one still does — a kill, or a full disk, loses nothing. Before a
save's rename the journal gets a marker with the new file's hash (see
:mod:`attachcoder.io.session.journal_records`); a clean save then removes the journal.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from attachcoder.core.changes import Change
from attachcoder.core.session import Session
from attachcoder.io import fault_points
from attachcoder.io.atomic import fsync_dir, remove_stale_temps
from attachcoder.io.session import codec, strict_json
from attachcoder.io.session.journal_records import (
    FORMAT,
    change_from_json,
    change_to_json,
    saved_marker,
)
from attachcoder.io.session.recovery import (
    JOURNAL_SUFFIX,
    Recovery,
    has_unsaved_changes,
    journal_holds_unsaved,
    journal_path,
    journals_to_offer,
    recover,
    replay,
    second_journal_path,
)

__all__ = [
    "JOURNAL_SUFFIX",
    "Journal",
    "Recovery",
    "change_from_json",
    "change_to_json",
    "has_unsaved_changes",
    "journal_holds_unsaved",
    "journal_path",
    "journals_to_offer",
    "recover",
    "replay",
    "second_journal_path",
]

log = logging.getLogger(__name__)


def _line(doc: dict[str, Any]) -> bytes:
    return strict_json.dumps(doc, separators=(",", ":")).encode("utf-8") + b"\n"


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
    def _make_header(
        session: Session, base_file: str | os.PathLike[str] | None, *, sha256: str | None = None
    ) -> dict[str, Any]:
        header: dict[str, Any] = {"format": FORMAT, "version": 1, "started": time.time()}
        if sha256 is not None:
            header["base_sha256"] = sha256
        elif base_file is not None and Path(base_file).exists():
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
        try:
            line = _line(change_to_json(change))
        except ValueError as exc:  # not finite, or not Unicode: no file could hold it
            self._fail(f"a change could not be written ({exc})")
            return
        self._append(line, sync=False)

    def _append(self, line: bytes, *, sync: bool) -> None:
        try:
            if self._fh is None:
                self._open()
            self._fh.write(line)
            self._fh.flush()  # in the OS now: a killed process loses nothing
            self._unsynced = True
            if sync or time.monotonic() - self._last_sync >= self.fsync_interval_s:
                self.sync()
        except OSError as exc:
            self._fail(str(exc.strerror or exc))

    def _fail(self, why: str) -> None:
        self.failed = (
            f"the crash journal {self.path} cannot be written ({why}); "
            "save to keep new changes safe"
        )
        log.warning(self.failed)
        if self._fh is not None:
            with contextlib.suppress(OSError):
                self._fh.close()
            self._fh = None

    def _open(self) -> None:
        """Write the header to a new file and rename it over the journal only once it is on
        disk: an old journal (the coding just recovered) stays until the new one holds it."""
        assert self._header is not None, "attach() before record()"
        header = _line(self._header)
        remove_stale_temps(self.path)  # a crash while writing an earlier one left it
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent
        )
        fh = os.fdopen(fd, "wb")
        try:
            fh.write(header)
            fh.flush()
            os.fsync(fh.fileno())
            fault_points.reached("journal-written")
            os.replace(tmp_name, self.path)
        except BaseException:
            fh.close()
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
        fsync_dir(self.path.parent)
        fault_points.reached("journal-replaced")
        self._fh = fh
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

    def saving(self, data: bytes, *, to: str | os.PathLike[str] | None = None) -> None:
        """A save of ``data`` is about to be renamed into place: mark the journal with its
        hash (fsynced), so a crash before :meth:`saved` is not taken for unsaved coding.

        ``to``: the file saved, when it is not this journal's own session file (Save As,
        or the first save of an import); the marker then names it.
        """
        if self.failed is not None or self.session is None:
            return
        if self._fh is None and not self.path.exists():
            return  # no journal on disk: nothing could be offered after a crash
        where = None if to is None else str(Path(to).resolve())
        self._append(_line(saved_marker(hashlib.sha256(data).hexdigest(), where)), sync=True)

    def saved(self, base_file: str | os.PathLike[str], *, sha256: str | None = None) -> None:
        """The session was saved cleanly to ``base_file``: fold the journal in (remove it)."""
        self.close()
        self._remove()
        self.failed = None
        if self.session is not None:
            self._header = self._make_header(self.session, base_file, sha256=sha256)

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
