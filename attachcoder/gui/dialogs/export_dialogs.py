"""File → Export: the supervisor's workbook of the open session, and a batch over many files.

Both call the headless code the command line uses (:func:`attachcoder.io.reports.session_workbook.
write_session_workbook`, :func:`attachcoder.io.reports.batch.export_batch`), so a workbook made here
is the one ``attachcoder export`` / ``batch`` makes. A batch runs in a worker thread behind a
cancellable progress dialog; a cancelled batch writes nothing, and every problem (a file that
cannot be read, a duplicate key, a scheme that differs) is listed when it ends.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.session import Session
from attachcoder.gui.dialogs.prompts import file_filter
from attachcoder.io.atomic import WriteError
from attachcoder.io.installed.translations import LANGUAGES, current_language
from attachcoder.io.session.file import SUFFIX
from attachcoder.io.sheets.xlsx_page import default_paper

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def xlsx_filter() -> str:
    return translate("export", "Excel workbooks (*.xlsx)")


def _path_row(parent: QWidget, edit: QLineEdit, slot: Any) -> tuple[QHBoxLayout, QPushButton]:
    browse = QPushButton(translate("export", "Browse…"), parent)
    browse.setAutoDefault(False)
    browse.clicked.connect(slot)
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(browse)
    return row, browse


def language_box(parent: QWidget) -> QComboBox:
    """The workbook's language: each language by its own name, the window's chosen."""
    box = QComboBox(parent)
    box.setObjectName("language")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(current_language()), 0))
    box.setToolTip(
        translate(
            "export",
            "The language of the sheet names, headings and notes; the data tables' column "
            "names stay English identifiers.",
        )
    )
    return box


def _xlsx(text: str) -> Path | None:
    text = text.strip()
    if not text:
        return None
    return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")


# ---------------------------------------------------------------------------- one session


class ExportSessionDialog(QDialog):
    """Where to write the open session's workbook, and whether to include notes."""

    def __init__(
        self, session: Session, session_path: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export workbook"))
        self.session = session
        self.session_path = session_path
        self.written: Path | None = None
        folder = session_path.parent if session_path is not None else Path.home()
        stem = session.metadata.session_key() if session_path is None else session_path.stem
        self.path = QLineEdit(str(folder / f"{stem}.xlsx"), self)
        row, self.browse = _path_row(self, self.path, self._browse)
        self.notes = QCheckBox(self.tr("Include the coder's notes"), self)
        self.notes.setChecked(True)
        self.notes.setToolTip(self.tr("Leave out free text when the workbook leaves the team."))
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        for key, label in (("a4", self.tr("A4")), ("letter", self.tr("US Letter"))):
            self.paper.addItem(label, key)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.paper.setToolTip(
            self.tr("The paper the workbook prints on (the locale's by default).")
        )
        self.language = language_box(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Workbook"), row)
        form.addRow("", self.notes)
        form.addRow(self.tr("Paper"), self.paper)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        note = self.tr("The workbook names the session by its IDs, never by a video or folder.")
        layout.addWidget(QLabel(f"<i>{note}</i>"))
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export workbook"), self.path.text(), xlsx_filter()
        )
        if path:
            self.path.setText(str(_xlsx(path)))

    def accept(self) -> None:
        from attachcoder.io.reports.session_workbook import (
            write_session_workbook,  # openpyxl: load on demand
        )

        target = _xlsx(self.path.text())
        if target is None:
            QMessageBox.warning(
                self, self.tr("Export workbook"), self.tr("Choose where to write the workbook.")
            )
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_session_workbook(
                self.session,
                target,
                notes=self.notes.isChecked(),
                paper=self.paper.currentData(),
                lang=self.language.currentData(),
            )
        except (WriteError, OSError) as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("The workbook was not written"), str(exc))
            return
        QApplication.restoreOverrideCursor()
        self.written = target
        super().accept()


