"""The readable summaries ``attachcoder agreement`` prints (the --json form is in analysis).

κ always has its Landis & Koch band beside it, as a word, never as pass or fail; an undefined κ
says why it is undefined.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attachcoder.analysis.agreement.compare import AgreementReport, LayerAgreement
from attachcoder.analysis.agreement.criterion import CriterionResult
from attachcoder.analysis.agreement.icc import icc_band
from attachcoder.analysis.agreement.kappa import (
    INDEPENDENCE_NOTE,
    CodeKappa,
    ConfusionMatrix,
    KappaStats,
)
from attachcoder.analysis.agreement.pairs import PairsSummary

BANDS_NOTE = "Bands after Landis & Koch (1977) describe κ; they are not a verdict."
ICC_NOTE = "ICC words after Koo & Li (2016): poor < .50 ≤ moderate < .75 ≤ good < .90 ≤ excellent."
ICC_CI_NOTE = "95% CI of an ICC: McGraw & Wong (1996), F-based."
TOLERANCE_NOTE = (
    "With a tolerance, κ may rise or fall; percent agreement never falls. The tolerance is "
    "symmetric: a unit either coding's label forgives counts half for each, so κ(A, B) = κ(B, A)."
)
UNDEFINED_NOTE = (
    "A pair with κ undefined (nothing to compare, or one category throughout) is left out of "
    "the mean, minimum and maximum of its column."
)


def num(x: float | None, digits: int = 3) -> str:
    return "—" if x is None else f"{x:.{digits}f}"


def kappa_text(k: float | None, band_word: str = "") -> str:
    """``κ 0.400 moderate``; the band comes from the exact κ, so the caller passes it."""
    return "κ —" if k is None else f"κ {k:.3f} {band_word}".rstrip()


def ci_text(low: float | None, high: float | None) -> str:
    """``[0.712, 0.841]`` (empty when there is no interval)."""
    return "" if low is None or high is None else f"[{low:.3f}, {high:.3f}]"


def stats_text(s: KappaStats, band_word: str | None = None) -> str:
    """κ, its band, SE and 95% CI; or why κ is undefined."""
    if s.kappa is not None:
        text = kappa_text(s.kappa, s.band if band_word is None else band_word)
        if s.se is not None:
            text += f" (SE {s.se:.3f}, 95% CI {ci_text(s.ci_low, s.ci_high)})"
        return text
    return f"κ undefined ({s.undefined_reason})"


def seconds(ms: float) -> str:
    return f"{ms / 1000:g} s"


def matrix_text(m: ConfusionMatrix, empty: str, indent: str = "    ") -> list[str]:
    names = [empty if x is None else x for x in m.labels]
    w0 = max(len(n) for n in names)
    widths = [max(len(n), *(len(str(r[j])) for r in m.counts)) for j, n in enumerate(names)]
    head = (
        indent + " " * w0 + "  " + "  ".join(n.rjust(w) for n, w in zip(names, widths, strict=True))
    )
    lines = [head]
    for n, row in zip(names, m.counts, strict=True):
        cells = "  ".join(str(v).rjust(w) for v, w in zip(row, widths, strict=True))
        lines.append(f"{indent}{n.ljust(w0)}  {cells}")
    return lines


def per_code_text(rows: Sequence[CodeKappa]) -> str:
    used = [c for c in rows if c.n_a or c.n_b]
    if not used:
        return "no code used"
    return "; ".join(f"{c.code} {kappa_text(c.kappa, c.band)[2:]}" for c in used)


def layer_text(la: LayerAgreement) -> list[str]:
    t, e = la.time_units, la.events
    lines = [f"{la.layer} ({la.kind} layer)"]
    pa = t.stats.percent_agreement
    lines.append(
        f"  time units  {stats_text(t.stats)}   agreement {num(pa, 1)}%   n {t.stats.n:g} units"
        + (f" ({t.set_aside_units} set aside)" if t.set_aside_units else "")
        + (f" ({t.excluded_units} excluded)" if t.excluded_units else "")
    )
    for who, short in (("A", t.short_a), ("B", t.short_b)):
        if short.shorter:
            lines.append(f"              {who}: {short.describe(t.unit_ms)}")
    diff = e.mean_abs_onset_diff_ms
    lines.append(
        f"  events      {stats_text(e.stats, e.band)}   κ_max {num(e.stats.kappa_max)}   "
        f"linked {num(e.percent_linked, 1)}% ({e.linked} pairs; A {e.n_a}, B {e.n_b})   "
        f"mean |onset difference| {'—' if diff is None else seconds(round(diff))}"
        + (f" ({e.set_aside_events} set aside)" if e.set_aside_events else "")
        + (f" ({e.excluded_events} excluded)" if e.excluded_events else "")
    )
    if e.note:
        lines.append(f"  events: {e.note}")
    lines.append(f"  per-code κ, time units: {per_code_text(t.per_code)}")
    lines.append(f"  per-code κ, events: {per_code_text(e.per_code)}")
    lines.append("  time units (rows A, columns B):")
    lines += matrix_text(t.matrix, "none")
    lines.append("  events (rows A, columns B; ∅ = not linked):")
    lines += matrix_text(e.matrix, "∅")
    forgiven = sum(1 for d in t.disagreements if d.forgiven_by_tolerance)
    total = sum(d.end_ms - d.start_ms for d in t.disagreements if not d.forgiven_by_tolerance)
    lines.append(
        f"  {len(t.disagreements) - forgiven} disagreeing stretches ({seconds(total)})"
        + (f", {forgiven} more forgiven by the tolerance" if forgiven else "")
        + f"; {len(e.disagreements)} events unlinked or coded differently"
    )
    left = [*(f"{c} (only A)" for c in la.left_out_a), *(f"{c} (only B)" for c in la.left_out_b)]
    if left:
        lines.append("  codes left out (not in both schemes): " + ", ".join(left))
    return lines


def report_text(report: AgreementReport, name_a: str, name_b: str) -> str:
    r = report
    lines = [
        "Agreement of two codings",
        f"  A (rows):    {r.key_a}  ({name_a})",
        f"  B (columns): {r.key_b}  ({name_b})",
        f"  common span 0–{seconds(r.span_ms)}; time unit {r.unit} = {seconds(r.unit_ms)} "
        f"({r.layers[0].time_units.n_units if r.layers else 0} units, each labelled by the "
        f"code at its midpoint); tolerance {r.tolerance} "
        f"= {r.tolerance_units} unit{'s' if r.tolerance_units != 1 else ''}"
        + (" (symmetric)" if r.tolerance_units else ""),
        f"  {r.alignment_text()}",
        f"  excluded rule {r.excluded}: {r.excluded_text()}",
        "",
    ]
    for la in r.layers:
        lines += layer_text(la)
        lines.append("")
    for s in r.left_out_layers:
        lines.append(f"Left out: {s}")
    if r.ratings:
        lines.append("Ratings")
        for x in r.ratings:
            d = x.difference
            lines.append(
                f"  {x.item}: A {num(x.a, 2)}, B {num(x.b, 2)}"
                + ("" if d is None else f" (B − A = {d:+g})")
            )
    lines.append(BANDS_NOTE)
    lines.append(INDEPENDENCE_NOTE)
    if r.tolerance_units:
        lines.append(TOLERANCE_NOTE)
    return "\n".join(lines)


def _files(n: int) -> str:
    return f"{n} file" if n == 1 else f"{n} files"


def pairs_text(summary: PairsSummary) -> str:
    kappa_cols = [c for c in summary.columns if c.endswith((".kappa_time_units", ".kappa_events"))]
    short = [
        c.replace(".kappa_time_units", " κ units").replace(".kappa_events", " κ events")
        for c in kappa_cols
    ]
    widths = [max(len(s), 6) for s in short]
    n_ok = sum(1 for r in summary.rows if not r.problem)
    st = summary.settings
    lines = [
        f"Double-coded pairs: {n_ok} compared"
        + (f", {len(summary.refused)} refused" if summary.refused else "")
        + (f", {_files(len(summary.unpaired))} unpaired" if summary.unpaired else ""),
        f"  unit {st.unit}, tolerance {st.tolerance}, alignment {st.align}"
        + (
            f" (onset tolerance {st.onset_tolerance})"
            if st.align == "gseq"
            else f" (overlap {st.overlap:g}, point window {st.point_window})"
        )
        + f", excluded rule {st.excluded}",
        "",
    ]
    head = f"  {'dyad':<8} {'date':<10} {'coders':<11} " + " ".join(
        s.rjust(w) for s, w in zip(short, widths, strict=True)
    )
    lines.append(head)
    for r in summary.rows:
        coders = f"{r.a.session.metadata.coder_id}/{r.b.session.metadata.coder_id}"
        start = f"  {r.dyad_id:<8} {r.session_date:<10} {coders:<11} "
        if r.problem:
            lines.append(start + "refused: " + r.problem)
            continue
        lines.append(
            start
            + " ".join(
                num(r.figures.get(c)).rjust(w) for c, w in zip(kappa_cols, widths, strict=True)
            )
        )
        cis = _pair_cis(r)
        if cis:
            lines.append(f"  {'':<31} 95% CI: " + "; ".join(cis))
    for label, values in (
        ("mean", summary.mean),
        ("min", summary.minimum),
        ("max", summary.maximum),
    ):
        lines.append(
            f"  {label:<31} "
            + " ".join(num(values.get(c)).rjust(w) for c, w in zip(kappa_cols, widths, strict=True))
        )
    undefined = [
        f"{s} {summary.undefined[c]}"
        for c, s in zip(kappa_cols, short, strict=True)
        if summary.undefined.get(c)
    ]
    if undefined:
        lines.append("  κ undefined: " + ", ".join(undefined) + " pair(s)")
        lines.append("  " + UNDEFINED_NOTE)
    lines += ["", "ICC(2,1) across the pairs (two-way random, absolute agreement, single rater)"]
    lines += icc_lines(summary.icc)
    if summary.unpaired:
        lines += ["", "Unpaired files"]
        lines += [f"  {u.side}: {u.name}: {u.reason}" for u in summary.unpaired]
    lines += ["", BANDS_NOTE, INDEPENDENCE_NOTE, ICC_NOTE, ICC_CI_NOTE]
    return "\n".join(lines)


def _pair_cis(row: Any) -> list[str]:
    """``Interaction units [0.71, 0.84]`` for each layer and basis of a compared pair."""
    if row.report is None:
        return []
    out = []
    for la in row.report.layers:
        for basis, s in (("units", la.time_units.stats), ("events", la.events.stats)):
            ci = ci_text(s.ci_low, s.ci_high)
            if ci:
                out.append(f"{la.layer} {basis} {ci}")
    return out


def icc_lines(rows: Sequence[Any]) -> list[str]:
    """One line per measure: ICC, its words, its 95% CI and the pairs it is over."""
    out = []
    for m in rows:
        icc = "—" if m.icc is None else f"{m.icc:.3f} {icc_band(m.icc)}"
        ci = ci_text(m.ci_low, m.ci_high)
        out.append(f"  {m.measure:<28} {icc:<22} {('95% CI ' + ci) if ci else '':<26}({m.n} pairs)")
    return out


def reference_text(gold_name: str, results: Sequence[CriterionResult], criterion: float) -> str:
    layer = next((r.layer for r in results if r.layer), None) or "—"
    lines = [
        f"Training to criterion: time-unit κ ≥ {criterion:g} on layer {layer}, "
        f"against the reference {gold_name}",
        "",
    ]
    w = max([len(r.name) for r in results] + [8])
    for r in results:
        verdict = "passed" if r.passed else "not passed"
        head = r.report.headline_layer()
        stats = None if head is None else head.time_units.stats
        ci = "" if stats is None else ci_text(stats.ci_low, stats.ci_high)
        kappa = kappa_text(r.kappa, r.band) + (f" 95% CI {ci}" if ci else "")
        line = f"  {r.name:<{w}}  {kappa:<46} {verdict}"
        if r.pulled_down:
            line += "; codes below criterion: " + ", ".join(
                f"{c.code} {num(c.kappa)}" for c in r.pulled_down
            )
        lines.append(line)
    lines += ["", BANDS_NOTE, INDEPENDENCE_NOTE]
    return "\n".join(lines)
