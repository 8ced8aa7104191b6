"""Studies in the coding window: File → New study… / Open study…, Session → Mark coding
complete / Reopen for editing, and the study and status in the title.

The dashboard opens a coder's session in this window (through ``file_flow.open_session``), and
hears back when it is saved, so its row follows at once. A complete session is read-only (the
rule is :func:`attachcoder.gui.study.completion.refusal`, asked before every edit); the window
says so when such a session opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from attachcoder.gui.study import completion
from attachcoder.gui.study.dashboard import StudyDashboard
from attachcoder.io.study_file import StudyFileError, load_study, study_folder_of

if TYPE_CHECKING:
    from attachcoder.gui.document import Document
    from attachcoder.gui.main_window import MainWindow


def title_suffix(study_name: str, doc: Document | None) -> str:
    """`` — Still-face 2027, complete`` for a study's session; the status alone outside one."""
    if doc is None:
        return ""
    parts = [p for p in (study_name, completion.status_text(doc.session)) if p]
    return f" — {', '.join(parts)}" if parts else ""


def _menu(window: MainWindow, title: str) -> QMenu | None:
    for a in window.menuBar().actions():
        m = a.menu()
        if isinstance(m, QMenu) and m.title().replace("&", "") == title:
            return m
    return None


class StudyWindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self.dashboard: StudyDashboard | None = None
        self.new_study_action = QAction("New stud&y…", window)
        self.open_study_action = QAction("Open s&tudy…", window)
        self.mark_action = QAction(completion.MARK_TEXT, window)
        self.reopen_action = QAction(completion.REOPEN_TEXT, window)
        self.new_study_action.triggered.connect(self.new_study)
        self.open_study_action.triggered.connect(self.choose_and_open_study)
        self.mark_action.triggered.connect(self.mark_complete)
        self.reopen_action.triggered.connect(self.reopen)
        menu = window.file_menu
        first_separator = next((a for a in menu.actions() if a.isSeparator()), None)
        for a in (self.new_study_action, self.open_study_action):
            menu.insertAction(first_separator, a) if first_separator else menu.addAction(a)
        session_menu = _menu(window, "Session")
        if session_menu is not None:
            session_menu.addSeparator()
            session_menu.addAction(self.mark_action)
            session_menu.addAction(self.reopen_action)
        self._doc: Document | None = None
        self._study_name = ""
        window.documentChanged.connect(self._on_document)
        self._on_document(window.document)

    # ------------------------------------------------------------------ documents

    def _on_document(self, doc: Document | None) -> None:
        if self._doc is not None:
            try:
                self._doc.modifiedChanged.disconnect(self._on_modified)
                self._doc.undo_stack.indexChanged.disconnect(self._update)
            except (RuntimeError, TypeError):
                pass
        self._doc = doc
        self._study_name = ""
        folder = study_folder_of(doc.path if doc is not None else None)
        if folder is not None:
            try:
                self._study_name = load_study(folder).name
            except StudyFileError:
                self._study_name = folder.name
        if doc is not None:
            doc.modifiedChanged.connect(self._on_modified)
            doc.undo_stack.indexChanged.connect(self._update)
            if doc.session.metadata.is_complete:
                self._w.show_message(
                    "This coding is complete and opens read-only; Session → Reopen for editing "
                    "to change it."
                )
        self._update()

    def _on_modified(self, modified: bool) -> None:
        self._update()
        doc = self._doc
        if not modified and doc is not None and doc.path is not None and self.dashboard:
            self.dashboard.refresh_path(doc.path)

    def _update(self, *_: object) -> None:
        doc = self._doc
        complete = doc is not None and doc.session.metadata.is_complete
        self.mark_action.setEnabled(doc is not None and not complete)
        self.reopen_action.setEnabled(complete)
        self._w._update_title()

    def title_suffix(self) -> str:
        """What the window's title adds: the study's name and the coding's status."""
        return title_suffix(self._study_name, self._doc)

    # ------------------------------------------------------------------ actions

    def mark_complete(self) -> bool:
        from attachcoder.gui import file_flow

        doc = self._w.document
        if doc is None or doc.session.metadata.is_complete:
            return False
        completion.mark_complete(doc)
        return file_flow.save(self._w)

    def reopen(self) -> bool:
        doc = self._w.document
        if doc is None or not doc.session.metadata.is_complete:
            return False
        completion.reopen(doc)
        return True

    def new_study(self) -> StudyDashboard | None:
        from attachcoder.gui.study.study_files import new_study

        folder = new_study(self._w, self._start())
        return self.open_study(folder) if folder is not None else None

    def choose_and_open_study(self) -> StudyDashboard | None:
        from attachcoder.gui.study.study_files import choose_study

        folder = choose_study(self._w, self._start())
        return self.open_study(folder) if folder is not None else None

    def _start(self) -> Path:
        last = self._w.settings.last_study
        return Path(last).parent if last else Path.home()

    def open_study(self, folder: Path) -> StudyDashboard | None:
        from attachcoder.gui import prompts
        from attachcoder.gui.settings import save_settings

        try:
            board = StudyDashboard(folder, self._w.settings, self._open_session, self._w)
        except StudyFileError as exc:
            prompts.error(self._w, "Cannot open the study", str(exc))
            return None
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
        self.dashboard = board
        self._w.settings.last_study = str(board.folder)
        save_settings(self._w.settings)
        board.show()
        return board

    def _open_session(self, path: Path, _read_only: bool) -> bool:
        from attachcoder.gui import file_flow

        opened = file_flow.open_session(self._w, path)
        if opened:
            self._w.raise_()
            self._w.activateWindow()
        return opened


def install_study(window: MainWindow) -> StudyWindowActions:
    actions = StudyWindowActions(window)
    window.study = actions  # type: ignore[attr-defined]
    return actions
