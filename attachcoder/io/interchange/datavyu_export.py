"""Writing a session as a Datavyu project (``.opf``) that Datavyu opens.

A project is a zip holding the ``db`` spreadsheet (format #4, as :mod:`.datavyu` reads it), a
``project`` file naming the video, and one viewer-settings file per video (its frame rate and
offset). Each layer becomes a MATRIX column whose arguments are ``code``, then the code's
modifiers, then ``note``; each episode a cell. Datavyu's offsets include their last millisecond,
so an interval's offset is written 1 ms before its end (back-to-back cells then read
``…07:061`` / ``07:062…``, as Datavyu writes them); a point is a cell whose onset equals its
offset. Column names are Datavyu identifiers: characters it refuses become ``_`` (said).
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from pathlib import Path

from attachcoder.core.scheme import Layer
from attachcoder.core.session import Session
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.interchange.datavyu import NOTE_ARG
from attachcoder.io.interchange.export_plan import Exported, exported_episodes, media_for_export

_SPECIAL = re.compile(r"([\\,()\-])")
_NOT_IN_NAMES = re.compile(r"[^\w.]")


def _clock(ms: int) -> str:
    s, milli = divmod(max(ms, 0), 1000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    return f"{h:02d}:{m:02d}:{s:02d}:{milli:03d}"


def _escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def column_name(layer: str) -> str:
    return _NOT_IN_NAMES.sub("_", layer.strip()) or "column"


def _args(layer: Layer) -> list[str]:
    names: list[str] = []
    for code in layer.codes:
        names.extend(m.name for m in code.modifiers if m.name not in names)
    return ["code", *names, NOTE_ARG]


def _cell(item: Exported, args: list[str], notes: bool) -> str:
    e = item.episode
    values = [e.code, *(e.modifiers.get(a, "") or "" for a in args[1:-1])]
    values.append(e.note if notes else "")
    end = e.onset_ms if item.offset_ms is None else max(item.offset_ms - 1, e.onset_ms)
    body = ",".join(_escape(str(v)) for v in values)
    return f"{_clock(e.onset_ms)},{_clock(end)},({body})"


def db_text(session: Session, *, notes: bool = True) -> tuple[str, list[str]]:
    """The ``db`` spreadsheet, and a sentence for each thing Datavyu cannot hold."""
    lines = ["#4"]
    warnings: list[str] = []
    seen: set[str] = set()
    for layer in session.scheme.layers:
        name = column_name(layer.name)
        while name in seen:
            name += "_"
        seen.add(name)
        if name != layer.name:
            warnings.append(f"layer {layer.name!r} is column {name!r} (Datavyu's names)")
        args = _args(layer)
        header = ",".join(f"{_escape(a)}|NOMINAL" for a in args)
        lines.append(f"{name} (MATRIX,true,)-{header}")
        plan, left_out = exported_episodes(session, layer.name)
        warnings.extend(left_out)
        for item in plan:
            if item.offset_ms is not None and item.offset_ms - item.episode.onset_ms < 2:
                warnings.append(
                    f"layer {layer.name!r}: {item.episode.code} at {item.episode.onset_ms} ms "
                    "lasts under 2 ms, which Datavyu shows as an instant"
                )
            lines.append(_cell(item, args, notes))
    return "\n".join(lines) + "\n", warnings


def opf_bytes(
    session: Session,
    target: str | os.PathLike[str],
    *,
    session_path: Path | None = None,
    notes: bool = True,
) -> tuple[bytes, list[str]]:
    db, warnings = db_text(session, notes=notes)
    name = Path(target).stem
    project = [
        "!project",
        f"dbFile: {Path(target).name}",
        f"name: {name}",
        f"origpath: {Path(target).resolve().parent}",
        "version: 5",
        "viewerSettings:" if session.media else "viewerSettings: []",
    ]
    settings: dict[str, str] = {}
    for i, m in enumerate(session.media, 1):
        feed = media_for_export(session_path, Path(target), m.path)
        project += [
            "- !vs",
            "  classifier: datavyu.video",
            f"  feed: {feed}",
            "  plugin: org.datavyu.plugins.ffmpegplayer.FFmpegPlugin",
            f"  settingsId: '{i}'",
            "  trackSettings: !ts",
            "    bookmark: '-1'",
            "    bookmarks: []",
            "    locked: false",
            "    version: 2",
            "  version: 3",
        ]
        lines = ["#attachcoder", "volume=1.0", f"fps={m.fps or 0.0}", "visible=true"]
        settings[str(i)] = "\n".join([*lines, f"offset={m.offset_ms}", ""])
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("db", db.encode("utf-8"))
        z.writestr("project", ("\n".join(project) + "\n").encode("utf-8"))
        for ident, text in settings.items():
            z.writestr(ident, text.encode("utf-8"))
    return buf.getvalue(), warnings


def write_opf(
    session: Session,
    target: str | os.PathLike[str],
    *,
    session_path: Path | None = None,
    notes: bool = True,
) -> list[str]:
    """Write ``target`` (atomically); returns warnings (what Datavyu cannot hold)."""
    data, warnings = opf_bytes(session, target, session_path=session_path, notes=notes)
    atomic_write_bytes(target, data)
    return warnings
