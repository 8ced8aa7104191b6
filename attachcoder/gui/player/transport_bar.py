"""Play controls, the position slider, and the time of the frame on screen.

It only listens to the player (after Picard's ``ui/player/toolbar.py``): the time display and
the slider follow ``frameShown``, so they always show the frame on screen. The slider ignores
its own echo — a value set because a frame arrived is not sent back as a seek — and is left
alone while the user drags it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QStyle, QToolButton, QWidget

from attachcoder.core.timefmt import format_ms
from attachcoder.gui.actions.keymap import BY_ACTION, Action
from attachcoder.gui.player.player import Player


def _speed_text(rate: float) -> str:
    """The rate as the locale writes numbers ("1.5×", "1,5×"), without trailing zeros."""
    locale = QLocale()
    return locale.toString(float(rate), "f", 2).rstrip("0").rstrip(locale.decimalPoint()) + "×"


class TransportBar(QWidget):
    def __init__(self, player: Player, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self._echo = False
        self._frame_text = self.tr("frame {0}")  # translated once: it is shown every frame
        icon = QStyle.StandardPixmap
        self.back_button = self._button(icon.SP_MediaSeekBackward, Action.FRAME_BACK,
                                        lambda: player.step(-1))  # fmt: skip
        self.play_button = self._button(icon.SP_MediaPlay, Action.PLAY_PAUSE, player.toggle)
        self.forward_button = self._button(icon.SP_MediaSeekForward, Action.FRAME_FORWARD,
                                           lambda: player.step(1))  # fmt: skip
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.slider.setRange(0, 0)
        self.slider.setSingleStep(1000)
        self.slider.setPageStep(5000)
        self.slider.valueChanged.connect(self._on_slider_value)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.time_label = QLabel(format_ms(0), self)
        self.time_label.setFont(mono)
        self.time_label.setToolTip(self.tr("Time of the frame on screen (hh:mm:ss.mmm)"))
        self.frame_label = QLabel(self.tr("frame –"), self)
        self.frame_label.setFont(mono)
        self.frame_label.setToolTip(self.tr("Number of the frame on screen (the first frame is 0)"))
        self.speed_label = QLabel(_speed_text(1.0), self)
        bold = QFont(self.speed_label.font())
        bold.setBold(True)
        self.speed_label.setFont(bold)
        self.speed_label.setToolTip(self.tr("Playback speed: ] faster, [ slower, \\ back to 1×"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(w)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.time_label)
        layout.addWidget(self.frame_label)
        layout.addWidget(self.speed_label)
        player.frameShown.connect(self.show_frame)
        player.playingChanged.connect(self._on_playing)
        player.rateChanged.connect(lambda r: self.speed_label.setText(_speed_text(r)))
        player.durationChanged.connect(self._on_duration)

    def _button(self, icon: QStyle.StandardPixmap, action: Action, slot: object) -> QToolButton:
        b = QToolButton(self)
        b.setIcon(self.style().standardIcon(icon))
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        binding = BY_ACTION[action]
        b.setToolTip(f"{binding.shown_label} ({binding.key_text()})")
        b.clicked.connect(slot)
        return b

    def show_frame(self, ms: int, frame: int) -> None:
        """Per frame: two label texts and a slider value; nothing that grows with the session."""
        self.time_label.setText(format_ms(ms))
        self.frame_label.setText(self._frame_text.format(frame))
        if not self.slider.isSliderDown():
            self._echo = True
            self.slider.setValue(ms - self._player.offset_ms)
            self._echo = False

    def clear(self) -> None:
        self.time_label.setText(format_ms(0))
        self.frame_label.setText(self.tr("frame –"))
        self._echo = True
        self.slider.setRange(0, 0)
        self._echo = False

    def _on_slider_value(self, value: int) -> None:
        if not self._echo:
            self._player.seek(value + self._player.offset_ms)

    def _on_playing(self, playing: bool) -> None:
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if playing else pixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))

    def _on_duration(self, duration: int) -> None:
        self._echo = True
        self.slider.setRange(0, max(duration - 1, 0))
        self._echo = False
