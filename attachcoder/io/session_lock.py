"""Saying "this session is open elsewhere": ``NAME.acs.lock`` beside an open session.

Two copies of attachcoder on one file would overwrite each other's crash journal and saves,
and one coder's work would be lost without a word. The lock names the process that has the
file open, so the second copy can ask before opening it too. A lock whose process has ended
(a crash) is stale and is taken over silently; one from another computer cannot be checked,
so it counts as held.
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

    def describe(self) -> str:
        when = time.strftime("%Y-%m-%d %H:%M", time.localtime(self.since))
        here = self.host == socket.gethostname()
        where = "on this computer" if here else f"on {self.host}"
        return f"attachcoder (process {self.pid}) {where}, since {when}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


class SessionLock:
    """The lock of one session file; :meth:`acquire` when opening, :meth:`release` on close."""

    def __init__(self, session_path: str | os.PathLike[str]) -> None:
        self.path = lock_path(session_path)
        self.held = False

    def holder(self) -> Holder | None:
        """Another live process that has the session open, or None (no lock, stale, or ours)."""
        try:
            d = json.loads(self.path.read_text(encoding="utf-8"))
            h = Holder(int(d["pid"]), str(d["host"]), float(d["since"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # no lock, or a damaged one: nobody to ask about
        if h.host == socket.gethostname() and (h.pid == os.getpid() or not _alive(h.pid)):
            return None
        return h

    def acquire(self) -> None:
        """Take the lock (the caller has asked the user if :meth:`holder` named someone)."""
        doc = {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
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
