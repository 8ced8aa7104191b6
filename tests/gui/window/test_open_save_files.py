"""Files: the close prompt, recovery after a killed process, a missing video, Save As."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from attachcoder.gui.dialogs import prompts
from attachcoder.gui.episodes.episode_model import Column
from attachcoder.gui.window import file_flow
from attachcoder.gui.window.settings import load_settings
from attachcoder.io.session.file import dumps, load, media_path
from attachcoder.io.session.journal import has_unsaved_changes, journal_path

ROOT = Path(__file__).resolve().parents[3]
FRAME_MS = 40


def _answer_close(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _code_one(qtbot, w, key: str = "b") -> None:
    w.player.seek(2000)
    qtbot.waitUntil(lambda: w.player.current_frame == 50, timeout=5000)
    qtbot.keyClick(w, key)


@pytest.mark.parametrize(
    ("answer", "closes", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_close_prompt(qtbot, monkeypatch, make_window, sample_session_file, answer, closes, saved):
    before = sample_session_file.read_bytes()
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    edited = dumps(w.document.session)
    asked = _answer_close(monkeypatch, answer)
    assert w.close() is closes
    assert len(asked) == 1 and "D001_C1.acs" in asked[0]
    assert w.isVisible() is not closes
    if not closes:
        assert w.document is not None and w.isWindowModified()
        assert journal_path(sample_session_file).exists()
        return
    assert not journal_path(sample_session_file).exists()  # nothing left to recover
    if saved:
        assert dumps(load(sample_session_file)) == edited
    else:
        assert sample_session_file.read_bytes() == before


def test_no_prompt_without_changes(qtbot, monkeypatch, make_window, sample_session_file):
    w = make_window(sample_session_file)
    asked = _answer_close(monkeypatch, QMessageBox.StandardButton.Cancel)
    _code_one(qtbot, w)
    w.document.undo_stack.undo()  # back to the saved state: nothing to ask about
    assert w.close() is True
    assert asked == []
    assert not journal_path(sample_session_file).exists()


_CRASHER = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["ATTACHCODER_NO_AUDIO"] = "1"
    import attachcoder.gui
    from PySide6.QtTest import QTest
    from attachcoder.gui.window import file_flow
    from attachcoder.gui.app import make_application
    from attachcoder.gui.window.compose import build_window

    app = make_application()
    w = build_window(audio=False)
    w.show()
    assert file_flow.open_session(w, sys.argv[1])

    def wait(cond):
        end = time.monotonic() + 20
        while not cond():
            app.processEvents()
            assert time.monotonic() < end, "timed out"

    for frame, key in ((25, "1"), (75, "2"), (100, "b")):
        w.player.seek(frame * 40)
        wait(lambda: w.player.current_frame == frame)
        QTest.keyClick(w, key)
    print("CODED", len(w.document.session), flush=True)
    time.sleep(120)  # killed here, never closed
    """
)


def test_recovery_after_a_killed_process(qtbot, monkeypatch, make_window, empty_session_file):
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASHER, str(empty_session_file)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stdout:
            proc.stdout.close()
    assert line.split() == ["CODED", "3"]
    assert has_unsaved_changes(empty_session_file)
    assert len(load(empty_session_file)) == 0  # the file itself was never saved

    offered: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_recover", lambda p, name, when: offered.append(name) or "recover"
    )
    w = make_window(empty_session_file)
    assert offered == ["D001_C1.acs"]
    session = w.document.session
    assert [(e.code, e.onset_ms) for e in session.episodes()] == [
        ("attuned", 25 * FRAME_MS), ("misattuned", 75 * FRAME_MS), ("infant bid", 100 * FRAME_MS)
    ]  # fmt: skip
    assert w.isWindowModified() and "(recovered)" in w.windowTitle()
    assert w.table.model.rowCount() == 3
    assert file_flow.save(w)
    assert not w.isWindowModified()
    assert not journal_path(empty_session_file).exists()
    assert len(load(empty_session_file)) == 3


def test_recovery_can_be_declined(qtbot, monkeypatch, make_window, sample_session_file):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    w.document.journal.sync()
    w.document.close(discard=False)  # as a crash would leave it: the journal stays
    w.document = None
    assert has_unsaved_changes(sample_session_file)
    monkeypatch.setattr(prompts, "ask_recover", lambda *a: "discard")
    w2 = make_window(sample_session_file)
    assert len(w2.document.session) == 105
    assert not w2.isWindowModified()
    assert not has_unsaved_changes(sample_session_file)


