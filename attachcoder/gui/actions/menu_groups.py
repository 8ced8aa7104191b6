"""Adding actions to the window's existing menus from the modules that own them.

Features that plug into the window (``install_*(window)`` functions) add their own group of
actions to a menu, before its last group (File's last group is Quit), instead of the window
listing every feature's action itself.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def add_group(menu: QMenu, items: list[QAction | QMenu]) -> None:
    """Insert ``items`` as one group (set off by a separator) before the menu's last group."""
    actions = [it.menuAction() if isinstance(it, QMenu) else it for it in items]
    separators = [a for a in menu.actions() if a.isSeparator()]
    if not separators:
        if menu.actions():
            menu.addSeparator()
        menu.addActions(actions)
        return
    before = separators[-1]
    for a in actions:
        menu.insertAction(before, a)
    if actions:
        menu.insertSeparator(actions[0])


def find_submenu(menu: QMenu, title: str) -> QMenu | None:
    """The submenu of ``menu`` titled ``title`` (mnemonic ampersands ignored), if any."""
    want = title.replace("&", "").strip().lower()
    for a in menu.actions():
        sub = a.menu()
        if isinstance(sub, QMenu) and sub.title().replace("&", "").strip().lower() == want:
            return sub
    return None
