"""Crash protection for sessions that have no file yet (an import not yet saved).

A session file's journal lives beside it; an imported session has no file until Save As, so
its journal lives in the user's data folder, named after the imported file. The next start
offers each one that holds changes, like the journal of a saved session.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from attachcoder.core.session import Session
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.editing.document import Document
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.io.session.file import SessionFileError
from attachcoder.io.session.journal import JOURNAL_SUFFIX, journal_holds_unsaved, recover

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")

_STAMP = re.compile(r"-\d{8}-\d{6}(?:-\d+)?$")
_SUFFIX = ".acs" + JOURNAL_SUFFIX


def unsaved_dir() -> Path:
    override = os.environ.get("ATTACHCODER_DATA_DIR")
    if override:
        return Path(override) / "unsaved"
    from platformdirs import user_data_dir

    return Path(user_data_dir("attachcoder", appauthor=False)) / "unsaved"


def journal_for(source: Path) -> Path:
    """A fresh journal path for a session imported from ``source``."""
    folder = unsaved_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{source.stem}-{_dt.datetime.now():%Y%m%d-%H%M%S}"
    path, n = folder / (stem + _SUFFIX), 2
    while path.exists():
        path, n = folder / f"{stem}-{n}{_SUFFIX}", n + 1
    return path


class ImportedDocument(Document):
    """A session just imported: not saved anywhere yet, named after the file it came from."""

    def __init__(
        self, session: Session, source: Path, label: str, *, journal: Path | None = None
    ) -> None:
        # no file yet, so the crash journal lives in the data folder
        journal = journal or journal_for(source)
        super().__init__(session, None, unsaved_journal=journal)
        self.source = source
        self.label = label  # unsaved (no file yet): closing it asks, Save writes a new .acs

    def display_name(self) -> str:
        return self.path.name if self.path is not None else self.label

    def suggested_path(self) -> Path | None:
        """Save As starts beside the imported file, under its name."""
        return self.path if self.path is not None else self.source.with_suffix(".acs")


def source_name(journal: Path) -> str:
    """The imported file's name as the journal remembers it (without the time stamp)."""
    return _STAMP.sub("", journal.name[: -len(_SUFFIX)])


def pending() -> list[Path]:
    """Journals of never-saved sessions that hold coding saved nowhere, oldest first."""
    folder = unsaved_dir()
    out = []
    for j in sorted(folder.glob("*" + _SUFFIX)) if folder.is_dir() else []:
        if journal_holds_unsaved(j):  # not when its Save As reached the disk
            out.append(j)
    return out


def offer_recovery(window: WindowFace) -> bool:
    """Offer the first never-saved session with unsaved changes; True when one was opened."""

    for j in pending():
        name = source_name(j)
        stamp = _dt.datetime.fromtimestamp(j.stat().st_mtime)
        answer = prompts.ask_recover(
            window,
            translate("unsaved_imports", "The session imported from {0}").format(name),
            translate("unsaved_imports", "(last change {0})").format(f"{stamp:%Y-%m-%d %H:%M}"),
        )
        if answer == "cancel":
            return False
        if answer == "discard":
            j.unlink(missing_ok=True)
            continue
        try:
            rec = recover(j, journal=j)
        except SessionFileError as exc:
            # set aside, not deleted, so that it is not offered (and refused) on every start
            aside = j.with_name(j.name + ".damaged")
            try:
                j.replace(aside)
            except OSError:
                aside = j
            prompts.error(
                window,
                translate("unsaved_imports", "Cannot recover the session"),
                translate("unsaved_imports", "{0}\n\nThe journal was kept as {1}.").format(
                    exc, aside
                ),
            )
            continue
        label = translate("unsaved_imports", "Recovered import of {0}").format(name)
        doc = ImportedDocument(rec.session, Path(name), label, journal=j)
        window.set_document(doc, discard_old=True)
        note = translate(
            "unsaved_imports", "Recovered the unsaved session imported from {0}; save it."
        ).format(name)
        window.show_message(" ".join([note, *rec.warnings]))
        return True
    return False
