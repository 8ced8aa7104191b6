"""One recomputation of the comparison, as the worker thread runs it: a snapshot in, everything
the panel, the list and the timeline marks need out.

The open session is changed on the GUI thread by every key, so the worker never reads it.
:meth:`CodingSnapshot.of` copies, on the GUI thread, what the analysis reads — the episodes
(immutable tuples: copying the list is a few milliseconds at 100,000), the scheme, metadata
and media (frozen), the ratings — and :func:`prepare` rebuilds a :class:`Session` from it on
the worker, so ``compare_sessions`` is called exactly as ``attachcoder agreement`` calls it.
The other coding is loaded read-only and nothing changes it, so the worker reads it as it is.

:func:`prepare` also does the work that used to follow on the GUI thread — the list's order
and the timeline's merged marks — so showing a result costs the GUI thread little more than
swapping it in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from attachcoder.core.episode import Episode
from attachcoder.core.records import Media, Metadata
from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Session
from attachcoder.gui.compare.compare_overlay import Marks, marks_from
from attachcoder.gui.compare.compare_rows import RowSource

if TYPE_CHECKING:
    from attachcoder.analysis.agreement import AgreementReport
    from attachcoder.gui.compare.compare_panel import CompareSettings


@dataclass(frozen=True)
class CodingSnapshot:
    """What the analysis reads of a session, copied at one moment; never changed afterwards."""

    scheme: Scheme
    metadata: Metadata
    media: tuple[Media, ...]
    duration_ms: int
    episodes: tuple[Episode, ...]
    ratings: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, session: Session) -> CodingSnapshot:
        """Copy ``session`` now (on the thread that changes it)."""
        return cls(
            session.scheme,
            session.metadata,
            tuple(session.media),
            session.duration_ms,
            tuple(session.iter_episodes()),
            dict(session.ratings),
        )

    def session(self) -> Session:
        """A session of its own with the snapshot's content (checked again as it is built)."""
        return Session(
            self.scheme,
            metadata=self.metadata,
            media=self.media,
            duration_ms=self.duration_ms,
            episodes=self.episodes,
            ratings=self.ratings,
        )


@dataclass(frozen=True)
class Prepared:
    """A finished recomputation: the report (or why there is none) and its views."""

    report: AgreementReport | None
    error: str | None
    rows: dict[str, RowSource]  # "units" and "events": every layer's rows, in list order
    marks: Marks  # the timeline's disagreeing and forgiven spans per layer


def prepare(snapshot: CodingSnapshot, other: Session, settings: CompareSettings) -> Prepared:
    """Compare the snapshot with ``other`` and build the list's rows and the timeline's marks.

    Runs on the worker thread; touches no Qt object and nothing the GUI thread changes.
    """
    from attachcoder.analysis.agreement import AgreementError, compare_sessions

    try:
        report = compare_sessions(snapshot.session(), other, **settings._asdict())
    except AgreementError as exc:
        return Prepared(None, str(exc), {}, {})
    units = RowSource({la.layer: la.time_units.disagreements for la in report.layers}, "none")
    events = RowSource({la.layer: la.events.disagreements for la in report.layers}, "∅")
    marks = marks_from({la.layer: la.time_units.disagreements for la in report.layers})
    return Prepared(report, None, {"units": units, "events": events}, marks)
