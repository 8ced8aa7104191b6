"""The agreement report as plain JSON-ready data (for ``--json`` and for scripts).

Times stay in milliseconds and shares in 0–1 except where a name says ``percent``; "none"
(time units) and ∅ (events) are ``null``. The bands are included so that a script prints the
same words the program does. Every κ carries ``se``, ``ci_low`` and ``ci_high`` (Fleiss,
Cohen & Everitt 1969, treating units as independent: ``settings.ci_note`` says so); a tally
may be a half (the symmetric tolerance rule).
"""

from __future__ import annotations

from typing import Any

from attachcoder.analysis.agreement.compare import AgreementReport, LayerAgreement
from attachcoder.analysis.agreement.events import EventResult
from attachcoder.analysis.agreement.kappa import (
    INDEPENDENCE_NOTE,
    CodeKappa,
    ConfusionMatrix,
    KappaStats,
)
from attachcoder.analysis.agreement.time_units import Disagreement, TimeUnitResult


def stats_dict(s: KappaStats) -> dict[str, Any]:
    return {
        "n": s.n,
        "kappa": s.kappa,
        "band": s.band,
        "se": s.se,
        "ci_low": s.ci_low,
        "ci_high": s.ci_high,
        "undefined_reason": s.undefined_reason or None,
        "p_o": s.p_o,
        "p_e": s.p_e,
        "percent_agreement": s.percent_agreement,
    }


def matrix_dict(m: ConfusionMatrix) -> dict[str, Any]:
    return {"labels": list(m.labels), "counts": [list(r) for r in m.counts]}


def per_code_list(rows: tuple[CodeKappa, ...]) -> list[dict[str, Any]]:
    return [
        {
            "code": c.code,
            "kappa": c.kappa,
            "band": c.band,
            "se": c.se,
            "ci_low": c.ci_low,
            "ci_high": c.ci_high,
            "n_a": c.n_a,
            "n_b": c.n_b,
            "n_both": c.n_both,
        }
        for c in rows
    ]


def disagreement_dict(d: Disagreement) -> dict[str, Any]:
    return {
        "start_ms": d.start_ms,
        "end_ms": d.end_ms,
        "code_a": d.code_a,
        "code_b": d.code_b,
        "forgiven_by_tolerance": d.forgiven_by_tolerance,
    }


def time_units_dict(t: TimeUnitResult) -> dict[str, Any]:
    return {
        **stats_dict(t.stats),
        "unit_ms": t.unit_ms,
        "n_units": t.n_units,
        "tolerance_units": t.tolerance_units,
        "set_aside_units": t.set_aside_units,
        "excluded_units": t.excluded_units,
        # per coding: state episodes shorter than one unit, and those no unit sees at all
        "episodes_shorter_than_unit": {"a": t.short_a.shorter, "b": t.short_b.shorter},
        "episodes_not_seen": {"a": t.short_a.unseen, "b": t.short_b.unseen},
        "matrix": matrix_dict(t.matrix),
        "per_code": per_code_list(t.per_code),
        "disagreements": [disagreement_dict(d) for d in t.disagreements],
    }


def events_dict(e: EventResult) -> dict[str, Any]:
    return {
        **stats_dict(e.stats),
        "band": e.band,  # none for a one-code layer: read percent_linked
        "note": e.note or None,
        "kappa_max": e.stats.kappa_max,
        "n_a": e.n_a,
        "n_b": e.n_b,
        "linked": e.linked,
        "percent_linked": e.percent_linked,
        "mean_abs_onset_diff_ms": e.mean_abs_onset_diff_ms,
        "set_aside_events": e.set_aside_events,
        "excluded_events": e.excluded_events,
        "matrix": matrix_dict(e.matrix),
        "per_code": per_code_list(e.per_code),
        "disagreements": [disagreement_dict(d) for d in e.disagreements],
    }


def layer_dict(la: LayerAgreement) -> dict[str, Any]:
    return {
        "layer": la.layer,
        "kind": la.kind,
        "codes": list(la.codes),
        "left_out_a": list(la.left_out_a),
        "left_out_b": list(la.left_out_b),
        "excluded_codes": list(la.excluded_codes),
        "time_units": time_units_dict(la.time_units),
        "events": events_dict(la.events),
    }


def report_dict(r: AgreementReport) -> dict[str, Any]:
    return {
        "a": r.key_a,
        "b": r.key_b,
        "duration_a_ms": r.duration_a_ms,
        "duration_b_ms": r.duration_b_ms,
        "span_ms": r.span_ms,
        "settings": settings_dict(r),
        "layers": [layer_dict(la) for la in r.layers],
        "left_out_layers": list(r.left_out_layers),
        "ratings": [
            {"item": x.item, "a": x.a, "b": x.b, "difference": x.difference} for x in r.ratings
        ],
        "warnings": list(r.warnings),
    }


def settings_dict(r: AgreementReport) -> dict[str, Any]:
    """Everything that made the figures: a reader can redo them from this alone."""
    return {
        "unit": r.unit,
        "unit_ms": r.unit_ms,
        "unit_rule": UNIT_RULE,
        "tolerance": r.tolerance,
        "tolerance_ms": r.tolerance_ms,
        "tolerance_units": r.tolerance_units,
        "tolerance_rule": "symmetric" if r.tolerance_units else None,
        "align": r.align,
        "alignment": r.alignment_text(),
        "overlap": r.overlap if r.align == "overlap" else None,
        "point_window_ms": r.point_window_ms if r.align == "overlap" else None,
        "onset_tolerance_ms": r.onset_tolerance_ms if r.align == "gseq" else None,
        "excluded": r.excluded,
        "excluded_rule": r.excluded_text(),
        "span_ms": r.span_ms,
        "ci_percent": 95,
        "ci_note": INDEPENDENCE_NOTE,
    }


#: How a unit gets its label (docs/agreement.md, "Time-unit κ").
UNIT_RULE = (
    "a state layer labels each unit with the code active at its midpoint (onset inclusive, "
    "offset exclusive), a point layer with the first point inside it; a partial last unit "
    "is dropped"
)
