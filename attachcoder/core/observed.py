"""How far a coding was observed, and where a state still running ends (DOMAIN.md, Measures).

A coder who stops at 1:00 of a 4-minute video has seen one minute: a state still running at
1:00 says nothing about the three minutes after it. The session records the furthest instant
the coder has shown in ``metadata.observed_to_ms``, and every figure covers [0, that end]:

* the **observed end** is ``observed_to_ms``, or the last coded instant when that is later (a
  time typed into the table, or an episode coded a moment before the window wrote the field);
  never past the session's end (:func:`media_end_ms`);
* a state still running ends at the observed end;
* in a file without ``observed_to_ms`` (older files, imports) a state still running counts
  nowhere: it is *left out*, and every output names it. Such a file's span is the whole media,
  as before.

The one place every analysis (measures, time series, Timeline, agreement) asks is
:func:`observed_span`; nothing closes a running state at the end of the media any more.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from attachcoder.core.changes import Change, CompoundChange, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.records import Metadata
from attachcoder.core.session import Session
from attachcoder.core.translatable import translate


@dataclass(frozen=True)
class ObservedSpan:
    """The span a session's figures cover, and what happens to its running states."""

    #: the end of the span every figure covers (the observed end, or the media's end)
    end_ms: int
    #: the end of the media (the span a fully observed coding covers)
    media_end_ms: int
    #: as the file says (None: not recorded — an older file or an import)
    observed_to_ms: int | None
    #: states still running, ended at ``end_ms`` for the figures: (layer, episode)
    closed: tuple[tuple[str, Episode], ...] = ()
    #: states still running in a file that does not say how far it was observed: left out
    left_out: tuple[tuple[str, Episode], ...] = ()

    @property
    def recorded(self) -> bool:
        """True when the file says how far it was observed."""
        return self.observed_to_ms is not None

    @property
    def share(self) -> float | None:
        """The observed span as a share of the media (None for a session of no length)."""
        return self.end_ms / self.media_end_ms if self.media_end_ms > 0 else None


def coded_end_ms(session: Session) -> int:
    """The last coded instant: the latest offset, point, or onset of a state still running."""
    end = 0
    for ep in session.iter_episodes():
        last = ep.onset_ms if ep.offset_ms is None else ep.offset_ms
        if last > end:
            end = last
    return end


def media_end_ms(session: Session, coded_end: int | None = None) -> int:
    """The session's end: the media's (``duration_ms``); when episodes run past it (live
    coding), the last coded instant; a live clock's observed time counts too."""
    end = max(session.duration_ms, 0)
    if coded_end is None:
        coded_end = coded_end_ms(session)
    end = max(end, coded_end)
    seen = session.metadata.observed_to_ms
    if seen is not None and not session.media:
        end = max(end, seen)
    return end


def observed_span(session: Session) -> ObservedSpan:
    """Where the session's figures end, and which running states end there or count nowhere."""
    coded = coded_end_ms(session)
    total = media_end_ms(session, coded)
    seen = session.metadata.observed_to_ms
    running = tuple(sorted(session.running_states().items()))
    if seen is None:
        return ObservedSpan(total, total, None, left_out=running)
    end = min(max(seen, coded), total)
    return ObservedSpan(end, total, seen, closed=running)


def closed_episodes(
    session: Session, layer: str, span: ObservedSpan | None = None
) -> list[Episode]:
    """A state layer's episodes in onset order as the figures see them: a running state ends
    at the observed end (dropped when it starts there), one left out is not there at all."""
    if span is None:
        span = observed_span(session)
    out = []
    for ep in session.layer_episodes(layer):
        if ep.offset_ms is None:
            if span.observed_to_ms is None or ep.onset_ms >= span.end_ms:
                continue
            ep = ep.with_(offset_ms=span.end_ms)
        out.append(ep)
    return out


def running_label(layer: str, ep: Episode) -> str:
    """``'attuned' in layer 'Interaction', started at 00:00:50.000``."""
    from attachcoder.core.timefmt import format_ms

    return translate("observed", "{0} in layer {1}, started at {2}").format(
        repr(ep.code), repr(layer), format_ms(ep.onset_ms)
    )


def left_out_sentence(layer: str, ep: Episode) -> str:
    """What every output says about a running state it leaves out."""
    return translate(
        "observed",
        "{0}, is still running and the file does not say how far the coding was observed (no "
        "observed_to_ms: an older file or an import); it is left out of every figure. Open the "
        "session in attachcoder and end it where it ends.",
    ).format(running_label(layer, ep))


def running_note(session: Session) -> str:
    """For the window's Save and Quit: which states are still running and where they end in
    the figures; empty when nothing is running."""
    running = sorted(session.running_states().items())
    if not running:
        return ""
    from attachcoder.core.timefmt import format_ms

    span = observed_span(session)
    states = "; ".join(running_label(la, ep) for la, ep in running)
    where = (
        translate(
            "observed", "the figures end it at {0}, as far as this coding was observed"
        ).format(format_ms(span.end_ms))
        if span.recorded
        else translate(
            "observed", "no figure counts it until the coding says how far it was observed"
        )
    )
    return translate(
        "observed",
        "Still running: {0} — {1}. End it with its key, or Session → Mark coding complete when "
        "the coding is done.",
    ).format(states, where)


def complete_but_running(session: Session) -> list[str]:
    """A coding marked complete has nothing running: one sentence per state that is."""
    if not session.metadata.is_complete:
        return []
    return [
        f"the coding is marked complete but {running_label(la, ep)}, is still running; "
        "reopen it for editing and end the state"
        for la, ep in sorted(session.running_states().items())
    ]


def with_observed(metadata: Metadata, observed_ms: int | None) -> Metadata:
    return dataclasses.replace(metadata, observed_to_ms=observed_ms)


def keep_observed(session: Session, change: Change) -> Change:
    """``change`` with every metadata part keeping the session's ``observed_to_ms`` as it is now.

    The observed extent is the time shown, whatever is undone (as a live clock's span is): an
    undo or redo of an earlier metadata edit (Details…, Mark complete) must not set it back.
    """
    now = session.metadata.observed_to_ms
    if isinstance(change, FieldChange):
        if change.field != "metadata" or not isinstance(change.new, Metadata):
            return change
        if change.new.observed_to_ms == now:
            return change
        old = change.old
        if isinstance(old, Metadata):
            old = with_observed(old, now)
        return FieldChange("metadata", old, with_observed(change.new, now))
    if isinstance(change, CompoundChange):
        parts = tuple(keep_observed(session, p) for p in change.parts)
        return change if parts == change.parts else CompoundChange(parts)
    return change
