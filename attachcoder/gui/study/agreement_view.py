"""Agreement… in the dashboard: the pooled figures per layer, every complete pair, and the
drift chart — each coder's rolling mean κ by pair, one line per coder, the criterion drawn.
Every κ carries its 95% CI; *Copy methods text* puts the reliability paragraph of a methods
section on the clipboard (the words ``attachcoder study agreement DIR --methods`` prints).

Figures come from :mod:`attachcoder.analysis.study_agreement` (the program's one agreement
code) and the paragraph from :mod:`attachcoder.analysis.agreement.methods`; this dialog only
shows them.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from attachcoder.analysis.study_agreement import StudyAgreement
from attachcoder.core.study import Study

#: Okabe–Ito, one colour per coder (they repeat past eight coders)
LINE_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def _num(x: float | None) -> str:
    """κ as the locale writes numbers (0.712, 0,712)."""
    return "—" if x is None else QLocale().toString(float(x), "f", 3)


def _ci(low: float | None, high: float | None) -> str:
    if low is None or high is None:
        return ""
    # a translator whose numbers have a decimal comma writes "[{0}; {1}]"
    return translate("agreement", "[{0}, {1}]").format(_num(low), _num(high))


def _table(parent: QWidget, headers: list[str], rows: list[list[str]]) -> QTableWidget:
    t = QTableWidget(len(rows), len(headers), parent)
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def drift_chart(agreement: StudyAgreement) -> QChart:
    """Rolling mean κ against the coder's pair number; the criterion as a dashed red line."""
    chart = QChart()
    chart.setTitle(translate("agreement", "Observer drift: rolling mean κ of the last five pairs"))
    longest = max((len(d.series) for d in agreement.drift.values()), default=0)
    x_axis = QValueAxis()
    x_axis.setTitleText(translate("agreement", "reliability pair, by completion"))
    x_axis.setRange(1, max(longest, 2))
    x_axis.setLabelFormat("%d")
    x_axis.setTickCount(min(max(longest, 2), 11))
    y_axis = QValueAxis()
    y_axis.setTitleText("κ")
    low = min([agreement.criterion, *(v for d in agreement.drift.values() for v in d.rolling)])
    y_axis.setRange(min(0.0, low - 0.05), 1.0)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for i, (coder, d) in enumerate(agreement.drift.items()):
        if not d.rolling:
            continue
        s = QLineSeries()
        below = translate("agreement", "{0} (below criterion)")
        s.setName(below.format(coder) if d.flagged else coder)
        for k, v in enumerate(d.rolling, start=1):
            s.append(k, v)
        s.setPen(QPen(QColor(LINE_COLOURS[i % len(LINE_COLOURS)]), 2.5))
        s.setPointsVisible(True)
        chart.addSeries(s)
        s.attachAxis(x_axis)
        s.attachAxis(y_axis)
    crit = QLineSeries()
    crit.setName(
        translate("agreement", "criterion {0}").format(QLocale().toString(agreement.criterion))
    )
    crit.append(1, agreement.criterion)
    crit.append(max(longest, 2), agreement.criterion)
    pen = QPen(QColor("#C00000"), 1.5)
    pen.setStyle(Qt.PenStyle.DashLine)
    crit.setPen(pen)
    chart.addSeries(crit)
    crit.attachAxis(x_axis)
    crit.attachAxis(y_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _pair_ci(p: object) -> str:
    report = getattr(p, "report", None)
    la = None if report is None else report.headline_layer()
    return "" if la is None else _ci(la.time_units.stats.ci_low, la.time_units.stats.ci_high)


class AgreementDialog(QDialog):
    def __init__(
        self,
        agreement: StudyAgreement,
        problems: list[str],
        parent: QWidget | None = None,
        *,
        study: Study | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Study agreement"))
        self.agreement = agreement
        self.study = study
        layout = QVBoxLayout(self)
        n = len(agreement.pairs)
        st = agreement.settings
        align = st.align
        if st.align == "gseq":
            align = self.tr("{0}, onset tolerance {1}").format(st.align, st.onset_tolerance)
        head = QLabel(
            self.tr(
                "{0} double-coded video(s) with both codings complete. Unit {1}, tolerance "
                "{2} (symmetric), event alignment {3}, excluded rule {4}. "
                "95% CIs of the pooled and mean κ: bootstrap over videos (seed "
                "{5}); of a pair's κ: treating its units as independent."
            ).format(n, st.unit, st.tolerance, align, st.excluded, agreement.seed),
            self,
        )
        head.setWordWrap(True)
        self.settings_label = head
        layout.addWidget(head)
        self.tabs = QTabWidget(self)
        pooled = [
            [
                pl.layer,
                str(pl.pairs),
                str(pl.undefined_time_units),
                _num(pl.mean_kappa_time_units),
                _ci(pl.mean_ci.low, pl.mean_ci.high),
                _num(pl.mean_kappa_events),
                _ci(pl.mean_events_ci.low, pl.mean_events_ci.high),
                _num(pl.pooled_kappa_time_units),
                _ci(pl.pooled_ci.low, pl.pooled_ci.high),
            ]
            for pl in agreement.pooled
        ]
        self.pooled_table = _table(
            self,
            [self.tr("Layer"), self.tr("Pairs"), self.tr("κ undefined"),
             self.tr("Mean κ (time units)"), self.tr("95% CI"), self.tr("Mean κ (events)"),
             self.tr("95% CI"), self.tr("Pooled κ (time units)"), self.tr("95% CI")],
            pooled,
        )  # fmt: skip
        self.tabs.addTab(self.pooled_table, self.tr("Pooled"))
        pairs = [
            [
                p.dyad_id,
                p.session_date,
                p.coders[0],
                p.coders[1],
                p.completed_at,
                p.refused or _num(p.kappa),
                _pair_ci(p),
            ]
            for p in agreement.pairs
        ]
        self.pairs_table = _table(
            self,
            [self.tr("Dyad"), self.tr("Date"), self.tr("Primary"), self.tr("Reliability"),
             self.tr("Completed"), self.tr("κ (headline layer)"), self.tr("95% CI")],
            pairs,
        )  # fmt: skip
        self.tabs.addTab(self.pairs_table, self.tr("Pairs"))
        drift = QWidget(self)
        dl = QVBoxLayout(drift)
        self.chart_view = QChartView(drift_chart(agreement), drift)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(640, 360)
        dl.addWidget(self.chart_view, 1)
        lines = [d.describe() for d in agreement.drift.values()]
        self.drift_label = QLabel("\n".join(lines), drift)
        dl.addWidget(self.drift_label)
        self.tabs.addTab(drift, self.tr("Drift"))
        layout.addWidget(self.tabs, 1)
        if problems:
            p = QLabel("\n".join(problems[:8]), self)
            p.setWordWrap(True)
            p.setStyleSheet("color: #A33")
            layout.addWidget(p)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        self.copy_methods_button = box.addButton(
            self.tr("Copy methods text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_methods_button.setToolTip(
            self.tr(
                "Copy the reliability paragraph of a methods section, written from these "
                "figures (as `attachcoder study agreement DIR --methods` prints it; in English)"
            )
        )
        self.copy_methods_button.setEnabled(study is not None)
        self.copy_methods_button.clicked.connect(self.copy_methods)
        layout.addWidget(box)
        self.resize(900, 560)

    def methods_text(self) -> str:
        """The reliability paragraph of these figures ('' without the study)."""
        from attachcoder.analysis.agreement.methods import study_methods

        return "" if self.study is None else study_methods(self.study, self.agreement)

    def copy_methods(self) -> None:
        """Put the paragraph on the clipboard (plain text, ready to paste into a paper)."""
        text = self.methods_text()
        if text:
            QApplication.clipboard().setText(text)
            self.copy_methods_button.setText(self.tr("Copied ✓"))
