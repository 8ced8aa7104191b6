"""The sound track's row in the timeline, under the layers: waveform or spectrogram.

A child of the timeline's canvas laid just under the last layer's row, so it zooms and scrolls
with the canvas without being told: every paint reads the timeline's geometry, and the picture
of the visible stretch is kept in a pixmap keyed by that geometry (start, zoom, size, view,
track). It is redrawn only when one of them changes; the playhead's moves repaint a strip of
the canvas, which Qt passes on to this row as the same strip: a copy from the pixmap and one
red line. While the sound is read the row says how far ("Reading the sound track… 40 %"); it
is there from the moment a video is loaded, so the layout does not move when the read ends,
and a video found to have no sound loses it.

A click or drag seeks like the ruler (through the timeline's ``seekRequested``); the wheel
goes on to the canvas (scroll, Ctrl: zoom); right-click, or a click on its name, offers the
waveform or the spectrogram and, with two cameras, whose sound is shown.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QContextMenuEvent,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QWidget

from attachcoder.gui.timeline.sound_paint import (
    Stretch,
    color_table,
    paint_spectrogram,
    paint_waveform,
)
from attachcoder.gui.timeline.sound_reader import SoundReader, SoundResult, SoundSource
from attachcoder.gui.timeline.timeline_paint import LABEL_W, PLAYHEAD_COLOR
from attachcoder.io.media.sound_envelope import SoundTrack

SOUND_H = 64
"""Height of the sound row in pixels."""
WAVEFORM = "waveform"
SPECTROGRAM = "spectrogram"
VIEWS = (WAVEFORM, SPECTROGRAM)


class SoundRowHost(Protocol):
    """What the row reads of the timeline it sits in (:class:`QtTimeline` is one)."""

    @property
    def canvas(self) -> QWidget: ...
    @property
    def seekRequested(self) -> SignalInstance: ...
    @property
    def start_ms(self) -> float: ...
    @property
    def ms_per_px(self) -> float: ...
    @property
    def playhead_ms(self) -> int: ...
    def x_for_ms(self, ms: float) -> int: ...
    def ms_for_x(self, x: float) -> int: ...
    def rows_bottom(self) -> int: ...


class SoundRow(QWidget):
    """The sound track of the session's video, drawn in step with the timeline."""

    viewChosen = Signal(str)
    """The user picked ``"waveform"`` or ``"spectrogram"`` (to remember it)."""
    cameraChosen = Signal(int)
    """The user asked for this camera's sound (0: the first)."""
    trackChanged = Signal()
    """A read ended: :attr:`track` is the sound now shown, or None (no sound, no row)."""

    def __init__(self, host: SoundRowHost) -> None:
        super().__init__(host.canvas)
        self._host = host
        self._view = WAVEFORM
        self._sources: list[SoundSource] = []
        self._job = 0
        self._progress: float | None = None  # reading: the fraction read so far
        self._busy = False
        self._result = SoundResult(None, None)
        self._colors: list[int] = []
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[object, ...] | None = None
        self._scrubbing = False
        self.menu: QMenu | None = None
        self.rebuilds = 0
        """How many times the row's picture was drawn anew (tests, benchmarks)."""
        self.reader = SoundReader(self)
        self.reader.progress.connect(self._on_progress)
        self.reader.done.connect(self._on_done)
        # not WA_OpaquePaintEvent: then Qt would not pass the canvas's repaints (the playhead's
        # strip) on to this row, and the playhead would leave a trail here
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setToolTip(
            self.tr(
                "The video's sound. Click or drag to move the video; right-click (or click "
                "Sound ▾) for the spectrogram."
            )
        )
        self.setMouseTracking(False)
        host.canvas.installEventFilter(self)
        reader = self.reader  # a plain reference: the reader's Qt side goes with the row's
        self.destroyed.connect(lambda *_: reader.abandon())
        self.hide()

    # ------------------------------------------------------------------ state

    @property
    def view(self) -> str:
        return self._view

    @property
    def track(self) -> SoundTrack | None:
        """The sound shown (None while reading, or when there is none)."""
        return self._result.track

    @property
    def source(self) -> SoundSource | None:
        """Where the sound shown comes from."""
        return self._result.source

    @property
    def reading(self) -> float | None:
        """The fraction read while the sound is being read, else None."""
        return self._progress

    @property
    def busy(self) -> bool:
        """True from :meth:`load` until the read ends (:attr:`trackChanged`)."""
        return self._busy

    @property
    def sources(self) -> list[SoundSource]:
        return list(self._sources)

    def set_view(self, view: str) -> None:
        """Show the waveform or the spectrogram (anything else: the waveform)."""
        view = view if view in VIEWS else WAVEFORM
        if view != self._view:
            self._view = view
            self.update()

    def load(self, sources: list[SoundSource]) -> None:
        """Show the sound of the first of ``sources`` that has any (read in the background);
        nothing new happens when they are the ones already shown or being read."""
        if sources == self._sources:
            return
        self._sources = list(sources)
        self._result = SoundResult(None, None)
        self._progress = None
        self._pixmap = None
        self._pixmap_key = None
        self._busy = bool(sources)
        if sources:
            self._job = self.reader.read(sources)
            self._progress = 0.0
        else:
            self.reader.cancel()
            self._job = 0
        # shown from the start (nearly every camera records sound): the window's layout is
        # settled before the first frame, and nothing moves when the read ends a moment later
        # — a control aimed at must not jump away. A video without sound loses the row then.
        self._show(bool(sources))
        self.update()

    def clear(self) -> None:
        """No sound (the session was closed)."""
        self.load([])

    # ------------------------------------------------------------------ reading

    def _on_progress(self, job: int, fraction: float) -> None:
        if job != self._job:
            return
        self._progress = fraction
        self._show(True)
        self.update()

    def _on_done(self, job: int, result: SoundResult) -> None:
        if job != self._job:
            return
        self._progress = None
        self._busy = False
        self._result = result
        self._colors = color_table(result.track) if result.track is not None else []
        self._pixmap_key = None
        self._show(result.track is not None)
        self.update()
        self.trackChanged.emit()

    # ------------------------------------------------------------------ place

    def _show(self, shown: bool) -> None:
        if shown != self.isVisible():
            self.setVisible(shown)
        self.place()

    def place(self) -> None:
        """Lay the row under the last layer, across the canvas, and make room for it."""
        canvas = self._host.canvas
        top = self._host.rows_bottom()
        self.setGeometry(0, top, canvas.width(), SOUND_H)
        extra = SOUND_H if self.isVisible() else 0
        canvas.setMinimumHeight(top + extra + 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._host.canvas and event.type() == QEvent.Type.Resize:
            self.place()
        return False

    # ------------------------------------------------------------------ painting

    def _stretch(self) -> Stretch:
        h = self._host
        off = self.source.offset_ms if self.source is not None else 0
        return Stretch(LABEL_W, self.width(), h.start_ms, h.ms_per_px, LABEL_W, off)

    def _key(self) -> tuple[object, ...]:
        return (
            self._view, id(self.track), self._stretch(), self.height(),
            self.devicePixelRatioF(), self.palette().cacheKey(),
        )  # fmt: skip

    def paintEvent(self, event: QPaintEvent) -> None:
        rect = event.rect()
        p = QPainter(self)
        try:
            if self.track is None:
                self._paint_reading(p)
            else:
                key = self._key()
                if key != self._pixmap_key or self._pixmap is None:
                    self._pixmap = self._picture()
                    self._pixmap_key = key
                    self.rebuilds += 1
                p.drawPixmap(rect, self._pixmap, rect)
            x = self._host.x_for_ms(self._host.playhead_ms)
            if x >= LABEL_W and rect.left() - 2 <= x <= rect.right() + 2:
                p.setPen(QPen(PLAYHEAD_COLOR, 1))
                p.drawLine(x, 0, x, self.height())
        finally:
            p.end()

    def _picture(self) -> QPixmap:
        dpr = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * dpr), round(self.height() * dpr))
        pixmap.setDevicePixelRatio(dpr)
        pal = self.palette()
        pixmap.fill(pal.base().color())
        p = QPainter(pixmap)
        try:
            track = self.track
            assert track is not None
            stretch = self._stretch()
            if self._view == SPECTROGRAM:
                paint_spectrogram(p, track, stretch, 1, self.height() - 2, self._colors)
            else:
                paint_waveform(p, track, stretch, 1, self.height() - 2)
            self._paint_label(p)
        finally:
            p.end()
        return pixmap

    def _paint_label(self, p: QPainter) -> None:
        pal = self.palette()
        p.fillRect(QRect(0, 0, LABEL_W, self.height()), pal.window())
        fm = QFontMetrics(p.font())
        p.setPen(pal.text().color())
        p.drawText(
            QRect(6, 4, LABEL_W - 10, fm.height()), Qt.AlignmentFlag.AlignLeft, self.tr("Sound ▾")
        )
        p.setPen(pal.placeholderText().color())
        lines = [self.tr("spectrogram") if self._view == SPECTROGRAM else self.tr("waveform")]
        if self.source is not None and len(self._sources) > 1:
            lines.append(self.tr("camera {n}").format(n=self.source.camera + 1))
        for i, line in enumerate(lines):
            box = QRect(6, 6 + fm.height() * (i + 1), LABEL_W - 10, fm.height())
            p.drawText(box, Qt.AlignmentFlag.AlignLeft, line)
        p.setPen(pal.text().color())
        p.drawLine(LABEL_W - 1, 0, LABEL_W - 1, self.height())
        p.setPen(pal.mid().color())
        p.drawLine(0, 0, self.width(), 0)

    def _paint_reading(self, p: QPainter) -> None:
        pal = self.palette()
        p.fillRect(self.rect(), pal.base())
        p.fillRect(QRect(0, 0, LABEL_W, self.height()), pal.window())
        if self._progress is None:
            return
        area = QRect(LABEL_W + 8, 0, max(0, self.width() - LABEL_W - 16), self.height())
        p.setPen(pal.placeholderText().color())
        p.drawText(area, Qt.AlignmentFlag.AlignCenter, self.progress_text())
        bar = QRect(area.left(), self.height() - 8, round(area.width() * self._progress), 3)
        p.fillRect(bar, pal.highlight())

    def progress_text(self) -> str:
        """What the row says while the sound is read."""
        percent = round(100 * (self._progress or 0.0))
        return self.tr("Reading the sound track… {percent} %").format(percent=percent)

    # ------------------------------------------------------------------ mouse

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if pos.x() < LABEL_W:
            self.open_menu(self.mapToGlobal(pos))
            return
        self._scrubbing = True
        self._host.seekRequested.emit(self._host.ms_for_x(pos.x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._scrubbing and event.buttons() & Qt.MouseButton.LeftButton:
            x = max(LABEL_W, event.position().toPoint().x())
            self._host.seekRequested.emit(self._host.ms_for_x(x))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._scrubbing = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the canvas scrolls and zooms

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.open_menu(event.globalPos())

    def open_menu(self, where: QPoint) -> QMenu:
        """Pop up the row's menu (not modal: the video goes on playing)."""
        if self.menu is not None:
            self.menu.deleteLater()
        self.menu = menu = QMenu(self)
        views = QActionGroup(menu)
        for view, text in (
            (WAVEFORM, self.tr("&Waveform")),
            (SPECTROGRAM, self.tr("&Spectrogram")),
        ):
            action = QAction(text, views, checkable=True, checked=view == self._view)
            action.triggered.connect(lambda _=False, v=view: self._choose_view(v))
            menu.addAction(action)
        if len(self._sources) > 1:
            menu.addSeparator()
            cameras = QActionGroup(menu)
            heard = self.source.camera if self.source is not None else None
            for s in sorted(self._sources, key=lambda s: s.camera):
                action = QAction(
                    self.tr("Sound of camera {n}").format(n=s.camera + 1),
                    cameras,
                    checkable=True,
                    checked=s.camera == heard,
                )
                action.triggered.connect(lambda _=False, c=s.camera: self.cameraChosen.emit(c))
                menu.addAction(action)
        menu.popup(where)
        return menu

    def _choose_view(self, view: str) -> None:
        self.set_view(view)
        self.viewChosen.emit(self._view)
