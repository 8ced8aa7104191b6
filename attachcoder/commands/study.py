"""``attachcoder study init|add|sample|status|agreement|export`` (STUDY.md).

Exit codes as CLI.md: 0 all good, 1 some input was bad (each reported, the rest done), 2 the
command line was wrong. ``--json`` prints one document on standard output; messages go to
standard error. Opening videos needs Qt, which this module never imports: ``cli.py`` passes
the headless media probe in.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, UsageError, duration_arg, err
from attachcoder.io.installed.translations import LANGUAGES

ProbeFactory = Callable[[], Any]  # returns the probe (Path -> MediaFacts), loading Qt lazily


def add_parser(sub: Any) -> None:
    s = sub.add_parser("study", help="a study: many videos, several coders, reliability")
    ss = s.add_subparsers(dest="study_command", metavar="STUDY_COMMAND", required=True)
    i = ss.add_parser("init", help="make DIR/study.json and DIR/scheme.json")
    i.add_argument("dir", type=Path, metavar="DIR", help="the study folder (made if absent)")
    i.add_argument(
        "--lang", choices=list(LANGUAGES), help="the default scheme's language (the system's)"
    )
    i.add_argument(
        "--coders", required=True, metavar="C1,C2[,…]", help="the coders' IDs, comma-separated"
    )
    i.add_argument(
        "--scheme", type=Path, metavar="FILE", help="coding scheme (default: the attachment one)"
    )
    i.add_argument("--name", default="", metavar="NAME", help="the study's name (default: DIR's)")
    i.add_argument(
        "--fraction",
        type=float,
        default=0.2,
        metavar="F",
        help="share of videos double-coded for reliability, 0…1 (default 0.2)",
    )
    i.add_argument(
        "--seed",
        type=int,
        default=None,
        metavar="N",
        help="seed of the reliability draw, so it can be reproduced (default: a random one, kept)",
    )
    i.add_argument(
        "--unit", default="1s", metavar="DUR", help="time unit of agreement: 1s, 500ms, 1f…"
    )
    i.add_argument(
        "--tolerance",
        default="1s",
        metavar="DUR",
        help="how far apart two coders' boundaries may be and still agree (default 1s)",
    )
    i.add_argument(
        "--criterion",
        type=float,
        default=0.7,
        metavar="K",
        help="the κ a coder must reach; drift below it is flagged (default 0.7)",
    )
    i.add_argument(
        "--overlap",
        type=float,
        default=0.6,
        metavar="F",
        help="--align overlap: states link at this share of the longer one (default 0.6)",
    )
    i.add_argument(
        "--point-window",
        default="1s",
        metavar="DUR",
        help="--align overlap: points link within this time (default 1s)",
    )
    from attachcoder.commands.agreement import add_method_arguments, add_rule_arguments

    add_rule_arguments(i)
    a = ss.add_parser("add", help="add videos and make their primary coder's session files")
    a.add_argument("dir", type=Path, metavar="DIR", help="the study folder")
    a.add_argument(
        "videos", nargs="+", type=Path, metavar="VIDEO", help="files, or folders of them"
    )
    a.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the recording date of every video added (default: each file's modification date)",
    )
    a.add_argument(
        "--primary",
        metavar="CODER",
        help="the primary coder of every video added (default: the coders in turn)",
    )
    sm = ss.add_parser("sample", help="draw the reliability sample among new videos")
    sm.add_argument("dir", type=Path, metavar="DIR", help="the study folder")
    st = ss.add_parser("status", help="each video's codings and where they stand")
    st.add_argument("dir", type=Path, metavar="DIR", help="the study folder")
    st.add_argument("--json", action="store_true", help="print one JSON document")
    ag = ss.add_parser("agreement", help="agreement of the complete pairs, pooled, and drift")
    ag.add_argument("dir", type=Path, metavar="DIR", help="the study folder")
    ag.add_argument("--json", action="store_true", help="print one JSON document")
    ag.add_argument(
        "-o", "--output", type=Path, metavar="OUT.xlsx", help="also write the agreement workbook"
    )
    ag.add_argument(
        "--lang", choices=list(LANGUAGES), help="the workbook's language (the system's)"
    )
    add_method_arguments(ag)
    ex = ss.add_parser("export", help="the complete primary codings into one workbook")
    ex.add_argument("dir", type=Path, metavar="DIR", help="the study folder")
    ex.add_argument(
        "-o", "--output", required=True, type=Path, metavar="OUT.xlsx", help="the workbook"
    )
    ex.add_argument("--csv", type=Path, metavar="DIR", help="also the tidy CSV tables, in DIR")
    ex.add_argument(
        "--timeseries", type=Path, metavar="DIR", help="also timeseries.csv (one row per step)"
    )
    ex.add_argument(
        "--step", default="1s", metavar="DUR", help="the time series' step: 1s, 500ms, 1f…"
    )
    ex.add_argument(
        "--lang", choices=list(LANGUAGES), help="the workbook's language (the system's)"
    )


def run(args: argparse.Namespace, probe: ProbeFactory) -> int:
    from attachcoder.core.study import StudyError
    from attachcoder.io.atomic import WriteError
    from attachcoder.io.session.file import SessionFileError

    handler = {
        "init": _init,
        "add": lambda a: _add(a, probe),
        "sample": _sample,
        "status": _status,
        "agreement": _agreement,
        "export": _export,
    }[args.study_command]
    try:
        return int(handler(args))
    except (SessionFileError, StudyError, WriteError) as exc:  # StudyFileError included
        err(str(exc))
        return EXIT_BAD_INPUT


def _init(args: argparse.Namespace) -> int:
    import secrets

    from attachcoder.core.study import ReliabilityPlan
    from attachcoder.io.study.operations import init_study

    coders = [c.strip() for c in args.coders.split(",") if c.strip()]
    if not coders:
        raise UsageError("--coders: give the coder IDs, e.g. --coders C1,C2,C3")
    if not (math.isfinite(args.fraction) and 0 <= args.fraction <= 1):
        raise UsageError(f"--fraction: {args.fraction:g} is not a share in 0…1 (e.g. 0.2)")
    if not (math.isfinite(args.criterion) and -1 <= args.criterion <= 1):
        raise UsageError(f"--criterion: {args.criterion:g} is not a κ between −1 and 1")
    duration_arg("--unit", args.unit, positive=True)
    duration_arg("--tolerance", args.tolerance)
    duration_arg("--point-window", args.point_window)
    duration_arg("--onset-tolerance", args.onset_tolerance)
    if not (math.isfinite(args.overlap) and 0 < args.overlap <= 1):
        raise UsageError(f"--overlap: {args.overlap:g} must be a share above 0 and at most 1")
    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000)
    plan = ReliabilityPlan(
        args.fraction,
        seed,
        args.unit,
        args.tolerance,
        args.criterion,
        align=args.align,
        overlap=args.overlap,
        point_window=args.point_window,
        onset_tolerance=args.onset_tolerance,
        excluded=args.excluded,
    )
    study = init_study(args.dir, coders=coders, scheme_file=args.scheme, name=args.name, plan=plan)
    print(f"made the study {study.name!r} in {args.dir} (coders {', '.join(coders)}, seed {seed})")
    return EXIT_OK


def _add(args: argparse.Namespace, probe: ProbeFactory) -> int:
    import datetime as dt

    from attachcoder.io.study.operations import add_videos

    if args.date is not None:
        try:
            dt.date.fromisoformat(args.date)
        except ValueError:
            raise UsageError(f"--date: {args.date!r} is not a date YYYY-MM-DD") from None
    report = add_videos(args.dir, args.videos, probe=probe(), date=args.date, primary=args.primary)
    for v in report.added:
        print(f"added {v.path} as dyad {v.dyad_id} ({v.session_date}), primary coder {v.primary}")
    for s in report.skipped:
        err(s)
    for p in report.problems:
        err(p)
    return EXIT_BAD_INPUT if report.problems else EXIT_OK


def _sample(args: argparse.Namespace) -> int:
    from attachcoder.io.study.operations import draw_reliability

    study, picks = draw_reliability(args.dir)
    from attachcoder.core.reliability_sample import describe_picks

    if not picks:
        print("no new video to draw among; the sample is unchanged")
    for dyad, coder in picks.items():
        print(f"dyad {dyad}: double-coded by {coder}")
    if picks:
        print(describe_picks(picks, study.videos, study.coders))
    sampled = sum(1 for v in study.videos if v.reliability is not None)
    print(f"{sampled} of {len(study.videos)} videos are in the reliability sample")
    return EXIT_OK


def _emit_json(doc: dict[str, Any]) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _status(args: argparse.Namespace) -> int:
    from attachcoder.commands.study_text import status_dict, status_text
    from attachcoder.io.study.file import load_study
    from attachcoder.io.study.status import study_status

    study = load_study(args.dir)
    status = study_status(study, args.dir)
    for p in status.problems:
        err(p)
    if args.json:
        _emit_json(status_dict(status))
    else:
        print(status_text(study, status))
    return EXIT_BAD_INPUT if status.problems else EXIT_OK


def _agreement(args: argparse.Namespace) -> int:
    from attachcoder.commands.study_text import agreement_dict, agreement_text
    from attachcoder.io.study.file import load_study
    from attachcoder.io.study.pairs import agreement_of_study

    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"-o: {args.output.name} must be a workbook ending in .xlsx")
    study = load_study(args.dir)
    agreement, problems = agreement_of_study(study, args.dir)
    for p in problems:
        err(p)
    methods = None
    if args.methods:
        from attachcoder.analysis.agreement.methods import study_methods

        methods = study_methods(study, agreement, markdown=args.methods_format == "md")
    if args.json:
        doc = agreement_dict(agreement, study)
        # why a double-coded video is not among the pairs (a sync conflict, an unreadable
        # file): the lines that name a dyad, never a file (a JSON document gets saved)
        doc["left_out"] = [p for p in problems if p.startswith("dyad ")]
        if methods is not None:
            doc["methods"] = {"format": args.methods_format, "text": methods}
        _emit_json(doc)
    elif methods is not None:
        print(methods)
    else:
        print(agreement_text(agreement))
    if args.output is not None:
        from attachcoder.io.reports.study_workbook import write_study_agreement_workbook

        write_study_agreement_workbook(args.output, agreement, lang=getattr(args, "lang", None))
        err(f"wrote {args.output}")
    return EXIT_BAD_INPUT if problems else EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from attachcoder.io.study.export import export_study
    from attachcoder.io.study.file import load_study

    if args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"-o: {args.output.name} must be a workbook ending in .xlsx")
    step = duration_arg("--step", args.step, positive=True)
    study = load_study(args.dir)
    report = export_study(
        study,
        args.dir,
        args.output,
        csv_dir=args.csv,
        timeseries_dir=args.timeseries,
        step=step,
        lang=getattr(args, "lang", None),
    )
    for line in report.problems:
        err(line)
    for p in report.batch.problems:
        if p.problem not in report.batch.continued:
            err(f"{p.path or p.file}: {p.problem}")
    if report.batch.output is None:
        err("no primary coding is complete yet: nothing to export")
        return EXIT_BAD_INPUT
    print(
        f"{report.primaries} complete primary coding(s) exported to {report.batch.output} "
        f"({report.left_out} not complete yet"
        + (f", {report.conflicts} of them in conflict" if report.conflicts else "")
        + f", {report.pairs} reliability pair(s))"
    )
    for notice in report.batch.continued:
        print(notice)
    if report.timeseries is not None:
        print(f"time series in {report.timeseries}")
    bad = report.problems or not report.batch.ok
    return EXIT_BAD_INPUT if bad else EXIT_OK
