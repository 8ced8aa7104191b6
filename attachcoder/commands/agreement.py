"""``attachcoder agreement``: two codings, double-coded pairs, or trainees against a reference.

    agreement A B [--unit DUR] [--tolerance DUR] [--align overlap|gseq] [--overlap F]
                  [--point-window DUR] [--onset-tolerance DUR]
                  [--excluded drop-both|drop-either|category] [-o X] [--json]
                  [--methods [--methods-format text|md]]
    agreement --pairs DIR_A DIR_B [-o OUT.xlsx] [--json]
    agreement --reference GOLD TRAINEE... --criterion K [-o OUT.xlsx] [--json]

A readable summary goes to standard output (or one JSON document with ``--json``); warnings and
problems go to standard error. Exit codes: 0 all good, 1 some input was bad or a pair was
refused (the rest still done), 2 the command line itself was wrong.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from attachcoder.commands.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    UsageError,
    err,
    iter_session_files,
)


def add_rule_arguments(parser: argparse.ArgumentParser) -> None:
    """The event alignment and the excluded rule (``agreement``; ``study init`` records them)."""
    from attachcoder.core.study import ALIGNMENTS, EXCLUDED_RULES

    parser.add_argument(
        "--align",
        choices=ALIGNMENTS,
        default="overlap",
        help="event alignment: overlap (Holle & Rein's ≥ 60%% rule, the default) or gseq "
        "(Bakeman, Quera & Gnisci 2009: dynamic programming with an onset tolerance)",
    )
    parser.add_argument(
        "--onset-tolerance",
        default="2s",
        metavar="DUR",
        help="--align gseq: onsets this close may pair (2s)",
    )
    parser.add_argument(
        "--excluded",
        choices=EXCLUDED_RULES,
        default="drop-both",
        help="codes with role excluded (uncodable): drop-both (the default) leaves out time "
        "both codings call excluded, drop-either time either does, category counts it as a code",
    )


def add_method_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--methods",
        action="store_true",
        help="print the reliability paragraph of a methods section (with --json: in the JSON)",
    )
    parser.add_argument(
        "--methods-format",
        choices=("text", "md"),
        default="text",
        help="the paragraph as plain text (the default) or Markdown",
    )


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    """The comparison settings, checked here so a typo is a usage error (exit 2)."""
    from attachcoder.core.timefmt import Duration

    out: dict[str, Any] = {}
    for opt, key in (
        ("--unit", "unit"),
        ("--tolerance", "tolerance"),
        ("--point-window", "point_window"),
        ("--onset-tolerance", "onset_tolerance"),
    ):
        text = getattr(args, key)
        try:
            out[key] = Duration(text)
        except ValueError as exc:
            raise UsageError(f"{opt}: {exc}") from None
    if not out["unit"].in_frames and (out["unit"].ms or 0) <= 0:
        raise UsageError("--unit: the time unit must be longer than zero (e.g. 1s, 250ms or 1f)")
    if out["unit"].in_frames and (out["unit"].frames or 0) <= 0:
        raise UsageError("--unit: the time unit must be at least one frame")
    overlap = args.overlap
    if not (math.isfinite(overlap) and 0 < overlap <= 1):
        raise UsageError(f"--overlap: {overlap:g} must be a share above 0 and at most 1 (e.g. 0.6)")
    out["overlap"] = overlap
    out["align"] = args.align
    out["excluded"] = args.excluded
    return out


def _check_usage(args: argparse.Namespace) -> str:
    """Which form of the command this is; anything inconsistent is a usage error."""
    if args.output is not None and args.output.suffix.lower() != ".xlsx":
        raise UsageError(f"-o: {args.output.name} must be a workbook ending in .xlsx")
    if args.pairs and args.reference:
        raise UsageError("give either --pairs or --reference, not both")
    if args.criterion is not None and not args.reference:
        raise UsageError("--criterion goes with --reference GOLD TRAINEE...")
    if args.methods and (args.pairs or args.reference):
        raise UsageError(
            "--methods writes the paragraph for two codings (A B); for a study's, use "
            "attachcoder study agreement DIR --methods"
        )
    if args.pairs:
        if args.sessions:
            raise UsageError("--pairs takes two folders and no session files")
        return "pairs"
    if args.reference:
        if not args.sessions:
            raise UsageError("--reference GOLD needs at least one trainee's session after it")
        if args.criterion is None:
            raise UsageError("--reference needs --criterion K (e.g. --criterion 0.8)")
        if not (math.isfinite(args.criterion) and -1 <= args.criterion <= 1):
            raise UsageError(f"--criterion: {args.criterion:g} is not a κ between −1 and 1")
        return "reference"
    if len(args.sessions) != 2:
        raise UsageError(
            f"agreement compares two codings (A B); {len(args.sessions)} "
            f"{'was' if len(args.sessions) == 1 else 'were'} given. For many, use --pairs "
            "DIR_A DIR_B or --reference GOLD TRAINEE..."
        )
    return "two"


def run(args: argparse.Namespace) -> int:
    mode = _check_usage(args)
    settings = _settings(args)
    if mode == "pairs":
        return _run_pairs(args, settings)
    if mode == "reference":
        return _run_reference(args, settings)
    return _run_two(args, settings)


def _load(path: Path, problems: list[str]) -> Any:
    """The session, or None after reporting why it could not be read."""
    from attachcoder.io.session.file import SessionFileError, load

    try:
        return load(path)
    except SessionFileError as exc:
        err(str(exc))
        problems.append(f"{path.name}: {exc.place + ': ' if exc.place else ''}{exc.problem}")
        return None


def _emit_json(doc: dict[str, Any]) -> None:
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def _write(writer: Any, path: Path, *a: Any, **kw: Any) -> bool:
    from attachcoder.io.atomic import WriteError

    try:
        writer(path, *a, **kw)
    except WriteError as exc:
        err(str(exc))
        return False
    err(f"wrote {path}")
    return True


def _warn(name: str, warnings: tuple[str, ...]) -> None:
    for w in warnings:
        err(f"{name}: {w}")


# ------------------------------------------------------------------ two codings


def _run_two(args: argparse.Namespace, settings: dict[str, Any]) -> int:
    from attachcoder.analysis.agreement import AgreementError, compare_sessions
    from attachcoder.analysis.agreement.jsonable import report_dict
    from attachcoder.commands.agreement_text import report_text

    path_a, path_b = args.sessions
    problems: list[str] = []
    a, b = _load(path_a, problems), _load(path_b, problems)
    if a is None or b is None:
        return EXIT_BAD_INPUT
    try:
        report = compare_sessions(a, b, **settings)
    except AgreementError as exc:
        err(f"{path_a.name} and {path_b.name} were not compared: {exc}")
        return EXIT_BAD_INPUT
    _warn(f"{path_a.name} vs {path_b.name}", report.warnings)
    methods = None
    if args.methods:
        from attachcoder.analysis.agreement.methods import pair_methods

        methods = pair_methods(report, markdown=args.methods_format == "md")
    if args.json:
        doc = {"file_a": path_a.name, "file_b": path_b.name, **report_dict(report)}
        if methods is not None:
            doc["methods"] = {"format": args.methods_format, "text": methods}
        _emit_json(doc)
    elif methods is not None:
        print(methods)
    else:
        print(report_text(report, path_a.name, path_b.name))
    if args.output is not None:
        from attachcoder.io.reports.agreement_workbook import write_agreement_workbook

        if not _write(
            write_agreement_workbook,
            args.output,
            report,
            name_a=path_a.name,
            name_b=path_b.name,
            lang=getattr(args, "lang", None),
        ):
            return EXIT_BAD_INPUT
    return EXIT_OK


# ------------------------------------------------------------------ pairs


def _folder(path: Path, problems: list[str]) -> list[Any]:
    from attachcoder.analysis.agreement.pairs import Named

    if not path.is_dir():
        err(f"{path} is not a folder; --pairs takes the two coders' folders")
        problems.append(f"{path.name}: not a folder")
        return []
    files = iter_session_files([path])
    if not files:
        err(f"{path}: no .acs session files in this folder")
    out = []
    for f in files:
        s = _load(f, problems)
        if s is not None:
            out.append(Named(f.name, s))  # reports name files, never folders
    return out


def _run_pairs(args: argparse.Namespace, settings: dict[str, Any]) -> int:
    from attachcoder.analysis.agreement.pairs import summarise_pairs
    from attachcoder.analysis.tallies import headline_measures
    from attachcoder.commands.agreement_text import pairs_text

    dir_a, dir_b = args.pairs
    problems: list[str] = []
    side_a, side_b = _folder(dir_a, problems), _folder(dir_b, problems)
    summary = summarise_pairs(side_a, side_b, measures=headline_measures, **settings)
    for row in summary.rows:
        label = f"{row.a.name} vs {row.b.name}"
        if row.problem:
            err(f"{label} were not compared: {row.problem}")
            problems.append(f"{label}: {row.problem}")
        elif row.report is not None:
            _warn(label, row.report.warnings)
    for u in summary.unpaired:
        err(f"unpaired ({u.side}): {u.name}: {u.reason}")
    if args.json:
        _emit_json(_pairs_dict(summary, problems))
    else:
        print(pairs_text(summary))
    ok = True
    if args.output is not None:
        from attachcoder.io.reports.agreement_workbook import write_pairs_workbook

        ok = _write(write_pairs_workbook, args.output, summary, lang=getattr(args, "lang", None))
    return EXIT_BAD_INPUT if problems or not ok else EXIT_OK


def _pairs_dict(summary: Any, problems: list[str]) -> dict[str, Any]:
    from attachcoder.analysis.agreement.jsonable import settings_dict

    return {
        "pairs": [
            {
                "dyad_id": r.dyad_id,
                "session_date": r.session_date,
                "file_a": r.a.name,
                "file_b": r.b.name,
                "coder_a": r.a.session.metadata.coder_id,
                "coder_b": r.b.session.metadata.coder_id,
                "figures": r.figures,
                "kappa_ci": _pair_cis(r),
                "settings": None if r.report is None else settings_dict(r.report),
                "measures_a": r.measures_a,
                "measures_b": r.measures_b,
                "problem": r.problem,
            }
            for r in summary.rows
        ],
        "settings": summary.settings.kwargs(),
        "columns": list(summary.columns),
        "mean": summary.mean,
        "minimum": summary.minimum,
        "maximum": summary.maximum,
        "undefined": summary.undefined,
        "undefined_note": UNDEFINED_NOTE,
        "icc": [icc_dict(m) for m in summary.icc],
        "unpaired": [
            {"folder": u.side, "file": u.name, "reason": u.reason} for u in summary.unpaired
        ],
        "problems": problems,
    }


UNDEFINED_NOTE = (
    "a pair whose κ is undefined (nothing to compare, or one category throughout) is left "
    "out of the mean, minimum and maximum of that column"
)


def icc_dict(m: Any) -> dict[str, Any]:
    from attachcoder.analysis.agreement.icc import icc_band

    return {
        "measure": m.measure,
        "n": m.n,
        "icc": m.icc,
        "band": icc_band(m.icc),
        "ci_low": m.ci_low,
        "ci_high": m.ci_high,
        "mean_a": m.mean_a,
        "mean_b": m.mean_b,
    }


def _pair_cis(row: Any) -> dict[str, Any]:
    """Each layer's κ's SE and CI (time units and events) of one pair."""
    if row.report is None:
        return {}
    out: dict[str, Any] = {}
    for la in row.report.layers:
        for basis, s in (("time_units", la.time_units.stats), ("events", la.events.stats)):
            out[f"{la.layer}.{basis}"] = {"se": s.se, "ci_low": s.ci_low, "ci_high": s.ci_high}
    return out


# ------------------------------------------------------------------ training to criterion


def _run_reference(args: argparse.Namespace, settings: dict[str, Any]) -> int:
    from attachcoder.analysis.agreement import AgreementError, compare_sessions
    from attachcoder.analysis.agreement.criterion import judge
    from attachcoder.analysis.agreement.jsonable import per_code_list, report_dict
    from attachcoder.commands.agreement_text import reference_text

    problems: list[str] = []
    gold_path: Path = args.reference
    gold = _load(gold_path, problems)
    if gold is None:
        return EXIT_BAD_INPUT
    results = []
    for path in args.sessions:
        trainee = _load(path, problems)
        if trainee is None:
            continue
        try:
            report = compare_sessions(gold, trainee, **settings)
        except AgreementError as exc:
            err(f"{path.name} was not compared with the reference: {exc}")
            problems.append(f"{path.name}: {exc}")
            continue
        _warn(f"{path.name} vs the reference", report.warnings)
        results.append(judge(path.name, report, args.criterion))
    if args.json:
        _emit_json(
            {
                "reference": gold_path.name,
                "criterion": args.criterion,
                "trainees": [
                    {
                        "file": r.name,
                        "layer": r.layer,
                        "kappa": r.kappa,
                        "band": r.band,
                        "passed": r.passed,
                        "pulled_down": per_code_list(r.pulled_down),
                        "report": report_dict(r.report),
                    }
                    for r in results
                ],
                "problems": problems,
            }
        )
    elif results:
        print(reference_text(gold_path.name, results, args.criterion))
    ok = True
    if args.output is not None and results:
        from attachcoder.io.reports.agreement_workbook import write_reference_workbook

        ok = _write(
            write_reference_workbook,
            args.output,
            gold_path.name,
            results,
            lang=getattr(args, "lang", None),
        )
    return EXIT_BAD_INPUT if problems or not ok else EXIT_OK
