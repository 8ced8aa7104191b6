"""Saving never loses data: a failed save leaves the old file intact and says what happened."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from attachcoder.core import Session
from attachcoder.io import atomic
from attachcoder.io.atomic import WriteError, atomic_file, atomic_write_bytes, atomic_write_with
from attachcoder.io.session.file import default_scheme, dumps, load, save


def session_with(points: int) -> Session:
    s = Session(default_scheme(), duration_ms=100_000)
    for t in range(points):
        s.add_point("Marks", "infant bid", t * 1000)
    return s


def fail_with(code: int) -> Any:
    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def only(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_save_keeps_the_previous_version_as_bak(tmp_path: Path) -> None:
    path = tmp_path / "s.acs"
    save(session_with(1), path)
    first = path.read_bytes()
    assert only(tmp_path) == ["s.acs"]  # nothing to back up the first time
    save(session_with(2), path)
    assert (tmp_path / "s.acs.bak").read_bytes() == first
    assert len(load(path)) == 2
    save(session_with(3), path)
    assert len(load(tmp_path / "s.acs.bak")) == 2
    assert only(tmp_path) == ["s.acs", "s.acs.bak"]


@pytest.mark.parametrize(
    ("where", "code", "reason"),
    [
        ("fsync", errno.ENOSPC, "the disk is full"),
        (
            "replace",
            errno.EACCES,
            "permission denied (is the file open in another program, or read-only?)",
        ),
        ("replace", errno.EROFS, "the disk is read-only"),
        ("fsync", errno.EIO, os.strerror(errno.EIO)),
    ],
)
def test_a_failed_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, code: int, reason: str
) -> None:
    path = tmp_path / "s.acs"
    save(session_with(2), path)
    old = path.read_bytes()
    monkeypatch.setattr(atomic.os, where, fail_with(code))
    with pytest.raises(WriteError) as info:
        save(session_with(5), path)
    assert str(info.value) == f"could not write {path}: {reason}"
    monkeypatch.undo()
    assert path.read_bytes() == old
    assert len(load(path)) == 2
    leftovers = [n for n in only(tmp_path) if n not in ("s.acs", "s.acs.bak")]
    assert leftovers == [], "a temporary file was left behind"


def test_a_disk_that_fills_up_while_writing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.acs"
    save(session_with(1), path)
    old = path.read_bytes()

    class FullDisk:
        """A file whose writes fail as on a full disk, after a few bytes went through."""

        def __init__(self, fh: Any) -> None:
            self._fh = fh

        def write(self, data: bytes) -> int:
            self._fh.write(data[:10])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name: str) -> Any:
            return getattr(self._fh, name)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._fh.close()

    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda *a, **k: FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(WriteError, match="the disk is full"):
        save(session_with(4), path)
    assert path.read_bytes() == old
    assert only(tmp_path) == ["s.acs"]


def test_a_failure_of_the_last_rename_keeps_both_old_versions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.acs"
    save(session_with(1), path)
    save(session_with(2), path)
    old, older = path.read_bytes(), (tmp_path / "s.acs.bak").read_bytes()
    real_replace = os.replace

    def replace(src: Any, dst: Any) -> None:
        if Path(dst) == path:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    with pytest.raises(WriteError, match="the disk is full"):
        save(session_with(3), path)
    assert path.read_bytes() == old
    # the backup rotates only once the new file is in place: the version before is kept
    assert (tmp_path / "s.acs.bak").read_bytes() == older
    assert only(tmp_path) == ["s.acs", "s.acs.bak"]


def test_temp_files_left_by_a_crash_mid_save_are_cleaned_up(tmp_path: Path) -> None:
    path = tmp_path / "s.acs"
    save(session_with(1), path)
    old = time.time() - atomic.STALE_TEMP_S - 60
    stale = [tmp_path / ".s.acs.k3j_9xq2.tmp", tmp_path / ".s.acs.bak.tmp"]
    fresh = tmp_path / ".s.acs.a8d7f6e5.tmp"  # another copy saving right now
    others = [tmp_path / ".t.acs.k3j_9xq2.tmp", tmp_path / "s.acs.notes.tmp"]
    for p in [*stale, fresh, *others]:
        p.write_bytes(b"partial")
    for p in [*stale, *others]:
        os.utime(p, (old, old))
    save(session_with(2), path)
    assert not any(p.exists() for p in stale)
    assert fresh.exists() and all(p.exists() for p in others)
    assert len(load(path)) == 2


def test_a_folder_that_cannot_be_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.acs"
    save(session_with(1), path)
    old = path.read_bytes()
    monkeypatch.setattr(tempfile, "mkstemp", fail_with(errno.EACCES))
    with pytest.raises(WriteError, match="permission denied"):
        save(session_with(4), path)
    assert path.read_bytes() == old


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="the folder does not exist"):
        save(session_with(1), tmp_path / "nowhere" / "s.acs")


def test_an_error_in_the_writer_leaves_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    path.write_bytes(b"old")

    def writer(fh: Any) -> None:
        fh.write(b"partial")
        raise RuntimeError("the writer broke")

    with pytest.raises(RuntimeError, match="the writer broke"):
        atomic_write_with(path, writer)
    assert path.read_bytes() == b"old"
    assert only(tmp_path) == ["book.xlsx"]


def test_text_and_bytes_and_permissions(tmp_path: Path) -> None:
    path = tmp_path / "t.txt"
    with atomic_file(path) as fh:
        fh.write("é\n")
    assert path.read_bytes() == "é\n".encode()
    os.chmod(path, 0o640)
    atomic_write_bytes(path, b"new")
    assert path.read_bytes() == b"new"
    assert path.stat().st_mode & 0o777 == 0o640  # the old file's permissions are kept


def test_the_saved_bytes_are_exactly_dumps(tmp_path: Path) -> None:
    s = session_with(3)
    save(s, tmp_path / "s.acs", backup=False)
    assert (tmp_path / "s.acs").read_bytes() == dumps(s)
