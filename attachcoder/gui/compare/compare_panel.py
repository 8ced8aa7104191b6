"""The compare side panel: the agreement figures per layer, their settings, the disagreements.

It only shows what :func:`attachcoder.analysis.agreement.compare_sessions` returned — it
computes nothing itself — so the window and ``attachcoder agreement`` can never disagree about
a κ. While a recomputation runs (off the GUI thread) it says "updating…" above the figures it
still shows. The words beside each κ are the Landis & Koch bands, shown as words and never coloured:
they describe the number, they are not a verdict (DOMAIN.md).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.compare.compare_list import DisagreementList
from attachcoder.gui.compare.compare_overlay import DISAGREE_COLOR, FORGIVEN_COLOR
from attachcoder.gui.compare.compare_rows import RowSource

if TYPE_CHECKING:
    from attachcoder.analysis.agreement import AgreementReport, KappaStats, LayerAgreement


class CompareSettings(NamedTuple):
    """The keyword arguments of ``compare_sessions`` (the command line's defaults)."""

    unit: str = "1s"
    tolerance: str = "0s"
    overlap: float = 0.6
    point_window: str = "1s"
    align: str = "overlap"
    onset_tolerance: str = "2s"
    excluded: str = "drop-both"


DEFAULTS = CompareSettings()
UPDATING_TEXT = QT_TRANSLATE_NOOP("ComparePanel", "updating…")
_SETTING_NAMES = {
    "--unit": QT_TRANSLATE_NOOP("ComparePanel", "Unit"),
    "--tolerance": QT_TRANSLATE_NOOP("ComparePanel", "Tolerance"),
    "--point-window": QT_TRANSLATE_NOOP("ComparePanel", "Point window"),
    "--overlap": QT_TRANSLATE_NOOP("ComparePanel", "Overlap"),
    "--onset-tolerance": QT_TRANSLATE_NOOP("ComparePanel", "Onset tolerance"),
    "--align": QT_TRANSLATE_NOOP("ComparePanel", "Alignment"),
    "--excluded": QT_TRANSLATE_NOOP("ComparePanel", "Excluded"),
}
#: The event alignments and the excluded rules as the panel's combo boxes offer them
#: (value, label, explanation; the label and explanation are shown translated).
ALIGN_CHOICES = (
    ("overlap", QT_TRANSLATE_NOOP("ComparePanel", "Overlap (Holle & Rein)"), QT_TRANSLATE_NOOP(
        "ComparePanel", "States link at the overlap share of the longer one, points within "
        "the point window; codes are ignored (EasyDIAg).")),
    ("gseq", QT_TRANSLATE_NOOP("ComparePanel", "GSEQ (Bakeman et al. 2009)"), QT_TRANSLATE_NOOP(
        "ComparePanel", "The two sequences of episodes aligned by dynamic programming; episodes "
        "pair only when their onsets are within the onset tolerance.")),
)  # fmt: skip
EXCLUDED_CHOICES = (
    ("drop-both", QT_TRANSLATE_NOOP("ComparePanel", "Drop when both"), QT_TRANSLATE_NOOP(
        "ComparePanel", "Leave out time both codings call uncodable: agreeing that nothing "
        "could be coded is not agreement on the interaction.")),
    ("drop-either", QT_TRANSLATE_NOOP("ComparePanel", "Drop when either"), QT_TRANSLATE_NOOP(
        "ComparePanel", "Leave out time either coding calls uncodable.")),
    ("category", QT_TRANSLATE_NOOP("ComparePanel", "As a code"), QT_TRANSLATE_NOOP(
        "ComparePanel", "Count uncodable like any other code.")),
)  # fmt: skip
translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def kappa_text(k: float | None) -> str:
    """κ as the panel shows it (three decimals, as the command line prints it; the decimal
    point the locale's)."""
    return "—" if k is None else QLocale().toString(float(k), "f", 3)


def band_text(band: str | None) -> str:
    """κ's band (Landis & Koch) in the window's language."""
    return translate("agreement", band) if band else ""


def _with_band(stats: KappaStats, band: str | None = None) -> str:
    return f"{kappa_text(stats.kappa)} {band_text(stats.band if band is None else band)}".rstrip()


def ci_text(stats: KappaStats) -> str:
    """``[0.712, 0.841]``: κ's 95% CI (treating units as independent); '' without one."""
    if stats.ci_low is None or stats.ci_high is None:
        return ""
    # a translator whose numbers have a decimal comma writes "[{0}; {1}]"
    return translate("ComparePanel", "[{0}, {1}]").format(
        kappa_text(stats.ci_low), kappa_text(stats.ci_high)
    )


def _percent(p: float | None) -> str:
    return "—" if p is None else QLocale().toString(float(p), "f", 1) + "%"


def readable_error(message: str) -> str:
    """The analysis names settings as command-line options; the panel names its own fields."""
    for option, label in _SETTING_NAMES.items():
        if message.startswith(option):
            return translate("ComparePanel", label) + message[len(option) :]
    return message[:1].upper() + message[1:]


class ComparePanel(QWidget):
    settingsChanged = Signal()
    stopRequested = Signal()
    seekRequested = Signal(int, str)  # ms, layer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.updating = QLabel(self.tr(UPDATING_TEXT), self)
        self.updating.setToolTip(
            self.tr(
                "The figures, the list and the timeline marks are being recomputed after an "
                "edit;\nuntil then they are those of the coding before it."
            )
        )
        self.updating.setStyleSheet("color: palette(mid); font-style: italic;")
        keep_place = self.updating.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the figures do not jump at every edit
        self.updating.setSizePolicy(keep_place)
        self.updating.hide()
        self.unit = self._line(DEFAULTS.unit, self.tr("Length of a time unit: 1s, 250ms, 1f …"))
        self.tolerance = self._line(
            DEFAULTS.tolerance,
            self.tr(
                "Differences this close to the same label in the other coding count as "
                "agreement\n(rounded to whole units; percent agreement never falls as it grows)."
            ),
        )
        self.point_window = self._line(
            DEFAULTS.point_window, self.tr("Points link when their onsets are this close.")
        )
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setRange(0.05, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setDecimals(2)
        self.overlap.setValue(DEFAULTS.overlap)
        self.overlap.setToolTip(
            self.tr("States link when they overlap by this share of the longer one.")
        )
        self.overlap.valueChanged.connect(lambda _v: self.settingsChanged.emit())
        self.align = self._combo(ALIGN_CHOICES, self.tr("How events are paired before event κ."))
        self.onset_tolerance = self._line(
            DEFAULTS.onset_tolerance,
            self.tr("GSEQ alignment: episodes pair when their onsets are this close."),
        )
        self.excluded = self._combo(
            EXCLUDED_CHOICES, self.tr("How codes with role 'excluded' count.")
        )
        self.align.currentIndexChanged.connect(self._enable_alignment_fields)
        self._enable_alignment_fields()
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        fields = (
            (self.tr("Unit"), self.unit),
            (self.tr("Tolerance"), self.tolerance),
            (self.tr("Events"), self.align),
            (self.tr("Uncodable"), self.excluded),
            (self.tr("Overlap"), self.overlap),
            (self.tr("Point window"), self.point_window),
            (self.tr("Onset tol."), self.onset_tolerance),
        )
        for i, (label, w) in enumerate(fields):
            grid.addWidget(QLabel(label, self), i // 2, (i % 2) * 2)
            grid.addWidget(w, i // 2, (i % 2) * 2 + 1)

        self.figures = QTreeWidget(self)
        self.figures.setColumnCount(3)
        self.figures.setHeaderLabels(["", self.tr("Time units"), self.tr("Events")])
        self.figures.setRootIsDecorated(True)
        self.figures.setUniformRowHeights(True)
        self.figures.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes = QPlainTextEdit(self)  # a label would be squeezed; this scrolls instead
        self.notes.setReadOnly(True)
        self.notes.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.viewport().setAutoFillBackground(False)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B00020;")
        self.error.hide()
        self.legend = QLabel(self)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.legend.setText(
            self.tr(
                "Timeline: <span style='color:{0}'>■■</span> disagreement &nbsp; "
                "<span style='color:{1}'>▬▬</span> forgiven by the tolerance &nbsp; ▨ layer not "
                "compared"
            ).format(DISAGREE_COLOR.name(), FORGIVEN_COLOR.name())
        )
        self.list = DisagreementList(self)
        self.list.seekRequested.connect(self.seekRequested)
        self.stop_button = QPushButton(self.tr("Stop comparing"), self)
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must never click it
        self.stop_button.clicked.connect(self.stopRequested)

        top = QWidget(self)
        t = QVBoxLayout(top)
        t.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.header, 1)
        head.addWidget(self.updating, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignTop)
        t.addLayout(head)
        t.addLayout(grid)
        t.addWidget(self.error)
        t.addWidget(self.figures, 1)
        t.addWidget(self.notes)
        t.addWidget(self.legend)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(self.list)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)

    def _line(self, text: str, tip: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setToolTip(tip)
        edit.setMaximumWidth(80)
        edit.editingFinished.connect(self._on_edited)
        edit.setProperty("last", text)
        return edit

    def _combo(self, choices: tuple[tuple[str, str, str], ...], tip: str) -> QComboBox:
        box = QComboBox(self)
        for i, (value, label, explanation) in enumerate(choices):
            box.addItem(self.tr(label), value)
            box.setItemData(i, self.tr(explanation), Qt.ItemDataRole.ToolTipRole)
        box.setToolTip(tip)
        box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # coding keys never land in it
        box.currentIndexChanged.connect(lambda _i: self.settingsChanged.emit())
        return box

    def _enable_alignment_fields(self) -> None:
        """Only the chosen alignment's parameters can be edited."""
        gseq = self.align.currentData() == "gseq"
        self.overlap.setEnabled(not gseq)
        self.point_window.setEnabled(not gseq)
        self.onset_tolerance.setEnabled(gseq)

    def _on_edited(self) -> None:
        edit = self.sender()
        if isinstance(edit, QLineEdit) and edit.text() != edit.property("last"):
            edit.setProperty("last", edit.text())
            self.settingsChanged.emit()

    # ------------------------------------------------------------------ contents

    def settings(self) -> CompareSettings:
        """The settings as typed (an empty field means its default)."""
        return CompareSettings(
            unit=self.unit.text().strip() or DEFAULTS.unit,
            tolerance=self.tolerance.text().strip() or DEFAULTS.tolerance,
            overlap=round(self.overlap.value(), 4),
            point_window=self.point_window.text().strip() or DEFAULTS.point_window,
            align=str(self.align.currentData() or DEFAULTS.align),
            onset_tolerance=self.onset_tolerance.text().strip() or DEFAULTS.onset_tolerance,
            excluded=str(self.excluded.currentData() or DEFAULTS.excluded),
        )

    def set_codings(self, this: str, other: str) -> None:
        self.header.setText(
            self.tr("<b>Comparing</b> this coding ({0})<br>with {1}").format(this, other)
        )

    def show_updating(self, busy: bool) -> None:
        """Say whether the figures shown are being recomputed."""
        self.updating.setVisible(busy)

    def clear(self) -> None:
        """No figures yet (a new comparison, before its first result)."""
        self.error.hide()
        self.figures.clear()
        self.notes.clear()
        self.list.set_rows(RowSource.empty_source(), [])

    def show_error(self, message: str) -> None:
        """A setting the analysis refused: say which and why; the old figures go."""
        self.error.setText(readable_error(message))
        self.error.show()
        self.figures.clear()
        self.notes.clear()
        self.list.set_rows(RowSource.empty_source(), [])

    def show_report(self, report: AgreementReport, rows: RowSource) -> None:
        from attachcoder.analysis.agreement.kappa import INDEPENDENCE_NOTE

        self.error.hide()
        # refilled after every edit: keep what the user folded and where they scrolled to
        folded = set()
        for i in range(self.figures.topLevelItemCount()):
            it = self.figures.topLevelItem(i)
            if it is not None and not it.isExpanded():
                folded.add(it.text(0))
        scroll = self.figures.verticalScrollBar().value()
        self.figures.setUpdatesEnabled(False)
        self.figures.clear()
        for la in report.layers:
            self._add_layer(la)
        if report.ratings:
            top = QTreeWidgetItem(
                self.figures, [self.tr("Ratings"), self.tr("this"), self.tr("other")]
            )
            for r in report.ratings:
                QTreeWidgetItem(top, [r.item, _number(r.a), _number(r.b)])
        for i in range(self.figures.topLevelItemCount()):
            it = self.figures.topLevelItem(i)
            if it is not None:
                it.setExpanded(it.text(0) not in folded)
        for column in range(3):
            self.figures.resizeColumnToContents(column)
        self.figures.setUpdatesEnabled(True)
        self.figures.verticalScrollBar().setValue(scroll)
        units = (
            self.tr(
                "Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its "
                "midpoint; tolerance {3} = {4} unit(s) (symmetric)."
            )
            if report.tolerance_units
            else self.tr(
                "Time units of {0} ms ({1}) over 0–{2} s, each labelled by the code at its "
                "midpoint; tolerance {3} = {4} unit(s)."
            )
        )
        notes = [
            units.format(
                f"{report.unit_ms:g}",
                report.unit,
                f"{report.span_ms / 1000:g}",
                report.tolerance,
                report.tolerance_units,
            ),
            report.alignment_text()[:1].upper() + report.alignment_text()[1:] + ".",
            report.excluded_text()[:1].upper() + report.excluded_text()[1:] + ".",
            translate("agreement", INDEPENDENCE_NOTE),
        ]
        if report.tolerance_units:
            notes.append(
                self.tr("With a tolerance κ may move either way; percent agreement never falls.")
            )
        notes += [f"{la.layer}: {la.events.note}." for la in report.layers if la.events.note]
        notes += [w[:1].upper() + w[1:] + "." for w in report.warnings]
        not_compared = self.tr("Not compared: {0}.")
        notes += [not_compared.format(w) for w in report.left_out_layers]
        set_aside = self.tr("{0}: codes only one scheme has are set aside ({1}).")
        for la in report.layers:
            if la.left_out_a or la.left_out_b:
                only = ", ".join((*la.left_out_a, *la.left_out_b))
                notes.append(set_aside.format(la.layer, only))
        notes.append(
            self.tr("Bands after Landis & Koch (1977) describe κ; they are not a verdict.")
        )
        self.notes.setPlainText("\n".join(notes))
        layers = [la.layer for la in report.layers]
        codes = {c for la in report.layers for c in la.codes}
        self.list.set_rows(rows, layers)
        self.list.fit_columns(layers, sorted(codes))

    def _add_layer(self, la: LayerAgreement) -> None:
        tu, ev = la.time_units, la.events
        item = QTreeWidgetItem(self.figures, [la.layer, f"κ {_with_band(tu.stats)}",
                                              f"κ {_with_band(ev.stats, ev.band)}"])  # fmt: skip
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        tip = (
            self.tr("state layer; compared codes: {0}")
            if la.kind == "state"
            else self.tr("point layer; compared codes: {0}")
        )
        item.setToolTip(0, tip.format(", ".join(la.codes)))
        onset = ev.mean_abs_onset_diff_ms
        se = [kappa_text(s.se) for s in (tu.stats, ev.stats)]
        onset_s = "—" if onset is None else QLocale().toString(onset / 1000, "f", 2) + " s"
        rows = [
            (self.tr("95% CI"), ci_text(tu.stats), ci_text(ev.stats)),
            ("SE", se[0], se[1]),
            (self.tr("agreement"), _percent(tu.stats.percent_agreement),
             _percent(ev.stats.percent_agreement)),
            ("κ_max", "", kappa_text(ev.stats.kappa_max)),
            (self.tr("linked"), "",
             self.tr("{0} ({1} pairs)").format(_percent(ev.percent_linked), ev.linked)),
            (self.tr("mean |onset Δ|"), "", onset_s),
            (self.tr("tallies"), self.tr("{0} units").format(tu.n_units),
             self.tr("this {0}, other {1}").format(ev.n_a, ev.n_b)),
        ]  # fmt: skip
        events = {c.code: c for c in ev.per_code}
        for c in tu.per_code:
            e = events.get(c.code)
            by_events = "" if e is None else f"{kappa_text(e.kappa)} {band_text(e.band)}".rstrip()
            by_units = f"{kappa_text(c.kappa)} {band_text(c.band)}".rstrip()
            rows.append((f"κ {c.code}", by_units, by_events))
        for label, a, b in rows:
            QTreeWidgetItem(item, [label, a, b])

    def layer_item(self, layer: str) -> QTreeWidgetItem | None:
        """The figures' row of ``layer`` (for tests and for keeping the view's place)."""
        for i in range(self.figures.topLevelItemCount()):
            it = self.figures.topLevelItem(i)
            if it is not None and it.text(0) == layer:
                return it
        return None


def _number(x: float | None) -> str:
    return "—" if x is None else f"{x:g}"
