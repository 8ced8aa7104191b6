"""The general mapping every importer shares: tracks of items → layers, codes and episodes."""

from __future__ import annotations

from attachcoder.core.scheme import ModifierSpec
from attachcoder.io.interchange.report import ImportReport
from attachcoder.io.interchange.tracks import CodeHint, Item, Track, build_session


def build(*tracks: Track, report: ImportReport | None = None):
    return build_session(
        list(tracks), path="src.x", report=report or ImportReport(), scheme_name="t"
    )


def spans(session, layer):
    return [(e.code, e.onset_ms, e.offset_ms) for e in session.layer_episodes(layer)]


def test_a_track_of_intervals_becomes_one_state_layer():
    s = build(Track("Mom", [Item(0, 1000, "look"), Item(1000, 2500, "away")]))
    assert [(la.name, la.kind) for la in s.scheme.layers] == [("Mom", "state")]
    assert spans(s, "Mom") == [("look", 0, 1000), ("away", 1000, 2500)]
    assert s.problems() == []


def test_a_track_mixing_instants_and_intervals_becomes_a_state_and_a_point_layer():
    report = ImportReport()
    s = build(
        Track("Notes", [Item(0, None, "start", point=True), Item(500, 900, "banana")]),
        report=report,
    )
    kinds = {la.name: la.kind for la in s.scheme.layers}
    assert kinds == {"Notes": "state", "Notes (points)": "point"}
    assert spans(s, "Notes (points)") == [("start", 0, None)]
    assert spans(s, "Notes") == [("banana", 500, 900)]
    assert any("mixes intervals and instants" in line for line in report.lines)


def test_an_interval_of_no_length_is_an_instant():
    report = ImportReport()
    s = build(Track("Marks", [Item(700, 700, "bid")]), report=report)
    assert s.scheme.layer("Marks").kind == "point"
    assert spans(s, "Marks") == [("bid", 700, None)]
    assert any("no length became instants" in line for line in report.lines)


def test_overlapping_behaviours_become_one_layer_per_code():
    report = ImportReport()
    items = [Item(0, 5000, "cup"), Item(1000, 2000, "spoon"), Item(6000, 7000, "cup")]
    s = build(Track("Hands", items, overlaps="by_code"), report=report)
    assert [la.name for la in s.scheme.layers] == ["Hands: cup", "Hands: spoon"]
    assert spans(s, "Hands: cup") == [("cup", 0, 5000), ("cup", 6000, 7000)]
    assert spans(s, "Hands: spoon") == [("spoon", 1000, 2000)]
    assert s.problems() == []
    assert any("one state layer per code" in line for line in report.lines)


def test_a_code_that_overlaps_itself_is_spread_over_numbered_layers():
    items = [Item(0, 5000, "cup"), Item(1000, 2000, "cup"), Item(3000, 9000, "cup")]
    s = build(Track("Hands", items, overlaps="by_code"))
    assert spans(s, "Hands: cup") == [("cup", 0, 5000)]
    assert spans(s, "Hands: cup (2)") == [("cup", 1000, 2000), ("cup", 3000, 9000)]
    assert len(s) == 3 and s.problems() == []


def test_a_state_never_stopped_stays_running_and_splits_when_followed():
    alone = build(Track("S", [Item(0, 100, "a"), Item(200, None, "b")]))
    assert alone.running("S").code == "b"
    followed = build(Track("S", [Item(0, None, "a"), Item(200, 300, "b")], overlaps="by_code"))
    assert [la.name for la in followed.scheme.layers] == ["S: a", "S: b"]
    assert followed.running("S: a").onset_ms == 0
    in_lanes = build(Track("S", [Item(0, None, "a"), Item(200, 300, "b")]))
    assert [la.name for la in in_lanes.scheme.layers] == ["S", "S (2)"]
    assert in_lanes.running("S").onset_ms == 0


def test_only_the_overlapping_intervals_of_a_track_go_to_a_second_layer():
    """An ELAN tier or a Datavyu column is one coding: it keeps its name and every interval
    that fits; each one that overlaps an earlier one goes to 'NAME (2)' (then '(3)'), named."""
    report = ImportReport()
    items = [
        Item(0, 500, "x", place="tier 'T', annotation a1"),
        Item(400, 800, "y", place="tier 'T', annotation a2"),
        Item(450, 600, "x", place="tier 'T', annotation a3"),
        Item(800, 900, "z", place="tier 'T', annotation a4"),
    ]
    s = build(Track("T", items, label="tier 'T'"), report=report)
    assert [la.name for la in s.scheme.layers] == ["T", "T (2)", "T (3)"]
    assert spans(s, "T") == [("x", 0, 500), ("z", 800, 900)]
    assert spans(s, "T (2)") == [("y", 400, 800)]
    assert spans(s, "T (3)") == [("x", 450, 600)]
    assert [c.name for c in s.scheme.layer("T (2)").codes] == ["x", "y", "z"]
    assert s.problems() == []
    assert any(
        line.endswith("so they went to the state layer 'T (2)': annotation a2")
        for line in report.lines
    )
    assert any(line.endswith("'T (3)': annotation a3") for line in report.lines)


