"""What comes next in a study, for the coder who said who they are and for the study itself.

The dashboard shows these two sentences above its table, so a coder new to the study is led
through it: choose who you are → open your codings → mark each complete → draw the reliability
sample → Agreement… → Export…. Read from the status alone (no file is opened here).
"""

from __future__ import annotations

from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.study import NOT_STARTED, Study
from attachcoder.io.study.status import CONFLICT, StudyStatus


def _dyads(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")


def next_for_coder(status: StudyStatus, coder: str) -> str:
    if not coder:
        return "Choose who you are (You are: …) to see your codings."
    mine = [(vs.video.dyad_id, c) for vs in status.videos if (c := vs.coding_of(coder))]
    if not mine:
        return f"{coder} has no coding assigned yet."
    by = {s: [d for d, c in mine if c.status == s] for s in
          (CONFLICT, STATUS_IN_PROGRESS, NOT_STARTED, STATUS_COMPLETE)}  # fmt: skip
    if by[CONFLICT]:
        return (
            f"Resolve the conflict of {_dyads(by[CONFLICT])}: double-click it to compare the two "
            "copies and keep one."
        )
    if by[STATUS_IN_PROGRESS]:
        return (
            f"Go on with {_dyads(by[STATUS_IN_PROGRESS])} (double-click); when a coding is done, "
            "Session → Mark coding complete."
        )
    if by[NOT_STARTED]:
        return f"Open your next coding: {by[NOT_STARTED][0]} (double-click it)."
    return f"All {len(mine)} of your codings are complete."


def next_for_study(study: Study, status: StudyStatus) -> str:
    if not study.videos:
        return "Add the study's videos (Add videos…)."
    undrawn = sum(1 for v in study.videos if not v.considered)
    if undrawn:
        return (
            f"Draw the reliability sample (Draw reliability sample…): {undrawn} video(s) not "
            "yet considered."
        )
    conflicts = sum(1 for vs in status.videos for c in vs.codings() if c.status == CONFLICT)
    if conflicts:
        return f"{conflicts} coding(s) in conflict: they are in no export until resolved."
    pairs = sum(
        1
        for vs in status.videos
        if vs.reliability is not None
        and vs.primary.status == STATUS_COMPLETE
        and vs.reliability.status == STATUS_COMPLETE
    )
    done = sum(1 for vs in status.videos if vs.primary.status == STATUS_COMPLETE)
    if done == len(status.videos):
        return f"Every primary coding is complete: Agreement… ({pairs} pair(s)), then Export…."
    said = f"{done} of {len(status.videos)} primary codings complete"
    if pairs:
        return f"{said}; {pairs} double-coded pair(s) can be compared now (Agreement…)."
    return f"{said}; agreement needs a double-coded video whose two codings are complete."
