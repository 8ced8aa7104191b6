"""Praat TextGrids, both ways: a session's layers as tiers, for measuring vocal timing in Praat.

Writing: one IntervalTier per state layer (its episodes as labelled intervals, the uncoded
stretches between them as empty intervals, since a Praat tier covers the whole span) and one
TextTier (point tier) per point layer, in Praat's long text format (UTF-8). A TextGrid holds
labels and times only: modifiers and notes are left out, and the export says so.

Reading (``attachcoder import X.TextGrid``): each interval tier becomes a state layer (empty
intervals are uncoded time), each point tier a point layer; the long and the short text
formats both read, as Praat writes them (UTF-8 or UTF-16 with its byte-order mark).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from attachcoder.core.session import Session
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.interchange.export_plan import Exported, exported_episodes, seconds
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import Item, Track, build_session


def _q(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _num(ms: int) -> str:
    return f"{seconds(ms):g}" if ms % 1000 else str(ms // 1000)


def _intervals(plan: list[Exported], end: int) -> list[tuple[int, int, str]]:
    """A state layer's episodes as a Praat interval tier: gaps filled with empty intervals."""
    out: list[tuple[int, int, str]] = []
    t = 0
    for x in plan:
        assert x.offset_ms is not None
        if x.episode.onset_ms > t:
            out.append((t, x.episode.onset_ms, ""))
        out.append((x.episode.onset_ms, x.offset_ms, x.episode.code))
        t = x.offset_ms
    if t < end or not out:
        out.append((t, max(end, t), ""))
    return out


def textgrid_text(session: Session) -> tuple[str, list[str]]:
    """The TextGrid (Praat's long text format), and a sentence for each thing it cannot hold."""
    warnings: list[str] = []
    layers = [(layer, *exported_episodes(session, layer.name)) for layer in session.scheme.layers]
    end = session.duration_ms
    dropped = 0
    for _layer, plan, left_out in layers:
        warnings.extend(left_out)
        dropped += sum(1 for x in plan if x.episode.modifiers or x.episode.note)
        end = max([end, *(x.offset_ms or x.episode.onset_ms for x in plan)])
    lines = [
        'File type = "ooTextFile"',
        'Object class = "TextGrid"',
        "",
        "xmin = 0 ",
        f"xmax = {_num(end)} ",
        "tiers? <exists> ",
        f"size = {len(layers)} ",
        "item []: ",
    ]
    for n, (layer, plan, _left) in enumerate(layers, 1):
        lines.append(f"    item [{n}]:")
        head = [
            f"        name = {_q(layer.name)} ",
            "        xmin = 0 ",
            f"        xmax = {_num(end)} ",
        ]
        if layer.is_state:
            intervals = _intervals(plan, end)
            lines += ['        class = "IntervalTier" ', *head]
            lines.append(f"        intervals: size = {len(intervals)} ")
            for i, (a, b, text) in enumerate(intervals, 1):
                lines += [
                    f"        intervals [{i}]:",
                    f"            xmin = {_num(a)} ",
                    f"            xmax = {_num(b)} ",
                    f"            text = {_q(text)} ",
                ]
        else:
            lines += ['        class = "TextTier" ', *head, f"        points: size = {len(plan)} "]
            for i, x in enumerate(plan, 1):
                lines += [
                    f"        points [{i}]:",
                    f"            number = {_num(x.episode.onset_ms)} ",
                    f"            mark = {_q(x.episode.code)} ",
                ]
    if dropped:
        warnings.append(
            f"{dropped} episode(s) carry a modifier or a note, which a TextGrid cannot hold: "
            "their labels and times are exported, the modifiers and notes are not"
        )
    return "\n".join(lines) + "\n", warnings


def write_textgrid(session: Session, target: str | os.PathLike[str]) -> list[str]:
    """Write ``target`` (atomically, UTF-8); returns warnings (what Praat cannot hold)."""
    text, warnings = textgrid_text(session)
    atomic_write_bytes(target, text.encode("utf-8"))
    return warnings


