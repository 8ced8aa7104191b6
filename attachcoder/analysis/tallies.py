"""The tidy measures table: every number a workbook, a CSV or the window shows about a session.

One function, :func:`analyse`, computes the measures of DOMAIN.md per phase and for the whole
session, and returns them as ONE long table (columns in CLI.md). Every sheet, CSV and window
figure is read from that table, so they can never disagree. Codes are found by role, never by
name; the whole session is the sum of its segments (see :mod:`attachcoder.analysis.segments`).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from attachcoder.analysis.segment_stats import (
    GAP_MS,
    GroupStats,
    LayerStats,
    segment_stats,
)
from attachcoder.analysis.segments import Cut, cut_session, uncoded_gaps
from attachcoder.core.observed import left_out_sentence, running_label
from attachcoder.core.scheme import PHASE_ROLES, Layer, Scheme
from attachcoder.core.session import Session
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    import pandas as pd

TIDY_COLUMNS = [
    "session_key",
    "dyad_id",
    "coder_id",
    "session_date",
    "phase",
    "layer",
    "code",
    "to_code",
    "measure",
    "value",
    "unit",
]

#: The phase label of whole-session rows, and of time outside every phase.
ALL = "all"
NO_PHASE = "(no phase)"

#: Headline measures: the key other modules use → the tidy table's measure name.
HEADLINE: dict[str, str] = {
    "proportion_attuned": "proportion_attuned",
    "proportion_misattuned": "proportion_misattuned",
    "proportion_repair": "proportion_repair",
    "ruptures": "ruptures",
    "proportion_repaired": "proportion_repaired",
    "median_time_to_repair_s": "time_to_repair_median",
}

_NAN = math.nan
_ROLE_PROPORTIONS = (
    ("attuned", "proportion_attuned"),
    ("misattuned", "proportion_misattuned"),
    ("repair", "proportion_repair"),
)
_RUPTURE_MEASURES = (
    ("ruptures", "count"),
    ("ruptures_repaired", "count"),
    ("ruptures_not_repaired", "count"),
    ("ruptures_unresolved", "count"),
    ("proportion_repaired", "proportion"),
    ("time_to_repair_mean", "s"),
    ("time_to_repair_median", "s"),
    ("time_to_repair_n", "count"),
)
_EFFECT_PREFIXES = ("still_face_effect_", "reunion_carryover_")
_UNITS = {m: u for m, u in _RUPTURE_MEASURES} | {m: "proportion" for _, m in _ROLE_PROPORTIONS}


@dataclass
class Tallies:
    """The measures of one session, with what the Summary sheet says beside them."""

    table: pd.DataFrame
    notes: list[str] = field(default_factory=list)
    #: the notes a batch lists under Problems: states closed at the end, measures left empty
    warnings: list[str] = field(default_factory=list)
    #: uncoded gaps longer than 1 s on the whole timeline: (layer, start_ms, end_ms)
    gaps: list[tuple[str, int, int]] = field(default_factory=list)
    #: phase labels present, in scheme order (``all`` not included)
    phases: list[str] = field(default_factory=list)
    crossing: int = 0
    #: where the figures end: how far the coding was observed (the media's end when unknown)
    end_ms: int = 0
    #: the media's end (the live clock's without media)
    media_end_ms: int = 0
    #: ``metadata.observed_to_ms`` as the file says it (None: not recorded)
    observed_to_ms: int | None = None
    #: states still running that no figure counts (no observed end): (layer, code, onset_ms)
    left_out: list[tuple[str, str, int]] = field(default_factory=list)
    #: what every output says about each of them (also among ``warnings``)
    left_out_notes: list[str] = field(default_factory=list)
    interaction_layer: str | None = None

    def observed_text(self) -> str:
        """``observed to 00:01:00.000 of 00:04:00.000 (25 %)`` (the Summary's words)."""
        return observed_text(self.end_ms, self.media_end_ms, self.observed_to_ms)


def observed_text(end_ms: int, media_end_ms: int, observed_to_ms: int | None) -> str:
    """How far a coding was observed, for people."""
    if observed_to_ms is None:
        # short: it stands left of the Summary's chart (an older file or an import says none)
        return f"not recorded: the whole media ({format_ms(media_end_ms)})"
    share = f" ({end_ms / media_end_ms:.0%})".replace("%", " %") if media_end_ms > 0 else ""
    return f"observed to {format_ms(end_ms)} of {format_ms(media_end_ms)}{share}"


def interaction_layer(scheme: Scheme) -> Layer | None:
    """The layer with role ``interaction``; failing that, the first state layer with role codes."""
    layer = scheme.layer_with_role("interaction")
    if layer is not None and layer.is_state:
        return layer
    for la in scheme.layers:
        roles = {c.role for c in la.codes}
        if la.is_state and la.role != "phase" and roles & {"attuned", "misattuned", "repair"}:
            return la
    return None


def _s(ms: float) -> float:
    return ms / 1000


def _ratio(a: float, b: float) -> float:
    return a / b if b else _NAN


class _Rows:
    """Rows of the tidy table without the session columns (added once, at the end)."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, float, str]] = []

    def add(
        self,
        phase: str,
        layer: str,
        code: str,
        measure: str,
        value: float | None,
        unit: str,
        to_code: str = "",
    ) -> None:
        self.rows.append(
            (phase, layer, code, to_code, measure, _NAN if value is None else float(value), unit)
        )


class _Context:
    def __init__(self, session: Session, cut: Cut) -> None:
        scheme = session.scheme
        self.session = session
        self.cut = cut
        self.phase_layer = cut.phase_layer
        self.interaction = interaction_layer(scheme)
        self.state_layers = [la for la in scheme.layers if la.is_state]
        self.point_layers = [la for la in scheme.layers if not la.is_state]
        ia = self.interaction
        self.role_codes: dict[str, list[str]] = {
            r: [c.name for c in ia.codes if c.role == r] if ia else []
            for r in ("attuned", "misattuned", "repair", "excluded")
        }
        self.has_ruptures = bool(self.role_codes["attuned"] and self.role_codes["misattuned"])
        self.has_repairs = bool(self.role_codes["attuned"] and self.role_codes["repair"])

    def role_label(self, role: str) -> str:
        return "+".join(self.role_codes[role])


def _layer_rows(rows: _Rows, phase: str, layer: Layer, st: LayerStats, duration_ms: int) -> None:
    name = layer.name
    covered = st.covered_ms
    t = st.codable_ms
    rows.add(phase, name, "", "covered_time", _s(covered), "s")
    rows.add(phase, name, "", "uncoded_time", _s(duration_ms - covered), "s")
    rows.add(phase, name, "", "coverage", _ratio(covered, duration_ms), "proportion")
    rows.add(phase, name, "", "uncoded_gaps", len(st.gaps_ms), "count")
    rows.add(phase, name, "", "uncoded_gap_time", _s(sum(st.gaps_ms)), "s")
    rows.add(phase, name, "", "codable_time", _s(t), "s")
    rows.add(phase, name, "", "uncodable_time", _s(st.excluded_ms), "s")
    per_min = t / 60_000
    for code in layer.codes:
        ds = st.durations.get(code.name, [])
        n, total = len(ds), sum(ds)
        rows.add(phase, name, code.name, "count", n, "count")
        rows.add(phase, name, code.name, "total_duration", _s(total), "s")
        if code.role == "excluded":
            continue
        rows.add(phase, name, code.name, "proportion", _ratio(total, t), "proportion")
        rows.add(phase, name, code.name, "mean_duration", _s(total / n) if n else None, "s")
        median = _s(statistics.median(ds)) if n else None
        rows.add(phase, name, code.name, "median_duration", median, "s")
        rows.add(phase, name, code.name, "rate_per_min", _ratio(n, per_min), "per_min")


def _interaction_rows(rows: _Rows, phase: str, ctx: _Context, g: GroupStats) -> None:
    ia = ctx.interaction
    layer = ia.name if ia else ""
    st = g.states.get(layer) if ia else None
    for role, measure in _ROLE_PROPORTIONS:
        value = None
        if st is not None and ctx.role_codes[role]:
            value = _ratio(sum(sum(st.durations[c]) for c in ctx.role_codes[role]), st.codable_ms)
        rows.add(phase, layer, ctx.role_label(role), measure, value, "proportion")
    ch = g.chain
    if ctx.has_ruptures:
        ttr = ch.time_to_repair_ms
        values: list[float | None] = [
            ch.ruptures,
            ch.repaired,
            ch.not_repaired,
            ch.unresolved,
            _ratio(ch.repaired, ch.ruptures - ch.unresolved),
            _s(statistics.fmean(ttr)) if ttr else None,
            _s(statistics.median(ttr)) if ttr else None,
            len(ttr),
        ]
    else:
        values = [None] * len(_RUPTURE_MEASURES)
    label = ctx.role_label("misattuned")
    for (measure, unit), value in zip(_RUPTURE_MEASURES, values, strict=True):
        rows.add(phase, layer, label, measure, value, unit)
    if ia is None:
        return
    label = ctx.role_label("repair")
    ok = ctx.has_repairs
    rows.add(phase, layer, label, "repair_attempts", ch.attempts if ok else None, "count")
    rows.add(
        phase, layer, label, "repair_attempts_successful", ch.successful if ok else None, "count"
    )
    rows.add(
        phase,
        layer,
        label,
        "repair_attempts_unresolved",
        ch.attempts_unresolved if ok else None,
        "count",
    )
    rows.add(
        phase,
        layer,
        label,
        "proportion_repair_successful",
        _ratio(ch.successful, ch.attempts - ch.attempts_unresolved) if ok else None,
        "proportion",
    )
    specs: dict[str, list[str]] = {}
    for code in ia.codes:
        if code.role == "repair":
            for m in code.modifiers:
                vals = specs.setdefault(m.name, [])
                vals.extend(v for v in m.values if v not in vals)
    for mod, vals in specs.items():
        coded = 0
        for v in vals:
            n = ch.modifiers.get((mod, v), 0)
            coded += n
            rows.add(phase, layer, label, f"repair_attempts_{mod}_{v}", n, "count")
        rows.add(
            phase, layer, label, f"repair_attempts_{mod}_not_coded", ch.attempts - coded, "count"
        )
    codes = [c.name for c in ia.codes if c.role != "excluded"]
    out = {i: sum(ch.transitions.get((i, j), 0) for j in codes) for i in codes}
    into = {j: sum(ch.transitions.get((i, j), 0) for i in codes) for j in codes}
    total = sum(out.values())
    for i in codes:
        for j in codes:
            a = ch.transitions.get((i, j), 0)
            rows.add(phase, layer, i, "transitions", a, "count", j)
            rows.add(phase, layer, i, "transition_probability", _ratio(a, out[i]), "proportion", j)
            rows.add(phase, layer, i, "yules_q", yules_q(a, out[i], into[j], total), "Q", j)


#: Yule's Q from a 2×2 table with a cell under this count is too unstable to read as a finding
#: (Bakeman & Quera 2011, Sequential Analysis and Observational Methods, ch. 9): the workbook
#: greys it and says why.
YULES_Q_MIN_CELL = 5


def yules_q_table(n_ij: int, n_i: int, n_j: int, n: int) -> tuple[int, int, int, int]:
    """The 2×2 table of i → j: a = i then j, b = i then not j, c = not i then j, d = neither."""
    a = n_ij
    b = n_i - a
    c = n_j - a
    return a, b, c, n - a - b - c


def yules_q(n_ij: int, n_i: int, n_j: int, n: int) -> float | None:
    """Yule's Q for i → j from the cell count, its row and column totals and the grand total."""
    a, b, c, d = yules_q_table(n_ij, n_i, n_j, n)
    den = a * d + b * c
    return (a * d - b * c) / den if den else None


def yules_q_is_small(n_ij: int, n_i: int, n_j: int, n: int) -> bool:
    """True when a cell of the 2×2 table is under :data:`YULES_Q_MIN_CELL`."""
    return min(yules_q_table(n_ij, n_i, n_j, n)) < YULES_Q_MIN_CELL


def _group_rows(rows: _Rows, phase: str, ctx: _Context, g: GroupStats) -> None:
    rows.add(phase, "", "", "duration", _s(g.duration_ms), "s")
    rows.add(phase, "", "", "segments", g.segments, "count")
    for layer in ctx.state_layers:
        if layer is ctx.phase_layer and phase != ALL:
            continue
        _layer_rows(rows, phase, layer, g.states[layer.name], g.duration_ms)
    _interaction_rows(rows, phase, ctx, g)
    ia = ctx.interaction
    base = g.states[ia.name].codable_ms if ia else g.duration_ms
    for layer in ctx.point_layers:
        counts = g.points.get(layer.name) or Counter()
        for code in layer.codes:
            n = counts.get(code.name, 0)
            rows.add(phase, layer.name, code.name, "count", n, "count")
            rows.add(
                phase, layer.name, code.name, "rate_per_min", _ratio(n, base / 60_000), "per_min"
            )


def _effect_rows(rows: _Rows, ctx: _Context, by_phase: dict[str, dict[str, float]]) -> list[str]:
    """Still-face effect and reunion carry-over of the headline measures (phase 'all').

    The three phases are the phase layer's codes with roles ``play``, ``still-face`` and
    ``reunion`` — never the order of the codes, which a baseline phase or a reordering in the
    scheme editor changes. Without the roles the effect rows are written empty, with a note.
    """
    pl = ctx.phase_layer
    if pl is None or not ctx.cut.phased:
        return []
    found = {role: pl.code_with_role(role) for role in PHASE_ROLES}
    missing = [role for role, code in found.items() if code is None]
    layer = ctx.interaction.name if ctx.interaction else ""
    if missing:
        for measure in HEADLINE.values():
            unit = effect_unit(_UNITS[measure])
            for prefix in _EFFECT_PREFIXES:
                rows.add(ALL, layer, "", prefix + measure, None, unit)
        return [
            f"The phase layer {pl.name!r} has no code with role "
            f"{' / '.join(repr(r) for r in missing)}: the still-face effect and reunion "
            "carry-over are left empty. Give the phase codes their roles (play, still-face, "
            "reunion) in the scheme editor."
        ]
    play, still, reunion = (code.name for code in found.values() if code is not None)
    if not all(p in by_phase for p in (play, still, reunion)):
        return [
            f"Still-face effect and reunion carry-over need all three phases ({play}, {still}, "
            f"{reunion}) coded; they are left out."
        ]
    for measure in HEADLINE.values():
        unit = effect_unit(_UNITS[measure])
        base = by_phase[play][measure]
        for prefix, other in zip(_EFFECT_PREFIXES, (still, reunion), strict=True):
            rows.add(ALL, layer, "", prefix + measure, by_phase[other][measure] - base, unit)
    return []


def effect_unit(unit: str) -> str:
    """The unit of a difference between phases: a difference of two proportions is not itself
    a proportion of anything, so it gets a unit of its own (filters on unit == 'proportion'
    must not pick it up); seconds stay seconds."""
    return unit if unit == "s" else f"{unit}_difference"


def _warnings(ctx: _Context, cut: Cut) -> list[str]:
    notes = []
    ia = ctx.interaction
    if ia is None:
        notes.append(
            "The scheme has no interaction layer (layer role 'interaction'): rupture, repair "
            "and transition measures are left empty."
        )
    else:
        if not ctx.has_ruptures:
            notes.append(
                f"Layer {ia.name!r} has no code with role 'attuned' and one with role "
                "'misattuned': rupture measures are left empty."
            )
        if not ctx.has_repairs:
            notes.append(
                f"Layer {ia.name!r} has no code with role 'repair' (and one with role "
                "'attuned'): repair-attempt measures are left empty."
            )
    for layer, ep in cut.closed_at_end:
        notes.append(
            f"{running_label(layer, ep)}, was still running; it ends where the coding was "
            f"observed to ({format_ms(cut.end_ms)}), not at the end of the media."
        )
    for layer, ep in cut.left_out:
        notes.append(left_out_sentence(layer, ep))
    return notes


def _notes(ctx: _Context, cut: Cut) -> list[str]:
    notes = []
    if cut.crossing:
        notes.append(
            f"{cut.crossing} episode(s) cross a phase boundary; each is clipped and counted "
            "once in every phase it touches."
        )
    if ctx.phase_layer is None:
        notes.append("The scheme has no phase layer: the whole session is one segment.")
    elif not cut.phased:
        notes.append("No phases are coded: the whole session is one segment.")
    return notes


def _phase_order(ctx: _Context, cut: Cut) -> list[str]:
    if not cut.phased:
        return []
    present = {s.phase for s in cut.segments}
    out = [c.name for c in ctx.phase_layer.codes if c.name in present] if ctx.phase_layer else []
    if None in present:
        out.append(NO_PHASE)
    return out


def analyse(session: Session, *, session_key: str | None = None) -> Tallies:
    """Every measure of the session, per phase and for the whole session (phase ``all``)."""
    import pandas as pd

    cut = cut_session(session)
    ctx = _Context(session, cut)
    groups: dict[str, GroupStats] = {}
    whole = GroupStats()
    for k, seg in enumerate(cut.segments):
        states = {la.name: cut.states[la.name][k] for la in ctx.state_layers}
        points = {la.name: cut.points[la.name][k] for la in ctx.point_layers}
        g = segment_stats(seg, ctx.state_layers, states, points, ctx.interaction)
        whole.add(g)
        if cut.phased:
            groups.setdefault(seg.phase or NO_PHASE, GroupStats()).add(g)
    gaps: list[tuple[str, int, int]] = []
    for la in ctx.state_layers:
        whole.states.setdefault(la.name, LayerStats(durations={c.name: [] for c in la.codes}))
        pieces = [p for seg_pieces in cut.states[la.name] for p in seg_pieces]
        found = [(a, b) for a, b in uncoded_gaps(pieces, 0, cut.end_ms) if b - a > GAP_MS]
        whole.states[la.name].gaps_ms = [b - a for a, b in found]
        if la is not ctx.phase_layer:
            gaps.extend((la.name, a, b) for a, b in found)
    phases = _phase_order(ctx, cut)

    rows = _Rows()
    _group_rows(rows, ALL, ctx, whole)
    rows.add(ALL, "", "", "episodes", len(session), "count")
    rows.add(ALL, "", "", "episodes_crossing_phase_boundary", cut.crossing, "count")
    span = cut.span
    recorded = span.recorded
    rows.add(ALL, "", "", "observed_to", _s(span.end_ms) if recorded else None, "s")
    rows.add(ALL, "", "", "media_duration", _s(span.media_end_ms), "s")
    share = _ratio(span.end_ms, span.media_end_ms) if recorded else None
    rows.add(ALL, "", "", "observed_share", share, "proportion")
    for layer, ep in cut.closed_at_end:
        rows.add(ALL, layer, ep.code, "closed_at_observed_end", 1, "count")
    for layer, ep in cut.left_out:
        rows.add(ALL, layer, ep.code, "running_left_out", 1, "count")
    for phase in phases:
        _group_rows(rows, phase, ctx, groups[phase])
    by_phase = {p: {r[4]: r[5] for r in rows.rows if r[0] == p and r[4] in _UNITS} for p in phases}
    warnings = _warnings(ctx, cut)
    notes = warnings + _notes(ctx, cut) + _effect_rows(rows, ctx, by_phase)
    for item in session.scheme.rating_items:
        value = session.ratings.get(item.name)
        rows.add(ALL, "", item.name, "rating", value, "points")

    md = session.metadata
    key = session_key or md.session_key()
    head = (key, md.dyad_id, md.coder_id, md.session_date)
    df = pd.DataFrame.from_records([head + r for r in rows.rows], columns=TIDY_COLUMNS)
    df["value"] = df["value"].astype("float64")
    return Tallies(
        table=df,
        notes=notes,
        warnings=warnings,
        gaps=sorted(gaps, key=lambda g: (g[1], g[0])),
        phases=phases,
        crossing=cut.crossing,
        end_ms=cut.end_ms,
        media_end_ms=cut.span.media_end_ms,
        observed_to_ms=cut.span.observed_to_ms,
        left_out=[(la, ep.code, ep.onset_ms) for la, ep in cut.left_out],
        left_out_notes=[left_out_sentence(la, ep) for la, ep in cut.left_out],
        interaction_layer=ctx.interaction.name if ctx.interaction else None,
    )


def measures_table(session: Session, *, session_key: str | None = None) -> pd.DataFrame:
    """The tidy measures table of CLI.md for one session."""
    return analyse(session, session_key=session_key).table


def headline_from_table(table: pd.DataFrame, phase: str = ALL) -> dict[str, float | None]:
    """The six headline measures of one phase, read from a tidy table (None when empty)."""
    sel = table[(table["phase"] == phase) & table["measure"].isin(list(HEADLINE.values()))]
    found = dict(zip(sel["measure"], sel["value"], strict=True))
    out: dict[str, float | None] = {}
    for key, measure in HEADLINE.items():
        v = found.get(measure)
        out[key] = None if v is None or math.isnan(v) else float(v)
    return out


def headline_measures(session: Session) -> dict[str, float | None]:
    """Whole-session proportion attuned / misattuned / repair, ruptures, proportion repaired
    and median time to repair (s); None where a measure is empty (e.g. no ruptures)."""
    return headline_from_table(measures_table(session))
