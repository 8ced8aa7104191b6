"""Reading Datavyu projects (``.opf``: a zip holding a ``db`` spreadsheet, formats #2 to #4).

The ``db`` file lists columns, each followed by its cells, one per line::

    #4
    BabyLocation (MATRIX,true,)-arg01|NOMINAL
    00:00:00:000,00:00:07:061,(p)

A header reads ``NAME (TYPE)`` (#2), ``NAME (TYPE,VISIBLE)`` (#3) or ``NAME (TYPE,VISIBLE,
COMMENT)`` (#4), then ``-ARG|TYPE,…`` for a matrix; a cell is ``ONSET,OFFSET,VALUE`` with
times as ``HH:MM:SS:mmm`` and ``\\`` escaping ``,``, ``-`` and ``\\`` (Datavyu's own reader,
``OpenDataStoreFileController``, is the reference). Each column becomes a layer, the first
value of a cell its code and the further values modifiers named after their arguments. A cell
whose onset equals its offset is an instant.

Datavyu's offsets include their last millisecond: back-to-back cells are written as
``…07:061`` then ``07:062…``. An interval therefore ends 1 ms after its offset, so that such
cells meet instead of leaving 1 ms gaps that would break every transition chain.
"""

from __future__ import annotations

import itertools
import os
import re
import zipfile
from pathlib import Path

from attachcoder.core.session import Media
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import Item, Track, build_session

SUPPORTED = ("#2", "#3", "#4")
NOTE_ARG = "note"
_CELL = re.compile(r"^(\d+):(\d{2}):(\d{2}):(\d{3}),(\d+):(\d{2}):(\d{2}):(\d{3}),?(.*)$")
_PREDICATE_DEF = re.compile(r"^\d+:[^,]*-")


def read_opf(path: str | os.PathLike[str]) -> ImportResult:
    """Import a Datavyu project; raises :class:`InterchangeError` (file and line) if it cannot."""
    p = Path(path)
    files = _open_zip(p)
    db_name = next((n for n in files if n == "db" or n.endswith("/db")), None)
    if db_name is None:
        raise InterchangeError(p, "", "this Datavyu project holds no 'db' spreadsheet")
    try:
        text = files[db_name].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InterchangeError(p, f"db, byte {exc.start}", "the spreadsheet is not UTF-8") from None
    report = ImportReport()
    tracks = _columns(p, text.splitlines(), report)
    media = _media(files, report)
    session = build_session(tracks, path=p, report=report, scheme_name=p.stem, media=media)
    return ImportResult(p, "opf", [(p.stem, session)], report.lines)


def _open_zip(p: Path) -> dict[str, bytes]:
    try:
        with zipfile.ZipFile(p) as zf:
            return {info.filename: zf.read(info) for info in zf.infolist() if not info.is_dir()}
    except zipfile.BadZipFile:
        raise InterchangeError(
            p, "", "this is not a Datavyu project (an .opf file is a zip archive)"
        ) from None
    except OSError as exc:
        raise InterchangeError(p, "", f"cannot be read: {exc.strerror or exc}") from None


def _columns(p: Path, lines: list[str], report: ImportReport) -> list[Track]:
    if not lines:
        raise InterchangeError(p, "db, line 1", "the spreadsheet is empty")
    version = lines[0].strip()
    if version not in SUPPORTED:
        if version.startswith("#"):
            problem = f"Datavyu format {version} is not supported; this reads #2 to #4"
        else:
            problem = (
                "the spreadsheet has no version line (an old MacSHAPA/OpenSHAPA file); open "
                "and save it in Datavyu first"
            )
        raise InterchangeError(p, "db, line 1", problem)
    tracks: list[Track] = []
    i = 1
    while i < len(lines) and _PREDICATE_DEF.match(lines[i]) and not _CELL.match(lines[i]):
        i += 1  # predicate definitions of old files: not coding data
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        name, kind, args, hidden = _header(p, i + 1, line, version)
        i += 1
        cells: list[tuple[int, int, str, int]] = []
        while i < len(lines) and lines[i][:1].isdigit():
            start = i
            m = _CELL.match(lines[i])
            if m is None:
                raise InterchangeError(
                    p, f"db, line {i + 1}", "a cell must start with ONSET,OFFSET as HH:MM:SS:mmm"
                )
            value = m.group(9)
            while _ends_escaped(value) and i + 1 < len(lines):  # "\" at the end: a line break
                i += 1
                value = value[:-1] + "\n" + lines[i]
            g = [int(x) for x in m.groups()[:8]]
            onset = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
            offset = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
            cells.append((onset, offset, value, start + 1))
            i += 1
        if kind == "PREDICATE":
            report.note(f"column {name!r} holds predicates, which are not imported")
            continue
        if hidden:
            report.note(f"column {name!r} is hidden in Datavyu; it was imported all the same")
        tracks.append(_track(name, kind, args, cells, report))
    return tracks


