"""``attachcoder new OUT.acs``: one session made without a window (STUDY.md).

    new OUT.acs [--video FILE [--video FILE --offset DUR]] [--scheme FILE] [--dyad ID]
                [--coder ID] [--date YYYY-MM-DD]

Each video is probed (duration, frame rate) by the Qt media probe that ``cli.py`` passes in,
and hashed. A missing or unreadable video is refused with a message and nothing is written.
``--offset`` gives the start of each video after the first on the session's clock. Without a
video the session is a live one (its clock runs as it is coded).

Without ``--date`` the session takes the first video's recording date (the date its camera
wrote into the file; else the file's modification date), or today for a live session, and says
which: a session's key (``DYAD_DATE_CODER``) never reads ``NA`` for its date. Without
``--dyad`` and ``--coder``, a file named as studies name them (``D021_C3.acs``) gives both.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageError, err
from attachcoder.core.ids import id_problem
from attachcoder.io.installed.translations import LANGUAGES, current_language


def add_parser(sub: Any) -> None:
    n = sub.add_parser("new", help="make one session file, headless")
    n.add_argument("output", type=Path, metavar="OUT.acs", help="the session file (DYAD_CODER.acs)")
    n.add_argument(
        "--lang", choices=list(LANGUAGES), help="the default scheme's language (the system's)"
    )
    n.add_argument(
        "--video",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="a video coded (again for a second camera); none: a live session",
    )
    n.add_argument(
        "--offset",
        action="append",
        default=[],
        metavar="DUR",
        help="where each video after the first starts on the session clock",
    )
    n.add_argument(
        "--scheme",
        type=Path,
        metavar="FILE",
        help="the coding scheme (default: the attachment scheme)",
    )
    n.add_argument(
        "--dyad",
        default="",
        metavar="ID",
        help="the dyad's ID (default: from a name DYAD_CODER.acs)",
    )
    n.add_argument(
        "--coder",
        default="",
        metavar="ID",
        help="the coder's ID (default: from a name DYAD_CODER.acs)",
    )
    n.add_argument("--date", default="", metavar="YYYY-MM-DD",
                   help="the session date (default: the video's recording date, else the "
                        "file's date; today for a live session)")  # fmt: skip


def _offsets(args: argparse.Namespace) -> list[int]:
    from attachcoder.core.timefmt import Duration

    if len(args.offset) > max(0, len(args.video) - 1):
        raise UsageError("--offset goes with each --video after the first (the first starts at 0)")
    out = [0]
    for text in args.offset:
        try:
            d = Duration(text)
        except ValueError as exc:
            raise UsageError(f"--offset: {exc}") from None
        if d.in_frames:
            raise UsageError("--offset: give the offset in seconds or milliseconds")
        out.append(round(d.to_ms()))
    return (out + [0] * len(args.video))[: len(args.video)]


def run(args: argparse.Namespace, probe: Any) -> int:
    from attachcoder.core.frame_times import describe_rate
    from attachcoder.core.records import Media
    from attachcoder.io.atomic import WriteError
    from attachcoder.io.media.recording_date import recording_date
    from attachcoder.io.session.file import (
        SUFFIX,
        SessionFileError,
        default_scheme,
        load_scheme,
        relative_media_path,
        save,
        sha256_file,
    )
    from attachcoder.io.study.operations import new_session

    out: Path = args.output
    if out.suffix.lower() != SUFFIX:
        raise UsageError(f"{out.name}: a session file's name ends in {SUFFIX}")
    if args.date:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(f"--date: {args.date!r} is not a date YYYY-MM-DD") from None
    for option, label, value in (
        ("--dyad", "dyad ID", args.dyad),
        ("--coder", "coder ID", args.coder),
    ):
        problem = id_problem(label, value)
        if problem is not None:
            raise UsageError(f"{option}: {problem}")
    offsets = _offsets(args)
    if out.exists():
        err(f"{out} already exists; nothing was written (open it, or choose another name)")
        return EXIT_BAD_INPUT
    try:
        scheme = (
            load_scheme(args.scheme)
            if args.scheme is not None
            else default_scheme(current_language())
        )
    except SessionFileError as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    media = []
    bad = False
    read = probe() if args.video else None
    for video, offset in zip(args.video, offsets, strict=True):
        if not video.is_file():
            err(f"{video}: no such video file")
            bad = True
            continue
        assert read is not None
        try:
            digest = sha256_file(video)
            facts = read(video)
        except (OSError, ValueError) as exc:
            err(f"{video}: cannot be read as a video ({exc})")
            bad = True
            continue
        media.append(
            Media(
                path=relative_media_path(out, video),
                sha256=digest,
                size=video.stat().st_size,
                duration_ms=facts.duration_ms,
                fps=facts.fps,
                offset_ms=offset,
                fps_range=facts.fps_range,
            )
        )
        if facts.fps_range is not None:
            print(
                f"{video.name}: {describe_rate(facts.fps, facts.fps_range)}; frames are "
                "counted from its own timestamps"
            )
    if bad:
        err(f"nothing was written to {out}")
        return EXIT_BAD_INPUT
    dyad, coder, named = ids_from_name(out, args.dyad, args.coder)
    for label, value in (("dyad ID", dyad), ("coder ID", coder)):
        problem = id_problem(label, value) if named else None
        if problem is not None:  # a file named with such a character gives no ID
            err(f"{out.name}: {problem} (it comes from the file's name: rename it, or give "
                "--dyad and --coder); nothing was written")  # fmt: skip
            return EXIT_BAD_INPUT
    date = args.date
    if not date:
        found = recording_date(args.video[0] if args.video else None)
        date = found.date
        print(f"session date {date}: {found.said()}")
    if named:
        print(f"dyad {dyad}, coder {coder}: from the file's name")
    session = new_session(scheme, dyad_id=dyad, coder_id=coder, session_date=date, media=media)
    try:
        save(session, out, backup=False)
    except WriteError as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    kind = f"{len(media)} video(s), {session.duration_ms / 1000:g} s" if media else "live"
    print(f"made {out} ({session.metadata.session_key()}, {kind})")
    missing = [f"--{k}" for k, v in (("dyad", dyad), ("coder", coder)) if not v]
    if missing:
        err(
            f"note: no {' or '.join(m[2:] for m in missing)} ID: exports name this session "
            f"{session.metadata.session_key()} (give {' and '.join(missing)}, or name the file "
            "DYAD_CODER.acs)"
        )
    return EXIT_OK


def ids_from_name(out: Path, dyad: str, coder: str) -> tuple[str, str, bool]:
    """The dyad and coder IDs: as given, else from a file named ``DYAD_CODER.acs`` (the third
    value says they came from the name)."""
    if dyad and coder:
        return dyad, coder, False
    parts = out.stem.split("_")
    if len(parts) != 2 or not all(parts) or any(p != p.strip() for p in parts):
        return dyad, coder, False
    return dyad or parts[0], coder or parts[1], True
