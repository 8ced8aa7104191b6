"""Session ▸ Coding scheme… on a coded session: rename, remove a code in use, a key conflict.

Each edit is one undo step, and the pad, the keys, the table and the timeline follow it —
also when it is undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from user_actions import press, when_modal

from attachcoder.gui.dialogs.help_dialog import HelpDialog
from attachcoder.gui.dialogs.scheme_editor import SchemeEditorDialog


def _click_item(qtbot, d: SchemeEditorDialog, layer: int, code: int) -> None:  # type: ignore[no-untyped-def]
    item = d.tree.topLevelItem(layer).child(code)
    rect = d.tree.visualItemRect(item)
    qtbot.mouseClick(d.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert d.tree.currentItem() is item


def _retype(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def _edit_scheme(w, act) -> bool:  # type: ignore[no-untyped-def]
    def checked(d: QDialog) -> None:
        assert isinstance(d, SchemeEditorDialog)
        act(d)

    when_modal(checked)
    return w.session_actions.edit_scheme()


def _codes(w, layer: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.code for e in w.document.session.layer_episodes(layer)]


def test_renaming_a_code_renames_its_episodes_everywhere_and_undo_brings_it_back(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    n_attuned = _codes(w, "Interaction").count("attuned")
    w.show_key_help()  # an open help window follows the scheme too

    def rename(d: SchemeEditorDialog) -> None:
        _click_item(qtbot, d, 0, 0)
        _retype(qtbot, d.code_form.name, "in sync")
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    assert _edit_scheme(w, rename)
    assert _codes(w, "Interaction").count("in sync") == n_attuned
    assert "attuned" not in _codes(w, "Interaction")
    assert w.pad.button("Interaction", "in sync") is not None
    assert w.pad.button("Interaction", "attuned") is None
    assert w.timeline.session.scheme.layer("Interaction").code("in sync") is not None
    help_text = w.findChild(HelpDialog).text()
    assert "■ in sync" in help_text and "■ attuned" not in help_text
    codes = [w.table.code_filter.itemText(i) for i in range(w.table.code_filter.count())]
    assert "in sync" in codes and "attuned" not in codes
    assert w.document.undo_stack.count() == 1

    # key 1 now codes "in sync", at the frame on screen
    w.player.seek(200_000)
    qtbot.waitUntil(lambda: w.player.current_ms == 200_000, timeout=5000)
    press(qtbot, w, "1")
    assert w.document.session.active_in("Interaction", 200_000).code == "in sync"

    w.undo_action.trigger()  # the key press
    w.undo_action.trigger()  # the rename
    assert _codes(w, "Interaction").count("attuned") == n_attuned
    assert w.pad.button("Interaction", "attuned") is not None
    assert "■ attuned" in w.findChild(HelpDialog).text()
    w.findChild(HelpDialog).close()


def test_removing_a_code_in_use_asks_and_is_one_undo_step(
    qtbot, make_window, sample_session_file, monkeypatch
):
    w = make_window(sample_session_file)
    before = len(w.document.session)
    n_repair = _codes(w, "Interaction").count("repair")
    assert n_repair > 0
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)

    def remove(d: SchemeEditorDialog) -> None:
        _click_item(qtbot, d, 0, 2)  # Interaction ▸ repair
        qtbot.mouseClick(d.remove_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    assert _edit_scheme(w, remove)
    assert f"{n_repair} episode(s) coded with code 'repair'" in asked[0]
    assert "repair" not in _codes(w, "Interaction")
    assert w.table.model.rowCount() == before - n_repair
    assert w.pad.button("Interaction", "repair") is None
    press(qtbot, w, "3")  # the key is free now: it codes nothing
    assert len(w.document.session) == before - n_repair
    w.undo_action.trigger()
    assert _codes(w, "Interaction").count("repair") == n_repair
    assert w.table.model.rowCount() == before


def test_a_key_conflict_blocks_ok_and_a_new_key_codes(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    problems_seen: list[str] = []

    def rekey(d: SchemeEditorDialog) -> None:
        _click_item(qtbot, d, 2, 0)  # Marks ▸ infant bid, key b
        _retype(qtbot, d.code_form.key, "1")
        problems_seen.extend(d.problems.item(i).text() for i in range(d.problems.count()))
        assert not d.ok_button.isEnabled()
        _retype(qtbot, d.code_form.key, "]")  # a player key
        problems_seen.extend(d.problems.item(i).text() for i in range(d.problems.count()))
        assert not d.ok_button.isEnabled()
        _retype(qtbot, d.code_form.key, "x")
        assert d.ok_button.isEnabled()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    assert _edit_scheme(w, rekey)
    assert any("key '1' is already used by code 'attuned'" in p for p in problems_seen)
    assert any("used by the player" in p for p in problems_seen)
    marks = len(w.document.session.layer_episodes("Marks"))
    w.player.seek(200_040)
    qtbot.waitUntil(lambda: w.player.current_ms == 200_040, timeout=5000)
    press(qtbot, w, "b")  # the old key does nothing now
    assert len(w.document.session.layer_episodes("Marks")) == marks
    press(qtbot, w, "x")
    assert len(w.document.session.layer_episodes("Marks")) == marks + 1
    assert w.pad.button("Marks", "infant bid").text().startswith("X")
