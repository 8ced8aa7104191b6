"""Exporting EAF 3.0: valid against ELAN's schema, vocabularies from the scheme, media path."""

from __future__ import annotations

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


def test_the_eaf_carries_the_media_path_relative_to_itself(tmp_path):
    session = coded_session()
    (tmp_path / "out").mkdir()
    write_eaf(session, tmp_path / "out" / "x.eaf", session_path=tmp_path / "s.acs")
    root = ET.parse(tmp_path / "out" / "x.eaf").getroot()
    media = root.find("HEADER/MEDIA_DESCRIPTOR")
    assert media.get("MEDIA_URL") == "../video/D014.mp4"  # no folder of this machine
    assert media.get("RELATIVE_MEDIA_URL") == "../video/D014.mp4"
    back = read_eaf_file(tmp_path / "out" / "x.eaf")  # read back, it names the same video
    found = (tmp_path / "out" / back.media[0].path).resolve()
    assert found == (tmp_path / "video" / "D014.mp4").resolve()
    assert media.get("MIME_TYPE") == "video/mp4"


def test_notes_can_be_left_out():
    root = ET.fromstring(eaf_bytes(coded_session(), notes=False)[0])
    assert "Interaction (notes)" not in {t.get("TIER_ID") for t in root.iter("TIER")}
    assert b"infant turns away" not in ET.tostring(root)


def test_a_running_state_is_closed_at_the_end_with_a_warning(tmp_path):
    session = coded_session()
    session.start("Interaction", "attuned", 300000)
    path = tmp_path / "running.eaf"
    warnings = write_eaf(session, path)
    assert len(warnings) == 1 and "still running" in warnings[0] and "360000 ms" in warnings[0]
    back = read_eaf_file(path)
    assert back.layer_episodes("Interaction")[-1].offset_ms == 360000


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
