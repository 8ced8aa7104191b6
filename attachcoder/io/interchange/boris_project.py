"""Loading a BORIS project file of any format since the first (``.boris``, plain or gzipped
JSON) as the format-7 structure the importer reads.

BORIS upgrades older projects itself when it opens them (``open_project_json`` in BORIS's
``project_functions``); the events lists never changed (``[time, subject, behaviour,
modifiers, comment, …]``), only what surrounds them. What this module brings up to date, read
from that upgrade path, in BORIS's order:

- no ``project_format_version`` (the first format, ``.obs`` era): observation type ``VIDEO``
  or ``AUDIO`` is ``MEDIA``; the media are a list (player 1, then player 2); a subject is a
  ``[key, name]`` pair;
- before 4.0: a behaviour's modifiers are a string, sets separated by ``|`` and values by
  ``,`` (read by the importer as they are);
- a ``MEDIA`` observation without ``media_info`` takes the length and frame count from its
  ``media_file_info`` when it has one file (BORIS otherwise asks FFmpeg, which an import does
  not);
- before 7: the second player's offset is the observation's ``time offset second player``
  (now ``media_info.offset["2"]``).

Nothing of a project is refused for being old. A project of a newer format than 7 is read as
7 and the report says so.
"""

from __future__ import annotations

import gzip
import json
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from attachcoder.io.interchange.report import ImportReport, InterchangeError

KNOWN_FORMAT = (7, 0)
_MS = Decimal("0.001")


def load_project(p: Path, report: ImportReport) -> dict[str, Any]:
    """The project in ``p`` as format 7; raises :class:`InterchangeError` only when it is not
    a BORIS project at all (not JSON, no observations or ethogram)."""
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InterchangeError(p, "", f"cannot be read: {exc.strerror or exc}") from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise InterchangeError(p, "", f"the compressed project is damaged ({exc})") from None
    try:
        project = json.loads(data)
    except UnicodeDecodeError as exc:
        raise InterchangeError(p, f"byte {exc.start}", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            p, f"line {exc.lineno}, column {exc.colno}", f"this is not valid JSON ({exc.msg})"
        ) from None
    if not isinstance(project, dict) or not {"observations", "behaviors_conf"} <= set(project):
        raise InterchangeError(p, "", "this is not a BORIS project (no observations or ethogram)")
    if not isinstance(project["observations"], dict):
        raise InterchangeError(p, "observations", "the observations are not a JSON object")
    upgrade(project, report)
    return project


def format_version(project: dict[str, Any]) -> tuple[int, ...] | None:
    """The project's format as numbers (``"4.0"`` → (4, 0)); None for the first format."""
    raw = project.get("project_format_version")
    if raw in (None, ""):
        return None
    parts = []
    for part in str(raw).split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)


def upgrade(project: dict[str, Any], report: ImportReport) -> None:
    """Bring an older project's surroundings up to format 7, in place (see the module)."""
    version = format_version(project)
    label = str(project.get("project_format_version") or "(none: the first format)")
    if version is None:
        _upgrade_first_format(project)
    if version is not None and version[:2] > KNOWN_FORMAT:
        report.note(
            f"BORIS project format {label} is newer than format 7; it was read as format 7",
            general=True,
        )
    elif version is None or version[:1] < KNOWN_FORMAT[:1]:
        report.note(
            f"BORIS project format {label}: read as BORIS upgrades it to format 7 (its events "
            "are those of format 7)",
            general=True,
        )
    for obs in project["observations"].values():
        if not isinstance(obs, dict):
            continue
        _media_info_from_file_info(obs)
        second = obs.pop("time offset second player", None)
        if second is not None:
            info = obs.setdefault("media_info", {})
            if isinstance(info, dict):
                offsets = info.setdefault("offset", {})
                if isinstance(offsets, dict) and "2" not in offsets:
                    offsets["2"] = second


def _upgrade_first_format(project: dict[str, Any]) -> None:
    for obs in project["observations"].values():
        if not isinstance(obs, dict):
            continue
        if str(obs.get("type", "")).upper() in ("VIDEO", "AUDIO"):
            obs["type"] = "MEDIA"
        files = obs.get("file")
        if isinstance(files, list):
            players: dict[str, list[Any]] = {}
            if files:
                players["1"] = [files[0]]
            if len(files) > 1:
                players["2"] = [files[1]]
            obs["file"] = players
    subjects = project.get("subjects_conf")
    if isinstance(subjects, dict):
        for k, s in list(subjects.items()):
            if isinstance(s, list | tuple) and len(s) >= 2:
                subjects[k] = {"key": s[0], "name": s[1], "description": ""}


def _media_info_from_file_info(obs: dict[str, Any]) -> None:
    if str(obs.get("type", "")).upper() != "MEDIA" or "media_info" in obs:
        return
    files = obs.get("file")
    info = obs.get("media_file_info")
    if not isinstance(files, dict) or not isinstance(info, dict) or len(info) != 1:
        return
    first = [f for f in files.get("1", []) or []]
    if len(first) != 1 or any(files.get(k) for k in files if k != "1"):
        return
    only = next(iter(info.values()))
    if not isinstance(only, dict):
        return
    length = only.get("video_length")
    if not isinstance(length, int | float) or length <= 0:
        return
    media_info: dict[str, Any] = {"length": {first[0]: length / 1000}}
    frames = only.get("nframe")
    if isinstance(frames, int | float) and frames > 0:
        media_info["fps"] = {first[0]: frames / (length / 1000)}
    obs["media_info"] = media_info


def seconds_ms(value: Any) -> int | None:
    """BORIS's seconds as whole ms, rounded as BORIS rounds them: the exact value of the number
    quantized to 0.001 s, halves to even (``convert_time_to_decimal``)."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        d = Decimal(value) if isinstance(value, float) else Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not d.is_finite() or abs(d) > 10**9:
        return None
    return int(d.quantize(_MS, rounding=ROUND_HALF_EVEN) * 1000)


def values(conf: Any) -> list[dict[str, Any]]:
    """The entries of a BORIS configuration dict (``{"0": {...}, "1": {...}}``) in order."""
    if isinstance(conf, dict):
        keys = sorted(conf, key=lambda k: int(k) if str(k).isdigit() else 0)
        return [conf[k] for k in keys if isinstance(conf[k], dict)]
    if isinstance(conf, list):
        return [c for c in conf if isinstance(c, dict)]
    return []