# ---------------------------------------------------------------------------- reading

_TOKEN = re.compile(r'"((?:[^"]|"")*)"|([-+]?\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|<(exists|absent)>')


def _tokens(text: str) -> list[str | float]:
    """Praat's text formats, long or short, as the sequence of their values: strings and
    numbers in order (the long format's labels — ``xmin =``, ``intervals [1]:`` — carry no
    value of their own and are skipped; a label's index is not a value either)."""
    out: list[str | float] = []
    for line in text.splitlines():
        stripped = line.strip()
        if re.match(r"^[\w ]+\[\d*\]:?\s*$", stripped):  # "intervals [3]:", "item []:"
            continue
        body = (
            stripped.split("=", 1)[1]
            if "=" in stripped and not stripped.startswith('"')
            else stripped
        )
        for m in _TOKEN.finditer(body):
            if m.group(1) is not None:
                out.append(m.group(1).replace('""', '"'))
            elif m.group(2) is not None:
                out.append(float(m.group(2)))
    return out


def _ms(v: str | float, p: Path, where: str) -> int:
    if not isinstance(v, float):
        raise InterchangeError(p, where, f"expected a time, found {v!r}")
    return round(v * 1000)


def read_textgrid(path: str | os.PathLike[str]) -> ImportResult:
    """Import a Praat TextGrid; raises :class:`InterchangeError` (file and place) if it cannot."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InterchangeError(p, "", f"cannot be read: {exc.strerror or exc}") from None
    for enc in ("utf-8-sig", "utf-16"):
        try:
            text = (
                raw.decode(enc) if enc != "utf-16" or raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ""
            )
        except UnicodeDecodeError:
            continue
        if text:
            break
    else:
        raise InterchangeError(p, "", "the file is neither UTF-8 nor UTF-16 text")
    if 'Object class = "TextGrid"' not in text and '"TextGrid"' not in text:
        raise InterchangeError(p, "", "this is not a Praat TextGrid")
    values = _tokens(text)
    # "ooTextFile", "TextGrid", xmin, xmax, then the number of tiers
    strings = [i for i, v in enumerate(values) if v == "TextGrid"]
    if not strings:
        raise InterchangeError(p, "", "this is not a Praat TextGrid")
    i = strings[0] + 1
    _xmin, xmax, count = values[i], values[i + 1], values[i + 2]
    i += 3
    report = ImportReport()
    tracks: list[Track] = []
    for n in range(int(count)):  # type: ignore[arg-type]
        kind, name = values[i], values[i + 1]
        size = values[i + 4]
        i += 5
        where = f"tier {n + 1} ({name!r})"
        items: list[Item] = []
        if kind == "IntervalTier":
            for k in range(int(size)):  # type: ignore[arg-type]
                a, b, label = values[i], values[i + 1], values[i + 2]
                i += 3
                if isinstance(label, str) and label.strip():
                    place = f"{where}, interval {k + 1}"
                    items.append(
                        Item(_ms(a, p, place), _ms(b, p, place), label.strip(), place=place)
                    )
            tracks.append(Track(str(name), items, kind="state", label=where))
        elif kind == "TextTier":
            for k in range(int(size)):  # type: ignore[arg-type]
                t, mark = values[i], values[i + 1]
                i += 2
                place = f"{where}, point {k + 1}"
                items.append(
                    Item(_ms(t, p, place), None, str(mark).strip() or "point", True, place=place)
                )
            tracks.append(Track(str(name), items, kind="point", label=where))
        else:
            raise InterchangeError(p, where, f"unknown kind of tier {kind!r}")
    session = build_session(
        tracks,
        path=p,
        report=report,
        scheme_name=f"Praat TextGrid {p.stem}",
        duration_ms=_ms(xmax, p, "the grid's end"),
        media=(),
    )
    return ImportResult(p, "textgrid", [(p.stem, session)], report.lines)
