"""Opening, saving and closing sessions, with the questions each may need to ask.

Nothing here can lose work: closing with unsaved changes asks first; a save that fails says
why and leaves the document marked unsaved; a journal left behind by a crash is offered for
recovery when the file is opened again; a missing video is asked for (and checked against the
stored hash) while the coding in the table stays usable. A session reopens at the frame where
the coder left it (``positions.py``).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from attachcoder.core.changes import FieldChange
from attachcoder.core.observed import running_note
from attachcoder.core.session import SessionError
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.editing.document import Document
from attachcoder.gui.window.positions import remembered_position
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.io.atomic import WriteError
from attachcoder.io.session.file import (
    SessionFileError,
    load,
    media_path,
    relative_media_path,
    sha256_file,
)
from attachcoder.io.session.journal import (
    journal_path,
    journals_to_offer,
    recover,
    second_journal_path,
)
from attachcoder.io.session.lock import SessionLock, process_alive

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


# ---------------------------------------------------------------------- open


def open_dialog(window: WindowFace) -> bool:
    start = window.document.path if window.document is not None else None
    if start is None and window.settings.last_session:
        start = Path(window.settings.last_session)
    path = prompts.choose_session_to_open(window, start)
    return open_session(window, path) if path is not None else False


def open_session(window: WindowFace, path: str | Path, *, confirm: bool = True) -> bool:
    """Open ``path`` in the window (asking about the current session's changes first, unless
    the caller has just asked: ``confirm=False``)."""
    path = Path(path).resolve()
    if confirm and not confirm_close(window):
        return False
    holder = SessionLock(path).holder()
    if holder is not None and not prompts.ask_open_held(window, path.name, holder.describe()):
        return False
    shared = holder is not None  # another window writes the file's own journal now
    recovered = False
    warnings: list[str] = []
    used: Path | None = None
    try:
        offered = journals_to_offer(path, main_is_live=shared, is_live=process_alive)
        if offered:
            used = offered[0]
            answer = prompts.ask_recover(window, path.name, _when(used))
            if answer == "cancel":
                return False
            if answer == "recover":
                rec = recover(path, used)
                session, recovered, warnings = rec.session, True, rec.warnings
            else:
                used.unlink(missing_ok=True)
                used = None
                session = load(path)
        else:
            session = load(path)
    except SessionFileError as exc:
        prompts.error(window, translate("file_flow", "Cannot open the session"), str(exc))
        return False
    journal_at = second_journal_path(path) if shared else None
    doc = Document(session, path, recovered=recovered, journal_at=journal_at)
    window.set_document(doc, discard_old=True)
    if used is not None and used != (journal_at or journal_path(path)):
        used.unlink(missing_ok=True)  # its coding is in this window's own journal now
    window.settings.add_recent(path)
    load_video(window)
    if recovered:
        note = translate("file_flow", "Recovered unsaved coding of {0}; save to keep it.").format(
            path.name
        )
        window.show_message(" ".join([note, *warnings]))
    log.info("opened %s (%d episodes%s)", path, len(session), ", recovered" if recovered else "")
    return True


def _when(path: Path) -> str:
    try:
        stamp = _dt.datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return ""
    return translate("file_flow", "(last change {0})").format(f"{stamp:%Y-%m-%d %H:%M}")


# ---------------------------------------------------------------------- video


def load_video(window: WindowFace, *, ask: bool = True) -> bool:
    """Give the session's video to the player; when it is missing, offer to locate it."""
    doc = window.document
    if doc is None:
        return False
    where = doc.video_path()
    if where is None:
        window.player.set_source(None)
        window.video.set_hint(translate("file_flow", "This session has no video"))
        return False
    m = doc.session.media[0]
    if where.is_file():
        window.player.set_source(where, fps=m.fps, offset_ms=m.offset_ms)
        at = remembered_position(doc.path) if doc.path is not None else None
        if at is not None:
            window.player.seek(at)  # where this coder stopped (the first frame shown is that one)
        return True  # the pane says "Loading the video…", then shows a frame or why not
    window.player.set_source(None)
    window.video.set_hint(
        translate("file_flow", "Video not found: {0}\nFile ▸ Locate video…").format(where.name)
    )
    if ask and prompts.ask_locate_video(window, where):
        return locate_video(window)
    window.show_message(
        translate(
            "file_flow",
            "The video {0} was not found; the table can still be edited. Locate it from the "
            "File menu.",
        ).format(where.name)
    )
    return False


