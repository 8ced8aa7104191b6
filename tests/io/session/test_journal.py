"""The crash journal: a killed process loses no coding; a clean save folds the journal in."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from attachcoder.core import CompoundChange, Episode, EpisodeEdit, Metadata, Session
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import SessionFileError, default_scheme, save
from attachcoder.io.session.journal import Journal, has_unsaved_changes, journal_path, recover

ROOT = Path(__file__).resolve().parents[3]

# The child codes a session the way the window would (every change through Session.apply,
# journaled by a listener), prints the state it reached, and waits to be killed. fsync is
# put off for an hour: what survives SIGKILL is what was handed to the operating system.
CHILD = r"""
import json, sys
from attachcoder.core import Metadata
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.journal import Journal, journal_path
from attachcoder.io.session.file import load

path = sys.argv[1]
s = load(path)
journal = Journal(journal_path(path), fsync_interval_s=3600)
journal.attach(s, base_file=path)
s.code("Phase", "play", 0)
s.code("Interaction", "attuned", 0)
s.code("Interaction", "misattuned", 4200)
s.code("Interaction", "repair", 7800, modifiers={"initiator": "caregiver"})
s.code("Interaction", "attuned", 9000)
s.add_point("Marks", "note", 6120, note='ü "quoted"\nsecond line')
bid = s.add_point("Marks", "infant bid", 5000)
s.apply(bid.inverse())  # an undo is a change like any other
first = s.layer_episodes("Interaction")[0]
s.update(first.id, offset_ms=4000, note="shortened")
s.start("Interaction", "uncodable", 4000)
s.set_field("ratings", {"sensitivity": 7})
s.set_field("metadata", Metadata(dyad_id="D9", coder_id="C4", session_date="2026-05-01"))
print(json.dumps(session_to_dict(s)), flush=True)
sys.stdin.read()  # coded, not saved: wait here until killed
"""
CHILD_CHANGES = 12


def new_file(tmp_path: Path) -> Path:
    path = tmp_path / "coding.acs"
    save(Session(default_scheme(), duration_ms=60_000), path, backup=False)
    return path


def as_json(session: Session) -> Any:
    return json.loads(json.dumps(session_to_dict(session)))


def test_a_killed_process_loses_no_change(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    saved = path.read_bytes()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child has made every change
        assert line, child.stderr.read() if child.stderr else "the child printed nothing"
        expected = json.loads(line)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert path.read_bytes() == saved  # nothing was saved
    assert has_unsaved_changes(path)

    recovered = recover(path)
    assert recovered.warnings == []
    assert recovered.changes == CHILD_CHANGES
    assert as_json(recovered.session) == expected
    assert recovered.session.problems() == []
    uncodable = [
        e for e in recovered.session.layer_episodes("Interaction") if e.code == "uncodable"
    ]
    assert [(e.onset_ms, e.offset_ms) for e in uncodable] == [(4000, 4200)]  # filled the gap


def code_some(s: Session) -> None:
    s.code("Interaction", "attuned", 0)
    s.code("Interaction", "misattuned", 2000)
    s.add_point("Marks", "infant bid", 2500)


def test_a_torn_last_line_is_left_out(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    code_some(s)
    s.code("Interaction", "repair", 3000, modifiers={"initiator": "infant"})
    journal.close()
    data = journal_path(path).read_bytes()
    journal_path(path).write_bytes(data[:-15])  # killed in the middle of the last line

    recovered = recover(path)
    assert recovered.changes == 3
    assert len(recovered.warnings) == 1
    assert "last journal line was incomplete" in recovered.warnings[0]
    expected = Session(default_scheme(), duration_ms=60_000)
    code_some(expected)
    assert as_json(recovered.session) == as_json(expected)


def test_a_damaged_line_in_the_middle_is_reported_and_the_rest_replayed(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)
    s.add_point("Marks", "infant bid", 200)
    s.add_point("Marks", "infant bid", 300)
    journal.close()
    lines = journal_path(path).read_bytes().split(b"\n")
    lines[2] = b"{garbage"
    journal_path(path).write_bytes(b"\n".join(lines))
    recovered = recover(path)
    assert recovered.changes == 2
    assert [w[:32] for w in recovered.warnings] == ["journal line 3 is damaged and wa"]
    assert [e.onset_ms for e in recovered.session.layer_episodes("Marks")] == [100, 300]


def test_a_clean_save_removes_the_journal(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    code_some(s)
    assert has_unsaved_changes(path)
    save(s, path)
    journal.saved(path)
    assert not journal_path(path).exists()
    assert not has_unsaved_changes(path)

    # coding goes on after the save: the journal now builds on the saved file
    s.add_point("Marks", "note", 4000, note="after the save")
    assert has_unsaved_changes(path)
    journal.close()
    recovered = recover(path)
    assert recovered.changes == 1 and recovered.warnings == []
    assert as_json(recovered.session) == as_json(s)


def test_discarding_removes_the_journal_and_stops_listening(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    code_some(s)
    journal.discard()
    assert not journal_path(path).exists()
    s.add_point("Marks", "infant bid", 9000)
    assert not journal_path(path).exists()


def test_a_session_never_saved_is_recovered_from_its_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "new.acs"
    s = Session(default_scheme(), metadata=Metadata(dyad_id="D3"), duration_ms=30_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=None)
    code_some(s)
    journal.close()
    assert not path.exists()
    recovered = recover(path)
    assert recovered.changes == 3
    assert as_json(recovered.session) == as_json(s)


def test_compound_and_field_changes_replay(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)
    [bid] = s.layer_episodes("Marks")
    moved = bid.with_(onset_ms=150)
    # the second part removes what the first part added: parts must resolve in order
    compound = CompoundChange(
        (EpisodeEdit((bid,), (moved,)), EpisodeEdit((moved,), (moved.with_(note="x"),)))
    )
    s.apply(compound)
    s.set_field("duration_ms", 50_000)
    journal.close()
    recovered = recover(path)
    assert recovered.warnings == []
    assert as_json(recovered.session) == as_json(s)


def test_a_changed_session_file_is_warned_about(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)
    journal.close()
    other = Session(default_scheme(), duration_ms=60_000)
    other.apply(EpisodeEdit(added=(Episode("x1", "Marks", "note", 50),)))
    save(other, path)
    recovered = recover(path)
    assert recovered.warnings == [
        "the session file changed after these changes were journaled; "
        "they were replayed over the file as it is now"
    ]
    assert len(recovered.session) == 2


def test_a_change_that_no_longer_fits_is_reported_not_replayed(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)
    journal.close()
    other = Session(default_scheme(), duration_ms=60_000)
    other.add_point("Marks", "note", 50)  # takes the id e1 the journal adds too
    save(other, path)
    recovered = recover(path)
    assert recovered.changes == 0
    assert (
        "journal line 2 could not be replayed: episode id 'e1' is already used"
        in (recovered.warnings[1])
    )


def test_not_a_journal(tmp_path: Path) -> None:
    elsewhere = tmp_path / "unsaved.acs.journal"  # a journal with no session file to fall back on
    for header in ('{"hello": 1}', "[1, 2]", '{"format": "attachcoder-jou'):
        elsewhere.write_text(header + "\n")
        with pytest.raises(SessionFileError, match="line 1: this is not an attachcoder journal"):
            recover(tmp_path / "none.acs", elsewhere)
    with pytest.raises(SessionFileError, match="cannot read the journal"):
        recover(tmp_path / "other.acs")


def test_a_journal_that_cannot_be_written_stops_and_says_why(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    journal_path(path).mkdir()  # something that cannot be opened as a file, even by root
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)  # the change is made; the journal does not raise
    s.add_point("Marks", "infant bid", 200)
    assert len(s) == 2
    assert journal.failed is not None
    assert str(journal_path(path)) in journal.failed and "save to keep" in journal.failed
    journal_path(path).rmdir()
    save(s, path)
    journal.saved(path)  # a clean save starts it afresh
    assert journal.failed is None
    s.add_point("Marks", "note", 300)
    journal.close()
    assert recover(path).changes == 1


def test_a_journal_line_naming_no_session_field_is_reported(tmp_path: Path) -> None:
    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.add_point("Marks", "infant bid", 100)
    journal.close()
    with open(journal_path(path), "a", encoding="utf-8") as fh:
        fh.write('{"op": "set", "field": "nonsense", "value": 1}\n')
        fh.write('{"op": "set", "field": "_episodes", "value": {}}\n')
    recovered = recover(path)
    assert recovered.changes == 1
    assert len(recovered.warnings) == 2
    assert recovered.session.problems() == []


def test_how_far_it_was_observed_is_recovered_from_the_journal(tmp_path: Path) -> None:
    """The window writes observed_to_ms as a metadata change outside the undo stack; a crash
    before the save keeps it, with the running state it ends."""
    import dataclasses

    path = new_file(tmp_path)
    s = Session(default_scheme(), duration_ms=60_000)
    journal = Journal(journal_path(path))
    journal.attach(s, base_file=path)
    s.code("Interaction", "attuned", 1000)  # still running
    s.set_field("metadata", dataclasses.replace(s.metadata, observed_to_ms=12_000))
    journal.sync()
    journal.detach()
    back = recover(path).session
    assert back.metadata.observed_to_ms == 12_000
    assert back.running("Interaction") is not None
