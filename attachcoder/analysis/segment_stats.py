"""The raw counts behind every measure, gathered per segment and added up over segments.

A phase's figures are the sum of its segments, and the whole session's the sum of all
segments (DOMAIN.md), so this module keeps additive raw material — lists of durations, counts,
outcome tallies — and :mod:`attachcoder.analysis.tallies` turns the sums into measures.
Everything here is one linear pass over a segment's pieces.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from attachcoder.analysis.segments import Piece, Segment, uncoded_gaps
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Layer

#: Uncoded gaps longer than this are listed (DOMAIN.md, Coverage).
GAP_MS = 1000


@dataclass
class LayerStats:
    """One state layer in one segment (or a sum of segments)."""

    durations: dict[str, list[int]] = field(default_factory=dict)  # code -> clipped durations
    covered_ms: int = 0
    excluded_ms: int = 0
    gaps_ms: list[int] = field(default_factory=list)  # uncoded gaps longer than GAP_MS

    def add(self, other: LayerStats) -> None:
        for code, ds in other.durations.items():
            self.durations.setdefault(code, []).extend(ds)
        self.covered_ms += other.covered_ms
        self.excluded_ms += other.excluded_ms
        self.gaps_ms.extend(other.gaps_ms)

    @property
    def codable_ms(self) -> int:
        return self.covered_ms - self.excluded_ms


@dataclass
class ChainStats:
    """Ruptures, repair attempts and transitions on the interaction layer."""

    repaired: int = 0
    not_repaired: int = 0
    unresolved: int = 0
    time_to_repair_ms: list[int] = field(default_factory=list)
    attempts: int = 0
    successful: int = 0
    #: attempts cut off by the end of their segment (censored, like unresolved ruptures)
    attempts_unresolved: int = 0
    modifiers: Counter[tuple[str, str]] = field(default_factory=Counter)  # (name, value) -> n
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (i, j) -> n

    def add(self, other: ChainStats) -> None:
        self.repaired += other.repaired
        self.not_repaired += other.not_repaired
        self.unresolved += other.unresolved
        self.time_to_repair_ms.extend(other.time_to_repair_ms)
        self.attempts += other.attempts
        self.successful += other.successful
        self.attempts_unresolved += other.attempts_unresolved
        self.modifiers.update(other.modifiers)
        self.transitions.update(other.transitions)

    @property
    def ruptures(self) -> int:
        return self.repaired + self.not_repaired + self.unresolved


@dataclass
class GroupStats:
    """The raw material of one segment, or the sum over a group of segments."""

    duration_ms: int = 0
    segments: int = 0
    states: dict[str, LayerStats] = field(default_factory=dict)
    points: dict[str, Counter[str]] = field(default_factory=dict)
    chain: ChainStats = field(default_factory=ChainStats)

    def add(self, other: GroupStats) -> None:
        self.duration_ms += other.duration_ms
        self.segments += other.segments
        for name, st in other.states.items():
            self.states.setdefault(name, LayerStats()).add(st)
        for name, counts in other.points.items():
            self.points.setdefault(name, Counter()).update(counts)
        self.chain.add(other.chain)


def layer_stats(layer: Layer, pieces: list[Piece], seg: Segment) -> LayerStats:
    st = LayerStats(durations={c.name: [] for c in layer.codes})
    excluded = {c.name for c in layer.codes if c.role == "excluded"}
    for p in pieces:
        d = p.duration_ms
        st.durations[p.code].append(d)
        st.covered_ms += d
        if p.code in excluded:
            st.excluded_ms += d
    gaps = uncoded_gaps(pieces, seg.start_ms, seg.end_ms)
    st.gaps_ms = [b - a for a, b in gaps if b - a > GAP_MS]
    return st


def chain_stats(layer: Layer, pieces: list[Piece]) -> ChainStats:
    """Ruptures, repair attempts and lag-1 transitions inside one segment.

    Linear: one backward pass finds, for each piece, the next attuned-or-misattuned piece and
    the next codable piece; one forward pass classifies.
    """
    role = {c.name: c.role for c in layer.codes}
    roles = [role.get(p.code) for p in pieces]
    n = len(pieces)
    next_decisive = [n] * (n + 1)  # next index whose role is attuned or misattuned
    next_codable = [n] * (n + 1)  # next index whose role is not excluded
    for i in range(n - 1, -1, -1):
        r = roles[i]
        next_decisive[i] = i if r in ("attuned", "misattuned") else next_decisive[i + 1]
        next_codable[i] = i if r != "excluded" else next_codable[i + 1]
    ch = ChainStats()
    for i, p in enumerate(pieces):
        r = roles[i]
        if r == "misattuned":
            j = next_decisive[i + 1]
            if j == n:
                ch.unresolved += 1
            elif roles[j] == "attuned":
                ch.repaired += 1
                ch.time_to_repair_ms.append(pieces[j].onset_ms - p.onset_ms)
            else:
                ch.not_repaired += 1
        elif r == "repair":
            ch.attempts += 1
            j = next_codable[i + 1]
            if j == n:
                ch.attempts_unresolved += 1  # the segment ended first: says nothing either way
            elif roles[j] == "attuned":
                ch.successful += 1
            for name, value in p.episode.modifiers.items():
                if value not in ("", None):
                    ch.modifiers[(name, value)] += 1
        if i + 1 < n:
            q = pieces[i + 1]
            if q.onset_ms == p.offset_ms and r != "excluded" and roles[i + 1] != "excluded":
                ch.transitions[(p.code, q.code)] += 1
    return ch


def segment_stats(
    seg: Segment,
    state_layers: list[Layer],
    states: dict[str, list[Piece]],
    points: dict[str, list[Episode]],
    interaction: Layer | None,
) -> GroupStats:
    g = GroupStats(duration_ms=seg.duration_ms, segments=1)
    for layer in state_layers:
        g.states[layer.name] = layer_stats(layer, states[layer.name], seg)
    for name, eps in points.items():
        g.points[name] = Counter(e.code for e in eps)
    if interaction is not None:
        g.chain = chain_stats(interaction, states[interaction.name])
    return g
