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

from PySide6.QtCore import QCoreApplication, QObject, Qt
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
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
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
translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")

def _patterns(suffix: str) -> str:
    """File-dialog patterns for a suffix in the case tools write it (Praat: ``.TextGrid``)."""
    return "*.TextGrid *.textgrid" if suffix == ".textgrid" else f"*{suffix}"


def import_filter() -> str:
    """Every importable file, then each tool's, then all files (in the window's language)."""
    every = " ".join(_patterns(s) for s in IMPORT_FORMATS)
    others = translate("InterchangeActions", "Other tools' codings")
    every_file = translate("InterchangeActions", "All files")
    return ";;".join(
        [
            f"{others} ({every})",
            *(f"{tool} ({_patterns(suffix)})" for suffix, (_fmt, tool) in IMPORT_FORMATS.items()),
            f"{every_file} (*)",
        ]
    )


#: what each export's files are called in a file dialog (the patterns are added)
_EXPORT_KINDS = {
    ".eaf": QT_TRANSLATE_NOOP("InterchangeActions", "ELAN annotation files"),
    ".sds": QT_TRANSLATE_NOOP("InterchangeActions", "SDIS timed-event data"),
    ".csv": QT_TRANSLATE_NOOP("InterchangeActions", "CSV tables"),
    ".boris": QT_TRANSLATE_NOOP("InterchangeActions", "BORIS projects"),
    ".opf": QT_TRANSLATE_NOOP("InterchangeActions", "Datavyu projects"),
    ".textgrid": QT_TRANSLATE_NOOP("InterchangeActions", "Praat TextGrids"),
}


def export_filter(suffix: str) -> str:
    kind = translate("InterchangeActions", _EXPORT_KINDS[suffix])
    return f"{kind} ({_patterns(suffix)})"


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
            self.window, self.tr("Import a coding from another tool"),
            str(start.parent) if start is not None else "", import_filter(),
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
            prompts.error(w, self.tr("Nothing was imported"), f"{exc}\n\n{fix_advice()}")
            return False
        if not result.sessions:
            problems = "\n".join(f"• {p}" for p in result.problems) or self.tr(
                "It holds no coding."
            )
            nothing = self.tr("{0}: nothing to import.").format(path.name)
            prompts.error(w, self.tr("Nothing was imported"),
                          f"{nothing}\n\n{problems}\n\n{fix_advice()}")  # fmt: skip
            return False
        if not file_flow.confirm_close(w):
            return False
        name, session = result.sessions[0]
        _locate_media(session, path)
        label = self.tr("Imported from {0}").format(path.name)
        if result.format == "boris":
            label = self.tr("{0}, imported from {1}").format(name, path.name)
        w.set_document(ImportedDocument(session, path.resolve(), label), discard_old=True)
        file_flow.load_video(w, ask=False)
        self.show_report(path, name, session, result)
        w.show_message(
            self.tr(
                "Imported {0} episodes from {1}; use Save as to keep them as a session file."
            ).format(len(session), path.name)
        )
        log.info("imported %s (%s, %d episodes)", path, name, len(session))
        return True

    def show_report(self, path: Path, name: str, session: Session, result: ImportResult) -> None:
        """The import report beside the window (not modal: the coder can look at both)."""
        if self.report_dialog is not None:
            self.report_dialog.close()
        dlg = QDialog(self.window)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.setWindowTitle(self.tr("Import report — {0}").format(path.name))
        layers = len(session.scheme.layers)
        what = path.name
        if result.format == "boris":
            what = self.tr("the observation {0} of {1}").format(repr(name), path.name)
        said = self.tr("Imported {0}: {1} episodes in {2} layer(s). The choices the importer made:")
        summary = QLabel(said.format(what, len(session), layers), dlg)
        summary.setWordWrap(True)
        text = QPlainTextEdit(dlg)
        text.setReadOnly(True)
        lines = [f"• {line}" for line in result.report] or [
            "• " + self.tr("nothing needed a choice")
        ]
        not_imported = self.tr("not imported: {0}")
        lines += ["• " + not_imported.format(p) for p in result.problems]
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
            self.window, self.tr("Export as {0}").format(EXPORT_FORMATS[suffix]),
            str(_default_export_path(doc, suffix)), export_filter(suffix),
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
            prompts.error(
                w,
                self.tr("Not exported"),
                self.tr(
                    "{0} was not written: {1}\n\nYour session is unchanged; try another place."
                ).format(target.name, exc),
            )
            return None
        w.show_message(
            self.tr("Exported {0} ({1}, {2} episodes)").format(
                target.name, EXPORT_FORMATS[suffix], len(session)
            )
        )
        if warnings:
            self._show_warnings(target, warnings)
        return target

    def _show_warnings(self, target: Path, warnings: list[str]) -> None:
        if self.warnings_box is not None:
            self.warnings_box.close()
        said = self.tr("{0} was written. Please note:").format(target.name)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Exported, with remarks"),
                          f"{said}\n\n" + "\n".join(f"• {x}" for x in warnings),
                          QMessageBox.StandardButton.Close, self.window)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setModal(False)
        box.destroyed.connect(lambda *_: setattr(self, "warnings_box", None))
        self.warnings_box = box
        box.show()


def fix_advice() -> str:
    return translate(
        "InterchangeActions",
        "The current session was not changed. Fix the file in the tool that wrote it, or "
        "choose another.",
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
    text = translate(
        "InterchangeActions",
        "{0} holds {1} observations; the window opens one at a time.\n"
        "(attachcoder import FILE -o FOLDER imports them all.)\n\nImport which one?",
    ).format(path.name, len(names))
    if result.problems:
        not_importable = translate("InterchangeActions", "Not importable: {0}")
        text += "\n\n" + not_importable.format("; ".join(p.problem for p in result.problems))
    title = translate("InterchangeActions", "Choose an observation")
    name, ok = QInputDialog.getItem(parent, title, text, names, 0, False)
    return str(name) if ok and name in names else None


def install_interchange(window: WindowFace) -> InterchangeActions:
    """File → Import… and File → Export for other tools (ELAN, SDIS, CSV) for ``window``
    (laid out with the other entries by the composition root)."""
    return InterchangeActions(window)
