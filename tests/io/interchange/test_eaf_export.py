"""Exporting EAF 3.0: valid against ELAN's schema, vocabularies from the scheme, media path."""

from __future__ import annotations

import dataclasses
import functools
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from attachcoder.core.episode import Episode
from attachcoder.core.session import Media, Metadata, Session
from attachcoder.io.interchange import write_eaf
from attachcoder.io.interchange.eaf import read_eaf
from attachcoder.io.interchange.eaf_export import eaf_bytes
from attachcoder.io.session.file import default_scheme

ROOT = Path(__file__).resolve().parents[3]


def read_eaf_file(path: Path) -> Session:
    return read_eaf(path).sessions[0][1]


@functools.cache
def load_schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture
def eaf_schema(fixtures):
    return load_schema(fixtures / "elan" / "EAFv3.0.xsd")


def coded_session() -> Session:
    episodes = [
        Episode("e1", "Phase", "play", 0, 120000),
        Episode("e2", "Interaction", "attuned", 0, 4200),
        Episode("e3", "Interaction", "misattuned", 4200, 7800, note="infant turns away"),
        Episode("e4", "Interaction", "repair", 7800, 9000, modifiers={"initiator": "caregiver"}),
        Episode("e5", "Marks", "infant bid", 6120),
        Episode("e6", "Marks", "infant bid", 6120),
    ]
    return Session(
        default_scheme(),
        metadata=Metadata(dyad_id="D014", coder_id="C2", session_date="2026-03-02"),
        media=[Media("video/D014.mp4", duration_ms=360000, fps=25.0)],
        duration_ms=360000,
        episodes=episodes,
        ratings={"sensitivity": 6},
    )


def valid(schema, data: bytes) -> bool:
    ok = schema.validate(etree.fromstring(data))
    assert ok, schema.error_log
    return ok


def test_export_validates_against_the_eaf_30_schema(eaf_schema):
    data, warnings = eaf_bytes(coded_session(), media_base=Path("/data/sessions"))
    assert valid(eaf_schema, data)
    assert warnings == []
    # the bundled sample codings too
    from attachcoder.io.session.file import load

    for sample in sorted((ROOT / "sample_sessions").glob("*.acs")):
        assert valid(eaf_schema, eaf_bytes(load(sample), media_base=sample.parent)[0])


def test_layers_are_tiers_with_the_schemes_codes_as_controlled_vocabulary():
    data, _ = eaf_bytes(coded_session(), date=datetime(2026, 3, 2, tzinfo=UTC))
    root = ET.fromstring(data)
    assert root.get("VERSION") == "3.0" and root.get("DATE") == "2026-03-02T00:00:00+00:00"
    tiers = {t.get("TIER_ID"): t for t in root.iter("TIER")}
    assert list(tiers) == [
        "Interaction",
        "Interaction (notes)",
        "Interaction [initiator]",
        "Phase",
        "Marks",
    ]
    assert tiers["Interaction (notes)"].get("PARENT_REF") == "Interaction"
    cvs = {cv.get("CV_ID"): cv for cv in root.iter("CONTROLLED_VOCABULARY")}
    values = [v.text for v in cvs["Interaction"].iter("CVE_VALUE")]
    assert values == ["attuned", "misattuned", "repair", "uncodable"]
    attuned = next(cvs["Interaction"].iter("CVE_VALUE"))
    assert attuned.get("DESCRIPTION").startswith("Partners' states correspond")
    initiator = [v.text for v in cvs["Interaction [initiator]"].iter("CVE_VALUE")]
    assert initiator == ["caregiver", "infant", "mutual"]
    # a point is an annotation of no length
    slots = {s.get("TIME_SLOT_ID"): int(s.get("TIME_VALUE")) for s in root.iter("TIME_SLOT")}
    marks = tiers["Marks"].findall("ANNOTATION/ALIGNABLE_ANNOTATION")
    assert len(marks) == 2
    assert {slots[m.get("TIME_SLOT_REF1")] for m in marks} == {6120}
    assert all(slots[m.get("TIME_SLOT_REF2")] == 6120 for m in marks)


