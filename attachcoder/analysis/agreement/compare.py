"""Two codings of one session, compared layer by layer: the entry point of the analysis.

:func:`compare_sessions` checks that the codings can be compared at all (the same video, by
content hash; no state running without an observed end), settles the common span (0 to the
earlier of the two observed ends, :mod:`.observed`), matches layers and codes by
name (codes only one scheme has are left out, and the report says which), then runs the
time-unit and event analyses on every layer both schemes share. The window calls it again after
each edit (off its GUI thread): it has no side effects, and its cost grows with the number of
episodes, not of units (time-unit κ is computed on runs of units, :mod:`.unit_runs`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from attachcoder.analysis.agreement.events import ALIGNMENTS, EventResult, event_agreement
from attachcoder.analysis.agreement.observed import common_span
from attachcoder.analysis.agreement.time_units import (
    EXCLUDED_RULES,
    TimeUnitResult,
    tolerance_units,
    unit_count,
)
from attachcoder.analysis.agreement.tracks import LabelSet, make_track
from attachcoder.analysis.agreement.unit_runs import time_unit_agreement
from attachcoder.core.scheme import Layer
from attachcoder.core.scheme_align import aligned_session
from attachcoder.core.session import Session
from attachcoder.core.timefmt import Duration

#: What each ``--excluded`` rule does, in the words every output uses.
EXCLUDED_TEXT = {
    "drop-both": "time both codings call excluded (uncodable) is left out",
    "drop-either": "time either coding calls excluded (uncodable) is left out",
    "category": "excluded (uncodable) time counts as an ordinary code",
}


class AgreementError(ValueError):
    """The two codings cannot be compared, or a setting is impossible; the message says why."""


class NotComparable(AgreementError):
    """A coding has a state still running and no observed end: where it ends is unknown."""


@dataclass(frozen=True)
class LayerAgreement:
    layer: str
    kind: str  # "state" or "point"
    role: str | None
    codes: tuple[str, ...]  # compared: the codes both schemes have
    left_out_a: tuple[str, ...]  # codes only the first coding's scheme has
    left_out_b: tuple[str, ...]
    time_units: TimeUnitResult
    events: EventResult
    excluded_codes: tuple[str, ...] = ()  # compared codes with role ``excluded``


@dataclass(frozen=True)
class RatingComparison:
    item: str
    a: float | None
    b: float | None

    @property
    def difference(self) -> float | None:
        return None if self.a is None or self.b is None else self.b - self.a


@dataclass(frozen=True)
class AgreementReport:
    key_a: str  # session keys (DYAD_DATE_CODER); never a path
    key_b: str
    duration_a_ms: int
    duration_b_ms: int
    span_ms: int  # the common span, 0 … the earlier of the two observed ends (observed.py)
    unit: str  # as given, e.g. "1s" or "2f"
    unit_ms: float
    tolerance: str
    tolerance_ms: float
    tolerance_units: int
    overlap: float
    point_window_ms: float
    layers: tuple[LayerAgreement, ...]
    left_out_layers: tuple[str, ...]  # sentences: which layer, and why it was not compared
    ratings: tuple[RatingComparison, ...]
    warnings: tuple[str, ...]
    align: str = "overlap"  # the event alignment: "overlap" or "gseq"
    onset_tolerance: str = "2s"  # gseq: onsets this close may pair
    onset_tolerance_ms: float = 2000.0
    excluded: str = "drop-both"  # how codes with role "excluded" count

    def alignment_text(self) -> str:
        """The event alignment and its parameters, in words (every output names them)."""
        if self.align == "gseq":
            return (
                "events aligned as GSEQ does (Bakeman, Quera & Gnisci 2009: dynamic "
                f"programming, onset tolerance {self.onset_tolerance_ms / 1000:g} s)"
            )
        return (
            f"events linked by overlap (Holle & Rein 2015: states at ≥ {self.overlap:.0%} "
            f"of the longer one, points within {self.point_window_ms / 1000:g} s)"
        )

    def excluded_text(self) -> str:
        """The excluded rule in words."""
        return EXCLUDED_TEXT[self.excluded]

    def layer(self, name: str) -> LayerAgreement | None:
        return next((la for la in self.layers if la.layer == name), None)

    def headline_layer(self) -> LayerAgreement | None:
        """The interaction layer (by role), else the first compared state layer."""
        for la in self.layers:
            if la.role == "interaction":
                return la
        return next((la for la in self.layers if la.kind == "state"), None)


def media_problems(a: Session, b: Session) -> tuple[str | None, list[str]]:
    """(a refusal, warnings): different content hashes refuse; a missing hash only warns."""
    warnings: list[str] = []
    if not a.media or not b.media:
        if a.media or b.media:
            warnings.append(
                "only one of the codings names a video, so it cannot be checked that both "
                "code the same one"
            )
        return None, warnings
    if len(a.media) != len(b.media):
        warnings.append(
            f"the codings name {len(a.media)} and {len(b.media)} media files; "
            "the first of each are compared"
        )
    for i, (ma, mb) in enumerate(zip(a.media, b.media, strict=False)):
        which = "the video" if len(a.media) == 1 else f"media file {i + 1}"
        if ma.sha256 and mb.sha256:
            if ma.sha256.lower() != mb.sha256.lower():
                return (
                    f"the two codings are of different videos ({which}'s content hash differs: "
                    f"{ma.sha256[:12]}… vs {mb.sha256[:12]}…); agreement is only meaningful "
                    "for two codings of the same video",
                    warnings,
                )
        else:
            warnings.append(
                f"{which} has no content hash in "
                f"{'either coding' if not ma.sha256 and not mb.sha256 else 'one coding'} "
                "(imported?), so it cannot be checked that both code the same video"
            )
    return None, warnings


def frame_rate(a: Session, b: Session) -> float | None:
    for m in (*a.media, *b.media):
        if m.fps:
            return m.fps
    return None


def _as_duration(value: Duration | str, what: str) -> Duration:
    if isinstance(value, Duration):
        return value
    try:
        return Duration(str(value))
    except ValueError as exc:
        raise AgreementError(f"{what}: {exc}") from None


def _to_ms(d: Duration, fps: float | None, what: str) -> float:
    try:
        return d.to_ms(fps)
    except ValueError as exc:
        raise AgreementError(f"{what}: {exc}") from None


def _rating(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def compare_sessions(
    a: Session,
    b: Session,
    *,
    unit: Duration | str = "1s",
    tolerance: Duration | str = "0s",
    overlap: float = 0.6,
    point_window: Duration | str = "1s",
    align: str = "overlap",
    onset_tolerance: Duration | str = "2s",
    excluded: str = "drop-both",
) -> AgreementReport:
    """Agreement of coding ``b`` with coding ``a``, layer by layer (rows of tables are ``a``).

    ``align``: the event alignment, ``overlap`` (``overlap`` and ``point_window`` apply) or
    ``gseq`` (``onset_tolerance`` applies). ``excluded``: how codes with role ``excluded``
    count, ``drop-both`` (the default), ``drop-either`` or ``category``.

    Raises :class:`AgreementError` when the codings are of different videos or a setting is
    impossible (a unit of zero, an overlap outside (0, 1], frames without a frame rate).
    """
    refusal, warnings = media_problems(a, b)
    if refusal:
        raise AgreementError(refusal)
    b = aligned_session(b, a.scheme)  # coded in another language: matched by role and key
    if align not in ALIGNMENTS:
        raise AgreementError(f"--align: {align!r} is not one of {', '.join(ALIGNMENTS)}")
    if excluded not in EXCLUDED_RULES:
        raise AgreementError(f"--excluded: {excluded!r} is not one of {', '.join(EXCLUDED_RULES)}")
    fps = frame_rate(a, b)
    unit_d = _as_duration(unit, "--unit")
    tol_d = _as_duration(tolerance, "--tolerance")
    win_d = _as_duration(point_window, "--point-window")
    onset_d = _as_duration(onset_tolerance, "--onset-tolerance")
    unit_ms = _to_ms(unit_d, fps, "--unit")
    if unit_ms <= 0:
        raise AgreementError("--unit: the time unit must be longer than zero (e.g. 1s or 1f)")
    tol_ms = _to_ms(tol_d, fps, "--tolerance")
    win_ms = _to_ms(win_d, fps, "--point-window")
    onset_ms = _to_ms(onset_d, fps, "--onset-tolerance")
    if not 0 < overlap <= 1:
        raise AgreementError(
            f"--overlap: {overlap:g} is not a share between 0 and 1 (e.g. 0.6 for 60%)"
        )
    if fps and unit_ms < 1000.0 / fps - 1e-6:
        warnings.append(
            f"the unit ({unit_ms:g} ms) is shorter than one video frame ({1000.0 / fps:.3g} ms)"
        )
    da, db = a.metadata.dyad_id.strip(), b.metadata.dyad_id.strip()
    if da and db and da != db:
        warnings.append(f"the codings name different dyads ({da} and {db})")
    # the observed span (observed.py): 0 to the earlier of the two observed ends
    span, span_warnings, not_comparable = common_span(a, b)
    if not_comparable is not None:
        raise NotComparable(not_comparable)
    warnings.extend(span_warnings)
    n_units = unit_count(span, unit_ms)
    t_units = tolerance_units(tol_ms, unit_ms)

    layers: list[LayerAgreement] = []
    left_out_layers: list[str] = []
    for la in a.scheme.layers:
        lb = b.scheme.layer(la.name)
        if lb is None:
            left_out_layers.append(f"layer {la.name!r}: only in the first coding's scheme")
            continue
        if lb.kind != la.kind:
            left_out_layers.append(
                f"layer {la.name!r}: a {la.kind} layer in the first coding, "
                f"a {lb.kind} layer in the second"
            )
            continue
        events = _EventSettings(overlap, win_ms, align, onset_ms)
        layers.append(
            _compare_layer(a, b, la, lb, span, unit_ms, n_units, t_units, events, excluded)
        )
    for lb in b.scheme.layers:
        if a.scheme.layer(lb.name) is None:
            left_out_layers.append(f"layer {lb.name!r}: only in the second coding's scheme")

    items = [r.name for r in a.scheme.rating_items if b.scheme.rating_item(r.name) is not None]
    ratings = tuple(
        RatingComparison(n, _rating(a.ratings.get(n)), _rating(b.ratings.get(n))) for n in items
    )
    return AgreementReport(
        key_a=a.metadata.session_key(),
        key_b=b.metadata.session_key(),
        duration_a_ms=a.duration_ms,
        duration_b_ms=b.duration_ms,
        span_ms=span,
        unit=unit_d.text,
        unit_ms=unit_ms,
        tolerance=tol_d.text,
        tolerance_ms=tol_ms,
        tolerance_units=t_units,
        overlap=overlap,
        point_window_ms=win_ms,
        layers=tuple(layers),
        left_out_layers=tuple(left_out_layers),
        ratings=ratings,
        warnings=tuple(warnings),
        align=align,
        onset_tolerance=onset_d.text,
        onset_tolerance_ms=onset_ms,
        excluded=excluded,
    )


@dataclass(frozen=True)
class _EventSettings:
    overlap: float
    point_window_ms: float
    align: str
    onset_tolerance_ms: float


def _compare_layer(
    a: Session,
    b: Session,
    la: Layer,
    lb: Layer,
    span: int,
    unit_ms: float,
    n_units: int,
    t_units: int,
    ev: _EventSettings,
    excluded_rule: str,
) -> LayerAgreement:
    names_b = {c.name for c in lb.codes}
    names_a = {c.name for c in la.codes}
    shared = tuple(c.name for c in la.codes if c.name in names_b)
    only_a = tuple(c.name for c in la.codes if c.name not in names_b)
    only_b = tuple(c.name for c in lb.codes if c.name not in names_a)
    labels = LabelSet(shared, only_a + only_b)
    point = not la.is_state
    index = labels.index()
    ta = make_track(a.layer_episodes(la.name), index, end_ms=span, point=point)
    tb = make_track(b.layer_episodes(lb.name), index, end_ms=span, point=point)
    # a code is excluded when either scheme gives it the role (uncodable stays uncodable)
    roles_b = {c.name: c.role for c in lb.codes}
    excluded = tuple(
        c.name for c in la.codes if c.name in names_b and "excluded" in (c.role, roles_b[c.name])
    )
    excluded_idx = np.array([index[c] for c in excluded], dtype=np.int64)
    return LayerAgreement(
        layer=la.name,
        kind=la.kind,
        role=la.role,
        codes=shared,
        left_out_a=only_a,
        left_out_b=only_b,
        time_units=time_unit_agreement(
            ta,
            tb,
            labels=labels,
            point=point,
            unit_ms=unit_ms,
            n_units=n_units,
            tolerance=t_units,
            excluded=excluded_idx,
            excluded_rule=excluded_rule,
        ),
        events=event_agreement(
            ta,
            tb,
            labels=labels,
            point=point,
            overlap=ev.overlap,
            point_window_ms=ev.point_window_ms,
            align=ev.align,
            onset_tolerance_ms=ev.onset_tolerance_ms,
            excluded=excluded_idx,
            excluded_rule=excluded_rule,
        ),
        excluded_codes=excluded,
    )
