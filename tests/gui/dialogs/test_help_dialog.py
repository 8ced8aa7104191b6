"""The F1 cheat sheet follows the scheme and the player's key table."""

from __future__ import annotations

import itertools

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from attachcoder.core.scheme_edit import SchemeDraft
from attachcoder.gui.actions.keymap import BINDINGS
from attachcoder.gui.dialogs.help_dialog import HelpDialog, show_help
from attachcoder.io.session.file import default_scheme


def test_the_sheet_lists_every_code_key_and_every_player_key(qtbot: QtBot) -> None:
    scheme = default_scheme()
    dialog = HelpDialog(scheme)
    qtbot.addWidget(dialog)
    text = dialog.text()
    lines = text.splitlines()
    pairs = set(itertools.pairwise(lines))  # a table cell per line: key, then code
    for layer in scheme.layers:
        assert layer.name in text
        for code in layer.codes:
            assert code.key is not None
            assert (code.key.upper(), f"■ {code.name}") in pairs
    assert "initiator: caregiver, infant, mutual" in text
    assert "asks for a note" in text
    for b in BINDINGS:
        assert (b.key_text(), b.label) in pairs
    assert "Ctrl+Shift+Z or Ctrl+Y" in text
    # editing: a shared boundary moves both sides; Shift+Enter (Shift-drag) moves one edge
    edit = text[text.index("Editing episodes") :]
    assert "Shift+Enter" in edit and "alone" in edit and "hold Shift" in edit
    assert "moves both" in " ".join(edit.split())


def test_show_help_reuses_one_window_and_follows_a_scheme_change(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    first = show_help(parent, default_scheme())
    assert "attuned" in first.text()
    draft = SchemeDraft(default_scheme())
    draft.layers[0].codes[0].name = "in sync"
    draft.layers[0].codes[0].key = "q"
    second = show_help(parent, draft.to_scheme())
    assert second is first
    lines = second.text().splitlines()
    pairs = set(itertools.pairwise(lines))
    assert ("Q", "■ in sync") in pairs
    assert ("1", "■ attuned") not in pairs