def export_session(parent: QWidget, session: Session, session_path: Path | None) -> Path | None:
    """File → Export workbook…: the path written, or None when cancelled."""
    dialog = ExportSessionDialog(session, session_path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.written


# ---------------------------------------------------------------------------- batch


class BatchWorker(QThread):
    """Runs :func:`export_batch` off the GUI thread; cancellation is checked between files."""

    progressed = Signal(int, int, str)
    done = Signal(object)  # BatchReport
    failed = Signal(str)

    def __init__(
        self,
        paths: list[Path],
        out: Path,
        *,
        csv_dir: Path | None,
        notes: bool,
        lang: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.paths, self.out, self.csv_dir, self.notes = paths, out, csv_dir, notes
        # passed on: the worker thread does not see the window's language (a context variable)
        self.lang = lang or current_language()
        self.cancel_requested = threading.Event()
        self.report: Any = None
        self.error: str | None = None

    def run(self) -> None:
        from attachcoder.io.reports.batch import export_batch

        try:
            self.report = export_batch(
                self.paths,
                self.out,
                csv_dir=self.csv_dir,
                notes=self.notes,
                lang=self.lang,
                progress=lambda i, n, name: self.progressed.emit(i, n, name),
                should_cancel=self.cancel_requested.is_set,
            )
        except (WriteError, OSError) as exc:
            self.error = str(exc)
        except Exception as exc:  # a bug must be reported, never kill the window
            log.exception("batch export failed")
            self.error = translate("export", "the export failed unexpectedly ({0}); see the log")
            self.error = self.error.format(exc)
        if self.error is not None:
            self.failed.emit(self.error)
        else:
            self.done.emit(self.report)


class BatchExportDialog(QDialog):
    """Chosen session files and folders (searched for ``.acs``) → one workbook, and CSV."""

    finished_batch = Signal(object)  # the BatchReport, or None after a failure

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Batch export"))
        self.worker: BatchWorker | None = None
        self.progress: QProgressDialog | None = None
        self.report: Any = None

        self.inputs = QListWidget(self)
        self.inputs.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.add_files_button = QPushButton(self.tr("Add files…"), self)
        self.add_folder_button = QPushButton(self.tr("Add folder…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        for b, slot in (
            (self.add_files_button, self._add_files),
            (self.add_folder_button, self._add_folder),
            (self.remove_button, self._remove),
        ):
            b.setAutoDefault(False)
            b.clicked.connect(slot)
        input_buttons = QHBoxLayout()
        for b in (self.add_files_button, self.add_folder_button, self.remove_button):
            input_buttons.addWidget(b)
        input_buttons.addStretch(1)

        self.out_path = QLineEdit(self)
        self.out_path.setPlaceholderText(self.tr("the workbook to write (.xlsx)"))
        out_row, self.out_browse = _path_row(self, self.out_path, self._browse_out)
        self.csv = QCheckBox(self.tr("Also write CSV files to"), self)
        self.csv_dir = QLineEdit(self)
        csv_row, self.csv_browse = _path_row(self, self.csv_dir, self._browse_csv)
        self.notes = QCheckBox(self.tr("Include the coders' notes"), self)
        self.notes.setChecked(True)
        self.language = language_box(self)
        for w in (self.out_path, self.csv_dir):
            w.textChanged.connect(self.refresh)
        self.csv.toggled.connect(self.refresh)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QTreeWidget(self)
        self.problems.setHeaderLabels(
            [self.tr("File"), self.tr("Session"), self.tr("Kind"), self.tr("Problem")]
        )
        self.problems.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setRootIsDecorated(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Workbook"), out_row)
        form.addRow(self.csv, csv_row)
        form.addRow("", self.notes)
        form.addRow(self.tr("Language"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Session files and folders (folders are searched for .acs):"))
        )
        layout.addWidget(self.inputs, 1)
        layout.addLayout(input_buttons)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self.refresh()

    # ------------------------------------------------------------------ choosing

    def add_paths(self, paths: list[str | Path]) -> None:
        have = set(self.paths())
        for p in paths:
            path = Path(p)
            if path not in have:
                self.inputs.addItem(str(path))
                have.add(path)
        self.refresh()

    def paths(self) -> list[Path]:
        return [Path(self.inputs.item(i).text()) for i in range(self.inputs.count())]

    def _add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add session files"), "", file_filter(self.tr("Sessions"), f"*{SUFFIX}")
        )
        self.add_paths(list(files))

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of sessions"))
        if folder:
            self.add_paths([folder])

    def _remove(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))
        self.refresh()

    def _browse_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the workbook"), self.out_path.text(), xlsx_filter()
        )
        if path:
            self.out_path.setText(str(_xlsx(path)))

    def _browse_csv(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Write CSV files into"))
        if folder:
            self.csv_dir.setText(folder)
            self.csv.setChecked(True)

    def current_problems(self) -> list[str]:
        out = []
        if not self.inputs.count():
            out.append(self.tr("add session files or folders"))
        target = _xlsx(self.out_path.text())
        if target is None:
            out.append(self.tr("choose the workbook to write"))
        elif not target.parent.is_dir():
            out.append(self.tr("the folder {0} does not exist").format(target.parent))
        if self.csv.isChecked() and not self.csv_dir.text().strip():
            out.append(self.tr("choose the folder for the CSV files"))
        return out

    def refresh(self) -> None:
        running = self.worker is not None
        problems = self.current_problems()
        self.export_button.setEnabled(not problems and not running)
        self.csv_dir.setEnabled(self.csv.isChecked())
        if not running and self.report is None:
            text = "; ".join(problems)
            self.summary.setText(text[:1].upper() + text[1:] + "." if problems else "")

    # ------------------------------------------------------------------ running

    def start(self) -> None:
        if self.current_problems() or self.worker is not None:
            return
        target = _xlsx(self.out_path.text())
        assert target is not None
        csv_dir = Path(self.csv_dir.text().strip()) if self.csv.isChecked() else None
        self.report = None
        self.problems.clear()
        self.summary.setText(self.tr("Exporting…"))
        worker = BatchWorker(
            self.paths(),
            target,
            csv_dir=csv_dir,
            notes=self.notes.isChecked(),
            lang=self.language.currentData(),
            parent=self,
        )
        progress = QProgressDialog(
            self.tr("Finding the session files…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Batch export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self.cancel)
        worker.progressed.connect(self._on_progress)
        worker.done.connect(self._on_done)
        worker.failed.connect(self._on_failed)
        worker.finished.connect(self._on_thread_finished)
        self.worker, self.progress = worker, progress
        self.refresh()
        progress.show()
        worker.start()

    def cancel(self) -> None:
        """Stop the running batch, as the progress dialog's Cancel button does."""
        if self.worker is not None:
            self.worker.cancel_requested.set()
        if self.progress is not None:
            self.progress.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, i: int, n: int, name: str) -> None:
        p = self.progress
        if p is None or p.wasCanceled():
            return
        p.setMaximum(max(n, 1))
        p.setValue(min(i, n))
        p.setLabelText(
            self.tr("Reading {0} ({1} of {2})…").format(name, i + 1, n)
            if name
            else self.tr("Writing the workbook…")
        )

    def _on_done(self, report: Any) -> None:
        self.report = report
        self._show_problems(report.problems)
        if report.cancelled:
            self.summary.setText(self.tr("Cancelled: nothing was written."))
        elif report.output is None:
            self.summary.setText(self.tr("No session could be read, so nothing was written."))
        else:
            written = (
                self.tr("{0} session(s) from {1} file(s) written to {2}, and {3} CSV files.")
                if report.csv_files
                else self.tr("{0} session(s) from {1} file(s) written to {2}.")
            ).format(report.sessions, report.files, report.output.name, len(report.csv_files))
            errors = len(report.errors)
            if errors:
                after = self.tr("{0} file(s) could not be read; see below.").format(errors)
            elif report.problems:
                after = self.tr("See the notes below.")
            else:
                after = self.tr("No problems.")
            self.summary.setText(f"{written} {after}")
        self.finished_batch.emit(report)

    def _on_failed(self, message: str) -> None:
        self.summary.setText(self.tr("Nothing was written: {0}").format(message))
        self.finished_batch.emit(None)

    def _on_thread_finished(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
        self.progress = None
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.refresh()

    def _show_problems(self, problems: list[Any]) -> None:
        self.problems.clear()
        for p in problems:
            item = QTreeWidgetItem(self.problems, [p.file, p.session_key, p.kind, p.problem])
            item.setToolTip(3, p.problem)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def reject(self) -> None:
        """Close: a running batch is cancelled first (it writes nothing)."""
        if self.worker is not None:
            self.worker.cancel_requested.set()
            self.worker.wait()
        super().reject()
