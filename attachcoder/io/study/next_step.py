"""What comes next in a study, for the coder who said who they are and for the study itself.

The dashboard shows these two sentences above its table, so a coder new to the study is led
through it: choose who you are → open your codings → mark each complete → draw the reliability
sample → Agreement… → Export…. Read from the status alone (no file is opened here). The
sentences speak the window's language (``translate("study", …)``).
"""

from __future__ import annotations

from attachcoder.core.records import STATUS_COMPLETE, STATUS_IN_PROGRESS
from attachcoder.core.study import NOT_STARTED, Study
from attachcoder.io.installed.translations import translate
from attachcoder.io.study.status import CONFLICT, StudyStatus


def _dyads(names: list[str], limit: int = 3) -> str:
    shown = ", ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return translate("study", "{0} and {1} more").format(shown, len(names) - limit)


def next_for_coder(status: StudyStatus, coder: str) -> str:
    if not coder:
        return translate("study", "Choose who you are (You are: …) to see your codings.")
    mine = [(vs.video.dyad_id, c) for vs in status.videos if (c := vs.coding_of(coder))]
    if not mine:
        return translate("study", "{0} has no coding assigned yet.").format(coder)
    by = {s: [d for d, c in mine if c.status == s] for s in
          (CONFLICT, STATUS_IN_PROGRESS, NOT_STARTED, STATUS_COMPLETE)}  # fmt: skip
    if by[CONFLICT]:
        return translate(
            "study",
            "Resolve the conflict of {0}: double-click it to compare the two copies and keep one.",
        ).format(_dyads(by[CONFLICT]))
    if by[STATUS_IN_PROGRESS]:
        return translate(
            "study",
            "Go on with {0} (double-click); when a coding is done, Session → Mark coding complete.",
        ).format(_dyads(by[STATUS_IN_PROGRESS]))
    if by[NOT_STARTED]:
        return translate("study", "Open your next coding: {0} (double-click it).").format(
            by[NOT_STARTED][0]
        )
    return translate("study", "All {0} of your codings are complete.").format(len(mine))


def next_for_study(study: Study, status: StudyStatus) -> str:
    if not study.videos:
        return translate("study", "Add the study's videos (Add videos…).")
    undrawn = sum(1 for v in study.videos if not v.considered)
    if undrawn:
        return translate(
            "study",
            "Draw the reliability sample (Draw reliability sample…): {0} video(s) not yet "
            "considered.",
        ).format(undrawn)
    conflicts = sum(1 for vs in status.videos for c in vs.codings() if c.status == CONFLICT)
    if conflicts:
        return translate(
            "study", "{0} coding(s) in conflict: they are in no export until resolved."
        ).format(conflicts)
    pairs = sum(
        1
        for vs in status.videos
        if vs.reliability is not None
        and vs.primary.status == STATUS_COMPLETE
        and vs.reliability.status == STATUS_COMPLETE
    )
    done = sum(1 for vs in status.videos if vs.primary.status == STATUS_COMPLETE)
    if done == len(status.videos):
        return translate(
            "study", "Every primary coding is complete: Agreement… ({0} pair(s)), then Export…."
        ).format(pairs)
    if pairs:
        return translate(
            "study",
            "{0} of {1} primary codings complete; {2} double-coded pair(s) can be compared now "
            "(Agreement…).",
        ).format(done, len(status.videos), pairs)
    return translate(
        "study",
        "{0} of {1} primary codings complete; agreement needs a double-coded video whose two "
        "codings are complete.",
    ).format(done, len(status.videos))
