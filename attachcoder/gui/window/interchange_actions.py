"""File → Import… (ELAN, BORIS, Datavyu) and File → Export for other tools → ELAN / SDIS /
episodes CSV.

The window uses the same readers and writers as ``attachcoder import`` and ``convert``
(:mod:`attachcoder.io.interchange`), so both make the same choices and say so in the same
words. An import never touches the current session until it has succeeded: the file is read
first, a bad one is reported with its file and place and nothing else changes; only then is
the current session's fate asked about. The imported session opens as a new, unsaved document
(Save As writes it as ``.acs``), and the import report — every choice the importer made — is
shown beside the window. Exports write the open session as it is now, unsaved edits included,
atomically; none of them but the EAF (a working file for ELAN, which needs it) names a video
path.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.session import Session
from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import enable_for_document, owner_actions, qaction
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.editing.document import Document
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.unsaved_imports import ImportedDocument
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.io.atomic import WriteError
from attachcoder.io.interchange import (
    EXPORT_FORMATS,
    IMPORT_FORMATS,
    ImportResult,
    InterchangeError,
    export_session,
    import_file,
)
from attachcoder.io.interchange.media_paths import rebased_media

log = logging.getLogger(__name__)

def _patterns(suffix: str) -> str:
    """File-dialog patterns for a suffix in the case tools write it (Praat: ``.TextGrid``)."""
    return "*.TextGrid *.textgrid" if suffix == ".textgrid" else f"*{suffix}"


IMPORT_FILTER = ";;".join(
    [
        "Other tools' codings (" + " ".join(_patterns(s) for s in IMPORT_FORMATS) + ")",
        *(f"{tool} ({_patterns(suffix)})" for suffix, (_fmt, tool) in IMPORT_FORMATS.items()),
        "All files (*)",
    ]
)
_EXPORT_FILTERS = {
    ".eaf": "ELAN annotation files (*.eaf)",
    ".sds": "SDIS timed-event data (*.sds)",
    ".csv": "CSV tables (*.csv)",
    ".boris": "BORIS projects (*.boris)",
    ".opf": "Datavyu projects (*.opf)",
    ".textgrid": "Praat TextGrids (*.TextGrid *.textgrid)",
}


class InterchangeActions(QObject):
    """The File menu's import and export actions for one window."""

    def __init__(self, window: WindowFace) -> None:
        super().__init__(window)
        self.window = window
        self.report_dialog: QDialog | None = None
        self.warnings_box: QMessageBox | None = None
        self.entries = owner_actions("interchange", window, self)
        a = {act: qaction(e) for act, e in self.entries.items()}
        self.import_action = a[Action.IMPORT]
        self.export_actions: dict[str, QAction] = {
            ".eaf": a[Action.EXPORT_EAF], ".sds": a[Action.EXPORT_SDS],
            ".csv": a[Action.EXPORT_CSV], ".boris": a[Action.EXPORT_BORIS],
            ".opf": a[Action.EXPORT_OPF], ".textgrid": a[Action.EXPORT_TEXTGRID],
        }  # fmt: skip
        self.no_notes_action = a[Action.EXPORT_NO_NOTES]
        window.documentChanged.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self, *_: object) -> None:
        enable_for_document(self.entries, self.window.document is not None)

    def export_eaf(self) -> Path | None:
        return self.export_dialog(".eaf")

    def export_sds(self) -> Path | None:
        return self.export_dialog(".sds")

    def export_csv(self) -> Path | None:
        return self.export_dialog(".csv")

    def export_boris(self) -> Path | None:
        return self.export_dialog(".boris")

    def export_opf(self) -> Path | None:
        return self.export_dialog(".opf")

    def export_textgrid(self) -> Path | None:
        return self.export_dialog(".textgrid")

    # ------------------------------------------------------------------ import

    def import_dialog(self) -> bool:
        doc = self.window.document
        start = doc.path if doc is not None else None
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Import a coding from another tool",
            str(start.parent) if start is not None else "", IMPORT_FILTER,
        )  # fmt: skip
        return self.import_path(Path(path)) if path else False

    def import_path(self, path: Path) -> bool:
        """Import ``path`` into the window as a new unsaved session; False when nothing was."""
        w = self.window
        try:
            result = import_file(path)
            if len(result.sessions) > 1:
                name = choose_observation(w, path, result)
                if name is None:
                    return False
                result = import_file(path, observation=name)  # that observation's report only
        except InterchangeError as exc:
            prompts.error(w, "Nothing was imported", f"{exc}\n\n{_FIX_ADVICE}")
            return False
        if not result.sessions:
            problems = "\n".join(f"• {p}" for p in result.problems) or "It holds no coding."
            prompts.error(w, "Nothing was imported", f"{path.name}: nothing to import.\n\n"
                          f"{problems}\n\n{_FIX_ADVICE}")  # fmt: skip
            return False
        if not file_flow.confirm_close(w):
            return False
        name, session = result.sessions[0]
        _locate_media(session, path)
        label = f"Imported from {path.name}"
        if result.format == "boris":
            label = f"{name}, imported from {path.name}"
        w.set_document(ImportedDocument(session, path.resolve(), label), discard_old=True)
        file_flow.load_video(w, ask=False)
        self.show_report(path, name, session, result)
        w.show_message(
            f"Imported {len(session)} episodes from {path.name}; "
            "use Save as to keep them as a session file."
        )
        log.info("imported %s (%s, %d episodes)", path, name, len(session))
        return True

    def show_report(self, path: Path, name: str, session: Session, result: ImportResult) -> None:
        """The import report beside the window (not modal: the coder can look at both)."""
        if self.report_dialog is not None:
            self.report_dialog.close()
        dlg = QDialog(self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setWindowTitle(f"Import report — {path.name}")
        layers = len(session.scheme.layers)
        what = f"the observation {name!r} of " if result.format == "boris" else ""
        summary = QLabel(
            f"Imported {what}{path.name}: {len(session)} episodes in {layers} "
            f"layer{'s' if layers != 1 else ''}. The choices the importer made:", dlg
        )  # fmt: skip
        summary.setWordWrap(True)
        text = QPlainTextEdit(dlg)
        text.setReadOnly(True)
        lines = [f"• {line}" for line in result.report] or ["• nothing needed a choice"]
        lines += [f"• not imported: {p}" for p in result.problems]
        text.setPlainText("\n".join(lines))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dlg)
        buttons.rejected.connect(dlg.close)
        layout = QVBoxLayout(dlg)
        layout.addWidget(summary)
        layout.addWidget(text, 1)
        layout.addWidget(buttons)
        dlg.resize(640, 360)
        dlg.destroyed.connect(lambda *_: self._forget_report(dlg))
        self.report_dialog = dlg
        dlg.show()

    def _forget_report(self, dlg: QDialog) -> None:
        if self.report_dialog is dlg:
            self.report_dialog = None

    # ------------------------------------------------------------------ export

    def export_dialog(self, suffix: str) -> Path | None:
        doc = self.window.document
        if doc is None:
            return None
        path, _ = QFileDialog.getSaveFileName(
            self.window, f"Export as {EXPORT_FORMATS[suffix]}",
            str(_default_export_path(doc, suffix)), _EXPORT_FILTERS[suffix],
        )  # fmt: skip
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + _written(suffix))
        return self.export_to(target, notes=not self.no_notes_action.isChecked())

    def export_to(self, target: Path, *, notes: bool = True) -> Path | None:
        """Write the open session to ``target`` in the format its suffix names."""
        w = self.window
        doc = w.document
        if doc is None:
            return None
        suffix = target.suffix.lower()
        session = doc.session
        try:
            warnings = _write(session, doc.path, target, notes=notes)
        except (WriteError, OSError) as exc:
            prompts.error(w, "Not exported", f"{target.name} was not written: {exc}\n\n"
                          "Your session is unchanged; try another place.")  # fmt: skip
            return None
        w.show_message(f"Exported {target.name} ({EXPORT_FORMATS[suffix]}, {len(session)} "
                       "episodes)")  # fmt: skip
        if warnings:
            self._show_warnings(target, warnings)
        return target

    def _show_warnings(self, target: Path, warnings: list[str]) -> None:
        if self.warnings_box is not None:
            self.warnings_box.close()
        box = QMessageBox(QMessageBox.Icon.Information, "Exported, with remarks",
                          f"{target.name} was written. Please note:\n\n"
                          + "\n".join(f"• {x}" for x in warnings),
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.destroyed.connect(lambda *_: setattr(self, "warnings_box", None))
        self.warnings_box = box
        box.show()


_FIX_ADVICE = (
    "The current session was not changed. Fix the file in the tool that wrote it, or choose "
    "another."
)


def _write(session: Session, session_path: Path | None, target: Path, *, notes: bool) -> list[str]:
    return export_session(session, target, session_path=session_path, notes=notes)


def _default_export_path(doc: Document, suffix: str) -> Path:
    if doc.path is not None:
        return doc.path.with_suffix(_written(suffix))
    source = getattr(doc, "source", None)
    folder = source.parent if isinstance(source, Path) else Path.cwd()
    return folder / (doc.session.metadata.session_key() + _written(suffix))


def _written(suffix: str) -> str:
    """A suffix as its tool writes it (Praat: ``.TextGrid``)."""
    return ".TextGrid" if suffix == ".textgrid" else suffix


def _locate_media(session: Session, source: Path) -> None:
    """Media named relative to the other tool's file are made absolute, so the video is found
    from the unsaved session (and Save As stores them relative to the new file)."""
    media = rebased_media(session, source)
    if media != session.media:
        session.set_field("media", media)


def choose_observation(parent: QWidget, path: Path, result: ImportResult) -> str | None:
    """Which observation of a BORIS project to open (the window shows one session at a time)."""
    names = [name for name, _ in result.sessions]
    text = (
        f"{path.name} holds {len(names)} observations; the window opens one at a time.\n"
        "(attachcoder import FILE -o FOLDER imports them all.)\n\nImport which one?"
    )
    if result.problems:
        text += "\n\nNot importable: " + "; ".join(p.problem for p in result.problems)
    name, ok = QInputDialog.getItem(parent, "Choose an observation", text, names, 0, False)
    return str(name) if ok and name in names else None


def install_interchange(window: WindowFace) -> InterchangeActions:
    """File → Import… and File → Export for other tools (ELAN, SDIS, CSV) for ``window``
    (laid out with the other entries by the composition root)."""
    return InterchangeActions(window)
