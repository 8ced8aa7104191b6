"""Recover in the real window: the recovered coding stays on disk through the first keystroke
(even on a full disk), a save the file already holds is not offered again, and a damaged
journal opens with what it could replay and a word about the rest."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from attachcoder.gui.dialogs import prompts
from attachcoder.gui.window import file_flow
from attachcoder.io import fault_points
from attachcoder.io.session import journal as journal_module
from attachcoder.io.session.file import load
from attachcoder.io.session.journal import Journal, has_unsaved_changes, journal_path, recover

FRAME_MS = 40


def _leave_a_crashed_journal(path: Path) -> list[int]:
    """Code the file as a killed window would have left it: changes in the journal only."""
    s = load(path)
    j = Journal(journal_path(path))
    j.attach(s, base_file=path)
    for t in (1000, 2000, 3000):
        s.add_point("Marks", "infant bid", t)
    j.close()
    return [1000, 2000, 3000]


def _marks(session) -> list[int]:
    return [e.onset_ms for e in session.layer_episodes("Marks")]


def _recover_in_window(monkeypatch, make_window, path: Path):
    offered: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_recover", lambda p, name, when: offered.append(name) or "recover"
    )
    w = make_window(path)
    assert offered == [path.name]
    return w


def _code_at(qtbot, w, frame: int, key: str = "b") -> None:
    w.player.seek(frame * FRAME_MS)
    qtbot.waitUntil(lambda: w.player.current_frame == frame, timeout=5000)
    qtbot.keyClick(w, key)


def test_the_first_keystroke_after_recover_keeps_the_recovered_coding_on_disk(
    qtbot, monkeypatch, make_window, empty_session_file
):
    marks = _leave_a_crashed_journal(empty_session_file)
    w = _recover_in_window(monkeypatch, make_window, empty_session_file)
    assert _marks(w.document.session) == marks
    _code_at(qtbot, w, 100)
    # what a kill now would leave: the journal alone gives back the recovered coding and more
    from_disk = recover(empty_session_file)
    assert from_disk.warnings == []
    assert _marks(from_disk.session) == [*marks, 4000]


def test_a_full_disk_at_the_first_keystroke_after_recover_keeps_the_old_journal(
    qtbot, monkeypatch, make_window, empty_session_file
):
    marks = _leave_a_crashed_journal(empty_session_file)
    old_journal = journal_path(empty_session_file).read_bytes()
    w = _recover_in_window(monkeypatch, make_window, empty_session_file)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module.os, "fsync", full)
    _code_at(qtbot, w, 100)
    assert _marks(w.document.session) == [*marks, 4000]  # the coding went on
    qtbot.waitUntil(lambda: "not protected against a crash" in w.statusBar().currentMessage())
    monkeypatch.undo()
    assert journal_path(empty_session_file).read_bytes() == old_journal
    assert _marks(recover(empty_session_file).session) == marks


def test_a_kill_between_the_save_and_the_journal_removal_offers_nothing(
    qtbot, monkeypatch, make_window, empty_session_file, tmp_path
):
    w = make_window(empty_session_file)
    _code_at(qtbot, w, 50)
    _code_at(qtbot, w, 75)
    kept = tmp_path / "journal-at-the-kill"

    def at(step: str) -> None:  # the disk as a kill right after the rename would leave it
        if step == "session-saved":
            shutil.copy2(journal_path(empty_session_file), kept)

    fault_points.set_hook(at)
    try:
        assert file_flow.save(w)
    finally:
        fault_points.set_hook(None)
    w.close_document(discard=True)
    shutil.copy2(kept, journal_path(empty_session_file))
    assert not has_unsaved_changes(empty_session_file)

    asked: list[str] = []
    monkeypatch.setattr(prompts, "ask_recover", lambda *a: asked.append("asked") or "recover")
    w2 = make_window(empty_session_file)
    assert asked == []  # nothing offered: the file holds every change
    assert _marks(w2.document.session) == [2000, 3000]
    assert not w2.isWindowModified()


def test_a_damaged_journal_opens_with_what_could_be_replayed(
    qtbot, monkeypatch, make_window, empty_session_file
):
    marks = _leave_a_crashed_journal(empty_session_file)
    lines = journal_path(empty_session_file).read_bytes().rstrip(b"\n").split(b"\n")
    lines.insert(2, b'{"op":"edit","remove":[],"add":' + b"[" * 3000 + b"]" * 3000 + b"}")
    lines.insert(3, lines[3].replace(b'"onset_ms":2000', b'"onset_ms":Infinity'))
    del lines[4]
    journal_path(empty_session_file).write_bytes(b"\n".join(lines) + b"\n")
    w = _recover_in_window(monkeypatch, make_window, empty_session_file)
    assert _marks(w.document.session) == [marks[0], marks[2]]
    message = w.statusBar().currentMessage()
    assert "journal line 3 is damaged" in message and "journal line 4 is damaged" in message
    assert "(recovered)" in w.windowTitle()


def test_a_damaged_journal_of_an_unsaved_import_is_set_aside_not_offered_forever(
    qtbot, monkeypatch
):
    from attachcoder.gui.window.compose import show_window
    from attachcoder.gui.window.unsaved_imports import pending, unsaved_dir

    folder = unsaved_dir()
    folder.mkdir(parents=True, exist_ok=True)
    journal = folder / "speach-test-20260101-120000.acs.journal"
    journal.write_bytes(b'{"format": "attachcoder-jour\n{"op": "edit", "remove": [], "add": []}\n')
    assert pending() == [journal]
    errors: list[str] = []
    monkeypatch.setattr(prompts, "ask_recover", lambda *a: "recover")
    monkeypatch.setattr(prompts, "error", lambda parent, title, text: errors.append(text))
    w = show_window(None)
    try:
        assert len(errors) == 1 and "not an attachcoder journal" in errors[0]
        assert pending() == []  # the next start does not offer it again
        assert journal.with_name(journal.name + ".damaged").exists()  # nor is it lost
    finally:
        w.close_document(discard=True)
        w.close()
        w.deleteLater()


def test_a_kill_after_an_imports_save_as_offers_nothing_at_the_next_start(
    qtbot, make_window, shared_fixtures, tmp_path
):
    from attachcoder.gui.window.interchange_actions import ImportedDocument
    from attachcoder.gui.window.unsaved_imports import pending
    from attachcoder.io.interchange import import_file

    source = shared_fixtures / "elan" / "speach-test.eaf"
    session = import_file(source).sessions[0][1]
    w = make_window()
    w.set_document(ImportedDocument(session, source, f"Imported from {source.name}"))
    doc = w.document
    doc.push(session.plan_delete([session.episodes()[0].id]), "Delete")
    doc.sync_journal()
    [journal] = pending()
    kept = tmp_path / "import-journal-at-the-kill"

    def at(step: str) -> None:  # the disk as a kill right after the Save As's rename leaves it
        if step == "session-saved":
            shutil.copy2(journal, kept)

    fault_points.set_hook(at)
    try:
        doc.save(tmp_path / "saved.acs")
    finally:
        fault_points.set_hook(None)
    shutil.copy2(kept, journal)
    assert pending() == []  # the coding is in saved.acs: nothing to offer at the next start
    assert len(load(tmp_path / "saved.acs")) == len(session)
