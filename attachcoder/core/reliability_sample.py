"""Drawing the reliability sample: which videos are double-coded, and by whom.

A pure function of the videos and the seed. Each video's place in the draw is a hash of the
seed and its dyad ID, so the same videos and seed always give the same picks whatever their
order, and a draw after videos were added looks only at the new ones: earlier picks never
change. Enough are picked that at least ceil(fraction × all videos) are double-coded; each
pick goes to the coder (never its primary) with the fewest reliability codings so far, and
picks are then moved from the busiest to the idlest coder while that is allowed.
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
    chosen = sorted(new, key=lambda v: draw_order(seed, v.dyad_id))[:count]
    load = {c: 0 for c in coders}
    for v in videos:
        if v.reliability in load:
            load[v.reliability] += 1
    picks: dict[str, str] = {}
    for v in chosen:
        others = [c for c in coders if c != v.primary]
        # ties go to a coder chosen by the draw too, so no coder is always first in line
        coder = min(others, key=lambda c: (load[c], draw_order(seed, v.dyad_id + "\x00" + c)))
        load[coder] += 1
        picks[v.dyad_id] = coder
    _even_out(picks, {v.dyad_id: v.primary for v in chosen}, load)
    return picks


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
