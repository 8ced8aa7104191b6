"""What every subcommand shares: exit codes, messages, finding session files."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

EXIT_OK, EXIT_BAD_INPUT, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """The command line itself is wrong (exit 2)."""


def err(message: str) -> None:
    """A message for people, on standard error (standard output may carry --json)."""
    print(f"attachcoder: {message}", file=sys.stderr)


def iter_session_files(paths: Iterable[Path]) -> list[Path]:
    """Files as given, folders searched recursively for ``.acs`` (never .bak or .journal);
    paths that do not exist come last, for the loader to report."""
    from attachcoder.io.session_file import find_session_files

    found, missing = find_session_files(paths)
    return found + missing
