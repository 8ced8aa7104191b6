"""Marking a text for translation where Qt cannot be imported (core, analysis, io).

``pyside6-lupdate`` gathers every ``QT_TRANSLATE_NOOP("context", "literal")`` call into the
``.ts`` files, whatever module defines the function; this one returns the text unchanged, so
a table of English texts (the measures' definitions, the workbook's sheet names) can be
marked where it is written and translated where it is shown
(:func:`attachcoder.io.installed.translations.translate` in the workbook, Qt's translators in
the window).
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate expects it
    """``text``, marked for translation in ``context`` (translated later, where it is shown)."""
    return text


__all__ = ["QT_TRANSLATE_NOOP"]
