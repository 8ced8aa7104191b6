"""Reading BORIS projects (``.boris``, every project format since the first): one session per
observation.

BORIS stores each observation's events as positional lists ``[time, subject, behaviour,
modifiers, comment, …]`` and never says which event starts a state and which stops it: BORIS
itself pairs them by parity within each subject, behaviour and modifier string, in time order
(``db_functions.load_aggregated_events_in_db`` in BORIS's sources). This reader pairs them the
same way, so durations and counts match BORIS's own time budget. A state whose start has no
stop is kept running (the report says where); BORIS's own analyses refuse such observations.
Older project formats are first brought up to format 7 the way BORIS does it
(:mod:`~attachcoder.io.interchange.boris_project`).

Subjects × behaviours become layers and codes: each subject gets a state layer for the state
behaviours and, when the ethogram has point behaviours, a point layer ``SUBJECT (points)``; the
events of no subject (BORIS's default subject, written as an empty name) go to
``No focal subject``. A behaviour's key goes to the layer of the subject the project codes it
for most often (keys are unique in a scheme). Modifier sets become modifiers, comments notes.
Media files are listed with their offsets on the session clock: a player's offset plus the
observation's time offset, plus the length of the files before it when files are chained;
each is looked for where BORIS looks (as written, then relative to the project file) and
beside the project file.

Nothing is refused for one bad event: an event without a time, or of a behaviour the ethogram
does not have, is set aside or kept as an instant, and named.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from attachcoder.core.scheme import LayerKind, ModifierSpec
from attachcoder.core.session import Media, Metadata, Session
from attachcoder.io.interchange.boris_project import load_project, seconds_ms, values
from attachcoder.io.interchange.media_paths import locate_media, note_media
from attachcoder.io.interchange.report import (
    SET_ASIDE,
    ImportReport,
    ImportResult,
    InterchangeError,
)
from attachcoder.io.interchange.tracks import CodeHint, Item, Track, build_session

NO_FOCAL_SUBJECT = "No focal subject"  # BORIS's own name for events without a subject
_KEY_SUFFIX = re.compile(r" \(.*\)")


class UnknownObservation(InterchangeError):
    """``--observation`` named an observation the project does not have."""


class _Behaviour:
    def __init__(self, conf: dict[str, Any]) -> None:
        self.code = str(conf.get("code", ""))
        kind = str(conf.get("type", "")).lower()
        self.is_state = "state" in kind
        self.kind: LayerKind = "state" if self.is_state else "point"
        self.modifier_sets = _modifier_sets(conf.get("modifiers"))
        key = conf.get("key")
        color = conf.get("color")
        self.key = key if isinstance(key, str) and len(key) == 1 else None
        self.definition = str(conf.get("description", "") or "")
        self.color = color if isinstance(color, str) else None

    def hint(self, with_key: bool) -> CodeHint:
        return CodeHint(
            self.code,
            self.definition,
            self.key if with_key else None,
            self.color,
            self.kind,
            tuple(ModifierSpec(name, tuple(vals)) for name, vals in self.modifier_sets),
        )


def read_boris(path: str | os.PathLike[str], observation: str | None = None) -> ImportResult:
    """Import one observation (``observation``) or all of them, one session each.

    A damaged observation (events that are not a list) stops only itself when all are
    imported: it is listed in the result's ``problems`` and the others are still imported.
    A project without observations gives one empty session holding its ethogram.
    """
    p = Path(path)
    report = ImportReport()
    project = load_project(p, report)
    ethogram = {b.code: b for b in (_Behaviour(c) for c in values(project["behaviors_conf"]))}
    observations: dict[str, Any] = project["observations"]
    subjects = [str(s.get("name", "")) for s in values(project.get("subjects_conf", {}))]
    subjects = [s for s in dict.fromkeys(subjects) if s and s != NO_FOCAL_SUBJECT]
    if observation is not None and observation not in observations:
        names = ", ".join(repr(n) for n in observations) or "none"
        raise UnknownObservation(
            p, "observations", f"there is no observation {observation!r} (there are: {names})"
        )
    if not observations:
        return _ethogram_only(p, project, ethogram, subjects, report)
    chosen = [observation] if observation is not None else list(observations)
    if (
        any(
            _subject(ev) == NO_FOCAL_SUBJECT
            for obs in observations.values()
            if isinstance(obs, dict) and isinstance(obs.get("events"), list)
            for ev in obs["events"]
        )
        or not subjects
    ):
        subjects.append(NO_FOCAL_SUBJECT)
    key_owner = _key_owners(observations, ethogram, subjects, report)
    result = ImportResult(p, "boris")
    for name in chosen:
        obs_report = ImportReport(
            prefix=f"observation {name!r}" if len(chosen) > 1 else "", parent=report
        )
        try:
            session = _observation(
                p, name, observations[name], ethogram, list(subjects), key_owner, obs_report
            )
        except InterchangeError as exc:
            if observation is not None:
                raise
            result.problems.append(exc)
            report.note(f"{SET_ASIDE}: {exc.place}: {exc.problem}")
            continue
        report.extend(obs_report)
        result.sessions.append((name, session))
    result.report = report.lines
    result.set_aside = list(report.set_aside_items)
    return result


def _subject(ev: Any) -> str:
    """An event's subject; BORIS's default subject (empty, None or its own name) as one name."""
    raw = ev[1] if isinstance(ev, list) and len(ev) > 1 else ""
    name = "" if raw is None else str(raw)
    return name if name and name != NO_FOCAL_SUBJECT else NO_FOCAL_SUBJECT


def _key_owners(
    observations: dict[str, Any],
    ethogram: dict[str, _Behaviour],
    subjects: list[str],
    report: ImportReport,
) -> dict[str, str]:
    """For each behaviour with a key, the subject whose layer gets it: the one the project
    codes it for most often (the project's subject order breaks ties, and a behaviour never
    coded goes to the first subject). Every session of the project gets the same keys."""
    counts: Counter[tuple[str, str]] = Counter()
    for obs in observations.values():
        events = obs.get("events") if isinstance(obs, dict) else None
        for ev in events if isinstance(events, list) else []:
            if isinstance(ev, list) and len(ev) > 2:
                counts[(str(ev[2]), _subject(ev))] += 1
    owners: dict[str, str] = {}
    moved = []
    for code, b in ethogram.items():
        if b.key is None:
            continue
        ranked = sorted(subjects, key=lambda s: (-counts[(code, s)], subjects.index(s)))
        owners[code] = ranked[0]
        if ranked[0] != subjects[0]:
            moved.append(f"{code!r} → {ranked[0]!r}")
    if len(subjects) > 1 and owners:
        report.note(
            "a key codes one layer only, so each behaviour's key is on the layer of the subject "
            "it is coded for most often"
            + (
                f" ({', '.join(moved)}; the others on {subjects[0]!r})"
                if moved
                else f" (all on {subjects[0]!r})"
            ),
            general=True,
        )
    return owners


def _ethogram_only(
    p: Path,
    project: dict[str, Any],
    ethogram: dict[str, _Behaviour],
    subjects: list[str],
    report: ImportReport,
) -> ImportResult:
    name = str(project.get("project_name") or "") or p.stem
    owners = {code: (subjects or [NO_FOCAL_SUBJECT])[0] for code in ethogram}
    tracks = _tracks(subjects or [NO_FOCAL_SUBJECT], ethogram, owners, {}, {})
    report.note(
        f"the project has no observations: its ethogram ({len(ethogram)} behaviours, "
        f"{len(subjects)} subjects) became the scheme of one empty session"
    )
    session = build_session(tracks, path=p, report=report, scheme_name=name)
    return ImportResult.of(p, "boris", [(name, session)], report)


def _observation(
    p: Path,
    name: str,
    obs: Any,
    ethogram: dict[str, _Behaviour],
    subjects: list[str],
    key_owner: dict[str, str],
    report: ImportReport,
) -> Session:
    where = f"observation {name!r}"
    if not isinstance(obs, dict):
        raise InterchangeError(p, where, "it is not a JSON object")
    events = obs.get("events", [])
    if not isinstance(events, list):
        raise InterchangeError(p, where, "its events are not a list")
    open_states: dict[tuple[str, str, str], list[tuple[int, str, str]]] = {}
    state_items: dict[str, list[Item]] = {}
    point_items: dict[str, list[Item]] = {}
    parsed = []
    for i, ev in enumerate(events):
        place = f"event {i + 1}"
        if not isinstance(ev, list) or len(ev) < 3:
            report.set_aside(place, "an event must list time, subject and behaviour")
            continue
        t = seconds_ms(ev[0])
        if t is None:
            report.set_aside(place, f"time {ev[0]!r} is not a number of seconds")
            continue
        subject = _subject(ev)
        code = str(ev[2])
        mods = str(ev[3]) if len(ev) > 3 and ev[3] is not None else ""
        comment = str(ev[4]) if len(ev) > 4 and ev[4] is not None else ""
        parsed.append((t, str(ev[1] or ""), code, i, subject, mods, comment, place))
    parsed.sort(key=lambda e: e[:4])  # BORIS orders events by time, subject and behaviour
    unknown: dict[str, list[str]] = {}
    for t, _raw, code, _i, subject, mods, comment, place in parsed:
        if subject not in subjects:
            subjects.append(subject)
            report.note(f"subject {subject!r} is not in the project's subjects; kept as a layer")
        behaviour = ethogram.get(code)
        if behaviour is None:
            unknown.setdefault(code, []).append(place)
            point_items.setdefault(subject, []).append(
                Item(t, None, code, True, {}, comment, place)
            )
            continue
        modifiers = _modifier_values(behaviour, mods)
        if not behaviour.is_state:
            point_items.setdefault(subject, []).append(
                Item(t, None, code, True, modifiers, comment, place)
            )
            continue
        stack = open_states.setdefault((subject, code, mods), [])
        if stack:
            start, start_comment, start_place = stack.pop()
            note = " / ".join(c for c in (start_comment, comment) if c)
            state_items.setdefault(subject, []).append(
                Item(start, t, code, False, modifiers, note, start_place)
            )
        else:
            stack.append((t, comment, place))
    for code, places in unknown.items():
        report.note(
            f"behaviour {code!r} is not in the ethogram, so its {len(places)} event(s) were kept "
            f"as instants: {', '.join(places)}"
        )
    for (subject, code, mods), stack in open_states.items():
        for start, comment, place in stack:
            state_items.setdefault(subject, []).append(
                Item(
                    start, None, code, False, _modifier_values(ethogram[code], mods), comment, place
                )
            )
            report.note(
                f"state {code!r} of {subject!r} started at {start / 1000:g} s ({place}) and was "
                "never stopped; it is left running (BORIS counts it as unpaired)"
            )
    tracks = _tracks(subjects, ethogram, key_owner, state_items, point_items)
    media = _media(p, obs, report)
    description = str(obs.get("description", "") or "")
    date = str(obs.get("date", "") or "")[:10]
    ivs = obs.get("independent_variables")
    ivs = {k: v for k, v in (ivs if isinstance(ivs, dict) else {}).items() if v not in ("", None)}
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
        tracks, path=p, report=report, scheme_name=str(name), metadata=metadata, media=media
    )


def _tracks(
    subjects: list[str],
    ethogram: dict[str, _Behaviour],
    key_owner: dict[str, str],
    state_items: dict[str, list[Item]],
    point_items: dict[str, list[Item]],
) -> list[Track]:
    tracks: list[Track] = []
    for subject in subjects:
        hints = {
            kind: [
                b.hint(key_owner.get(b.code) == subject)
                for b in ethogram.values()
                if b.kind == kind
            ]
            for kind in ("state", "point")
        }
        if hints["state"] or state_items.get(subject):
            tracks.append(
                Track(
                    subject,
                    state_items.get(subject, []),
                    hints["state"],
                    kind="state",
                    label=f"subject {subject!r}",
                    overlaps="by_code",
                )
            )
        if hints["point"] or point_items.get(subject):
            tracks.append(
                Track(
                    f"{subject} (points)",
                    point_items.get(subject, []),
                    hints["point"],
                    kind="point",
                    label=f"subject {subject!r} (point events)",
                )
            )
    return tracks


def _media(p: Path, obs: dict[str, Any], report: ImportReport) -> list[Media]:
    files = obs.get("file") or {}
    if str(obs.get("type", "")).upper() != "MEDIA" or not isinstance(files, dict):
        report.note(f"a {str(obs.get('type', 'live')).lower()} observation: no media files")
        return []
    info = _dict(obs.get("media_info"))
    lengths, fps, offsets = (_dict(info.get(k)) for k in ("length", "fps", "offset"))
    base = seconds_ms(obs.get("time offset")) or 0
    out: list[Media] = []
    for player in sorted(files, key=lambda k: int(k) if str(k).isdigit() else 0):
        listed = files[player]
        chain = [str(f) for f in listed if f] if isinstance(listed, list) else []
        at = base + (seconds_ms(offsets.get(str(player))) or 0)
        for n, media_path in enumerate(chain):
            length = seconds_ms(lengths.get(media_path))
            rate = fps.get(media_path)
            located = locate_media(p, media_path)
            note_media(report, f"player {player}: media", media_path, located)
            out.append(
                Media(
                    located.path,
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


def _dict(value: Any) -> dict[str, Any]:
    """A part of the project that should be a JSON object; anything else reads as empty."""
    return value if isinstance(value, dict) else {}


def _modifier_sets(conf: Any) -> list[tuple[str, list[str]]]:
    """The behaviour's modifier sets in BORIS's order, values without their key suffix."""
    sets: list[tuple[str, list[str]]] = []
    if isinstance(conf, dict):
        for n, k in enumerate(sorted(conf, key=lambda k: int(k) if str(k).isdigit() else 0)):
            spec = conf[k] if isinstance(conf[k], dict) else {}
            name = str(spec.get("name", "") or "") or f"modifier {n + 1}"
            listed = spec.get("values")
            vals = (
                [_KEY_SUFFIX.sub("", str(v)) for v in listed if v is not None]
                if isinstance(listed, list)
                else []
            )
            sets.append((name, list(dict.fromkeys(v for v in vals if v))))
    elif isinstance(conf, str) and conf:  # formats before 4.0: "a,b|c,d"
        for n, group in enumerate(conf.split("|")):
            vals = [_KEY_SUFFIX.sub("", v) for v in group.split(",") if v]
            sets.append((f"modifier {n + 1}", vals))
    names: set[str] = set()
    unique = []
    for name, vals in sets:
        while name in names:
            name += "'"
        names.add(name)
        unique.append((name, vals))
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
