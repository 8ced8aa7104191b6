"""Where each coding of a study stands, read from the session files' metadata alone.

``study status`` of 2,000 videos must answer in well under a second, so a session file is not
parsed whole: the writer puts ``episodes`` last, one line each, so the document up to that key
holds the metadata, and only that part is read. A file written by another tool (no such
layout) is parsed whole. A session file that names another dyad or coder than its place in
the study (edited or copied outside it) is reported, never silently reassigned. A second copy of
a coding (a sync client's conflict copy, :mod:`attachcoder.io.study.conflicts`) makes that
coding a *conflict*: neither complete nor in progress, until one of the two is kept.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from json.encoder import encode_basestring  # type: ignore[attr-defined]
from pathlib import Path
from typing import Any

from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.study import NOT_STARTED, Study, StudyVideo
from attachcoder.core.timefmt import format_ms
from attachcoder.io.study.conflicts import ConflictCopy, find_conflict_copies
from attachcoder.io.study.file import video_file

UNREADABLE = "unreadable"
CONFLICT = "conflict"
STATUS_ORDER = (NOT_STARTED, STATUS_IN_PROGRESS, STATUS_COMPLETE, CONFLICT)
_MARK = b'\n "episodes": '
_CHUNK = 1 << 16


@dataclass(frozen=True)
class CodingStatus:
    """One coder's coding of one video."""

    coder: str
    role: str  # primary | reliability
    path: Path
    status: str  # not started | in progress | complete | unreadable | conflict
    completed_at: str = ""
    problem: str = ""
    #: second copies of this coding found beside it (the status is then ``conflict``)
    conflicts: tuple[ConflictCopy, ...] = ()


@dataclass(frozen=True)
class VideoStatus:
    video: StudyVideo
    primary: CodingStatus
    reliability: CodingStatus | None
    video_missing: bool

    def codings(self) -> tuple[CodingStatus, ...]:
        return (self.primary,) if self.reliability is None else (self.primary, self.reliability)

    def coding_of(self, coder: str) -> CodingStatus | None:
        return next((c for c in self.codings() if c.coder == coder), None)


@dataclass
class StudyStatus:
    videos: list[VideoStatus] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    coders: tuple[str, ...] = ()

    def totals(self) -> dict[str, dict[str, int]]:
        """Per coder (in the study's order) and ``overall``: how many codings are assigned,
        and how many are in each status."""
        out: dict[str, dict[str, int]] = {
            c: {"assigned": 0, **{s: 0 for s in STATUS_ORDER}} for c in self.coders
        }

        def count(key: str, status: str) -> None:
            row = out.setdefault(key, {"assigned": 0, **{s: 0 for s in STATUS_ORDER}})
            row["assigned"] += 1
            row[status] = row.get(status, 0) + 1

        for vs in self.videos:
            for c in vs.codings():
                count(c.coder, c.status)
                count("overall", c.status)
        overall = out.pop("overall", {"assigned": 0, **{s: 0 for s in STATUS_ORDER}})
        out["overall"] = overall
        return out


def read_metadata(path: str | os.PathLike[str]) -> tuple[dict[str, Any], bool]:
    """The ``metadata`` object of a session file and whether it holds any episode, reading as
    little of the file as it can. Raises ``OSError`` or ``ValueError`` when the file cannot be
    read as a session."""
    doc, coded, _whole = _read_head(path)
    return _metadata_of(doc), coded


def _read_head(path: str | os.PathLike[str]) -> tuple[dict[str, Any], bool, bool]:
    """(the document up to its episodes, whether it holds any, whether the document is the
    whole file: one of another layout, parsed whole)."""
    with open(path, "rb") as fh:
        head = b""
        while True:
            block = fh.read(_CHUNK)
            if not block:
                break
            start = max(0, len(head) - len(_MARK))
            head += block
            cut = head.find(_MARK, start)
            if cut >= 0:
                after = head[cut + len(_MARK) : cut + len(_MARK) + 2]
                if len(after) < 2:
                    head += fh.read(2)
                    after = head[cut + len(_MARK) : cut + len(_MARK) + 2]
                end = head.rfind(b",", 0, cut)
                doc = _json_object(head[:end] + b"\n}") if end > 0 else None
                if doc is not None:
                    _metadata_of(doc)
                    return doc, after != b"[]", False
                break
        rest = fh.read()
    doc = json.loads(head + rest)
    _metadata_of(doc)
    return doc, bool(doc.get("episodes")), True