def test_times_out_of_range_are_clamped_or_set_aside_with_the_place():
    report = ImportReport()
    s = build(
        Track(
            "T",
            [
                Item(-5, 10, "x", place="line 3"),
                Item(50, 10, "x", place="line 4"),
                Item(-90, -20, "y", place="line 5"),
                Item(-7, None, "p", point=True, place="line 6"),
                Item(20, 30, "y", place="line 7"),
            ],
        ),
        report=report,
    )
    assert spans(s, "T") == [("x", 0, 10), ("y", 20, 30)]
    assert [(a.place, a.reason) for a in report.set_aside_items] == [
        ("line 4", "it ends (10 ms) before it starts (50 ms)"),
        (
            "line 5",
            "it lies before the start of the recording (from -90 to -20 ms, a negative time)",
        ),
        ("line 6", "it lies before the start of the recording (at -7 ms, a negative time)"),
    ]
    assert "not imported: line 4: it ends (10 ms) before it starts (50 ms)" in report.lines
    assert any("now start at 0: line 3" in line for line in report.lines)


def test_declared_codes_are_kept_even_when_unused_and_values_without_text_get_a_code():
    report = ImportReport()
    hints = [CodeHint("calm", "Infant is calm"), CodeHint("fuss")]
    s = build(Track("Infant", [Item(0, 10, "fuss"), Item(10, 20, "  ")], hints), report=report)
    codes = s.scheme.layer("Infant").codes
    assert [c.name for c in codes] == ["calm", "fuss", "(empty)"]
    assert codes[0].definition == "Infant is calm"
    assert any("without a value" in line for line in report.lines)


def test_extra_values_become_modifiers_and_undeclared_values_are_added_and_reported():
    report = ImportReport()
    hint = CodeHint("repair", modifiers=(ModifierSpec("initiator", ("caregiver", "infant")),))
    items = [
        Item(0, 10, "repair", modifiers={"initiator": "mutual"}),
        Item(10, 20, "repair", modifiers={"initiator": "infant", "object": ""}),
    ]
    s = build(Track("I", items, [hint]), report=report)
    spec = s.scheme.layer("I").code("repair").modifier("initiator")
    assert spec.values == ("caregiver", "infant", "mutual")
    assert [e.modifiers for e in s.layer_episodes("I")] == [
        {"initiator": "mutual"},
        {"initiator": "infant"},
    ]
    assert any("'mutual' is not among the declared values" in line for line in report.lines)


def test_keys_are_kept_when_unique_and_dropped_with_a_note_when_taken():
    report = ImportReport()
    s = build(
        Track("A", [Item(0, 1, "s")], [CodeHint("s", key="s")]),
        Track("B", [Item(0, 1, "s")], [CodeHint("s", key="s"), CodeHint("q", key=" ")]),
        report=report,
    )
    assert s.scheme.layer("A").code("s").key == "s"
    assert s.scheme.layer("B").code("s").key is None
    assert s.scheme.layer("B").code("q").key is None
    assert any("'s', ' '" in line and "layer 'B'" in line for line in report.lines)


def test_layer_names_are_made_unique():
    report = ImportReport()
    s = build(Track("X", [Item(0, 1, "a")]), Track("X", [Item(0, 1, "b")]), report=report)
    assert [la.name for la in s.scheme.layers] == ["X", "X (2)"]
    assert any("'X (2)'" in line for line in report.lines)
    assert "2 tracks became 2 layers: 'X', 'X (2)'" in report.lines


def test_duration_covers_every_item_and_the_media():
    from attachcoder.core.session import Media

    s = build_session(
        [Track("T", [Item(0, 4000, "a"), Item(9000, None, "p", point=True)])],
        path="x",
        report=ImportReport(),
        scheme_name="t",
        media=[Media("v.mp4", duration_ms=5000, offset_ms=2000)],
    )
    assert s.duration_ms == 9000
