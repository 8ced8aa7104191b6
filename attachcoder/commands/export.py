"""``attachcoder export SESSION... -o OUT [--no-notes]``: the supervisor's workbook per session.

One session: OUT is the ``.xlsx``. Several: OUT is a folder (created when missing) holding one
workbook per session, named by its session key (``-2``, ``-3``… when keys repeat, and when
two keys make one file name: ``C/1``, ``C_1`` and ``C:1`` are all ``C_1``, and ``D001`` and
``d001`` are one file on Windows and macOS — each such case is said). A bad file is reported
and skipped, the others are still exported, and the exit code is 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageError, err
from attachcoder.io.atomic import WriteError, describe_os_error
from attachcoder.io.reports.batch import SessionKeys, safe_file_name
from attachcoder.io.reports.session_workbook import write_session_workbook
from attachcoder.io.session.file import SessionFileError, find_session_files, load


class FileNames:
    """File names made from session keys, unique even on a disk that ignores case."""

    def __init__(self) -> None:
        self._used: set[str] = set()

    def assign(self, key: str) -> tuple[str, bool]:
        """(file name without extension, whether it had to differ from the key's own)."""
        base = name = safe_file_name(key)
        n = 2
        while name.casefold() in self._used:
            name, n = f"{base}-{n}", n + 1
        self._used.add(name.casefold())
        return name, name != base


def run(args: argparse.Namespace) -> int:
    out: Path = args.output
    # What OUT is follows from what was asked for, not from which files turned out to exist:
    # a missing one must not turn a folder of workbooks into a usage error.
    given: list[Path] = args.sessions
    into_folder = len(given) > 1 or any(p.is_dir() for p in given) or out.is_dir()
    if not into_folder and out.suffix.lower() != ".xlsx":
        raise UsageError(f"{out}: the workbook's name must end in .xlsx")
    if into_folder and out.suffix.lower() == ".xlsx" and not out.is_dir():
        raise UsageError(f"several sessions need a folder for -o (one workbook each), not {out}")
    files, missing = find_session_files(given)
    for p in missing:
        err(f"{p}: no such file or folder")
    if not files:
        err("no session files found in " + ", ".join(map(str, given)))
        return EXIT_BAD_INPUT
    if into_folder:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            err(describe_os_error(out, exc))
            return EXIT_BAD_INPUT
    keys = SessionKeys()
    names = FileNames()
    bad = len(missing)
    for path in files:
        try:
            session = load(path)
        except SessionFileError as exc:
            err(str(exc))
            bad += 1
            continue
        key, renamed = keys.assign(session.metadata.session_key())
        if renamed:
            err(f"{path}: another session has the same key; this one is exported as {key}")
        target = out
        if into_folder:
            name, clash = names.assign(key)
            if clash:
                err(
                    f"{path}: its session key {key!r} makes the same file name as another "
                    f"session's; written as {name}.xlsx"
                )
            target = out / f"{name}.xlsx"
        try:
            tallies = write_session_workbook(
                session,
                target,
                notes=not args.no_notes,
                session_key=key,
                paper=args.paper,
                lang=args.lang,
            )
        except WriteError as exc:
            err(str(exc))
            bad += 1
            continue
        print(f"{path} -> {target}")
        for note in tallies.left_out_notes:  # a running state no figure counts: say which
            err(f"{path}: {note}")
    return EXIT_BAD_INPUT if bad else EXIT_OK
