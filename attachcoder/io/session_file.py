"""Reading and writing ``.acs`` session files (see docs/file-format.md).

Loading never modifies the file and never shows a traceback: every problem becomes a
:class:`SessionFileError` naming the file, the place in it, and what is wrong. Saving goes
through :mod:`attachcoder.io.atomic`, keeping the previous version as ``NAME.acs.bak``.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Scheme, SchemeError
from attachcoder.core.session import Media, Session, SessionError
from attachcoder.io import codec
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.bundled import resource_path
from attachcoder.io.codec import (
    FORMAT_NAME,
    FORMAT_VERSION,
    scheme_from_dict,
    scheme_to_dict,
    session_from_dict,
    session_to_dict,
)

SUFFIX = ".acs"
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
    _check_shell(doc, path)
    episodes = doc.get("episodes")
    if isinstance(episodes, list):
        episodes_from_list(episodes, path)


def _check_shell(doc: Any, path: str | os.PathLike[str]) -> None:
    """Everything but the episodes, against the JSON Schema (format and version first)."""
    if not isinstance(doc, dict):
        raise SessionFileError(path, "the top level", "the file does not hold a JSON object")
    if doc.get("format") != FORMAT_NAME:
        raise SessionFileError(
            path, "format", f"this is not an attachcoder session (format is {doc.get('format')!r})"
        )
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise SessionFileError(
            path,
            "version",
            f"the file is version {version}, written by a newer attachcoder; this one reads up "
            f"to version {FORMAT_VERSION}. Update attachcoder to open it.",
        )
    shell = dict(doc)
    if isinstance(doc.get("episodes"), list):
        shell["episodes"] = []
    err = _first_error(_validator(), shell)
    if err is not None:
        raise SessionFileError(path, _place(err.absolute_path), err.message)


_EPISODE_KEYS = frozenset(codec.EPISODE_KEYS)
_NONE: dict[str, Any] = {}


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
                and on >= 0
                and (off is None or (type(off) is int and off >= 0))
                and type(note) is str
                and type(mods) is dict
                and (not mods or all(type(v) is str or v is None for v in mods.values()))
            ):
                if i in seen:
                    raise SessionFileError(
                        path,
                        _episode_place(n, d),
                        f"the id {i!r} is already used by episodes[{seen[i]}]; ids must be unique",
                    )
                seen[i] = n
                # more keys than the known ones present: keep the others for saving
                extra = _NONE if len(d) == present else _unknown_keys(d)
                append(make(Episode, (i, la, co, on, off, note, mods or _NONE, extra)))
                continue
        err = _first_error(_episode_validator(), d)
        if err is not None:
            raise SessionFileError(path, _episode_place(n, d, err.absolute_path), err.message)
        # valid by the JSON Schema but not plainly so (e.g. 5.0 for a time): the session's
        # own checks word what is wrong
        ep = codec.episode_from_dict(d)
        if ep.id in seen:
            raise SessionFileError(
                path, _episode_place(n, d), f"the id {ep.id!r} is used twice; ids must be unique"
            )
        seen[ep.id] = n
        append(ep)
    return out


_MISSING: Any = object()


def _unknown_keys(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in _EPISODE_KEYS}


def _episode_place(n: int, d: Any, sub: Iterable[Any] = ()) -> str:
    """``episodes[12] (id 'e13')``, then the field inside it, if any."""
    i = d.get("id") if isinstance(d, dict) else None
    head = f"episodes[{n}]" + (f" (id {i!r})" if isinstance(i, str) and i else "")
    tail = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in sub)
    return head + tail


def _first_error(validator: Any, doc: Any) -> Any:
    import jsonschema

    return jsonschema.exceptions.best_match(validator.iter_errors(doc))


def loads(text: str | bytes, path: str | os.PathLike[str] = "<memory>") -> Session:
    """A session from the text of a ``.acs`` file; raises :class:`SessionFileError`."""
    with _no_gc():
        try:
            doc = json.loads(text, parse_constant=_no_constant)
        except UnicodeDecodeError as exc:
            raise SessionFileError(
                path, f"byte {exc.start}", "the file is not UTF-8 text"
            ) from None
        except json.JSONDecodeError as exc:
            problem = "the file is not valid JSON (is it truncated or damaged?): " + exc.msg
            place = f"line {exc.lineno}, column {exc.colno}"
            raise SessionFileError(path, place, problem) from None
        except (ValueError, RecursionError) as exc:
            problem = f"the file is not valid JSON (is it damaged?): {exc}"
            raise SessionFileError(path, "", problem) from None
        session = session_from_document(doc, path)
        del doc  # freed now, not walked by the collector when it resumes
    return session


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are built.

    A large session is a million small objects, none in a cycle; without this the collector
    walks them again and again as they are made, which costs a third of the load time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def session_from_document(doc: Any, path: str | os.PathLike[str] = "<memory>") -> Session:
    """A session from a parsed document: schema, scheme, then every invariant of the core."""
    _check_shell(doc, path)
    episodes = episodes_from_list(doc["episodes"], path)
    try:
        scheme = scheme_from_dict(doc["scheme"]).validate()
    except SchemeError as exc:
        raise SessionFileError(path, "scheme", "; ".join(exc.problems)) from None
    try:
        session = session_from_dict(doc, scheme=scheme, episodes=episodes)
    except SessionError as exc:
        raise _placed(path, doc, exc) from None
    problems = [
        (f"ratings.{name}", problem)
        for name in session.ratings
        for problem in _rating_problems(session, name)
    ]
    if problems:
        (place, problem), *more = problems
        raise SessionFileError(path, place, problem, more)
    return session


def _placed(
    path: str | os.PathLike[str], doc: dict[str, Any], exc: SessionError
) -> SessionFileError:
    """Each problem the session found, placed at its episode's position in the file."""
    if not exc.details:
        return SessionFileError(path, "episodes", str(exc))
    position = {d.get("id"): n for n, d in enumerate(doc["episodes"])}
    placed = []
    for p in exc.details:
        n = position.get(p.episode_id)
        if n is None:
            placed.append(("episodes", p.message))
        else:
            placed.append((_episode_place(n, doc["episodes"][n]), p.problem))
    placed.sort(key=lambda pp: _position_key(pp[0]))
    (place, problem), *more = placed
    return SessionFileError(path, place, problem, more)


