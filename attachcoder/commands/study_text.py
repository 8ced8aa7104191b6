"""What ``study status`` and ``study agreement`` print: readable text, or the JSON of STUDY.md."""

from __future__ import annotations

from typing import Any

from attachcoder.analysis.agreement.bootstrap import RESAMPLES
from attachcoder.analysis.agreement.jsonable import layer_dict, settings_dict
from attachcoder.analysis.agreement.kappa import band
from attachcoder.analysis.study_agreement import ROLLING, StudyAgreement
from attachcoder.commands.agreement import UNDEFINED_NOTE, icc_dict
from attachcoder.commands.agreement_text import ICC_CI_NOTE, ci_text, icc_lines, num
from attachcoder.core.study import Study
from attachcoder.io.study.status import StudyStatus

BOOTSTRAP_NOTE = (
    f"95% CIs of the mean and pooled κ: percentile bootstrap over videos ({RESAMPLES:,} "
    "resamples, the study's seed); those of a single pair's κ treat its units as independent."
)


def status_dict(status: StudyStatus) -> dict[str, Any]:
    videos = []
    for vs in status.videos:
        v, rel = vs.video, vs.reliability
        videos.append(
            {
                "dyad_id": v.dyad_id,
                "session_date": v.session_date,
                "primary": v.primary,
                "primary_status": vs.primary.status,
                "reliability": v.reliability,
                "reliability_status": None if rel is None else rel.status,
                "video_missing": vs.video_missing,
                "problems": [c.problem for c in vs.codings() if c.problem],
                "conflicts": [
                    {"copy": str(k.path), "of": str(k.of), "made_by": k.made_by}
                    for c in vs.codings()
                    for k in c.conflicts
                ],
            }
        )
    return {"videos": videos, "totals": status.totals(), "problems": list(status.problems)}


def status_text(study: Study, status: StudyStatus) -> str:
    lines = [f"{study.name}: {len(status.videos)} video(s), coders {', '.join(study.coders)}", ""]
    lines.append(f"{'dyad':<10} {'date':<11} {'primary':<22} {'reliability':<22}")
    for vs in status.videos:
        p, r = vs.primary, vs.reliability
        rel = "—" if r is None else f"{r.coder} {r.status}"
        mark = "  (video missing)" if vs.video_missing else ""
        lines.append(
            f"{vs.video.dyad_id:<10} {vs.video.session_date:<11} "
            f"{p.coder + ' ' + p.status:<22} {rel:<22}{mark}"
        )
    lines.append("")
    for who, row in status.totals().items():
        conflicts = f", {row['conflict']} in conflict" if row.get("conflict") else ""
        lines.append(
            f"{who}: {row['complete']} of {row['assigned']} complete, "
            f"{row['in progress']} in progress, {row['not started']} not started{conflicts}"
        )
    return "\n".join(lines)


def _study_facts(study: Study, ag: StudyAgreement) -> dict[str, Any]:
    sampled = sum(1 for v in study.videos if v.reliability is not None)
    n = len(study.videos)
    return {
        "name": study.name,
        "videos": n,
        "double_coded": sampled,
        "percent_double_coded": 100 * sampled / n if n else None,
        "fraction": study.reliability.fraction,
        "seed": study.reliability.seed,
        "coders": list(study.coders),
        "n_coders": len(study.coders),
        "compared": len(ag.compared),
    }


def _settings(ag: StudyAgreement) -> dict[str, Any]:
    """The settings every figure was made with: those of the compared reports (unit in ms,
    tolerance in units, …), else the study's as written."""
    first = next((p.report for p in ag.pairs if p.report is not None), None)
    out = settings_dict(first) if first is not None else dict(ag.settings.kwargs())
    out.pop("span_ms", None)  # each pair has its own span (pairs[].span_ms)
    return {**out, "ci_percent": 95}