def test_missing_video_coding_stays_usable_then_located(qtbot, monkeypatch, make_window,
                                                        empty_session_file, tmp_path):  # fmt: skip
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    video = empty_session_file.with_name("demo.mp4")
    shutil.copyfile(video, moved / "demo.mp4")
    video.unlink()
    impostor = moved / "other.mp4"
    impostor.write_bytes(b"not the coded video")

    monkeypatch.setattr(prompts, "ask_locate_video", lambda *a: False)
    w = make_window(empty_session_file)
    assert not w.player.has_video and w.player.current_ms is None
    assert "not found" in w.statusBar().currentMessage()
    qtbot.keyClick(w, "1")  # no frame to code at: a message, not a crash
    assert len(w.document.session) == 0
    assert "no video frame" in w.statusBar().currentMessage()
    # the table still works
    w.document.session  # noqa: B018
    w.document.push(w.document.session.plan_code("Phase", "play", 0), "play")
    model = w.table.model
    assert model.setData(model.index(0, Column.OFFSET), "00:01:00.000")
    assert w.document.session.episodes()[0].offset_ms == 60_000

    chosen = iter([impostor, moved / "demo.mp4"])
    mismatches: list[Path] = []
    monkeypatch.setattr(prompts, "choose_video", lambda *a: next(chosen))
    monkeypatch.setattr(
        prompts, "ask_use_mismatched_video", lambda p, c: mismatches.append(c) or False
    )
    assert file_flow.locate_video(w)
    assert mismatches == [impostor]  # the hash check refused the impostor
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
    assert w.document.session.media[0].path == "elsewhere/demo.mp4"
    qtbot.keyClick(w, "b")
    assert len(w.document.session) == 2
    assert file_flow.save(w)
    assert load(empty_session_file).media[0].path == "elsewhere/demo.mp4"


def test_save_as_keeps_the_video_reference(qtbot, monkeypatch, make_window, sample_session_file,
                                           tmp_path):  # fmt: skip
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    target_dir = tmp_path / "copies"
    target_dir.mkdir()
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a: target_dir / "D001_C1_b.acs")
    assert file_flow.save_as(w)
    assert w.document.path == (target_dir / "D001_C1_b.acs").resolve()
    assert "D001_C1_b.acs" in w.windowTitle() and not w.isWindowModified()
    saved = load(target_dir / "D001_C1_b.acs")
    # stored relative to the new file, and still naming the same video
    assert not Path(saved.media[0].path).is_absolute()
    assert media_path(target_dir / "D001_C1_b.acs", saved.media[0]).samefile(
        sample_session_file.with_name("demo.mp4")
    )
    assert len(saved) == 106
    assert len(load(sample_session_file)) == 105  # the original is untouched
    assert not journal_path(sample_session_file).exists()
    assert str((target_dir / "D001_C1_b.acs").resolve()) in w.settings.recent_files


def test_a_damaged_file_is_reported_not_opened(qtbot, monkeypatch, make_window, tmp_path):
    bad = tmp_path / "bad.acs"
    bad.write_text('{"format": "attachcoder-session", "version": 1', encoding="utf-8")
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    w = make_window()
    assert not file_flow.open_session(w, bad)
    assert w.document is None and "not valid JSON" in errors[0]


def test_start_reopens_the_last_session(qtbot, make_window, sample_session_file):
    from attachcoder.gui.window.settings import save_settings

    settings = load_settings()
    settings.add_recent(sample_session_file)
    save_settings(settings)
    assert os.environ["ATTACHCODER_CONFIG_DIR"]  # the test's own settings folder
    w = make_window(started=True)
    try:
        assert w.document is not None and w.document.path == sample_session_file.resolve()
        qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
    finally:
        w.close()
        w.deleteLater()
    assert load_settings().recent_files[0] == str(sample_session_file.resolve())


