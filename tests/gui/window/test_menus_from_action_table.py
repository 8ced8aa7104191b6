"""The menus are built from the one action table: every declared entry is in its menu with
its keys, and "enabled while a session is open" follows the open session."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from attachcoder.gui.actions.keymap import ACTIONS


def _entries(window) -> dict[str, dict[str, QAction]]:  # type: ignore[no-untyped-def]
    out: dict[str, dict[str, QAction]] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        name = menu.title().replace("&", "").lower()
        out[name] = {a.text().split("\t")[0]: a for a in menu.actions() if not a.isSeparator()}
    return out


def test_every_declared_entry_is_in_its_menu_with_its_keys(make_window, sample_session_file):
    w = make_window()
    menus = _entries(w)
    declared = [b for b in ACTIONS if b.menu is not None]
    assert len(declared) >= 20
    for b in declared:
        action = menus[b.menu][b.text]
        if b.keys and b.scope == "menu":
            assert [s.toString() for s in action.shortcuts()] == [
                s.toString() for s in b.sequences()
            ]
        elif b.keys:  # a player key: routed by the key router, shown beside the text
            assert action.text().endswith("\t" + b.key_text())
        if b.tip:
            assert action.toolTip() == b.tip
        assert action.isEnabled() == (b.enabled_when == "always"), b.action

    w2 = make_window(sample_session_file, wait_frame=False)
    for b in declared:
        assert _entries(w2)[b.menu][b.text].isEnabled(), b.action
