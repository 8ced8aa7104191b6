"""The scheme editor, driven by clicks and typing, on a coded session."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from attachcoder.core import Session
from attachcoder.gui.dialogs.scheme_editor import SchemeEditorDialog, apply_scheme_plan
from attachcoder.gui.editing.document import Document
from attachcoder.io.session.file import default_scheme, load_scheme, save_scheme


@pytest.fixture
def session() -> Session:
    s = Session(default_scheme(), duration_ms=60_000, ratings={"sensitivity": 7})
    s.code("Interaction", "attuned", 0)
    s.code("Interaction", "misattuned", 4000)
    s.code("Interaction", "repair", 6000, modifiers={"initiator": "caregiver"})
    s.code("Interaction", "attuned", 8000)
    s.code("Marks", "infant bid", 5000)
    return s


@pytest.fixture
def editor(qtbot: QtBot, session: Session) -> SchemeEditorDialog:
    dialog = SchemeEditorDialog(session.scheme, session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


class Answers:
    """Stands in for the user answering QMessageBox.question; records what was asked."""

    def __init__(self, *answers: QMessageBox.StandardButton) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.asked.append(text)
        return self.answers.pop(0)


def click_item(qtbot: QtBot, editor: SchemeEditorDialog, layer: int, code: int | None) -> None:
    top = editor.tree.topLevelItem(layer)
    assert top is not None
    item: QTreeWidgetItem | None = top if code is None else top.child(code)
    assert item is not None
    rect = editor.tree.visualItemRect(item)
    qtbot.mouseClick(editor.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.tree.currentItem() is item


def retype(qtbot: QtBot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)


def press_ok(qtbot: QtBot, editor: SchemeEditorDialog) -> None:
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)


def interaction(s: Session) -> list[str]:
    return [e.code for e in s.layer_episodes("Interaction")]


def test_renaming_a_code_renames_its_episodes_in_one_undo_step(
    qtbot: QtBot, editor: SchemeEditorDialog, session: Session
) -> None:
    click_item(qtbot, editor, 0, 0)
    assert editor.code_form.usage.text().startswith("2 episode(s)")
    retype(qtbot, editor.code_form.name, "in sync")
    assert editor.tree.currentItem().text(0) == "[1]  in sync"  # type: ignore[union-attr]
    press_ok(qtbot, editor)
    assert editor.result() == editor.DialogCode.Accepted
    assert editor.plan is not None
    doc = Document(session, None)
    stack = doc.undo_stack
    assert apply_scheme_plan(editor, doc, editor.plan)
    assert interaction(session) == ["in sync", "misattuned", "repair", "in sync"]
    assert stack.count() == 1
    stack.undo()
    assert interaction(session) == ["attuned", "misattuned", "repair", "attuned"]
    assert session.scheme == default_scheme()
    stack.redo()
    assert interaction(session)[0] == "in sync"


def test_removing_a_code_in_use_asks_once_then_deletes_its_episodes(
    qtbot: QtBot, editor: SchemeEditorDialog, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    click_item(qtbot, editor, 0, 2)  # repair
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "1 episode(s) coded with code 'repair'" in answers.asked[0]
    assert [c.name for c in editor.draft.layers[0].codes][2] == "repair"  # "No" kept it
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert "repair" not in [c.name for c in editor.draft.layers[0].codes]
    press_ok(qtbot, editor)  # already agreed: no second question
    assert len(answers.asked) == 2
    assert editor.result() == editor.DialogCode.Accepted
    doc = Document(session, None)
    stack = doc.undo_stack
    apply_scheme_plan(editor, doc, editor.plan)  # type: ignore[arg-type]
    assert interaction(session) == ["attuned", "misattuned", "attuned"]
    stack.undo()
    assert interaction(session) == ["attuned", "misattuned", "repair", "attuned"]


def test_an_unused_code_goes_without_a_question(
    qtbot: QtBot, editor: SchemeEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers()
    monkeypatch.setattr(QMessageBox, "question", answers)
    click_item(qtbot, editor, 1, 2)  # reunion: never coded
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [c.name for c in editor.draft.layers[1].codes] == ["play", "still-face"]
    press_ok(qtbot, editor)
    assert answers.asked == []
    assert editor.plan is not None and editor.plan.losses() == []


def test_key_conflicts_and_player_keys_are_shown_live_and_block_ok(
    qtbot: QtBot, editor: SchemeEditorDialog
) -> None:
    assert editor.ok_button.isEnabled()
    click_item(qtbot, editor, 2, 0)  # infant bid, key b
    retype(qtbot, editor.code_form.key, "1")
    problems = [editor.problems.item(i).text() for i in range(editor.problems.count())]
    assert any("key '1' is already used by code 'attuned'" in p for p in problems)
    assert not editor.ok_button.isEnabled()
    retype(qtbot, editor.code_form.key, ".")
    assert "used by the player" in editor.problems.item(0).text()
    retype(qtbot, editor.code_form.key, " ")
    assert "key Space is used by the player" in editor.problems.item(0).text()
    retype(qtbot, editor.code_form.key, "x")
    assert editor.problems.count() == 0
    assert editor.ok_button.isEnabled()
    assert editor.scheme().code_for_key("X") is not None


def test_colour_definition_role_modifiers_and_note_prompt(
    qtbot: QtBot, editor: SchemeEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    qtbot.mouseClick(editor.add_layer_button, Qt.MouseButton.LeftButton)
    form = editor.layer_form
    retype(qtbot, form.name, "Infant")
    form.kind.setCurrentIndex(form.kind.findData("state"))
    qtbot.mouseClick(editor.add_code_button, Qt.MouseButton.LeftButton)
    cf = editor.code_form
    retype(qtbot, cf.name, "distress")
    retype(qtbot, cf.key, "d")
    qtbot.mouseClick(cf.color, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(cf.definition, "Cries or fusses.")
    cf.role.setCurrentText("excluded")
    qtbot.keyClicks(cf.modifiers, "intensity: low, high")
    qtbot.mouseClick(cf.asks_note, Qt.MouseButton.LeftButton)
    # move the new layer up above Marks
    click_item(qtbot, editor, 3, None)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    scheme = editor.scheme()
    assert [la.name for la in scheme.layers] == ["Interaction", "Phase", "Infant", "Marks"]
    code = scheme.layers[2].codes[0]
    assert (code.name, code.key, code.color, code.definition, code.role, code.asks_note) == (
        "distress", "d", "#123456", "Cries or fusses.", "excluded", True,
    )  # fmt: skip
    assert code.modifier("intensity") is not None
    assert code.modifier("intensity").values == ("low", "high")  # type: ignore[union-attr]
    assert editor.problems.count() == 0


def test_a_badly_written_modifier_is_a_problem(qtbot: QtBot, editor: SchemeEditorDialog) -> None:
    click_item(qtbot, editor, 0, 2)
    editor.code_form.modifiers.clear()
    qtbot.keyClicks(editor.code_form.modifiers, "initiator caregiver")
    assert "write 'name: value, value'" in editor.problems.item(0).text()
    assert not editor.ok_button.isEnabled()


def test_rating_items_are_edited_in_their_table(
    qtbot: QtBot, editor: SchemeEditorDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.mouseClick(editor.add_rating_button, Qt.MouseButton.LeftButton)
    table = editor.ratings
    assert table.rowCount() == 2
    table.item(1, 0).setText("EA sensitivity")  # type: ignore[union-attr]
    table.item(1, 2).setText("seven")  # type: ignore[union-attr]
    assert any(
        "is not a number" in editor.problems.item(i).text() for i in range(editor.problems.count())
    )
    table.item(1, 2).setText("7")  # type: ignore[union-attr]
    assert editor.problems.count() == 0
    items = editor.scheme().rating_items
    assert [(r.name, r.min, r.max) for r in items] == [
        ("sensitivity", 1, 9),
        ("EA sensitivity", 1, 7),
    ]
    # shrinking the range below the session's rating clears it, after asking
    table.item(0, 2).setText("5")  # type: ignore[union-attr]
    answers = Answers(QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "question", answers)
    press_ok(qtbot, editor)
    assert "outside its new range" in answers.asked[0]
    assert editor.plan is not None and editor.plan.cleared_ratings == ("sensitivity",)


def test_turning_a_coded_layer_into_points_is_a_problem(
    qtbot: QtBot, editor: SchemeEditorDialog
) -> None:
    click_item(qtbot, editor, 0, None)
    editor.layer_form.kind.setCurrentIndex(editor.layer_form.kind.findData("point"))
    assert "has coded states" in editor.problems.item(0).text()
    assert not editor.ok_button.isEnabled()


def test_save_a_template_and_load_one(
    qtbot: QtBot, editor: SchemeEditorDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    target = tmp_path / "my scheme.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    click_item(qtbot, editor, 0, 0)
    retype(qtbot, editor.code_form.name, "in sync")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = load_scheme(target)
    assert saved == editor.scheme()

    other = default_scheme()
    template = tmp_path / "template.json"
    save_scheme(other, template)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(template), ""))
    qtbot.mouseClick(editor.load_button, Qt.MouseButton.LeftButton)
    assert editor.scheme() == other
    assert editor.tree.topLevelItemCount() == 3
    press_ok(qtbot, editor)  # same names as the session's scheme: nothing is lost
    assert editor.plan is not None and editor.plan.losses() == []


def test_a_broken_template_is_reported_not_loaded(
    qtbot: QtBot, editor: SchemeEditorDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{ not json", encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    qtbot.mouseClick(editor.load_button, Qt.MouseButton.LeftButton)
    assert "bad.json" in warnings[0]
    assert editor.scheme() == default_scheme()


def test_without_a_session_the_editor_just_returns_a_scheme(qtbot: QtBot) -> None:
    dialog = SchemeEditorDialog(default_scheme())
    qtbot.addWidget(dialog)
    dialog.show()
    click_item(qtbot, dialog, 0, 0)
    assert dialog.code_form.usage.text() == ""
    retype(qtbot, dialog.code_form.name, "in sync")
    press_ok(qtbot, dialog)
    assert dialog.plan is None
    assert dialog.scheme().layers[0].codes[0].name == "in sync"
