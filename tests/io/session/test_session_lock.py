"""The session lock: another live process is named; a dead one's lock is stale; ours is ours."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from attachcoder.io.session.lock import SessionLock, lock_path, process_start


@pytest.fixture
def other_process():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child
    child.kill()
    child.wait()


def _write_lock(session: Path, pid: int, host: str | None = None, **more: object) -> None:
    doc = {"pid": pid, "host": host or socket.gethostname(), "since": time.time(), **more}
    lock_path(session).write_text(json.dumps(doc), encoding="utf-8")


def test_a_lock_held_by_another_live_process_is_named(tmp_path, other_process):
    session = tmp_path / "s.acs"
    _write_lock(session, other_process.pid)
    holder = SessionLock(session).holder()
    assert holder is not None and holder.pid == other_process.pid
    assert f"process {other_process.pid}" in holder.describe()


def test_a_lock_whose_process_has_ended_is_stale(tmp_path, other_process):
    session = tmp_path / "s.acs"
    other_process.kill()
    other_process.wait()
    _write_lock(session, other_process.pid)
    assert SessionLock(session).holder() is None


@pytest.mark.skipif(process_start(os.getpid()) is None, reason="no /proc on this system")
def test_a_reused_process_id_does_not_read_as_a_live_lock(tmp_path, other_process):
    session = tmp_path / "s.acs"
    started = process_start(other_process.pid)
    assert started is not None
    _write_lock(session, other_process.pid, process_start=started)
    assert SessionLock(session).holder() is not None  # the very process: held
    # the copy that wrote the lock died; a later process was given its id
    _write_lock(session, other_process.pid, process_start=started - 100)
    assert SessionLock(session).holder() is None


def test_acquire_records_the_process_start(tmp_path):
    session = tmp_path / "s.acs"
    SessionLock(session).acquire()
    assert json.loads(lock_path(session).read_text())["process_start"] == process_start(
        os.getpid()
    )


def test_a_lock_from_another_computer_counts_as_held(tmp_path):
    session = tmp_path / "s.acs"
    _write_lock(session, 1, host="another-computer.invalid")
    holder = SessionLock(session).holder()
    assert holder is not None and "on another-computer.invalid" in holder.describe()


def test_acquire_and_release(tmp_path):
    session = tmp_path / "s.acs"
    lock = SessionLock(session)
    lock.acquire()
    assert lock_path(session).exists()
    assert lock.holder() is None  # our own lock is nobody to ask about
    lock.release()
    assert not lock_path(session).exists()


def test_release_leaves_a_lock_another_copy_took_over(tmp_path, other_process):
    session = tmp_path / "s.acs"
    lock = SessionLock(session)
    lock.acquire()
    _write_lock(session, other_process.pid)  # the other copy opened it anyway
    lock.release()
    assert json.loads(lock_path(session).read_text())["pid"] == other_process.pid


def test_a_damaged_lock_names_nobody(tmp_path):
    session = tmp_path / "s.acs"
    lock_path(session).write_text("{not json", encoding="utf-8")
    assert SessionLock(session).holder() is None
    assert os.path.exists(lock_path(session))
