"""Interchange with other coding tools: import ELAN, BORIS and Datavyu; export ELAN and SDIS.

One entry point per direction, so the command line and the window share every rule:
:func:`import_file` reads a file of another tool into sessions plus a report of every choice
made (:class:`ImportResult`); :func:`write_eaf` and :func:`write_sdis` write a session for ELAN
and GSEQ. The episodes CSV is the analysis layer's table (``episodes_table``) written by
``io.csv_tables``; it is not repeated here. Everything below is pure standard library, so the
window can import it at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from attachcoder.core.ids import file_name_part, metadata_id_problems
from attachcoder.io.interchange.boris import UnknownObservation, read_boris
from attachcoder.io.interchange.datavyu import read_opf
from attachcoder.io.interchange.eaf import read_eaf
from attachcoder.io.interchange.eaf_export import eaf_bytes, write_eaf
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.sdis import sdis_text, write_sdis

#: file suffix → (format id, the tool's name), for file dialogs and messages
IMPORT_FORMATS: dict[str, tuple[str, str]] = {
    ".eaf": ("eaf", "ELAN"),
    ".boris": ("boris", "BORIS"),
    ".opf": ("opf", "Datavyu"),
}
#: file suffix → what ``convert`` writes there
EXPORT_FORMATS: dict[str, str] = {
    ".eaf": "ELAN annotation file",
    ".sds": "SDIS timed-event data for GSEQ",
    ".csv": "episodes table (CSV)",
}


def import_format(path: str | os.PathLike[str]) -> str | None:
    """The format id of ``path`` by its suffix ("eaf", "boris", "opf"), or None."""
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
    "import_file",
    "import_format",
    "sdis_text",
    "session_file_names",
    "write_eaf",
    "write_sdis",
]
