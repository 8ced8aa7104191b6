"""The reliability paragraph of a methods section, written from one run's figures.

Pure functions of the analysis results, so the command line (``--methods``) and the window
(Agreement… → Copy methods text) print the same words, and every figure in them is one the
``--json`` of the same run holds. Numbers follow APA style: statistics that cannot exceed 1
(κ, ICC) to two decimals without a leading zero (κ = .78), a minus sign for negatives,
percentages to one decimal, seconds to two. ``markdown=True`` italicises the statistics.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from attachcoder.analysis.agreement.bootstrap import RESAMPLES, Interval
from attachcoder.analysis.agreement.compare import AgreementReport, LayerAgreement
from attachcoder.analysis.agreement.kappa import KappaStats
from attachcoder.analysis.agreement.pairs import MeasureIcc
from attachcoder.analysis.study_agreement import ROLLING, PooledLayer, StudyAgreement
from attachcoder.core.study import Study

MINUS = "\u2212"
CI_PERCENT = 95
SLOPE_DAYS = 30


def apa(x: float, digits: int = 2) -> str:
    """A statistic bounded by 1 in APA style: ``.78``, ``−.06``, ``1.00``."""
    text = f"{abs(x):.{digits}f}"
    if text.startswith("0."):
        text = text[1:]
    negative = x < 0 and float(text) != 0
    return (MINUS if negative else "") + text


def dec(x: float, digits: int = 1) -> str:
    """A number with its leading zero (percentages, seconds): ``88.2``, ``0.32``."""
    text = f"{abs(x):.{digits}f}"
    negative = x < 0 and float(text) != 0
    return (MINUS if negative else "") + text


def secs(ms: float) -> str:
    """Milliseconds as seconds, without trailing zeros: 1000 → ``1``, 2500 → ``2.5``."""
    return f"{ms / 1000:g}"


@dataclass(frozen=True)
class _Style:
    markdown: bool

    def it(self, text: str) -> str:
        """Italic in Markdown (statistics: κ, n, SE); plain text as it is."""
        return f"*{text}*" if self.markdown else text

    @property
    def kappa(self) -> str:
        return self.it("κ")

    @property
    def kappa_max(self) -> str:
        return f"{self.it('κ')}<sub>max</sub>" if self.markdown else "κ_max"

    def ci(self, low: float | None, high: float | None) -> str:
        if low is None or high is None:
            return ""
        return f"{CI_PERCENT}% CI [{apa(low)}, {apa(high)}]"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _kappa_with_ci(st: _Style, s: KappaStats, what: str) -> str:
    if s.kappa is None:
        return f"{what} undefined ({s.undefined_reason})"
    ci = st.ci(s.ci_low, s.ci_high)
    return f"{what} = {apa(s.kappa)}" + (f", {ci}" if ci else "")


def _alignment(r: AgreementReport) -> str:
    if r.align == "gseq":
        return (
            "the two coders' sequences of episodes aligned by dynamic programming with an "
            f"onset tolerance of {secs(r.onset_tolerance_ms)} s, as GSEQ does (Bakeman, Quera, "
            "& Gnisci, 2009)"
        )
    return (
        "episodes linked one-to-one when they overlapped by at least "
        f"{dec(100 * r.overlap, 0)}% of the longer one, and points when their onsets were "
        f"within {secs(r.point_window_ms)} s (Holle & Rein, 2015)"
    )


def _excluded(r: AgreementReport, codes: Sequence[str]) -> str:
    named = f" ({', '.join(codes)})" if codes else ""
    if r.excluded == "drop-both":
        return (
            f"Time both codings coded as excluded{named} was left out: agreeing that nothing "
            "could be coded is not agreement on the interaction."
        )
    if r.excluded == "drop-either":
        return f"Time either coding coded as excluded{named} was left out."
    return f"Excluded time{named} counted as an ordinary code."


def _settings(st: _Style, r: AgreementReport) -> str:
    tol = (
        f"a tolerance of {secs(r.tolerance_ms)} s ({_plural(r.tolerance_units, 'unit')}, "
        f"applied symmetrically, so {st.kappa} does not depend on which coding is first)"
        if r.tolerance_units
        else "no tolerance"
    )
    codes = sorted({c for la in r.layers for c in la.excluded_codes})
    return (
        f"Time-unit {st.kappa} (Cohen, 1960) was computed on units of {secs(r.unit_ms)} s, "
        "each labelled with the code active at its midpoint, with "
        f"{tol}; event {st.kappa} with {_alignment(r)}. {_excluded(r, codes)}"
    )


def _layer(st: _Style, la: LayerAgreement) -> str:
    t, e = la.time_units, la.events
    parts = [f"{la.layer}: " + _kappa_with_ci(st, t.stats, f"time-unit {st.kappa}")]
    if t.stats.percent_agreement is not None:
        parts.append(f"{dec(t.stats.percent_agreement)}% agreement over {t.stats.n:g} units")
    linked = "" if e.percent_linked is None else f"{dec(e.percent_linked)}% of episodes linked"
    if e.one_code:
        parts.append(f"event {st.kappa} not interpreted (one code in this layer): {linked}")
    else:
        ev = _kappa_with_ci(st, e.stats, f"event {st.kappa}")
        if e.stats.kappa_max is not None:
            ev += f" ({st.kappa_max} = {apa(e.stats.kappa_max)})"
        parts.append(ev)
        if linked:
            parts.append(linked)
    if e.mean_abs_onset_diff_ms is not None:
        parts.append(f"mean onset difference {dec(e.mean_abs_onset_diff_ms / 1000, 2)} s")
    return "; ".join(parts) + "."


CI_CAVEAT = (
    "The confidence intervals of single codings use the large-sample standard error of "
    "Fleiss, Cohen, and Everitt (1969), which treats units as independent; neighbouring time "
    "units are not, so these intervals are too narrow."
)


def pair_methods(report: AgreementReport, *, markdown: bool = False) -> str:
    """The reliability paragraph for two codings of one session."""
    st = _Style(markdown)
    r = report
    lines = [
        f"Two codings of one session ({r.key_a} and {r.key_b}) were compared with attachcoder "
        f"over their common span of {secs(r.span_ms)} s. {_settings(st, r)}",
        " ".join(_layer(st, la) for la in r.layers),
        CI_CAVEAT,
    ]
    return "\n\n".join(x for x in lines if x)


# ------------------------------------------------------------------ a study


def _bootstrap(seed: int) -> str:
    return f"percentile bootstrap over videos, {RESAMPLES:,} resamples, seed {seed}"


def _pooled(st: _Style, pl: PooledLayer, seed: int, headline: bool) -> str:
    """The layer's pooled and mean κ (the caller leaves out layers whose pooled κ is
    undefined)."""
    k = st.kappa
    ci = st.ci(pl.pooled_ci.low, pl.pooled_ci.high)
    pooled = pl.pooled_kappa_time_units
    text = (
        f"For the {pl.layer} layer, pooled time-unit {k} (every unit of every pair in one "
        f"table) was {'undefined' if pooled is None else apa(pooled)}"
        + (f", {ci}" if ci else "")
        + (f" ({_bootstrap(seed)})" if ci and headline else "")
    )
    if pl.mean_kappa_time_units is not None:
        mci = st.ci(pl.mean_ci.low, pl.mean_ci.high)
        text += f"; the mean over {_plural(pl.pairs - pl.undefined_time_units, 'pair')} was "
        text += apa(pl.mean_kappa_time_units) + (f", {mci}" if mci else "")
        if pl.min_kappa_time_units is not None and pl.max_kappa_time_units is not None:
            text += f" (range {apa(pl.min_kappa_time_units)} to {apa(pl.max_kappa_time_units)})"
    if pl.undefined_time_units:
        text += (
            f"; {_plural(pl.undefined_time_units, 'pair')} with {k} undefined "
            f"{'was' if pl.undefined_time_units == 1 else 'were'} left out"
        )
    if pl.mean_kappa_events is not None:
        eci = st.ci(pl.mean_events_ci.low, pl.mean_events_ci.high)
        text += f". Mean event {k} was {apa(pl.mean_kappa_events)}" + (f", {eci}" if eci else "")
    return text + "."


def measure_name(measure: str) -> str:
    """``median_time_to_repair_s`` → ``median time to repair (s)``; ``rating: X`` → ``X``."""
    name = measure.removeprefix("rating: ")
    if name.endswith("_s"):
        name = name[:-2] + " (s)"
    return name.replace("_", " ")


def _iccs(st: _Style, icc: Sequence[MeasureIcc]) -> str:
    shown = [m for m in icc if m.icc is not None]
    if not shown:
        return ""
    # the n in the lead-in is the most pairs any measure had; a measure with fewer (the median
    # time to repair needs a repair in both codings) says its own, or the reader takes it as n
    n = max(m.n for m in shown)
    parts = []
    for m in shown:
        assert m.icc is not None
        ci = st.ci(m.ci_low, m.ci_high)
        own = f" ({st.it('n')} = {m.n} pairs)" if m.n != n else ""
        name = measure_name(m.measure)
        parts.append(f"{apa(m.icc)}" + (f", {ci}" if ci else "") + f" for {name}{own}")
    return (
        "ICC(2,1) between the two codings (two-way random effects, absolute agreement, "
        f"single rater; McGraw & Wong, 1996; {st.it('n')} = {n} pairs) was "
        + "; ".join(parts)
        + "."
    )


def _drift(st: _Style, ag: StudyAgreement) -> str:
    slopes = [d.slope_per_30_days for d in ag.drift.values() if d.slope_per_30_days is not None]
    flagged = [c for c, d in ag.drift.items() if d.flagged]
    text = (
        f"Observer drift was followed per coder as the {st.kappa} of each of their pairs in "
        f"the order completed, with a rolling mean of the last {ROLLING}"
    )
    if slopes:
        lo, hi = min(slopes), max(slopes)
        signed = [(MINUS if x < 0 else "+") + apa(abs(x)) for x in (lo, hi)]
        text += (
            f"; the least-squares slope was {signed[0]} per {SLOPE_DAYS} days"
            if len(slopes) == 1
            else f"; least-squares slopes ranged from {signed[0]} to {signed[1]} per "
            f"{SLOPE_DAYS} days"
        )
    if flagged:
        who = ", ".join(flagged)
        text += f"; the rolling mean of {who} fell below the criterion"
    else:
        text += "; no coder's rolling mean fell below the criterion"
    skipped = sorted({s.dyad_id for d in ag.drift.values() for s in d.skipped})
    if skipped:
        text += f" ({_plural(len(skipped), 'pair')} without a {st.kappa} left out)"
    return text + "."


def study_methods(study: Study, agreement: StudyAgreement, *, markdown: bool = False) -> str:
    """The reliability paragraph of a study: sample, settings, pooled κ, ICC, drift."""
    st = _Style(markdown)
    ag = agreement
    n_videos = len(study.videos)
    sampled = sum(1 for v in study.videos if v.reliability is not None)
    compared = ag.compared
    share = 100 * sampled / n_videos if n_videos else 0.0
    coders = ", ".join(study.coders)
    first = [
        f"Of the {n_videos} videos, {sampled} ({dec(share)}%) were double-coded for "
        f"reliability, drawn at random with seed {study.reliability.seed} (the same videos "
        f"and seed always give the same sample) and assigned to a coder other than the "
        f"primary one ({_plural(len(study.coders), 'coder')}: {coders}); "
        f"{_plural(len(compared), 'pair')} with both codings complete "
        f"{'was' if len(compared) == 1 else 'were'} compared with attachcoder."
    ]
    report = compared[0].report if compared else None
    paragraphs = [" ".join(first)]
    if report is not None:
        paragraphs[0] += " " + _settings(st, report)
    head = ag.headline_layer()
    body: list[str] = []
    blank = [pl.layer for pl in ag.pooled if pl.pooled_kappa_time_units is None]
    for pl in ag.pooled:
        if pl.pooled_kappa_time_units is None:
            continue
        if pl.layer == head:
            body.insert(0, _pooled(st, pl, ag.seed, True))
        else:
            body.append(_pooled(st, pl, ag.seed, not body))
    if blank:
        body.append(
            f"Time-unit {st.kappa} was undefined for {' and '.join(blank)} (nothing coded, or "
            "one category throughout, in every pair)."
        )
    if ag.icc:
        body.append(_iccs(st, ag.icc))
    if body:
        paragraphs.append(" ".join(x for x in body if x))
    crit = ag.criterion
    below = len(ag.below_criterion())
    tail = []
    if head is not None:
        tail.append(
            f"The criterion was time-unit {st.kappa} ≥ {apa(crit)} on the {head} layer; "
            f"{below} of {_plural(len(compared), 'pair')} fell below it."
        )
    tail.append(_drift(st, ag))
    paragraphs.append(" ".join(tail))
    return "\n\n".join(paragraphs)


__all__ = ["Interval", "apa", "pair_methods", "study_methods"]
