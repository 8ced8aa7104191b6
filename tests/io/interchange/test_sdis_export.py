"""SDIS for GSEQ: safe code names with their mapping, declared sets, one block per session."""

from __future__ import annotations

import dataclasses
import re

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Layer, Scheme
from attachcoder.core.session import Media, Metadata, Session
from attachcoder.io.interchange import sdis_text, write_sdis
from attachcoder.io.interchange.sdis import sdis_names
from attachcoder.io.session.file import default_scheme


def session(**metadata) -> Session:
    episodes = [
        Episode("e1", "Phase", "play", 0, 120000),
        Episode("e2", "Interaction", "attuned", 0, 4200),
        Episode("e3", "Interaction", "misattuned", 4200, 7800, note="private words"),
        Episode("e4", "Interaction", "repair", 7800, 9000, modifiers={"initiator": "infant"}),
        Episode("e5", "Marks", "infant bid", 6120),
        Episode("e6", "Phase", "still-face", 120000, 240000),
    ]
    return Session(
        default_scheme(),
        metadata=Metadata(**metadata),
        media=[Media("/home/lab/videos/D014.mp4", duration_ms=360000)],
        duration_ms=360000,
        episodes=episodes,
    )


def test_the_document_declares_each_state_layer_as_a_set_and_lists_the_events():
    s = session(dyad_id="D014", coder_id="C2", session_date="2026-03-02")
    text, warnings = sdis_text([(s.metadata.session_key(), s)])
    assert warnings == []
    lines = text.splitlines()
    declaration = next(line for line in lines if line.startswith("Timed"))
    assert declaration == (
        "Timed (attuned misattuned repair uncodable) (play still_face reunion) infant_bid note;"
    )
    body = " ".join(lines[lines.index(declaration) + 1 :])
    assert body.startswith("<D014_2026-03-02_C2> ,0.000 ")
    assert body.endswith(",360.000/")
    events = re.findall(r"(\w+),([\d.]+)(?:-([\d.]+))?", body)
    assert ("attuned", "0.000", "4.200") in events
    assert ("misattuned", "4.200", "7.800") in events
    assert ("still_face", "120.000", "240.000") in events
    assert ("infant_bid", "6.120", "") in events  # a point: onset only
    # onsets are in time order
    onsets = [float(on) for code, on, _ in events if code]
    assert onsets == sorted(onsets)


def test_the_name_mapping_is_a_comment_at_the_top():
    s = session()
    text, _ = sdis_text([("S1", s)])
    head = text.split("Timed", 1)[0].splitlines()
    assert all(line.startswith("%") and line.endswith("%") for line in head)
    assert "%   still_face = Phase: still-face %" in head
    assert "%   infant_bid = Marks: infant bid %" in head


def test_nothing_private_reaches_the_file(tmp_path):
    s = session(dyad_id="D014", notes="the mother said…")
    path = tmp_path / "out.sds"
    write_sdis([("D014_NA_NA", s)], path)
    text = path.read_text(encoding="utf-8")
    assert "videos" not in text and "D014.mp4" not in text
    assert "private words" not in text and "initiator" not in text and "mother" not in text


def test_names_are_made_safe_and_unique():
    layers = (
        Layer("Mom", "state", (Code("look at"), Code("Ärger!"), Code("2nd"), Code("timed"))),
        Layer("Baby", "state", (Code("look at"), Code("%"))),
    )
    scheme = Scheme("x", layers).validate()
    names = sdis_names([("s", Session(scheme))])
    assert names == {
        ("Mom", "look at"): "Mom_look_at",
        ("Mom", "Ärger!"): "Arger",
        ("Mom", "2nd"): "c2nd",
        ("Mom", "timed"): "timed_2",
        ("Baby", "look at"): "Baby_look_at",
        ("Baby", "%"): "code",
    }
    assert all(re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", v) for v in names.values())


def test_several_sessions_one_block_each_and_running_states_closed_at_the_observed_end():
    a = session(dyad_id="A")
    b = session(dyad_id="B", extra={"observed_to_ms": 330000})
    b.start("Interaction", "attuned", 300000)
    b.metadata = dataclasses.replace(b.metadata, observed_to_ms=330000)
    text, warnings = sdis_text([("A", a), ("B", b)])
    assert sum(line.endswith("/") for line in text.splitlines()) == 2
    assert text.count("<A>") == 1 and text.count("<B>") == 1
    # the running state ends where B was observed to, and so does B's sequence
    assert "attuned,300.000-330.000" in text and ",330.000/" in text
    assert len(warnings) == 1 and "still running" in warnings[0]


def test_a_running_state_without_an_observed_end_is_left_out_and_named():
    b = session(dyad_id="B")
    b.start("Interaction", "attuned", 300000)
    text, warnings = sdis_text([("B", b)])
    assert "300.000" not in text
    assert len(warnings) == 1 and "left out" in warnings[0] and "00:05:00.000" in warnings[0]


def test_nothing_is_written_past_the_sessions_end():
    """A running state without an observed end is left out (named), never closed 1 ms after
    the end; one running at the very end of an observed session has no time left either."""
    a = session(dyad_id="A")
    a.start("Interaction", "attuned", 360000)
    text, warnings = sdis_text([("A", a)])
    assert "360.000-" not in text and "360.001" not in text
    assert text.rstrip().endswith(",360.000/")
    assert len(warnings) == 1 and "left out" in warnings[0]
    times = [float(t) for t in re.findall(r"(\d+\.\d{3})", text.split("<A>")[1])]
    assert max(times) == 360.0
