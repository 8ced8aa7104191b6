"""Second copies of a coding in a study folder: sync clients' conflict copies, and any other.

A study folder shared through Dropbox, OneDrive or Syncthing gets a renamed copy of a session
file when two machines save it between syncs: ``D001_C1 (conflicted copy 2026-01-02).acs``,
``D001_C1-DESKTOP-1.acs``, ``D001_C1.sync-conflict-20260102-101500-ABCDEFG.acs``. The coder's
finished work may be in either file. Reading only ``D001_C1.acs`` would drop the other silently
(the dyad "not complete yet", or worse, complete with the older coding), so every ``.acs`` of a
dyad's folder that is not an assigned coding is matched to the coding it copies — by the
sync clients' names first, then by the dyad and coder its metadata names — and the video is
held as a *conflict* until someone keeps one of the two (:func:`keep_one`). Nothing is deleted:
the file not kept is set aside under a name no study command reads.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SESSION_SUFFIX = ".acs"
SET_ASIDE_SUFFIX = ".bak"

#: A copy's stem, after the coding's own stem: which client makes such a name.
_COPY_NAMES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Dropbox", re.compile(r" \((?:[^()]*'s )?(?:conflicted copy|case conflict|selective sync "
                           r"conflict)[^()]*\)", re.I)),
    ("Syncthing", re.compile(r"\.sync-conflict-\d{8}-\d{6}(?:-[A-Za-z0-9]+)?", re.I)),
    ("a copy", re.compile(r"(?: \(\d+\)| - Copy(?: \(\d+\))?| copy(?: \d+)?)", re.I)),
    ("OneDrive", re.compile(r"-[A-Za-z0-9][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*")),
)


@dataclass(frozen=True)
class ConflictCopy:
    """A second ``.acs`` of one video and coder: ``path`` copies ``of`` (the assigned file)."""

    path: Path
    of: Path
    made_by: str  # "Dropbox", "OneDrive", "Syncthing", "a copy", or "its metadata"


def copy_maker(stem: str, copy_stem: str) -> str | None:
    """Which sync client's name ``copy_stem`` has as a copy of the coding ``stem``, or None."""
    if not copy_stem.startswith(stem) or copy_stem == stem:
        return None
    rest = copy_stem[len(stem) :]
    for who, pattern in _COPY_NAMES:
        if pattern.fullmatch(rest):
            return who
    return None


def find_conflict_copies(
    assigned: dict[Path, tuple[str, str]],
    read_metadata: Callable[[Path], dict[str, Any]],
) -> list[ConflictCopy]:
    """The conflict copies among the ``.acs`` files beside the assigned codings.

    ``assigned`` maps each assigned session file to the (dyad, coder) it holds; the folders
    searched are those files' folders. ``read_metadata`` reads a file's metadata (raising
    ``OSError``/``ValueError`` when it cannot): a file whose name is no sync client's copy
    name is matched by the dyad and coder it names, and left alone when it names neither.
    """
    found: list[ConflictCopy] = []
    taken = {p.resolve() for p in assigned}
    by_folder: dict[Path, list[Path]] = {}
    for path in assigned:
        by_folder.setdefault(path.parent, []).append(path)
    for folder, codings in by_folder.items():
        for candidate in _session_files(folder):
            if candidate.resolve() in taken:
                continue
            copy = _match(candidate, codings, assigned, read_metadata)
            if copy is not None:
                found.append(copy)
    return found


def _session_files(folder: Path) -> Iterable[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [folder / n for n in names if n.lower().endswith(SESSION_SUFFIX)]


def _match(
    candidate: Path,
    codings: list[Path],
    assigned: dict[Path, tuple[str, str]],
    read_metadata: Callable[[Path], dict[str, Any]],
) -> ConflictCopy | None:
    stem = candidate.name[: -len(SESSION_SUFFIX)]
    # the longest assigned stem first, so D001_C10's copy is never taken for D001_C1's
    for coding in sorted(codings, key=lambda p: -len(p.stem)):
        who = copy_maker(coding.stem, stem)
        if who is not None:
            return ConflictCopy(candidate, coding, who)
    try:
        meta = read_metadata(candidate)
    except (OSError, ValueError):
        return None
    said = (str(meta.get("dyad_id") or ""), str(meta.get("coder_id") or ""))
    for coding in codings:
        if assigned[coding] == said:
            return ConflictCopy(candidate, coding, "its metadata")
    return None


def set_aside_name(path: Path, when: dt.datetime | None = None) -> Path:
    """Where a file not kept goes: beside it, a name ending in ``.bak`` that no study reads."""
    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.set-aside-{stamp}{SET_ASIDE_SUFFIX}")
    n = 2
    while target.exists():
        target = path.with_name(f"{path.name}.set-aside-{stamp}-{n}{SET_ASIDE_SUFFIX}")
        n += 1
    return target


def keep_one(assigned: Path, copy: Path, *, keep_copy: bool) -> Path:
    """Resolve a conflict: keep the assigned file, or make the copy the assigned file. The file
    not kept is renamed aside (never deleted); returns its new path. Raises ``OSError`` when a
    rename fails, with everything back where it was."""
    if not keep_copy:
        aside = set_aside_name(copy)
        os.replace(copy, aside)
        return aside
    if not assigned.exists():
        os.replace(copy, assigned)
        return assigned
    aside = set_aside_name(assigned)
    os.replace(assigned, aside)
    try:
        os.replace(copy, assigned)
    except OSError:
        os.replace(aside, assigned)
        raise
    return aside
