"""The ``attachcoder`` command: the window by default, headless subcommands for the rest.

Exit codes (CLI.md): 0 all good; 1 some input was bad (each reported, the rest still done);
2 the command itself was wrong. Each subcommand is one ``_cmd_*`` function that parses nothing
itself: it hands the parsed arguments to its module in ``attachcoder/commands/``, which calls
the library layers. Qt is imported only when the window opens.
"""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from attachcoder import __version__
from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, EXIT_USAGE, UsageError
from attachcoder.io.installed.translations import LANGUAGES, set_language
from attachcoder.io.sheets.xlsx_page import PAPERS

LANGUAGE_CODES = list(LANGUAGES)
LANG_HELP = "language: " + ", ".join(f"{c} ({n})" for c, n in LANGUAGES.items())

SUBCOMMANDS = (
    "open", "check", "export", "batch", "agreement", "import", "convert", "sample",
    "install-desktop", "new", "study",
)  # fmt: skip

log = logging.getLogger("attachcoder")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="attachcoder",
        description="Code caregiver–infant interaction from video; export tallies and agreement.",
    )
    p.add_argument("--version", action="version", version=f"attachcoder {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    o = sub.add_parser("open", help="open the coding window on a session")
    o.add_argument("session", nargs="?", type=Path)
    o.add_argument("--lang", choices=LANGUAGE_CODES, help="the " + LANG_HELP)

    c = sub.add_parser("check", help="validate session files and print every problem")
    c.add_argument("sessions", nargs="+", type=Path, metavar="SESSION")

    e = sub.add_parser("export", help="the supervisor's workbook for each session")
    e.add_argument("sessions", nargs="+", type=Path, metavar="SESSION")
    e.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    e.add_argument("--no-notes", action="store_true", help="leave free-text notes out")
    e.add_argument("--paper", choices=PAPERS, help="paper size (default: the locale's)")
    e.add_argument("--lang", choices=LANGUAGE_CODES, help="the workbook's " + LANG_HELP)

    b = sub.add_parser("batch", help="many sessions into one workbook (and CSV)")
    b.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.xlsx")
    b.add_argument("--csv", type=Path, metavar="DIR", help="also write the tables as CSV here")
    b.add_argument("--no-notes", action="store_true", help="leave free-text notes out")
    b.add_argument("--paper", choices=PAPERS, help="paper size (default: the locale's)")
    b.add_argument("--lang", choices=LANGUAGE_CODES, help="the workbook's " + LANG_HELP)
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--timeseries", type=Path, metavar="DIR", help="also write timeseries.csv here")
    b.add_argument("--step", default="1s", metavar="DUR", help="the time series' step (1s)")

    a = sub.add_parser("agreement", help="observer agreement between codings")
    a.add_argument("sessions", nargs="*", type=Path, metavar="SESSION")
    a.add_argument("--pairs", nargs=2, type=Path, metavar=("DIR_A", "DIR_B"))
    a.add_argument("--reference", type=Path, metavar="GOLD")
    a.add_argument("--criterion", type=float, metavar="K")
    a.add_argument("--unit", default="1s", metavar="DUR")
    a.add_argument("--tolerance", default="0s", metavar="DUR")
    a.add_argument("--overlap", type=float, default=0.6, metavar="F")
    a.add_argument("--point-window", default="1s", metavar="DUR")
    a.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx")
    a.add_argument("--lang", choices=LANGUAGE_CODES, help="the workbook's " + LANG_HELP)
    a.add_argument("--json", action="store_true", help="print one JSON document")
    from attachcoder.commands.agreement import add_method_arguments, add_rule_arguments

    add_rule_arguments(a)
    add_method_arguments(a)

    i = sub.add_parser(
        "import", help="ELAN .eaf, BORIS .boris, Datavyu .opf or Praat .TextGrid into sessions"
    )
    i.add_argument("file", type=Path, metavar="FILE")
    i.add_argument("--observation", metavar="NAME")
    i.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")

    v = sub.add_parser(
        "convert",
        help="a session to .eaf (ELAN), .boris (BORIS), .opf (Datavyu), .TextGrid (Praat), "
        ".sds (SDIS) or .csv (episodes)",
    )
    v.add_argument("session", type=Path, metavar="SESSION")
    v.add_argument("-o", "--output", required=True, type=Path, metavar="OUT")
    v.add_argument("--no-notes", action="store_true", help="leave free-text notes out")

    from attachcoder.commands import new, study

    new.add_parser(sub)
    study.add_parser(sub)

    s = sub.add_parser("sample", help="put the sample sessions and their video in a folder")
    s.add_argument("folder", type=Path, metavar="DIR")

    d = sub.add_parser(
        "install-desktop", help="add attachcoder to the Linux desktop's menu (entry and icon)"
    )
    where = d.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="for you alone (the default)")
    where.add_argument("--system", action="store_true", help="for every user (needs root)")
    return p


