"""Reading BORIS projects (``.boris``, project format 7): one session per observation.

BORIS stores each observation's events as positional lists ``[time, subject, behaviour,
modifiers, comment, …]`` and never says which event starts a state and which stops it: BORIS
itself pairs them by parity within each subject, behaviour and modifier string, in time order
(``db_functions.load_aggregated_events_in_db`` in BORIS's sources). This reader pairs them the
same way, so durations and counts match BORIS's own time budget. A state whose start has no
stop is kept running (the report says where); BORIS's own analyses refuse such observations.

Subjects × behaviours become layers and codes: each subject gets a state layer for the state
behaviours and, when the ethogram has point behaviours, a point layer ``SUBJECT (points)``; the
events of no subject go to ``No focal subject``. Modifier sets become modifiers, comments notes.
Media files are listed with their offsets on the session clock: a player's offset plus the
observation's time offset, plus the length of the files before it when files are chained.
"""

from __future__ import annotations

import gzip
import json
import os
import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from attachcoder.core.scheme import LayerKind, ModifierSpec
from attachcoder.core.session import Media, Metadata, Session
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import CodeHint, Item, Track, build_session

NO_FOCAL_SUBJECT = "No focal subject"  # BORIS's own name for events without a subject
SUPPORTED_VERSIONS = ("7",)
_KEY_SUFFIX = re.compile(r" \(.*\)")


class UnknownObservation(InterchangeError):
    """``--observation`` named an observation the project does not have."""


class _Behaviour:
    def __init__(self, conf: dict[str, Any]) -> None:
        self.code = str(conf.get("code", ""))
        kind = str(conf.get("type", "")).lower()
        self.is_state = "state" in kind
        hint_kind: LayerKind = "state" if self.is_state else "point"
        self.modifier_sets = _modifier_sets(conf.get("modifiers"))
        key = conf.get("key")
        color = conf.get("color")
        self.hint = CodeHint(
            self.code,
            str(conf.get("description", "") or ""),
            key if isinstance(key, str) and len(key) == 1 else None,
            color if isinstance(color, str) else None,
            hint_kind,
            tuple(ModifierSpec(name, tuple(values)) for name, values in self.modifier_sets),
        )


def read_boris(path: str | os.PathLike[str], observation: str | None = None) -> ImportResult:
    """Import one observation (``observation``) or all of them, one session each.

    A damaged observation stops only itself when all are imported: it is listed in the
    result's ``problems`` and the others are still imported.
    """
    p = Path(path)
    project = _load(p)
    ethogram = {b.code: b for b in (_Behaviour(c) for c in _values(project["behaviors_conf"]))}
    observations: dict[str, Any] = project["observations"]
    if not observations:
        raise InterchangeError(p, "observations", "the project has no observations to import")
    if observation is not None:
        if observation not in observations:
            names = ", ".join(repr(n) for n in observations) or "none"
            raise UnknownObservation(
                p, "observations", f"there is no observation {observation!r} (there are: {names})"
            )
        chosen = [observation]
    else:
        chosen = list(observations)
    subjects = [str(s.get("name", "")) for s in _values(project.get("subjects_conf", {}))]
    if any(
        ev and len(ev) > 1 and ev[1] == ""
        for obs in observations.values()
        for ev in obs.get("events", [])
    ):
        subjects.append(NO_FOCAL_SUBJECT)
    result = ImportResult(p, "boris")
    report = ImportReport()
    for name in chosen:
        obs_report = ImportReport(
            prefix=f"observation {name!r}" if len(chosen) > 1 else "", parent=report
        )
        try:
            session = _observation(
                p, name, observations[name], ethogram, list(subjects), obs_report
            )
        except InterchangeError as exc:
            if observation is not None:
                raise
            result.problems.append(exc)
            continue
        report.extend(obs_report)
        result.sessions.append((name, session))
    result.report = report.lines
    return result


