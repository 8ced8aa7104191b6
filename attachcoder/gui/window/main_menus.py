"""The main window's own menus — File, Edit, Playback, Help — built from the action table.

The entries come from :data:`~attachcoder.gui.actions.keymap.ACTIONS` (text, keys, slot);
what is not an action of the table is here: the *Open recent* submenu (filled as it opens),
the undo group's Undo and Redo, and the *Keep playing while typing a note* preference. The
Session menu and the features (camera 2, import/export, Compare with…) add their own entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QMenu

from attachcoder.gui.actions.keymap import BY_ACTION, Action, Menu
from attachcoder.gui.actions.menu_groups import fill_menu, make_actions
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.settings import save_settings
from attachcoder.gui.window.window_face import WindowFace


@dataclass(frozen=True)
class MainMenus:
    file_menu: QMenu
    edit_menu: QMenu
    playback_menu: QMenu
    help_menu: QMenu
    recent_menu: QMenu
    save_action: QAction
    save_as_action: QAction
    locate_action: QAction
    undo_action: QAction
    redo_action: QAction
    keep_playing_action: QAction


def build_main_menus(
    window: WindowFace, *, undo_group: QUndoGroup, trigger: Callable[[Action], object]
) -> MainMenus:
    """Add the four menus to ``window``'s menu bar; entries run ``window``'s methods named in
    the table (player actions run ``trigger(action)``)."""
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    edit_menu = bar.addMenu("&Edit")
    playback_menu = bar.addMenu("&Playback")
    help_menu = bar.addMenu("&Help")

    def declared(menu: Menu) -> dict[Action, QAction]:
        return make_actions("window", menu, window, window, trigger)

    files = declared("file")
    fill_menu(file_menu, files)
    recent = QMenu("Open &recent", window)
    recent.aboutToShow.connect(lambda: _fill_recent_menu(window, recent))
    entries = file_menu.actions()
    file_menu.insertMenu(entries[entries.index(files[Action.OPEN]) + 1], recent)

    undo = undo_group.createUndoAction(window, "&Undo")
    undo.setShortcuts(BY_ACTION[Action.UNDO].sequences())
    redo = undo_group.createRedoAction(window, "&Redo")
    redo.setShortcuts(BY_ACTION[Action.REDO].sequences())
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    fill_menu(edit_menu, declared("edit"))

    fill_menu(playback_menu, declared("playback"))
    playback_menu.addSeparator()
    keep = QAction("Keep playing while typing a note", window)
    keep.setCheckable(True)
    keep.setChecked(window.settings.note_keeps_playing)
    keep.toggled.connect(lambda checked: _keep_playing(window, checked))
    playback_menu.addAction(keep)
    fill_menu(help_menu, declared("help"))
    return MainMenus(
        file_menu=file_menu,
        edit_menu=edit_menu,
        playback_menu=playback_menu,
        help_menu=help_menu,
        recent_menu=recent,
        save_action=files[Action.SAVE],
        save_as_action=files[Action.SAVE_AS],
        locate_action=files[Action.LOCATE_VIDEO],
        undo_action=undo,
        redo_action=redo,
        keep_playing_action=keep,
    )


def _keep_playing(window: WindowFace, checked: bool) -> None:
    window.settings.note_keeps_playing = checked
    save_settings(window.settings)


def _fill_recent_menu(window: WindowFace, menu: QMenu) -> None:
    menu.clear()
    files = window.settings.existing_recent_files()
    if not files:
        menu.addAction("(none)").setEnabled(False)
    for p in files:
        action = menu.addAction(p.name)
        action.setToolTip(str(p))
        action.setData(str(p))
        action.triggered.connect(lambda _=False, path=str(p): file_flow.open_session(window, path))
