"""Media paths of an imported session, made to point at the video from where it is saved.

Other tools name media relative to their own project file. Saved elsewhere unchanged, such a
path would stop finding the video, so it is resolved against the source file and then stored
relative to the new session file (or absolute, while the session has no file yet).
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from attachcoder.core.session import Media, Session
from attachcoder.io.session.file import relative_media_path

_FOREIGN_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\|[a-z]+://)")


def rebased_media(
    session: Session, source: str | os.PathLike[str], target: str | os.PathLike[str] | None = None
) -> tuple[Media, ...]:
    """The session's media with relative paths re-anchored from ``source`` to ``target``.

    Absolute paths, Windows drive paths and URLs are kept as the other tool wrote them.
    """
    base = Path(source).resolve().parent
    out = []
    for m in session.media:
        if not m.path or Path(m.path).is_absolute() or _FOREIGN_ABSOLUTE.match(m.path):
            out.append(m)
            continue
        real = base / m.path
        path = str(real) if target is None else relative_media_path(target, real)
        out.append(dataclasses.replace(m, path=path))
    return tuple(out)
