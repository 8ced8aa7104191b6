"""Interchange with other coding tools: ELAN, BORIS, Datavyu and Praat both ways; SDIS out.

One entry point per direction, so the command line and the window share every rule:
:func:`import_file` reads a file of another tool into sessions plus a report of every choice
made (:class:`ImportResult`); :func:`export_session` writes a session for ELAN, BORIS, Datavyu,
Praat or GSEQ, chosen by the target's suffix. The episodes CSV is the analysis layer's table
(``episodes_table``) written by ``io.sheets.csv_tables``; it is not repeated here. Everything
below is pure standard library, so the window can import it at start-up. May import
``io.session``, ``io.sheets`` (the CSV writer) and ``io.atomic``, never reports.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from attachcoder.core.ids import file_name_part, metadata_id_problems
from attachcoder.core.session import Session
from attachcoder.io.interchange.boris import UnknownObservation, read_boris
from attachcoder.io.interchange.boris_export import write_boris
from attachcoder.io.interchange.datavyu import read_opf
from attachcoder.io.interchange.datavyu_export import write_opf
from attachcoder.io.interchange.eaf import read_eaf
from attachcoder.io.interchange.eaf_export import eaf_bytes, write_eaf
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.sdis import sdis_text, write_sdis
from attachcoder.io.interchange.textgrid import read_textgrid, write_textgrid

#: file suffix → (format id, the tool's name), for file dialogs and messages
IMPORT_FORMATS: dict[str, tuple[str, str]] = {
    ".eaf": ("eaf", "ELAN"),
    ".boris": ("boris", "BORIS"),
    ".opf": ("opf", "Datavyu"),
    ".textgrid": ("textgrid", "Praat"),
}
#: file suffix → what ``convert`` writes there
EXPORT_FORMATS: dict[str, str] = {
    ".eaf": "ELAN annotation file",
    ".sds": "SDIS timed-event data for GSEQ",
    ".csv": "episodes table (CSV)",
    ".boris": "BORIS project",
    ".opf": "Datavyu project",
    ".textgrid": "Praat TextGrid",
}


def import_format(path: str | os.PathLike[str]) -> str | None:
    """The format id of ``path`` by its suffix ("eaf", "boris", "opf", "textgrid"), or None."""
    found = IMPORT_FORMATS.get(Path(path).suffix.lower())
    return found[0] if found else None


def import_file(path: str | os.PathLike[str], *, observation: str | None = None) -> ImportResult:
    """Read another tool's file into sessions, choosing the reader by the file's suffix.

    ``observation`` picks one observation of a BORIS project (all of them otherwise). Raises
    :class:`InterchangeError` naming the file and place when nothing can be imported.
    """
    fmt = import_format(path)
    if fmt == "eaf":
        result = read_eaf(path)
    elif fmt == "boris":
        result = read_boris(path, observation)
    elif fmt == "opf":
        result = read_opf(path)
    elif fmt == "textgrid":
        result = read_textgrid(path)
    else:
        known = ", ".join(f"{s} ({name})" for s, (_, name) in IMPORT_FORMATS.items())
        raise InterchangeError(path, "", f"unknown kind of file; import reads {known}")
    return _refuse_bad_ids(result)


def _refuse_bad_ids(result: ImportResult) -> ImportResult:
    """A session whose IDs break the rule of :mod:`attachcoder.core.ids` is not imported:
    it becomes a problem naming the field (the others are imported as ever)."""
    kept = []
    for name, session in result.sessions:
        bad = metadata_id_problems(session.metadata)
        if bad:
            place, problem = bad[0]
            result.problems.append(InterchangeError(result.source, f"{name}: {place}", problem))
        else:
            kept.append((name, session))
    result.sessions = kept
    return result


def export_session(
    session: Session,
    target: str | os.PathLike[str],
    *,
    session_path: str | os.PathLike[str] | None = None,
    notes: bool = True,
) -> list[str]:
    """Write ``session`` for another tool, the format chosen by ``target``'s suffix (one of
    :data:`EXPORT_FORMATS`); returns warnings (what that format cannot hold). The command line
    and File → Export for other tools both come through here. Raises ``WriteError``."""
    suffix = Path(target).suffix.lower()
    source = Path(session_path) if session_path is not None else None
    if suffix == ".eaf":
        return write_eaf(session, target, session_path=source, notes=notes)
    if suffix == ".sds":
        return write_sdis([(session.metadata.session_key(), session)], target)
    if suffix == ".boris":
        return write_boris(session, target, session_path=source, notes=notes)
    if suffix == ".opf":
        return write_opf(session, target, session_path=source, notes=notes)
    if suffix == ".textgrid":
        return write_textgrid(session, target)
    if suffix == ".csv":
        from attachcoder.analysis.tables import episodes_table
        from attachcoder.io.sheets.csv_tables import write_csv

        write_csv(episodes_table(session, notes=notes), target)
        return []
    known = ", ".join(f"{s} ({what})" for s, what in EXPORT_FORMATS.items())
    raise ValueError(f"{Path(target).name}: the extension chooses the format: {known}")


def session_file_names(names: Iterable[str], suffix: str = ".acs") -> list[str]:
    """A file name for each imported session (e.g. BORIS observations): no path separators or
    characters Windows refuses, no control or text-direction characters (the one rule of
    :mod:`attachcoder.core.ids`), unique in one folder even where case is ignored."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = file_name_part(name)
        candidate, n = base, 2
        while candidate.lower() in taken:
            candidate = f"{base}-{n}"
            n += 1
        taken.add(candidate.lower())
        out.append(candidate + suffix)
    return out


__all__ = [
    "EXPORT_FORMATS",
    "IMPORT_FORMATS",
    "ImportReport",
    "ImportResult",
    "InterchangeError",
    "UnknownObservation",
    "eaf_bytes",
    "export_session",
    "import_file",
    "import_format",
    "sdis_text",
    "session_file_names",
    "write_eaf",
    "write_sdis",
]
