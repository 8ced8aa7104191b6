"""ELAN's time slots: which annotation has which times, resolving the slots without a value.

ELAN lets a child tier (a *Time Subdivision*) leave slots unaligned and proposes their times on
the fly (``TimeProposer`` in ELAN's sources): inside each parent annotation, a run of the child
tier's unaligned slots is spread evenly between the known slots around it, with Java's integer
division. This module does the same, so an imported file shows the times ELAN shows.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from attachcoder.io.interchange.report import ImportReport


@dataclass
class Aligned:
    id: str
    ts1: str
    ts2: str
    value: str


@dataclass
class Tier:
    id: str
    lt: str
    parent: str | None
    aligned: list[Aligned] = field(default_factory=list)
    refs: list[tuple[str, str, str]] = field(default_factory=list)  # (id, ref, value)
    #: the TIER element's other attributes (PARTICIPANT, ANNOTATOR, LANG_REF, …)
    attrs: dict[str, str] = field(default_factory=dict)


def resolve_unaligned(
    tiers: dict[str, Tier], index: dict[str, int], times: dict[str, int], report: ImportReport
) -> None:
    """Give every slot of every aligned annotation a time, in ``times`` (slot id → ms).

    ``index`` is each slot's position in the file's TIME_ORDER, the order ELAN keeps them in.
    Parents are resolved before their children, as a child's run is spread between slots of
    its parent annotation. An annotation whose slot is missing or cannot be resolved is
    removed from its tier and set aside in ``report``.
    """
    for tier in _parents_first(tiers, report):
        kept = []
        for a in tier.aligned:
            missing = [sid for sid in (a.ts1, a.ts2) if sid not in index]
            if missing:
                report.set_aside(
                    f"tier {tier.id!r}, annotation {a.id}", f"time slot {missing[0]!r} is missing"
                )
            else:
                kept.append(a)
        tier.aligned = kept
        if all(a.ts1 in times and a.ts2 in times for a in tier.aligned):
            continue
        parent = tiers.get(tier.parent) if tier.parent else None
        if parent is not None and parent.aligned:
            children = sorted(tier.aligned, key=lambda a: index[a.ts1])
            begins = [index[a.ts1] for a in children]
            for pa in parent.aligned:
                if pa.ts1 not in times or pa.ts2 not in times:
                    continue
                lo, hi = index[pa.ts1], index[pa.ts2]
                slots = {pa.ts1, pa.ts2}
                j = bisect_left(begins, lo)
                while j < len(children) and begins[j] <= hi:
                    if index[children[j].ts2] <= hi:
                        slots.update((children[j].ts1, children[j].ts2))
                    j += 1
                _spread(sorted(slots, key=index.__getitem__), times)
        kept = []
        for a in tier.aligned:
            unknown = [sid for sid in (a.ts1, a.ts2) if sid not in times]
            if unknown:
                report.set_aside(
                    f"tier {tier.id!r}, annotation {a.id}",
                    f"time slot {unknown[0]!r} has no time value and none can be worked out "
                    "from a parent annotation",
                )
            else:
                kept.append(a)
        tier.aligned = kept


def _spread(slots: list[str], times: dict[str, int]) -> None:
    """ELAN's rule: unaligned slots between two known ones get equal shares (whole ms)."""
    last = -1
    for j, sid in enumerate(slots):
        if sid not in times:
            continue
        if last >= 0 and j - last > 1:
            t0, t1 = times[slots[last]], times[sid]
            count = j - last
            step = abs(t1 - t0) // count * (1 if t1 >= t0 else -1)  # Java's long division
            for k in range(1, count):
                times[slots[last + k]] = t0 + k * step
        last = j


def _parents_first(tiers: dict[str, Tier], report: ImportReport) -> list[Tier]:
    """Tiers with each parent before its children; a loop of parents is cut (and said)."""
    out: list[Tier] = []
    state: dict[str, int] = {}

    def visit(t: Tier) -> None:
        state[t.id] = 1
        parent = tiers.get(t.parent) if t.parent else None
        if parent is not None:
            mark = state.get(parent.id)
            if mark == 1:
                report.note(
                    f"tier {t.id!r}: its parent tiers form a loop, so it was read as a top-level "
                    "tier"
                )
                t.parent = None
            elif mark is None:
                visit(parent)
        state[t.id] = 2
        out.append(t)

    for t in tiers.values():
        if t.id not in state:
            visit(t)
    return out
