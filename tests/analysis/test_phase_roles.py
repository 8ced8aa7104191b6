"""The still-face effect and reunion carry-over follow the phase codes' roles, not their order.

Issue 11: with a baseline phase first, or the phases reordered in the scheme editor, the
effects were computed against the wrong phase. Each case here codes the same interaction and
checks the effects against figures worked by hand.
"""

from __future__ import annotations

import dataclasses
import math

import pytest
from coded_sessions import coded, value

from attachcoder.analysis.tallies import analyse, measures_table
from attachcoder.core import Code, Scheme
from attachcoder.io.session.file import default_scheme

# play: A 8 of 10 s (.8); still-face: A 4 of 10 (.4); reunion: A 5 of 10 (.5)
INTERACTION = "A 0-8, M 8-10, M 10-16, A 16-20, A 20-25, M 25-30"
PHASES = "play 0-10, still-face 10-20, reunion 20-30"


def phase_scheme(codes: list[Code]) -> Scheme:
    s = default_scheme()
    layers = tuple(
        dataclasses.replace(la, codes=tuple(codes)) if la.role == "phase" else la for la in s.layers
    )
    return dataclasses.replace(s, layers=layers)


def default_phase_codes() -> dict[str, Code]:
    layer = default_scheme().layer("Phase")
    assert layer is not None
    return {c.name: c for c in layer.codes}


def test_the_default_schemes_phase_codes_have_their_roles() -> None:
    codes = default_phase_codes()
    assert {name: c.role for name, c in codes.items()} == {
        "play": "play",
        "still-face": "still-face",
        "reunion": "reunion",
    }


def test_a_baseline_phase_first_does_not_shift_the_comparison() -> None:
    codes = default_phase_codes()
    baseline = Code("baseline", key="q", color="#000000")
    scheme = phase_scheme([baseline, codes["play"], codes["still-face"], codes["reunion"]])
    s = coded(
        INTERACTION,
        phases="baseline 0-5, " + PHASES.replace("play 0-10", "play 5-10"),
        scheme=scheme,
    )
    t = measures_table(s)
    # play 5-10: A 5-8 (3 s of 5) = .6; still-face .4; reunion .5
    assert value(t, "proportion_attuned", phase="play") == pytest.approx(0.6)
    assert value(t, "still_face_effect_proportion_attuned") == pytest.approx(0.4 - 0.6)
    assert value(t, "reunion_carryover_proportion_attuned") == pytest.approx(0.5 - 0.6)


def test_reordered_phase_codes_give_the_same_effects() -> None:
    codes = default_phase_codes()
    reordered = phase_scheme([codes["reunion"], codes["still-face"], codes["play"]])
    t = measures_table(coded(INTERACTION, phases=PHASES, scheme=reordered))
    assert value(t, "still_face_effect_proportion_attuned") == pytest.approx(0.4 - 0.8)
    assert value(t, "reunion_carryover_proportion_attuned") == pytest.approx(0.5 - 0.8)
    assert value(t, "still_face_effect_ruptures") == 0


def test_without_roles_the_effects_are_empty_with_a_note() -> None:
    names = [Code("Spiel", key="p"), Code("Standbild", key="s"), Code("Wiedersehen", key="r")]
    s = coded(
        INTERACTION,
        phases="Spiel 0-10, Standbild 10-20, Wiedersehen 20-30",
        scheme=phase_scheme(names),
    )
    tallies = analyse(s)
    t = tallies.table
    for prefix in ("still_face_effect_", "reunion_carryover_"):
        assert math.isnan(value(t, prefix + "proportion_attuned"))
        assert math.isnan(value(t, prefix + "ruptures"))
    note = next(n for n in tallies.notes if "still-face effect" in n)
    assert "'play' / 'still-face' / 'reunion'" in note and "scheme editor" in note
