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
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Scheme, SchemeError
from attachcoder.core.session import Media, Session, SessionError
from attachcoder.io import fault_points
from attachcoder.io.atomic import WriteError, atomic_write_bytes, remove_stale_temps
from attachcoder.io.installed.bundled import resource, resource_path
from attachcoder.io.session import codec, strict_json
from attachcoder.io.session.codec import (
    FORMAT_NAME,
    scheme_from_dict,
    scheme_to_dict,
    session_from_dict,
    session_to_dict,
)
from attachcoder.io.session.schema import (
    SCHEMA_PATH,
    SessionFileError,
    check_document,
    check_field,
    check_shell,
    episode_place,
    episodes_from_list,
    json_schema,
)

SUFFIX = ".acs"

__all__ = [
    "SCHEMA_PATH",
    "SUFFIX",
    "SessionFileError",
    "check_document",
    "check_field",
    "default_scheme",
    "dumps",
    "encode",
    "episodes_from_list",
    "find_session_files",
    "json_schema",
    "load",
    "load_scheme",
    "loads",
    "media_path",
    "relative_media_path",
    "save",
    "save_bytes",
    "save_scheme",
    "session_from_document",
    "sha256_file",
]


def loads(text: str | bytes, path: str | os.PathLike[str] = "<memory>") -> Session:
    """A session from the text of a ``.acs`` file; raises :class:`SessionFileError`."""
    with _no_gc():
        try:
            doc = strict_json.loads(text)
        except strict_json.JSONProblem as exc:
            raise SessionFileError(path, exc.place, exc.problem) from None
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
    check_shell(doc, path)
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
            placed.append((episode_place(n, doc["episodes"][n]), p.problem))
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


_COMPACT = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(", ", ": "))
_STRING: Any = json.encoder.encode_basestring  # the C escaper; keeps non-ASCII as is


def dumps(session: Session) -> bytes:
    """Readable JSON: the header indented, then one episode per line (fast, and diff-friendly).

    ``episodes`` is written as the last key so that it can be spliced in without parsing.
    """
    doc = session_to_dict(session, episodes=False)
    head = strict_json.dumps(doc, indent=1)
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
    save_bytes(encode(session, path), path, backup=backup)


def save_bytes(data: bytes, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write what :func:`encode` gave, atomically, after removing a crash's stale temp files."""
    remove_stale_temps(path)
    atomic_write_bytes(path, data, backup=backup)
    fault_points.reached("session-saved")


def encode(session: Session, path: str | os.PathLike[str] = "the session") -> bytes:
    """The bytes of the session file, or a :class:`WriteError` for a session the format
    cannot hold (a number that is not finite, text that is not Unicode): nothing is written.
    """
    try:
        data = dumps(session)
    except ValueError as exc:  # incl. UnicodeEncodeError
        what = (
            "text that is not valid Unicode"
            if isinstance(exc, UnicodeError)
            else ("a number that is not finite (infinity or NaN)")
        )
        raise WriteError(
            f"could not write {path}: the session holds {what}, which a session file cannot "
            f"store; correct it and save again ({exc})"
        ) from None
    return data


# ---------------------------------------------------------------- schemes and media


def load_scheme(path: str | os.PathLike[str]) -> Scheme:
    p = Path(path)
    try:
        doc = strict_json.loads(p.read_bytes())
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
    data = strict_json.dumps(scheme_to_dict(scheme), indent=2) + "\n"
    atomic_write_bytes(path, data.encode("utf-8"))


def default_scheme(lang: str | None = None) -> Scheme:
    """The attachment scheme of DOMAIN.md, shipped in the package (``resources/schemes/``), in
    ``lang`` when it ships in that language (``attachment.de.json``…), else in English. Every
    language's scheme has the same layers, codes, keys and roles in the same order: sessions
    coded in different languages are matched by role and key, never by a translated name."""
    if lang and lang != "en" and resource("schemes", f"attachment.{lang}.json").is_file():
        return load_scheme(resource_path("schemes", f"attachment.{lang}.json"))
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
