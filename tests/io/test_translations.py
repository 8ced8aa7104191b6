"""The languages shipped: the language chosen, the default scheme in each language (same
structure, keys and roles as the English one), and the glossaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from attachcoder.io.installed.translations import (
    LANGUAGES,
    choose,
    language,
    normalise,
    system_language,
    translate,
)
from attachcoder.io.session.file import default_scheme

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "code"),
    [("de_DE.UTF-8", "de"), ("de_AT", "de"), ("es_MX.UTF-8", "es"), ("fr_CA", "fr"),
     ("pt_BR.UTF-8", "pt_BR"), ("pt_PT", "pt_BR"), ("en_US", "en"), ("ja_JP", None)],
)  # fmt: skip
def test_language_names_normalise(name: str, code: str | None) -> None:
    assert normalise(name) == code


def test_the_language_follows_the_system_unless_one_is_chosen() -> None:
    assert system_language({"LANG": "de_DE.UTF-8"}) == "de"
    assert system_language({"LANGUAGE": "fr:en", "LANG": "de_DE.UTF-8"}) == "fr"
    assert system_language({"LC_ALL": "C", "LANG": "es_ES.UTF-8"}) == "es"
    assert choose("pt_BR", {"LANG": "de_DE.UTF-8"}) == "pt_BR"
    assert choose(None, {"LANG": "de_DE.UTF-8"}) == "de"


def test_translate_speaks_english_outside_a_language_block() -> None:
    assert translate("workbook", "Session key") == "Session key"
    with language("xx"):  # unknown: English
        assert translate("workbook", "Session key") == "Session key"


@pytest.mark.parametrize("lang", [c for c in LANGUAGES if c != "en"])
def test_the_default_scheme_in_each_language_matches_the_english_one(lang: str) -> None:
    en, tr = default_scheme("en"), default_scheme(lang)
    assert tr.problems() == []
    assert len(en.layers) == len(tr.layers)
    for a, b in zip(en.layers, tr.layers, strict=True):
        assert (a.kind, a.role) == (b.kind, b.role)
        assert [(c.key, c.role, c.color) for c in a.codes] == [
            (c.key, c.role, c.color) for c in b.codes
        ]
        for ca, cb in zip(a.codes, b.codes, strict=True):
            assert [len(m.values) for m in ca.modifiers] == [len(m.values) for m in cb.modifiers]
            assert cb.definition and (lang == "fr" or cb.definition != ca.definition)
    names = [c.name for layer in tr.layers for c in layer.codes]
    assert names != [c.name for layer in en.layers for c in layer.codes]  # really translated


@pytest.mark.parametrize("lang", [c for c in LANGUAGES if c != "en"])
def test_each_language_has_a_glossary_inviting_review(lang: str) -> None:
    text = (ROOT / "docs" / "translations" / f"{lang}.md").read_text(encoding="utf-8")
    for term in ("attuned", "misattuned", "repair", "rupture", "still-face", "reunion",
                 "codable time", "agreement"):  # fmt: skip
        assert f"| {term} |" in text
    assert "> " in text  # the note inviting a native clinician's review
