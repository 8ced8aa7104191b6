"""Quiet the multimedia backend's start-up chatter on standard error.

Qt's FFmpeg backend reports, as soon as QtMultimedia loads, every optional library it did not
find (PipeWire, VA-API…), and prints each opened file's stream table. None of it is for the
user; playback errors still arrive through ``Player.errorOccurred`` and the log. The rules must
be set before QtMultimedia is imported, hence from the package's ``__init__``. ``QT_LOGGING_RULES``
in the environment still overrides them (for debugging).
"""

from __future__ import annotations

QUIET_QT_LOGGING = "\n".join(
    (
        "qt.multimedia.symbolsresolver=false",
        "qt.multimedia.playbackengine.codec=false",
        "qt.multimedia.ffmpeg*=false",
    )
)


def quiet_multimedia_logging() -> None:
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(QUIET_QT_LOGGING)
