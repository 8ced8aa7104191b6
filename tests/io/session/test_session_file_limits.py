"""The loader refuses what would break the window later, naming file and place: times out of
their documented range, numbers that are not finite, lone surrogates, absurd nesting — and
nothing not finite (or not Unicode) can ever be written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attachcoder.core import Metadata, Session
from attachcoder.core.limits import MAX_TIME_MS
from attachcoder.io.atomic import WriteError
from attachcoder.io.session.file import SessionFileError, default_scheme, dumps, load, loads, save


def _doc() -> dict:
    s = Session(default_scheme(), duration_ms=60_000)
    s.add_point("Marks", "infant bid", 1000)
    doc = json.loads(dumps(s))
    doc["media"] = [{"path": "v.mp4", "sha256": None, "size": 10, "duration_ms": 60_000,
                     "fps": 25.0, "offset_ms": 0}]  # fmt: skip
    return doc


def _text(doc: dict, old: str, new: str) -> str:
    text = json.dumps(doc)
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "place"),
    [
        ('"offset_ms": 0}]', f'"offset_ms": {2**31 - 1}}}]', "media[0].offset_ms"),
        ('"offset_ms": 0}]', f'"offset_ms": {-(2**31)}}}]', "media[0].offset_ms"),
        ('"duration_ms": 60000,', f'"duration_ms": {10**30},', "duration_ms"),
        ('"onset_ms": 1000', f'"onset_ms": {MAX_TIME_MS + 1}', "episodes[0] (id 'e1').onset_ms"),
        ('"size": 10', f'"size": {2**64}', "media[0].size"),
        ('"fps": 25.0', '"fps": 1e400', "media[0].fps"),
        ('"fps": 25.0', '"fps": NaN', "media[0].fps"),
        ('"fps": 25.0', '"fps": 100000.0', "media[0].fps"),
        ('"infant_age_months": null', '"infant_age_months": -1e400', "metadata.infant_age_months"),
        ('"dyad_id": ""', '"dyad_id": "D\\ud800"', "metadata.dyad_id"),
        ('"code": "infant bid"', '"code": "\\udc00bid"', "episodes[0].code"),
        ('"dyad_id": ""', '"dyad_id": ' + "[" * 500 + "]" * 500, "metadata"),
        ('"note": ""', '"note": "", "x-later": ' + "[" * 100 + "]" * 100, "episodes[0] (id 'e1')"),
    ],
)
def test_out_of_range_or_unwritable_values_are_refused_with_their_place(
    old: str, new: str, place: str
) -> None:
    with pytest.raises(SessionFileError) as info:
        loads(_text(_doc(), old, new), "f.acs")
    assert info.value.place.startswith(place), info.value
    assert str(info.value).startswith("f.acs: ")


def test_the_limits_themselves_load() -> None:
    doc = _doc()
    doc["duration_ms"] = MAX_TIME_MS
    doc["media"][0]["offset_ms"] = -MAX_TIME_MS
    doc["episodes"][0]["onset_ms"] = MAX_TIME_MS
    assert loads(json.dumps(doc)).duration_ms == MAX_TIME_MS


def test_a_valid_surrogate_pair_is_a_character_not_a_problem() -> None:
    text = _text(_doc(), '"dyad_id": ""', '"dyad_id": "\\ud83d\\ude00"')
    assert loads(text).metadata.dyad_id == "\U0001f600"


@pytest.mark.parametrize(
    "metadata",
    [Metadata(infant_age_months=float("inf")), Metadata(dyad_id="D\ud800")],
    ids=["infinity", "lone surrogate"],
)
def test_what_no_file_can_hold_is_never_written(tmp_path: Path, metadata: Metadata) -> None:
    path = tmp_path / "s.acs"
    s = Session(default_scheme(), duration_ms=60_000)
    save(s, path)
    before = path.read_bytes()
    s.set_field("metadata", metadata)
    with pytest.raises(WriteError, match="cannot store"):
        save(s, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.acs"]
    assert load(path).metadata == Metadata()


def test_check_and_batch_go_on_past_a_file_with_a_lone_surrogate(tmp_path: Path, capsys) -> None:
    from attachcoder.cli import main

    good = tmp_path / "a.acs"
    bad = tmp_path / "b.acs"
    save(Session(default_scheme(), duration_ms=1000), good)
    bad.write_text(_text(_doc(), '"notes": ""', '"notes": "x\\udfff"'), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}: metadata.notes: the text holds a lone Unicode surrogate" in out
    assert f"{good}: ok" in out
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.xlsx"), "--quiet"]) == 1
    assert (tmp_path / "out.xlsx").exists()
    assert main(["export", str(bad), str(good), "-o", str(tmp_path / "books")]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err
    assert "b.acs" in captured.err



def test_a_code_key_no_one_can_type_is_refused_with_its_place() -> None:
    # the window fuzzer's find: a NUL key passed check, and no key press could ever give it
    text = _text(_doc(), '"key": "1"', '"key": "\\u0000"')
    with pytest.raises(SessionFileError, match=r"code 'attuned': key '\\x00' is not a character"):
        loads(text, "nul-key.acs")
