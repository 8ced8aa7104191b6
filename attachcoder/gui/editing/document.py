"""An open session: the session, its file, its undo stack and its crash journal, together.

After orange-canvas-core's ``schemeedit``: every edit is pushed as a thin undo command
(:class:`~attachcoder.gui.editing.undo_commands.ChangeCommand`, through :meth:`Document.push`),
the stack's clean state *is* the saved state,
and saving calls ``setClean()``. The journal records every committed change from the moment
the document exists, and is synced to disk about once a second, so a killed process loses
nothing.

How far the coding was observed (``metadata.observed_to_ms``, core/observed.py) follows the
frames the window shows: :meth:`Document.note_shown` is told every frame and only compares;
the field is written when it grew, at most once a second (with the journal's sync), and at
once by :meth:`Document.flush_observed` (a save, Mark complete, an export). Like a live clock's
span it is not an undo step — the time shown stays shown, whatever is undone — but it is
journaled, saved, and marks the document unsaved.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.observed import coded_end_ms, with_observed
from attachcoder.core.session import Session, SessionError
from attachcoder.core.timefmt import format_ms
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.editing.read_only import refusal
from attachcoder.gui.editing.session_signals import SessionSignals
from attachcoder.gui.editing.undo_commands import push_command
from attachcoder.io.session.file import encode, media_path, relative_media_path, save_bytes
from attachcoder.io.session.journal import Journal, journal_path
from attachcoder.io.session.lock import SessionLock

log = logging.getLogger(__name__)

JOURNAL_SYNC_MS = 1000

_FIELD_LABELS = {
    "onset_ms": QT_TRANSLATE_NOOP("Document", "onset"),
    "offset_ms": QT_TRANSLATE_NOOP("Document", "offset"),
    "code": QT_TRANSLATE_NOOP("Document", "code"),
    "note": QT_TRANSLATE_NOOP("Document", "note"),
    "modifiers": QT_TRANSLATE_NOOP("Document", "modifiers"),
    "layer": QT_TRANSLATE_NOOP("Document", "layer"),
}


class Document(QObject):
    """One session being coded. ``modifiedChanged`` follows the undo stack's clean state."""

    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)  # Path | None
    #: the crash journal could not be written (disk full, folder read-only): say so once,
    #: because until the next save a crash would lose the changes since
    journalFailed = Signal(str)
    #: a save is about to be written: last-moment updates (a live clock's span) go in now
    aboutToSave = Signal()

    def __init__(
        self,
        session: Session,
        path: str | os.PathLike[str] | None,
        parent: QObject | None = None,
        *,
        recovered: bool = False,
        unsaved_journal: Path | None = None,
        journal_at: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.path: Path | None = Path(path).resolve() if path is not None else None
        self.recovered = recovered
        self.undo_stack = QUndoStack(self)
        self.signals = SessionSignals(session, self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.journal: Journal | None = None
        self._journal_warned = False
        self._timer = QTimer(self)
        self._timer.setInterval(JOURNAL_SYNC_MS)
        self._timer.timeout.connect(self.sync_journal)
        #: tells another copy of attachcoder that this file is open here
        self._lock: SessionLock | None = None
        #: the file as this window last read or wrote it, to notice another writer on save
        self._disk = _DiskStamp.of(self.path)
        #: a second window on a file another window has open journals beside, not over, it
        self._journal_at = journal_at
        if self.path is not None:
            self._take_lock(self.path)
            self._start_journal(base_file=None if recovered else self.path, at=journal_at)
        elif unsaved_journal is not None:  # no file yet: the journal carries a full snapshot
            self._start_journal(base_file=None, at=unsaved_journal)
        #: the furthest instant shown (session ms) and the least that changes the field: the
        #: field itself, or for a file that does not say yet, the last coded instant
        self._shown = -1
        seen = session.metadata.observed_to_ms
        self._observed_floor = seen if seen is not None else coded_end_ms(session)
        #: a session with no file yet (a new session): it counts as unsaved until saved
        self.is_new = self.path is None or not self.path.exists()
        if recovered or self.is_new:
            self.undo_stack.resetClean()  # this coding is not saved anywhere yet

    # ------------------------------------------------------------------ editing

    def push(self, change: Change, text: str) -> Change:
        """Apply ``change`` as one undo step named ``text`` — the one way every edit of the
        window (keys, table, timeline, dialogs, the live clock) reaches the undo stack.

        Raises :class:`SessionError` when the session refuses it, or the coding is marked
        complete (:mod:`.read_only`); then nothing changed.
        """
        why = refusal(self.session, change)  # a coding marked complete is read-only
        if why is not None:
            raise SessionError(why)
        return push_command(self.undo_stack, self.session, change, text)

    def edit_episode(self, episode_id: str, **fields: Any) -> Change:
        """Change some fields of one episode as one undoable edit."""
        ep = self.session.episode(episode_id)
        change = self.session.plan_update(episode_id, **fields)
        what = ", ".join(self.tr(_FIELD_LABELS[f]) if f in _FIELD_LABELS else f for f in fields)
        text = self.tr("Edit {0} of {1} at {2}").format(what, ep.code, format_ms(ep.onset_ms))
        return self.push(change, text)

    def delete_episodes(self, episode_ids: list[str]) -> Change | None:
        ids = [i for i in episode_ids if i in self.session]
        if not ids:
            return None
        change = self.session.plan_delete(ids)
        if len(ids) == 1:
            ep = self.session.episode(ids[0])
            text = self.tr("Delete {0} at {1}").format(ep.code, format_ms(ep.onset_ms))
        else:
            text = self.tr("Delete {0} episodes").format(len(ids))
        return self.push(change, text)

    def follow_clock(self, duration_ms: int) -> None:
        """A live session's span grows to its clock: not an undo step (the time passed,
        whatever is undone), but journaled and saved like every change."""
        if duration_ms > self.session.duration_ms:
            self.session.apply(self.session.plan_field("duration_ms", duration_ms))

    def note_shown(self, ms: int) -> None:
        """The window showed the session up to ``ms`` (each frame, or the live clock's tick):
        remembered here, written to the session by :meth:`flush_observed`."""
        if ms > self._shown:
            self._shown = ms

    def flush_observed(self) -> bool:
        """Write how far the coding was observed when it grew; True when it changed.

        Never on a coding marked complete (its span is fixed); never past the media's end.
        """
        s = self.session
        md = s.metadata
        shown = self._shown
        if s.media and s.duration_ms > 0:
            shown = min(shown, s.duration_ms)
        if md.is_complete or shown <= self._observed_floor:
            return False
        seen = max(shown, self._observed_floor)
        self._observed_floor = seen
        s.apply(FieldChange("metadata", md, with_observed(md, seen)))
        if self.undo_stack.isClean():
            self.undo_stack.resetClean()  # unsaved now, and no undo step brings it back
        return True

    # ------------------------------------------------------------------ state

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.tr("Untitled")

    def suggested_path(self) -> Path | None:
        """Where Save As starts."""
        return self.path

    def video_path(self) -> Path | None:
        """Where the first media file should be (it may be missing), or None for live coding."""
        if not self.session.media:
            return None
        m = self.session.media[0]
        if self.path is None:
            return Path(m.path)
        return media_path(self.path, m)

    # ------------------------------------------------------------------ files

    def save(self, path: str | os.PathLike[str] | None = None) -> Path:
        """Write the session (atomically); raises ``WriteError`` and stays modified on failure."""
        target = Path(path).resolve() if path is not None else self.path
        if target is None:
            raise ValueError("the session has no file yet; choose where to save it")
        self.aboutToSave.emit()
        self.flush_observed()
        rebased = self._rebase_media(target) if target != self.path else None
        try:
            data = encode(self.session, target)
            if self.journal is not None:  # a crash after the rename then offers nothing
                self.journal.saving(data, to=None if target == self.path else target)
            save_bytes(data, target)
        except BaseException:
            if rebased is not None:  # the save did not happen: the paths stay as they were
                self.session.apply(rebased.inverse())
            raise
        self._disk = _DiskStamp.of(target, data)
        if target != self.path:
            if self.journal is not None:
                self.journal.discard()  # the old file was not changed: nothing to recover there
            self.path = target
            self._journal_at = None  # a file of its own: its own journal
            self._take_lock(target)
            self._start_journal(base_file=target)
            self.pathChanged.emit(target)
        elif self.journal is not None:
            self.journal.saved(target, sha256=hashlib.sha256(data).hexdigest())
        self.recovered = False
        self.is_new = False
        self.undo_stack.setClean()
        return target

    def changed_on_disk(self) -> bool:
        """Whether the file is no longer what this window last read or wrote (another window,
        another machine through a sync client, or a script wrote it since)."""
        return self.path is not None and self._disk.differs(self.path)

    def _rebase_media(self, target: Path) -> FieldChange | None:
        """Media paths are stored relative to the session file: recompute them for ``target``.

        Returns the change made (to be undone if the save then fails), or None.
        """
        if not self.session.media:
            return None
        new = []
        for m in self.session.media:
            where = media_path(self.path, m) if self.path is not None else Path(m.path)
            new.append(dataclasses.replace(m, path=relative_media_path(target, where)))
        if tuple(new) == self.session.media:
            return None
        # Not an undo step: it only keeps the file pointing at the same video.
        change = FieldChange("media", self.session.media, tuple(new))
        self.session.apply(change)
        return change

    def sync_journal(self) -> None:
        self.flush_observed()
        if self.journal is not None:
            try:
                self.journal.sync()
            except OSError as exc:  # a full disk must not stop the coding; the save will tell
                log.warning("journal sync failed: %s", exc)
            failed = self.journal.failed
            if failed and not self._journal_warned:
                self._journal_warned = True
                self.journalFailed.emit(failed)
            elif not failed:
                self._journal_warned = False  # a clean save started it afresh

    def close(self, *, discard: bool) -> None:
        """Stop journaling. ``discard``: the unsaved changes are unwanted (or there are none)."""
        self._timer.stop()
        if not discard:
            self.flush_observed()  # kept for recovery with the rest
        if self.journal is not None:
            if discard or not self.is_modified:
                self.journal.discard()
            else:
                self.journal.detach()  # keep the journal: the changes can be recovered
        self.journal = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        self.signals.disconnect_session()

    def _take_lock(self, path: Path) -> None:
        if self._lock is not None:
            self._lock.release()
        self._lock = SessionLock(path)
        self._lock.acquire()

    def _start_journal(self, *, base_file: Path | None, at: Path | None = None) -> None:
        if at is None:
            assert self.path is not None
            at = journal_path(self.path)
        self.journal = Journal(at)
        self.journal.attach(self.session, base_file=base_file)
        self._timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)


@dataclasses.dataclass(frozen=True)
class _DiskStamp:
    """A file as last read or written: its size and time (a quick look) and its hash (the
    answer when size or time moved: a file touched but not changed is still ours)."""

    size: int = -1
    mtime_ns: int = -1
    sha256: str = ""

    @classmethod
    def of(cls, path: Path | None, data: bytes | None = None) -> _DiskStamp:
        if path is None:
            return cls()
        try:
            st = path.stat()
            if data is None:
                data = path.read_bytes()
        except OSError:
            return cls()
        return cls(st.st_size, st.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def differs(self, path: Path) -> bool:
        if not self.sha256:
            return False  # nothing was read or written here yet
        try:
            st = path.stat()
        except OSError:
            return False  # gone: a save puts it back, nothing is overwritten
        if (st.st_size, st.st_mtime_ns) == (self.size, self.mtime_ns):
            return False
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest() != self.sha256
        except OSError:
            return True
