"""The user's preferences and recent files, declared in one typed place (after Picard's options).

Stored as JSON in the platform's configuration folder (``platformdirs``), written atomically.
``ATTACHCODER_CONFIG_DIR`` points somewhere else (tests, portable installs). Window geometry is
the one thing kept in ``QSettings`` (an INI file in the same folder), because Qt saves and
restores it best itself.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from attachcoder.io.atomic import WriteError, atomic_write_bytes

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
WINDOW_FILE = "window.ini"
MAX_RECENT = 10


@dataclass
class Settings:
    """Every preference the program has; unknown keys in the file are ignored."""

    #: Session files opened lately, newest first (absolute paths).
    recent_files: list[str] = field(default_factory=list)
    #: The session to reopen when attachcoder starts without a file.
    last_session: str | None = None
    #: A code that asks for a note pauses the video while the note is typed, unless this is set.
    note_keeps_playing: bool = False
    #: The playback speed a video starts at: the last one chosen (many coders work at 0.5×).
    playback_rate: float = 1.0
    #: The timeline's zoom, in milliseconds per pixel, as last left.
    timeline_ms_per_px: float = 40.0
    #: Whether the timeline pages along when the playhead runs off its right edge.
    timeline_follows_playhead: bool = True
    #: The sound row under the timeline shows the "waveform" or the "spectrogram".
    sound_view: str = "waveform"
    #: Whose sound the row shows: 0 the first camera, 1 the second (when it has sound).
    sound_camera: int = 0
    #: Who is coding, in a study (said once in the dashboard, then remembered).
    study_coder: str = ""
    #: The study folder opened last (File → Open study… starts there).
    last_study: str = ""
    #: The window's language ("de", "pt_BR", …); empty: follow the system.
    language: str = ""

    def add_recent(self, path: str | os.PathLike[str]) -> None:
        p = str(Path(path).resolve())
        self.recent_files = [p, *(r for r in self.recent_files if r != p)][:MAX_RECENT]
        self.last_session = p

    def existing_recent_files(self) -> list[Path]:
        return [Path(p) for p in self.recent_files if Path(p).is_file()]

    def clear_recent(self) -> None:
        self.recent_files = []


def config_dir() -> Path:
    override = os.environ.get("ATTACHCODER_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("attachcoder", appauthor=False))


def load_settings() -> Settings:
    """The saved settings, or the defaults when there are none or the file is damaged."""
    path = config_dir() / SETTINGS_FILE
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings %s: %s", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    defaults = Settings()
    kwargs: dict[str, Any] = {}
    for f in fields(Settings):
        value = raw.get(f.name, getattr(defaults, f.name))
        default = getattr(defaults, f.name)
        if isinstance(default, float) and type(value) is int:
            value = float(value)  # 2 in a hand-edited file means 2.0
        if default is not None and not isinstance(value, type(default)):
            value = default  # a hand-edited file with a wrong type: keep the default
        kwargs[f.name] = value
    kwargs["recent_files"] = [p for p in kwargs["recent_files"] if isinstance(p, str)]
    return Settings(**kwargs)


def save_settings(settings: Settings) -> None:
    """Write the settings; a failure is logged, never raised (preferences are not work)."""
    folder = config_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(asdict(settings), indent=2, ensure_ascii=False) + "\n"
        atomic_write_bytes(folder / SETTINGS_FILE, data.encode("utf-8"))
    except (OSError, WriteError) as exc:
        log.warning("could not save settings: %s", exc)


def window_state() -> QSettings:
    """Where window geometry, dock and splitter positions are kept (``window_layout.py``)."""
    return QSettings(str(config_dir() / WINDOW_FILE), QSettings.Format.IniFormat)
