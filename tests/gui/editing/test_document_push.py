"""Every edit reaches the undo stack through Document.push: the stack's redo applies it, a
refusal leaves nothing behind."""

from __future__ import annotations

import pytest

from attachcoder.core.session import Session, SessionError
from attachcoder.gui.editing.document import Document
from attachcoder.io.session.file import default_scheme


def test_the_push_applies_the_change_and_undo_redo_replay_it(qtbot) -> None:
    session = Session(default_scheme(), duration_ms=20_000)
    doc = Document(session, None)
    doc.push(session.plan_code("Interaction", "attuned", 1000), "Start attuned")
    assert [e.onset_ms for e in session.iter_episodes()] == [1000]
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Start attuned"
    doc.undo_stack.undo()
    assert len(session) == 0
    doc.undo_stack.redo()
    assert [e.onset_ms for e in session.iter_episodes()] == [1000]
    doc.close(discard=True)


def test_a_refused_edit_raises_and_leaves_the_stack_and_session_as_they_were(qtbot) -> None:
    session = Session(default_scheme(), duration_ms=20_000)
    doc = Document(session, None)
    change = session.plan_code("Interaction", "attuned", 1000)
    doc.push(change, "Start attuned")
    with pytest.raises(SessionError):
        doc.push(change, "the same episode again")  # its id is taken: the session refuses
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Start attuned"
    assert len(session) == 1
    doc.close(discard=True)
