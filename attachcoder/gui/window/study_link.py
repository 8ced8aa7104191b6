"""Studies in the coding window: File → New study… / Open study…, Session → Mark coding
complete / Reopen for editing, and the study and status in the title.

The dashboard (``gui/study/``) opens a coder's session in this window through the
``open_session`` it is handed, and hears back when that session is saved, so its row follows
at once. A complete coding is read-only (``editing/read_only.py``); the window says so when
such a session opens. Built by the composition root, which adds the actions to the menus.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from attachcoder.core.observed import running_label
from attachcoder.core.session import SessionError
from attachcoder.core.timefmt import format_ms
from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import owner_actions, qaction
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.editing.document import Document
from attachcoder.gui.editing.window_slices import DocumentSource, ShowMessage
from attachcoder.gui.study import completion, study_actions
from attachcoder.gui.study.dashboard import StudyDashboard
from attachcoder.gui.window.settings import Settings, save_settings
from attachcoder.io.study.file import StudyFileError, load_study, study_folder_of


def title_suffix(study_name: str, doc: Document | None) -> str:
    """`` — Still-face 2027, complete`` for a study's session; the status alone outside one."""
    if doc is None:
        return ""
    parts = [p for p in (study_name, completion.status_text(doc.session)) if p]
    return f" — {', '.join(parts)}" if parts else ""


class StudyLink(QObject):
    def __init__(
        self,
        parent: QWidget,
        *,
        documents: DocumentSource,
        settings: Settings,
        open_session: Callable[[Path], bool],
        compare: Callable[[Path], bool],
        save: Callable[[], bool],
        update_title: Callable[[], None],
        show_message: ShowMessage,
        current_ms: Callable[[], int | None] = lambda: None,
    ) -> None:
        """``current_ms``: the time of the frame on screen (or the live clock's), where Mark
        complete offers to close states still running."""
        super().__init__(parent)
        self._parent = parent
        self._documents = documents
        self._settings = settings
        self._open = open_session
        self._compare = compare
        self._save = save
        self._update_title = update_title
        self._show_message = show_message
        self._current_ms = current_ms
        self.dashboard: StudyDashboard | None = None
        self.entries = owner_actions("study", parent, self)
        a = {act: qaction(e) for act, e in self.entries.items()}
        self.new_study_action, self.open_study_action = a[Action.NEW_STUDY], a[Action.OPEN_STUDY]
        self.mark_action, self.reopen_action = a[Action.MARK_COMPLETE], a[Action.REOPEN]
        self._doc: Document | None = None
        self._study_name = ""
        documents.documentChanged.connect(self._on_document)
        self._on_document(documents.document)

    # ------------------------------------------------------------------ documents

    def _on_document(self, doc: Document | None) -> None:
        if self._doc is not None:
            try:
                self._doc.modifiedChanged.disconnect(self._on_modified)
                self._doc.undo_stack.indexChanged.disconnect(self._update)
            except (RuntimeError, TypeError):
                pass  # the old document is already gone
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
                self._show_message(
                    self.tr(
                        "This coding is complete and opens read-only; Session → Reopen for "
                        "editing to change it."
                    )
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
        self._update_title()

    def title_suffix(self) -> str:
        """What the window's title adds: the study's name and the coding's status."""
        return title_suffix(self._study_name, self._doc)

    # ------------------------------------------------------------------ actions

    def mark_complete(self) -> bool:
        """Mark the coding complete and save; states still running are closed first, where
        the coder says (the frame on screen or the end of the video), or nothing happens."""
        doc = self._documents.document
        if doc is None or doc.session.metadata.is_complete:
            return False
        doc.flush_observed()
        session = doc.session
        close_at = None
        running = sorted(session.running_states().items())
        if running:
            on_screen, end = completion.close_points(session, self._current_ms())
            answer = prompts.ask_close_running(
                self._parent,
                [running_label(la, ep) for la, ep in running],
                None if on_screen is None else format_ms(on_screen),
                format_ms(end),
                video=bool(session.media),
            )
            if answer == "cancel":
                self._show_message(self.tr("Not marked complete: states are still running."))
                return False
            close_at = on_screen if answer == "screen" else end
        try:
            completion.mark_complete(doc, close_at)
        except SessionError as exc:
            self._show_message(self.tr("Not marked complete: {0}").format(exc), error=True)
            return False
        return self._save()

    def reopen(self) -> bool:
        doc = self._documents.document
        if doc is None or not doc.session.metadata.is_complete:
            return False
        completion.reopen(doc)
        return True

    def new_study(self) -> StudyDashboard | None:
        from attachcoder.gui.study.study_files import new_study

        folder = new_study(self._parent, self._start())
        return self.open_study(folder) if folder is not None else None

    def choose_and_open_study(self) -> StudyDashboard | None:
        from attachcoder.gui.study.study_files import choose_study

        folder = choose_study(self._parent, self._start())
        return self.open_study(folder) if folder is not None else None

    def _start(self) -> Path:
        last = self._settings.last_study
        return Path(last).parent if last else Path.home()

    def open_study(self, folder: Path) -> StudyDashboard | None:
        try:
            board = StudyDashboard(
                folder,
                open_session=lambda path, _read_only: self._open(path),
                coder=self._settings.study_coder,
                remember_coder=self._remember_coder,
                compare=self._open_and_compare,
                parent=self._parent,
            )
        except StudyFileError as exc:
            prompts.error(self._parent, self.tr("Cannot open the study"), str(exc))
            return None
        study_actions.connect_buttons(board)
        if self.dashboard is not None:
            self.dashboard.close()
            self.dashboard.deleteLater()
        self.dashboard = board
        self._settings.last_study = str(board.folder)
        save_settings(self._settings)
        board.show()
        return board

    def _open_and_compare(self, path: Path, other: Path) -> bool:
        """A conflict's two copies side by side: the assigned file open, Compare with the copy."""
        return self._open(path) and self._compare(other)

    def _remember_coder(self, coder: str) -> None:
        self._settings.study_coder = coder
        save_settings(self._settings)
