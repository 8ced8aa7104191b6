"""``study.json``: read against its JSON Schema, written atomically like session files.

A bad file is refused with the file and the place in it (``videos[3].primary: ...``); a file
from a newer attachcoder is refused with a word to update; keys we do not model are kept.
Paths in the file are relative to the study folder, so a study moved as a whole still opens.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from attachcoder.core.session import Session
from attachcoder.core.study import ReliabilityPlan, Study, StudyError, StudyVideo
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.session.file import SessionFileError, relative_media_path
from attachcoder.io.session.schema import check_header

STUDY_FILE = "study.json"
FORMAT_NAME = "attachcoder-study"
FORMAT_VERSION = 1
SCHEMA_PATH = Path(__file__).with_name("schemas") / "study.schema.json"

_TOP_KEYS = {"format", "version", "name", "scheme", "coders", "reliability", "videos"}
_PLAN_KEYS = {"fraction", "seed", "unit", "tolerance", "criterion"}
_VIDEO_KEYS = {
    "dyad_id",
    "session_date",
    "path",
    "sha256",
    "primary",
    "reliability",
    "considered",
    "duration_ms",
    "fps",
    "size",
}


class StudyFileError(SessionFileError):
    """A ``study.json`` that cannot be read: which file, where in it, and what is wrong."""


def study_file(path: str | os.PathLike[str]) -> Path:
    """``DIR/study.json`` for a study folder; the path itself when it names the file."""
    p = Path(path)
    return p / STUDY_FILE if p.is_dir() or p.suffix.lower() != ".json" else p


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def _place(parts: Any) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def _extra(d: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in known}


def study_from_dict(doc: Any, path: str | os.PathLike[str] = "<memory>") -> Study:
    """Check a parsed document and build the study; raises :class:`StudyFileError`."""
    check_header(doc, path, format_name=FORMAT_NAME, max_version=FORMAT_VERSION, what="study",
                 error=StudyFileError)  # fmt: skip
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(e.absolute_path))
    if errors:
        first, *more = errors
        raise StudyFileError(
            path,
            _place(first.absolute_path),
            first.message,
            [(_place(e.absolute_path), e.message) for e in more],
        )
    plan = doc["reliability"]
    study = Study(
        name=doc["name"],
        coders=tuple(doc["coders"]),
        scheme=doc["scheme"],
        reliability=ReliabilityPlan(
            fraction=float(plan.get("fraction", 0.2)),
            seed=int(plan.get("seed", 0)),
            unit=str(plan.get("unit", "1s")),
            tolerance=str(plan.get("tolerance", "0s")),
            criterion=float(plan.get("criterion", 0.7)),
            extra=_extra(plan, _PLAN_KEYS),
        ),
        videos=tuple(
            StudyVideo(
                dyad_id=v["dyad_id"],
                session_date=v.get("session_date", ""),
                path=v["path"],
                sha256=v["sha256"],
                primary=v["primary"],
                reliability=v.get("reliability"),
                considered=bool(v.get("considered", False)),
                duration_ms=v.get("duration_ms"),
                fps=v.get("fps"),
                size=v.get("size"),
                extra=_extra(v, _VIDEO_KEYS),
            )
            for v in doc["videos"]
        ),
        extra=_extra(doc, _TOP_KEYS),
    )
    try:
        return study.validated()
    except StudyError as exc:
        first_problem, *rest = exc.problems
        raise StudyFileError(path, "videos", first_problem, [("videos", q) for q in rest]) from None


def study_to_dict(study: Study) -> dict[str, Any]:
    plan = study.reliability
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "name": study.name,
        "scheme": study.scheme,
        "coders": list(study.coders),
        "reliability": {
            "fraction": plan.fraction,
            "seed": plan.seed,
            "unit": plan.unit,
            "tolerance": plan.tolerance,
            "criterion": plan.criterion,
            **plan.extra,
        },
        "videos": [
            {
                "dyad_id": v.dyad_id,
                "session_date": v.session_date,
                "path": v.path,
                "sha256": v.sha256,
                "primary": v.primary,
                "reliability": v.reliability,
                **({"considered": True} if v.considered else {}),
                **{
                    k: x
                    for k, x in (("duration_ms", v.duration_ms), ("fps", v.fps), ("size", v.size))
                    if x is not None
                },
                **v.extra,
            }
            for v in study.videos
        ],
        **study.extra,
    }


def load_study(path: str | os.PathLike[str]) -> Study:
    """Read ``study.json`` (or the folder holding it); never modifies the file."""
    p = study_file(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StudyFileError(p, "", "no such file: is this a study folder?") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise StudyFileError(p, "", f"cannot be read: {exc}") from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StudyFileError(p, f"line {exc.lineno}, column {exc.colno}", exc.msg) from None
    return study_from_dict(doc, p)


def save_study(study: Study, path: str | os.PathLike[str]) -> None:
    """Write atomically (the old file is kept as ``study.json.bak``); the plan is checked first."""
    study.validated()
    data = json.dumps(study_to_dict(study), ensure_ascii=False, indent=1) + "\n"
    atomic_write_bytes(study_file(path), data.encode("utf-8"), backup=True)


def video_file(study_dir: str | os.PathLike[str], video: StudyVideo) -> Path:
    """Where the video is, resolving a path relative to the study folder."""
    p = Path(video.path)
    return p if p.is_absolute() else Path(study_dir).resolve() / p


def relative_to_study(study_dir: str | os.PathLike[str], target: str | os.PathLike[str]) -> str:
    """The path to store: relative to the study folder when it can be, else absolute."""
    return relative_media_path(Path(study_dir) / STUDY_FILE, target)


def study_folder_of(session_path: str | os.PathLike[str] | None) -> Path | None:
    """The study a session file belongs to (``STUDY/sessions/DYAD/FILE.acs``), or None."""
    if session_path is None:
        return None
    p = Path(session_path).resolve()
    if len(p.parts) < 4 or p.parent.parent.name != "sessions":
        return None
    folder = p.parents[2]
    return folder if (folder / STUDY_FILE).is_file() else None


BLIND = (
    "In a study another coder's coding is shown only once both codings are complete (blind "
    "double-coding). Mark your coding complete, and wait for the other one."
)


def blind_refusal(
    this_path: str | os.PathLike[str] | None,
    this: Session,
    other_path: str | os.PathLike[str],
    other: Session,
) -> str | None:
    """Why a study's coding may not be compared with another yet (one is not complete)."""
    if study_folder_of(this_path) is None and study_folder_of(other_path) is None:
        return None
    if this.metadata.is_complete and other.metadata.is_complete:
        return None
    return BLIND
