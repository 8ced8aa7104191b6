"""What ``study status`` and ``study agreement`` print: readable text, or the JSON of STUDY.md."""

from __future__ import annotations

from typing import Any

from attachcoder.analysis.agreement.jsonable import layer_dict
from attachcoder.analysis.study_agreement import StudyAgreement
from attachcoder.commands.agreement_text import num
from attachcoder.core.study import Study
from attachcoder.io.study.status import StudyStatus


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


def agreement_dict(ag: StudyAgreement) -> dict[str, Any]:
    return {
        "pairs": [
            {
                "dyad_id": p.dyad_id,
                "session_date": p.session_date,
                "coders": list(p.coders),
                "completed_at": p.completed_at,
                "layers": [] if p.report is None else [layer_dict(la) for la in p.report.layers],
                "refused": p.refused or None,
            }
            for p in ag.pairs
        ],
        "pooled": {
            pl.layer: {
                "pairs": pl.pairs,
                "mean_kappa_time_units": pl.mean_kappa_time_units,
                "mean_kappa_events": pl.mean_kappa_events,
                "pooled_kappa_time_units": pl.pooled_kappa_time_units,
                "pooled_units": pl.pooled_units,
            }
            for pl in ag.pooled
        },
        "criterion": ag.criterion,
        "drift": {
            c: {
                "series": [
                    {"completed_at": pt.completed_at, "kappa": pt.kappa, "dyad_id": pt.dyad_id}
                    for pt in d.series
                ],
                "rolling": list(d.rolling),
                "slope_per_30_days": d.slope_per_30_days,
                "flagged": d.flagged,
            }
            for c, d in ag.drift.items()
        },
    }


def agreement_text(ag: StudyAgreement) -> str:
    lines = [f"{len(ag.pairs)} double-coded video(s) with both codings complete"]
    lines += [""] if ag.pairs else []
    for p in ag.pairs:
        head = f"{p.dyad_id} {p.session_date} {p.coders[0]} vs {p.coders[1]}"
        lines.append(f"{head}: κ {num(p.kappa)}" if not p.refused else f"{head}: {p.refused}")
    if ag.pooled:
        lines.append("")
        lines.append("pooled, per layer:")
    for pl in ag.pooled:
        lines.append(
            f"  {pl.layer}: {pl.pairs} pair(s), mean κ {num(pl.mean_kappa_time_units)} "
            f"(events {num(pl.mean_kappa_events)}), pooled κ {num(pl.pooled_kappa_time_units)}"
        )
    lines.append("")
    lines.append(f"drift (rolling mean of the last five κ; criterion {ag.criterion:g}):")
    lines.extend(f"  {d.describe()}" for d in ag.drift.values())
    return "\n".join(lines)
