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

*Onset-only cells.* A coder who inserts a cell and never sets its offset leaves it at
``00:00:00:000`` (common practice for events); such a cell, and one whose offset lies before
its onset, is an instant at its onset. Every such cell is named in the report.

*The last millisecond.* Datavyu's offsets include their last millisecond: back-to-back cells
are written as ``…07:061`` then ``07:062…``. An interval therefore ends 1 ms after its offset,
so that such cells meet instead of leaving 1 ms gaps that would break every transition chain.
One rule holds for the whole file: when any two cells of a column meet exactly (an offset
equal to the next onset, as a script writes them), no interval of the file is widened.

*Nothing refused for one bad line.* A line that is not a cell, and the cells of a column
whose header cannot be read, are set aside and named; the rest is imported.
"""

from __future__ import annotations

import itertools
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from attachcoder.core.session import Media
from attachcoder.io.interchange.media_paths import locate_media, note_media
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import Item, Track, build_session

SUPPORTED = ("#2", "#3", "#4")
NOTE_ARG = "note"
_CELL = re.compile(r"^(\d+):(\d{2}):(\d{2}):(\d{3}),(\d+):(\d{2}):(\d{2}):(\d{3}),?(.*)$")
_PREDICATE_DEF = re.compile(r"^\d+:[^,]*-")
_TYPES = ("MATRIX", "NOMINAL", "TEXT", "PREDICATE", "INTEGER", "FLOAT")


@dataclass
class _Cell:
    onset: int
    offset: int
    value: str
    line: int


@dataclass
class _Column:
    name: str
    kind: str
    args: list[str]
    cells: list[_Cell]


def read_opf(path: str | os.PathLike[str]) -> ImportResult:
    """Import a Datavyu project; raises :class:`InterchangeError` (file and line) only when the
    file holds no spreadsheet that can be read."""
    p = Path(path)
    files = _open_zip(p)
    db_name = next((n for n in files if n == "db" or n.endswith("/db")), None)
    if db_name is None:
        raise InterchangeError(p, "", "this Datavyu project holds no 'db' spreadsheet")
    report = ImportReport()
    try:
        text = files[db_name].decode("utf-8")
    except UnicodeDecodeError as exc:
        text = files[db_name].decode("utf-8", "replace")
        report.note(
            f"the spreadsheet is not all UTF-8 (first at byte {exc.start}); characters that "
            "could not be read are shown as '\ufffd'"
        )
    columns = _columns(p, text.splitlines(), report)
    inclusive = _offsets_inclusive(columns, report)
    tracks = [_track(c, inclusive, report) for c in columns]
    media = _media(p, files, report)
    session = build_session(tracks, path=p, report=report, scheme_name=p.stem, media=media)
    return ImportResult.of(p, "opf", [(p.stem, session)], report)


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


def _columns(p: Path, lines: list[str], report: ImportReport) -> list[_Column]:
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
    columns: list[_Column] = []
    i = 1
    while i < len(lines) and _PREDICATE_DEF.match(lines[i]) and not _CELL.match(lines[i]):
        i += 1  # predicate definitions of old files: not coding data
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        header = _header(i + 1, line, version, report)
        i += 1
        cells: list[_Cell] = []
        while i < len(lines) and lines[i][:1].isdigit():
            start = i
            m = _CELL.match(lines[i])
            if m is None:
                report.set_aside(
                    f"db line {i + 1}",
                    f"not a cell (a cell starts ONSET,OFFSET as HH:MM:SS:mmm): {lines[i][:60]!r}",
                )
                i += 1
                continue
            value = m.group(9)
            while _ends_escaped(value) and i + 1 < len(lines):  # "\" at the end: a line break
                i += 1
                value = value[:-1] + "\n" + lines[i]
            g = [int(x) for x in m.groups()[:8]]
            onset = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
            offset = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
            cells.append(_Cell(onset, offset, value, start + 1))
            i += 1
        if header is None:
            for c in cells:
                report.set_aside(f"db line {c.line}", "its column's header could not be read")
            continue
        name, kind, args, hidden = header
        if kind == "PREDICATE":
            report.not_kept(f"column {name!r} holds predicates ({len(cells)} cells)")
            continue
        if hidden:
            report.note(f"column {name!r} is hidden in Datavyu; it was imported all the same")
        columns.append(_Column(name, kind, args, cells))
    return columns


def _header(
    number: int, line: str, version: str, report: ImportReport
) -> tuple[str, str, list[str], bool] | None:
    head, sep, rest = line.partition("(")
    close = rest.find(")")
    if not sep or close < 0:
        report.note(
            f"db line {number}: expected a column header 'NAME (TYPE…)', found {line[:60]!r}; "
            "the cells under it are set aside"
        )
        return None
    name = _unescape(head.strip())
    inside = rest[:close].split(",")
    kind = inside[0].strip().upper()
    if kind not in _TYPES:
        report.note(
            f"column {name!r} (db line {number}) has the unknown type {inside[0]!r}; its cells "
            "were read as codes"
        )
        kind = "NOMINAL"
    after = rest[close + 1 :]
    args = [_unescape(a.split("|")[0]) for a in _split(after[1:])] if after[:1] == "-" else []
    hidden = version != "#2" and len(inside) > 1 and inside[1].strip().lower() == "false"
    return name, kind, args, hidden


def _open_ended(cell: _Cell) -> bool:
    """A cell Datavyu holds with no offset: never closed (00:00:00:000) or ending before it
    starts. Such a cell marks its onset."""
    return cell.offset < cell.onset


def _offsets_inclusive(columns: list[_Column], report: ImportReport) -> bool:
    """One rule for the whole file: Datavyu's own inclusive offsets (+1 ms), unless some
    column has cells that meet exactly, which only exclusive offsets write."""
    for column in columns:
        cells = sorted(
            (c for c in column.cells if c.offset > c.onset), key=lambda c: (c.onset, c.offset)
        )
        for a, b in itertools.pairwise(cells):
            if a.offset == b.onset:
                report.note(
                    f"column {column.name!r}: the cells of db lines {a.line} and {b.line} meet "
                    "exactly (an offset equal to the next onset), so this file's offsets are "
                    "taken as exclusive: no interval of any column was widened by 1 ms"
                )
                return False
    if any(c.offset > c.onset for column in columns for c in column.cells):
        report.note(
            "Datavyu offsets include their last millisecond, so each interval ends 1 ms after "
            "its offset (back-to-back cells then meet); one rule for every column"
        )
    return True


def _track(column: _Column, inclusive: bool, report: ImportReport) -> Track:
    name, kind, args = column.name, column.kind, column.args
    cells = sorted(column.cells, key=lambda c: c.onset)
    items: list[Item] = []
    never_closed: list[str] = []
    backwards: list[str] = []
    for cell in cells:
        place = f"column {name!r}, db line {cell.line}"
        note = ""
        modifiers: dict[str, str] = {}
        raw = cell.value
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
        point = cell.onset == cell.offset
        if _open_ended(cell):
            point = True
            (never_closed if cell.offset == 0 else backwards).append(str(cell.line))
        elif not point:
            end = cell.offset + 1 if inclusive else cell.offset
        items.append(Item(cell.onset, end, code, point, modifiers, note, place))
    if never_closed:
        report.note(
            f"column {name!r}: {len(never_closed)} cell(s) have no offset (00:00:00:000, a cell "
            "never closed), so each became an instant at its onset: db line(s) "
            + ", ".join(never_closed)
        )
    if backwards:
        report.note(
            f"column {name!r}: {len(backwards)} cell(s) end before they start, so each became "
            "an instant at its onset: db line(s) " + ", ".join(backwards)
        )
    return Track(name, items, label=f"column {name!r}", overlaps="lanes")


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


def _media(p: Path, files: dict[str, bytes], report: ImportReport) -> list[Media]:
    """The videos named in the project file, with the offset and frame rate of their track,
    found as Datavyu finds them: the path as written, else the same place relative to the
    project's folder (``origpath``, where the project was saved), else beside the file."""
    project = files.get("project", b"").decode("utf-8", "replace")
    origin = re.search(r"^origpath:\s*(.+?)\s*$", project, re.M)
    out: list[Media] = []
    for block in re.split(r"^\s*- !vs\s*$", project, flags=re.M)[1:]:
        feed = re.search(r"^\s*feed:\s*(.+?)\s*$", block, re.M)
        if not feed:
            continue
        given = feed.group(1).strip("'\"")
        relative = []
        if origin:
            rel = _relative_to(given, origin.group(1).strip("'\""))
            if rel:
                relative.append(rel)
        located = locate_media(p, given, relative)
        note_media(report, "media", given, located)
        ident = re.search(r"^\s*settingsId:\s*'?([^'\s]+)'?\s*$", block, re.M)
        settings = files.get(ident.group(1), b"").decode("utf-8", "replace") if ident else ""
        offset = re.search(r"^offset=(-?\d+)\s*$", settings, re.M)
        fps = re.search(r"^fps=([\d.]+)\s*$", settings, re.M)
        rate = float(fps.group(1)) if fps else 0.0
        out.append(
            Media(
                located.path,
                None,
                fps=rate if rate > 0 else None,
                offset_ms=int(offset.group(1)) if offset else 0,
            )
        )
    return out


def _relative_to(path: str, folder: str) -> str | None:
    """``path`` relative to ``folder`` when it lies under it (either system's separators)."""
    a = path.replace("\\", "/").rstrip("/")
    b = folder.replace("\\", "/").rstrip("/") + "/"
    if a.lower().startswith(b.lower()):
        return a[len(b) :]
    return None