def test_start_without_a_last_session_shows_the_start_page(
    qtbot, make_window, monkeypatch, sample_session_file
):
    from PySide6.QtCore import Qt

    asked: list[object] = []
    monkeypatch.setattr(
        prompts, "choose_session_to_open", lambda parent, start: asked.append(start) or None
    )
    w = make_window(started=True)  # no last session: the start page, nothing asked yet
    try:
        page = w.start_page
        assert asked == [] and w.document is None and w.isVisible() and page.isVisible()
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)  # Open… (cancelled)
        assert asked == [None] and page.isVisible()
        monkeypatch.setattr(prompts, "choose_session_to_open", lambda *a: sample_session_file)
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
        assert w.document is not None and len(w.document.session) == 105
        assert not page.isVisible() and w.table.isVisible()
    finally:
        w.close()
        w.deleteLater()


def test_keep_playing_preference_is_saved(qtbot, make_window):
    w = make_window()
    w.keep_playing_action.setChecked(True)
    assert load_settings().note_keeps_playing is True
    w.keep_playing_action.setChecked(False)
    assert load_settings().note_keeps_playing is False


def test_open_recent(qtbot, make_window, sample_session_file):
    w = make_window()
    w.settings.add_recent(sample_session_file)
    w.recent_menu.aboutToShow.emit()
    action, _separator, clear = w.recent_menu.actions()
    assert action.text() == "D001_C1.acs" and clear.text() == "Clear the list"
    action.trigger()
    assert w.document is not None and w.document.path == sample_session_file.resolve()


def test_a_journal_that_cannot_be_written_is_said_in_the_window(
    qtbot, make_window, sample_session_file
):
    journal_path(sample_session_file).mkdir()  # the journal cannot be created (even as root)
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    assert len(w.document.session) > 0  # the coding itself went on
    qtbot.waitUntil(lambda: "not protected against a crash" in w.statusBar().currentMessage())
    assert "Ctrl+S" in w.statusBar().currentMessage()


def test_a_session_open_in_another_copy_asks_before_opening(
    qtbot, monkeypatch, make_window, sample_session_file
):
    import json
    import socket
    import time as _time

    from attachcoder.gui.dialogs import prompts as _prompts
    from attachcoder.io.session.lock import lock_path

    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock = {"pid": other.pid, "host": socket.gethostname(), "since": _time.time()}
        lock_path(sample_session_file).write_text(json.dumps(lock), encoding="utf-8")
        asked: list[str] = []
        answers = iter([1, 0])  # Cancel, then Open anyway

        def choose(parent, title, text, choices, default=0):
            asked.append(text)
            return next(answers)

        monkeypatch.setattr(_prompts, "choose", choose)
        w = make_window()
        assert file_flow.open_session(w, sample_session_file) is False
        assert w.document is None and f"process {other.pid}" in asked[0]
        assert file_flow.open_session(w, sample_session_file) is True
        assert len(asked) == 2
        held = json.loads(lock_path(sample_session_file).read_text())
        assert held["pid"] == os.getpid()  # this copy holds it now
        w.close_document(discard=True)
        assert not lock_path(sample_session_file).exists()
    finally:
        other.kill()
        other.wait()


def test_an_open_session_is_locked_until_closed(qtbot, make_window, sample_session_file):
    from attachcoder.io.session.lock import SessionLock, lock_path

    w = make_window(sample_session_file)
    assert lock_path(sample_session_file).exists()
    assert SessionLock(sample_session_file).holder() is None  # ours: nobody to ask about
    w.close_document(discard=True)
    assert not lock_path(sample_session_file).exists()


def test_the_last_session_reaches_the_disk_without_closing_the_window(
    qtbot, make_window, sample_session_file
):
    """After a crash, `attachcoder` alone must find the last session (and its journal)."""
    make_window(sample_session_file)
    qtbot.waitUntil(
        lambda: load_settings().last_session == str(sample_session_file.resolve()), timeout=5000
    )


def test_a_failed_save_as_leaves_the_video_reference_as_it_was(
    qtbot, monkeypatch, make_window, sample_session_file, tmp_path
):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    before = w.document.session.media
    errors: list[str] = []
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    nowhere = tmp_path / "no-such-folder" / "deeper" / "copy.acs"
    monkeypatch.setattr(prompts, "choose_save_path", lambda *a: nowhere)
    assert file_flow.save_as(w) is False
    assert errors and "not saved" in errors[0]
    assert w.document.session.media == before  # not rebased for a file that was never written
    assert file_flow.save(w)  # Ctrl+S to the original place afterwards
    saved = load(sample_session_file)
    assert media_path(sample_session_file, saved.media[0]).samefile(
        sample_session_file.with_name("demo.mp4")
    )