def _position_key(place: str) -> int:
    if place.startswith("episodes["):
        return int(place[len("episodes[") : place.index("]")])
    return -1


def _rating_problems(session: Session, name: str) -> list[str]:
    item = session.scheme.rating_item(name)
    if item is None:
        names = ", ".join(r.name for r in session.scheme.rating_items) or "none"
        return [f"{name!r} is not a rating item of the scheme (its items: {names})"]
    value = session.ratings[name]
    err = None if value is None else item.check(value)
    return [] if err is None else [err]


def load(path: str | os.PathLike[str]) -> Session:
    """Read a session file; raises :class:`SessionFileError`, never modifies the file."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise SessionFileError(p, "", "no such file") from None
    except IsADirectoryError:
        raise SessionFileError(p, "", "this is a folder, not a session file") from None
    except OSError as exc:
        raise SessionFileError(p, "", f"cannot be read: {exc.strerror}") from None
    if not data.strip():
        raise SessionFileError(p, "", "the file is empty")
    return loads(data, p)


_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_STRING: Any = json.encoder.encode_basestring  # the C escaper; keeps non-ASCII as is


def dumps(session: Session) -> bytes:
    """Readable JSON: the header indented, then one episode per line (fast, and diff-friendly).

    ``episodes`` is written as the last key so that it can be spliced in without parsing.
    """
    doc = session_to_dict(session, episodes=False)
    head = json.dumps(doc, ensure_ascii=False, indent=1)
    assert head.endswith("\n}")
    lines = _episode_lines(session.episodes())
    body = "[\n  " + ",\n  ".join(lines) + "\n ]" if lines else "[]"
    tail = '"episodes": ' + body + "\n}"
    return (head[:-2] + ",\n " + tail).encode("utf-8")


def _episode_lines(episodes: Iterable[Episode]) -> list[str]:
    """Each episode as one line of JSON, keys in the documented order.

    Written field by field (the C string encoder does the escaping): building 100,000 dicts
    only to encode them cost half of a save. Episodes with unknown keys take the general path.
    """
    string, encode = _STRING, _COMPACT.encode
    out: list[str] = []
    append = out.append
    for ep in episodes:
        i, la, co, on, off, note, mods, extra = ep
        if extra or type(on) is not int or (off is not None and type(off) is not int):
            append(encode(codec.episode_to_dict(ep)))
            continue
        append(
            f'{{"id": {string(i)}, "layer": {string(la)}, "code": {string(co)}, '
            f'"onset_ms": {on}, "offset_ms": {"null" if off is None else off}, '
            f'"note": {string(note)}, "modifiers": {encode(mods) if mods else "{}"}}}'
        )
    return out


def save(session: Session, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write atomically; the old file survives any failure, and becomes ``NAME.acs.bak``."""
    data = dumps(session)
    atomic_write_bytes(path, data, backup=backup)


# ---------------------------------------------------------------- schemes and media


def load_scheme(path: str | os.PathLike[str]) -> Scheme:
    p = Path(path)
    try:
        doc = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SessionFileError(p, "", f"cannot read the scheme: {exc}") from None
    if isinstance(doc, dict) and "scheme" in doc and "layers" not in doc:
        doc = doc["scheme"]
    shell = {
        "format": FORMAT_NAME,
        "version": 1,
        "duration_ms": 0,
        "metadata": {},
        "media": [],
        "episodes": [],
        "scheme": doc,
    }
    check_document(shell, p)
    try:
        return scheme_from_dict(doc).validate()
    except SchemeError as exc:
        raise SessionFileError(p, "scheme", str(exc)) from None


def save_scheme(scheme: Scheme, path: str | os.PathLike[str]) -> None:
    data = json.dumps(scheme_to_dict(scheme), ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"))


def default_scheme() -> Scheme:
    """The attachment scheme of DOMAIN.md, shipped in the package (``resources/schemes/``)."""
    return load_scheme(resource_path("schemes", "attachment.json"))


def sha256_file(path: str | os.PathLike[str], chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def media_path(session_path: str | os.PathLike[str], media: Media) -> Path:
    """Where a media file is, resolving a path relative to the session file."""
    p = Path(media.path)
    return p if p.is_absolute() else Path(session_path).resolve().parent / p


def relative_media_path(
    session_path: str | os.PathLike[str], media_file: str | os.PathLike[str]
) -> str:
    """The path to store: relative to the session file when it can be, else absolute."""
    target = Path(media_file).resolve()
    try:
        return os.path.relpath(target, Path(session_path).resolve().parent).replace(os.sep, "/")
    except ValueError:  # another drive on Windows
        return str(target)


def find_session_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Path]]:
    """(session files, paths that do not exist): files as given, folders searched recursively
    for ``.acs`` (never ``.acs.bak`` or ``.acs.journal``)."""
    found: list[Path] = []
    missing: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*" + SUFFIX) if q.is_file()))
        elif p.exists():
            found.append(p)
        else:
            missing.append(p)
    return found, missing
