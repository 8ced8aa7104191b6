"""Core's own sentences (a refused edit) speak the language the program installed."""

from __future__ import annotations

import pytest
from coded_sessions import coded

from attachcoder.core import translatable
from attachcoder.core.session import SessionError


def _refusal() -> str:
    s = coded("A 0-8, M 8-10")
    first = next(e for e in s.iter_episodes() if e.code == "attuned")
    with pytest.raises(SessionError) as caught:
        s.apply(s.plan_update(first.id, offset_ms=9000))  # runs into the misattuned one
    return str(caught.value)


def test_a_refused_edit_is_english_until_a_translator_is_installed() -> None:
    english = _refusal()
    assert "would overlap" in english and "attuned at" not in english
    translatable.install(lambda context, text: f"⟦{context}:{text}⟧")
    try:
        said = _refusal()
    finally:
        translatable.install(None)
    assert "⟦session:{0} would overlap {1} in layer {2}⟧" not in said  # formatted, not raw
    assert said.startswith("⟦session:") and "attuned 00:00:00.000–00:00:09.000" in said
    assert _refusal() == english


def test_the_marker_returns_its_text() -> None:
    assert translatable.QT_TRANSLATE_NOOP("ctx", "text") == "text"
