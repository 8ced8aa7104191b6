"""The plain records a session holds beside its episodes, and the error it raises."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple


class EpisodeProblem(NamedTuple):
    """One broken rule, tied to the episode it is about (``None`` when it is about none).

    ``problem`` leaves the episode out (a file loader puts its own place in front of it);
    ``message`` is the whole sentence, naming the episode.
    """

    episode_id: str | None
    problem: str
    message: str


class SessionError(ValueError):
    """An operation that would break an invariant; nothing was changed.

    ``details`` lists the problems one by one, each tied to its episode, when they are known
    (a bulk load fills it, so a file loader can say where in the file each problem is).
    """

    def __init__(self, message: str, details: Iterable[EpisodeProblem] = ()) -> None:
        super().__init__(message)
        self.details: tuple[EpisodeProblem, ...] = tuple(details)


STATUS_IN_PROGRESS = "in progress"
STATUS_COMPLETE = "complete"
STATUSES = (STATUS_IN_PROGRESS, STATUS_COMPLETE)


@dataclass(frozen=True)
class Metadata:
    """Pseudonymous facts about the session; never a name or a birth date."""

    dyad_id: str = ""
    coder_id: str = ""
    session_date: str = ""
    infant_age_months: float | None = None
    corrected_age: bool = False
    caregiver_role: str = ""
    notes: str = ""
    #: ``""`` (not said: older files), ``"in progress"`` or ``"complete"`` (STUDY.md)
    status: str = ""
    #: ISO 8601 date-time the coder marked the coding complete; ``""`` when not complete
    completed_at: str = ""
    #: the furthest instant the coder has shown (ms); None when the file does not say (older
    #: files, imports). A state still running ends here in every figure (core/observed.py).
    observed_to_ms: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_complete(self) -> bool:
        return self.status == STATUS_COMPLETE

    def session_key(self) -> str:
        """``DYAD_DATE_CODER``, the name under which exports identify the session."""
        parts = (self.dyad_id, self.session_date, self.coder_id)
        return "_".join(p.strip() or "NA" for p in parts)


@dataclass(frozen=True)
class Media:
    """A video (or audio) file, referred to by path and content hash; never copied."""

    path: str
    sha256: str | None = None
    size: int | None = None
    duration_ms: int | None = None
    fps: float | None = None
    offset_ms: int = 0
    #: (slowest, fastest) frames per second of a variable-rate video; None when constant
    fps_range: tuple[float, float] | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
