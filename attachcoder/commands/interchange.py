"""``attachcoder import`` and ``attachcoder convert``: other tools' files in, ours out.

``import FILE [--observation NAME] -o OUT`` reads an ELAN, BORIS, Datavyu or Praat file; OUT is a
``.acs`` file when one session results and a folder when several do (one per BORIS
observation). The import report (every choice made) goes to standard output, problems to
standard error. ``convert SESSION -o OUT`` writes OUT in the format its extension names:
``.eaf`` (ELAN), ``.boris`` (BORIS), ``.opf`` (Datavyu), ``.TextGrid`` (Praat), ``.sds`` (SDIS
for GSEQ) or ``.csv`` (the episodes table).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageError, err


def run_import(args: argparse.Namespace) -> int:
    from attachcoder.io.atomic import WriteError
    from attachcoder.io.interchange import (
        IMPORT_FORMATS,
        InterchangeError,
        UnknownObservation,
        import_file,
        import_format,
        session_file_names,
    )
    from attachcoder.io.interchange.media_paths import rebased_media
    from attachcoder.io.session.file import SUFFIX, save

    source: Path = args.file
    out: Path = args.output
    fmt = import_format(source)
    if fmt is None:
        known = ", ".join(f"{s} ({name})" for s, (_, name) in IMPORT_FORMATS.items())
        raise UsageError(f"{source}: import reads {known}; this file's kind is not known")
    if args.observation is not None and fmt != "boris":
        raise UsageError("--observation chooses an observation of a BORIS project (.boris)")
    if not source.is_file():
        err(f"{source}: no such file")
        return EXIT_BAD_INPUT
    try:
        result = import_file(source, observation=args.observation)
    except UnknownObservation as exc:
        raise UsageError(str(exc)) from None
    except InterchangeError as exc:
        err(f"{exc} (nothing was imported)")
        return EXIT_BAD_INPUT
    if result.report:
        print(f"import report for {source.name}:")
        for line in result.report:
            print(f"  - {line}")
    for problem in result.problems:
        err(f"{problem} (this part was not imported)")
    if not result.sessions:
        err(f"{source}: nothing to import")
        return EXIT_BAD_INPUT
    if out.suffix.lower() == SUFFIX:
        if len(result.sessions) > 1:
            raise UsageError(
                f"{source} holds {len(result.sessions)} observations: give a folder as OUT, or "
                "choose one with --observation NAME"
            )
        targets = [(out, result.sessions[0][1])]
    else:
        if out.exists() and not out.is_dir():
            raise UsageError(f"{out} is a file; give a folder, or a name ending in {SUFFIX}")
        if out.suffix and len(result.sessions) == 1:  # e.g. out.txt: surely not meant as a folder
            raise UsageError(f"{out}: a session file's name ends in {SUFFIX}")
        names = session_file_names([name for name, _ in result.sessions], SUFFIX)
        targets = [(out / n, s) for n, (_, s) in zip(names, result.sessions, strict=True)]
    failed = 0
    for target, session in targets:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            media = rebased_media(session, source, target)
            if media != session.media:
                session.set_field("media", media)
            save(session, target)
        except (WriteError, OSError) as exc:
            failed += 1
            err(str(exc))
            continue
        print(f"wrote {target} ({len(session)} episodes)")
    return EXIT_BAD_INPUT if failed or result.problems else EXIT_OK


def run_convert(args: argparse.Namespace) -> int:
    from attachcoder.io.atomic import WriteError
    from attachcoder.io.interchange import EXPORT_FORMATS, export_session
    from attachcoder.io.session.file import SessionFileError, load

    source: Path = args.session
    out: Path = args.output
    suffix = out.suffix.lower()
    if suffix not in EXPORT_FORMATS:
        known = ", ".join(f"{s} ({what})" for s, what in EXPORT_FORMATS.items())
        raise UsageError(f"{out}: the extension chooses the format: {known}")
    notes = not args.no_notes
    try:
        session = load(source)
    except SessionFileError as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    try:
        warnings = export_session(session, out, session_path=source, notes=notes)
    except (WriteError, OSError) as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    for warning in warnings:
        err(warning)
    print(f"wrote {out} ({EXPORT_FORMATS[suffix]}, {len(session)} episodes)")
    return EXIT_OK
