"""One session file, two writers: another window (another process, "Open anyway"), another
computer through a sync client, or a script. Nothing one of them wrote is lost without a
question, and a live window's journal is never offered to the other for recovery."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from attachcoder.gui.dialogs import prompts
from attachcoder.gui.window import file_flow
from attachcoder.io.session.file import load, save
from attachcoder.io.session.journal import journal_path, second_journal_path
from attachcoder.io.session.lock import lock_path

ELSEWHERE = "written on the other computer"


def _code_one(qtbot, w, key: str = "b") -> None:
    w.player.seek(2000)
    qtbot.waitUntil(lambda: w.player.current_frame == 50, timeout=10_000)
    qtbot.keyClick(w, key)
    qtbot.waitUntil(lambda: w.document.is_modified)


def _written_elsewhere(path: Path) -> bytes:
    """The file as another computer's window saved it: its first episode has a note."""
    other = load(path)
    other.update(other.episodes()[0].id, note=ELSEWHERE)
    time.sleep(0.01)  # a later mtime than the window's read, as a real second writer has
    save(other, path, backup=False)
    return path.read_bytes()


def _notes(session) -> set[str]:
    return {e.note for e in session.episodes()}


def _answer(monkeypatch, choice: str) -> list[str]:
    asked: list[str] = []

    def choose(parent, title, text, choices, default=0):
        asked.append(title)
        return {"Overwrite": 0, "Save as…": 1, "Reload from disk": 2, "Cancel": 3}[choice]

    monkeypatch.setattr(prompts, "choose", choose)
    return asked


def test_save_asks_when_the_file_changed_on_disk_and_cancel_keeps_both(
    qtbot, monkeypatch, make_window, sample_session_file
):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    theirs = _written_elsewhere(sample_session_file)
    asked = _answer(monkeypatch, "Cancel")
    qtbot.keyClick(w, "s", Qt.KeyboardModifier.ControlModifier)  # Ctrl+S
    assert asked == ["Changed on disk"]
    assert sample_session_file.read_bytes() == theirs and w.document.is_modified


def test_overwrite_writes_this_windows_coding(qtbot, monkeypatch, make_window, sample_session_file):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    _written_elsewhere(sample_session_file)
    asked = _answer(monkeypatch, "Overwrite")
    qtbot.keyClick(w, "s", Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Changed on disk"] and not w.document.is_modified
    on_disk = load(sample_session_file)
    assert ELSEWHERE not in _notes(on_disk) and len(on_disk) == len(w.document.session)
    # saved now: the next save asks nothing
    _code_one(qtbot, w, "b")
    asked.clear()
    qtbot.keyClick(w, "s", Qt.KeyboardModifier.ControlModifier)
    assert asked == [] and not w.document.is_modified


def test_reload_takes_the_file_from_disk(qtbot, monkeypatch, make_window, sample_session_file):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    _written_elsewhere(sample_session_file)
    _answer(monkeypatch, "Reload from disk")
    qtbot.keyClick(w, "s", Qt.KeyboardModifier.ControlModifier)
    assert ELSEWHERE in _notes(w.document.session) and not w.document.is_modified


def test_save_as_keeps_both(qtbot, monkeypatch, make_window, sample_session_file, tmp_path):
    w = make_window(sample_session_file)
    _code_one(qtbot, w)
    theirs = _written_elsewhere(sample_session_file)
    _answer(monkeypatch, "Save as…")
    mine = tmp_path / "mine.acs"
    monkeypatch.setattr(prompts, "choose_save_path", lambda parent, start: mine)
    qtbot.keyClick(w, "s", Qt.KeyboardModifier.ControlModifier)
    assert sample_session_file.read_bytes() == theirs
    assert len(load(mine)) == len(w.document.session) and w.document.path == mine.resolve()


@pytest.fixture
def other_window_process():
    """A live process standing for another attachcoder window that has the file open."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc
    proc.kill()
    proc.wait()


def test_a_live_windows_journal_is_never_offered_for_recovery(
    qtbot, monkeypatch, make_window, sample_session_file, other_window_process
):
    # the other window holds the file and has unsaved coding in its live journal
    pid = other_window_process.pid
    lock = {"pid": pid, "host": socket.gethostname(), "since": time.time()}
    lock_path(sample_session_file).write_text(json.dumps(lock), encoding="utf-8")
    live = journal_path(sample_session_file)
    header = {"format": "attachcoder-journal", "version": 1}
    live.write_text(json.dumps(header) + "\n" + json.dumps({"op": "x"}) + "\n", encoding="utf-8")
    before = live.read_bytes()

    asked: list[str] = []

    def choose(parent, title, text, choices, default=0):
        asked.append(title)
        return choices.index("Open anyway") if "Open anyway" in choices else 0

    monkeypatch.setattr(prompts, "choose", choose)
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: asked.append(title))
    w = make_window()
    assert file_flow.open_session(w, sample_session_file)
    assert asked == ["Session open elsewhere"]  # and no "Recover unsaved coding?"
    assert live.read_bytes() == before  # the other window's journal is untouched
    _code_one(qtbot, w)
    w.document.sync_journal()
    mine = second_journal_path(sample_session_file)
    assert mine.exists() and live.read_bytes() == before

    # this window is gone (a crash): its journal is offered to the next window, once the
    # other window has closed too
    w.document.journal.detach()
    w.document.journal = None
    lock_path(sample_session_file).unlink()
    live.unlink()
    other_window_process.kill()
    other_window_process.wait()
    renamed = sample_session_file.with_name(f"{sample_session_file.name}.{pid}.journal")
    mine.rename(renamed)  # as if that process had been the one to crash
    asked.clear()
    monkeypatch.setattr(prompts, "choose", lambda p, title, text, choices, default=0:
                        asked.append(title) or 0)  # fmt: skip  ("Recover")
    w2 = make_window()
    assert file_flow.open_session(w2, sample_session_file, confirm=False)
    assert asked == ["Recover unsaved coding?"]
    assert w2.document.recovered and len(w2.document.session) == len(load(sample_session_file)) + 1
    assert not renamed.exists()  # its coding lives in the window's own journal now
