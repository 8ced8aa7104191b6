"""One coloured button per code, with its key; the state active now in each layer is marked.

Buttons never take keyboard focus (a focused button would swallow Space); clicking one codes
exactly like pressing its key. A layer's buttons wrap to the width the pad is given (a
:class:`FlowLayout`), and the pad scrolls vertically above a maximum height, so a scheme with
dozens or hundreds of codes (an import) neither widens the window nor squeezes the video. The
highlight is refreshed per frame but only restyles a button when a layer's active code actually
changes, so the per-frame cost does not depend on the session's size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from attachcoder.core.contrast import text_colour_on
from attachcoder.core.scheme import Code, Layer, Scheme
from attachcoder.gui.actions.keymap import key_label
from attachcoder.gui.coding.flow_layout import FlowLayout

_MAX_TEXT_PX = 240  # a longer code name is elided on its button (the tooltip has it all)
_MAX_LABEL_PX = 160  # likewise a layer name
_MAX_LINES = 10  # the pad scrolls when it needs more than this many text lines
_HINT_WIDTH = 640  # the widest the pad asks to be (it shrinks and wraps below that)


def text_color_for(background: QColor) -> str:
    """Black or white, whichever reads better on ``background`` (the one rule, in core)."""
    return text_colour_on(background.name()).lower()


def _style(code: Code, active: bool) -> str:
    bg = QColor(code.color) if code.color else None
    parts = ["padding: 4px 8px", "border-radius: 4px"]
    if bg is not None:
        parts += [f"background-color: {bg.name()}", f"color: {text_color_for(bg)}"]
    if active:
        parts += ["border: 3px solid #1a1a1a", "font-weight: bold"]
    else:
        parts += ["border: 3px solid transparent"]
    return "QPushButton { " + "; ".join(parts) + " }"


def _label(code: Code) -> str:
    key = key_label(code.key)
    return f"{key}  {code.name}" if key else code.name


class CodingPad(QScrollArea):
    """Emits ``codeClicked(layer, code)``; :meth:`set_active` marks what is coded now."""

    codeClicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._inner = QWidget(self)
        self._grid = QGridLayout(self._inner)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._grid.setColumnStretch(1, 1)
        self.setWidget(self._inner)
        self._inner.installEventFilter(self)
        self._buttons: dict[tuple[str, str], tuple[QPushButton, Code]] = {}
        self._active: dict[str, str | None] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._fit_height()

    # ------------------------------------------------------------------ size

    def sizeHint(self) -> QSize:
        hint = self._inner.sizeHint()
        return QSize(min(hint.width(), _HINT_WIDTH), self.height())

    def minimumSizeHint(self) -> QSize:
        inner = self._inner.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar, self.minimumHeight())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._inner and event.type() == QEvent.Type.LayoutRequest:
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """As tall as the buttons need at this width, up to a few lines (then it scrolls)."""
        if self._grid.count() == 0:
            self.setFixedHeight(0)
            return
        width = self.viewport().width() if self.width() > 0 else self.sizeHint().width()
        need = self._inner.heightForWidth(max(width, 1))
        if need < 0:
            need = self._inner.sizeHint().height()
        cap = _MAX_LINES * self.fontMetrics().height()
        height = min(need, cap)
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    # ------------------------------------------------------------------ buttons

    def set_scheme(self, scheme: Scheme | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self._buttons.clear()
        self._active.clear()
        if scheme is not None:
            bold = QFont(self.font())
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            for row, layer in enumerate(scheme.layers):
                name = metrics.elidedText(layer.name, Qt.TextElideMode.ElideRight, _MAX_LABEL_PX)
                label = QLabel(self._inner)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setText(name)
                label.setFont(bold)
                label.setToolTip(layer.name if name != layer.name else "")
                holder = QWidget(self._inner)
                flow = FlowLayout(holder)
                for code in layer.codes:
                    flow.addWidget(self._make_button(layer, code, holder))
                if flow.count():  # the name level with the first line of buttons
                    label.setFixedHeight(flow.minimumSize().height())
                label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self._grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(holder, row, 1)
                self._active[layer.name] = None
        self._fit_height()

    def _make_button(self, layer: Layer, code: Code, parent: QWidget) -> QPushButton:
        key = key_label(code.key)
        button = QPushButton(self._text(code, False), parent)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        kind = self.tr("state") if layer.is_state else self.tr("point")
        tip = self.tr("<b>{0}</b> ({1}, {2})").format(code.name, layer.name, kind)
        if key:
            tip += self.tr(" — key <b>{0}</b>").format(key)
        if code.definition:
            tip += f"<br>{code.definition}"
        if code.modifiers:
            tip += self.tr("<br>Modifiers: {0}").format(
                "; ".join(f"{m.name} ({', '.join(m.values)})" for m in code.modifiers)
            )
        button.setToolTip(tip)
        button.setStyleSheet(_style(code, False))
        button.setProperty("active", False)
        button.clicked.connect(lambda _=False, la=layer.name, c=code.name: self._clicked(la, c))
        self._buttons[(layer.name, code.name)] = (button, code)
        return button

    def _text(self, code: Code, active: bool) -> str:
        text = ("● " if active else "") + _label(code)
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, _MAX_TEXT_PX)

    def _clicked(self, layer: str, code: str) -> None:
        self.codeClicked.emit(layer, code)

    def button(self, layer: str, code: str) -> QPushButton | None:
        entry = self._buttons.get((layer, code))
        return entry[0] if entry is not None else None

    def active(self) -> dict[str, str | None]:
        return dict(self._active)

    def set_active(self, codes: dict[str, str]) -> None:
        """``codes``: layer → the code active now (layers not named have none)."""
        for layer, was in self._active.items():
            now = codes.get(layer)
            if now == was:
                continue
            self._mark(layer, was, False)
            self._mark(layer, now, True)
            self._active[layer] = now

    def _mark(self, layer: str, code: str | None, active: bool) -> None:
        if code is None:
            return
        entry = self._buttons.get((layer, code))
        if entry is None:
            return
        button, spec = entry
        button.setStyleSheet(_style(spec, active))
        button.setText(self._text(spec, active))
        button.setProperty("active", active)
