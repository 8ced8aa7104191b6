"""Checking a session document against the format: the JSON Schema, then the episodes fast.

Every problem becomes a :class:`SessionFileError` naming the file, the place in it (``media[0]
.offset_ms``, ``episodes[12] (id 'e13').onset_ms``) and what is wrong. A file may hold 100,000
episodes, so :func:`episodes_from_list` mirrors the schema's episode definition in plain
Python and hands the schema only the episodes it doubts. Nesting past
:data:`~attachcoder.io.session.strict_json.MAX_DEPTH` is refused before the schema walks it.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from attachcoder.core.episode import Episode
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.io.session import codec, strict_json
from attachcoder.io.session.codec import FORMAT_NAME, FORMAT_VERSION

SCHEMA_PATH = Path(__file__).with_name("schemas") / "session.schema.json"


class SessionFileError(ValueError):
    """A file that cannot be read as a session: which file, where in it, and what is wrong.

    ``place`` and ``problem`` are the first problem found; ``problems`` lists every one found
    (place, problem) when there are several, and the message gives one line to each, in the
    form ``FILE: PLACE: PROBLEM``.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        place: str,
        problem: str,
        more: Sequence[tuple[str, str]] = (),
    ) -> None:
        self.path = Path(path)
        self.place = place
        self.problem = problem
        self.problems: list[tuple[str, str]] = [(place, problem), *more]
        lines = [self._line(pl, pr) for pl, pr in self.problems[:_MAX_LINES]]
        if len(self.problems) > _MAX_LINES:
            lines.append(f"{self.path}: and {len(self.problems) - _MAX_LINES} more problem(s)")
        super().__init__("\n".join(lines))

    def _line(self, place: str, problem: str) -> str:
        return f"{self.path}: {place}: {problem}" if place else f"{self.path}: {problem}"


_MAX_LINES = 10


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    cls = jsonschema.validators.validator_for(json_schema())
    return cls(json_schema())


@lru_cache(maxsize=1)
def _episode_validator() -> Any:
    """The schema's episode definition alone, for the one item that failed the fast check."""
    import jsonschema

    schema = json_schema()
    return jsonschema.Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/episode"})


def _place(path: Any) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the top level"


def check_document(doc: Any, path: str | os.PathLike[str] = "<memory>") -> None:
    """Check a parsed document against the JSON Schema, raising the first problem found."""
    check_shell(doc, path)
    episodes = doc.get("episodes")
    if isinstance(episodes, list):
        episodes_from_list(episodes, path)


def check_header(
    doc: Any,
    path: str | os.PathLike[str],
    *,
    format_name: str = FORMAT_NAME,
    max_version: int = FORMAT_VERSION,
    what: str = "session",
    error: type[SessionFileError] = SessionFileError,
) -> None:
    """A JSON object of our format, at a version this attachcoder reads (sessions, studies)."""
    if not isinstance(doc, dict):
        raise error(path, "the top level", "the file does not hold a JSON object")
    if doc.get("format") != format_name:
        raise error(
            path, "format", f"this is not an attachcoder {what} (format is {doc.get('format')!r})"
        )
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > max_version:
        raise error(
            path,
            "version",
            f"the file is version {version}, written by a newer attachcoder; this one reads up "
            f"to version {max_version}. Update attachcoder to open it.",
        )


def check_shell(doc: Any, path: str | os.PathLike[str]) -> None:
    """Everything but the episodes, against the JSON Schema (format and version first)."""
    check_header(doc, path)
    shell = dict(doc)
    if isinstance(doc.get("episodes"), list):
        shell["episodes"] = []
    _refuse_deep(shell, path, "")
    err = _first_error(_validator(), shell)
    if err is not None:
        raise SessionFileError(path, _place(err.absolute_path), err.message)


_EPISODE_KEYS = frozenset(codec.EPISODE_KEYS)
_NONE: dict[str, Any] = {}


def _refuse_deep(node: Any, path: str | os.PathLike[str], place: str) -> None:
    """Nesting far past anything the format holds is refused before the schema walks it (a
    validator recursing through it once turned a damaged file into a traceback)."""
    for key, value in node.items() if isinstance(node, dict) else enumerate(node):
        if isinstance(value, (dict, list)) and strict_json.too_deep(value):
            where = (
                f"{place}[{key}]" if isinstance(key, int) else (f"{place}.{key}" if place else key)
            )
            raise SessionFileError(
                path,
                where,
                f"nested more than {strict_json.MAX_DEPTH} levels deep; "
                "no field of a session file is (is the file damaged?)",
            )


