"""Drawing the reliability sample: which videos are double-coded, and by whom.

A pure function of the videos and the seed. Each video's place in the draw is a hash of the
seed and its dyad ID, so the same videos and seed always give the same picks whatever their
order, and a draw after videos were added looks only at the new ones: earlier picks never
change. Enough are picked that at least ceil(fraction × all videos) are double-coded; each
pick goes to the coder (never its primary) with the fewest reliability codings so far. A
video whose pick would put its coder two double-codings ahead of another (with two coders,
whoever is not its primary must take it) waits while the draw has other videos to offer, so
the load stays even — no coder more than one double-coding above another whenever the videos
allow it; picks are then moved from the busiest to the idlest coder while that is allowed.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence

from attachcoder.core.study import StudyError, StudyVideo


def draw_order(seed: int, dyad_id: str) -> str:
    """The video's place in the draw: a hash, so it depends on nothing but seed and dyad."""
    return hashlib.sha256(f"{seed}\x00{dyad_id}".encode()).hexdigest()


def draw_sample(
    videos: Sequence[StudyVideo], coders: Sequence[str], fraction: float, seed: int
) -> dict[str, str]:
    """The new picks, as dyad ID → reliability coder, among the videos not yet ``considered``.

    Raises :class:`StudyError` when a pick could not be given to anyone (a single coder).
    """
    if not 0 <= fraction <= 1:
        raise StudyError([f"the reliability fraction {fraction:g} is not in 0…1"])
    new = [v for v in videos if not v.considered and v.reliability is None]
    already = sum(1 for v in videos if v.reliability is not None)
    wanted = math.ceil(fraction * len(videos) - 1e-9) - already
    count = max(0, min(len(new), wanted))
    if count and len(coders) < 2:
        raise StudyError(["double-coding needs at least two coders in the study"])
    load = {c: 0 for c in coders}
    for v in videos:
        if v.reliability in load:
            load[v.reliability] += 1
    picks: dict[str, str] = {}
    primary: dict[str, str] = {}
    deferred: list[StudyVideo] = []

    def _spread_after(v: StudyVideo) -> int:
        coder = _idlest(v, coders, load, seed)
        after = [n + (c == coder) for c, n in load.items()]
        return max(after) - min(after)

    for v in sorted(new, key=lambda v: draw_order(seed, v.dyad_id)):
        if len(picks) == count:
            break
        coder = _idlest(v, coders, load, seed)
        if load[coder] + 1 - min(load.values()) > 1:
            deferred.append(v)  # it would put its coder two ahead: later, if still needed
            continue
        picks[v.dyad_id] = coder
        primary[v.dyad_id] = v.primary
        load[coder] += 1
    while len(picks) < count and deferred:
        # the earliest waiting video whose pick leaves the load most even
        i = min(range(len(deferred)), key=lambda i: (_spread_after(deferred[i]), i))
        v = deferred.pop(i)
        coder = _idlest(v, coders, load, seed)
        picks[v.dyad_id] = coder
        primary[v.dyad_id] = v.primary
        load[coder] += 1
    _even_out(picks, primary, load)
    return picks


def _idlest(v: StudyVideo, coders: Sequence[str], load: dict[str, int], seed: int) -> str:
    """The coder with the fewest reliability codings who is not the video's primary; ties go to
    a coder chosen by the draw too, so no coder is always first in line."""
    others = [c for c in coders if c != v.primary]
    return min(others, key=lambda c: (load[c], draw_order(seed, v.dyad_id + "\x00" + c)))


def _even_out(picks: dict[str, str], primary: dict[str, str], load: dict[str, int]) -> None:
    """Move new picks from the busiest coder to the idlest while that is allowed (the idlest
    is not the video's primary): greedy order alone can leave a coder two behind."""
    for _ in range(len(picks) * len(load) + 1):
        low = min(load, key=lambda c: load[c])
        high = max(load, key=lambda c: load[c])
        if load[high] - load[low] <= 1:
            return
        movable = next((d for d, c in picks.items() if c == high and primary[d] != low), None)
        if movable is None:
            return
        picks[movable] = low
        load[high] -= 1
        load[low] += 1


def describe_picks(
    picks: dict[str, str], videos: Sequence[StudyVideo], coders: Sequence[str]
) -> str:
    """What a draw did, per coder: the videos each now double-codes and each coder's load.

    ``videos`` are the study's videos after the draw. Said the same by ``study sample`` and
    the dashboard, so a coder reads their own line, not a list of dyad: coder pairs.
    """
    if not picks:
        return "No new video was picked; the sample is unchanged."
    lines = []
    for coder in coders:
        mine = [d for d, c in picks.items() if c == coder]
        if mine:
            lines.append(f"{coder} now double-codes {len(mine)} video(s): {', '.join(mine)}")
    lines.append("")
    for coder in coders:
        primary = sum(1 for v in videos if v.primary == coder)
        reliability = sum(1 for v in videos if v.reliability == coder)
        lines.append(
            f"{coder}: {primary} primary + {reliability} double-coding = "
            f"{primary + reliability} coding(s)"
        )
    return "\n".join(lines)
