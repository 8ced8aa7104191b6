"""Marking a text for translation where Qt cannot be imported (core, analysis, io), and
translating core's own sentences.

``pyside6-lupdate`` gathers every ``QT_TRANSLATE_NOOP("context", "literal")`` and
``translate("context", "literal")`` call into the ``.ts`` files, whatever module defines the
function. :func:`QT_TRANSLATE_NOOP` returns the text unchanged, so a table of English texts
(the measures' definitions, the workbook's sheet names) can be marked where it is written and
translated where it is shown. :func:`translate` is for the few sentences core says to a coder
itself (an edit refused: "attuned at 00:00:04.000 would overlap …"): core knows no language,
so it asks the translator the program installed (:func:`install`; the window and the command
line install :func:`attachcoder.io.installed.translations.translate` when they choose their
language), and speaks English until one is installed.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects it
    """``text``, marked for translation in ``context`` (translated later, where it is shown)."""
    return text


def translate(context: str, text: str) -> str:
    """``text`` in the language the program speaks (English until a translator is installed);
    call it as ``translate("context", "literal {0}").format(…)``."""
    return text if _translator is None else _translator(context, text)


def install(translator: Callable[[str, str], str] | None) -> None:
    """Have :func:`translate` ask ``translator`` (None: English again)."""
    global _translator
    _translator = translator


__all__ = ["QT_TRANSLATE_NOOP", "install", "translate"]