def test_the_eaf_names_the_video_absolutely_and_relatively_only_below_itself(tmp_path):
    """MEDIA_URL is the absolute file URL ELAN needs; RELATIVE_MEDIA_URL only when the video
    lies in the .eaf's folder or below it (never a path climbing to the root)."""
    session = coded_session()  # its video is video/D014.mp4 beside the session file
    video = tmp_path / "video" / "D014.mp4"
    video.parent.mkdir()
    video.write_bytes(b"not really a video")
    write_eaf(session, tmp_path / "beside.eaf", session_path=tmp_path / "s.acs")
    media = ET.parse(tmp_path / "beside.eaf").getroot().find("HEADER/MEDIA_DESCRIPTOR")
    assert media.get("MEDIA_URL") == video.resolve().as_uri()
    assert media.get("RELATIVE_MEDIA_URL") == "./video/D014.mp4"
    assert media.get("MIME_TYPE") == "video/mp4"
    (tmp_path / "out").mkdir()
    write_eaf(session, tmp_path / "out" / "x.eaf", session_path=tmp_path / "s.acs")
    media = ET.parse(tmp_path / "out" / "x.eaf").getroot().find("HEADER/MEDIA_DESCRIPTOR")
    assert media.get("MEDIA_URL") == video.resolve().as_uri()
    assert media.get("RELATIVE_MEDIA_URL") is None
    for eaf in (tmp_path / "beside.eaf", tmp_path / "out" / "x.eaf"):
        back = read_eaf_file(eaf)  # read back, it names the same video, with its figures
        assert (eaf.parent / back.media[0].path).resolve() == video.resolve()
        assert (back.media[0].fps, back.media[0].duration_ms) == (25.0, 360000)


def test_notes_can_be_left_out():
    root = ET.fromstring(eaf_bytes(coded_session(), notes=False)[0])
    assert "Interaction (notes)" not in {t.get("TIER_ID") for t in root.iter("TIER")}
    assert b"infant turns away" not in ET.tostring(root)


def test_a_running_state_ends_at_the_observed_end_or_is_left_out(tmp_path):
    session = coded_session()
    session.start("Interaction", "attuned", 300000)
    path = tmp_path / "running.eaf"
    warnings = write_eaf(session, path)
    assert len(warnings) == 1 and "still running" in warnings[0] and "left out" in warnings[0]
    back = read_eaf_file(path)
    assert back.layer_episodes("Interaction")[-1].onset_ms == 7800  # never a 1 ms annotation
    observed = dataclasses.replace(session.metadata, observed_to_ms=330000)
    session.set_field("metadata", observed)
    warnings = write_eaf(session, path)
    assert len(warnings) == 1 and "330000 ms (the observed end" in warnings[0]
    last = read_eaf_file(path).layer_episodes("Interaction")[-1]
    assert (last.onset_ms, last.offset_ms) == (300000, 330000)


def test_participant_annotator_and_parent_go_back_on_the_tier(tmp_path, eaf_schema):
    from attachcoder.core.scheme import Code, Layer, Scheme

    scheme = Scheme(
        "s",
        (
            Layer("utterance", "state", (Code("u"),), extra={"participant": "MOT"}),
            Layer(
                "word",
                "state",
                (Code("w"),),
                extra={"participant": "MOT", "annotator": "C2", "parent": "utterance"},
            ),
            Layer("gaze", "state", (Code("g"),), extra={"parent": "utterance"}),
        ),
    )
    session = Session(
        scheme,
        duration_ms=10000,
        episodes=[
            Episode("e1", "utterance", "u", 1000, 4000),
            Episode("e2", "word", "w", 1000, 2000),
            Episode("e3", "word", "w", 2500, 4000),
            Episode("e4", "gaze", "g", 500, 1500),  # outside its parent: top-level
        ],
    )
    data, warnings = eaf_bytes(session)
    assert valid(eaf_schema, data)
    tiers = {t.get("TIER_ID"): t.attrib for t in ET.fromstring(data).iter("TIER")}
    assert tiers["utterance"].get("PARTICIPANT") == "MOT"
    assert (tiers["word"]["PARENT_REF"], tiers["word"]["ANNOTATOR"]) == ("utterance", "C2")
    assert "PARENT_REF" not in tiers["gaze"]
    assert any("'gaze'" in w and "top-level" in w for w in warnings)
    path = tmp_path / "x.eaf"
    path.write_bytes(data)
    back = read_eaf_file(path)
    assert back.scheme.layer("word").extra == {
        "participant": "MOT",
        "annotator": "C2",
        "parent": "utterance",
    }
    assert len(back.layer_episodes("word")) == 2


def test_round_trip_keeps_scheme_metadata_ratings_and_episodes(tmp_path):
    session = coded_session()
    path = tmp_path / "x.eaf"
    write_eaf(session, path)
    back = read_eaf_file(path)
    assert back.scheme == session.scheme
    assert back.metadata == session.metadata
    assert back.ratings == {"sensitivity": 6}
    assert back.duration_ms == 360000

    def key(e):
        return (e.layer, e.code, e.onset_ms, e.offset_ms, e.note, sorted(e.modifiers.items()))

    assert sorted(map(key, back.episodes())) == sorted(map(key, session.episodes()))
