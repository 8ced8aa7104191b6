"""The Linux desktop's menu entry, icon and session file type for attachcoder (freedesktop.org:
Desktop Entry, Icon Theme and shared-mime-info specifications), written into an XDG data folder.

The entry's ``Exec`` is the absolute path of the launcher that runs without a terminal
(``attachcoder-gui`` beside this Python, or the bundle's own executable), so the menu starts the
same install the command was run from, whatever PATH the desktop session has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.installed import bundled

APP_ID = "attachcoder"


def user_data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or empty (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def system_data_dir() -> Path:
    """The first of ``$XDG_DATA_DIRS`` (default ``/usr/local/share``): where local installs go."""
    dirs = [d for d in os.environ.get("XDG_DATA_DIRS", "").split(":") if os.path.isabs(d)]
    return Path(dirs[0]) if dirs else Path("/usr/local/share")


def launcher() -> list[str]:
    """The command the entry runs: the frozen bundle itself, else ``attachcoder-gui``."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    beside = Path(sys.executable).with_name("attachcoder-gui")
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("attachcoder-gui")
    return [found] if found else [sys.executable, "-m", "attachcoder"]


def _exec_quote(arg: str) -> str:
    """One Exec argument, double-quoted with the spec's escapes when it needs quoting."""
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def desktop_entry_text(command: list[str]) -> str:
    """The shipped entry with its ``Exec`` set to ``command``."""
    template = bundled.resource("linux", f"{APP_ID}.desktop").read_text(encoding="utf-8")
    return template.replace("@EXEC@", " ".join(_exec_quote(a) for a in command))


def install(data_dir: Path, command: list[str] | None = None) -> list[Path]:
    """Write the entry, the scalable icon and the session file's type under ``data_dir``, then
    refresh the desktop's caches when their tools are installed; return the files written."""
    entry = data_dir / "applications" / f"{APP_ID}.desktop"
    icon = data_dir / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    mime = data_dir / "mime" / "packages" / f"{APP_ID}-session.xml"
    for folder in (entry.parent, icon.parent, mime.parent):
        folder.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(icon, bundled.resource("icons", f"{APP_ID}.svg").read_bytes())
    atomic_write_bytes(mime, bundled.resource("linux", mime.name).read_bytes())
    text = desktop_entry_text(command or launcher())
    atomic_write_bytes(entry, text.encode("utf-8"))
    _refresh(["update-mime-database", str(data_dir / "mime")])
    _refresh(["update-desktop-database", str(entry.parent)])
    return [entry, icon, mime]


def _refresh(argv: list[str]) -> None:
    """Run a desktop cache tool if it is there; the files work without it after a log-in."""
    if shutil.which(argv[0]) is None:
        return
    try:
        subprocess.run(argv, check=False, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        pass
