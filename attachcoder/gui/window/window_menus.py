"""What the "session" rows of the action table do: New session, Export, the Session menu.

* File → New session… (Ctrl+N): the new-session dialog; the session is written (nothing is
  overwritten: the dialog refuses an existing file) and opened.
* File → Export workbook… (Ctrl+E) and Batch export…: the dialogs of ``export_dialogs``.
* Session → Coding scheme…, Details…, Ratings…: each edit one undo step; and, for a live
  session, the clock's Start / pause and Stop.
* File → Open recent → Clear the list; Help → Open the sample session.

Actions that need an open session are disabled without one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import enable_for_document, owner_actions, qaction
from attachcoder.gui.dialogs import export_dialogs, prompts, scheme_editor, session_dialogs
from attachcoder.gui.dialogs.session_forms import edit_metadata, edit_ratings
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.settings import save_settings
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.io.atomic import WriteError
from attachcoder.io.session.file import save

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document

F = TypeVar("F", bound=Callable[..., Any])


@contextmanager
def dialogs_closed(window: QWidget) -> Iterator[None]:
    """Around a modal dialog: afterwards, dialogs it left behind (hidden) are deleted, and the
    window is active again, so keys code at once (the keyboard does not stay with a hidden
    dialog)."""
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    before = set(window.findChildren(QDialog, options=direct))
    try:
        yield
    finally:
        for d in window.findChildren(QDialog, options=direct):
            if d not in before and not d.isVisible():
                d.deleteLater()
        window.activateWindow()


def _modal(fn: F) -> F:
    @wraps(fn)
    def run(self: SessionActions, *_checked: Any) -> Any:  # (a menu passes "checked")
        with dialogs_closed(self._w):
            return fn(self)

    return run  # type: ignore[return-value]


class SessionActions(QObject):
    def __init__(self, window: WindowFace) -> None:
        """The entries the table gives the "session" owner (laid out by the composition
        root); the Session menu itself is the window's."""
        super().__init__(window)
        self._w = window
        self.batch_dialog: export_dialogs.BatchExportDialog | None = None
        self.entries = owner_actions("session", window, self)
        a = {act: qaction(e) for act, e in self.entries.items()}
        self.new_action, self.export_action = a[Action.NEW], a[Action.EXPORT]
        self.batch_action = a[Action.BATCH_EXPORT]
        self.scheme_action, self.details_action = a[Action.EDIT_SCHEME], a[Action.EDIT_DETAILS]
        self.ratings_action, self.sample_action = a[Action.EDIT_RATINGS], a[Action.OPEN_SAMPLE]
        self.session_menu = window.session_menu
        self.clear_recent_action = QAction(self.tr("Clear the list"), window)
        self.clear_recent_action.triggered.connect(self.clear_recent)
        # after the window has filled the menu (connected first), offer to clear it
        window.recent_menu.aboutToShow.connect(self._add_clear_recent)
        window.documentChanged.connect(self._on_document)
        self._on_document(window.document)

    def _on_document(self, doc: Document | None) -> None:
        enable_for_document(self.entries, doc is not None)

    # ------------------------------------------------------------------ files

    def _add_clear_recent(self) -> None:
        menu = self._w.recent_menu
        menu.addSeparator()
        menu.addAction(self.clear_recent_action)
        self.clear_recent_action.setEnabled(bool(self._w.settings.existing_recent_files()))

    def clear_recent(self) -> None:
        """Forget the sessions opened lately (the files stay where they are)."""
        self._w.settings.clear_recent()
        save_settings(self._w.settings)
        self._w.refresh_start_page()

    @_modal
    def new_session(self) -> bool:
        """Ask about the open session's changes, then for a new one; write it and open it."""
        w = self._w
        if not file_flow.confirm_close(w):
            return False
        made = session_dialogs.new_session(w)
        if made is None:
            return False
        session, path = made
        try:
            save(session, path, backup=False)
        except (WriteError, OSError) as exc:
            prompts.error(
                w,
                self.tr("The session was not created"),
                self.tr("{0} was not written: {1}").format(path.name, exc),
            )
            return False
        return file_flow.open_session(w, path, confirm=False)

    @_modal
    def export_workbook(self) -> None:
        doc = self._w.document
        if doc is None:
            return
        doc.flush_observed()  # the workbook ends where the coder has watched to, this second
        written = export_dialogs.export_session(self._w, doc.session, doc.path)
        if written is not None:
            self._w.show_message(self.tr("Exported {0}").format(written.name))

    @_modal
    def batch_export(self) -> None:
        dialog = export_dialogs.BatchExportDialog(self._w)
        self.batch_dialog = dialog  # for tests and screenshots while it is open
        try:
            dialog.exec()
        finally:
            self.batch_dialog = None
            dialog.deleteLater()

    def open_sample(self) -> bool:
        from attachcoder.gui.window.start_page import open_sample

        return open_sample(self._w)

    # ------------------------------------------------------------------ the session

    @_modal
    def edit_scheme(self) -> bool:
        doc = self._w.document
        if doc is None:
            return False
        return scheme_editor.edit_session_scheme(self._w, doc)

    @_modal
    def edit_details(self) -> bool:
        doc = self._w.document
        return doc is not None and edit_metadata(self._w, doc)

    @_modal
    def edit_ratings(self) -> bool:
        doc = self._w.document
        if doc is None:
            return False
        if not doc.session.scheme.rating_items:
            self._w.show_message(
                self.tr("This scheme has no rating items; add them in Session ▸ Coding scheme…")
            )
            return False
        return edit_ratings(self._w, doc)
