"""The journal around crashes: a kill at each step of a recovery or a save loses nothing, a
full disk keeps the recovered copy, a save the file already holds is not offered again, and a
damaged journal is replayed as far as it goes — never a traceback."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from attachcoder.core import Session
from attachcoder.io.session import journal as journal_module
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import default_scheme, encode, load, save, save_bytes
from attachcoder.io.session.journal import (
    Journal,
    has_unsaved_changes,
    journal_holds_unsaved,
    journal_path,
    recover,
)

ROOT = Path(__file__).resolve().parents[3]

# The child does what the window does, and dies (os._exit, as kill -9 would: no clean-up,
# what was written stays written) at the fault point named by argv[2].
_PRELUDE = r"""
import os, sys
from attachcoder.io import fault_points
from attachcoder.io.session.journal import Journal, journal_path, recover
from attachcoder.io.session.file import encode, load, save_bytes

path, stop_at = sys.argv[1], sys.argv[2]
fault_points.set_hook(lambda step: os._exit(9) if step == stop_at else None)
"""

# Recover, then the first keystroke: the new journal replaces the recovered one.
_RECOVER_THEN_CODE = (
    _PRELUDE
    + r"""
session = recover(path).session
journal = Journal(journal_path(path))
journal.attach(session, base_file=None)  # the recovered state is saved nowhere yet
session.add_point("Marks", "infant bid", 9000)
os._exit(0 if stop_at == "after-the-keystroke" else 3)
"""
)

# A save: the marker, the rename, then (never reached) the journal's removal.
_CODE_THEN_SAVE = (
    _PRELUDE
    + r"""