def _json_object(data: bytes) -> dict[str, Any] | None:
    try:
        doc = json.loads(data)
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def _metadata_of(doc: Any) -> dict[str, Any]:
    if not isinstance(doc, dict) or doc.get("format") != "attachcoder-session":
        raise ValueError("this is not an attachcoder session")
    meta = doc.get("metadata")
    return meta if isinstance(meta, dict) else {}


def running_states_in_file(
    path: str | os.PathLike[str], head: dict[str, Any] | None = None
) -> list[tuple[str, str, int]]:
    """(layer, code, onset_ms) of each state still running in a session file.

    Asked of complete codings only (a complete coding has nothing running), and fast enough
    for ``study status`` of thousands: the writer orders episodes by onset, and a state still
    running starts after every other episode of its layer, so it can only be the layer's last
    line. The file is read backwards from its end until each state layer's last line is found
    (usually a few kilobytes). ``head`` is the document up to its episodes when already read
    (:func:`_read_head`); a file of another layout is parsed whole.
    """
    if head is None:
        head, _coded, whole = _read_head(path)
        if whole:
            return _running_in_document(head)
    wanted = {_spelled(name): name for name in _layers(head, "state")}
    out = []
    with open(path, "rb") as fh:
        pos = fh.seek(0, os.SEEK_END)
        buf = b""
        while wanted:
            if pos > 0:
                step = min(_CHUNK, pos)
                pos -= step
                fh.seek(pos)
                buf = fh.read(step) + buf
            top = buf.find(_MARK)  # the episodes start here: nothing before it is one
            floor = top + len(_MARK) if top >= 0 else 0
            for spelled, name in list(wanted.items()):
                found = _last_line_of(buf, spelled, name, floor, whole=pos == 0 or top >= 0)
                if found is _MORE:
                    continue
                del wanted[spelled]
                if found is not None and found.get("offset_ms") is None:
                    out.append((name, str(found.get("code")), int(found.get("onset_ms") or 0)))
            if pos == 0 or top >= 0:
                break
    return sorted(out)


_MORE: Any = object()


def _last_line_of(
    buf: bytes, spelled: bytes, name: str, floor: int, *, whole: bool
) -> dict[str, Any] | None:
    """The last episode of layer ``name`` in ``buf`` (None: it has none), or ``_MORE`` when
    ``buf`` does not yet reach back far enough to tell."""
    end = len(buf)
    while True:
        at = buf.rfind(spelled, floor, end)
        if at < 0:
            return None if whole else _MORE
        start = buf.rfind(b"\n", 0, at) + 1
        if start == 0 and not whole:
            return _MORE  # the line may begin before what has been read
        stop = buf.find(b"\n", at)
        ep = _json_object(buf[start : stop if stop >= 0 else len(buf)].strip().rstrip(b","))
        if ep is not None and ep.get("layer") == name:
            return ep
        end = start  # the name stood in another episode's line (an unknown key): look earlier


def _running_in_document(doc: Any) -> list[tuple[str, str, int]]:
    states = _layers(doc, "state")
    eps = doc.get("episodes") if isinstance(doc, dict) else None
    return sorted(
        (e["layer"], str(e.get("code")), int(e.get("onset_ms") or 0))
        for e in (eps if isinstance(eps, list) else [])
        if isinstance(e, dict) and e.get("layer") in states and e.get("offset_ms") is None
    )


def _spelled(layer: str) -> bytes:
    """``"layer": "NAME",`` as the writer spells it (json's escaper, non-ASCII kept)."""
    return b'"layer": ' + encode_basestring(layer).encode("utf-8") + b","


def _layers(doc: Any, kind: str) -> set[str]:
    """The names of the scheme's layers of ``kind`` (state or point)."""
    scheme = doc.get("scheme") if isinstance(doc, dict) else None
    layers = scheme.get("layers") if isinstance(scheme, dict) else None
    return {
        la["name"]
        for la in (layers if isinstance(layers, list) else [])
        if isinstance(la, dict)
        and la.get("kind", "state") == kind
        and isinstance(la.get("name"), str)
    }


