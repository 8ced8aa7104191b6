"""What an export to another tool carries: each episode with a definite end, and the media.

Every exporter (BORIS, Datavyu, Praat) needs the same two decisions, made here once:

* a state still running has no end. It is closed where the coder stopped observing
  (``metadata.observed_to_ms``, issue "Right numbers"), or — when the file does not say how far
  it was observed — left out and named; never given an end the coder did not see (a 1 ms
  annotation, or the end of the video);
* a media path is written relative to the exported file only when the media lies under the
  exported file's folder (it travels with it); otherwise absolute, as the other tool needs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from attachcoder.core.episode import Episode
from attachcoder.core.session import Session
from attachcoder.core.timefmt import format_ms
from attachcoder.io.interchange.running import observed_end


@dataclass(frozen=True)
class Exported:
    """An episode as exported: ``offset_ms`` is None only for a point."""

    episode: Episode
    offset_ms: int | None


def exported_episodes(session: Session, layer: str) -> tuple[list[Exported], list[str]]:
    """The episodes of ``layer`` in onset order, and a sentence for each one left out."""
    kind = session.scheme.layer(layer)
    is_state = kind is not None and kind.is_state
    end = observed_end(session)
    out: list[Exported] = []
    left_out: list[str] = []
    for e in session.layer_episodes(layer):
        if not is_state:
            out.append(Exported(e, None))
        elif e.offset_ms is not None:
            out.append(Exported(e, e.offset_ms))
        elif end is not None and end > e.onset_ms:
            out.append(Exported(e, end))
        else:
            left_out.append(
                f"layer {layer!r}: {e.code} at {format_ms(e.onset_ms)} is still running and the "
                "file does not say how far it was observed: left out (close it, then export)"
            )
    return out, left_out


def media_for_export(session_path: Path | None, target: Path, stored: str) -> str:
    """A media path for a file written at ``target``: relative when the media lies under the
    target's folder, else absolute (never ``../../..`` climbing to the root)."""
    media = Path(stored)
    if not media.is_absolute() and session_path is not None:
        media = Path(session_path).resolve().parent / media
    media = media.resolve() if media.is_absolute() else media
    folder = Path(target).resolve().parent
    try:
        return media.relative_to(folder).as_posix()
    except ValueError:
        return str(media) if media.is_absolute() else stored.replace(os.sep, "/")


def seconds(ms: int) -> float:
    """Milliseconds as the seconds other tools store (exact to the millisecond)."""
    return round(ms / 1000, 3)
