"""What an import produced and every choice it made on the way (the import report).

Other tools' files never map one-to-one onto attachcoder's sessions: a tier may hold
overlapping annotations, a column may mix instants and intervals, a state may never be
stopped. Each such choice becomes one plain sentence in the report, which the command line
prints and the window shows, so nothing changes without the coder being told.

An importer keeps every coding it can. A part it cannot keep (an annotation whose times are
both before the recording starts, a cell line that is not a cell, an event without a time) is
*set aside*: it is left out, and named with its place and the reason in
:attr:`ImportResult.set_aside` and in the report, so the coder can fix it in the tool that
wrote the file. A whole file is refused (:class:`InterchangeError`) only when none of it can
be read: not the format at all, damaged beyond its first bytes, a version nobody wrote.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from attachcoder.core.session import Session

#: the words that start a report line about a part left out of the session
SET_ASIDE = "not imported"
#: the words that start a report line about something of the file that no session keeps
NOT_KEPT = "not kept"


class InterchangeError(ValueError):
    """A file that cannot be imported: which file, where in it, and what is wrong.

    Raised instead of returning a half-imported session; the message names the place so the
    coder can fix the file in the tool that wrote it.
    """

    def __init__(self, path: str | os.PathLike[str], place: str, problem: str) -> None:
        self.path = Path(path)
        self.place = place
        self.problem = problem
        where = f"{self.path}: {place}: " if place else f"{self.path}: "
        super().__init__(where + problem)


@dataclass(frozen=True)
class SetAside:
    """One coding (annotation, cell, event) an import left out: where it is and why."""

    place: str
    reason: str

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}"


class ImportReport:
    """An ordered list of sentences, each a choice the importer made or a thing it skipped.

    ``prefix`` (e.g. a BORIS observation's name) is put before each sentence, so the lines of
    a project with many observations still say which observation they are about.
    """

    def __init__(self, prefix: str = "", parent: ImportReport | None = None) -> None:
        self.prefix = prefix
        self.parent = parent
        self.lines: list[str] = []
        self.set_aside_items: list[SetAside] = []
        self._seen: set[str] = set()

    def note(self, sentence: str, *, general: bool = False) -> None:
        """Add a sentence once (repeats are dropped, so loops can call this freely).

        ``general`` sentences hold for the whole file, not one part of it: they go to the
        parent report, without the prefix, so a project of many observations says them once.
        """
        if general and self.parent is not None:
            self.parent.note(sentence)
            return
        line = f"{self.prefix}: {sentence}" if self.prefix else sentence
        if line not in self._seen:
            self._seen.add(line)
            self.lines.append(line)

    def set_aside(self, place: str, reason: str) -> None:
        """Leave one coding out, naming it: a line in the report and an entry in
        :attr:`set_aside_items`. ``place`` says where it is in the source file."""
        item = SetAside(f"{self.prefix}: {place}" if self.prefix else place, reason)
        self.set_aside_items.append(item)
        line = f"{SET_ASIDE}: {item}"
        if line not in self._seen:
            self._seen.add(line)
            self.lines.append(line)

    def not_kept(self, sentence: str, *, general: bool = False) -> None:
        """Say that a part of the file no session can hold (a tier's language, a shared
        vocabulary) was dropped; the report lists every such part."""
        self.note(f"{NOT_KEPT}: {sentence}", general=general)

    def extend(self, other: ImportReport) -> None:
        for line in other.lines:
            if line not in self._seen:
                self._seen.add(line)
                self.lines.append(line)
        self.set_aside_items.extend(other.set_aside_items)


@dataclass
class ImportResult:
    """The sessions an import made, named, and the report of how they were made.

    ``sessions`` holds (name, session) pairs: one pair for an EAF or Datavyu file, one per
    observation for a BORIS project. ``problems`` lists the parts that could not be imported
    at all (e.g. one BORIS observation whose events are not a list); ``set_aside`` names each
    single coding left out of a session, with the reason. Both are in ``report`` too.
    """

    source: Path
    format: str
    sessions: list[tuple[str, Session]] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    problems: list[InterchangeError] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)

    @classmethod
    def of(
        cls, source: Path, fmt: str, sessions: list[tuple[str, Session]], report: ImportReport
    ) -> ImportResult:
        """A result carrying ``report``'s lines and set-aside codings."""
        return cls(
            source, fmt, sessions, list(report.lines), set_aside=list(report.set_aside_items)
        )
