"""The question a conflict asks: two copies of one coding — compare them, keep one.

Shown when a coder opens a coding that a sync client copied (:mod:`attachcoder.io.study.conflicts`).
Each copy is described by what a coder recognises (when it was saved, how many episodes, its
status), never by internal ids. Keeping one renames the other aside (``….set-aside-….bak``);
nothing is deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from attachcoder.core.records import STATUS_IN_PROGRESS
from attachcoder.core.study import NOT_STARTED
from attachcoder.gui.study.status_model import shown
from attachcoder.io.study.conflicts import ConflictCopy, keep_one
from attachcoder.io.study.status import read_metadata

COMPARE, KEEP_ASSIGNED, KEEP_COPY, CANCEL = "compare", "keep assigned", "keep copy", "cancel"
translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def describe(path: Path) -> str:
    """``D001_C1.acs — saved 2026-01-02 10:15, complete`` (or why it cannot be read)."""
    try:
        saved = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return translate("conflict", "{0} — missing").format(path.name)
    try:
        meta, coded = read_metadata(path)
    except (OSError, ValueError) as exc:
        return translate("conflict", "{0} — saved {1}, cannot be read ({2})").format(
            path.name, saved, exc
        )
    status = meta.get("status") or (STATUS_IN_PROGRESS if coded else NOT_STARTED)
    return translate("conflict", "{0} — saved {1}, {2}").format(path.name, saved, shown(status))


def ask(parent: QWidget, conflict: ConflictCopy) -> str:
    """What the coder chooses: COMPARE, KEEP_ASSIGNED, KEEP_COPY or CANCEL."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("conflict", "Two copies of this coding"),
        translate(
            "conflict",
            "A sync client (or a person) left a second copy of this coding:\n\n"
            "  • {0}\n  • {1}\n\n"
            "Until one is kept, the video counts as a conflict: it is in no export and no "
            "agreement. Compare the two, then keep one — the other is renamed aside "
            "(….bak), never deleted.",
        ).format(describe(conflict.of), describe(conflict.path)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("conflict-question")
    keep = translate("conflict", "Keep {0}")
    buttons = {
        box.addButton(
            translate("conflict", "Compare the two"), QMessageBox.ButtonRole.ActionRole
        ): COMPARE,
        box.addButton(
            keep.format(conflict.of.name), QMessageBox.ButtonRole.AcceptRole
        ): KEEP_ASSIGNED,
        box.addButton(
            keep.format(conflict.path.name), QMessageBox.ButtonRole.AcceptRole
        ): KEEP_COPY,
    }
    box.exec()
    clicked = box.clickedButton()
    return next((v for b, v in buttons.items() if b is clicked), CANCEL)


def resolve(
    parent: QWidget,
    conflict: ConflictCopy,
    *,
    compare: Callable[[Path, Path], object],
    answer: str | None = None,
) -> Path | None:
    """Ask (unless ``answer`` is given), then do it. Returns the file kept, or None."""
    choice = answer or ask(parent, conflict)
    if choice == COMPARE:
        compare(conflict.of, conflict.path)
        return None
    if choice not in (KEEP_ASSIGNED, KEEP_COPY):
        return None
    try:
        aside = keep_one(conflict.of, conflict.path, keep_copy=choice == KEEP_COPY)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            translate("conflict", "Nothing changed"),
            translate("conflict", "The files could not be renamed: {0}").format(exc),
        )
        return None
    QMessageBox.information(
        parent,
        translate("conflict", "Conflict resolved"),
        translate("conflict", "Kept {0}; the other is now {1}.").format(
            conflict.of.name, aside.name
        ),
    )
    return conflict.of
