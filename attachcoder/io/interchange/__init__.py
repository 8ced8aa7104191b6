"""Interchange with other coding tools: import ELAN, BORIS and Datavyu; export ELAN and SDIS.

One entry point per direction, so the command line and the window share every rule:
:func:`import_file` reads a file of another tool into sessions plus a report of every choice
made (:class:`ImportResult`); :func:`write_eaf` and :func:`write_sdis` write a session for ELAN
and GSEQ. The episodes CSV is the analysis layer's table (``episodes_table``) written by
``io.sheets.csv_tables``; it is not repeated here. Everything below is pure standard library, so the
window can import it at start-up. May import ``io.session`` and ``io.atomic``, never reports.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

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
        return read_eaf(path)
    if fmt == "boris":
        return read_boris(path, observation)
    if fmt == "opf":
        return read_opf(path)
    known = ", ".join(f"{s} ({name})" for s, (_, name) in IMPORT_FORMATS.items())
    raise InterchangeError(path, "", f"unknown kind of file; import reads {known}")


def session_file_names(names: Iterable[str], suffix: str = ".acs") -> list[str]:
    """A file name for each imported session (e.g. BORIS observations): no path separators or
    characters Windows refuses, unique in one folder even where case is ignored."""
    taken: set[str] = set()
    out = []
    for name in names:
        base = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "_", name).strip(" .") or "session"
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
