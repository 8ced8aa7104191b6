"""Writing files so that a failure never leaves a partial or damaged file behind.

Write a temporary file beside the target, flush and fsync it, then rename it over the target:
the target is either the old file or the complete new one, never something in between.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


class WriteError(OSError):
    """A file could not be written; the message says which and why, and the old file is intact."""


def describe_os_error(path: Path, exc: OSError) -> str:
    import errno

    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission denied (is the file open in another program, or read-only?)",
        errno.EPERM: "permission denied (is the file open in another program, or read-only?)",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.EISDIR: "it is a folder",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return f"could not write {path}: {reason}"


@contextlib.contextmanager
def atomic_file(
    path: str | os.PathLike[str],
    mode: str = "w",
    *,
    backup: bool = False,
    encoding: str | None = "utf-8",
) -> Iterator[IO]:  # type: ignore[type-arg]
    """Yield a file open for writing; on success it replaces ``path`` in one rename.

    With ``backup``, the previous file is kept as ``PATH.bak``; the backup rotates only once
    the new file is in place, so a save failing at its last rename leaves both the file and
    its backup as they were. On any error the temporary files are removed, the target is
    untouched, and a :class:`WriteError` says why.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    refuse_read_only(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(describe_os_error(target, exc)) from exc
    tmp = Path(tmp_name)
    bak_tmp: Path | None = None
    try:
        kwargs = {} if "b" in mode else {"encoding": encoding, "newline": ""}
        with os.fdopen(fd, mode, **kwargs) as fh:  # type: ignore[call-overload]
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
            if backup:
                bak_tmp = _prepare_backup(target)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
        if bak_tmp is not None:  # the new file is in place: now the old one becomes NAME.bak
            os.replace(bak_tmp, backup_path(target))
            bak_tmp = None
        fsync_dir(folder)
    except OSError as exc:
        _remove_temps(tmp, bak_tmp)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(describe_os_error(target, exc)) from exc
    except BaseException:
        _remove_temps(tmp, bak_tmp)
        raise


def refuse_read_only(path: Path) -> None:
    """A file marked read-only is someone's way of saying "keep this": replacing it by a
    rename would go through regardless (even for root), so it is refused with a message."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (or not ours to look at): the write itself will say
    if stat.S_ISREG(mode) and not mode & 0o222:
        raise WriteError(
            f"could not write {path}: it is read-only; make it writable or choose another name"
        )


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    with atomic_file(path, "wb", backup=backup) as fh:
        fh.write(data)


def atomic_write_with(path: str | os.PathLike[str], writer: Callable[[IO[bytes]], None]) -> None:
    """Let ``writer`` fill a binary file (e.g. openpyxl's ``save``), then move it into place."""
    with atomic_file(path, "wb") as fh:
        writer(fh)


def backup_path(target: Path) -> Path:
    return target.with_name(target.name + ".bak")


def _prepare_backup(target: Path) -> Path:
    """The current file under a temporary name (a hard link costs nothing; a copy if links
    fail), to become ``NAME.bak`` once the new file has replaced it."""
    tmp = target.with_name(f".{target.name}.bak.tmp")
    tmp.unlink(missing_ok=True)
    try:
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _remove_temps(*paths: Path | None) -> None:
    for p in paths:
        if p is not None:
            with contextlib.suppress(OSError):
                p.unlink(missing_ok=True)


#: a temporary file older than this was left by a save that never finished (a crash)
STALE_TEMP_S = 15 * 60


def remove_stale_temps(
    path: str | os.PathLike[str], *, max_age_s: float = STALE_TEMP_S
) -> list[Path]:
    """Remove temporary files a crash mid-save left beside ``path``; returns those removed.

    Only this module's own names for ``path`` (``.NAME.XXXXXXXX.tmp``, ``.NAME.bak.tmp``)
    and only those untouched for ``max_age_s``: a save running now in another copy of the
    program writes its temporary file within seconds, so it is never taken for a leftover.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    ours = re.compile(r"\." + re.escape(target.name) + r"\.(?:[A-Za-z0-9_]{6,12}|bak)\.tmp")
    removed: list[Path] = []
    now = time.time()
    try:
        candidates = list(folder.iterdir())
    except OSError:
        return removed
    for p in candidates:
        if not ours.fullmatch(p.name):
            continue
        try:
            if not p.is_file() or p.is_symlink() or now - p.stat().st_mtime < max_age_s:
                continue
            p.unlink()
        except OSError:
            continue
        removed.append(p)
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
