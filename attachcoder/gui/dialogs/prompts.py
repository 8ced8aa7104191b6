"""Every question the window asks the user, as small functions.

Kept apart so that the flows in ``file_flow.py`` read as plain logic, and so that tests can
answer a question by replacing one function (or ``QMessageBox``) instead of clicking a modal
dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SESSION_FILTER = "attachcoder sessions (*.acs);;All files (*)"
VIDEO_FILTER = "Videos (*.mp4 *.mov *.m4v *.avi *.mkv *.webm *.mpg *.mpeg *.wmv);;All files (*)"

Button = QMessageBox.StandardButton


def ask_save_changes(parent: QWidget, name: str, note: str = "") -> str:
    """ "save", "discard" or "cancel" for a session with unsaved changes (``note``: what else
    the coder should know, e.g. states still running)."""
    more = f"\n\n{note}" if note else ""
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"{name} has changes that are not saved.\n\nSave them before closing?{more}",
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
    where = "the video" if video else "the session"
    lines = "\n".join(f"• {r}" for r in running)
    text = (
        f"These states are still running:\n{lines}\n\nA complete coding has nothing running. "
        "Where do they end?"
    )
    choices = [f"At the end of {where} ({end})", "Cancel"]
    if on_screen is not None:
        label = "frame on screen" if video else "clock's time"
        choices.insert(0, f"At the {label} ({on_screen})")
    i = choose(parent, "States still running", text, choices, default=len(choices) - 1)
    if i < 0 or i == len(choices) - 1:
        return "cancel"
    return "screen" if on_screen is not None and i == 0 else "end"


def ask_open_held(parent: QWidget, name: str, holder: str) -> bool:
    """The session is open in another copy of attachcoder: open it here too?"""
    text = (
        f"{name} is open in {holder}.\n\nIf both copies change it, each overwrites the "
        "other's saves and crash journal, and coding is lost. Close it there first, or open "
        "it here only if that copy is no longer in use."
    )
    return choose(parent, "Session open elsewhere", text, ["Open anyway", "Cancel"], 1) == 0


def ask_changed_on_disk(parent: QWidget, name: str) -> str:
    """ "overwrite", "save as", "reload" or "cancel": the file changed since this window read it."""
    i = choose(
        parent,
        "Changed on disk",
        f"{name} was changed on disk since this window opened or saved it — by another "
        "window, another computer (through a sync client) or a program.\n\n"
        "Overwrite it with this window's coding, save this coding under another name, or "
        "reload the file from disk (this window's unsaved changes are then dropped)?",
        ["Overwrite", "Save as…", "Reload from disk", "Cancel"],
        1,
    )
    return ("overwrite", "save as", "reload", "cancel")[i] if i >= 0 else "cancel"


def ask_recover(parent: QWidget, name: str, when: str) -> str:
    """ "recover", "discard" or "cancel": a journal of unsaved changes was found."""
    i = choose(
        parent,
        "Recover unsaved coding?",
        f"{name} was not closed properly {when}, and it has coding that was never saved.\n\n"
        "Recover it? (Recovered coding is marked as unsaved until you save it.)",
        ["Recover", "Discard the unsaved coding", "Cancel"],
    )
    return ("recover", "discard", "cancel")[i] if i >= 0 else "cancel"


def ask_locate_video(parent: QWidget, expected: Path) -> bool:
    """True when the user wants to look for a missing video now."""
    i = choose(
        parent,
        "Video not found",
        f"The session's video is not where it was:\n{expected}\n\n"
        "Locate it? You can keep coding in the table meanwhile, and locate it later from the "
        "File menu.",
        ["Locate…", "Continue without video"],
    )
    return i == 0


def ask_use_mismatched_video(parent: QWidget, chosen: Path) -> bool:
    i = choose(
        parent,
        "Not the same video",
        f"{chosen.name} is not the video this session was coded on (its content differs).\n\n"
        "Use it anyway? Times would then refer to a different recording.",
        ["Choose another…", "Use it anyway"],
    )
    return i == 1


def choose_video(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Locate the video", str(start.parent if start else ""), VIDEO_FILTER
    )
    return Path(path) if path else None


def choose_session_to_open(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent, "Open a session", str(start or ""), SESSION_FILTER
    )
    return Path(path) if path else None


def choose_save_path(parent: QWidget, start: Path | None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save the session as", str(start or ""),
                                          SESSION_FILTER)  # fmt: skip
    if not path:
        return None
    p = Path(path)
    return p if p.suffix == ".acs" else p.with_name(p.name + ".acs")


def error(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.critical(parent, title, text)
