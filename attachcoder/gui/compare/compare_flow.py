"""File → Compare with…: a second coding of the open session, beside it and on the timeline.

The open session is the first coding (the rows of every table); the chosen file is the second,
loaded read-only. A file of a different video (its content hash differs) is refused with the
reason before anything is shown. While comparing, every committed edit of the open session
asks for the figures, the disagreement list and the timeline marks to be recomputed from
scratch (a fresh result can never drift from what ``attachcoder agreement`` would print).

The recomputation runs off the GUI thread (:class:`.latest_only.LatestOnly`, fed a snapshot of
the session taken when it starts: :mod:`.compare_job`), so keys and video never wait for it —
at 100,000 episodes it takes about a second. The panel says "updating…" meanwhile; edits made
during a run are folded into one more run, and a result that later edits have overtaken is
dropped. Opening another session ends the comparison: it was about the previous one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMainWindow, QWidget

from attachcoder.core.scheme_align import aligned_session
from attachcoder.core.session import Session
from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import enable_for_document, owner_actions, qaction
from attachcoder.gui.compare import compare_job
from attachcoder.gui.compare.compare_job import CodingSnapshot, Prepared
from attachcoder.gui.compare.compare_overlay import ComparisonOverlay
from attachcoder.gui.compare.compare_panel import ComparePanel
from attachcoder.gui.compare.latest_only import Job, LatestOnly
from attachcoder.gui.dialogs import prompts
from attachcoder.gui.editing.document import Document
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.io.session.file import SessionFileError, load

if TYPE_CHECKING:
    from attachcoder.analysis.agreement import AgreementReport
    from attachcoder.gui.editing.window_slices import DocumentSource, ShowMessage
    from attachcoder.gui.player.player import Player

log = logging.getLogger(__name__)

PANEL_WIDTH = 430


class CompareDock(QDockWidget):
    """The side panel's dock; closing it ends the comparison."""

    closed = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class CompareController(QObject):
    """The comparison of the window's open session with another coding of it."""

    updated = Signal()
    """A fresh result is shown (figures, list and marks agree with the session as it is)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        documents: DocumentSource,
        player: Player,
        timeline: QtTimeline,
        select_episode: Callable[[str], None],
        show_message: ShowMessage,
    ) -> None:
        """``window`` holds the Agreement dock and parents the dialogs."""
        super().__init__(window)
        self.window = window
        self._documents = documents
        self._player = player
        self._timeline = timeline
        self._select_episode = select_episode
        self._show_message = show_message
        self.other: Session | None = None
        self.other_path: Path | None = None
        self.report: AgreementReport | None = None
        self._prepared: Prepared | None = None
        self.overlay: ComparisonOverlay | None = None
        self._doc: Document | None = None
        self.panel = ComparePanel()
        self.dock = CompareDock(self.tr("Agreement"), window)
        self.dock.setObjectName("compare_dock")
        self.dock.setWidget(self.panel)
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._worker = LatestOnly(self._make_job, self)
        self._worker.resultReady.connect(self._on_result)
        self._worker.busyChanged.connect(self.panel.show_updating)
        self.panel.settingsChanged.connect(self.recompute)
        self.panel.stopRequested.connect(self.stop)
        self.panel.seekRequested.connect(self.seek)
        self.panel.list.sourceChanged.connect(lambda _kind: self._show_report())
        self.dock.closed.connect(self.stop)
        documents.documentChanged.connect(self._on_document_changed)

        self.entries = owner_actions("compare", window, self)  # File → Compare with…, Stop
        self.compare_action = qaction(self.entries[Action.COMPARE])
        self.stop_action = qaction(self.entries[Action.STOP_COMPARING])
        self._update_actions()

    @property
    def active(self) -> bool:
        return self.other is not None

    @property
    def up_to_date(self) -> bool:
        """The panel shows the figures of the session as it is now (nothing is pending)."""
        return self.active and not self._worker.busy

    # ------------------------------------------------------------------ starting

    def choose_and_compare(self) -> bool:
        doc = self._documents.document
        if doc is None:
            self._show_message(
                self.tr("Open a session first, then compare it with another coding.")
            )
            return False
        start = self.other_path or doc.path
        path = choose_other_coding(self.window, start)
        return self.compare_with(path) if path is not None else False

    def compare_with(self, path: str | Path) -> bool:
        """Compare the open session with the coding in ``path``; False (and a message) when
        the file cannot be read or codes a different video."""
        doc = self._documents.document
        if doc is None:
            return False
        path = Path(path).resolve()
        try:
            other = load(path)
        except SessionFileError as exc:
            said = self.tr("{0}\n\nNothing was compared.").format(exc)
            prompts.error(self.window, self.tr("Cannot compare"), said)
            return False
        from attachcoder.analysis.agreement.compare import media_problems

        refusal, _warnings = media_problems(doc.session, other)
        if refusal:
            prompts.error(
                self.window,
                self.tr("Not the same video"),
                self.tr(
                    "{0} cannot be compared with {1}: {2}.\n\nChoose a coding of the same video."
                ).format(path.name, doc.display_name(), refusal),
            )
            return False
        from attachcoder.io.study.file import blind_refusal

        blind = blind_refusal(doc.path, doc.session, path, other)
        if blind:
            prompts.error(self.window, self.tr("Not yet"), blind)
            return False
        # coded in another language: shown (and compared) in this coding's words
        other = aligned_session(other, doc.session.scheme)
        self._end(quiet=True)
        self.other, self.other_path = other, path
        self._doc = doc
        doc.signals.committed.connect(self._on_committed)
        label = other.metadata.coder_id.strip() or path.stem
        self.overlay = ComparisonOverlay(other, label)
        this = doc.session.metadata.coder_id.strip() or doc.display_name()
        self.panel.set_codings(this, f"{path.name} ({other.metadata.session_key()})")
        self.panel.clear()
        if self.dock.isHidden():
            self.dock.show()
            self.window.resizeDocks([self.dock], [PANEL_WIDTH], Qt.Orientation.Horizontal)
        self._attach_overlay()  # the other coding's bars now; the marks with the figures
        self.recompute()
        self._update_actions()
        log.info("comparing %s with %s", doc.display_name(), path)
        return True

    # ------------------------------------------------------------------ updating

    def _on_committed(self, _change: object) -> None:
        self.recompute()

    def recompute(self) -> None:
        """Compare again with the panel's settings (off the GUI thread); the figures, list and
        marks follow when it is done, unless a later edit has asked again by then."""
        if self.active:
            self._worker.request()

    def _make_job(self) -> Job | None:
        """Called on the GUI thread as a run starts: snapshot the session and the settings."""
        doc, other = self._documents.document, self.other
        if doc is None or other is None:
            return None
        snapshot = CodingSnapshot.of(doc.session)
        settings = self.panel.settings()
        return lambda: compare_job.prepare(snapshot, other, settings)

    def _on_result(self, result: object) -> None:
        overlay = self.overlay
        if overlay is None:
            return
        if not isinstance(result, Prepared):  # a bug, not a setting: say so, keep the window
            self.report, self._prepared = None, None
            self.panel.show_error(
                self.tr("The comparison could not be computed: {0}").format(result)
            )
            overlay.set_marks({}, compared=[])
        elif result.report is None:
            self.report, self._prepared = None, None
            self.panel.show_error(result.error or "")
            overlay.set_marks({}, compared=[])
        else:
            self.report, self._prepared = result.report, result
            overlay.set_marks(result.marks, compared=[la.layer for la in result.report.layers])
            self._show_report()
        self._attach_overlay()
        self.updated.emit()

    def _show_report(self) -> None:
        prepared = self._prepared
        if prepared is None or prepared.report is None:
            return
        self.panel.show_report(prepared.report, prepared.rows[self.panel.list.kind])

    def timeline(self) -> QtTimeline | None:
        """The window's timeline (the overlay is drawn on it)."""
        return self._timeline

    def _attach_overlay(self) -> None:
        tl = self.timeline()
        if tl is None:
            return
        if tl.comparison is not self.overlay:
            tl.set_comparison(self.overlay)
        else:
            tl.canvas.update()

    def seek(self, ms: int, layer: str) -> None:
        """Show a disagreement: the video goes there, and the table selects this coding's
        episode of that layer at that moment (to fix it, if it is the one that is wrong)."""
        doc = self._documents.document
        if doc is not None:
            # the label compared is the one at the middle of the stretch's first unit
            half = self.report.unit_ms / 2 if self.report is not None else 0
            ep = doc.session.active_in(layer, round(ms + half))
            if ep is None:  # a point layer, or uncoded here: the first episode in the stretch
                found = doc.session.episodes_between(layer, ms, round(ms + 2 * half) + 1)
                ep = found[0] if found else None
            if ep is not None:
                self._select_episode(ep.id)
        if self._player.has_video:
            self._player.seek(ms)
        else:
            tl = self.timeline()
            if tl is not None:
                tl.set_playhead(ms)

    # ------------------------------------------------------------------ ending

    def stop(self) -> None:
        if self.active:
            self._show_message(self.tr("Stopped comparing."))
        self._end(quiet=False)

    def _end(self, *, quiet: bool) -> None:
        self._worker.cancel()
        if self._doc is not None:
            try:
                self._doc.signals.committed.disconnect(self._on_committed)
            except (RuntimeError, TypeError):  # the document is already gone
                pass
        self._doc = None
        tl = self.timeline()
        if tl is not None and tl.comparison is self.overlay and self.overlay is not None:
            tl.set_comparison(None)
        self.other = self.other_path = self.report = self.overlay = self._prepared = None
        if not quiet:
            self.dock.hide()
        self._update_actions()

    def _on_document_changed(self, _doc: object) -> None:
        if self.active:
            self._end(quiet=False)
        self._update_actions()

    def _update_actions(self) -> None:
        enable_for_document(self.entries, self._documents.document is not None)
        self.stop_action.setEnabled(self.active)
        self.dock.toggleViewAction().setEnabled(self.active)  # an empty panel says nothing


def choose_other_coding(parent: QWidget, start: Path | None) -> Path | None:
    folder = str(start.parent) if start is not None else ""
    title = QCoreApplication.translate(
        "CompareController", "Compare with another coding of this session"
    )
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, prompts.session_filter())
    return Path(path) if path else None
