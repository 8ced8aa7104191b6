"""Menu entries from the action table, and adding a feature's actions to an existing menu.

Features that plug into the window (``install_*(window)`` functions) add their own group of
actions to a menu, before its last group (File's last group is Quit), instead of the window
listing every feature's action itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from attachcoder.gui.actions.keymap import BY_ACTION, Action, Binding, Menu, Owner, menu_actions


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


def make_action(binding: Binding, parent: QObject, run: Callable[[], object]) -> QAction:
    """The menu entry of one row of the action table, running ``run`` when chosen.

    A "menu" key is the entry's shortcut; a "player" key is routed by the key router wherever
    the focus is, so the entry only shows it.
    """
    a = QAction(binding.text, parent)
    if binding.keys and binding.scope == "menu":
        a.setShortcuts(binding.sequences())
    elif binding.keys:
        a.setText(f"{binding.text}\t{binding.key_text()}")
    if binding.standard_key is not None:
        a.setShortcut(QKeySequence(binding.standard_key))
    if binding.tip:
        a.setToolTip(binding.tip)
    a.triggered.connect(lambda _checked=False: run())
    return a


def make_actions(
    owner: Owner,
    menu: Menu,
    parent: QObject,
    slots: object,
    trigger: Callable[[Action], object] | None = None,
) -> dict[Action, QAction]:
    """The entries ``owner`` declares for ``menu``; each runs the method of ``slots`` the table
    names (a player action without a slot runs ``trigger(action)``, as its key does)."""
    out: dict[Action, QAction] = {}
    for b in menu_actions(owner, menu):
        if b.slot is not None:
            run: Callable[[], object] = getattr(slots, b.slot)
        else:
            assert trigger is not None, f"{b.action} runs through trigger(action)"
            run = functools.partial(trigger, b.action)
        out[b.action] = make_action(b, parent, run)
    return out


def fill_menu(menu: QMenu, actions: dict[Action, QAction]) -> None:
    """Add ``actions`` to ``menu`` in the table's order, a separator between groups."""
    last: int | None = None
    for act, qaction in actions.items():
        group = BY_ACTION[act].group
        if last is not None and group != last:
            menu.addSeparator()
        menu.addAction(qaction)
        last = group


def enable_for_document(actions: dict[Action, QAction], has_document: bool) -> None:
    """Apply each row's ``enabled_when`` now that a session is (or is not) open."""
    for act, qaction in actions.items():
        if BY_ACTION[act].enabled_when == "document":
            qaction.setEnabled(has_document)
