"""Paints the player's frames with QPainter.

Not a ``QVideoWidget``: that one draws through a native surface and shows as blank grey in
``QWidget.grab()``, so it could be neither tested nor screenshotted offscreen. Painting the
frame ourselves costs one scaled blit per frame and keeps "the frame on screen" the very frame
whose time the player reports.

The picture is sized by its *displayed* shape: a phone clip stored landscape with a rotation of
90° (its display matrix) is shown portrait and fills the pane's height, as a player shows it.
While there is no frame the pane says why, in a few words: loading, no video, or why the
video cannot be played and what to do about it (the player's ``loadFailed``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from attachcoder.gui.player.player import Player


class VideoWidget(QWidget):
    """Shows the latest frame, letter-boxed, or a hint when there is no video.

    ``loading`` is the hint while a video loads; ``locate`` names the menu entry that chooses
    another copy of the file, offered when it cannot be played.
    """

    def __init__(
        self,
        player: Player,
        parent: QWidget | None = None,
        *,
        loading: str | None = None,
        locate: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None  # a decoded frame (paused stepping): shown instead
        self._player = player
        self._hint = self.tr("No video")
        self._loading = loading or self.tr("Loading the video…")
        self._locate = locate or self.tr("File ▸ Locate video…")
        self._source: Path | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        player.frameReady.connect(self._on_frame_ready)
        player.imageReady.connect(self._on_image_ready)
        player.sourceChanged.connect(self._on_source_changed)
        player.loadFailed.connect(self._on_load_failed)

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def set_hint(self, text: str) -> None:
        """The text shown while there is no frame (e.g. why the video is missing)."""
        self._hint = text
        self.update()

    @property
    def hint(self) -> str:
        """The text shown while there is no frame."""
        return self._hint

    def has_frame(self) -> bool:
        """Whether a decoded video frame (not the hint) is what this widget paints."""
        if self._image is not None and not self._image.isNull():
            return True
        return self._frame is not None and self._frame.isValid()

    def _on_frame_ready(self, frame: QVideoFrame) -> None:
        self._frame = frame
        self._image = None
        self.update()

    def _on_image_ready(self, image: QImage) -> None:
        self._image = image
        self.update()

    def _on_source_changed(self, source: object) -> None:
        self._frame = None
        self._image = None
        self._source = source if isinstance(source, Path) else None
        if self._source is not None:
            self._hint = self._loading
        self.update()  # no source: whoever unloaded it says why (set_hint)

    def _on_load_failed(self, reason: str) -> None:
        self._frame = None
        self._image = None
        name = self._source.name if self._source is not None else self.tr("The video")
        self.set_hint(
            self.tr(
                "{0} cannot be played:\n{1}.\n\nChoose a good copy of the video with {2}\n"
                "The coding in the table can still be edited."
            ).format(name, reason, self._locate)
        )

    def picture_rect(self) -> QRectF:
        """Where the frame on screen is painted: its displayed shape (rotation applied), as
        large as the pane allows, centred. Empty while there is no frame.

        A decoded frame (paused stepping) is already turned upright by the frame cache; a
        ``QVideoFrame`` is turned by ``QVideoFrame.paint``, so its shape is turned here."""
        image = self._image
        frame = self._frame
        if image is not None and not image.isNull():
            size = image.size()
        elif frame is not None and frame.isValid():
            size = frame.size()
            if displayed_sideways(frame):
                size = size.transposed()
        else:
            return QRectF()
        if size.isEmpty():
            return QRectF()
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        ratio = self.devicePixelRatioF()
        self._player.set_frame_box(round(self.width() * ratio), round(self.height() * ratio))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("black"))
        if self._image is not None and not self._image.isNull():
            self._paint_image(painter, self._image)
            painter.end()
            return
        frame = self._frame
        if frame is None or not frame.isValid():
            painter.setPen(QColor("#bbbbbb"))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(self.rect().adjusted(12, 12, -12, -12), flags, self._hint)
            painter.end()
            return
        target = self.picture_rect()
        if target.isEmpty():
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame.paint(painter, target, QVideoFrame.PaintOptions())
        painter.end()

    def _paint_image(self, painter: QPainter, image: QImage) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(self.picture_rect(), image)


def displayed_sideways(frame: QVideoFrame) -> bool:
    """True when the frame is shown turned a quarter (a phone's portrait clip stored landscape).

    The turn is the stream's (its display matrix, in the surface format) plus the frame's own;
    ``QVideoFrame.paint`` applies both, so the painted rectangle must have the turned shape.
    """
    turn = frame.rotation().value + frame.surfaceFormat().rotation().value
    return turn % 180 == 90
