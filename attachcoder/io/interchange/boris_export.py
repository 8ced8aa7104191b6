"""Writing a session as a BORIS project (``.boris``, project format 7) that BORIS opens.

The project holds one observation. The scheme becomes BORIS's ethogram: each code a behaviour
(a *State event* on a state layer, a *Point event* on a point layer) with its key, definition
and modifier sets, in a behavioural category named after its layer. Each layer is a BORIS
subject, so layers stay apart when BORIS pairs a state's start and stop (it pairs them by
subject, behaviour and modifiers — see :mod:`.boris`) and when attachcoder reads the project
back. The codes of one state layer exclude one another, as continuous coding means.

A state becomes a start and a stop event with the same modifier string; a point one event. An
event carries its frame index (BORIS 8's sixth field) when the media has a frame rate. Times
are seconds with millisecond precision, on the session clock (the first media at offset 0).
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

from attachcoder.core.scheme import Code, Layer
from attachcoder.core.session import Session
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.interchange.export_plan import exported_episodes, media_for_export, seconds

PROJECT_FORMAT = "7.0"


def _behaviour_code(layer: Layer, code: Code, taken: dict[str, str]) -> str:
    """BORIS behaviour codes are unique in a project: a code name two layers share is written
    ``LAYER: CODE`` for the second."""
    name = code.name if code.name not in taken else f"{layer.name}: {code.name}"
    taken[name] = layer.name
    return name


def _modifier_string(code: Code, modifiers: dict[str, str]) -> str:
    """One value per modifier set, ``|``-separated, as BORIS writes them ('' when unset)."""
    return "|".join(str(modifiers.get(m.name) or "") for m in code.modifiers)


def boris_project(
    session: Session, target: str | os.PathLike[str], *, session_path: Path | None = None,
    notes: bool = True,
) -> tuple[dict[str, Any], list[str]]:  # fmt: skip
    """The project document, and a sentence for each thing BORIS cannot hold."""
    scheme = session.scheme
    md = session.metadata
    warnings: list[str] = []
    taken: dict[str, str] = {}
    names: dict[tuple[str, str], str] = {}
    behaviours: dict[str, Any] = {}
    for layer in scheme.layers:
        codes = [(c, _behaviour_code(layer, c, taken)) for c in layer.codes]
        for code, name in codes:
            names[(layer.name, code.name)] = name
            behaviours[str(len(behaviours))] = {
                "type": "State event" if layer.is_state else "Point event",
                "key": code.key or "",
                "code": name,
                "description": code.definition,
                "color": code.color or "",
                "category": layer.name,
                "modifiers": {
                    str(i): {"name": m.name, "type": 0, "values": list(m.values)}
                    for i, m in enumerate(code.modifiers)
                },
                "excluded": ",".join(n for c, n in codes if c is not code)
                if layer.is_state
                else "",
                "coding map": "",
            }
    subjects = {
        str(i): {"key": "", "name": layer.name, "description": f"layer {layer.name}"}
        for i, layer in enumerate(scheme.layers)
    }
    media = session.media[0] if session.media else None
    fps = media.fps if media is not None and media.fps else None
    events: list[list[Any]] = []
    for layer in scheme.layers:
        plan, left_out = exported_episodes(session, layer.name)
        warnings.extend(left_out)
        for item in plan:
            e = item.episode
            known = layer.code(e.code)
            mods = _modifier_string(known, e.modifiers) if known is not None else ""
            name = names.get((layer.name, e.code), e.code)
            note = e.note if notes else ""
            events.append(_event(e.onset_ms, layer.name, name, mods, note, fps))
            if item.offset_ms is not None:
                events.append(_event(item.offset_ms, layer.name, name, mods, "", fps))
    events.sort(key=lambda ev: ev[0])
    observation: dict[str, Any] = {
        "date": f"{md.session_date}T00:00:00" if md.session_date else "",
        "description": f"dyad {md.dyad_id}, coder {md.coder_id} (attachcoder)",
        "time offset": 0.0,
        "events": events,
        "independent_variables": {},
        "visualize_spectrogram": False,
        "close_behaviors_between_videos": False,
    }
    if session.media:
        files: dict[str, list[str]] = {str(i): [] for i in range(1, 9)}
        info: dict[str, Any] = {"length": {}, "fps": {}, "hasVideo": {}, "hasAudio": {},
                                "offset": {}}  # fmt: skip
        for i, m in enumerate(session.media[:8], 1):
            where = media_for_export(session_path, Path(target), m.path)
            files[str(i)] = [where]
            if m.duration_ms is not None:
                info["length"][where] = seconds(m.duration_ms)
            if m.fps:
                info["fps"][where] = m.fps
            info["hasVideo"][where] = True
            info["offset"][str(i)] = seconds(m.offset_ms)
        if len(session.media) > 8:
            warnings.append("BORIS plays 8 media files at most: the others are left out")
        observation.update({"type": "MEDIA", "file": files, "media_info": info})
    else:
        observation.update({"type": "LIVE", "file": {}})
    key = md.session_key() or "observation"
    project = {
        "time_format": "hh:mm:ss",
        "project_date": f"{md.session_date}T00:00:00" if md.session_date else "",
        "project_name": key,
        "project_description": f"exported by attachcoder from session {key}",
        "project_format_version": PROJECT_FORMAT,
        "subjects_conf": subjects,
        "behaviors_conf": behaviours,
        "behavioral_categories": [layer.name for layer in scheme.layers],
        "observations": {key: observation},
        "independent_variables": {},
        "coding_map": {},
        "converters": {},
    }
    return project, warnings


def _event(ms: int, subject: str, code: str, mods: str, note: str, fps: float | None) -> list[Any]:
    event: list[Any] = [seconds(ms), subject, code, mods, note]
    if fps:
        event.append(math.floor(ms * fps / 1000 + 1e-9))
    return event


def write_boris(
    session: Session,
    target: str | os.PathLike[str],
    *,
    session_path: Path | None = None,
    notes: bool = True,
) -> list[str]:
    """Write ``target`` (atomically); returns warnings (what BORIS cannot hold)."""
    project, warnings = boris_project(session, target, session_path=session_path, notes=notes)
    data = json.dumps(project, ensure_ascii=False, indent=1).encode("utf-8")
    atomic_write_bytes(target, data)
    return warnings
