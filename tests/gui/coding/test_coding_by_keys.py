"""The coding window driven by real key presses on the sample video."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit

from attachcoder.core.timefmt import format_ms
from attachcoder.gui.episodes.episode_model import EDGE_ALONE_ROLE, Column
from attachcoder.io.session.file import dumps, load
from attachcoder.io.session.journal import journal_path

FRAME_MS = 40  # the sample video runs at 25 frames per second


def _wait_frame(qtbot, w, index: int) -> None:
    qtbot.waitUntil(lambda: w.player.current_frame == index, timeout=5000)


def _press(qtbot, w, key) -> None:
    """A key press delivered where the focus is (as the keyboard would deliver it)."""
    qtbot.keyClick(QApplication.focusWidget() or w, key)


def test_code_a_sequence_while_playing_then_frame_by_frame(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    session = w.document.session
    w.table.view.setFocus()  # keys code wherever the focus is (here: the table)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is w.table.view)

    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.is_playing)
    coded: list[tuple[str, int]] = []
    for key, code, after in (("1", "attuned", 8), ("2", "misattuned", 20), ("3", "repair", 32)):
        qtbot.waitUntil(lambda a=after: w.player.current_frame >= a, timeout=5000)
        shown = w.player.current_ms  # the frame on screen as the key goes down
        _press(qtbot, w, key)
        coded.append((code, shown))
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.player.is_playing)

    eps = [e for e in session.episodes() if e.layer == "Interaction"]
    assert [(e.code, e.onset_ms) for e in eps] == coded
    assert eps[0].offset_ms == eps[1].onset_ms and eps[1].offset_ms == eps[2].onset_ms
    assert eps[2].offset_ms is None  # repair still running
    assert w.modifier_bar.isVisible() and w.modifier_bar.episode_id == eps[2].id

    # paused: step three frames forward; the display follows the frame on screen
    start = w.player.current_frame
    for _ in range(3):
        _press(qtbot, w, ".")
    _wait_frame(qtbot, w, start + 3)
    frame = start + 3
    assert w.transport.time_label.text() == format_ms(frame * FRAME_MS)
    assert w.transport.frame_label.text() == f"frame {frame}"
    _press(qtbot, w, "1")
    _press(qtbot, w, ",")
    _press(qtbot, w, ",")
    _wait_frame(qtbot, w, frame - 2)
    _press(qtbot, w, "B")  # case-insensitive; a point code
    attuned = session.running("Interaction")
    assert attuned is not None and attuned.code == "attuned"
    assert attuned.onset_ms == frame * FRAME_MS
    bid = next(e for e in session.episodes() if e.layer == "Marks")
    assert bid.onset_ms == (frame - 2) * FRAME_MS and bid.offset_ms is None
    assert all(e.onset_ms % FRAME_MS == 0 for e in session.episodes())
    assert w.table.model.rowCount() == len(session) == 5
    # two frames before the new attuned, repair is the active state: the pad marks it
    assert w.pad.active()["Interaction"] == "repair"
    assert w.isWindowModified()

    # pressing the running state's key again closes it at the frame on screen
    _press(qtbot, w, ".")
    _wait_frame(qtbot, w, frame - 1)
    _press(qtbot, w, Qt.Key.Key_Right)
    _wait_frame(qtbot, w, frame - 1 + 25)
    _press(qtbot, w, "1")
    assert session.running("Interaction") is None
    assert session.episode(attuned.id).offset_ms == (frame + 24) * FRAME_MS


def test_player_keys_never_click_a_button(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    focusable = [
        b for b in w.findChildren(QAbstractButton) if b.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]
    assert focusable == []
    clicked: list[int] = []
    w.pad.button("Interaction", "attuned").clicked.connect(lambda: clicked.append(1))
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.is_playing)
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not w.player.is_playing)
    assert clicked == []
    _press(qtbot, w, "]")
    _press(qtbot, w, "]")
    assert w.player.rate == 2.0 and w.transport.speed_label.text() == "2×"
    _press(qtbot, w, "\\")
    assert w.player.rate == 1.0


def test_keys_type_text_in_a_text_field(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    session = w.document.session
    _press(qtbot, w, "n")  # "note" asks for a note: the prompt opens and takes the focus
    assert w.note_prompt.isVisible()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "1 2 b. ok")
    assert len(session) == 1  # the digits and letters became text, not codes
    assert w.player.current_frame == 0  # "." did not step
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (ep,) = session.episodes()
    assert ep.note == "1 2 b. ok"
    assert not w.note_prompt.isVisible()


def test_table_edit_undo_redo_save_reopen(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    session = w.document.session
    original = dumps(session)
    view = w.table.view

    # edit a note in place, as a person would: select, F2, type, Enter
    first = session.episodes()[0]
    index = w.table.proxy_index(first.id, Column.NOTE)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "calm 1")  # "1" is text here, not a code
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next loop turn
    qtbot.waitUntil(lambda: session.episode(first.id).note == "calm 1")
    assert len(session) == 105

    # an onset moved alone (Shift+Enter) into the episode before is refused with a message
    second = [e for e in session.episodes() if e.layer == "Interaction"][1]
    index = w.table.proxy_index(second.id, Column.ONSET)
    w.table.proxy.setData(index, "00:00:01.000", EDGE_ALONE_ROLE)
    assert "overlap" in w.statusBar().currentMessage()
    assert session.episode(second.id) == second

    # delete with the Delete key, then code one more with a key
    view.setFocus()
    w.table.select_episode(second.id)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert second.id not in session
    w.player.seek(100_000)
    _wait_frame(qtbot, w, 2500)
    qtbot.keyClick(view, "b")
    edited = dumps(session)
    assert w.isWindowModified() and "[*]" in w.windowTitle()
    assert journal_path(sample_session_file).exists()

    # undo everything, back to the saved state (and the unmodified title) …
    steps = w.document.undo_stack.count()
    assert steps == 3
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dumps(session) == original
    assert not w.isWindowModified()
    # … and redo it all (Ctrl+Y and Ctrl+Shift+Z both redo), to the same edited state
    qtbot.keyClick(view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    for _ in range(steps - 1):
        shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(view, Qt.Key.Key_Z, shift_ctrl)
    assert dumps(session) == edited
    assert w.table.model.rowCount() == len(session)

    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not w.isWindowModified()
    assert not journal_path(sample_session_file).exists()
    assert sample_session_file.with_name(sample_session_file.name + ".bak").exists()
    assert dumps(load(sample_session_file)) == edited

    w2 = make_window(sample_session_file)
    assert dumps(w2.document.session) == edited
    assert w2.table.model.rowCount() == len(w2.document.session)


def test_enter_and_double_click_jump_to_the_onset_frame(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    session = w.document.session
    target = [e for e in session.episodes() if e.code == "repair"][2]
    selected: list[object] = []
    w.table.episodeSelected.connect(selected.append)
    w.table.select_episode(target.id)
    assert selected == [target.id] and w.table.selected_episode_ids() == [target.id]
    w.table.view.setFocus()
    qtbot.keyClick(w.table.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.player.current_ms == target.onset_ms, timeout=5000)
    assert w.player.current_frame == target.onset_ms // FRAME_MS
    assert w.pad.active()["Interaction"] == "repair"

    other = [e for e in session.episodes() if e.code == "infant bid"][3]
    w.table.select_episode(other.id)  # scrolls it into view
    rect = w.table.view.visualRect(w.table.proxy_index(other.id, Column.CODE))
    viewport = w.table.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # a double click
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())  # is two presses
    qtbot.waitUntil(lambda: w.player.current_ms == other.onset_ms, timeout=5000)
    w.seek_to_episode(target.id)  # the window's own entry point (the timeline will use it)
    qtbot.waitUntil(lambda: w.player.current_ms == target.onset_ms, timeout=5000)


def test_filters_show_one_layer_or_code(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    session = w.document.session
    w.table.layer_filter.setCurrentText("Marks")
    assert w.table.proxy.rowCount() == len([e for e in session.episodes() if e.layer == "Marks"])
    codes = [w.table.code_filter.itemText(i) for i in range(w.table.code_filter.count())]
    assert codes == ["All", "infant bid", "note"]
    w.table.code_filter.setCurrentText("note")
    assert w.table.proxy.rowCount() == len([e for e in session.episodes() if e.code == "note"])
    w.table.layer_filter.setCurrentIndex(0)
    assert w.table.proxy.rowCount() == len(session)


def test_skip_keys_move_by_one_and_five_seconds(qtbot, make_window, empty_session_file):
    w = make_window(empty_session_file)
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(w, Qt.Key.Key_Right, shift)
    _wait_frame(qtbot, w, 125)
    qtbot.keyClick(w, Qt.Key.Key_Right)
    _wait_frame(qtbot, w, 150)
    qtbot.keyClick(w, Qt.Key.Key_Left)
    _wait_frame(qtbot, w, 125)
    qtbot.keyClick(w, Qt.Key.Key_Left, shift)
    _wait_frame(qtbot, w, 0)
    assert w.transport.time_label.text() == "00:00:00.000"


def test_help_lists_player_and_code_keys(qtbot, make_window, empty_session_file):
    from attachcoder.gui.dialogs.help_dialog import HelpDialog

    w = make_window(empty_session_file)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    boxes = [b for b in w.findChildren(HelpDialog) if b.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    assert "Next frame" in text and "infant bid" in text and "Ctrl+Shift+Z or Ctrl+Y" in text
    boxes[0].close()


def test_a_new_session_counts_as_unsaved(qtbot, make_window, empty_session_file, tmp_path):
    from attachcoder.gui.editing.document import Document

    w = make_window()
    session = load(empty_session_file)
    target = tmp_path / "new.acs"
    w.set_document(Document(session, target))
    assert w.isWindowModified() and "(not saved yet)" in w.windowTitle()
    from attachcoder.gui.window import file_flow

    assert file_flow.save(w)
    assert target.exists() and not w.isWindowModified()
    assert "(not saved yet)" not in w.windowTitle()


def test_code_keys_still_code_with_a_drop_down_list_focused(qtbot, make_window, empty_session_file):
    """A plain drop-down (a filter) must not swallow code keys nor open on Space."""
    w = make_window(empty_session_file)
    from PySide6.QtWidgets import QComboBox

    combo = next(c for c in w.findChildren(QComboBox) if not c.isEditable())
    combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    combo.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is combo)
    before = combo.currentIndex()
    _press(qtbot, w, "2")
    assert [e.code for e in w.document.session.episodes()] == ["misattuned"]
    assert combo.currentIndex() == before
    _press(qtbot, w, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.is_playing)
    assert not combo.view().isVisible()


def test_keys_still_code_while_the_cheat_sheet_is_open(qtbot, make_window, empty_session_file):
    from attachcoder.gui.dialogs.help_dialog import HelpDialog

    w = make_window(empty_session_file)
    qtbot.keyClick(w, Qt.Key.Key_F1)
    (sheet,) = [b for b in w.findChildren(HelpDialog) if b.isVisible()]
    sheet.activateWindow()
    sheet.setFocus()
    qtbot.keyClick(sheet, "1")  # the coder looked the key up, and presses it
    assert [e.code for e in w.document.session.episodes()] == ["attuned"]
    qtbot.keyClick(sheet, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: w.player.is_playing)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)  # Escape still closes the sheet itself
    qtbot.waitUntil(lambda: not sheet.isVisible())
