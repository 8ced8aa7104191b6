"""The window's actions and keys as data: one table, and the scheme's code keys.

:data:`ACTIONS` declares every action of the window's own menus and every key the window
understands, once (after Anki's and Picard's action registries): its name, label and menu
text, keys and their scope, the menu (and submenu) it sits in and its group there, the part
that owns it and the name of that part's method that runs it, whether it is a checkable
preference or wraps a QAction the part makes itself (the undo group's Undo), and when it is
enabled. The key router (``coding/key_router.py``) reads the keys, the menus are built from
it (``actions/menu_groups.py``: :func:`~attachcoder.gui.actions.menu_groups.owner_actions`
makes each part's entries, :func:`~attachcoder.gui.actions.menu_groups.fill_menus` lays them
all out) and the F1 cheat sheet lists :data:`BINDINGS`, the rows with keys; nothing else
decides what a key means or what a menu holds. Its texts are the English source, marked
``QT_TRANSLATE_NOOP("keymap", …)`` for ``pyside6-lupdate`` and translated where they are
shown (:attr:`Binding.text`, :attr:`Binding.shown_label`, :attr:`Binding.shown_tip`). Player
keys are fixed (``core.scheme.PLAYER_KEYS`` keeps schemes off them); code keys come from the
scheme and are case-insensitive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence

from attachcoder.core.scheme import Scheme
from attachcoder.core.translatable import QT_TRANSLATE_NOOP


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
    LANGUAGE = "language"
    LOCATE_VIDEO = "locate_video"
    QUIT = "quit"
    BATCH_EXPORT = "batch_export"
    EDIT_SCHEME = "edit_scheme"
    EDIT_DETAILS = "edit_details"
    EDIT_RATINGS = "edit_ratings"
    OPEN_SAMPLE = "open_sample"
    RECENT = "recent"
    LOCATE_CAMERA2 = "locate_camera2"
    IMPORT = "import"
    EXPORT_EAF = "export_eaf"
    EXPORT_SDS = "export_sds"
    EXPORT_CSV = "export_csv"
    EXPORT_BORIS = "export_boris"
    EXPORT_OPF = "export_opf"
    EXPORT_TEXTGRID = "export_textgrid"
    EXPORT_NO_NOTES = "export_no_notes"
    COMPARE = "compare"
    STOP_COMPARING = "stop_comparing"
    NEW_STUDY = "new_study"
    OPEN_STUDY = "open_study"
    CLOCK_TOGGLE = "clock_toggle"
    CLOCK_STOP = "clock_stop"
    MARK_COMPLETE = "mark_complete"
    REOPEN = "reopen"
    KEEP_PLAYING = "keep_playing"
    FOLLOW_PLAYHEAD = "follow_playhead"


#: "player" keys are routed by the window itself wherever the focus is (except text fields);
#: "menu" keys are ordinary menu shortcuts (a text field keeps its own Ctrl+Z).
Scope = Literal["player", "menu"]
#: the menu an action sits in (None: it has keys only)
Menu = Literal["file", "edit", "session", "playback", "help"]
#: who runs it: "window" (the main window's methods), "session" (the Session menu's
#: ``SessionActions``), or the part named (camera 2, import/export, Compare with…, the live
#: clock, the timeline, the study link); a player action with no slot runs through the
#: window's ``trigger``
Owner = Literal[
    "window", "session", "camera2", "interchange", "compare", "live", "timeline", "study"
]
#: "document": enabled only while a session is open; "part": its owner enables it by a state
#: of its own (camera 2 needs a second video, Stop comparing a comparison, Undo a step)
EnabledWhen = Literal["always", "document", "part"]


@dataclass(frozen=True)
class Binding:
    action: Action
    keys: tuple[str, ...]  # QKeySequence portable text, e.g. "Shift+Right"
    label: str
    scope: Scope
    repeats: bool = False  # whether holding the key down repeats the action
    menu: Menu | None = None
    menu_text: str | None = None  # with its mnemonic; the label when None
    owner: Owner = "window"
    slot: str | None = None  # the owner's method that runs it
    enabled_when: EnabledWhen = "always"
    tip: str = ""
    group: int = 0  # a menu puts a separator between groups
    standard_key: QKeySequence.StandardKey | None = None  # the platform's own key (Quit)
    checkable: bool = False  # a preference: the slot receives the new checked state
    given: bool = False  # the owner makes the QAction (or QMenu) itself, e.g. the undo group's
    submenu: str | None = None  # the entry sits in this submenu of ``menu`` (made on first use)

    @property
    def text(self) -> str:
        """The menu entry's text, in the window's language."""
        return shown(self.menu_text if self.menu_text is not None else self.label)

    @property
    def shown_label(self) -> str:
        """The label in the window's language (the F1 sheet's)."""
        return shown(self.label)

    @property
    def shown_tip(self) -> str:
        """The tooltip in the window's language ("" when there is none)."""
        return shown(self.tip) if self.tip else ""

    def sequences(self) -> list[QKeySequence]:
        return [QKeySequence(k) for k in self.keys]

    def key_text(self) -> str:
        """The keys as people read them (native text, e.g. "Ctrl+Shift+Z or Ctrl+Y")."""
        fmt = QKeySequence.SequenceFormat.NativeText
        joint = QCoreApplication.translate("keymap", " or ")
        return joint.join(QKeySequence(k).toString(fmt) for k in self.keys)


