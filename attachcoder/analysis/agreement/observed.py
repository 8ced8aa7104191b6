"""The span two codings are compared over: 0 to the earlier of their observed ends.

A coding stopped at 1:00 says nothing about 1:00–4:00, so agreement with a coding of the
whole video is computed over [0, 1:00]; a state still running ends where its coding was
observed to (core/observed.py). A coding with a state still running and no observed end
(an older file, an import) cannot be compared at all: where that state ends is unknown, so
the pair is *not comparable*, and the reason names the coding and the state.

Kept apart from :mod:`.compare` so that the rule is read (and changed) in one place.
"""

from __future__ import annotations

from attachcoder.core.observed import ObservedSpan, observed_span, running_label
from attachcoder.core.session import Session

NOT_COMPARABLE = "not comparable"


def not_comparable_reason(label: str, session: Session, span: ObservedSpan) -> str | None:
    """Why coding ``label`` cannot be compared, or None when it can."""
    if not span.left_out:
        return None
    states = "; ".join(running_label(la, ep) for la, ep in span.left_out)
    return (
        f"{NOT_COMPARABLE}: coding {label} ({session.metadata.session_key()}) has a state "
        f"still running ({states}) and does not say how far it was observed (no "
        "observed_to_ms: an older file or an import), so where that state ends is unknown. "
        "Open it in attachcoder and end the state, then compare again"
    )


def common_span(a: Session, b: Session) -> tuple[int, list[str], str | None]:
    """(span in ms, warnings, the reason the pair is not comparable or None)."""
    spans = {"A": observed_span(a), "B": observed_span(b)}
    sessions = {"A": a, "B": b}
    for label, sp in spans.items():
        reason = not_comparable_reason(label, sessions[label], sp)
        if reason is not None:
            return 0, [], reason
    span = max(0, min(sp.end_ms for sp in spans.values()))
    warnings: list[str] = []
    if a.duration_ms != b.duration_ms:
        warnings.append(
            f"the sessions' durations differ ({a.duration_ms / 1000:g} s and "
            f"{b.duration_ms / 1000:g} s); the common span 0–{span / 1000:g} s is compared"
        )
    short = [(la, sp) for la, sp in spans.items() if sp.recorded and sp.end_ms < sp.media_end_ms]
    for label, sp in short:
        warnings.append(
            f"coding {label} was observed to {sp.end_ms / 1000:g} s of "
            f"{sp.media_end_ms / 1000:g} s; the span compared is 0–{span / 1000:g} s (the "
            "earlier of the two observed ends)"
        )
    for label, sp in spans.items():
        for layer, ep in sp.closed:
            warnings.append(
                f"coding {label}: {ep.code!r} in layer {layer!r} is still running; it ends "
                f"where coding {label} was observed to ({sp.end_ms / 1000:g} s)"
            )
    return span, warnings, None
