"""Turns key presses anywhere in the window into player actions and code keys — in one place.

Installed as an application event filter, it sees a key before the focused widget does, so a
code key codes wherever the focus is and Space never "clicks" a focused button. The one
exception is a text field (the note prompt, a table cell being edited, a filter box): there
keys type text. Menu shortcuts (Ctrl+S, Ctrl+Z…) are left to Qt's shortcut system, which
already lets a text field keep its own Ctrl+Z.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QKeySequenceEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from attachcoder.core.scheme import Scheme
from attachcoder.gui.actions.keymap import (
    BY_ACTION,
    Action,
    code_for_text,
    code_keys,
    player_action,
)

_TEXT_FIELDS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QKeySequenceEdit)


def is_text_field(widget: QWidget | None) -> bool:
    """True for widgets where typed keys are text (an open table editor included).

    A drop-down list counts only when it is editable or is a table cell's editor; a plain one
    (a filter, a setting) must not swallow code keys, nor open on Space.
    """
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable() or _in_item_view(widget)
    return isinstance(widget, _TEXT_FIELDS)


def _in_item_view(widget: QWidget) -> bool:
    """An editor a table opened in a cell (its parent is the view or the view's viewport)."""
    parent = widget.parentWidget()
    for _ in range(2):
        if parent is None:
            return False
        if isinstance(parent, QAbstractItemView):
            return True
        parent = parent.parentWidget()
    return False


class KeyRouter(QObject):
    """Emits ``actionTriggered(Action)`` and ``codeKey(layer, code)`` for keys in ``window``."""

    actionTriggered = Signal(object)  # Action
    codeKey = Signal(str, str)  # layer, code

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._codes: dict[str, tuple[str, str]] = {}
        self.enabled = True

    def install(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_scheme(self, scheme: Scheme | None) -> None:
        self._codes = code_keys(scheme) if scheme is not None else {}

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not self.enabled:
            return False
        if not isinstance(obj, QWidget) or not self._routes(obj.window()):
            return False
        assert isinstance(event, QKeyEvent)
        if obj.window() is not self._window and event.key() == Qt.Key.Key_Escape:
            return False  # Escape closes the helper window itself
        focus = QApplication.focusWidget()
        if is_text_field(focus) or is_text_field(obj):
            return False
        return self.handle_key(event)

    def _routes(self, top: QWidget) -> bool:
        """Keys of the coding window itself, and of its non-modal helpers (the F1 cheat sheet,
        an import report, a floating panel): reading one must not stop the coding keys."""
        if top is self._window:
            return True
        return (
            top.parentWidget() is self._window
            and not top.isModal()
            and QApplication.activeModalWidget() is None
        )

    def handle_key(self, event: QKeyEvent) -> bool:
        """Route one key press; True when it meant something here (and is consumed)."""
        text = event.text()
        action = player_action(event.key(), event.modifiers(), text)
        if action is not None:
            if event.isAutoRepeat() and not BY_ACTION[action].repeats:
                return True
            self.actionTriggered.emit(action)
            return True
        code = code_for_text(self._codes, event.modifiers(), text)
        if code is not None:
            if not event.isAutoRepeat():  # holding a key must not start and stop a state
                self.codeKey.emit(*code)
            return True
        return False

    def trigger(self, action: Action) -> None:
        """Run an action as if its key had been pressed (menus and buttons use this)."""
        self.actionTriggered.emit(action)
