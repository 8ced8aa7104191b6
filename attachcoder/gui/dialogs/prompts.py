"""Every question the window asks the user, as small functions.

Kept apart so that the flows in ``file_flow.py`` read as plain logic, and so that tests can
answer a question by replacing one function (or ``QMessageBox``) instead of clicking a modal
dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")
VIDEO_PATTERNS = "*.mp4 *.mov *.m4v *.avi *.mkv *.webm *.mpg *.mpeg *.wmv"


def file_filter(label: str, patterns: str) -> str:
    """A file dialog's filter, ``label (patterns);;All files (*)``, in the window's language."""
    return f"{label} ({patterns});;{translate('prompts', 'All files')} (*)"


def video_filter() -> str:
    return file_filter(translate("prompts", "Videos"), VIDEO_PATTERNS)


def session_filter() -> str:
    return file_filter(translate("prompts", "attachcoder sessions"), "*.acs")


Button = QMessageBox.StandardButton


def ask_save_changes(parent: QWidget, name: str, note: str = "") -> str:
    """ "save", "discard" or "cancel" for a session with unsaved changes (``note``: what else
    the coder should know, e.g. states still running)."""
    more = f"\n\n{note}" if note else ""
    text = translate("prompts", "{0} has changes that are not saved.\n\nSave them before closing?")
    answer = QMessageBox.question(
        parent,
        translate("prompts", "Unsaved changes"),
        text.format(name) + more,
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )
    if answer == Button.Save:
        return "save"
    if answer == Button.Discard:
        return "discard"
    return "cancel"


def choose(parent: QWidget, title: str, text: str, choices: list[str], default: int = 0) -> int:
    """Ask with buttons labelled ``choices``; the index chosen, or -1 when closed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)  # fmt: skip
    buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
    box.setDefaultButton(buttons[default])
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else -1  # type: ignore[arg-type]


def ask_close_running(
    parent: QWidget, running: list[str], on_screen: str | None, end: str, video: bool
) -> str:
    """Mark coding complete with states still running: ``"screen"`` (close them at the frame
    on screen), ``"end"`` (at the end of the video) or ``"cancel"``."""
    lines = "\n".join(f"• {r}" for r in running)
    text = translate(
        "prompts",
        "These states are still running:\n{0}\n\nA complete coding has nothing running. "
        "Where do they end?",
    ).format(lines)
    at_end = (
        translate("prompts", "At the end of the video ({0})")
        if video
        else translate("prompts", "At the end of the session ({0})")
    )
    choices = [at_end.format(end), translate("prompts", "Cancel")]
    if on_screen is not None:
        at_now = (
            translate("prompts", "At the frame on screen ({0})")
            if video
            else translate("prompts", "At the clock's time ({0})")
        )
        choices.insert(0, at_now.format(on_screen))
    title = translate("prompts", "States still running")
    i = choose(parent, title, text, choices, default=len(choices) - 1)
    if i < 0 or i == len(choices) - 1:
        return "cancel"
    return "screen" if on_screen is not None and i == 0 else "end"


def ask_open_held(parent: QWidget, name: str, holder: str) -> bool:
    """The session is open in another copy of attachcoder: open it here too?"""
    text = translate(
        "prompts",
        "{0} is open in {1}.\n\nIf both copies change it, each overwrites the "
        "other's saves and crash journal, and coding is lost. Close it there first, or open "
        "it here only if that copy is no longer in use.",
    ).format(name, holder)
    title = translate("prompts", "Session open elsewhere")
    buttons = [translate("prompts", "Open anyway"), translate("prompts", "Cancel")]
    return choose(parent, title, text, buttons, 1) == 0


def ask_changed_on_disk(parent: QWidget, name: str) -> str:
    """ "overwrite", "save as", "reload" or "cancel": the file changed since this window read it."""
    i = choose(
        parent,
        translate("prompts", "Changed on disk"),
        translate(
            "prompts",
            "{0} was changed on disk since this window opened or saved it — by another "
            "window, another computer (through a sync client) or a program.\n\n"
            "Overwrite it with this window's coding, save this coding under another name, or "
            "reload the file from disk (this window's unsaved changes are then dropped)?",
        ).format(name),
        [
            translate("prompts", "Overwrite"),
            translate("prompts", "Save as…"),
            translate("prompts", "Reload from disk"),
            translate("prompts", "Cancel"),
        ],
        1,
    )
    return ("overwrite", "save as", "reload", "cancel")[i] if i >= 0 else "cancel"


def ask_recover(parent: QWidget, name: str, when: str) -> str:
    """ "recover", "discard" or "cancel": a journal of unsaved changes was found."""
    i = choose(
        parent,
        translate("prompts", "Recover unsaved coding?"),
        translate(
            "prompts",
            "{0} was not closed properly {1}, and it has coding that was never saved.\n\n"
            "Recover it? (Recovered coding is marked as unsaved until you save it.)",
        ).format(name, when),
        [
            translate("prompts", "Recover"),
            translate("prompts", "Discard the unsaved coding"),
            translate("prompts", "Cancel"),
        ],
    )
    return ("recover", "discard", "cancel")[i] if i >= 0 else "cancel"


def ask_locate_video(parent: QWidget, expected: Path) -> bool:
    """True when the user wants to look for a missing video now."""
    i = choose(
        parent,
        translate("prompts", "Video not found"),
        translate(
            "prompts",
            "The session's video is not where it was:\n{0}\n\n"
            "Locate it? You can keep coding in the table meanwhile, and locate it later from the "
            "File menu.",
        ).format(expected),
        [translate("prompts", "Locate…"), translate("prompts", "Continue without video")],
    )
    return i == 0


def ask_use_mismatched_video(parent: QWidget, chosen: Path) -> bool:
    i = choose(
        parent,
        translate("prompts", "Not the same video"),
        translate(
            "prompts",
            "{0} is not the video this session was coded on (its content differs).\n\n"
            "Use it anyway? Times would then refer to a different recording.",
        ).format(chosen.name),
        [translate("prompts", "Choose another…"), translate("prompts", "Use it anyway")],
    )
    return i == 1


def choose_video(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("prompts", "Locate the video"),
        str(start.parent if start else ""),
        video_filter(),
    )
    return Path(path) if path else None


def choose_session_to_open(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("prompts", "Open a session"), str(start or ""), session_filter()
    )
    return Path(path) if path else None


def choose_save_path(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("prompts", "Save the session as"), str(start or ""), session_filter()
    )
    if not path:
        return None
    p = Path(path)
    return p if p.suffix == ".acs" else p.with_name(p.name + ".acs")


def error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)
