"""Where a state still running ends in an export: at the session's observed end, or nowhere.

DOMAIN.md: a coding covers [0, ``observed_to_ms``], the furthest instant the coder has shown;
a running state ends there in every figure, and without ``observed_to_ms`` it counts nowhere.
Exports for other tools follow the same rule: they close a running state at the observed end
(never past the session's end) or leave it out and say so — never at an invented instant.
"""

from __future__ import annotations

from attachcoder.core.observed import observed_span
from attachcoder.core.session import Session


def observed_end(session: Session) -> int | None:
    """The session's observed end in ms, where every figure ends (core/observed.py): None when
    the file does not say how far it was observed."""
    span = observed_span(session)
    return span.end_ms if span.recorded else None
