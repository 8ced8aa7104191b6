"""Saying "this session is open elsewhere": ``NAME.acs.lock`` beside an open session.

Two copies of attachcoder on one file would overwrite each other's crash journal and saves,
and one coder's work would be lost without a word. The lock names the process that has the
file open, so the second copy can ask before opening it too. A lock whose process has ended
(a crash) is stale and is taken over silently; one from another computer cannot be checked,
so it counts as held. Process ids are reused, so the lock also stores when its process
started (where the system tells): a live process with that id but another start time is a
stranger, and the lock is stale.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from attachcoder.io.atomic import atomic_write_bytes

LOCK_SUFFIX = ".lock"


def lock_path(session_path: str | os.PathLike[str]) -> Path:
    p = Path(session_path)
    return p.with_name(p.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class Holder:
    """Who has the session open."""

    pid: int
    host: str
    since: float
    #: the process's start as the system counts it (``None`` where it cannot be read)
    started: int | None = None

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        here = self.host == socket.gethostname()
        where = "on this computer" if here else f"on {self.host}"
        return f"attachcoder (process {self.pid}) {where}, since {when}"


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def process_start(pid: int) -> int | None:
    """When process ``pid`` started, in the system's clock ticks since boot (Linux), else None.

    Together with the pid it names one process: a pid reused by a later process has a later
    start. Field 22 of ``/proc/PID/stat``, read after the command name (which may hold spaces
    and parentheses).
    """
    try:
        with open(f"/proc/{int(pid)}/stat", "rb") as fh:
            stat = fh.read()
        return int(stat[stat.rindex(b")") + 2 :].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def _same_process(h: Holder) -> bool:
    """Whether the live process ``h.pid`` is the one that wrote the lock."""
    if h.started is None:
        return True  # an older lock, or a system that does not say: assume it is
    now = process_start(h.pid)
    return now is None or now == h.started


class SessionLock:
    """The lock of one session file; :meth:`acquire` when opening, :meth:`release` on close."""

    def __init__(self, session_path: str | os.PathLike[str]) -> None:
        self.path = lock_path(session_path)
        self.held = False

    def holder(self) -> Holder | None:
        """Another live process that has the session open, or None (no lock, stale, or ours)."""
        try:
            d = json.loads(self.path.read_text(encoding="utf-8"))
            started = d.get("process_start")
            h = Holder(
                int(d["pid"]),
                str(d["host"]),
                float(d["since"]),
                None if started is None else int(started),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, OverflowError):
            return None  # no lock, or a damaged one: nobody to ask about
        if h.host == socket.gethostname() and (
            h.pid == os.getpid() or not process_alive(h.pid) or not _same_process(h)
        ):
            return None
        return h

    def acquire(self) -> None:
        """Take the lock (the caller has asked the user if :meth:`holder` named someone)."""
        doc = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "since": time.time(),
            "process_start": process_start(os.getpid()),
        }
        try:
            atomic_write_bytes(self.path, json.dumps(doc).encode("utf-8"))
            self.held = True
        except OSError:
            self.held = False  # a read-only folder: coding still works, nobody is warned

    def release(self) -> None:
        """Remove the lock if it is still ours (another copy may have taken it over)."""
        if not self.held:
            return
        self.held = False
        try:
            d = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if d.get("pid") == os.getpid() and d.get("host") == socket.gethostname():
            with contextlib.suppress(OSError):
                self.path.unlink()
