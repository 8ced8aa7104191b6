"""Media paths of an imported session: found as the other tool finds them, stored so that the
video is found again from wherever the session is saved.

Each tool names its videos its own way: ELAN an absolute ``MEDIA_URL`` and a
``RELATIVE_MEDIA_URL`` it falls back on, BORIS a path it also tries relative to the project
file, Datavyu an absolute path and the folder the project was saved in (``origpath``). Labs
move projects and videos together, so :func:`locate_media` looks where the tool would look:
the path as written, then relative to the file, then a file of the same name beside it. A
path relative to the source file is re-anchored by :func:`rebased_media` to the new session
file: relative when the video lies in the session's folder or below it, else absolute (a
path climbing out of the session's folder would name every folder up to the root and break
as soon as the session moves).
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from attachcoder.core.session import Media, Session
from attachcoder.io.interchange.report import ImportReport

_FOREIGN_ABSOLUTE = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\|/)")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+://")


@dataclass(frozen=True)
class Located:
    """Where an imported media file was looked for and found.

    ``path`` is what the session stores: absolute as the tool wrote it, or relative to the
    source file when the video was found (or is expected) beside it. ``found`` says whether
    the file exists on this machine; ``how`` says, in words, where it was found.
    """

    path: str
    found: bool
    how: str


def is_absolute(path: str) -> bool:
    """Absolute on this machine or on another (``C:\\…``, ``\\\\server\\…``, ``/…``), or a URL."""
    return bool(_FOREIGN_ABSOLUTE.match(path) or _URL.match(path)) or Path(path).is_absolute()


def file_name(path: str) -> str:
    """The last part of a path written on any system."""
    return PureWindowsPath(path).name if "\\" in path else PurePosixPath(path).name


def locate_media(
    source: str | os.PathLike[str], given: str, relative: Sequence[str] = ()
) -> Located:
    """Look for the media ``given`` names as its tool would, from the file ``source``.

    In order: ``given`` itself when absolute and present; ``given`` and then each path of
    ``relative`` (paths the tool gives relative to its file) resolved against the folder of
    ``source``; a file of the same name beside ``source``. When none exists, the first path
    relative to the file is kept (it finds the video once it is put beside the file), else
    ``given`` as written.
    """
    base = Path(source).resolve().parent
    if not given and not relative:
        return Located("", False, "no path")
    if given and _URL.match(given) and not given.lower().startswith("file:"):
        return Located(given, False, "a URL, not looked up")
    if given and is_absolute(given):
        if Path(given).is_absolute() and Path(given).exists():
            return Located(given, True, "where the file says")
        candidates = [r for r in relative if r]
    else:
        candidates = [r for r in (given, *relative) if r]
    for rel in candidates:
        if not is_absolute(rel) and (base / rel).exists():
            return Located(_clean(rel), True, f"relative to the file ({_clean(rel)})")
    for path in (given, *relative):
        name = file_name(path) if path else ""
        if name and (base / name).is_file():
            return Located(name, True, f"beside the file ({name})")
    fallback = next((_clean(r) for r in candidates if not is_absolute(r)), given)
    return Located(fallback, False, "not found on this machine")


def _clean(rel: str) -> str:
    rel = rel.replace("\\", "/")
    while rel.startswith("./"):
        rel = rel[2:]
    return rel


def note_media(report: ImportReport, where: str, given: str, located: Located) -> None:
    """Say in the report where a media file was found, or that it was not."""
    if _URL.match(given) and not given.lower().startswith("file:"):
        return
    if not located.found:
        report.note(
            f"{where} {given!r} was not found on this machine (looked where the tool looks, "
            "and beside the file); relink the video after saving the session"
        )
    elif located.path != given:
        report.note(f"{where} {given!r} was found {located.how}")


def rebased_media(
    session: Session, source: str | os.PathLike[str], target: str | os.PathLike[str] | None = None
) -> tuple[Media, ...]:
    """The session's media with paths relative to ``source`` re-anchored at ``target``.

    Relative to ``target`` when the video lies in its folder or below it, absolute otherwise
    (and while the session has no file yet, ``target`` None). Absolute paths, Windows paths
    on another system and URLs are kept as the other tool wrote them.
    """
    base = Path(source).resolve().parent
    out = []
    for m in session.media:
        if not m.path or is_absolute(m.path):
            out.append(m)
            continue
        real = (base / m.path).resolve()
        out.append(dataclasses.replace(m, path=stored_media_path(real, target)))
    return tuple(out)


def stored_media_path(media_file: Path, session_file: str | os.PathLike[str] | None) -> str:
    """``media_file`` relative to ``session_file``'s folder when it lies under it, else the
    absolute path."""
    if session_file is None:
        return str(media_file)
    folder = Path(session_file).resolve().parent
    try:
        return media_file.relative_to(folder).as_posix()
    except ValueError:
        return str(media_file)
