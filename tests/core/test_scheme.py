"""The scheme validates itself: each broken rule is one clear sentence naming what to fix."""

from __future__ import annotations

import pytest

from attachcoder.core import Code, Layer, ModifierSpec, RatingItem, Scheme, SchemeError
from attachcoder.io.session.file import default_scheme


def scheme(*codes: Code, kind: str = "state", items: tuple[RatingItem, ...] = ()) -> Scheme:
    return Scheme("s", (Layer("L", kind, codes),), rating_items=items)  # type: ignore[arg-type]


def only_problem(s: Scheme) -> str:
    problems = s.problems()
    assert len(problems) == 1, problems
    return problems[0]


def test_the_default_scheme_is_sound_and_has_the_roles_the_measures_need() -> None:
    s = default_scheme()
    assert s.problems() == []
    interaction = s.layer_with_role("interaction")
    assert interaction is not None and interaction.is_state
    roles = {c.role for c in interaction.codes}
    assert roles == {"attuned", "misattuned", "repair", "excluded"}
    assert s.layer("Marks") is not None and not s.layer("Marks").is_state  # type: ignore[union-attr]
    assert s.rating_item("sensitivity") == RatingItem(
        "sensitivity", 1, 9, s.rating_items[0].definition
    )


def test_keys_clash_case_insensitively() -> None:
    s = scheme(Code("a", key="a"), Code("b", key="A"))
    msg = only_problem(s)
    assert "key 'A' is already used by code 'a' in layer 'L'" in msg
    with pytest.raises(SchemeError) as info:
        s.validate()
    assert info.value.problems == [msg]


def test_keys_clash_across_layers() -> None:
    s = Scheme(
        "s",
        (
            Layer("One", "state", (Code("a", key="x"),)),
            Layer("Two", "point", (Code("b", key="X"),)),
        ),
    )
    assert "already used by code 'a' in layer 'One'" in only_problem(s)


@pytest.mark.parametrize(("key", "label"), [(" ", "Space"), (".", "'.'"), ("[", "'['")])
def test_a_key_the_player_uses_is_refused(key: str, label: str) -> None:
    msg = only_problem(scheme(Code("a", key=key)))
    assert f"key {label} is used by the player; choose another" in msg


@pytest.mark.parametrize("key", ["\x00", "\t", "\n", "\x7f", "\u200b", "\u00a0"])
def test_a_key_no_one_can_type_is_refused(key: str) -> None:
    # a NUL key once passed check; the window could never be given it
    msg = only_problem(scheme(Code("a", key=key)))
    assert f"key {key!r} is not a character one can type" in msg


def test_a_key_must_be_one_character() -> None:
    assert "must be a single character" in only_problem(scheme(Code("a", key="ab")))


def test_empty_and_duplicate_code_names() -> None:
    assert "a code has an empty name" in only_problem(scheme(Code("  ")))
    assert "two codes are named 'a'" in only_problem(scheme(Code("a"), Code("a")))


def test_empty_and_duplicate_layer_names() -> None:
    empty = Scheme("s", (Layer("", "state", ()),))
    assert only_problem(empty) == "a layer has an empty name"
    twice = Scheme("s", (Layer("L", "state", ()), Layer("L", "point", ())))
    assert only_problem(twice) == "two layers are named 'L'"


def test_the_scheme_needs_a_name() -> None:
    assert only_problem(Scheme(" ", ())) == "the scheme has no name"


@pytest.mark.parametrize("colour", ["red", "#12345", "#1234567", "009E73", "#GG0000"])
def test_a_bad_colour_is_refused(colour: str) -> None:
    msg = only_problem(scheme(Code("a", color=colour)))
    assert msg == f"layer 'L', code 'a': colour {colour!r} is not of the form #RRGGBB"


def test_good_colours_in_either_case_pass() -> None:
    assert scheme(Code("a", color="#00ff7F")).problems() == []


def test_unknown_roles_and_kinds() -> None:
    assert "unknown code role 'happy'" in only_problem(scheme(Code("a", role="happy")))
    bad_layer = Scheme("s", (Layer("L", "state", (), role="mood"),))
    assert "unknown layer role 'mood'" in only_problem(bad_layer)
    bad_kind = Scheme("s", (Layer("L", "interval", ()),))  # type: ignore[arg-type]
    assert "kind must be 'state' or 'point'" in only_problem(bad_kind)


def test_modifier_rules() -> None:
    twice = ModifierSpec("who", ("a", "a"))
    assert "modifier 'who' lists a value twice" in only_problem(
        scheme(Code("c", modifiers=(twice,)))
    )
    same = (ModifierSpec("who", ("a",)), ModifierSpec("who", ("b",)))
    assert "two modifiers are named 'who'" in only_problem(scheme(Code("c", modifiers=same)))
    empty = (ModifierSpec("", ("a",)),)
    assert "a modifier has an empty name" in only_problem(scheme(Code("c", modifiers=empty)))


def test_rating_items() -> None:
    backwards = RatingItem("warmth", 7, 1)
    assert "min 7 must be below max 1" in only_problem(scheme(items=(backwards,)))
    twice = (RatingItem("w", 1, 5), RatingItem("w", 1, 7))
    assert only_problem(scheme(items=twice)) == "two rating items are named 'w'"
    item = RatingItem("w", 1, 9)
    assert item.check(5) is None and item.check(9.0) is None
    assert item.check(10) == "rating 'w' is 10, outside 1–9"
    assert item.check(True) is not None and item.check("5") is not None  # type: ignore[arg-type]


def test_every_problem_is_reported_at_once() -> None:
    s = scheme(Code("", key=" "), Code("b", color="blue"), Code("b"))
    assert len(s.problems()) == 4
    with pytest.raises(SchemeError, match="colour 'blue'"):
        s.validate()


def test_code_for_key_ignores_case() -> None:
    s = default_scheme()
    found = s.code_for_key("P")
    assert found is not None and (found[0].name, found[1].name) == ("Phase", "play")
    assert s.code_for_key("q") is None
