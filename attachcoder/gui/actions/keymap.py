"""Key bindings as data: the player's fixed keys, and the scheme's code keys.

Every key the window understands is listed here once. :class:`KeyRouter` (``key_router.py``)
and the menus read these tables; nothing else decides what a key means. Player keys are
fixed (``core.scheme.PLAYER_KEYS`` keeps schemes off them); code keys come from the scheme and
are case-insensitive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from attachcoder.core.scheme import Scheme


class Action(StrEnum):
    PLAY_PAUSE = "play_pause"
    FRAME_FORWARD = "frame_forward"
    FRAME_BACK = "frame_back"
    SKIP_FORWARD = "skip_forward"
    SKIP_BACK = "skip_back"
    SKIP_FORWARD_LONG = "skip_forward_long"
    SKIP_BACK_LONG = "skip_back_long"
    FASTER = "faster"
    SLOWER = "slower"
    NORMAL_SPEED = "normal_speed"
    DELETE = "delete"
    ESCAPE = "escape"
    NEW = "new"
    OPEN = "open"
    SAVE = "save"
    SAVE_AS = "save_as"
    UNDO = "undo"
    REDO = "redo"
    EXPORT = "export"
    HELP = "help"


#: "player" keys are routed by the window itself wherever the focus is (except text fields);
#: "menu" keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z).
Scope = Literal["player", "menu"]


@dataclass(frozen=True)
class Binding:
    action: Action
    keys: tuple[str, ...]  # QKeySequence portable text, e.g. "Shift+Right"
    label: str
    scope: Scope
    repeats: bool = False  # whether holding the key down repeats the action

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def key_text(self) -> str:
        """The keys as people read them (native text, e.g. "Ctrl+Shift+Z or Ctrl+Y")."""
        fmt = QKeySequence.SequenceFormat.NativeText
        return " or ".join(QKeySequence(k).toString(fmt) for k in self.keys)


SKIP_MS = 1000
LONG_SKIP_MS = 5000
SPEEDS: tuple[float, ...] = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)

BINDINGS: tuple[Binding, ...] = (
    Binding(Action.PLAY_PAUSE, ("Space",), "Play / pause", "player"),
    Binding(Action.FRAME_FORWARD, (".",), "Next frame", "player", repeats=True),
    Binding(Action.FRAME_BACK, (",",), "Previous frame", "player", repeats=True),
    Binding(Action.SKIP_FORWARD, ("Right",), "Forward 1 s", "player", repeats=True),
    Binding(Action.SKIP_BACK, ("Left",), "Back 1 s", "player", repeats=True),
    Binding(Action.SKIP_FORWARD_LONG, ("Shift+Right",), "Forward 5 s", "player", repeats=True),
    Binding(Action.SKIP_BACK_LONG, ("Shift+Left",), "Back 5 s", "player", repeats=True),
    Binding(Action.FASTER, ("]",), "Faster", "player"),
    Binding(Action.SLOWER, ("[",), "Slower", "player"),
    Binding(Action.NORMAL_SPEED, ("\\",), "Normal speed (1×)", "player"),
    Binding(Action.DELETE, ("Delete",), "Delete the selected episode", "player"),
    Binding(Action.ESCAPE, ("Escape",), "Close a prompt", "player"),
    Binding(Action.NEW, ("Ctrl+N",), "New session…", "menu"),
    Binding(Action.OPEN, ("Ctrl+O",), "Open…", "menu"),
    Binding(Action.SAVE, ("Ctrl+S",), "Save", "menu"),
    Binding(Action.SAVE_AS, ("Ctrl+Shift+S",), "Save as…", "menu"),
    Binding(Action.UNDO, ("Ctrl+Z",), "Undo", "menu"),
    Binding(Action.REDO, ("Ctrl+Shift+Z", "Ctrl+Y"), "Redo", "menu"),
    Binding(Action.EXPORT, ("Ctrl+E",), "Export workbook…", "menu"),
    Binding(Action.HELP, ("F1",), "Keyboard help", "menu"),
)

BY_ACTION: dict[Action, Binding] = {b.action: b for b in BINDINGS}

# Player keys that type a character are matched by that character, so that they work on any
# keyboard layout (on some, "]" needs AltGr); the others by key and modifiers.
_CHAR_KEYS = {".": Action.FRAME_FORWARD, ",": Action.FRAME_BACK, "]": Action.FASTER,
              "[": Action.SLOWER, "\\": Action.NORMAL_SPEED}  # fmt: skip
_IGNORED_MODIFIERS = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.GroupSwitchModifier
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def _combination_table() -> dict[QKeyCombination, Action]:
    out: dict[QKeyCombination, Action] = {}
    for b in BINDINGS:
        if b.scope != "player":
            continue
        for seq in b.sequences():
            out[seq[0]] = b.action  # type: ignore[index]  # (PySide6 stubs lack __getitem__)
    return out


_PLAYER_COMBOS = _combination_table()


def player_action(key: int, modifiers: Qt.KeyboardModifier, text: str) -> Action | None:
    """The player action of a key press, or None."""
    mods = modifiers & ~_IGNORED_MODIFIERS
    if text in _CHAR_KEYS and not mods & _COMMAND_MODIFIERS:
        return _CHAR_KEYS[text]
    try:
        combo = QKeyCombination(mods, Qt.Key(key))
    except ValueError:  # a key code Qt's enum does not know (some keyboards send them)
        return None
    return _PLAYER_COMBOS.get(combo)


def code_keys(scheme: Scheme) -> dict[str, tuple[str, str]]:
    """Lower-case key → (layer, code) for every code of the scheme that has a key."""
    out: dict[str, tuple[str, str]] = {}
    for layer in scheme.layers:
        for code in layer.codes:
            if code.key:
                out.setdefault(code.key.lower(), (layer.name, code.name))
    return out


def code_for_text(
    table: dict[str, tuple[str, str]], modifiers: Qt.KeyboardModifier, text: str
) -> tuple[str, str] | None:
    """The (layer, code) a typed character stands for; Shift is allowed, Ctrl/Alt/Meta not."""
    if len(text) != 1 or modifiers & _COMMAND_MODIFIERS:
        return None
    return table.get(text.lower())


def key_label(key: str | None) -> str:
    """How a code key is shown on its button ("B" for "b")."""
    return "" if not key else key.upper()