session = load(path)
journal = Journal(journal_path(path))
journal.attach(session, base_file=path)
session.add_point("Marks", "infant bid", 100)
session.code("Interaction", "attuned", 200)
data = encode(session)
journal.saving(data)
save_bytes(data, path)
session.delete(*[e.id for e in session.iter_episodes()])  # a later change, if not stopped
journal.saved(path)
os._exit(3)
"""
)


def _run(script: str, path: Path, stop_at: str) -> int:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), stop_at],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode in (0, 9), done.stderr
    return done.returncode


def as_json(session: Session) -> Any:
    return json.loads(json.dumps(session_to_dict(session)))


def journaled_file(tmp_path: Path) -> tuple[Path, Session, Journal]:
    """An empty saved session, opened and journaled as the window does."""
    path = tmp_path / "coding.acs"
    save(Session(default_scheme(), duration_ms=60_000), path, backup=False)
    s = load(path)
    j = Journal(journal_path(path))
    j.attach(s, base_file=path)
    return path, s, j


def crashed_session(tmp_path: Path) -> tuple[Path, Any]:
    """A saved file and a journal of coding it (left by a kill); returns the file and the
    coding the journal holds."""
    path, s, j = journaled_file(tmp_path)
    s.code("Interaction", "attuned", 0)
    s.code("Interaction", "misattuned", 2000)
    s.add_point("Marks", "infant bid", 2500)
    j.close()
    return path, as_json(s)


@pytest.mark.parametrize("stop_at", ["journal-written", "journal-replaced", "after-the-keystroke"])
def test_a_kill_at_any_step_after_recover_loses_nothing_recovered(
    tmp_path: Path, stop_at: str
) -> None:
    path, recovered = crashed_session(tmp_path)
    code = _run(_RECOVER_THEN_CODE, path, stop_at)
    assert code == (0 if stop_at == "after-the-keystroke" else 9)
    assert has_unsaved_changes(path)
    again = recover(path)
    assert again.warnings == []
    state = as_json(again.session)
    if stop_at == "after-the-keystroke":
        marks = [e["onset_ms"] for e in state["episodes"] if e["layer"] == "Marks"]
        assert marks == [2500, 9000]
    else:
        assert state == recovered  # the old journal, or the new one holding the same state


def test_a_full_disk_after_recover_keeps_the_recovered_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, recovered = crashed_session(tmp_path)
    old_journal = journal_path(path).read_bytes()
    session = recover(path).session
    journal = Journal(journal_path(path))
    journal.attach(session, base_file=None)

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(journal_module.os, "fsync", full)
    session.add_point("Marks", "infant bid", 9000)  # the coding goes on
    assert journal.failed is not None and "No space left" in journal.failed
    monkeypatch.undo()
    assert journal_path(path).read_bytes() == old_journal  # the copy is not destroyed
    assert as_json(recover(path).session) == recovered
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coding.acs", "coding.acs.journal"]


def test_a_kill_between_a_save_and_the_journal_removal_offers_nothing(tmp_path: Path) -> None:
    path, _ = crashed_session(tmp_path)
    journal_path(path).unlink()
    assert _run(_CODE_THEN_SAVE, path, "session-saved") == 9
    saved = load(path)
    assert len(saved) == 2  # the save reached the disk
    assert journal_path(path).exists()  # ... and the journal was never removed
    assert not has_unsaved_changes(path)  # the file holds every change it has
    rec = recover(path)
    assert rec.changes == 0 and rec.warnings == []
    assert as_json(rec.session) == as_json(saved)  # nothing replayed over the saved file


def test_a_kill_before_the_save_reached_the_disk_offers_the_changes(tmp_path: Path) -> None:
    path, _ = crashed_session(tmp_path)
    journal_path(path).unlink()
    _run(_CODE_THEN_SAVE, path, "journal-replaced")  # dies at the first change's journal
    assert has_unsaved_changes(path) is False  # the header only: no change yet
    # and with the marker written but the rename not done, the changes are offered
    path, s, j = journaled_file(tmp_path)
    s.add_point("Marks", "infant bid", 100)
    j.saving(encode(s))  # the save then failed (or the process died) before its rename
    j.close()
    assert has_unsaved_changes(path)
    assert [e.onset_ms for e in recover(path).session.iter_episodes()] == [100]


def test_changes_after_a_save_marker_the_file_holds_are_replayed(tmp_path: Path) -> None:
    path, s, j = journaled_file(tmp_path)
    s.add_point("Marks", "infant bid", 100)
    data = encode(s)
    j.saving(data)
    save_bytes(data, path)
    s.add_point("Marks", "infant bid", 200)  # the journal's removal never happened
    j.close()
    rec = recover(path)
    assert rec.changes == 1 and rec.warnings == []
    assert [e.onset_ms for e in rec.session.iter_episodes()] == [100, 200]


def _journal_lines(path: Path) -> list[bytes]:
    return journal_path(path).read_bytes().rstrip(b"\n").split(b"\n")


def test_a_damaged_first_line_still_gives_back_the_intact_changes(tmp_path: Path) -> None:
    path, recovered = crashed_session(tmp_path)
    lines = _journal_lines(path)
    lines[0] = b'{"format": "attachcoder-jour\x00\x17'
    journal_path(path).write_bytes(b"\n".join(lines) + b"\n")
    assert has_unsaved_changes(path)
    rec = recover(path)
    assert rec.changes == 3
    assert as_json(rec.session) == recovered
    assert len(rec.warnings) == 1 and "first line is damaged" in rec.warnings[0]


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        (b'{"op": "edit", "remove": [], "add": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested"),
        (
            b'{"op":"edit","remove":[],"add":[{"id":"x9","layer":"Marks","code":"infant bid",'
            b'"onset_ms":Infinity,"offset_ms":null,"note":"","modifiers":{}}]}',
            "Infinity",
        ),
        (
            b'{"op":"edit","remove":[],"add":[{"id":"x9","layer":"Marks","code":"infant bid",'
            b'"onset_ms":1e400,"offset_ms":null,"note":"","modifiers":{}}]}',
            "too large",
        ),
        (
            b'{"op":"edit","remove":[],"add":[{"id":"x9","layer":"Marks","code":"infant bid",'
            b'"onset_ms":4000,"offset_ms":null,"note":"\\udc00","modifiers":{}}]}',
            "surrogate",
        ),
        (b'{"op":"set","field":"metadata","value":{"infant_age_months":1e400}}', "too large"),
        (
            b'{"op":"set","field":"metadata","value":{"dyad_id":' + b"[" * 200 + b"]" * 200 + b"}}",
            "nested",
        ),
        (b'{"op":"set","field":"duration_ms","value":99999999999999999999}', "maximum"),
        (b'{"op":"compound","parts":[{"op":"edit","remove":["nope"],"add":[]}]}', "nope"),
        (b"[1, 2]", "object"),
    ],
)
def test_a_damaged_line_is_left_out_with_a_reason(tmp_path: Path, bad: bytes, why: str) -> None:
    path, recovered = crashed_session(tmp_path)
    lines = _journal_lines(path)
    lines.insert(2, bad)  # after the first change, before the others
    journal_path(path).write_bytes(b"\n".join(lines) + b"\n")
    rec = recover(path)
    assert as_json(rec.session) == recovered
    assert rec.changes == 3
    assert len(rec.warnings) == 1 and rec.warnings[0].startswith("journal line 3 ")
    assert why in rec.warnings[0]


def test_a_kill_after_a_save_as_offers_nothing_for_either_file(tmp_path: Path) -> None:
    path, s, j = journaled_file(tmp_path)
    s.add_point("Marks", "infant bid", 100)
    other = tmp_path / "elsewhere.acs"
    data = encode(s)
    j.saving(data, to=other)  # Save As: the marker names the file saved
    save_bytes(data, other)
    j.close()  # killed before the old journal was discarded
    assert not has_unsaved_changes(path)  # the coding is in elsewhere.acs, as the coder chose
    assert not journal_holds_unsaved(journal_path(path))  # ... also read as an import's
    assert [e.onset_ms for e in load(other).iter_episodes()] == [100]
    # had the Save As not reached the disk, the changes would be offered
    other.unlink()
    assert has_unsaved_changes(path)
    assert [e.onset_ms for e in recover(path).session.iter_episodes()] == [100]


def test_a_never_saved_import_whose_journal_is_only_its_snapshot_is_still_offered(
    tmp_path: Path,
) -> None:
    imported = tmp_path / "import-20260101-120000.acs.journal"
    s = Session(default_scheme(), duration_ms=60_000)
    s.add_point("Marks", "infant bid", 100)  # the state recovered, then journaled afresh
    j = Journal(imported)
    j.attach(s, base_file=None)
    s.add_point("Marks", "infant bid", 200)
    j.close()
    header = imported.read_bytes().split(b"\n")[0] + b"\n"
    imported.write_bytes(header)  # killed after the snapshot, before the change line
    assert journal_holds_unsaved(imported)  # the snapshot is saved nowhere else: offered
    rec = recover(imported, imported)
    assert [e.onset_ms for e in rec.session.iter_episodes()] == [100]
