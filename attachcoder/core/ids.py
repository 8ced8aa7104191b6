"""The one rule for the IDs that name a session: dyad ID, coder ID, and the session key.

IDs go into every report (cells, CSV rows) and into file names (a study's session files, one
workbook per session, imported observations). A carriage return or line feed in a dyad ID
split every row of ``timeseries.csv``; a right-to-left override (U+202E) made an export's
file name show reversed, hiding what it is. So an ID may hold no control character (C0, DEL,
C1) and no bidirectional control (the embeddings and overrides U+202A–U+202E, the isolates
U+2066–U+2069, the marks U+200E, U+200F and U+061C). Every door an ID comes in by — ``new``,
the session dialogs, ``study init``/``study add`` (a dyad ID from a video's file name), the
study file, ``check``, imports — asks :func:`id_problem`; :func:`file_name_part` makes any
text safe to put in a file name.
"""

from __future__ import annotations

import re
import unicodedata

from attachcoder.core.records import Metadata
from attachcoder.core.translatable import translate

#: bidirectional controls: embeddings, overrides, isolates and the implicit marks
BIDI_CONTROLS = frozenset(
    [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
    + ["\u200e", "\u200f", "\u061c"]
)


def _is_control(ch: str) -> bool:
    return unicodedata.category(ch) == "Cc"


def _name(ch: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; a control character by its code alone."""
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def forbidden_characters(value: str) -> list[str]:
    """The characters of ``value`` no ID may hold, each once, in order."""
    out: list[str] = []
    for ch in value:
        if (_is_control(ch) or ch in BIDI_CONTROLS) and ch not in out:
            out.append(ch)
    return out


def id_problem(label: str, value: str) -> str | None:
    """Why ``value`` cannot be the ``label`` (e.g. "dyad ID"), or None when it can."""
    bad = forbidden_characters(value)
    if not bad:
        return None
    kinds = ", ".join(_name(ch) for ch in bad)
    return translate(
        "ids",
        "the {0} {1} holds {2}: IDs name rows in every report and files on disk; type it "
        "again without control or text-direction characters",
    ).format(label, repr(value), kinds)


#: the metadata fields that make the session key, with their labels
KEY_FIELDS = (("dyad_id", "dyad ID"), ("coder_id", "coder ID"), ("session_date", "session date"))


def metadata_id_problems(metadata: Metadata) -> list[tuple[str, str]]:
    """``(place, problem)`` for each field of the session key that breaks the rule, e.g.
    ``("metadata.dyad_id", "the dyad ID 'D\\r1' holds U+000D: …")``."""
    out = []
    for name, label in KEY_FIELDS:
        problem = id_problem(label, getattr(metadata, name))
        if problem is not None:
            out.append((f"metadata.{name}", problem))
    return out


_RESERVED = re.compile(r'[<>:"/\\|?*]')


def file_name_part(text: str, fallback: str = "session") -> str:
    """``text`` as (part of) a file name on every system: no separators, no characters
    Windows refuses, no control or text-direction characters; never empty."""
    kept = "".join(
        "_" if _is_control(ch) or _RESERVED.match(ch) else ch
        for ch in text
        if ch not in BIDI_CONTROLS
    )
    return kept.strip(" .") or fallback
