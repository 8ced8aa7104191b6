"""A new session built through the window's dialogs; details and ratings from the Session menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog
from user_actions import FRAME_MS, VIDEO, press, when_modal

from attachcoder.gui.dialogs.session_dialogs import NewSessionDialog
from attachcoder.gui.dialogs.session_forms import MetadataDialog, RatingsDialog
from attachcoder.io.session.file import default_scheme, load, media_path


def tick(qtbot, box: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_new_session_through_the_dialogs_then_code_it(qtbot, make_window, monkeypatch, tmp_path):
    w = make_window()
    target = tmp_path / "D014_C2.acs"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(VIDEO), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: list[str] = []

    def fill(d: QDialog) -> None:
        assert isinstance(d, NewSessionDialog)
        seen.append(d.scheme_label.text())
        qtbot.mouseClick(d.camera1.browse, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: d.camera1.ready, timeout=15_000)
        qtbot.mouseClick(d.save_browse, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(d.details.dyad_id, "D014")
        qtbot.keyClicks(d.details.coder_id, "C2")
        qtbot.keyClick(d.details.session_date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(d.details.session_date, "2026-03-02")  # over the video's date
        d.details.age.setValue(4.5)
        assert d.ok_button.isEnabled(), d.current_problems()
        qtbot.mouseClick(d.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill)
    w.session_actions.new_action.trigger()  # File ▸ New session… (Ctrl+N)
    assert seen == ["“attachment”: 3 layers, 9 codes"]  # the default scheme, preselected

    # written (nothing overwritten), opened, recent, and clean: nothing to save yet
    assert target.is_file()
    doc = w.document
    assert doc is not None and doc.path == target.resolve()
    assert not w.isWindowModified() and "D014_C2.acs" in w.windowTitle()
    assert w.settings.recent_files[0] == str(target.resolve())
    saved = load(target)
    assert saved.scheme == default_scheme() and len(saved) == 0
    assert saved.metadata.session_key() == "D014_2026-03-02_C2"
    assert media_path(target, saved.media[0]).resolve() == VIDEO.resolve()
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)

    # it codes like any session
    w.player.seek(2000)
    qtbot.waitUntil(lambda: w.player.current_ms == 2000, timeout=5000)
    press(qtbot, w, "1")
    [ep] = doc.session.episodes()
    assert (ep.code, ep.onset_ms) == ("attuned", 50 * FRAME_MS)
    assert w.timeline.session is doc.session and w.isWindowModified()


def test_a_cancelled_new_session_leaves_the_open_one_alone(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    doc = w.document
    when_modal(lambda d: d.reject())
    assert not w.session_actions.new_session()
    assert w.document is doc


def test_details_and_ratings_from_the_session_menu_are_undoable(
    qtbot, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    session = w.document.session
    assert session.metadata.dyad_id == "D001"
    menu_titles = [a.text() for a in w.session_actions.session_menu.actions()]
    assert menu_titles[:3] == ["Coding &scheme…", "&Details…", "&Ratings…"]

    def details(d: QDialog) -> None:
        assert isinstance(d, MetadataDialog)
        d.form.dyad_id.selectAll()
        qtbot.keyClicks(d.form.dyad_id, "D077")
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(details)
    w.session_actions.details_action.trigger()
    assert session.metadata.dyad_id == "D077" and w.isWindowModified()

    def ratings(d: QDialog) -> None:
        assert isinstance(d, RatingsDialog)
        if not d.rated["sensitivity"].isChecked():
            tick(qtbot, d.rated["sensitivity"])
        d.spins["sensitivity"].setValue(3)
        d.accept()

    when_modal(ratings)
    w.session_actions.ratings_action.trigger()
    assert session.ratings["sensitivity"] == 3
    assert w.document.undo_stack.count() == 2
    w.undo_action.trigger()
    w.undo_action.trigger()
    assert session.metadata.dyad_id == "D001" and not w.isWindowModified()


def test_session_actions_need_a_session(qtbot, make_window, sample_session_file):
    w = make_window()
    a = w.session_actions
    assert not any(x.isEnabled() for x in (a.scheme_action, a.details_action, a.export_action))
    assert a.new_action.isEnabled() and a.batch_action.isEnabled()
    w = make_window(sample_session_file)
    a = w.session_actions
    assert all(x.isEnabled() for x in (a.scheme_action, a.details_action, a.export_action))
