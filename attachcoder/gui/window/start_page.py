"""The start page: what the window shows while no session is open.

``attachcoder`` started with nothing to open (no file given, no last session to reopen) lands
here instead of on an empty coding window: the sessions opened lately (a click opens one), and
the three ways in — a new session, Open…, and the sample session to practise on. The sample is
never opened in place: a practice copy is made in the user's data folder (pointing at the
sample video where it is), so practice coding never touches the shipped files.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from attachcoder import __version__
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.io.atomic import WriteError
from attachcoder.io.installed import bundled
from attachcoder.io.session.file import (
    SessionFileError,
    load,
    media_path,
    relative_media_path,
    save,
)

if TYPE_CHECKING:
    from attachcoder.gui.editing.document import Document

log = logging.getLogger(__name__)


def sample_session() -> Path | None:
    """The sample session shipped inside the package, if this install has it."""
    return bundled.sample_session_path()


def practice_dir() -> Path:
    """Where the practice copy of the sample goes (``ATTACHCODER_DATA_DIR`` overrides)."""
    override = os.environ.get("ATTACHCODER_DATA_DIR")
    if override:
        return Path(override) / "sample"
    from platformdirs import user_data_dir

    return Path(user_data_dir("attachcoder", appauthor=False)) / "sample"


def practice_copy(sample: Path) -> Path:
    """The practice copy of ``sample`` (made on first use; later uses reopen it as left)."""
    target = practice_dir() / sample.name
    if target.is_file():
        return target
    session = load(sample)
    media = tuple(
        dataclasses.replace(m, path=relative_media_path(target, media_path(sample, m)))
        for m in session.media
    )
    session.set_field("media", media)
    target.parent.mkdir(parents=True, exist_ok=True)
    save(session, target, backup=False)
    return target


def open_sample(window: WindowFace) -> bool:
    sample = sample_session()
    if sample is None:
        window.show_message(
            QCoreApplication.translate(
                "StartPage", "The sample session is not installed with this copy."
            ),
            error=True,
        )
        return False
    try:
        path = practice_copy(sample)
    except (SessionFileError, WriteError, OSError) as exc:
        title = QCoreApplication.translate("StartPage", "Cannot open the sample session")
        prompts.error(window, title, str(exc))
        return False
    return file_flow.open_session(window, path)


class StartPage(QWidget):
    def __init__(self, window: WindowFace, *, new_session: Callable[[], object]) -> None:
        super().__init__(window)
        self._w = window
        about = self.tr(
            "version {0} — coding caregiver–infant interaction: attuned, misattuned, repair"
        ).format(__version__)
        title = QLabel(f"<h1>attachcoder</h1><p>{about}</p>", self)
        self.recent = QListWidget(self)
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setSpacing(4)
        self.recent.setMaximumHeight(360)
        self.recent.setCursor(Qt.CursorShape.PointingHandCursor)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemClicked.connect(self._open_item)
        self.new_button = self._button(
            self.tr("New session…"),
            self.tr("A video (or two cameras) or a live session, a scheme and the details"),
        )
        self.open_button = self._button(self.tr("Open…"), self.tr("Open a session file (.acs)"))
        self.sample_button = self._button(
            self.tr("Open the sample session"),
            self.tr(
                "A coded six-minute still-face session to practise on (a copy: the sample "
                "itself is never changed)"
            ),
        )
        if sample_session() is None:
            self.sample_button.setEnabled(False)
            self.sample_button.setToolTip(
                self.tr("The sample session is not installed with this copy.")
            )
        self.new_button.clicked.connect(lambda: new_session())
        self.open_button.clicked.connect(lambda: file_flow.open_dialog(window))
        self.sample_button.clicked.connect(lambda: open_sample(window))
        hint = QLabel(
            self.tr(
                "A session is one <b>.acs</b> file beside its video (the video is never "
                "copied). Press <b>F1</b> in the coding window for every key."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QVBoxLayout()
        buttons.addSpacing(22)
        for b in (self.new_button, self.open_button, self.sample_button):
            buttons.addWidget(b)
        buttons.addSpacing(12)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("<b>Recent sessions</b> (click to open)"), self))
        left.addWidget(self.recent)
        left.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addSpacing(32)
        row.addLayout(buttons, 2)
        column = QWidget(self)
        column.setMaximumWidth(1000)
        inner = QVBoxLayout(column)
        inner.addWidget(title)
        inner.addSpacing(12)
        inner.addLayout(row, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        layout.addWidget(column, 100)
        layout.addStretch(1)

    def _button(self, text: str, tip: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setToolTip(tip)
        b.setMinimumHeight(36)
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # like every button of the window (key_router)
        return b

    def refresh(self) -> None:
        """List the recent sessions that still exist, newest first."""
        self.recent.clear()
        files = self._w.settings.existing_recent_files()
        for p in files:
            item = QListWidgetItem(f"{p.name}\n{p.parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(str(p))
        if not files:
            item = QListWidgetItem(self.tr("No sessions opened yet"), self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            file_flow.open_session(self._w, str(path))


def install_start_page(window: WindowFace, *, new_session: Callable[[], object]) -> StartPage:
    """Show the start page in place of the coding area whenever no session is open."""
    page = StartPage(window, new_session=new_session)
    coding = window.takeCentralWidget()
    assert coding is not None, "install the start page once the coding area is built"
    stack = QStackedWidget(window)
    stack.addWidget(page)
    stack.addWidget(coding)
    window.setCentralWidget(stack)

    def on_document(doc: Document | None) -> None:
        if doc is None:
            page.refresh()
            stack.setCurrentWidget(page)
        else:
            stack.setCurrentWidget(coding)

    window.documentChanged.connect(on_document)
    on_document(window.document)
    return page
