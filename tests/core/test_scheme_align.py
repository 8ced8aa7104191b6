"""One scheme read in another's words: by role, then key, then name; modifiers by position."""

from __future__ import annotations

import dataclasses

from coded_sessions import coded, translated

from attachcoder.core import Code
from attachcoder.core.scheme import Layer, ModifierSpec, Scheme
from attachcoder.core.scheme_align import align_scheme, aligned_session
from attachcoder.io.session.file import default_scheme


def test_each_shipped_language_reads_as_the_english_scheme_word_for_word() -> None:
    english = default_scheme("en")
    for lang in ("de", "es", "fr", "pt_BR"):
        other = default_scheme(lang)
        a = align_scheme(other, english)
        assert a.renames, lang
        assert a.scheme.layers == english.layers, f"{lang}: not the English layers and codes"
        assert [r.name for r in a.scheme.rating_items] == [r.name for r in english.rating_items]
        # every layer, code, modifier and value found its partner
        assert len(a.layers) == len(english.layers)
        assert len(a.codes) == sum(len(la.codes) for la in english.layers)


def test_the_english_scheme_reads_as_itself() -> None:
    english = default_scheme("en")
    session = coded("A 0-8, M 8-10, R 10-12", phases="play 0-12")
    assert not align_scheme(english, english).renames
    assert aligned_session(session, english) is session  # nothing copied


def _layer(name: str, *codes: Code, role: str | None = None, kind: str = "state") -> Layer:
    return Layer(name, kind, codes, role=role)  # type: ignore[arg-type]


def test_roles_come_first_then_keys_then_names() -> None:
    ref = Scheme(
        "s",
        (
            _layer(
                "Interaction",
                Code("in sync", "1", role="attuned"),
                Code("off", "2"),
                Code("same", "3"),
                role="interaction",
            ),
            _layer("Marks", Code("bid", "b"), kind="point"),
        ),
    )
    own = Scheme(
        "s",
        (
            # another key for the attuned code: its role finds it; "weg" has the key of "off"
            _layer(
                "Interaktion",
                Code("synchron", "9", role="attuned"),
                Code("weg", "2"),
                Code("same", "7"),
                role="interaction",
            ),
            _layer("Markierungen", Code("Angebot", "B"), kind="point"),  # keys ignore case
        ),
    )
    a = align_scheme(own, ref)
    assert a.layers == {"Interaktion": "Interaction", "Markierungen": "Marks"}
    assert a.codes == {
        ("Interaktion", "synchron"): "in sync",
        ("Interaktion", "weg"): "off",
        ("Interaktion", "same"): "same",
        ("Markierungen", "Angebot"): "bid",
    }


def test_a_role_two_codes_share_falls_back_to_their_keys() -> None:
    ref = Scheme(
        "s", (_layer("L", Code("x", "1", role="excluded"), Code("y", "2", role="excluded")),)
    )
    own = Scheme(
        "s", (_layer("L", Code("Y", "2", role="excluded"), Code("X", "1", role="excluded")),)
    )
    assert align_scheme(own, ref).codes == {("L", "Y"): "y", ("L", "X"): "x"}


def test_a_match_that_would_give_two_codes_one_name_is_not_made() -> None:
    ref = Scheme("s", (_layer("L", Code("a", "1"), Code("b", "2")),))
    own = Scheme("s", (_layer("L", Code("b", "1"), Code("c", "9")),))  # "b" → "a" is fine,
    a = align_scheme(own, ref)
    assert a.codes == {("L", "b"): "a"}  # "c" finds no partner and keeps its name
    clash = Scheme("s", (_layer("L", Code("z", "1"), Code("a", "9")),))  # "z" → "a" clashes
    assert align_scheme(clash, ref).codes == {}


def test_a_german_session_reads_as_the_english_one_modifier_values_by_position() -> None:
    english = coded(
        "A 0-8, M 8-10, R 10-12, A 12-14", phases="play 0-14", marks="b 5, n 7",
        ratings={"sensitivity": 6},
    )  # fmt: skip
    eps = list(english.iter_episodes())
    repair = next(e for e in eps if e.code == "repair")
    english.apply(english.plan_update(repair.id, modifiers={"initiator": "infant"}))
    german = translated(english, default_scheme("de"))
    assert german.episode(repair.id).modifiers == {"Initiator": "Säugling"}
    aligned = aligned_session(german, english.scheme)
    assert sorted(aligned.iter_episodes()) == sorted(english.iter_episodes())
    assert aligned.ratings == {"sensitivity": 6}
    assert german.episode(repair.id).code == "Reparatur"  # the coder's session is unchanged


def test_a_modifier_with_fewer_values_keeps_those_without_a_partner() -> None:
    ref = Scheme("s", (_layer("L", Code("r", "1", modifiers=(ModifierSpec("who", ("a", "b")),))),))
    own_code = Code("R", "1", modifiers=(ModifierSpec("wer", ("A", "B", "C")),))
    a = align_scheme(Scheme("s", (_layer("L", own_code),)), ref)
    code = a.scheme.layers[0].codes[0]
    assert code.modifiers[0] == dataclasses.replace(own_code.modifiers[0], name="who",
                                                    values=("a", "b", "C"))  # fmt: skip
