"""Paints the player's frames with QPainter.

Not a ``QVideoWidget``: that one draws through a native surface and shows as blank grey in
``QWidget.grab()``, so it could be neither tested nor screenshotted offscreen. Painting the
frame ourselves costs one scaled blit per frame and keeps "the frame on screen" the very frame
whose time the player reports.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QSizePolicy, QWidget

from attachcoder.gui.player.player import Player


class VideoWidget(QWidget):
    """Shows the latest frame, letter-boxed, or a hint when there is no video."""

    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._frame: QVideoFrame | None = None
        self._image: QImage | None = None  # a decoded frame (paused stepping): shown instead
        self._player = player
        self._hint = "No video"
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        player.frameReady.connect(self._on_frame_ready)
        player.imageReady.connect(self._on_image_ready)
        player.sourceChanged.connect(self._on_source_changed)

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def set_hint(self, text: str) -> None:
        """The text shown while there is no frame (e.g. why the video is missing)."""
        self._hint = text
        self.update()

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
        self.update()

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
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._hint)
            painter.end()
            return
        size = frame.size()
        if size.isEmpty():
            painter.end()
            return
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        target = QRectF(x, y, scaled.width(), scaled.height())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        frame.paint(painter, target, QVideoFrame.PaintOptions())
        painter.end()

    def _paint_image(self, painter: QPainter, image: QImage) -> None:
        scaled = image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(x, y, scaled.width(), scaled.height()), image)
