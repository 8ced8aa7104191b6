"""Importing ELAN files: real files ELAN and others wrote, and damaged ones."""

from __future__ import annotations

import pytest

from attachcoder.io.interchange import InterchangeError, import_file
from attachcoder.io.interchange.eaf import read_eaf


def spans(session, layer):
    return [(e.code, e.onset_ms, e.offset_ms) for e in session.layer_episodes(layer)]


def test_speach_sample_controlled_vocabulary_and_symbolic_associations(fixtures):
    result = read_eaf(fixtures / "elan" / "speach-test.eaf")
    name, s = result.sessions[0]
    assert name == "speach-test"
    assert [la.name for la in s.scheme.layers] == [
        "Person1 (Utterance)",
        "marker",
        "Person1 (Chunk)",
    ]
    assert len(s) == 8 + 3 + 12 and s.problems() == []
    # the Included_In child tier is a layer of its own, non-Latin values intact
    utterances = spans(s, "Person1 (Utterance)")
    assert utterances[0] == ("How do you read this?", 1040, 2330)
    assert utterances[1] == ("このリンゴ、おいしいね！", 3200, 5050)
    # a Symbolic_Association tier with a controlled vocabulary becomes a modifier whose values
    # are the vocabulary's entries
    spec = s.scheme.layer("Person1 (Chunk)").codes[0].modifiers[0]
    assert (spec.name, spec.values) == ("Person1 (ChunkLanguage)", ("en", "jp"))
    first = s.layer_episodes("Person1 (Utterance)")[1]
    assert first.modifiers == {"Person1 (Language)": "jp"}
    # MEDIA_URL file:///home/tuananh/Documents/ELAN/test.wav is not on this machine: the
    # RELATIVE_MEDIA_URL ./test.wav is kept, which finds the audio once it lies beside the .eaf
    assert s.media[0].path == "test.wav"
    assert s.media[0].sha256 is None
    assert any("'/home/tuananh/Documents/ELAN/test.wav' was not found" in x for x in result.report)
    assert any("became modifier 'Person1 (Language)'" in line for line in result.report)


def test_unaligned_slots_are_spread_the_way_elan_spreads_them(shared_fixtures):
    """Figures worked out by hand from the file with ELAN's TimeProposer rule: inside each
    parent annotation, a run of a child tier's unaligned slots gets equal whole-ms shares."""
    result = read_eaf(shared_fixtures / "elan" / "eaf-parser-example.eaf")
    s = result.sessions[0][1]
    tokens = spans(s, "token-ts")
    # a103 spans 0–3000 ms and holds 9 tokens on 8 unaligned slots: steps of 3000 // 9 = 333
    assert tokens[:3] == [("The", 0, 333), ("server", 333, 666), ("failed", 666, 999)]
    assert tokens[8] == ("request.", 2664, 3000)
    # a137 spans 3670–5350 with 3 unaligned slots: 1680 // 4 = 420
    assert tokens[9:13] == [
        ("test", 3670, 4090),
        ("ing", 4090, 4510),
        ("something", 4510, 4930),
        ("out", 4930, 5350),
    ]
    # a138: two separate runs of one unaligned slot each, between aligned slots of the tier
    assert tokens[-5:] == [
        ("try", 10920, 11535),
        ("ing", 11535, 12150),
        ("something", 12150, 12570),
        ("out", 12570, 12975),
        (".", 12975, 13380),
    ]


def test_reference_tiers_become_notes_modifiers_or_are_reported_as_skipped(shared_fixtures):
    result = read_eaf(shared_fixtures / "elan" / "eaf-parser-example.eaf")
    s = result.sessions[0][1]
    gestures = s.layer_episodes("Gesture #")
    assert gestures[0].note == "unclear"  # Gs Type, free text
    assert gestures[0].modifiers == {"Gs Hand": "R"}  # Gs Hand, with a vocabulary
    hand = s.scheme.layer("Gesture #").code("gesture 1").modifier("Gs Hand")
    assert hand.values == ("R", "L", "B", "Head", "Foot", "Arm")  # the whole vocabulary
    sentence = s.layer_episodes("sentence")[0]
    assert sentence.note == "The server failed to fulfill an apparently valid request ."
    report = "\n".join(result.report)
    assert "reference tier 'POStags' depends on the reference tier 'token'" in report
    assert "'Gs Comm' holds no annotations; skipped" in report


def test_media_time_origin_and_extracted_audio(shared_fixtures):
    result = read_eaf(shared_fixtures / "elan" / "eaf-parser-example.eaf")
    media = result.sessions[0][1].media
    assert [m.path.rsplit("/", 1)[-1] for m in media] == ["example.mp4", "pear.mp4"]
    assert media[0].offset_ms == -5000  # TIME_ORIGIN 5000: media time 5 s is the session's 0
    assert any("extracted from another file" in line for line in result.report)


def test_large_eaf_27_imports_fast_and_whole(fixtures):
    """The 2.4 MB pympi sample: EAF 2.7, 1,572 unaligned slots, an external vocabulary."""
    result = import_file(fixtures / "elan" / "pympi-sample_2.7.eaf")
    s = result.sessions[0][1]
    counts = {la.name: len(s.layer_episodes(la.name)) for la in s.scheme.layers}
    assert counts == {"text": 399, "words-timesub": 1995, "gestures": 1197, "gest_included": 1197}
    assert s.problems() == []
    # every word lies inside its sentence: the spread slots stay within their parent
    texts = s.layer_episodes("text")
    for word in s.layer_episodes("words-timesub")[:200]:
        assert any(t.onset_ms <= word.onset_ms <= word.offset_ms <= t.offset_ms for t in texts)
    assert s.scheme.layer("gestures").code("prep").definition == "preparation"
    assert any("external file" in line for line in result.report)


