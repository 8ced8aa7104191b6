"""Menu entries from the action table, and the menus filled from it in one pass.

Each part that owns entries makes them from its rows of the table (:func:`owner_actions`:
text, keys, tip, checkable, and the part's method the row names), or hands over the QAction
it made itself for a ``given`` row (the undo group's Undo, the live clock's); the composition
root then lays every entry out with :func:`fill_menus`, in the table's order, so no part
inserts into a menu itself and the menus are exactly what :data:`ACTIONS` declares.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from attachcoder.gui.actions.keymap import (
    ACTIONS,
    BY_ACTION,
    Action,
    Binding,
    Menu,
    Owner,
    menu_actions,
    shown,
)

#: a menu entry: an action, or a submenu (File → Open recent)
Entry = QAction | QMenu


def make_action(
    binding: Binding, parent: QObject, run: Callable[..., object] | None, *, checked: bool = False
) -> QAction:
    """The menu entry of one row of the action table, running ``run`` when chosen (a
    checkable row starts ``checked``, set before ``run`` is connected, and ``run`` receives
    each new state; it may have none and only hold the state).

    A "menu" key is the entry's shortcut; a "player" key is routed by the key router wherever
    the focus is, so the entry only shows it.
    """
    a = QAction(binding.text, parent)
    _dress(a, binding)
    if binding.keys and binding.scope == "player":
        a.setText(f"{binding.text}\t{binding.key_text()}")
    if binding.checkable:
        a.setCheckable(True)
        a.setChecked(checked)
        if run is not None:
            a.toggled.connect(run)
    elif run is not None:
        a.triggered.connect(lambda _checked=False: run())
    return a


def _dress(a: QAction, binding: Binding) -> None:
    """The row's shortcuts and tip on an entry (one made here or one handed over)."""
    if binding.keys and binding.scope == "menu":
        a.setShortcuts(binding.sequences())
    if binding.standard_key is not None:
        a.setShortcut(QKeySequence(binding.standard_key))
    if binding.tip:
        a.setToolTip(binding.shown_tip)


def owner_actions(
    owner: Owner,
    parent: QObject,
    slots: object,
    *,
    given: Mapping[Action, Entry] | None = None,
    checked: Mapping[Action, bool] | None = None,
    trigger: Callable[[Action], object] | None = None,
) -> dict[Action, Entry]:
    """The entries ``owner`` declares, in the table's order: each runs the method of ``slots``
    the row names (a player action without a slot runs ``trigger(action)``, as its key does);
    a ``given`` row's entry comes from ``given``; a checkable row starts as ``checked`` says
    (set before it is connected, so starting up saves nothing)."""
    out: dict[Action, Entry] = {}
    for b in menu_actions(owner):
        if b.given:
            assert given is not None and b.action in given, f"{owner} hands over {b.action}"
            entry = given[b.action]
            if isinstance(entry, QAction):
                _dress(entry, b)
            out[b.action] = entry
            continue
        run: Callable[..., object] | None
        if b.slot is not None:
            run = getattr(slots, b.slot)
        elif b.checkable:
            run = None  # a state the owner reads when it needs it
        else:
            assert trigger is not None, f"{b.action} runs through trigger(action)"
            run = functools.partial(trigger, b.action)
        out[b.action] = make_action(b, parent, run, checked=bool(checked and checked.get(b.action)))
    return out


def qaction(entry: Entry) -> QAction:
    """The QAction of an entry the owner knows to be an action."""
    assert isinstance(entry, QAction)
    return entry


def fill_menus(menus: Mapping[Menu, QMenu], entries: Mapping[Action, Entry]) -> dict[str, QMenu]:
    """Lay out every declared entry in its menu (or submenu): group by group, in the table's
    order within a group, a separator between groups; returns the submenus made, by title.
    Every menu row of the table must have its entry in ``entries``."""
    last: dict[QMenu, int] = {}
    submenus: dict[str, QMenu] = {}
    for b in sorted((b for b in ACTIONS if b.menu is not None), key=lambda b: b.group):
        assert b.menu is not None
        assert b.action in entries, f"no part made the entry {b.action}"
        menu = menus[b.menu]
        if b.submenu is not None:
            sub = submenus.get(b.submenu)
            if sub is None:
                sub = submenus[b.submenu] = QMenu(shown(b.submenu), menu.parentWidget())
                _add(menu, sub, b.group, last)
            menu = sub
        _add(menu, entries[b.action], b.group, last)
    return submenus


def _add(menu: QMenu, entry: Entry, group: int, last: dict[QMenu, int]) -> None:
    if menu in last and last[menu] != group:
        menu.addSeparator()
    last[menu] = group
    if isinstance(entry, QMenu):
        menu.addMenu(entry)
    else:
        menu.addAction(entry)


def enable_for_document(actions: Mapping[Action, Entry], has_document: bool) -> None:
    """Apply each row's ``enabled_when`` now that a session is (or is not) open."""
    for act, entry in actions.items():
        if BY_ACTION[act].enabled_when == "document":
            entry.setEnabled(has_document)
