"""Writing files so that a failure never leaves a partial or damaged file behind.

Write a temporary file beside the target, flush and fsync it, then rename it over the target:
the target is either the old file or the complete new one, never something in between.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
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

    With ``backup``, the previous file is kept as ``PATH.bak``. On any error the temporary
    file is removed, the target is untouched, and a :class:`WriteError` says why.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(describe_os_error(target, exc)) from exc
    tmp = Path(tmp_name)
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
                _keep_backup(target)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
        _fsync_dir(folder)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, WriteError):
            raise
        raise WriteError(describe_os_error(target, exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = False) -> None:
    with atomic_file(path, "wb", backup=backup) as fh:
        fh.write(data)


def atomic_write_with(path: str | os.PathLike[str], writer: Callable[[IO[bytes]], None]) -> None:
    """Let ``writer`` fill a binary file (e.g. openpyxl's ``save``), then move it into place."""
    with atomic_file(path, "wb") as fh:
        writer(fh)


def _keep_backup(target: Path) -> None:
    """Keep the current file as ``NAME.bak``: a hard link costs nothing, a copy if links fail."""
    bak = target.with_name(target.name + ".bak")
    tmp = target.with_name(f".{target.name}.bak.tmp")
    tmp.unlink(missing_ok=True)
    try:
        try:
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, bak)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