def shown(text: str) -> str:
    """A text of the table (marked ``QT_TRANSLATE_NOOP("keymap", …)``) in the window's
    language: the table holds the English source, translated where it is shown."""
    return QCoreApplication.translate("keymap", text)


SKIP_MS = 1000
LONG_SKIP_MS = 5000
SPEEDS: tuple[float, ...] = (0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0)

_PB: dict[str, Any] = {"menu": "playback"}  # a player key that the Playback menu shows
_DOC: dict[str, Any] = {"owner": "session", "enabled_when": "document"}
_OTHER_TOOLS = QT_TRANSLATE_NOOP("keymap", "E&xport for other tools")
_PART: dict[str, Any] = {"enabled_when": "part"}

# Every entry of the window's menus. A menu shows its rows group by group (a separator
# between groups), in the table's order within a group; the rows with keys are in the order
# the F1 sheet lists them.
ACTIONS: tuple[Binding, ...] = (
    Binding(Action.PLAY_PAUSE, ("Space",), QT_TRANSLATE_NOOP("keymap", "Play / pause"), "player",
            **_PB),
    Binding(Action.FRAME_FORWARD, (".",), QT_TRANSLATE_NOOP("keymap", "Next frame"), "player",
            repeats=True, **_PB),
    Binding(Action.FRAME_BACK, (",",), QT_TRANSLATE_NOOP("keymap", "Previous frame"), "player",
            repeats=True, **_PB),
    Binding(Action.SKIP_FORWARD, ("Right",), QT_TRANSLATE_NOOP("keymap", "Forward 1 s"), "player",
            repeats=True, **_PB),
    Binding(Action.SKIP_BACK, ("Left",), QT_TRANSLATE_NOOP("keymap", "Back 1 s"), "player",
            repeats=True, **_PB),
    Binding(Action.SKIP_FORWARD_LONG, ("Shift+Right",), QT_TRANSLATE_NOOP("keymap", "Forward 5 s"),
            "player", repeats=True, **_PB),
    Binding(Action.SKIP_BACK_LONG, ("Shift+Left",), QT_TRANSLATE_NOOP("keymap", "Back 5 s"),
            "player", repeats=True, **_PB),
    Binding(Action.FASTER, ("]",), QT_TRANSLATE_NOOP("keymap", "Faster"), "player", **_PB),
    Binding(Action.SLOWER, ("[",), QT_TRANSLATE_NOOP("keymap", "Slower"), "player", **_PB),
    Binding(Action.NORMAL_SPEED, ("\\",), QT_TRANSLATE_NOOP("keymap", "Normal speed (1×)"),
            "player", **_PB),
    Binding(Action.KEEP_PLAYING, (),
            QT_TRANSLATE_NOOP("keymap", "Keep playing while typing a note"), "menu",
            menu="playback", slot="set_note_keeps_playing", checkable=True, group=1),
    Binding(Action.FOLLOW_PLAYHEAD, (),
            QT_TRANSLATE_NOOP("keymap", "Timeline follows the playhead"), "menu", menu="playback",
            owner="timeline", slot="set_follow_playhead", checkable=True, group=1),
    Binding(Action.DELETE, ("Delete",), QT_TRANSLATE_NOOP("keymap", "Delete the selected episode"),
            "player", menu="edit", menu_text=QT_TRANSLATE_NOOP("keymap", "&Delete episode"),
            slot="delete_selected", group=1),
    Binding(Action.ESCAPE, ("Escape",), QT_TRANSLATE_NOOP("keymap", "Close a prompt"), "player"),
    Binding(Action.NEW, ("Ctrl+N",), QT_TRANSLATE_NOOP("keymap", "New session…"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "&New session…"), owner="session",
            slot="new_session"),
    Binding(Action.OPEN, ("Ctrl+O",), QT_TRANSLATE_NOOP("keymap", "Open…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Open…"), slot="open_dialog"),
    Binding(Action.RECENT, (), QT_TRANSLATE_NOOP("keymap", "Open recent"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "Open &recent"),
            given=True),  # the window's submenu, filled as it opens
    Binding(Action.SAVE, ("Ctrl+S",), QT_TRANSLATE_NOOP("keymap", "Save"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Save"), slot="save", group=1),
    Binding(Action.SAVE_AS, ("Ctrl+Shift+S",), QT_TRANSLATE_NOOP("keymap", "Save as…"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "Save &as…"), slot="save_as",
            group=1),
    Binding(Action.LOCATE_VIDEO, (), QT_TRANSLATE_NOOP("keymap", "Locate video…"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "&Locate video…"),
            slot="locate_video", group=1),
    Binding(Action.LOCATE_CAMERA2, (), QT_TRANSLATE_NOOP("keymap", "Locate camera 2 video…"),
            "menu", menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "Locate camera &2 video…"),
            owner="camera2", slot="locate_video", group=1, **_PART),
    Binding(Action.UNDO, ("Ctrl+Z",), QT_TRANSLATE_NOOP("keymap", "Undo"), "menu", menu="edit",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Undo"),
            given=True, **_PART),  # the undo group makes the entry (its text names the step)
    Binding(Action.REDO, ("Ctrl+Shift+Z", "Ctrl+Y"), QT_TRANSLATE_NOOP("keymap", "Redo"), "menu",
            menu="edit", menu_text=QT_TRANSLATE_NOOP("keymap", "&Redo"), given=True, **_PART),
    Binding(Action.EXPORT, ("Ctrl+E",), QT_TRANSLATE_NOOP("keymap", "Export workbook…"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "&Export workbook…"),
            slot="export_workbook", group=2, **_DOC),
    Binding(Action.BATCH_EXPORT, (), QT_TRANSLATE_NOOP("keymap", "Batch export…"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "&Batch export…"), owner="session",
            slot="batch_export", group=2),
    Binding(Action.IMPORT, (), QT_TRANSLATE_NOOP("keymap", "Import…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Import…"), owner="interchange",
            slot="import_dialog", group=3,
            tip=QT_TRANSLATE_NOOP("keymap",
                "Open an ELAN, BORIS, Datavyu or Praat coding as a new session")),
    Binding(Action.EXPORT_EAF, (), QT_TRANSLATE_NOOP("keymap", "ELAN (.eaf)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_eaf", group=3,
            tip=QT_TRANSLATE_NOOP("keymap", "Write this session as ELAN annotation file"),
            enabled_when="document"),
    Binding(Action.EXPORT_BORIS, (), QT_TRANSLATE_NOOP("keymap", "BORIS (.boris)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_boris", group=3,
            tip=QT_TRANSLATE_NOOP("keymap",
                "Write this session as a BORIS project (ethogram from the scheme, one "
                "observation)"), enabled_when="document"),
    Binding(Action.EXPORT_OPF, (), QT_TRANSLATE_NOOP("keymap", "Datavyu (.opf)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_opf", group=3,
            tip=QT_TRANSLATE_NOOP("keymap",
                "Write this session as a Datavyu project (one column per layer)"),
            enabled_when="document"),
    Binding(Action.EXPORT_TEXTGRID, (), QT_TRANSLATE_NOOP("keymap", "Praat (.TextGrid)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_textgrid", group=3,
            tip=QT_TRANSLATE_NOOP("keymap",
                "Write this session as a Praat TextGrid (one tier per layer)"),
            enabled_when="document"),
    Binding(Action.EXPORT_SDS, (), QT_TRANSLATE_NOOP("keymap", "SDIS for GSEQ (.sds)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_sds", group=3,
            tip=QT_TRANSLATE_NOOP("keymap", "Write this session as SDIS timed-event data for GSEQ"),
            enabled_when="document"),
    Binding(Action.EXPORT_CSV, (), QT_TRANSLATE_NOOP("keymap", "Episodes table (.csv)…"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", slot="export_csv", group=3,
            tip=QT_TRANSLATE_NOOP("keymap", "Write this session as episodes table (CSV)"),
            enabled_when="document"),
    Binding(Action.EXPORT_NO_NOTES, (), QT_TRANSLATE_NOOP("keymap", "Leave notes out"), "menu",
            menu="file", submenu=_OTHER_TOOLS, owner="interchange", checkable=True, group=4,
            tip=QT_TRANSLATE_NOOP("keymap", "Write the exports above without the coders' notes")),
    Binding(Action.COMPARE, (), QT_TRANSLATE_NOOP("keymap", "Compare with…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Compare with…"), owner="compare",
            slot="choose_and_compare", group=5,
            tip=QT_TRANSLATE_NOOP("keymap",
                "Load another coding of this session (e.g. a second observer's) and see where the"
                " two agree"), enabled_when="document"),
    Binding(Action.STOP_COMPARING, (), QT_TRANSLATE_NOOP("keymap", "Stop comparing"), "menu",
            menu="file", menu_text=QT_TRANSLATE_NOOP("keymap", "S&top comparing"), owner="compare",
            slot="stop", group=5, **_PART),
    Binding(Action.NEW_STUDY, (), QT_TRANSLATE_NOOP("keymap", "New study…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "New stud&y…"), owner="study", slot="new_study",
            group=6),
    Binding(Action.OPEN_STUDY, (), QT_TRANSLATE_NOOP("keymap", "Open study…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "Open s&tudy…"), owner="study",
            slot="choose_and_open_study", group=6),
    Binding(Action.HELP, ("F1",), QT_TRANSLATE_NOOP("keymap", "Keyboard help"), "menu",
            menu="help", menu_text=QT_TRANSLATE_NOOP("keymap", "&Keyboard…"), slot="show_key_help"),
    Binding(Action.LANGUAGE, (), QT_TRANSLATE_NOOP("keymap", "Language…"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Language…"), slot="choose_language", group=7,
            tip=QT_TRANSLATE_NOOP("keymap",
                "The language of the window, the default scheme and the workbook")),
    Binding(Action.QUIT, (), QT_TRANSLATE_NOOP("keymap", "Quit"), "menu", menu="file",
            menu_text=QT_TRANSLATE_NOOP("keymap", "&Quit"), slot="close", group=7,
            standard_key=QKeySequence.StandardKey.Quit),
    Binding(Action.EDIT_SCHEME, (), QT_TRANSLATE_NOOP("keymap", "Coding scheme…"), "menu",
            menu="session", menu_text=QT_TRANSLATE_NOOP("keymap", "Coding &scheme…"),
            slot="edit_scheme",
            tip=QT_TRANSLATE_NOOP("keymap", "Layers, codes, keys, colours and rating items"),
            **_DOC),
    Binding(Action.EDIT_DETAILS, (), QT_TRANSLATE_NOOP("keymap", "Details…"), "menu",
            menu="session", menu_text=QT_TRANSLATE_NOOP("keymap", "&Details…"), slot="edit_details",
            tip=QT_TRANSLATE_NOOP("keymap",
                "Dyad and coder IDs, date, infant age, caregiver, notes"), **_DOC),
    Binding(Action.EDIT_RATINGS, (), QT_TRANSLATE_NOOP("keymap", "Ratings…"), "menu",
            menu="session", menu_text=QT_TRANSLATE_NOOP("keymap", "&Ratings…"), slot="edit_ratings",
            **_DOC),
    Binding(Action.CLOCK_TOGGLE, (), QT_TRANSLATE_NOOP("keymap", "Start / pause the clock"),
            "menu", menu="session", owner="live",
            given=True, group=1, **_PART),  # the live clock's (it shows Space)
    Binding(Action.CLOCK_STOP, (), QT_TRANSLATE_NOOP("keymap", "Stop the clock"), "menu",
            menu="session", owner="live", given=True, group=1, **_PART),
    Binding(Action.MARK_COMPLETE, (), QT_TRANSLATE_NOOP("keymap", "Mark coding complete"), "menu",
            menu="session", owner="study", slot="mark_complete", group=2, **_PART),
    Binding(Action.REOPEN, (), QT_TRANSLATE_NOOP("keymap", "Reopen for editing"), "menu",
            menu="session", owner="study", slot="reopen", group=2, **_PART),
    Binding(Action.OPEN_SAMPLE, (), QT_TRANSLATE_NOOP("keymap", "Open the sample session"),
            "menu", menu="help", menu_text=QT_TRANSLATE_NOOP("keymap", "Open the &sample session"),
            owner="session", slot="open_sample", group=1),
)  # fmt: skip

#: the rows with keys: what the key router matches and the F1 cheat sheet lists
BINDINGS: tuple[Binding, ...] = tuple(b for b in ACTIONS if b.keys)

BY_ACTION: dict[Action, Binding] = {b.action: b for b in ACTIONS}


def menu_actions(owner: Owner, menu: Menu | None = None) -> list[Binding]:
    """The menu rows ``owner`` declares (in ``menu``, or in any), in the table's order."""
    return [
        b for b in ACTIONS
        if b.owner == owner and b.menu is not None and (menu is None or b.menu == menu)
    ]  # fmt: skip


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
