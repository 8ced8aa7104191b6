"""A closed session is let go of entirely: nothing in the window keeps it alive.

``benchmarks/bench_memory.py`` measures the memory; this checks its cause stays away: after
coding (a modifier offered, a note typed, undo steps) and opening another session, the old
session, its document, its table model and its undo commands are all freed.
"""

from __future__ import annotations

import gc
import shutil
import weakref

from PySide6.QtCore import Qt
from user_actions import press

from attachcoder.gui.window import file_flow
from attachcoder.gui.window.memory import give_memory_back


def test_opening_another_session_frees_the_old_one(qtbot, make_window, empty_session_file):
    other = empty_session_file.with_name("other.acs")
    shutil.copy2(empty_session_file, other)
    w = make_window(empty_session_file)
    w.table.view.setFocus()
    w.player.seek(2000)
    qtbot.waitUntil(lambda: w.player.current_ms == 2000, timeout=5000)
    press(qtbot, w, "3")  # repair: its modifier bar is offered
    w.modifier_bar.button("initiator", "caregiver").click()
    w.player.seek(3000)
    qtbot.waitUntil(lambda: w.player.current_ms == 3000, timeout=5000)
    press(qtbot, w, "n")  # a note
    qtbot.waitUntil(lambda: w.note_prompt.is_open)
    qtbot.keyClicks(w.note_prompt.edit, "looks away")
    qtbot.keyClick(w.note_prompt.edit, Qt.Key.Key_Return)
    doc = w.document
    assert doc.undo_stack.count() == 4 and len(doc.session) == 2  # code, modifier, code, note
    gone = [weakref.ref(x) for x in (doc.session, doc, w.model)]
    del doc

    assert file_flow.open_session(w, other, confirm=False)

    def all_gone() -> bool:
        gc.collect()
        return all(ref() is None for ref in gone)

    qtbot.waitUntil(all_gone, timeout=5000)


def test_giving_memory_back_is_harmless_anywhere() -> None:
    give_memory_back()  # glibc: malloc_trim; elsewhere only a garbage collection