def file_status(said: object, coded: bool) -> str:
    """A file's status: as its metadata says; without a word, *in progress* once anything is
    coded, *not started* while the file is as the study made it."""
    if said in (STATUS_COMPLETE, STATUS_IN_PROGRESS):
        return str(said)
    return STATUS_IN_PROGRESS if coded else NOT_STARTED


def coding_status(study_dir: Path, video: StudyVideo, coder: str, role: str) -> CodingStatus:
    path = study_dir / Study.session_path(video, coder)
    if not path.exists():
        return CodingStatus(coder, role, path, NOT_STARTED)
    try:
        doc, coded, whole = _read_head(path)
    except (OSError, ValueError) as exc:
        return CodingStatus(coder, role, path, UNREADABLE, problem=f"cannot be read ({exc})")
    meta = _metadata_of(doc)
    status = file_status(meta.get("status"), coded)
    problems = []
    if (meta.get("dyad_id") or "") != video.dyad_id:
        problems.append(f"names dyad {meta.get('dyad_id')!r}, not {video.dyad_id!r}")
    if (meta.get("coder_id") or "") != coder:
        problems.append(f"names coder {meta.get('coder_id')!r}, not {coder!r}")
    if status == STATUS_COMPLETE:
        problems.extend(_complete_but_running(path, doc, whole))
    return CodingStatus(
        coder,
        role,
        path,
        status,
        str(meta.get("completed_at") or "") if status == STATUS_COMPLETE else "",
        "; ".join(problems),
    )


def _complete_but_running(path: Path, head: dict[str, Any], whole: bool) -> list[str]:
    """A complete coding has nothing running: one sentence per state that is."""
    try:
        running = _running_in_document(head) if whole else running_states_in_file(path, head)
    except (OSError, ValueError, TypeError) as exc:
        return [f"cannot be read ({exc})"]
    return [
        f"is marked complete but {code!r} in layer {layer!r}, started at {format_ms(onset)}, "
        "is still running; reopen it for editing and end the state"
        for layer, code, onset in running
    ]


def video_status(study_dir: Path, video: StudyVideo) -> VideoStatus:
    primary = coding_status(study_dir, video, video.primary, "primary")
    rel = (
        None
        if video.reliability is None
        else coding_status(study_dir, video, video.reliability, "reliability")
    )
    codings = [c for c in (primary, rel) if c is not None]
    copies = find_conflict_copies(
        {c.path: (video.dyad_id, c.coder) for c in codings}, lambda p: read_metadata(p)[0]
    )
    if copies:
        primary = _with_conflicts(study_dir, primary, copies)
        rel = None if rel is None else _with_conflicts(study_dir, rel, copies)
    return VideoStatus(video, primary, rel, not video_file(study_dir, video).is_file())


def _with_conflicts(study_dir: Path, c: CodingStatus, copies: list[ConflictCopy]) -> CodingStatus:
    mine = tuple(k for k in copies if k.of == c.path)
    if not mine:
        return c

    def name(p: Path) -> str:
        try:
            return p.relative_to(study_dir).as_posix()
        except ValueError:
            return str(p)

    said = "; ".join(
        f"{name(k.path)} is a second copy of it ({k.made_by}'s name)"
        if k.made_by != "its metadata"
        else f"{name(k.path)} is a second copy of it (it names the same dyad and coder)"
        for k in mine
    )
    problem = (
        f"conflict: {said} — compare the two (Compare with…) and keep one; "
        "the other is set aside, never deleted"
    )
    return replace(
        c,
        status=CONFLICT,
        completed_at="",
        problem="; ".join(x for x in (c.problem, problem) if x),
        conflicts=mine,
    )


def study_status(
    study: Study, study_dir: str | os.PathLike[str], videos: Iterable[StudyVideo] | None = None
) -> StudyStatus:
    """The status of every video (or of ``videos``), with one sentence per problem found."""
    folder = Path(study_dir)
    out = StudyStatus(coders=study.coders)
    for video in study.videos if videos is None else videos:
        vs = video_status(folder, video)
        out.videos.append(vs)
        if vs.video_missing:
            out.problems.append(f"dyad {video.dyad_id}: the video {video.path} is missing")
        for c in vs.codings():
            if c.problem:
                name = c.path.relative_to(folder).as_posix()
                out.problems.append(f"{name}: {c.problem}")
    return out