def _header(p: Path, number: int, line: str, version: str) -> tuple[str, str, list[str], bool]:
    head, sep, rest = line.partition("(")
    close = rest.find(")")
    if not sep or close < 0:
        raise InterchangeError(
            p, f"db, line {number}", f"expected a column header 'NAME (TYPE…)', found {line!r}"
        )
    name = _unescape(head.strip())
    inside = rest[:close].split(",")
    kind = inside[0].strip().upper()
    if kind not in ("MATRIX", "NOMINAL", "TEXT", "PREDICATE", "INTEGER", "FLOAT"):
        raise InterchangeError(p, f"db, line {number}", f"unknown column type {inside[0]!r}")
    after = rest[close + 1 :]
    args = [_unescape(a.split("|")[0]) for a in _split(after[1:])] if after[:1] == "-" else []
    hidden = version != "#2" and len(inside) > 1 and inside[1].strip().lower() == "false"
    return name, kind, args, hidden


def _track(
    name: str,
    kind: str,
    args: list[str],
    cells: list[tuple[int, int, str, int]],
    report: ImportReport,
) -> Track:
    cells = sorted(cells, key=lambda c: c[0])
    items: list[Item] = []
    widened = False
    # Datavyu's own cells end on their last millisecond (…07:061, then 07:062…). A column
    # whose cells meet exactly (offset == next onset) was written the other way; it is taken
    # as it is, so that every cell of one column is read by one rule.
    inclusive = not any(a[1] == b[0] and a[1] > a[0] for a, b in itertools.pairwise(cells))
    for onset, offset, raw, line in cells:
        place = f"column {name!r}, db line {line}"
        note = ""
        modifiers: dict[str, str] = {}
        if kind == "MATRIX":
            values = _split(raw[1:-1] if raw.startswith("(") and raw.endswith(")") else raw)
            values = [_unescape(v).strip() for v in values]
            values = [
                "" if k < len(args) and v == f"<{args[k]}>" else v for k, v in enumerate(values)
            ]
            code = values[0] if values else ""
            for k, v in enumerate(values[1:], start=1):
                if v and k < len(args) and args[k] == NOTE_ARG:
                    note = v  # attachcoder's own export keeps notes in a "note" argument
                elif v:
                    modifiers[args[k] if k < len(args) and args[k] else f"value {k + 1}"] = v
        elif kind == "TEXT":
            code, note = name, _unescape(raw)
            report.note(
                f"column {name!r} holds free text: its cells became code {name!r} with the "
                "text as their note"
            )
        else:
            code = _unescape(raw).strip()
        end: int | None = None
        point = onset == offset
        if not point:
            end = offset
            if offset > onset and inclusive:
                end = offset + 1
                widened = True
        items.append(Item(onset, end, code, point, modifiers, note, place))
    if widened:
        report.note(
            f"column {name!r}: Datavyu offsets include their last millisecond, so each interval "
            "ends 1 ms after its offset (back-to-back cells then meet)"
        )
    return Track(name, items, label=f"column {name!r}")


def _split(text: str) -> list[str]:
    """Split on commas that are not escaped, keeping the escapes for :func:`_unescape`."""
    out, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i : i + 2])
            i += 2
            continue
        if ch == ",":
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    out.append("".join(cur))
    return out


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _ends_escaped(text: str) -> bool:
    trailing = len(text) - len(text.rstrip("\\"))
    return trailing % 2 == 1


def _media(files: dict[str, bytes], report: ImportReport) -> list[Media]:
    """The videos named in the project file, with the offset and frame rate of their track."""
    project = files.get("project", b"").decode("utf-8", "replace")
    out: list[Media] = []
    for block in re.split(r"^\s*- !vs\s*$", project, flags=re.M)[1:]:
        feed = re.search(r"^\s*feed:\s*(.+?)\s*$", block, re.M)
        if not feed:
            continue
        path = feed.group(1).strip("'\"")
        ident = re.search(r"^\s*settingsId:\s*'?([^'\s]+)'?\s*$", block, re.M)
        settings = files.get(ident.group(1), b"").decode("utf-8", "replace") if ident else ""
        offset = re.search(r"^offset=(-?\d+)\s*$", settings, re.M)
        fps = re.search(r"^fps=([\d.]+)\s*$", settings, re.M)
        rate = float(fps.group(1)) if fps else 0.0
        out.append(
            Media(
                path,
                None,
                fps=rate if rate > 0 else None,
                offset_ms=int(offset.group(1)) if offset else 0,
            )
        )
        report.note(f"media {path!r} listed as the project gives it (it may need relinking)")
    return out
