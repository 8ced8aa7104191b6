"""One coloured button per code, with its key; the state active now in each layer is marked.

Buttons never take keyboard focus (a focused button would swallow Space); clicking one codes
exactly like pressing its key. The highlight is refreshed per frame but only restyles a button
when a layer's active code actually changes, so the per-frame cost does not depend on the
session's size.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from attachcoder.core.scheme import Code, Layer, Scheme
from attachcoder.gui.keymap import key_label


def text_color_for(background: QColor) -> str:
    """Black or white, whichever reads better on ``background`` (WCAG relative luminance)."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (background.redF(), background.greenF(), background.blueF()))
    lum = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if lum > 0.179 else "#ffffff"


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


class CodingPad(QWidget):
    """Emits ``codeClicked(layer, code)``; :meth:`set_active` marks what is coded now."""

    codeClicked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(6)
        self._buttons: dict[tuple[str, str], tuple[QPushButton, Code]] = {}
        self._active: dict[str, str | None] = {}
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def set_scheme(self, scheme: Scheme | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self._buttons.clear()
        self._active.clear()
        if scheme is None:
            return
        for row, layer in enumerate(scheme.layers):
            label = QLabel(f"<b>{layer.name}</b>", self)
            self._grid.addWidget(label, row, 0)
            for col, code in enumerate(layer.codes, start=1):
                self._grid.addWidget(self._make_button(layer, code), row, col)
            self._active[layer.name] = None
        self._grid.setColumnStretch(self._grid.columnCount(), 1)

    def _make_button(self, layer: Layer, code: Code) -> QPushButton:
        key = key_label(code.key)
        button = QPushButton(_label(code), self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        kind = "state" if layer.is_state else "point"
        tip = f"<b>{code.name}</b> ({layer.name}, {kind})"
        if key:
            tip += f" — key <b>{key}</b>"
        if code.definition:
            tip += f"<br>{code.definition}"
        if code.modifiers:
            tip += "<br>Modifiers: " + "; ".join(
                f"{m.name} ({', '.join(m.values)})" for m in code.modifiers
            )
        button.setToolTip(tip)
        button.setStyleSheet(_style(code, False))
        button.setProperty("active", False)
        button.clicked.connect(lambda _=False, la=layer.name, c=code.name: self._clicked(la, c))
        self._buttons[(layer.name, code.name)] = (button, code)
        return button

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
        button.setText(("● " if active else "") + _label(spec))
        button.setProperty("active", active)
