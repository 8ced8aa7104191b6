"""Starting a session: the video (or two synchronised cameras, or a live clock), the scheme,
the details, and where the session file goes.

:class:`NewSessionDialog` returns a ready :class:`~attachcoder.core.session.Session` and the
path to save it under; it writes nothing itself. Each video is probed through the program's
player (duration, frame rate) and hashed in a worker thread
(:mod:`attachcoder.gui.player.media_probe`) so the session can later recognise its video if it
moves. The metadata and ratings forms live in :mod:`attachcoder.gui.dialogs.session_forms` and
are re-exported here.

The file is proposed where studies keep it: ``DYAD_CODER.acs`` in the first video's folder
(the video's own name only while neither ID is typed), following the IDs as they are typed
until the coder writes or chooses a path of their own. The session date is proposed from the
video's recording date (else the file's date), and the dialog says which."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.frame_times import describe_rate
from attachcoder.core.ids import file_name_part
from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Media, Session
from attachcoder.core.timefmt import format_ms
from attachcoder.gui.dialogs.prompts import file_filter, video_filter
from attachcoder.gui.dialogs.scheme_editor import SchemeEditorDialog, scheme_filter
from attachcoder.gui.dialogs.session_forms import (
    MetadataDialog,
    MetadataForm,
    RatingsDialog,
    edit_metadata,
    edit_ratings,
)
from attachcoder.gui.player.media_probe import HashWorker, VideoFacts, VideoProbe
from attachcoder.io.installed.translations import current_language
from attachcoder.io.media.recording_date import recording_date
from attachcoder.io.session.file import (
    SUFFIX,
    SessionFileError,
    default_scheme,
    load_scheme,
    relative_media_path,
)

__all__ = [
    "CameraRow",
    "MetadataDialog",
    "MetadataForm",
    "NewSessionDialog",
    "RatingsDialog",
    "edit_metadata",
    "edit_ratings",
]


class CameraRow(QWidget):
    """One video: its file, its offset on the session clock, and what was found out about it."""

    def __init__(self, title: str, parent: NewSessionDialog) -> None:
        super().__init__(parent)
        self._dialog = parent
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("the video file"))
        self.path.editingFinished.connect(lambda: self.set_path(self.path.text()))
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._browse)
        self.offset = QSpinBox(self)
        self.offset.setRange(-3_600_000, 3_600_000)
        self.offset.setSuffix(" ms")
        self.offset.setToolTip(
            self.tr(
                "Where this video starts on the session clock (e.g. 400 when the second camera "
                "started 0.4 s after the first)."
            )
        )
        self.status = QLabel(self)
        self.facts: VideoFacts | None = None
        self.sha256: str | None = None
        self.error: str | None = None
        self._probe: VideoProbe | None = None
        self._hasher: HashWorker | None = None
        self._old_hashers: list[HashWorker] = []
        row = QHBoxLayout()
        row.addWidget(QLabel(title, self))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(QLabel(self.tr("offset"), self))
        row.addWidget(self.offset)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the video"), "", video_filter())
        if path:
            self.set_path(path)

    def set_path(self, path: str) -> None:
        """Take a video: probe it and hash it (both in the background)."""
        path = path.strip()
        if path:
            path = str(Path(path).expanduser().resolve())
        if self.facts is not None and str(self.facts.path) == path:
            return
        self.path.setText(path)
        self.facts, self.sha256, self.error = None, None, None
        self._stop_workers()
        if not path:
            self.status.setText("")
            self._dialog.refresh()
            return
        self.status.setText(self.tr("reading the video…"))
        self._probe = VideoProbe(path, self)
        self._probe.done.connect(self._on_probed)
        self._probe.failed.connect(self._on_failed)
        self._probe.start()
        self._dialog.refresh()

    @property
    def ready(self) -> bool:
        return self.facts is not None and self.sha256 is not None

    @property
    def busy(self) -> bool:
        return bool(self.path.text().strip()) and not self.ready and self.error is None

    def _on_probed(self, facts: VideoFacts) -> None:
        if str(facts.path) != self.path.text().strip():
            return
        self.facts = facts
        self._hasher = HashWorker(facts.path, self)
        self._hasher.hashed.connect(self._on_hashed, Qt.ConnectionType.QueuedConnection)
        self._hasher.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._hasher.start()
        self._show()
        self._dialog.on_video_known(self)

    def _on_hashed(self, digest: str) -> None:
        if self.sender() is not self._hasher:
            return  # a file chosen before this one
        self.sha256 = digest
        self._show()
        self._dialog.refresh()

    def _on_failed(self, message: str) -> None:
        if self.sender() not in (self._hasher, self._probe):
            return
        self.error = message
        said = self.tr("cannot use this video: {0}").format(message)
        self.status.setText(f"<span style='color:#B00000'>{said}</span>")
        self._dialog.refresh()

    def _show(self) -> None:
        f = self.facts
        if f is None:
            return
        fps = describe_rate(f.fps, f.fps_range)
        check = self.tr("checksum done") if self.sha256 else self.tr("computing the checksum…")
        size = QLocale().toString(f.size / 1e6, "f", 1)
        self.status.setText(
            self.tr("{0}, {1}, {2} MB — {3}").format(format_ms(f.duration_ms), fps, size, check)
        )

    def media(self, session_path: Path) -> Media:
        assert self.facts is not None
        f = self.facts
        return Media(
            path=relative_media_path(session_path, f.path),
            sha256=self.sha256,
            size=f.size,
            duration_ms=f.duration_ms,
            fps=f.fps,
            offset_ms=self.offset.value(),
            fps_range=f.fps_range,
        )

    def _stop_workers(self) -> None:
        if self._hasher is not None:
            self._hasher.requestInterruption()  # stops between two blocks
            self._old_hashers.append(self._hasher)
            self._hasher = None
        self._probe = None

    def shutdown(self) -> None:
        """Stop the background work (before the dialog goes away)."""
        self._stop_workers()
        for worker in self._old_hashers:
            worker.wait()
        self._old_hashers.clear()


class NewSessionDialog(QDialog):
    """Gathers a new session; :meth:`result_session` and :meth:`result_path` after OK."""

    def __init__(self, parent: QWidget | None = None, *, scheme: Scheme | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New session"))
        self.scheme: Scheme = scheme or default_scheme(current_language())
        self._session: Session | None = None
        self._path: Path | None = None

        self.video_mode = QRadioButton(self.tr("Code from video"), self)
        self.live_mode = QRadioButton(self.tr("Code live, on a clock (no video)"), self)
        self.video_mode.setChecked(True)
        self.video_mode.toggled.connect(self.refresh)
        self.camera1 = CameraRow(self.tr("Camera 1"), self)
        self.two_cameras = QCheckBox(self.tr("A second, synchronised camera"), self)
        self.camera2 = CameraRow(self.tr("Camera 2"), self)
        self.two_cameras.toggled.connect(self.refresh)
        source = QGroupBox(self.tr("What is coded"), self)
        sl = QVBoxLayout(source)
        for w in (self.video_mode, self.camera1, self.two_cameras, self.camera2, self.live_mode):
            sl.addWidget(w)

        self.scheme_label = QLabel(self)
        self.default_scheme_button = QPushButton(self.tr("Default attachment scheme"), self)
        self.load_scheme_button = QPushButton(self.tr("Load…"), self)
        self.edit_scheme_button = QPushButton(self.tr("Edit…"), self)
        for b in (self.default_scheme_button, self.load_scheme_button, self.edit_scheme_button):
            b.setAutoDefault(False)
        self.default_scheme_button.clicked.connect(
            lambda: self.set_scheme(default_scheme(current_language()))
        )
        self.load_scheme_button.clicked.connect(self._load_scheme)
        self.edit_scheme_button.clicked.connect(self._edit_scheme)
        scheme_box = QGroupBox(self.tr("Coding scheme"), self)
        schl = QHBoxLayout(scheme_box)
        schl.addWidget(self.scheme_label, 1)
        for b in (self.default_scheme_button, self.load_scheme_button, self.edit_scheme_button):
            schl.addWidget(b)

        self.details = MetadataForm(None, self)
        self.date_note = QLabel(self)
        details_box = QGroupBox(self.tr("Session details"), self)
        dl = QVBoxLayout(details_box)
        dl.addWidget(self.details)
        dl.addWidget(self.date_note)
        for field in (self.details.dyad_id, self.details.coder_id, self.details.session_date):
            field.textChanged.connect(self.refresh)
        for field in (self.details.dyad_id, self.details.coder_id):
            field.textChanged.connect(self._propose_path)
        self.details.session_date.textEdited.connect(lambda _t: self.date_note.clear())

        self.save_path = QLineEdit(self)
        self.save_path.setPlaceholderText(
            self.tr("where to keep the session ({0})").format(f"DYAD_CODER{SUFFIX}")
        )
        self.save_path.textEdited.connect(self.refresh)
        self._proposed = ""  # the path last proposed; once the coder changes it, it is theirs
        self.save_browse = QPushButton(self.tr("Browse…"), self)
        self.save_browse.setAutoDefault(False)
        self.save_browse.clicked.connect(self._browse_save)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_path, 1)
        save_row.addWidget(self.save_browse)
        form = QFormLayout()
        form.addRow(self.tr("Session file"), save_row)

        self.problems = QListWidget(self)
        self.problems.setMaximumHeight(70)
        self.problems.setStyleSheet("color: #B00000;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for box in (source, scheme_box, details_box):
            layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.set_scheme(self.scheme)

    # ------------------------------------------------------------------ scheme

    def set_scheme(self, scheme: Scheme) -> None:
        self.scheme = scheme
        n = sum(len(la.codes) for la in scheme.layers)
        self.scheme_label.setText(
            self.tr("“{0}”: {1} layers, {2} codes").format(scheme.name, len(scheme.layers), n)
        )
        self.refresh()

    def _load_scheme(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Load a scheme"), "", scheme_filter())
        if not path:
            return
        try:
            self.set_scheme(load_scheme(path))
        except SessionFileError as exc:
            QMessageBox.warning(self, self.tr("Cannot load the scheme"), str(exc))

    def _edit_scheme(self) -> None:
        dialog = SchemeEditorDialog(self.scheme, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_scheme(dialog.scheme())

    # ------------------------------------------------------------------ where to save

    def _browse_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Keep the session as"),
            self.save_path.text(),
            file_filter(self.tr("Sessions"), f"*{SUFFIX}"),
        )
        if path:
            self.save_path.setText(path if path.endswith(SUFFIX) else path + SUFFIX)
            self.refresh()

    def on_video_known(self, camera: CameraRow) -> None:
        """Propose the session file beside the first video and its recording date, unless
        the coder gave their own."""
        if camera is self.camera1 and camera.facts is not None:
            self._propose_path()
            if not self.details.session_date.text().strip():
                found = recording_date(camera.facts.path)
                self.details.session_date.setText(found.date)
                said = self.tr("The date is {0}.").format(found.said())
                self.date_note.setText(f"<i>{said}</i>")
        self.refresh()

    def proposed_name(self) -> str | None:
        """``DYAD_CODER.acs`` as far as the IDs are typed (None: neither is)."""
        parts = [f.text().strip() for f in (self.details.dyad_id, self.details.coder_id)]
        parts = [file_name_part(p, "") for p in parts]  # never a control or direction character
        parts = [p for p in parts if p]
        return "_".join(parts) + SUFFIX if parts else None

    def _propose_path(self, *_: object) -> None:
        facts = self.camera1.facts
        text = self.save_path.text().strip()
        if facts is None or (text and text != self._proposed):
            return  # no video yet, or a path the coder chose
        name = self.proposed_name() or facts.path.with_suffix(SUFFIX).name
        self._proposed = str(facts.path.parent / name)
        self.save_path.setText(self._proposed)
        self.refresh()

    def chosen_path(self) -> Path | None:
        text = self.save_path.text().strip()
        if not text:
            return None
        return Path(text if text.endswith(SUFFIX) else text + SUFFIX)

    # ------------------------------------------------------------------ checks

    def cameras(self) -> list[CameraRow]:
        if not self.video_mode.isChecked():
            return []
        return [self.camera1, self.camera2] if self.two_cameras.isChecked() else [self.camera1]

    def current_problems(self) -> list[str]:
        out = []
        for cam, name in ((self.camera1, self.tr("camera 1")), (self.camera2, self.tr("camera 2"))):
            if cam not in self.cameras():
                continue
            if not cam.path.text().strip():
                out.append(self.tr("choose the video of {0}").format(name))
            elif cam.error:
                out.append(f"{name}: {cam.error}")
            elif cam.busy:
                out.append(self.tr("{0}: still reading the video…").format(name))
        path = self.chosen_path()
        if path is None:
            out.append(self.tr("choose where to keep the session file"))
        elif not path.parent.is_dir():
            out.append(self.tr("the folder {0} does not exist").format(path.parent))
        elif path.exists():
            out.append(
                self.tr("{0} exists already; choose another name (nothing is overwritten)").format(
                    path.name
                )
            )
        out.extend(self.details.problems())
        return out

    def refresh(self) -> None:
        self.camera1.setEnabled(self.video_mode.isChecked())
        self.two_cameras.setEnabled(self.video_mode.isChecked())
        self.camera2.setVisible(self.two_cameras.isChecked())
        self.camera2.setEnabled(self.video_mode.isChecked() and self.two_cameras.isChecked())
        problems = self.current_problems()
        self.problems.clear()
        self.problems.addItems(problems)
        self.ok_button.setEnabled(not problems)

    # ------------------------------------------------------------------ result

    def accept(self) -> None:
        if self.current_problems():
            return
        path = self.chosen_path()
        assert path is not None
        media = [cam.media(path) for cam in self.cameras()]
        duration = max((m.offset_ms + (m.duration_ms or 0) for m in media), default=0)
        self._session = Session(
            self.scheme, metadata=self.details.metadata(), media=media, duration_ms=duration
        )
        self._path = path.resolve()
        super().accept()

    def done(self, result: int) -> None:
        for cam in (self.camera1, self.camera2):
            cam.shutdown()
        super().done(result)

    def result_session(self) -> Session | None:
        return self._session

    def result_path(self) -> Path | None:
        return self._path


def new_session(parent: QWidget | None = None) -> tuple[Session, Path] | None:
    """Ask for a new session; None when the user cancels. The caller saves and opens it."""
    dialog = NewSessionDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    session, path = dialog.result_session(), dialog.result_path()
    assert session is not None and path is not None
    return session, path