def locate_video(window: WindowFace, camera: int = 0) -> bool:
    """Ask for a video file (camera 1 by default), check it is the one coded (SHA-256), and
    remember where it is."""
    doc = window.document
    if doc is None or len(doc.session.media) <= camera:
        return False
    m = doc.session.media[camera]
    expected = media_path(doc.path, m) if doc.path is not None else Path(m.path)
    while True:
        chosen = prompts.choose_video(window, expected)
        if chosen is None:
            return False
        same = not m.sha256 or _sha256(chosen) == m.sha256
        if same or prompts.ask_use_mismatched_video(window, chosen):
            break
    stored = relative_media_path(doc.path, chosen) if doc.path is not None else str(chosen)
    media = list(doc.session.media)
    media[camera] = dataclasses.replace(m, path=stored)
    if tuple(media) != doc.session.media:
        try:
            step = translate("file_flow", "Locate video")
            doc.push(FieldChange("media", doc.session.media, tuple(media)), step)
        except SessionError as exc:
            prompts.error(window, translate("file_flow", "Cannot use this video"), str(exc))
            return False
    where = media_path(doc.path, media[camera]) if doc.path is not None else chosen
    if camera == 0:
        window.player.set_source(where, fps=m.fps, offset_ms=m.offset_ms)
    else:
        window.reload_second_camera()
    window.show_message(
        translate("file_flow", "Using the video {0}; save to remember where it is.").format(
            chosen.name
        )
    )
    return True


def _sha256(path: Path) -> str:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return sha256_file(path)
    except OSError as exc:
        log.warning("cannot read %s: %s", path, exc)
        return ""
    finally:
        QApplication.restoreOverrideCursor()


# ---------------------------------------------------------------------- save and close


def save(window: WindowFace) -> bool:
    doc = window.document
    if doc is None:
        return False
    if doc.path is None:
        return save_as(window)
    return _write(window, None)


def save_as(window: WindowFace) -> bool:
    doc = window.document
    if doc is None:
        return False
    path = prompts.choose_save_path(window, doc.suggested_path())
    if path is None:
        return False
    if _write(window, path):
        window.settings.add_recent(path)
        return True
    return False


def _write(window: WindowFace, path: Path | None) -> bool:
    doc = window.document
    assert doc is not None
    if path is None and doc.path is not None and doc.changed_on_disk():
        answer = prompts.ask_changed_on_disk(window, doc.path.name)
        if answer == "save as":
            return save_as(window)
        if answer == "reload":
            path = doc.path
            window.set_document(None, discard_old=True)  # this window's changes are dropped
            return open_session(window, path, confirm=False)
        if answer != "overwrite":
            return False
    try:
        target = doc.save(path)
    except (WriteError, OSError, ValueError) as exc:
        if doc.journal is not None and not doc.journal.failed:
            advice = translate(
                "file_flow", "Your coding is safe in memory and in the journal; try another place."
            )
        else:  # the journal cannot be written either (often the same full disk)
            advice = translate(
                "file_flow",
                "Your coding is only in memory now: keep this window open and save to "
                "another place (another disk or folder).",
            )
        said = translate("file_flow", "The session was not saved: {0}").format(exc)
        prompts.error(window, translate("file_flow", "Not saved"), f"{said}\n\n{advice}")
        return False
    running = running_note(doc.session)  # said, never asked: saving mid-way is normal
    saved = translate("file_flow", "Saved {0}").format(target.name)
    window.show_message(f"{saved}. {running}" if running else saved)
    return True


def confirm_close(window: WindowFace) -> bool:
    """True when the current session may go: no changes, saved now, or changes discarded.

    The question says which states are still running (never a question of its own: a coding
    stopped mid-way is normal, and its figures end where it was observed to)."""
    doc = window.document
    if doc is not None:
        doc.flush_observed()  # the last second shown counts too
    if doc is None or not doc.is_modified:
        return True
    answer = prompts.ask_save_changes(window, doc.display_name(), running_note(doc.session))
    if answer == "cancel":
        return False
    if answer == "save":
        return save(window)
    return True  # discard: the caller closes the document with discard=True
