"""The study dashboard window: the videos of a study and where each coding stands.

The coder says who they are once (the window remembers it); a double-click opens *their own*
session of that video through the host's ``open_session`` — never another coder's
(blind double-coding: the other coding is seen only in Compare, once both are complete).
Progress bars count complete codings per coder and overall. A missing video is marked in
its row; a session file that names another dyad or coder says so in its status. A coding a
sync client copied is a *conflict*: opening it asks to compare the two copies and keep one.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.study import Study
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.study import conflict_dialog
from attachcoder.gui.study.status_model import FILTERS, StudyFilterProxy, StudyStatusModel, shown
from attachcoder.io.study.file import load_study
from attachcoder.io.study.next_step import next_for_coder, next_for_study
from attachcoder.io.study.status import StudyStatus, study_status, video_status

#: ``open_session(path, read_only)``: the host opens the coder's session file
OpenSession = Callable[[Path, bool], object]
#: ``compare(path_a, path_b)``: the host opens ``path_a`` and compares it with ``path_b``
CompareFiles = Callable[[Path, Path], object]
NOBODY = QT_TRANSLATE_NOOP("study", "(choose who you are)")


class StudyDashboard(QMainWindow):
    studyChanged = Signal()

    def __init__(
        self,
        folder: str | Path,
        *,
        open_session: OpenSession,
        coder: str = "",
        remember_coder: Callable[[str], object] = lambda _c: None,
        compare: CompareFiles = lambda _a, _b: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.folder = Path(folder).resolve()
        self.open_session = open_session
        self.compare = compare
        self._remembered = coder
        self._remember_coder = remember_coder
        self.study: Study = load_study(self.folder)
        self.status = StudyStatus()
        self.model = StudyStatusModel(self)
        self.proxy = StudyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.agreement_dialog: QWidget | None = None  # the last Agreement… shown
        self._build()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        body = QWidget(self)
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        self.title_label = QLabel(body)
        self.title_label.setStyleSheet("font-weight: bold; font-size: 14pt")
        top.addWidget(self.title_label, 1)
        top.addWidget(QLabel(self.tr("You are:"), body))
        self.coder_box = QComboBox(body)
        self.coder_box.setObjectName("coder")
        top.addWidget(self.coder_box)
        top.addWidget(QLabel(self.tr("Show:"), body))
        self.filter_box = QComboBox(body)
        self.filter_box.setObjectName("filter")
        for mode in FILTERS:
            self.filter_box.addItem(shown(mode), mode)
        top.addWidget(self.filter_box)
        layout.addLayout(top)
        self.next_label = QLabel(body)
        self.next_label.setObjectName("next-step")
        self.next_label.setWordWrap(True)
        layout.addWidget(self.next_label)
        self.progress_grid = QGridLayout()
        layout.addLayout(self.progress_grid)
        self.bars: dict[str, QProgressBar] = {}
        self.table = QTableView(body)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._on_double_clicked)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add videos…"), body)
        self.sample_button = QPushButton(self.tr("Draw reliability sample…"), body)
        self.agreement_button = QPushButton(self.tr("Agreement…"), body)
        self.export_button = QPushButton(self.tr("Export…"), body)
        self.refresh_button = QPushButton(self.tr("Refresh"), body)
        for b in (self.add_button, self.sample_button, self.agreement_button, self.export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.setCentralWidget(body)
        self.problems_label = QLabel(body)
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #A33")
        layout.addWidget(self.problems_label)
        self.resize(1000, 640)

        self.refresh_button.clicked.connect(self.reload)
        self.coder_box.currentTextChanged.connect(self._on_coder_chosen)
        self.filter_box.currentTextChanged.connect(lambda _t: self._apply_filter())

    # ------------------------------------------------------------------ state

    @property
    def coder(self) -> str:
        return "" if self.coder_box.currentIndex() <= 0 else self.coder_box.currentText()

    def reload(self) -> None:
        """Read the plan and every coding's status again (after the study or its files change)."""
        self.study = load_study(self.folder)
        self.status = study_status(self.study, self.folder)
        self.model.set_rows(self.status.videos)
        self.title_label.setText(
            self.tr("{0} — {1} video(s)").format(self.study.name, len(self.study.videos))
        )
        self.setWindowTitle(self.tr("{0} — study — attachcoder").format(self.study.name))
        self._fill_coders()
        self._update_progress()
        self._show_problems()
        self.studyChanged.emit()

    def refresh_video(self, dyad_id: str) -> None:
        """One video's row read again (its coder saved, or marked the coding complete)."""
        video = self.study.video(dyad_id)
        if video is None:
            return
        vs = video_status(self.folder, video)
        self.status.videos = [vs if v.video.dyad_id == dyad_id else v for v in self.status.videos]
        self.model.replace_row(vs)
        self._update_progress()
        self._apply_filter()

    def refresh_path(self, path: Path) -> None:
        """The session file at ``path`` changed: refresh its video's row, if it is ours."""
        try:
            rel = Path(path).resolve().relative_to(self.folder)
        except ValueError:
            return
        if len(rel.parts) == 3 and rel.parts[0] == "sessions":
            self.refresh_video(rel.parts[1])

    def _fill_coders(self) -> None:
        wanted = self.coder or self._remembered
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        self.coder_box.addItems([shown(NOBODY), *self.study.coders])
        i = self.coder_box.findText(wanted) if wanted else 0
        self.coder_box.setCurrentIndex(max(i, 0))
        self.coder_box.blockSignals(False)
        self._apply_filter()

    def _on_coder_chosen(self, _text: str) -> None:
        if self.coder and self.coder != self._remembered:
            self._remembered = self.coder
            self._remember_coder(self.coder)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(self.filter_box.currentData() or FILTERS[0], self.coder)
        self._show_next_step()

    def _show_next_step(self) -> None:
        mine = html.escape(next_for_coder(self.status, self.coder))
        who = html.escape(self.coder or self.tr("you"))
        study = html.escape(next_for_study(self.study, self.status))
        self.next_label.setText(
            self.tr("<b>Next for {0}:</b> {1}<br><b>Next for the study:</b> {2}").format(
                who, mine, study
            )
        )

    def _update_progress(self) -> None:
        while self.progress_grid.count():
            item = self.progress_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.bars = {}
        for row, (who, counts) in enumerate(self.status.totals().items()):
            label = QLabel(self.tr("Overall") if who == "overall" else who, self)
            bar = QProgressBar(self)
            bar.setObjectName(f"progress-{who}")
            bar.setRange(0, max(counts["assigned"], 1))
            bar.setValue(counts["complete"])
            bar.setFormat(
                self.tr("{0} of {1} complete").format(counts["complete"], counts["assigned"])
            )
            self.progress_grid.addWidget(label, row // 3, 2 * (row % 3))
            self.progress_grid.addWidget(bar, row // 3, 2 * (row % 3) + 1)
            self.bars[who] = bar

    def _show_problems(self) -> None:
        problems = self.status.problems
        text = "; ".join(problems[:5])
        if len(problems) > 5:
            text = self.tr("{0}; and {1} more").format(text, len(problems) - 5)
        self.problems_label.setText(text)
        self.problems_label.setVisible(bool(problems))

    # ------------------------------------------------------------------ opening

    def _on_double_clicked(self, index) -> None:  # type: ignore[no-untyped-def]
        vs = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if vs is not None:
            self.open_own(vs.video.dyad_id)

    def open_own(self, dyad_id: str) -> bool:
        """Open the signed-in coder's own session of the video; never another coder's."""
        row = self.model.row_of(dyad_id)
        if row < 0:
            return False
        vs = self.model.rows[row]
        if not self.coder:
            QMessageBox.information(
                self,
                self.tr("Who are you?"),
                self.tr("Choose who you are (You are: …) to open your codings."),
            )
            return False
        coding = vs.coding_of(self.coder)
        if coding is None:
            coders = vs.video.primary
            if vs.video.reliability:
                coders = self.tr("{0} and {1}").format(coders, vs.video.reliability)
            QMessageBox.information(
                self,
                self.tr("Not yours to code"),
                self.tr(
                    "Dyad {0} is coded by {1}. {2} has no coding of it; another coder's session "
                    "is never opened for you (blind double-coding)."
                ).format(dyad_id, coders, self.coder),
            )
            return False
        if coding.conflicts:
            kept = conflict_dialog.resolve(self, coding.conflicts[0], compare=self.compare)
            self.refresh_video(dyad_id)
            if kept is None:
                return False
            coding = self.model.rows[row].coding_of(self.coder) or coding
            if coding.conflicts:
                return False
        if not coding.path.exists():
            from attachcoder.io.study.operations import study_scheme, write_coder_session

            write_coder_session(
                self.folder, self.study, vs.video, self.coder, study_scheme(self.folder, self.study)
            )
        self.open_session(coding.path, coding.status == "complete")
        return True
