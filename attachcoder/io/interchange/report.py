"""What an import produced and every choice it made on the way (the import report).

Other tools' files never map one-to-one onto attachcoder's sessions: a tier may hold
overlapping annotations, a column may mix instants and intervals, a state may never be
stopped. Each such choice becomes one plain sentence in the report, which the command line
prints and the window shows, so nothing changes without the coder being told.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from attachcoder.core.session import Session


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


class ImportReport:
    """An ordered list of sentences, each a choice the importer made or a thing it skipped.

    ``prefix`` (e.g. a BORIS observation's name) is put before each sentence, so the lines of
    a project with many observations still say which observation they are about.
    """

    def __init__(self, prefix: str = "", parent: ImportReport | None = None) -> None:
        self.prefix = prefix
        self.parent = parent
        self.lines: list[str] = []
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

    def extend(self, other: ImportReport) -> None:
        for line in other.lines:
            if line not in self._seen:
                self._seen.add(line)
                self.lines.append(line)


@dataclass
class ImportResult:
    """The sessions an import made, named, and the report of how they were made.

    ``sessions`` holds (name, session) pairs: one pair for an EAF or Datavyu file, one per
    observation for a BORIS project. ``problems`` lists the parts that could not be imported
    (e.g. one damaged observation of a BORIS project); each is reported, none is half-done.
    """

    source: Path
    format: str
    sessions: list[tuple[str, Session]] = field(default_factory=list)
    report: list[str] = field(default_factory=list)
    problems: list[InterchangeError] = field(default_factory=list)
