"""The start page, Open recent, the sample session's practice copy, and what the window keeps
between runs (layout, playback speed, timeline zoom)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from user_actions import ROOT, press

from attachcoder.gui.window.settings import load_settings, save_settings

SHIPPED = ROOT / "sample_sessions" / "D001_C1.acs"


def test_the_start_page_lists_recent_sessions_and_opens_one(
    qtbot, make_window, sample_session_file, tmp_path
):
    settings = load_settings()
    settings.add_recent(tmp_path / "gone.acs")  # moved away since: not listed
    settings.add_recent(sample_session_file)
    settings.last_session = None
    save_settings(settings)
    w = make_window()
    page = w.start_page
    assert page.isVisible() and not w.table.isVisible()
    items = [page.recent.item(i) for i in range(page.recent.count())]
    assert [i.text().splitlines()[0] for i in items] == ["D001_C1.acs"]
    rect = page.recent.visualItemRect(items[0])
    qtbot.mouseClick(page.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.document is not None and w.document.path == sample_session_file.resolve()
    assert not page.isVisible() and w.table.isVisible()
    w.close_document(discard=True)  # closing the session brings the page back
    assert page.isVisible()


def test_open_recent_can_be_cleared(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file)
    w.recent_menu.aboutToShow.emit()
    texts = [a.text() for a in w.recent_menu.actions()]
    assert texts == ["D001_C1.acs", "", "Clear the list"]
    w.recent_menu.actions()[-1].trigger()
    assert load_settings().recent_files == []  # forgotten at once, not only at exit
    w.recent_menu.aboutToShow.emit()
    assert [a.text() for a in w.recent_menu.actions()] == ["(none)", "", "Clear the list"]
    assert not w.recent_menu.actions()[-1].isEnabled()
    assert sample_session_file.is_file()  # the files themselves stay


def test_the_start_page_with_no_recent_sessions(qtbot, make_window):
    w = make_window()
    page = w.start_page
    assert page.recent.count() == 1 and page.recent.item(0).text() == "No sessions opened yet"
    assert not page.recent.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert page.new_button.isEnabled() and page.open_button.isEnabled()


def test_the_sample_opens_as_a_practice_copy(qtbot, make_window):
    shipped = SHIPPED.read_bytes()
    w = make_window()
    qtbot.mouseClick(w.start_page.sample_button, Qt.MouseButton.LeftButton)
    doc = w.document
    copy = Path(os.environ["ATTACHCODER_DATA_DIR"]) / "sample" / "D001_C1.acs"
    assert doc is not None and doc.path == copy.resolve() and len(doc.session) == 105
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)  # the video plays
    press(qtbot, w, "b")
    assert w.session_actions.sample_action.isEnabled()
    from attachcoder.gui.window import file_flow

    assert file_flow.save(w)
    assert SHIPPED.read_bytes() == shipped  # practice never touches the shipped sample
    w.close_document(discard=True)
    w.session_actions.sample_action.trigger()  # Help ▸ Open the sample session: as left
    assert len(w.document.session) == 106


def _close(w) -> None:  # type: ignore[no-untyped-def]
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_layout_speed_and_zoom_are_restored(qtbot, make_window, sample_session_file):
    w = make_window(sample_session_file, started=True)
    try:
        w.resize(760, 560)  # within the offscreen screen (800×600): geometry is kept on it
        size = (w.width(), w.height())
        assert size != (1280, 760)  # not the size a new window gets
        # (the side-by-side splitter is at its panes' minimum widths on this small screen;
        # the video/timeline one is free to move)
        w.video_splitter.setSizes([300, 200])
        sizes = w.video_splitter.sizes()
        press(qtbot, w, "[")  # 0.75×
        qtbot.waitUntil(lambda: abs(w.player.rate - 0.75) < 1e-6)
        w.timeline.zoom_to(12.5)
        follow = next(a for a in w.playback_menu.actions()
                      if a.text() == "Timeline follows the playhead")  # fmt: skip
        follow.trigger()
        assert not follow.isChecked()
    finally:
        _close(w)
    kept = load_settings()
    assert kept.playback_rate == 0.75 and kept.timeline_ms_per_px == 12.5
    assert kept.timeline_follows_playhead is False

    w = make_window(started=True)  # reopens the last session, laid out as it was left
    try:
        assert w.document is not None and w.document.path == sample_session_file.resolve()
        assert (w.width(), w.height()) == size
        assert w.video_splitter.sizes() == sizes
        assert w.timeline.ms_per_px == 12.5
        qtbot.waitUntil(lambda: abs(w.player.rate - 0.75) < 1e-6, timeout=5000)
        assert w.transport.speed_label.text() == "0.75×"
        follow = next(a for a in w.playback_menu.actions()
                      if a.text() == "Timeline follows the playhead")  # fmt: skip
        assert not follow.isChecked()
    finally:
        _close(w)
