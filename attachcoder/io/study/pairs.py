"""The double-coded videos of a study whose two codings are both complete, compared.

Only those pairs are read whole (the status is read from the files' metadata first); each is
compared with the study's agreement settings (unit, tolerance, alignment, excluded rule) on
every layer by the program's one agreement code
(:func:`attachcoder.analysis.study_agreement.compare_pair`).
"""

from __future__ import annotations

import os
from pathlib import Path

from attachcoder.analysis.study_agreement import (
    StudyAgreement,
    StudyPair,
    compare_pair,
    study_agreement,
)
from attachcoder.core.records import STATUS_COMPLETE
from attachcoder.core.scheme import Scheme
from attachcoder.core.scheme_align import aligned_session
from attachcoder.core.study import Study
from attachcoder.io.session.file import SessionFileError, load, load_scheme
from attachcoder.io.study.status import CONFLICT, StudyStatus, study_status


def complete_pairs(
    study: Study, folder: str | os.PathLike[str], status: StudyStatus | None = None
) -> tuple[list[StudyPair], list[str]]:
    """(compared pairs, problems): a pair whose file cannot be read is a problem, not a stop."""
    root = Path(folder)
    status = status or study_status(study, root)
    pairs: list[StudyPair] = []
    problems: list[str] = []
    try:
        scheme: Scheme | None = load_scheme(root / study.scheme)
    except (SessionFileError, OSError):
        scheme = None  # each pair is then read in its primary coding's words
    for vs in status.videos:
        rel = vs.reliability
        if rel is not None and CONFLICT in (vs.primary.status, rel.status):
            problems.append(
                f"dyad {vs.video.dyad_id}: left out of agreement until its conflict is resolved"
            )
            continue
        if rel is None or vs.primary.status != STATUS_COMPLETE or rel.status != STATUS_COMPLETE:
            continue
        if vs.primary.problem or rel.problem:
            problems.append(
                f"dyad {vs.video.dyad_id}: left out of agreement: "
                + "; ".join(p for p in (vs.primary.problem, rel.problem) if p)
            )
            continue
        try:
            a, b = load(vs.primary.path), load(rel.path)
        except SessionFileError as exc:
            problems.append(str(exc))
            continue
        if scheme is not None:  # codings in several languages pool under the study's names
            a, b = aligned_session(a, scheme), aligned_session(b, scheme)
        plan = study.reliability
        pair = compare_pair(a, b, **plan.agreement_options())
        if pair.refused:
            problems.append(f"dyad {vs.video.dyad_id}: not compared: {pair.refused}")
        pairs.append(pair)
    return pairs, problems


def agreement_of_study(
    study: Study, folder: str | os.PathLike[str], status: StudyStatus | None = None
) -> tuple[StudyAgreement, list[str]]:
    from attachcoder.analysis.agreement.settings import AgreementSettings

    pairs, problems = complete_pairs(study, folder, status)
    plan = study.reliability
    settings = AgreementSettings(**plan.agreement_options())
    agreement = study_agreement(
        pairs, study.coders, plan.criterion, seed=plan.seed, settings=settings
    )
    return agreement, problems
