"""Double-coded sessions across two coders' folders: pair them, compare each pair, summarise.

Sessions pair by dyad ID and session date from their metadata (never by file name, which coders
choose freely). Each pair gets one row of agreement figures; the summary gives the mean and the
range of each figure over the pairs, and the ICC(2,1) of each headline measure (and each rating
item) across the pairs: how well the two coders agree on the numbers a study reports.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from attachcoder.analysis.agreement.compare import (
    AgreementError,
    AgreementReport,
    compare_sessions,
)
from attachcoder.analysis.agreement.icc import icc_2_1
from attachcoder.analysis.agreement.settings import AgreementSettings
from attachcoder.core.session import Session
from attachcoder.core.timefmt import Duration

Measures = Callable[[Session], dict[str, float | None]]

#: The figures of each compared layer in a pair's row, as ``LAYER.figure``.
LAYER_FIGURES = ("kappa_time_units", "kappa_events", "percent_agreement", "percent_linked")


@dataclass(frozen=True)
class Named:
    """A loaded session and the base name of its file (reports never show a folder)."""

    name: str
    session: Session


@dataclass(frozen=True)
class Unpaired:
    side: str  # "A" or "B"
    name: str
    reason: str


@dataclass(frozen=True)
class PairRow:
    dyad_id: str
    session_date: str
    a: Named
    b: Named
    report: AgreementReport | None  # None: refused (``problem`` says why)
    problem: str | None
    figures: dict[str, float | None] = field(default_factory=dict)
    measures_a: dict[str, float | None] = field(default_factory=dict)
    measures_b: dict[str, float | None] = field(default_factory=dict)


@dataclass(frozen=True)
class MeasureIcc:
    measure: str
    n: int  # pairs with a value from both coders
    icc: float | None
    mean_a: float | None
    mean_b: float | None
    ci_low: float | None = None  # 95% CI, McGraw & Wong (1996)
    ci_high: float | None = None


@dataclass(frozen=True)
class PairsSummary:
    rows: tuple[PairRow, ...]
    columns: tuple[str, ...]  # the figures, in order
    mean: dict[str, float | None]
    minimum: dict[str, float | None]
    maximum: dict[str, float | None]
    icc: tuple[MeasureIcc, ...]
    unpaired: tuple[Unpaired, ...]
    #: per figure, the compared pairs where it is undefined (left out of mean, min and max)
    undefined: dict[str, int] = field(default_factory=dict)
    settings: AgreementSettings = field(default_factory=AgreementSettings)

    @property
    def refused(self) -> tuple[PairRow, ...]:
        return tuple(r for r in self.rows if r.problem)


def match_pairs(
    side_a: Sequence[Named], side_b: Sequence[Named]
) -> tuple[list[tuple[Named, Named]], list[Unpaired]]:
    """Pairs by (dyad ID, session date); everything else is listed with the reason."""
    unpaired: list[Unpaired] = []

    def index(side: str, items: Sequence[Named]) -> dict[tuple[str, str], Named]:
        groups: dict[tuple[str, str], list[Named]] = defaultdict(list)
        for it in items:
            md = it.session.metadata
            if not md.dyad_id.strip():
                unpaired.append(Unpaired(side, it.name, "no dyad ID in its metadata"))
                continue
            groups[(md.dyad_id.strip(), md.session_date.strip())].append(it)
        out = {}
        for key, group in groups.items():
            if len(group) == 1:
                out[key] = group[0]
                continue
            names = ", ".join(g.name for g in group)
            for g in group:
                unpaired.append(
                    Unpaired(
                        side,
                        g.name,
                        f"{_describe(key)} is coded more than once here ({names}); keep one",
                    )
                )
        return out

    ia, ib = index("A", side_a), index("B", side_b)
    pairs = [(ia[k], ib[k]) for k in sorted(ia.keys() & ib.keys())]
    for side, own, other in (("A", ia, ib), ("B", ib, ia)):
        for k in sorted(own.keys() - other.keys()):
            unpaired.append(
                Unpaired(side, own[k].name, f"no coding of {_describe(k)} in the other folder")
            )
    return pairs, unpaired


def _describe(key: tuple[str, str]) -> str:
    dyad, date = key
    return f"dyad {dyad}" + (f", {date}" if date else "")


def layer_figures(report: AgreementReport) -> dict[str, float | None]:
    out: dict[str, float | None] = {}
    for la in report.layers:
        out[f"{la.layer}.kappa_time_units"] = la.time_units.stats.kappa
        out[f"{la.layer}.kappa_events"] = la.events.stats.kappa
        out[f"{la.layer}.percent_agreement"] = la.time_units.stats.percent_agreement
        out[f"{la.layer}.percent_linked"] = la.events.percent_linked
    return out


def rating_values(s: Session) -> dict[str, float | None]:
    """The session's rating items as ``rating: NAME`` → number (None when not a number)."""
    out: dict[str, float | None] = {}
    for item in s.scheme.rating_items:
        v = s.ratings.get(item.name)
        ok = isinstance(v, int | float) and not isinstance(v, bool)
        out[f"rating: {item.name}"] = float(v) if ok and v is not None else None
    return out