def _load(p: Path) -> dict[str, Any]:
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
    version = str(project.get("project_format_version", ""))
    if version.split(".")[0] not in SUPPORTED_VERSIONS:
        raise InterchangeError(
            p,
            "project_format_version",
            f"BORIS project format {version or '(none)'} is not supported; this reads format "
            "7.x (BORIS 7 and 8). Open and save the project in a current BORIS first.",
        )
    if not isinstance(project["observations"], dict):
        raise InterchangeError(p, "observations", "the observations are not a JSON object")
    return project


def _observation(
    p: Path,
    name: str,
    obs: dict[str, Any],
    ethogram: dict[str, _Behaviour],
    subjects: list[str],
    report: ImportReport,
) -> Session:
    where = f"observation {name!r}"
    events = obs.get("events", [])
    if not isinstance(events, list):
        raise InterchangeError(p, where, "its events are not a list")
    open_states: dict[tuple[str, str, str], list[tuple[int, int, str, str]]] = {}
    state_items: dict[str, list[Item]] = {}
    point_items: dict[str, list[Item]] = {}
    parsed = []
    for i, ev in enumerate(events):
        place = f"{where}, event {i + 1}"
        if not isinstance(ev, list) or len(ev) < 3:
            raise InterchangeError(p, place, "an event must list time, subject and behaviour")
        t = _ms(ev[0], p, place)
        subject = str(ev[1]) or NO_FOCAL_SUBJECT
        code = str(ev[2])
        if code not in ethogram:
            raise InterchangeError(p, place, f"behaviour {code!r} is not in the ethogram")
        mods = str(ev[3]) if len(ev) > 3 and ev[3] is not None else ""
        comment = str(ev[4]) if len(ev) > 4 and ev[4] is not None else ""
        parsed.append((t, i, subject, code, mods, comment, place))
    parsed.sort(key=lambda e: (e[0], e[1]))  # BORIS orders events by time
    for t, _i, subject, code, mods, comment, place in parsed:
        if subject not in subjects:
            subjects.append(subject)
            report.note(f"subject {subject!r} is not in the project's subjects; kept as a layer")
        behaviour = ethogram[code]
        modifiers = _modifier_values(behaviour, mods)
        if not behaviour.is_state:
            point_items.setdefault(subject, []).append(
                Item(t, None, code, True, modifiers, comment, place)
            )
            continue
        stack = open_states.setdefault((subject, code, mods), [])
        if stack:
            start, _, start_comment, start_place = stack.pop()
            note = " / ".join(c for c in (start_comment, comment) if c)
            state_items.setdefault(subject, []).append(
                Item(start, t, code, False, modifiers, note, start_place)
            )
        else:
            stack.append((t, 0, comment, place))
    for (subject, code, _mods), stack in open_states.items():
        for start, _, comment, place in stack:
            state_items.setdefault(subject, []).append(
                Item(
                    start,
                    None,
                    code,
                    False,
                    _modifier_values(ethogram[code], _mods),
                    comment,
                    place,
                )
            )
            report.note(
                f"state {code!r} of {subject!r} started at {start / 1000:g} s and was never "
                "stopped; it is left running (BORIS counts it as unpaired)"
            )
    state_hints = [b.hint for b in ethogram.values() if b.is_state]
    point_hints = [b.hint for b in ethogram.values() if not b.is_state]
    tracks: list[Track] = []
    for subject in subjects:
        if state_hints:
            tracks.append(
                Track(
                    subject,
                    state_items.get(subject, []),
                    state_hints,
                    kind="state",
                    label=f"subject {subject!r}",
                )
            )
        if point_hints:
            tracks.append(
                Track(
                    f"{subject} (points)",
                    point_items.get(subject, []),
                    point_hints,
                    kind="point",
                    label=f"subject {subject!r} (point events)",
                )
            )
    media = _media(obs, report)
    description = str(obs.get("description", "") or "")
    date = str(obs.get("date", "") or "")[:10]
    ivs = {k: v for k, v in (obs.get("independent_variables") or {}).items() if v not in ("", None)}
    metadata = Metadata(
        session_date=date if re.match(r"^\d{4}-\d{2}-\d{2}$", date) else "",
        notes=description,
        extra={"independent_variables": ivs} if ivs else {},
    )
    report.note(
        "dyad ID and coder ID are not in BORIS projects; fill them in (Session → Details) "
        "before exporting",
        general=True,
    )
    return build_session(
        tracks,
        path=p,
        report=report,
        scheme_name=str(name),
        metadata=metadata,
        media=media,
    )


