"""Phase roles: checked by the scheme, and given on load to files written before they existed."""

from __future__ import annotations

import dataclasses
import json

from attachcoder.core import Code, Layer, Scheme, Session
from attachcoder.core.phase_roles import with_phase_roles
from attachcoder.io.session.file import default_scheme, dumps, loads


def phase_layer(*codes: Code, role: str | None = "phase") -> Scheme:
    return Scheme("s", (Layer("Phase", "state", codes, role=role),))


def test_named_phase_codes_without_roles_get_them() -> None:
    old = phase_layer(Code("play"), Code("Still-Face"), Code("reunion "), Code("baseline"))
    layer = with_phase_roles(old).layers[0]
    assert [c.role for c in layer.codes] == ["play", "still-face", "reunion", None]


def test_other_names_get_no_role_and_chosen_roles_are_kept() -> None:
    other = phase_layer(Code("Spiel"), Code("Standbild"))
    assert with_phase_roles(other) is other
    chosen = phase_layer(Code("play", role="reunion"), Code("reunion"))
    assert with_phase_roles(chosen) is chosen  # a role was set on purpose: nothing guessed
    not_phase = phase_layer(Code("play"), role=None)
    assert with_phase_roles(not_phase) is not_phase


def test_phase_roles_belong_to_the_phase_layer_once_each() -> None:
    assert phase_layer(Code("a", role="play"), Code("b", role="still-face")).problems() == []
    twice = phase_layer(Code("a", role="play"), Code("b", role="play")).problems()
    assert twice == [
        "layer 'Phase': two codes have role 'play'; a phase role names one code, "
        "so give the other another role or none"
    ]
    # outside the phase layer a phase role is ignored by the measures, not refused
    other = phase_layer(Code("a", role="reunion"), Code("b", role="reunion"), role=None)
    assert other.problems() == []


def test_a_file_without_phase_roles_loads_with_them_and_saves_them() -> None:
    doc = json.loads(dumps(Session(default_scheme())))
    for la in doc["scheme"]["layers"]:
        for c in la["codes"]:
            if la.get("role") == "phase":
                del c["role"]
    session = loads(json.dumps(doc))
    phase = session.scheme.layer("Phase")
    assert phase is not None
    assert [c.role for c in phase.codes] == ["play", "still-face", "reunion"]
    saved = json.loads(dumps(session))
    codes = next(la for la in saved["scheme"]["layers"] if la["name"] == "Phase")["codes"]
    assert [c["role"] for c in codes] == ["play", "still-face", "reunion"]
    assert dataclasses.replace(session.scheme) == default_scheme()


def _phase_codes(doc: dict) -> list[dict]:
    return next(la for la in doc["scheme"]["layers"] if la.get("role") == "phase")["codes"]


def test_a_role_cleared_on_purpose_stays_cleared_after_save_and_load() -> None:
    scheme = default_scheme()
    phase = scheme.layer("Phase")
    assert phase is not None
    cleared = tuple(dataclasses.replace(c, role=None) for c in phase.codes)
    layers = tuple(
        dataclasses.replace(la, codes=cleared) if la.name == "Phase" else la for la in scheme.layers
    )
    session = Session(dataclasses.replace(scheme, layers=layers))
    text = dumps(session)
    # the file says these phase codes have no role, so it is not read as one from before roles
    assert [c["role"] for c in _phase_codes(json.loads(text))] == [None, None, None]
    back = loads(text).scheme.layer("Phase")
    assert back is not None and [c.role for c in back.codes] == [None, None, None]


def test_one_cleared_role_beside_kept_ones_is_not_given_back() -> None:
    doc = json.loads(dumps(Session(default_scheme())))
    _phase_codes(doc)[0]["role"] = None  # "play" cleared, still-face and reunion kept
    phase = loads(json.dumps(doc)).scheme.layer("Phase")
    assert phase is not None
    assert [c.role for c in phase.codes] == [None, "still-face", "reunion"]


def test_only_unmarked_layers_are_migrated() -> None:
    old = phase_layer(Code("play"), Code("reunion"))
    assert with_phase_roles(old, layers=()) is old
    assert [c.role for c in with_phase_roles(old, layers=["Phase"]).layers[0].codes] == [
        "play",
        "reunion",
    ]
