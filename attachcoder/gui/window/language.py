"""The window's language: Qt's translators installed at start, and the choice in File → Language….

The translations are Qt's own (``.qm`` compiled from ``resources/translations/*.ts``, see
:mod:`attachcoder.io.installed.translations`); Qt's own strings (standard buttons, file
dialogs) come from the ``qtbase`` translations PySide6 ships. Numbers, dates and times shown in
the window follow the language's locale (``QLocale.setDefault``); times in files never change.
A new choice takes effect at the next start: every window is built in one language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QInputDialog, QWidget

from attachcoder.gui.window.settings import Settings, save_settings
from attachcoder.io.installed.translations import (
    LANGUAGES,
    SOURCE_LANGUAGE,
    choose,
    qm_path,
    set_language,
)

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []  # kept alive as long as the application


def install(app: QCoreApplication, requested: str | None = None) -> str:
    """Load the translations of ``requested`` (``--lang``, the setting) or of the system;
    returns the language now in use."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    lang = set_language(choose(requested))
    QLocale.setDefault(QLocale(lang))
    if lang == SOURCE_LANGUAGE:
        return lang
    qt = QTranslator(app)
    where = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(lang), "qtbase", "_", where):
        app.installTranslator(qt)
        _installed.append(qt)
    path = qm_path(lang)
    ours = QTranslator(app)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s is installed; the window speaks English", lang)
    return lang


def choose_language(parent: QWidget, settings: Settings) -> str | None:
    """File → Language…: pick one (or the system's); saved at once, used from the next start."""
    system = QCoreApplication.translate("language", "Follow the system")
    names = [system, *LANGUAGES.values()]
    current = names.index(LANGUAGES[settings.language]) if settings.language in LANGUAGES else 0
    name, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("language", "Language"),
        QCoreApplication.translate(
            "language", "The language of the window, the default scheme and the workbook:"
        ),
        names,
        current,
        False,
    )
    if not ok:
        return None
    code = "" if name == system else next(c for c, n in LANGUAGES.items() if n == name)
    settings.language = code
    save_settings(settings)
    return code


def restart_note(code: str) -> str:
    name = LANGUAGES.get(code) or QCoreApplication.translate("language", "the system's language")
    return QCoreApplication.translate(
        "language", "attachcoder speaks {0} from its next start."
    ).format(name)


__all__ = ["choose_language", "install", "restart_note"]
