"""The menus are built from the one action table: every declared entry is in its menu with
its keys, "enabled while a session is open" follows the open session, and every entry of
every menu is a row of the table, in the table's order."""

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
        for a in menu.actions():  # a submenu's entries, as "menu/submenu"
            sub = a.menu()
            if isinstance(sub, QMenu):
                out[f"{name}/{sub.title()}"] = {
                    e.text(): e for e in sub.actions() if not e.isSeparator()
                }
    return out


def _where(b) -> str:  # type: ignore[no-untyped-def]
    return b.menu if b.submenu is None else f"{b.menu}/{b.submenu}"


def test_every_declared_entry_is_in_its_menu_with_its_keys(make_window, sample_session_file):
    w = make_window()
    menus = _entries(w)
    declared = [b for b in ACTIONS if b.menu is not None]
    assert len(declared) >= 20
    for b in declared:
        action = menus[_where(b)][b.text]
        if b.keys and b.scope == "menu":
            assert [s.toString() for s in action.shortcuts()] == [
                s.toString() for s in b.sequences()
            ]
        elif b.keys:  # a player key: routed by the key router, shown beside the text
            assert action.text().endswith("\t" + b.key_text())
        if b.tip:
            assert action.toolTip() == b.tip
        if b.enabled_when != "part":  # (a part's own state: tested with that part)
            assert action.isEnabled() == (b.enabled_when == "always"), b.action

    w2 = make_window(sample_session_file, wait_frame=False)
    for b in declared:
        if b.enabled_when != "part":
            assert _entries(w2)[_where(b)][b.text].isEnabled(), b.action


def _laid_out(menu: QMenu) -> list[str]:
    """A menu as a person reads it: each entry's text (a submenu's entries indented under it,
    except Open recent's, which are the recent files), "--" for a separator."""
    out: list[str] = []
    for a in menu.actions():
        if a.isSeparator():
            out.append("--")
            continue
        out.append(a.text().split("\t")[0])
        sub = a.menu()
        if isinstance(sub, QMenu) and "recent" not in sub.title():
            out.extend("  " + line for line in _laid_out(sub))
    return out


def _declared_layout() -> dict[str, list[str]]:
    """What ACTIONS says each menu holds: rows group by group, table order within a group."""
    out: dict[str, list[str]] = {}
    last: dict[str, int] = {}
    rows = sorted((b for b in ACTIONS if b.menu is not None), key=lambda b: b.group)
    for b in rows:
        assert b.menu is not None
        where = b.menu if b.submenu is None else f"{b.menu}/{b.submenu}"
        if b.submenu is not None and where not in out:
            lines = out.setdefault(b.menu, [])
            if b.menu in last and last[b.menu] != b.group:
                lines.append("--")
            last[b.menu] = b.group
            lines.append(b.submenu)
        lines = out.setdefault(where, [])
        if where in last and last[where] != b.group:
            lines.append("--")
        last[where] = b.group
        lines.append(b.text)
    return out


def test_every_menu_entry_of_the_window_is_declared_in_the_table(make_window):
    """Nothing is added to a menu by hand: each menu, separators and submenus included, is
    exactly the table's rows for it, in order."""
    w = make_window()
    declared = _declared_layout()
    for top in w.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        name = menu.title().replace("&", "").lower()
        expected = list(declared.pop(name))
        for key in [k for k in declared if k.startswith(name + "/")]:
            sub = declared.pop(key)
            at = expected.index(key.split("/", 1)[1])
            expected[at + 1 : at + 1] = ["  " + line for line in sub]
        assert _laid_out(menu) == expected, name
    assert not declared, f"declared menus the window lacks: {list(declared)}"
    assert [t.text() for t in w.menuBar().actions()] == [
        "&File", "&Edit", "&Session", "&Playback", "&Help"
    ]  # fmt: skip
