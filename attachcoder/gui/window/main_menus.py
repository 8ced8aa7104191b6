"""The window's menu bar — File, Edit, Session, Playback, Help — and the window's own entries.

Every entry is declared in :data:`~attachcoder.gui.actions.keymap.ACTIONS`; here the menus are
made (empty), with the window's own entries (text, keys and slot from the table), the undo
group's Undo and Redo and the *Open recent* submenu (filled as it opens), which the table
wraps as ``given`` rows. The composition root lays out every part's entries at once
(:func:`~attachcoder.gui.actions.menu_groups.fill_menus`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QMenu

from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.gui.actions.keymap import BY_ACTION, Action, Menu
from attachcoder.gui.actions.menu_groups import Entry, owner_actions, qaction
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.settings import save_settings
from attachcoder.gui.window.window_face import WindowFace


@dataclass(frozen=True)
class MainMenus:
    menus: dict[Menu, QMenu]
    entries: dict[Action, Entry]  # the window's own, to be laid out with the others'
    recent_menu: QMenu

    def action(self, act: Action) -> QAction:
        return qaction(self.entries[act])


def build_main_menus(
    window: WindowFace, *, undo_group: QUndoGroup, trigger: Callable[[Action], object]
) -> MainMenus:
    """Add the five menus to ``window``'s menu bar and make the window's entries; they run
    ``window``'s methods named in the table (player actions run ``trigger(action)``)."""
    bar = window.menuBar()
    titles: dict[Menu, str] = {
        "file": QT_TRANSLATE_NOOP("menus", "&File"),
        "edit": QT_TRANSLATE_NOOP("menus", "&Edit"),
        "session": QT_TRANSLATE_NOOP("menus", "&Session"),
        "playback": QT_TRANSLATE_NOOP("menus", "&Playback"),
        "help": QT_TRANSLATE_NOOP("menus", "&Help"),
    }
    menus = {
        name: bar.addMenu(QCoreApplication.translate("menus", title))
        for name, title in titles.items()
    }
    recent = QMenu(BY_ACTION[Action.RECENT].text, window)
    recent.aboutToShow.connect(lambda: _fill_recent_menu(window, recent))
    entries = owner_actions(
        "window",
        window,
        window,
        given={
            Action.RECENT: recent,
            Action.UNDO: undo_group.createUndoAction(window, BY_ACTION[Action.UNDO].text),
            Action.REDO: undo_group.createRedoAction(window, BY_ACTION[Action.REDO].text),
        },
        checked={Action.KEEP_PLAYING: window.settings.note_keeps_playing},
        trigger=trigger,
    )
    return MainMenus(menus=menus, entries=entries, recent_menu=recent)


def keep_playing(window: WindowFace, checked: bool) -> None:
    """Playback → Keep playing while typing a note: the preference, saved at once."""
    window.settings.note_keeps_playing = checked
    save_settings(window.settings)


def _fill_recent_menu(window: WindowFace, menu: QMenu) -> None:
    menu.clear()
    files = window.settings.existing_recent_files()
    if not files:
        menu.addAction(QCoreApplication.translate("menus", "(none)")).setEnabled(False)
    for p in files:
        action = menu.addAction(p.name)
        action.setToolTip(str(p))
        action.setData(str(p))
        action.triggered.connect(lambda _=False, path=str(p): file_flow.open_session(window, path))
