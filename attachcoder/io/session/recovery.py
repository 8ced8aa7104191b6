"""Reading a crash journal back: what it holds beyond the saved file, and replaying it.

Recovery never crashes and never gives up on intact changes: a damaged line (torn, nested
too deeply, holding ``Infinity``, naming an episode that is not there) is left out with a
sentence saying so, and the lines after it are still replayed; a damaged first line costs only
the header — the changes are replayed over the session file as it is. A journal whose last
save marker matches the file on disk holds nothing that file lacks (the program died between
a save's rename and the journal's removal), so nothing is offered.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attachcoder.core.session import Session
from attachcoder.io.session import strict_json
from attachcoder.io.session.file import SessionFileError, load, session_from_document
from attachcoder.io.session.journal_records import FORMAT, SAVED_OP, change_from_json

JOURNAL_SUFFIX = ".journal"


def journal_path(session_path: str | os.PathLike[str]) -> Path:
    p = Path(session_path)
    return p.with_name(p.name + JOURNAL_SUFFIX)


def second_journal_path(session_path: str | os.PathLike[str], pid: int | None = None) -> Path:
    """The journal of a second window on a file another window has open ("Open anyway"):
    ``NAME.acs.PID.journal``, so neither window's journal overwrites the other's."""
    p = Path(session_path)
    return p.with_name(f"{p.name}.{os.getpid() if pid is None else pid}{JOURNAL_SUFFIX}")


def journals_to_offer(
    session_path: str | os.PathLike[str],
    *,
    main_is_live: bool,
    is_live: Callable[[int], bool],
) -> list[Path]:
    """Journals beside ``session_path`` holding coding no saved file holds, that no running
    window is writing: the file's own journal (unless ``main_is_live``: another window has
    the file open and writes it now) and second windows' journals whose process has ended.
    A live window's journal is never offered: recovering it would take it from under that
    window, and its later changes would be lost."""
    p = Path(session_path)
    out: list[Path] = []
    if not main_is_live and has_unsaved_changes(p):
        out.append(journal_path(p))
    prefix, suffix = p.name + ".", JOURNAL_SUFFIX
    try:
        names = sorted(os.listdir(p.parent))
    except OSError:
        names = []
    for name in names:
        middle = name[len(prefix) : -len(suffix)] if name.endswith(suffix) else ""
        if not name.startswith(prefix) or not middle.isdigit():
            continue
        if int(middle) == os.getpid() or is_live(int(middle)):
            continue
        j = p.with_name(name)
        if journal_holds_unsaved(j, p):
            out.append(j)
    return out


@dataclass
class Recovery:
    """What a journal holds: the recovered session and how it was obtained."""

    session: Session
    changes: int
    warnings: list[str] = field(default_factory=list)


@dataclass
class _Lines:
    """A journal split up: its header (None when damaged) and its lines after the header
    (numbered from 2), from the last save marker the session file matches on."""

    header: dict[str, Any] | None
    lines: list[tuple[int, bytes]]
    header_problem: str | None = None
    #: the file that already holds every change up to a save marker (replay over it), if any
    saved_to: Path | None = None


def _file_sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _split(session_path: Path | None, data: bytes) -> _Lines:
    raw = data.split(b"\n")
    header: dict[str, Any] | None = None
    problem = None
    try:
        doc = strict_json.loads(raw[0])
        if isinstance(doc, dict) and doc.get("format") == FORMAT:
            header = doc
        else:
            problem = "it is not an attachcoder journal header"
    except ValueError as exc:
        problem = str(exc)
    lines = [(n, line) for n, line in enumerate(raw[1:], start=2) if line.strip()]
    # the last save marker whose file holds what was saved: the changes before it are there
    if any(SAVED_OP.encode() in line for _, line in lines):
        hashes: dict[Path, str | None] = {}
        for k in range(len(lines) - 1, -1, -1):
            marker = _marker(lines[k][1])
            target = _saved_to(marker, session_path)
            if marker is None or target is None:
                continue
            if target not in hashes:
                hashes[target] = _file_sha256(target)
            if hashes[target] == marker["sha256"]:
                return _Lines(header, lines[k + 1 :], problem, saved_to=target)
    return _Lines(header, lines, problem)


def _marker(line: bytes) -> dict[str, Any] | None:
    try:
        d = strict_json.loads(line)
    except ValueError:
        return None
    if isinstance(d, dict) and d.get("op") == SAVED_OP and isinstance(d.get("sha256"), str):
        return d
    return None


def _saved_to(marker: dict[str, Any] | None, session_path: Path | None) -> Path | None:
    """The file a save marker's save went to: its own ``path`` (a Save As), or the session's."""
    if marker is None:
        return None
    where = marker.get("path")
    return Path(where) if isinstance(where, str) and where else session_path


def _is_change(line: bytes) -> bool:
    return _marker(line) is None


def has_unsaved_changes(session_path: str | os.PathLike[str]) -> bool:
    """True when the journal beside ``session_path`` holds coding no saved file holds."""
    return journal_holds_unsaved(journal_path(session_path), Path(session_path))


def journal_holds_unsaved(journal: Path, session_path: Path | None = None) -> bool:
    """Whether ``journal`` holds coding that no saved file holds: a change line after the last
    save that reached its file, or a snapshot header (a state recovered, saved nowhere else).
    ``session_path`` is the file the journal belongs to (None for a never-saved import)."""
    try:
        data = journal.read_bytes()
    except OSError:
        return False
    parts = _split(session_path, data)
    if any(_is_change(line) for _, line in parts.lines):
        return True
    snapshot = parts.header is not None and parts.header.get("base_sha256") is None
    return snapshot and parts.saved_to is None


def recover(
    session_path: str | os.PathLike[str], journal: str | os.PathLike[str] | None = None
) -> Recovery:
    """Replay a journal over its base, leaving out (and naming) whatever cannot be replayed.

    Raises :class:`SessionFileError` only when there is nothing to replay over: the journal
    cannot be read, or neither its header nor the session file gives a session.
    """
    jp = Path(journal) if journal is not None else journal_path(session_path)
    sp = Path(session_path)
    try:
        data = jp.read_bytes()
    except OSError as exc:
        raise SessionFileError(jp, "", f"cannot read the journal: {exc.strerror}") from None
    parts = _split(sp if journal is None else None, data)
    warnings: list[str] = []
    header = parts.header
    if parts.saved_to is not None:
        session = load(parts.saved_to)
    elif header is None:
        if journal is not None or not sp.exists():
            raise SessionFileError(
                jp, "line 1", f"this is not an attachcoder journal ({parts.header_problem})"
            )
        session = load(sp)
        warnings.append(
            f"the journal's first line is damaged ({parts.header_problem}); its changes were "
            "replayed over the session file as it is now"
        )
    elif header.get("base_sha256") is None:
        session = session_from_document(header.get("snapshot"), jp)
    else:
        session = load(sp)
        if _file_sha256(sp) != header["base_sha256"]:
            warnings.append(
                "the session file changed after these changes were journaled; "
                "they were replayed over the file as it is now"
            )
    count = replay(session, parts.lines, warnings)
    return Recovery(session, count, warnings)


def replay(session: Session, lines: list[tuple[int, bytes]], warnings: list[str]) -> int:
    """Apply each journal line to ``session`` in turn; returns how many changes were made.

    Each line that cannot be replayed is left out, and ``warnings`` gets a sentence naming it
    and why. Save markers are not changes and are passed over.
    """
    count = 0
    last = lines[-1][0] if lines else 0
    for n, raw in lines:
        try:
            record = strict_json.loads(raw)
        except ValueError as exc:
            if n == last and isinstance(exc, json.JSONDecodeError):
                # killed while writing this line: it was never acknowledged
                warnings.append(f"the last journal line was incomplete and was left out ({exc})")
            else:
                warnings.append(f"journal line {n} is damaged and was left out ({exc})")
            continue
        if isinstance(record, dict) and record.get("op") == SAVED_OP:
            continue
        try:
            session.apply(change_from_json(record, session))
        except Exception as exc:
            warnings.append(f"journal line {n} could not be replayed: {_reason(exc)}")
            continue
        count += 1
    return count


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"it lacks {exc}"
    return str(exc) or type(exc).__name__
