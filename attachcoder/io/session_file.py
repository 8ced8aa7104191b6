"""Reading and writing ``.acs`` session files (see docs/file-format.md).

Loading never modifies the file and never shows a traceback: every problem becomes a
:class:`SessionFileError` naming the file, the place in it, and what is wrong. Saving goes
through :mod:`attachcoder.io.atomic`, keeping the previous version as ``NAME.acs.bak``.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from attachcoder.core.scheme import Scheme, SchemeError
from attachcoder.core.session import Media, Session, SessionError
from attachcoder.io.atomic import atomic_write_bytes
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
    """A file that cannot be read as a session: which file, where in it, and what is wrong."""

    def __init__(self, path: str | os.PathLike[str], place: str, problem: str) -> None:
        self.path = Path(path)
        self.place = place
        self.problem = problem
        where = f"{self.path}: {place}: " if place else f"{self.path}: "
        super().__init__(where + problem)


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
    """Check a parsed document against the JSON Schema, raising the first problem found.

    Episodes are checked by a fast path that mirrors the schema's episode definition (a file
    may hold 100,000 of them); any episode it doubts is checked by the schema itself.
    """
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
    episodes = doc.get("episodes")
    shell = dict(doc)
    if isinstance(episodes, list):
        shell["episodes"] = []
    err = _first_error(_validator(), shell)
    if err is not None:
        raise SessionFileError(path, _place(err.absolute_path), err.message)
    if isinstance(episodes, list):
        for i, ep in enumerate(episodes):
            if not _episode_looks_valid(ep):
                err = _first_error(_episode_validator(), ep)
                if err is not None:
                    place = _place(["episodes", i, *err.absolute_path])
                    raise SessionFileError(path, place, err.message)


def _first_error(validator: Any, doc: Any) -> Any:
    import jsonschema

    return jsonschema.exceptions.best_match(validator.iter_errors(doc))


def _episode_looks_valid(ep: Any) -> bool:
    if type(ep) is not dict:
        return False
    i, la, co, on = ep.get("id"), ep.get("layer"), ep.get("code"), ep.get("onset_ms")
    off, note, mods = ep.get("offset_ms"), ep.get("note", ""), ep.get("modifiers", {})
    return (
        type(i) is str
        and i != ""
        and type(la) is str
        and type(co) is str
        and type(on) is int
        and on >= 0
        and (off is None or (type(off) is int and off >= 0))
        and type(note) is str
        and type(mods) is dict
        and all(type(v) is str or v is None for v in mods.values())
    )


def loads(text: str | bytes, path: str | os.PathLike[str] = "<memory>") -> Session:
    try:
        doc = json.loads(text)
    except UnicodeDecodeError as exc:
        raise SessionFileError(path, f"byte {exc.start}", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        problem = "the file is not valid JSON (is it truncated or damaged?): " + exc.msg
        raise SessionFileError(path, f"line {exc.lineno}, column {exc.colno}", problem) from None
    return session_from_document(doc, path)


def session_from_document(doc: Any, path: str | os.PathLike[str] = "<memory>") -> Session:
    check_document(doc, path)
    try:
        scheme = scheme_from_dict(doc["scheme"])
        scheme.validate()
    except SchemeError as exc:
        raise SessionFileError(path, "scheme", str(exc)) from None
    try:
        session = session_from_dict(doc)
    except SessionError as exc:
        raise SessionFileError(path, "episodes", str(exc)) from None
    problems = session.rating_problems()
    if problems:
        raise SessionFileError(path, "ratings", "; ".join(problems))
    return session


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


def dumps(session: Session) -> bytes:
    """Readable JSON: the header indented, then one episode per line (fast, and diff-friendly).

    ``episodes`` is written as the last key so that it can be spliced in without parsing.
    """
    doc = session_to_dict(session)
    episodes = doc.pop("episodes")
    head = json.dumps(doc, ensure_ascii=False, indent=1)
    assert head.endswith("\n}")
    # One C-speed encode of the whole list, then a line break between records; a break
    # between JSON tokens is only whitespace, so this can never change what the file means.
    body = _COMPACT.encode(episodes)[1:-1].replace('}, {"id": ', '},\n  {"id": ')
    tail = '"episodes": [\n  ' + body + "\n ]\n}" if episodes else '"episodes": []\n}'
    return (head[:-2] + ",\n " + tail).encode("utf-8")


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


def resources_dir() -> Path:
    return Path(__file__).resolve().parents[2] / "resources"


def default_scheme() -> Scheme:
    """The attachment scheme of DOMAIN.md, shipped in ``resources/schemes/attachment.json``."""
    return load_scheme(resources_dir() / "schemes" / "attachment.json")


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
