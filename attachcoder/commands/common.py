"""What every subcommand shares: exit codes, messages, finding session files."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from attachcoder.core.session import Session

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


def err(message: str) -> None:
    """A message for people, on standard error (standard output may carry --json)."""
    print(f"attachcoder: {message}", file=sys.stderr)


def iter_session_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders searched recursively for ``.acs`` (never .bak or .journal);
    paths that do not exist come last, for the loader to report."""
    from attachcoder.io.session.file import find_session_files

    found, missing = find_session_files(paths)
    return found + missing


def duration_arg(opt: str, text: str, *, positive: bool = False) -> Any:
    """A ``DUR`` option as a :class:`~attachcoder.core.timefmt.Duration`; a typo (or, with
    ``positive``, a zero) is a usage error."""
    from attachcoder.core.timefmt import Duration

    try:
        d = Duration(text)
    except ValueError as exc:
        raise UsageError(f"{opt}: {exc}") from None
    if positive and (d.ms if d.ms is not None else d.frames or 0) <= 0:
        raise UsageError(f"{opt}: must be longer than zero (e.g. 1s, 500ms or 1f)")
    return d


def missing_media(session_file: Path, session: Session) -> list[str]:
    """A sentence for each media file of ``session`` that is not where the session says (a
    path relative to the session file, or absolute); URLs are not looked up. The session
    still opens: the window asks for the video, and nothing else needs it."""
    from attachcoder.io.session.file import media_path

    out = []
    for m in session.media:
        if not m.path or re.match(r"^[A-Za-z][A-Za-z0-9+.-]+://", m.path):
            continue
        where = media_path(session_file, m)
        if not where.is_file():
            out.append(
                f"media {m.path!r} is not found (looked at {where}); the session opens, but "
                "relink the video to code or review it"
            )
    return out