_SUBSCHEMA_FIELDS = ("metadata", "media", "scheme", "ratings", "duration_ms")


@lru_cache(maxsize=len(_SUBSCHEMA_FIELDS))
def _field_validator(name: str) -> Any:
    import jsonschema

    schema = json_schema()
    return jsonschema.Draft202012Validator({"$defs": schema["$defs"], **schema["properties"][name]})


def check_field(name: str, value: Any, path: str | os.PathLike[str] = "the journal") -> None:
    """Check one session field's value (as JSON) against the file format's schema."""
    if name not in _SUBSCHEMA_FIELDS:
        raise SessionFileError(path, name, "a session has no such field")
    _refuse_deep({name: value}, path, "")
    err = _first_error(_field_validator(name), value)
    if err is not None:
        sub = _place(err.absolute_path)
        raise SessionFileError(
            path, name if sub == "the top level" else f"{name}.{sub}", err.message
        )


def episodes_from_list(items: list[Any], path: str | os.PathLike[str]) -> list[Episode]:
    """Check each episode against the schema and build its record, in one pass.

    A file may hold 100,000 episodes, so a fast path mirrors the schema's episode definition;
    any episode it doubts is checked by the schema itself, which words the problem. Ids must
    be unique.
    """
    out: list[Episode] = []
    append = out.append
    make = tuple.__new__
    seen: dict[str, int] = {}
    for n, d in enumerate(items):
        try:
            i, la, co, on = d["id"], d["layer"], d["code"], d["onset_ms"]
        except (KeyError, TypeError, IndexError):
            i = la = co = on = None
        if type(d) is dict:
            get = d.get
            off, note = get("offset_ms", _MISSING), get("note", _MISSING)
            mods = get("modifiers", _MISSING)
            present = 4 + (off is not _MISSING) + (note is not _MISSING) + (mods is not _MISSING)
            if off is _MISSING:
                off = None
            if note is _MISSING:
                note = ""
            if mods is _MISSING:
                mods = _NONE
            if (
                type(i) is str
                and i
                and type(la) is str
                and type(co) is str
                and type(on) is int
                and 0 <= on <= MAX_TIME_MS
                and (off is None or (type(off) is int and 0 <= off <= MAX_TIME_MS))
                and type(note) is str
                and type(mods) is dict
                and (not mods or all(type(v) is str or v is None for v in mods.values()))
            ):
                if i in seen:
                    raise SessionFileError(
                        path,
                        episode_place(n, d),
                        f"the id {i!r} is already used by episodes[{seen[i]}]; ids must be unique",
                    )
                seen[i] = n
                # more keys than the known ones present: keep the others for saving
                extra = _NONE if len(d) == present else _unknown_keys(d)
                if extra:
                    _refuse_deep(extra, path, episode_place(n, d))
                append(make(Episode, (i, la, co, on, off, note, mods or _NONE, extra)))
                continue
        if isinstance(d, dict):
            _refuse_deep(d, path, episode_place(n, d))
        elif isinstance(d, list) and strict_json.too_deep(d):
            raise SessionFileError(
                path, f"episodes[{n}]", "nested too deeply (is the file damaged?)"
            )
        err = _first_error(_episode_validator(), d)
        if err is not None:
            raise SessionFileError(path, episode_place(n, d, err.absolute_path), err.message)
        # valid by the JSON Schema but not plainly so (e.g. 5.0 for a time): the session's
        # own checks word what is wrong
        ep = codec.episode_from_dict(d)
        if ep.id in seen:
            raise SessionFileError(
                path, episode_place(n, d), f"the id {ep.id!r} is used twice; ids must be unique"
            )
        seen[ep.id] = n
        append(ep)
    return out


_MISSING: Any = object()


def _unknown_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _EPISODE_KEYS}


def episode_place(n: int, d: Any, sub: Iterable[Any] = ()) -> str:
    """``episodes[12] (id 'e13')``, then the field inside it, if any."""
    i = d.get("id") if isinstance(d, dict) else None
    head = f"episodes[{n}]" + (f" (id {i!r})" if isinstance(i, str) and i else "")
    tail = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in sub)
    return head + tail


def _first_error(validator: Any, doc: Any) -> Any:
    import jsonschema

    return jsonschema.exceptions.best_match(validator.iter_errors(doc))
