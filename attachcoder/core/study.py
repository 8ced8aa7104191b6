"""A study: the videos of a lab's project, its coders, who codes what, and the reliability plan.

Pure data with its invariants (STUDY.md): a video appears once (by dyad ID and by content
hash); its primary coder and its reliability coder are coders of the study and never the same
person, so there is exactly one session file per video and coder. Records are immutable; each
change returns a new :class:`Study`, checked, so an invalid plan is never written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from attachcoder.core.ids import id_problem

#: A video's coding without a session file yet.
NOT_STARTED = "not started"
SESSIONS_DIR = "sessions"


class StudyError(ValueError):
    """A plan that breaks an invariant; ``problems`` lists each broken rule in a sentence."""

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(self.problems))


#: The event alignments and the rules for codes with role ``excluded`` (docs/agreement.md).
ALIGNMENTS = ("overlap", "gseq")
EXCLUDED_RULES = ("drop-both", "drop-either", "category")


@dataclass(frozen=True)
class ReliabilityPlan:
    """How the double-coded share is drawn and judged: the settings of agreement on every
    layer (unit and tolerance; the event alignment and its parameters; how excluded time
    counts), and the κ a coder must keep (drift is flagged below it). The seed draws the
    sample and seeds the bootstrap of the pooled κ's interval."""

    fraction: float = 0.2
    seed: int = 0
    unit: str = "1s"
    tolerance: str = "0s"
    criterion: float = 0.7
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    align: str = "overlap"
    overlap: float = 0.6
    point_window: str = "1s"
    onset_tolerance: str = "2s"
    excluded: str = "drop-both"

    def agreement_options(self) -> dict[str, Any]:
        """The keyword arguments of the agreement analysis (``compare_sessions``)."""
        return {
            "unit": self.unit,
            "tolerance": self.tolerance,
            "align": self.align,
            "overlap": self.overlap,
            "point_window": self.point_window,
            "onset_tolerance": self.onset_tolerance,
            "excluded": self.excluded,
        }


@dataclass(frozen=True)
class StudyVideo:
    """One recording. ``path`` is relative to ``study.json`` where it can be; ``considered``
    says a reliability draw has already looked at it (so later draws leave it alone)."""

    dyad_id: str
    session_date: str
    path: str
    sha256: str
    primary: str
    reliability: str | None = None
    considered: bool = False
    #: what the video's probe found, so a reliability session is made without opening it
    duration_ms: int | None = None
    fps: float | None = None
    size: int | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def coders(self) -> tuple[str, ...]:
        return (self.primary,) if self.reliability is None else (self.primary, self.reliability)

    def role_of(self, coder: str) -> str | None:
        """``"primary"``, ``"reliability"`` or ``None`` (the coder has nothing to do here)."""
        if coder == self.primary:
            return "primary"
        return "reliability" if coder == self.reliability else None


