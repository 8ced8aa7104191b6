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

from PySide6.QtWidgets import QMessageBox, QWidget

from attachcoder.io.study.conflicts import ConflictCopy, keep_one
from attachcoder.io.study.status import read_metadata

COMPARE, KEEP_ASSIGNED, KEEP_COPY, CANCEL = "compare", "keep assigned", "keep copy", "cancel"


def describe(path: Path) -> str:
    """``D001_C1.acs — saved 2026-01-02 10:15, complete`` (or why it cannot be read)."""
    try:
        saved = dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    except OSError:
        return f"{path.name} — missing"
    try:
        meta, coded = read_metadata(path)
    except (OSError, ValueError) as exc:
        return f"{path.name} — saved {saved}, cannot be read ({exc})"
    status = meta.get("status") or ("in progress" if coded else "not started")
    return f"{path.name} — saved {saved}, {status}"


def ask(parent: QWidget, conflict: ConflictCopy) -> str:
    """What the coder chooses: COMPARE, KEEP_ASSIGNED, KEEP_COPY or CANCEL."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Two copies of this coding",
        "A sync client (or a person) left a second copy of this coding:\n\n"
        f"  • {describe(conflict.of)}\n  • {describe(conflict.path)}\n\n"
        "Until one is kept, the video counts as a conflict: it is in no export and no "
        "agreement. Compare the two, then keep one — the other is renamed aside "
        "(….bak), never deleted.",
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("conflict-question")
    buttons = {
        box.addButton("Compare the two", QMessageBox.ButtonRole.ActionRole): COMPARE,
        box.addButton(f"Keep {conflict.of.name}", QMessageBox.ButtonRole.AcceptRole): KEEP_ASSIGNED,
        box.addButton(f"Keep {conflict.path.name}", QMessageBox.ButtonRole.AcceptRole): KEEP_COPY,
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
        QMessageBox.warning(parent, "Nothing changed", f"The files could not be renamed: {exc}")
        return None
    QMessageBox.information(
        parent, "Conflict resolved", f"Kept {conflict.of.name}; the other is now {aside.name}."
    )
    return conflict.of
