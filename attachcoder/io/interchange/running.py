"""Where a state still running ends in an export: at the session's observed end, or nowhere.

DOMAIN.md: a coding covers [0, ``observed_to_ms``], the furthest instant the coder has shown;
a running state ends there in every figure, and without ``observed_to_ms`` it counts nowhere.
Exports for other tools follow the same rule: they close a running state at the observed end
(never past the session's end) or leave it out and say so — never at an invented instant.
"""

from __future__ import annotations

from attachcoder.core.session import Session


def observed_end(session: Session) -> int | None:
    """The session's observed end in ms (``metadata.observed_to_ms``), within its duration;
    None when the session does not say how far it was observed."""
    meta = session.metadata
    value = getattr(meta, "observed_to_ms", None)
    if value is None:
        value = meta.extra.get("observed_to_ms")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    end = int(value)
    if end < 0:
        return None
    return min(end, session.duration_ms) if session.duration_ms else end