def agreement_dict(ag: StudyAgreement, study: Study | None = None) -> dict[str, Any]:
    below = ag.below_criterion()
    doc: dict[str, Any] = {}
    if study is not None:
        doc["study"] = _study_facts(study, ag)
    doc["settings"] = _settings(ag)
    doc["bootstrap"] = {
        "over": "videos",
        "resamples": RESAMPLES,
        "seed": ag.seed,
        "percentiles": [2.5, 97.5],
    }
    doc["pairs"] = [
        {
            "dyad_id": p.dyad_id,
            "session_date": p.session_date,
            "coders": list(p.coders),
            "completed_at": p.completed_at,
            "kappa": p.kappa,
            "span_ms": None if p.report is None else p.report.span_ms,
            "tolerance_units": None if p.report is None else p.report.tolerance_units,
            "layers": [] if p.report is None else [layer_dict(la) for la in p.report.layers],
            "refused": p.refused or None,
        }
        for p in ag.pairs
    ]
    doc["pooled"] = {
        pl.layer: {
            "pairs": pl.pairs,
            "undefined_time_units": pl.undefined_time_units,
            "undefined_events": pl.undefined_events,
            "mean_kappa_time_units": pl.mean_kappa_time_units,
            "mean_ci_low": pl.mean_ci.low,
            "mean_ci_high": pl.mean_ci.high,
            "min_kappa_time_units": pl.min_kappa_time_units,
            "max_kappa_time_units": pl.max_kappa_time_units,
            "mean_kappa_events": pl.mean_kappa_events,
            "mean_events_ci_low": pl.mean_events_ci.low,
            "mean_events_ci_high": pl.mean_events_ci.high,
            "min_kappa_events": pl.min_kappa_events,
            "max_kappa_events": pl.max_kappa_events,
            "pooled_kappa_time_units": pl.pooled_kappa_time_units,
            "pooled_band": band(pl.pooled_kappa_time_units),
            "pooled_ci_low": pl.pooled_ci.low,
            "pooled_ci_high": pl.pooled_ci.high,
            "pooled_units": pl.pooled_units,
        }
        for pl in ag.pooled
    }
    doc["undefined_note"] = UNDEFINED_NOTE
    doc["icc"] = [icc_dict(m) for m in ag.icc]
    doc["criterion"] = ag.criterion
    doc["headline_layer"] = ag.headline_layer()
    doc["below_criterion"] = {
        "count": len(below),
        "of": len(ag.compared),
        "dyads": [p.dyad_id for p in below],
    }
    doc["drift_settings"] = {"rolling": ROLLING, "slope_per_days": 30}
    doc["drift"] = {
        c: {
            "series": [
                {"completed_at": pt.completed_at, "kappa": pt.kappa, "dyad_id": pt.dyad_id}
                for pt in d.series
            ],
            "rolling": list(d.rolling),
            "slope_per_30_days": d.slope_per_30_days,
            "flagged": d.flagged,
            "skipped": [{"dyad_id": x.dyad_id, "reason": x.reason} for x in d.skipped],
            "not_comparable": list(d.not_comparable),
        }
        for c, d in ag.drift.items()
    }
    return doc


def _settings_line(ag: StudyAgreement) -> str:
    st = _settings(ag)
    align = (
        f"gseq, onset tolerance {st['onset_tolerance_ms'] / 1000:g} s"
        if st.get("align") == "gseq" and st.get("onset_tolerance_ms") is not None
        else f"{st.get('align')}"
    )
    unit = f"{st['unit_ms'] / 1000:g} s" if "unit_ms" in st else st["unit"]
    units = st.get("tolerance_units")
    tol = (
        st["tolerance"] if units is None else f"{units} unit(s)" + (", symmetric" if units else "")
    )
    return (
        f"settings: unit {unit}, tolerance {tol}, alignment {align}, excluded rule {st['excluded']}"
    )


def agreement_text(ag: StudyAgreement) -> str:
    lines = [f"{len(ag.pairs)} double-coded video(s) with both codings complete"]
    lines.append(_settings_line(ag))
    lines += [""] if ag.pairs else []
    for p in ag.pairs:
        head = f"{p.dyad_id} {p.session_date} {p.coders[0]} vs {p.coders[1]}"
        if p.refused:
            lines.append(f"{head}: {p.refused}")
            continue
        la = p.report.headline_layer() if p.report is not None else None
        s = None if la is None else la.time_units.stats
        ci = "" if s is None else ci_text(s.ci_low, s.ci_high)
        lines.append(f"{head}: κ {num(p.kappa)}" + (f" 95% CI {ci}" if ci else ""))
    if ag.pooled:
        lines.append("")
        lines.append("pooled, per layer (95% CI over videos):")
    for pl in ag.pooled:
        mean_ci = ci_text(pl.mean_ci.low, pl.mean_ci.high)
        pooled_ci = ci_text(pl.pooled_ci.low, pl.pooled_ci.high)
        ev_ci = ci_text(pl.mean_events_ci.low, pl.mean_events_ci.high)
        lines.append(
            f"  {pl.layer}: {pl.pairs} pair(s), mean κ {num(pl.mean_kappa_time_units)} {mean_ci} "
            f"(events {num(pl.mean_kappa_events)} {ev_ci}), "
            f"pooled κ {num(pl.pooled_kappa_time_units)} {pooled_ci}".replace("  ", " ")
        )
        undefined = pl.undefined_time_units or pl.undefined_events
        if undefined:
            lines.append(
                f"    κ undefined in {pl.undefined_time_units} pair(s) by time units, "
                f"{pl.undefined_events} by events: left out of the mean"
            )
    if ag.icc:
        lines += ["", "ICC(2,1) between the two codings, over the pairs:"]
        lines += icc_lines(ag.icc)
    lines.append("")
    lines.append(f"drift (rolling mean of the last five κ; criterion {ag.criterion:g}):")
    lines.extend(f"  {d.describe()}" for d in ag.drift.values())
    below = ag.below_criterion()
    lines.append(f"{len(below)} of {len(ag.compared)} pair(s) below the criterion")
    lines += ["", BOOTSTRAP_NOTE, ICC_CI_NOTE]
    return "\n".join(lines)
