"""The four shipped languages as a coder who chose one sees them: the menus in that language,
no File entry left in English, and the default scheme in its terms."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from attachcoder.gui.window import language
from attachcoder.io.installed.translations import current_language
from attachcoder.io.session.file import default_scheme as default_language_scheme

MENUS = {
    "de": ["&Datei", "&Bearbeiten"],
    "es": ["&Archivo", "&Edición"],
    "fr": ["&Fichier", "&Édition"],
    "pt_BR": ["&Arquivo", "&Editar"],
}


@pytest.fixture
def speaking(qapp):  # type: ignore[no-untyped-def]
    def use(lang: str) -> str:
        return language.install(QApplication.instance(), lang)

    yield use
    language.install(QApplication.instance(), "en")


@pytest.mark.parametrize("lang", list(MENUS))
def test_the_window_speaks_the_language_chosen(make_window, speaking, lang: str) -> None:
    assert speaking(lang) == lang and current_language() == lang
    w = make_window()
    titles = [a.text() for a in w.menuBar().actions()]
    # the first two menus in the language (the accelerator may sit on another letter)
    for want, got in zip(MENUS[lang], titles, strict=False):
        assert got.replace("&", "") == want.replace("&", ""), (lang, titles)
    entries = [a.text() for a in w.file_menu.actions() if a.text()]
    assert not {"&Quit", "&Save", "Quit", "Save"} & set(entries)  # none left in English
    # the default scheme of a new session is the language's (glossary terms)
    scheme = default_language_scheme(lang)
    assert scheme.layers[0].codes[0].name != "attuned"