# ------------------------------------------------------------------ subcommands


def _cmd_check(args: argparse.Namespace) -> int:
    from attachcoder.commands.common import err, iter_session_files, missing_media
    from attachcoder.core.ids import metadata_id_problems
    from attachcoder.core.observed import complete_but_running, left_out_sentence, observed_span
    from attachcoder.io.session.file import SessionFileError, load

    files = iter_session_files(args.sessions)
    if not files:
        err("no session files found in " + ", ".join(map(str, args.sessions)))
        return EXIT_BAD_INPUT
    bad = 0
    for f in files:
        try:
            session = load(f)
        except SessionFileError as exc:
            bad += 1
            print(f"{exc}")
            continue
        # readable, so the window can fix it; but no export should carry a bad ID
        ids = metadata_id_problems(session.metadata)
        problems = [f"{place}: {problem}" for place, problem in ids]
        # a complete coding has nothing running (STUDY.md)
        problems += [f"metadata.status: {p}" for p in complete_but_running(session)]
        if problems:
            bad += 1
            for problem in problems:
                print(f"{f}: {problem}")
            continue
        print(f"{f}: ok ({len(session)} episodes, {session.metadata.session_key()})")
        for layer, ep in observed_span(session).left_out:
            print(f"{f}: note: {left_out_sentence(layer, ep)}")
        for warning in missing_media(f, session):
            print(f"{f}: warning: {warning}")
    if len(files) > 1:
        print(f"{len(files) - bad} of {len(files)} files are sound")
    return EXIT_BAD_INPUT if bad else EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from attachcoder.commands.export import run

    return run(args)


def _cmd_batch(args: argparse.Namespace) -> int:
    from attachcoder.commands.batch import run

    return run(args)


def _cmd_agreement(args: argparse.Namespace) -> int:
    from attachcoder.commands.agreement import run

    return run(args)


def _cmd_import(args: argparse.Namespace) -> int:
    from attachcoder.commands.interchange import run_import

    return run_import(args)


def _cmd_convert(args: argparse.Namespace) -> int:
    from attachcoder.commands.interchange import run_convert

    return run_convert(args)


def _headless_probe() -> object:
    """The Qt media probe on an offscreen application (commands/ never import Qt)."""
    from attachcoder.gui.player.headless_probe import probe_video

    return probe_video


def _cmd_new(args: argparse.Namespace) -> int:
    from attachcoder.commands.new import run

    return run(args, _headless_probe)


def _cmd_study(args: argparse.Namespace) -> int:
    from attachcoder.commands.study import run

    return run(args, _headless_probe)


def _cmd_sample(args: argparse.Namespace) -> int:
    from attachcoder.commands.sample import run

    return run(args)


def _cmd_install_desktop(args: argparse.Namespace) -> int:
    from attachcoder.commands.desktop import run

    return run(args)


def _cmd_open(args: argparse.Namespace) -> int:
    return _open_window(args.session, args.lang)


def _open_window(session: Path | None, lang: str | None = None) -> int:
    from attachcoder.gui.app import run_app  # Qt is loaded only here

    return run_app(session, lang)


# ------------------------------------------------------------------ entry points


def _setup_logging() -> None:
    try:
        from platformdirs import user_log_dir

        folder = Path(user_log_dir("attachcoder", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "attachcoder.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("attachcoder")
    root.setLevel(logging.INFO)
    if not root.handlers:
        root.addHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _setup_logging()
    if argv and not argv[0].startswith("-") and argv[0] not in SUBCOMMANDS:
        argv = ["open", *argv]  # `attachcoder SESSION`
    if argv[:1] == ["--lang"] and (len(argv) < 3 or argv[2] not in SUBCOMMANDS):
        argv = ["open", *argv]  # `attachcoder --lang de [SESSION]`
    if not argv:
        argv = ["open"]
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 0 for --help/--version, 2 for usage
        return int(exc.code or 0)
    if getattr(args, "lang", None):
        set_language(args.lang)  # the default scheme of `new` and `study init`, the workbook's
    handler = {
        "open": _cmd_open,
        "check": _cmd_check,
        "export": _cmd_export,
        "batch": _cmd_batch,
        "agreement": _cmd_agreement,
        "import": _cmd_import,
        "convert": _cmd_convert,
        "new": _cmd_new,
        "study": _cmd_study,
        "sample": _cmd_sample,
        "install-desktop": _cmd_install_desktop,
    }[args.command]
    try:
        return handler(args)
    except UsageError as exc:
        print(f"attachcoder: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("attachcoder: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # e.g. `attachcoder agreement A B | head`: the reader left early
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK


def gui_main() -> None:
    """Entry point of the GUI launcher (no console on Windows)."""
    raise SystemExit(main(sys.argv[1:] or ["open"]))


if __name__ == "__main__":
    raise SystemExit(main())
