"""What the dashboard's buttons do: add videos, draw the reliability sample, agreement, export.

Each question to the user is one small function (``choose_videos``, ``choose_export_path``…)
so a test answers it by replacing that function, as ``prompts.py`` does for the window. Work
that takes a while (probing and hashing videos, an export) shows a progress dialog that can
be cancelled between two files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from attachcoder.core.reliability_sample import describe_picks
from attachcoder.gui.dialogs.prompts import video_filter
from attachcoder.io.atomic import WriteError
from attachcoder.io.installed.translations import current_language
from attachcoder.io.session.file import SessionFileError
from attachcoder.io.study.operations import videos_in

if TYPE_CHECKING:
    from attachcoder.gui.study.dashboard import StudyDashboard

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def connect_buttons(board: StudyDashboard) -> None:
    """The dashboard's buttons to what they do (the dashboard itself knows none of this)."""
    board.add_button.clicked.connect(lambda: add_videos(board))
    board.sample_button.clicked.connect(lambda: draw_sample(board))
    board.agreement_button.clicked.connect(lambda: show_agreement(board))
    board.export_button.clicked.connect(lambda: export(board))


def choose_videos(parent: QWidget, start: Path) -> list[Path]:
    """Video files, or every video in a folder when the user picks a folder instead."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("study", "Add videos"),
        translate("study", "Add video files, or a folder?"),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    files = box.addButton(translate("study", "Files…"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(translate("study", "A folder…"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    if box.clickedButton() is files:
        names, _ = QFileDialog.getOpenFileNames(
            parent, translate("study", "Add videos"), str(start), video_filter()
        )
        return [Path(n) for n in names]
    if box.clickedButton() is folder:
        d = QFileDialog.getExistingDirectory(
            parent, translate("study", "Add every video in a folder"), str(start)
        )
        return videos_in(Path(d)) if d else []
    return []


def choose_export_path(parent: QWidget, start: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("study", "Export the study"),
        str(start),
        translate("study", "Excel workbooks (*.xlsx)"),
    )
    if not name:
        return None
    p = Path(name)
    return p if p.suffix.lower() == ".xlsx" else p.with_suffix(".xlsx")


def confirm(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def _progress(parent: QWidget, text: str, n: int) -> QProgressDialog:
    dlg = QProgressDialog(text, translate("study", "Cancel"), 0, max(n, 1), parent)
    dlg.setWindowModality(Qt.WindowModality.WindowModal)
    dlg.setMinimumDuration(0)
    dlg.setValue(0)
    return dlg


def add_videos(board: StudyDashboard, videos: list[Path] | None = None) -> int:
    """Probe, hash and add the chosen videos; the number added."""
    from attachcoder.gui.player.headless_probe import probe_video
    from attachcoder.io.study.operations import add_videos as add

    chosen = videos if videos is not None else choose_videos(board, board.folder.parent)
    if not chosen:
        return 0
    dlg = _progress(board, translate("study", "Adding videos…"), len(chosen))

    def progress(i: int, n: int, name: str) -> None:
        dlg.setValue(i)
        dlg.setLabelText(
            translate("study", "Reading {0} ({1} of {2})…").format(name, i + 1, n)
            if name
            else translate("study", "Saving the study…")
        )
        QApplication.processEvents()

    try:
        report = add(
            board.folder,
            chosen,
            probe=probe_video,
            progress=progress,
            should_cancel=dlg.wasCanceled,
        )
    except (SessionFileError, WriteError, ValueError) as exc:
        dlg.close()
        inform(board, translate("study", "The videos were not added"), str(exc))
        return 0
    dlg.close()
    board.reload()
    lines = [translate("study", "{0} video(s) added.").format(len(report.added))]
    lines += report.skipped + report.problems
    inform(board, translate("study", "Add videos"), "\n".join(lines))
    return len(report.added)


def draw_sample(board: StudyDashboard) -> dict[str, str]:
    from attachcoder.io.study.operations import draw_reliability

    plan = board.study.reliability
    new = sum(1 for v in board.study.videos if not v.considered)
    if not new:
        inform(
            board,
            translate("study", "Reliability sample"),
            translate("study", "Every video has been considered by a draw already."),
        )
        return {}
    if not confirm(
        board,
        translate("study", "Draw the reliability sample"),
        translate(
            "study",
            "Draw among the {0} video(s) not yet considered, with seed {1}, so that at "
            "least {2} of all videos are double-coded?\n\nEarlier picks never change.",
        ).format(new, plan.seed, f"{plan.fraction:.0%}"),
    ):
        return {}
    try:
        _, picks = draw_reliability(board.folder)
    except (SessionFileError, WriteError, ValueError) as exc:
        inform(board, translate("study", "The sample was not drawn"), str(exc))
        return {}
    board.reload()
    inform(
        board,
        translate("study", "Reliability sample"),
        describe_picks(picks, board.study.videos, board.study.coders),
    )
    return picks


def show_agreement(board: StudyDashboard) -> None:
    from attachcoder.gui.study.agreement_view import AgreementDialog
    from attachcoder.io.study.pairs import agreement_of_study

    agreement, problems = agreement_of_study(board.study, board.folder, board.status)
    dlg = AgreementDialog(agreement, problems, board, study=board.study)
    board.agreement_dialog = dlg
    dlg.show()


def export(board: StudyDashboard, out: Path | None = None) -> Path | None:
    from attachcoder.io.study.export import export_study

    target = out or choose_export_path(board, board.folder / f"{board.folder.name}.xlsx")
    if target is None:
        return None
    dlg = _progress(
        board,
        translate("study", "Exporting the complete primary codings…"),
        len(board.study.videos),
    )

    def progress(i: int, n: int, name: str) -> None:
        dlg.setMaximum(max(n, 1))
        dlg.setValue(i)
        QApplication.processEvents()

    try:
        report = export_study(
            board.study,
            board.folder,
            target,
            progress=progress,
            should_cancel=dlg.wasCanceled,
            lang=current_language(),  # the window's
        )
    except WriteError as exc:
        dlg.close()
        inform(board, translate("study", "The study was not exported"), str(exc))
        return None
    dlg.close()
    if report.batch.output is None:
        inform(
            board,
            translate("study", "Nothing exported"),
            translate("study", "No primary coding is complete yet."),
        )
        return None
    inform(
        board,
        translate("study", "Export"),
        translate(
            "study",
            "{0} complete primary coding(s) and {1} reliability pair(s) written to {2}.",
        ).format(report.primaries, report.pairs, target.name),
    )
    return target
