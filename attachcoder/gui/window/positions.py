"""Where the coder last was in each session, so that reopening it starts there.

Kept beside the settings (``positions.ini`` in the configuration folder, through
``QSettings``), keyed by the session file's absolute path — never in the session file: where
one coder stopped is not part of the coding, and a session shared in a study is reopened by
each coder at their own place. The newest :data:`MAX_KEPT` sessions are kept.
"""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QSettings

from attachcoder.gui.window.settings import config_dir

POSITIONS_FILE = "positions.ini"
MAX_KEPT = 500


def _store() -> QSettings:
    return QSettings(str(config_dir() / POSITIONS_FILE), QSettings.Format.IniFormat)


def _key(session_path: Path) -> str:
    """A group name for the path (QSettings reads "/" in a key as a group separator)."""
    text = str(Path(session_path).resolve())
    return "session_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


def remember_position(session_path: Path, session_ms: int) -> None:
    """Keep ``session_ms`` as the place to reopen ``session_path`` at."""
    store = _store()
    key = _key(session_path)
    store.beginGroup(key)
    store.setValue("path", str(Path(session_path).resolve()))
    store.setValue("ms", int(session_ms))
    store.setValue("when", time.time())
    store.endGroup()
    groups = store.childGroups()
    if len(groups) > MAX_KEPT:
        by_age = sorted(groups, key=lambda g: _float(store.value(f"{g}/when")))
        for old in by_age[: len(groups) - MAX_KEPT]:
            store.remove(old)
    store.sync()


def remembered_position(session_path: Path) -> int | None:
    """The session time ``session_path`` was left at, or None (never opened here)."""
    store = _store()
    key = _key(session_path)
    if store.value(f"{key}/path") != str(Path(session_path).resolve()):
        return None
    try:
        ms = int(str(store.value(f"{key}/ms")))
    except ValueError:
        return None
    return ms if ms >= 0 else None


def _float(value: object) -> float:
    try:
        return float(str(value))
    except ValueError:
        return 0.0