def _media(obs: dict[str, Any], report: ImportReport) -> list[Media]:
    files = obs.get("file") or {}
    if str(obs.get("type", "")).upper() != "MEDIA" or not isinstance(files, dict):
        report.note(f"a {str(obs.get('type', 'live')).lower()} observation: no media files")
        return []
    info = obs.get("media_info") or {}
    lengths = info.get("length") or {}
    fps = info.get("fps") or {}
    offsets = info.get("offset") or {}
    base = _seconds_ms(obs.get("time offset")) or 0
    out: list[Media] = []
    for player in sorted(files, key=lambda k: int(k) if str(k).isdigit() else 0):
        chain = [str(f) for f in files[player] or []]
        at = base + (_seconds_ms(offsets.get(str(player))) or 0)
        for n, media_path in enumerate(chain):
            length = _seconds_ms(lengths.get(media_path))
            rate = fps.get(media_path)
            out.append(
                Media(
                    media_path,
                    None,
                    duration_ms=length,
                    fps=float(rate) if isinstance(rate, int | float) and rate > 0 else None,
                    offset_ms=at,
                )
            )
            if at:
                report.note(f"player {player}: {media_path!r} starts at {at / 1000:g} s")
            if n + 1 < len(chain):
                if length is None:
                    report.note(
                        f"player {player}: the length of {media_path!r} is unknown, so the "
                        "files chained after it are listed without their offset"
                    )
                else:
                    at += length
        if len(chain) > 1:
            report.note(f"player {player} chains {len(chain)} files; each is listed at its offset")
    return out


def _modifier_sets(conf: Any) -> list[tuple[str, list[str]]]:
    """The behaviour's modifier sets in BORIS's order, values without their key suffix."""
    sets: list[tuple[str, list[str]]] = []
    if isinstance(conf, dict):
        for n, k in enumerate(sorted(conf, key=lambda k: int(k) if str(k).isdigit() else 0)):
            spec = conf[k] or {}
            name = str(spec.get("name", "") or "") or f"modifier {n + 1}"
            values = [_KEY_SUFFIX.sub("", str(v)) for v in spec.get("values", []) or []]
            sets.append((name, list(dict.fromkeys(v for v in values if v))))
    elif isinstance(conf, str) and conf:  # older projects: "a,b|c,d"
        for n, group in enumerate(conf.split("|")):
            values = [_KEY_SUFFIX.sub("", v) for v in group.split(",") if v]
            sets.append((f"modifier {n + 1}", values))
    names: set[str] = set()
    unique = []
    for name, values in sets:
        while name in names:
            name += "'"
        names.add(name)
        unique.append((name, values))
    return unique


def _modifier_values(behaviour: _Behaviour, text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    if not text:
        return out
    for n, value in enumerate(text.split("|")):
        value = _KEY_SUFFIX.sub("", value)
        if value in ("", "None"):
            continue
        sets = behaviour.modifier_sets
        name = sets[n][0] if n < len(sets) else f"modifier {n + 1}"
        out[name] = value
    return out


def _ms(value: Any, p: Path, place: str) -> int:
    ms = _seconds_ms(value)
    if ms is None:
        raise InterchangeError(p, place, f"time {value!r} is not a number of seconds")
    return ms


def _seconds_ms(value: Any) -> int | None:
    """Seconds (as BORIS writes them: a number, or a string for a Decimal) to whole ms."""
    if isinstance(value, bool) or value is None:
        return None
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        return None
    if not d.is_finite():
        return None
    return int((d * 1000).to_integral_value())


def _values(conf: Any) -> list[dict[str, Any]]:
    if isinstance(conf, dict):
        keys = sorted(conf, key=lambda k: int(k) if str(k).isdigit() else 0)
        return [conf[k] for k in keys if isinstance(conf[k], dict)]
    return []