def summarise_pairs(
    side_a: Sequence[Named],
    side_b: Sequence[Named],
    *,
    measures: Measures,
    unit: Duration | str = "1s",
    tolerance: Duration | str = "0s",
    overlap: float = 0.6,
    point_window: Duration | str = "1s",
    align: str = "overlap",
    onset_tolerance: Duration | str = "2s",
    excluded: str = "drop-both",
) -> PairsSummary:
    """Pair, compare each pair, and summarise; ``measures`` gives a session's headline measures
    (:func:`attachcoder.analysis.tallies.headline_measures`)."""
    settings = AgreementSettings(
        _text(unit), _text(tolerance), align, overlap, _text(point_window),
        _text(onset_tolerance), excluded,
    )  # fmt: skip
    pairs, unpaired = match_pairs(side_a, side_b)
    rows: list[PairRow] = []
    columns: list[str] = []
    for a, b in pairs:
        md = a.session.metadata
        try:
            report = compare_sessions(a.session, b.session, **settings.kwargs())
        except AgreementError as exc:
            rows.append(PairRow(md.dyad_id, md.session_date, a, b, None, str(exc)))
            continue
        figures = layer_figures(report)
        columns.extend(c for c in figures if c not in columns)
        rows.append(
            PairRow(
                md.dyad_id,
                md.session_date,
                a,
                b,
                report,
                None,
                figures,
                {**measures(a.session), **rating_values(a.session)},
                {**measures(b.session), **rating_values(b.session)},
            )
        )
    ok = [r for r in rows if r.report is not None]
    mean, lo, hi, undefined = {}, {}, {}, {}
    for c in columns:
        vals = [v for r in ok if (v := r.figures.get(c)) is not None]
        mean[c] = sum(vals) / len(vals) if vals else None
        lo[c] = min(vals) if vals else None
        hi[c] = max(vals) if vals else None
        undefined[c] = sum(1 for r in ok if c in r.figures and r.figures[c] is None)
    return PairsSummary(
        rows=tuple(rows),
        columns=tuple(columns),
        mean=mean,
        minimum=lo,
        maximum=hi,
        icc=measure_iccs([(r.measures_a, r.measures_b) for r in ok]),
        unpaired=tuple(unpaired),
        undefined=undefined,
        settings=settings,
    )


def _text(d: Duration | str) -> str:
    return d.text if isinstance(d, Duration) else str(d)


def measure_iccs(
    pairs: Sequence[tuple[dict[str, float | None], dict[str, float | None]]],
) -> tuple[MeasureIcc, ...]:
    """ICC(2,1) with its 95% CI of every measure over pairs of (coder A's, coder B's) values."""
    names: list[str] = []
    for ma, mb in pairs:
        names.extend(m for m in (*ma, *mb) if m not in names)
    out = []
    for m in names:
        both = [
            (va, vb)
            for ma, mb in pairs
            if (va := ma.get(m)) is not None and (vb := mb.get(m)) is not None
        ]
        res = icc_2_1(both)
        out.append(
            MeasureIcc(
                m,
                res.n,
                res.icc,
                sum(x for x, _ in both) / len(both) if both else None,
                sum(y for _, y in both) / len(both) if both else None,
                res.ci_low,
                res.ci_high,
            )
        )
    return tuple(out)
