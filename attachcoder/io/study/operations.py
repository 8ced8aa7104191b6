"""What the ``study`` commands and the dashboard do to a study folder: make it, add videos,
draw the reliability sample, and make each coder's session file.

Nothing here opens a video: the caller passes a ``probe`` (the Qt media probe, run headless
from ``cli.py`` or in the window) that answers a video's duration and frame rate, or raises
``ValueError`` with the reason. The SHA-256 is computed here. ``study.json`` is written once
per operation, after its session files, so a failure leaves the old plan intact.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from attachcoder.core.ids import id_problem
from attachcoder.core.records import Media, Metadata
from attachcoder.core.reliability_sample import draw_sample
from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Session
from attachcoder.core.study import ReliabilityPlan, Study, StudyError, StudyVideo
from attachcoder.io.atomic import WriteError
from attachcoder.io.installed.translations import current_language
from attachcoder.io.session.file import (
    default_scheme,
    load_scheme,
    relative_media_path,
    save,
    save_scheme,
    sha256_file,
)
from attachcoder.io.study.file import (
    STUDY_FILE,
    load_study,
    relative_to_study,
    save_study,
    video_file,
)

VIDEO_SUFFIXES = frozenset(
    {".mp4", ".mov", ".m4v", ".avi", ".mkv", ".webm", ".mpg", ".mpeg", ".wmv"}
)


def videos_in(folder: Path) -> list[Path]:
    """Every video file under ``folder`` (by extension), in name order."""
    return sorted(
        p for p in folder.rglob("*") if p.suffix.lower() in VIDEO_SUFFIXES and p.is_file()
    )


def expand_videos(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Files as given; a folder stands for every video in it."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        out.extend(videos_in(p) if p.is_dir() else [p])
    return out


@dataclass(frozen=True)
class MediaFacts:
    duration_ms: int
    fps: float | None
    #: (slowest, fastest) rate of a variable-rate video; None when constant or unknown
    fps_range: tuple[float, float] | None = None


#: a video's duration and frame rate, or ``ValueError`` saying why it cannot be read
Probe = Callable[[Path], MediaFacts]
#: ``progress(i, n, name)`` before video ``i`` of ``n``
Progress = Callable[[int, int, str], None]


@dataclass
class AddReport:
    added: list[StudyVideo] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # sentences: already in the study
    problems: list[str] = field(default_factory=list)  # sentences: could not be added


def init_study(
    folder: str | os.PathLike[str],
    *,
    coders: Sequence[str],
    scheme_file: str | os.PathLike[str] | None = None,
    name: str = "",
    plan: ReliabilityPlan | None = None,
) -> Study:
    """Make ``folder/study.json`` and ``folder/scheme.json``; refuses an existing study."""
    root = Path(folder)
    if (root / STUDY_FILE).exists():
        raise StudyError([f"{root / STUDY_FILE} already exists; open that study instead"])
    scheme = (
        load_scheme(scheme_file) if scheme_file is not None else default_scheme(current_language())
    )
    study = Study(
        name=name or root.resolve().name,
        coders=tuple(c.strip() for c in coders),
        reliability=plan or ReliabilityPlan(),
    ).validated()
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(f"could not make the folder {root}: {exc.strerror}") from exc
    save_scheme(scheme, root / study.scheme)
    save_study(study, root)
    return study


def study_scheme(folder: str | os.PathLike[str], study: Study) -> Scheme:
    return load_scheme(Path(folder) / study.scheme)


def new_session(
    scheme: Scheme,
    *,
    dyad_id: str,
    coder_id: str,
    session_date: str,
    media: Sequence[Media] = (),
) -> Session:
    """A fresh session (no status yet: the study counts it *not started* until coded)."""
    duration = max((m.duration_ms or 0) + m.offset_ms for m in media) if media else 0
    return Session(
        scheme,
        metadata=Metadata(dyad_id=dyad_id, coder_id=coder_id, session_date=session_date),
        media=media,
        duration_ms=duration,
    )


def write_coder_session(
    folder: Path, study: Study, video: StudyVideo, coder: str, scheme: Scheme
) -> Path:
    """The coder's session file for the video; an existing one is never overwritten."""
    path = folder / Study.session_path(video, coder)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    media = Media(
        path=relative_media_path(path, video_file(folder, video)),
        sha256=video.sha256,
        size=video.size,
        duration_ms=video.duration_ms,
        fps=video.fps,
    )
    session = new_session(
        scheme,
        dyad_id=video.dyad_id,
        coder_id=coder,
        session_date=video.session_date,
        media=[media],
    )
    save(session, path, backup=False)
    return path


def file_date(path: Path) -> str:
    return dt.date.fromtimestamp(path.stat().st_mtime).isoformat()


def add_videos(
    folder: str | os.PathLike[str],
    videos: Sequence[str | os.PathLike[str]],
    *,
    probe: Probe,
    date: str | None = None,
    primary: str | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> AddReport:
    """Add each video (a folder: every video in it), skipping one already in the study (by
    hash), and make its primary coder's session file."""
    root = Path(folder)
    study = load_study(root)
    if primary is not None and primary not in study.coders:
        raise StudyError([f"{primary!r} is not a coder of this study ({', '.join(study.coders)})"])
    scheme = study_scheme(root, study)
    report = AddReport()
    videos = expand_videos(videos)
    for i, raw in enumerate(videos):
        if should_cancel is not None and should_cancel():
            break
        path = Path(raw)
        if progress is not None:
            progress(i, len(videos), path.name)
        if not path.is_file():
            report.problems.append(f"{path}: no such video file")
            continue
        bad_id = id_problem("dyad ID", path.stem)
        if bad_id is not None:  # the dyad ID comes from the file name
            report.problems.append(
                f"{path}: not added: {bad_id} (it comes from the file name: rename the file)"
            )
            continue
        try:
            digest = sha256_file(path)
            facts = probe(path)
        except (OSError, ValueError) as exc:
            report.problems.append(f"{path}: cannot be read as a video ({exc})")
            continue
        known = study.video_by_hash(digest)
        if known is not None:
            report.skipped.append(f"{path}: already in the study as dyad {known.dyad_id}")
            continue
        video = StudyVideo(
            dyad_id=study.free_dyad_id(path.stem),
            session_date=date or file_date(path),
            path=relative_to_study(root, path),
            sha256=digest,
            primary=primary or study.next_primary(),
            duration_ms=facts.duration_ms,
            fps=facts.fps,
            size=path.stat().st_size,
        )
        study = study.with_videos([video])
        write_coder_session(root, study, video, video.primary, scheme)
        report.added.append(video)
    if progress is not None:
        progress(len(videos), len(videos), "")
    if report.added:
        save_study(study, root)
    return report


def draw_reliability(folder: str | os.PathLike[str]) -> tuple[Study, dict[str, str]]:
    """Draw among the videos not yet considered, assign coders, make their session files."""
    root = Path(folder)
    study = load_study(root)
    plan = study.reliability
    picks = draw_sample(study.videos, study.coders, plan.fraction, plan.seed)
    considered = [v.dyad_id for v in study.videos if not v.considered]
    study = study.with_reliability(picks, considered)
    if picks:
        scheme = study_scheme(root, study)
        for v in study.videos:
            if v.dyad_id in picks:
                write_coder_session(root, study, v, picks[v.dyad_id], scheme)
    if considered:
        save_study(study, root)
    return study, picks