@dataclass(frozen=True)
class Study:
    name: str
    coders: tuple[str, ...]
    scheme: str = "scheme.json"
    reliability: ReliabilityPlan = field(default_factory=ReliabilityPlan)
    videos: tuple[StudyVideo, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    # ------------------------------------------------------------------ invariants

    def problems(self) -> list[str]:
        """Every broken rule, one sentence each (empty when the plan is sound)."""
        out: list[str] = []
        if len(self.coders) < 1:
            out.append("a study needs at least one coder")
        seen_coders: set[str] = set()
        for c in self.coders:
            problem = id_problem("coder ID", c)
            if problem is not None:
                out.append(problem)
            elif not c.strip():
                out.append("a coder ID is empty")
            elif c in seen_coders:
                out.append(f"coder {c!r} is listed twice")
            seen_coders.add(c)
        if not 0 <= self.reliability.fraction <= 1:
            out.append(f"the reliability fraction {self.reliability.fraction:g} is not in 0…1")
        if not -1 <= self.reliability.criterion <= 1:
            out.append(f"the criterion {self.reliability.criterion:g} is not a κ in −1…1")
        if self.reliability.align not in ALIGNMENTS:
            out.append(
                f"the alignment {self.reliability.align!r} is not one of {', '.join(ALIGNMENTS)}"
            )
        if self.reliability.excluded not in EXCLUDED_RULES:
            out.append(
                f"the excluded rule {self.reliability.excluded!r} is not one of "
                f"{', '.join(EXCLUDED_RULES)}"
            )
        if not 0 < self.reliability.overlap <= 1:
            out.append(f"the overlap {self.reliability.overlap:g} is not a share in (0, 1]")
        dyads: dict[str, int] = {}
        hashes: dict[str, str] = {}
        for v in self.videos:
            problem = id_problem("dyad ID", v.dyad_id)
            if problem is not None:
                out.append(f"the video {v.path}: {problem}")
            elif not v.dyad_id.strip():
                out.append(f"the video {v.path} has no dyad ID")
            if v.dyad_id in dyads:
                out.append(f"dyad {v.dyad_id} is in the study twice")
            dyads[v.dyad_id] = 1
            if v.sha256 in hashes:
                out.append(
                    f"dyad {v.dyad_id}'s video is the same file as dyad {hashes[v.sha256]}'s"
                )
            hashes[v.sha256] = v.dyad_id
            if v.primary not in seen_coders:
                out.append(f"dyad {v.dyad_id}: primary coder {v.primary!r} is not in the study")
            if v.reliability is not None:
                if v.reliability not in seen_coders:
                    out.append(
                        f"dyad {v.dyad_id}: reliability coder {v.reliability!r} is not in the study"
                    )
                if v.reliability == v.primary:
                    out.append(
                        f"dyad {v.dyad_id}: {v.primary} cannot be both the primary and the "
                        "reliability coder"
                    )
        return out

    def validated(self) -> Study:
        problems = self.problems()
        if problems:
            raise StudyError(problems)
        return self

    # ------------------------------------------------------------------ looking up

    def video(self, dyad_id: str) -> StudyVideo | None:
        return next((v for v in self.videos if v.dyad_id == dyad_id), None)

    def video_by_hash(self, sha256: str) -> StudyVideo | None:
        return next((v for v in self.videos if v.sha256 == sha256), None)

    @staticmethod
    def session_path(video: StudyVideo, coder: str) -> str:
        """Where the coder's session file of this video lives, relative to the study folder."""
        return f"{SESSIONS_DIR}/{video.dyad_id}/{video.dyad_id}_{coder}.acs"

    def free_dyad_id(self, wanted: str) -> str:
        """``wanted`` when no video has it, else ``wanted-2``, ``wanted-3``, …"""
        taken = {v.dyad_id for v in self.videos}
        if wanted not in taken:
            return wanted
        n = 2
        while f"{wanted}-{n}" in taken:
            n += 1
        return f"{wanted}-{n}"

    def next_primary(self) -> str:
        """Primary coders are assigned in turn: the coder with the fewest videos, first listed."""
        load = {c: 0 for c in self.coders}
        for v in self.videos:
            if v.primary in load:
                load[v.primary] += 1
        return min(self.coders, key=lambda c: (load[c], self.coders.index(c)))

    # ------------------------------------------------------------------ changing

    def with_videos(self, videos: Iterable[StudyVideo]) -> Study:
        return dataclasses.replace(self, videos=(*self.videos, *videos)).validated()

    def with_reliability(self, picks: dict[str, str], considered: Iterable[str]) -> Study:
        """Reliability coders set for ``picks`` (dyad → coder); ``considered`` marked drawn."""
        seen = set(considered)
        videos = tuple(
            dataclasses.replace(
                v,
                reliability=picks.get(v.dyad_id, v.reliability),
                considered=v.considered or v.dyad_id in seen,
            )
            for v in self.videos
        )
        return dataclasses.replace(self, videos=videos).validated()
