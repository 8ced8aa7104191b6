"""The languages attachcoder speaks, and the translations it ships (``resources/translations``).

Every user-visible string is translated through Qt's own mechanism: the window marks its
strings with ``tr()`` / ``QCoreApplication.translate``, ``pyside6-lupdate`` gathers them into
one ``.ts`` file per language (``scripts/translations`` keeps them current) and
``pyside6-lrelease`` compiles each into the ``.qm`` the window loads. The workbook is written
without Qt, so :func:`translate` reads the same ``.ts`` files directly: one set of
translations for the window and the supervisor's workbook. Strings for the workbook are marked
``translate("workbook", "…")`` so that lupdate finds them too.

The language follows the system unless one is chosen (Preferences → Language, kept in the
settings; ``--lang`` on the command line). An unknown language falls back to English.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping
from pathlib import Path

from attachcoder.core import translatable
from attachcoder.core.translatable import QT_TRANSLATE_NOOP
from attachcoder.io.installed.bundled import resource, resource_path

SOURCE_LANGUAGE = "en"
#: language code → its own name (as a menu shows it)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt_BR": "Português (Brasil)",
}
_current: contextvars.ContextVar[str] = contextvars.ContextVar("language", default="en")


def normalise(name: str | None) -> str | None:
    """A language code we ship for ``name`` (``de_AT.UTF-8`` → ``de``, ``pt`` → ``pt_BR``,
    ``fr-CA`` → ``fr``), or None when we do not ship one."""
    if not name:
        return None
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    if base in LANGUAGES:
        return base
    lang = base.split("_")[0].lower()
    if lang == "pt":
        return "pt_BR"
    return lang if lang in LANGUAGES else None


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The language the system asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``,
    then Python's locale), or English."""
    env = os.environ if env is None else env
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        for part in (env.get(var) or "").split(":"):
            if part in ("C", "POSIX") or part.startswith("C."):
                continue
            found = normalise(part)
            if found:
                return found
    return normalise(locale.getlocale()[0]) or SOURCE_LANGUAGE


def choose(requested: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """The language to use: the one asked for (``--lang``, the setting), else the system's."""
    return normalise(requested) or system_language(env)


def qm_path(lang: str) -> Path | None:
    """The compiled translation the window loads, or None (English, or none shipped)."""
    if lang == SOURCE_LANGUAGE:
        return None
    found = resource("translations", f"attachcoder_{lang}.qm")
    return resource_path("translations", f"attachcoder_{lang}.qm") if found.is_file() else None


@functools.cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation, read from the shipped ``.ts`` of ``lang`` (finished
    and unfinished entries both: an empty translation means the source text is used)."""
    if lang == SOURCE_LANGUAGE:
        return {}
    ts = resource("translations", f"attachcoder_{lang}.ts")
    if not ts.is_file():
        return {}
    root = ET.fromstring(ts.read_bytes())
    out: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            if text and (translation is None or translation.get("type") != "obsolete"):
                out[(name, source)] = text
    return out


def current_language() -> str:
    return _current.get()


def set_language(lang: str | None) -> str:
    """The process's language from now on (the window's, or ``--lang``'s): what
    :func:`translate` speaks outside a :func:`language` block, and the default scheme's."""
    chosen = normalise(lang) or SOURCE_LANGUAGE
    _current.set(chosen)
    translatable.install(translate)  # core's sentences (a refused edit) in this language too
    return chosen


@contextlib.contextmanager
def language(lang: str | None) -> Iterator[str]:
    """Within this block, :func:`translate` speaks ``lang`` (normalised; English if unknown)."""
    chosen = normalise(lang) or SOURCE_LANGUAGE
    token = _current.set(chosen)
    try:
        yield chosen
    finally:
        _current.reset(token)


def translate(context: str, text: str) -> str:
    """``text`` in the current language (see :func:`language`), as the ``.ts`` files give it.

    Named like Qt's ``translate`` so ``pyside6-lupdate`` gathers every call into the ``.ts``
    files: call it as ``translate("workbook", "literal text")``.
    """
    lang = _current.get()
    if lang == SOURCE_LANGUAGE:
        return text
    return catalog(lang).get((context, text), text)


__all__ = [
    "LANGUAGES",
    "QT_TRANSLATE_NOOP",
    "SOURCE_LANGUAGE",
    "catalog",
    "choose",
    "current_language",
    "language",
    "normalise",
    "qm_path",
    "set_language",
    "system_language",
    "translate",
]