# ---------------------------------------------------------------- damaged and unsupported files

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<ANNOTATION_DOCUMENT AUTHOR="" DATE="2020-01-01T00:00:00+00:00" FORMAT="{v}" VERSION="{v}">
<HEADER MEDIA_FILE="" TIME_UNITS="milliseconds"/>
<TIME_ORDER>{slots}</TIME_ORDER>
"""
TAIL = """<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default" TIME_ALIGNABLE="true"/>
</ANNOTATION_DOCUMENT>"""


def eaf(tmp_path, slots: dict[str, int | None], annotations: str, version: str = "3.0"):
    xml_slots = "".join(
        f'<TIME_SLOT TIME_SLOT_ID="{k}"' + ("" if v is None else f' TIME_VALUE="{v}"') + "/>"
        for k, v in slots.items()
    )
    body = f'<TIER LINGUISTIC_TYPE_REF="default" TIER_ID="Mom">{annotations}</TIER>'
    path = tmp_path / "bad.eaf"
    path.write_text(HEAD.format(v=version, slots=xml_slots) + body + TAIL, encoding="utf-8")
    return path


def ann(aid: str, a: str, b: str, value: str = "look") -> str:
    return (
        f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="{aid}" TIME_SLOT_REF1="{a}" '
        f'TIME_SLOT_REF2="{b}"><ANNOTATION_VALUE>{value}</ANNOTATION_VALUE>'
        "</ALIGNABLE_ANNOTATION></ANNOTATION>"
    )


def test_a_small_valid_file_imports(tmp_path):
    path = eaf(
        tmp_path, {"t1": 0, "t2": 500, "t3": 900}, ann("a1", "t1", "t2") + ann("a2", "t3", "t3")
    )
    s = read_eaf(path).sessions[0][1]
    assert spans(s, "Mom") == [("look", 0, 500)]
    assert spans(s, "Mom (points)") == [("look", 900, None)]


def test_malformed_xml_names_the_line(tmp_path):
    path = tmp_path / "broken.eaf"
    path.write_text('<?xml version="1.0"?>\n<ANNOTATION_DOCUMENT>\n<HEADER>\n</ANNOTATION_DOC>')
    with pytest.raises(InterchangeError) as info:
        read_eaf(path)
    assert str(info.value).startswith(f"{path}: line 4, column")
    assert "not well-formed XML" in str(info.value)


def test_an_unknown_version_is_refused(tmp_path):
    path = eaf(tmp_path, {"t1": 0, "t2": 10}, ann("a1", "t1", "t2"), version="9.1")
    with pytest.raises(InterchangeError, match=r"EAF version 9.1 is not supported"):
        read_eaf(path)


def test_overlapping_annotations_of_a_tier_go_to_a_second_layer_named(tmp_path):
    slots = {"t1": 0, "t2": 800, "t3": 500, "t4": 1200, "t5": 1300, "t6": 1400}
    annotations = ann("a1", "t1", "t2") + ann("a2", "t3", "t4", "away") + ann("a3", "t5", "t6")
    result = read_eaf(eaf(tmp_path, slots, annotations))
    s = result.sessions[0][1]
    assert spans(s, "Mom") == [("look", 0, 800), ("look", 1300, 1400)]
    assert spans(s, "Mom (2)") == [("away", 500, 1200)]
    assert any(line.endswith("'Mom (2)': annotation a2") for line in result.report)


def test_bad_times_and_missing_slots_set_aside_only_their_annotation(tmp_path):
    slots = {"t1": -40, "t2": 10, "t3": 900, "t4": 20, "t5": -90, "t6": -50, "t7": 30, "t8": 40}
    annotations = (
        ann("a1", "t1", "t2")  # starts before 0: starts at 0
        + ann("a2", "t3", "t4")  # ends before it starts
        + ann("a3", "t5", "t6")  # wholly before 0
        + ann("a4", "t7", "t99")  # a slot that is not there
        + ann("a5", "t7", "t8", "kept")
    )
    result = read_eaf(eaf(tmp_path, slots, annotations))
    assert spans(result.sessions[0][1], "Mom") == [("look", 0, 10), ("kept", 30, 40)]
    assert [(a.place, a.reason) for a in result.set_aside] == [
        ("tier 'Mom', annotation a4", "time slot 't99' is missing"),
        ("tier 'Mom', annotation a2", "it ends (20 ms) before it starts (900 ms)"),
        (
            "tier 'Mom', annotation a3",
            "it lies before the start of the recording (from -90 to -50 ms, a negative time)",
        ),
    ]
    report = "\n".join(result.report)
    assert "3 time slot(s) lie before the start of the recording: t1 (-40 ms)" in report
    assert "now start at 0: tier 'Mom', annotation a1" in report
    unaligned = read_eaf(eaf(tmp_path, {"t1": 0, "t2": None}, ann("a1", "t1", "t2")))
    assert len(unaligned.sessions[0][1]) == 0
    assert "has no time value" in unaligned.set_aside[0].reason


def test_not_an_elan_file(tmp_path):
    path = tmp_path / "x.eaf"
    path.write_text("<html><body/></html>")
    with pytest.raises(
        InterchangeError, match=r"the top level: this is not an ELAN file \(.*<html>"
    ):
        read_eaf(path)
