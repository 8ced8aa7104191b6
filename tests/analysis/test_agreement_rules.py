"""The rules an agreement analysis names: the symmetric tolerance, the excluded rule, GSEQ's
event alignment (against an independent Needleman–Wunsch), and a one-code layer's event κ."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from coded_sessions import coded
from hypothesis import given, settings
from hypothesis import strategies as st

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.analysis.agreement.events import link_gseq
from attachcoder.analysis.agreement.tracks import Track
from attachcoder.core import Episode, Session
from attachcoder.io.session.file import default_scheme

SCHEME = default_scheme()
STATE_CODES = ["attuned", "misattuned", "repair", "uncodable", None]  # None: an uncoded gap
DURATION = 30_000

pieces = st.lists(
    st.tuples(st.integers(1, 4000), st.sampled_from(STATE_CODES)), min_size=0, max_size=25
)
marks = st.lists(
    st.tuples(st.integers(0, DURATION - 1), st.sampled_from(["infant bid", "note"])),
    max_size=20,
)


def build(states: list[tuple[int, str | None]], points: list[tuple[int, str]]) -> Session:
    eps, t = [], 0
    for length, code in states:
        end = min(t + length, DURATION)
        if end <= t:
            break
        if code is not None:
            eps.append(Episode(f"s{len(eps)}", "Interaction", code, t, end))
        t = end
    eps += [Episode(f"p{i}", "Marks", c, on) for i, (on, c) in enumerate(points)]
    return Session(SCHEME, duration_ms=DURATION, episodes=eps)


SETTINGS = list(
    itertools.product(
        ["0s", "500ms", "1s", "2s"],  # tolerance
        ["drop-both", "drop-either", "category"],  # excluded
        ["overlap", "gseq"],  # align
    )
)


@settings(max_examples=40, deadline=None)
@given(pieces, marks, pieces, marks, st.sampled_from(["500ms", "1s"]))
def test_kappa_does_not_depend_on_which_coding_is_first(
    sa: list[tuple[int, str | None]],
    pa: list[tuple[int, str]],
    sb: list[tuple[int, str | None]],
    pb: list[tuple[int, str]],
    unit: str,
) -> None:
    a, b = build(sa, pa), build(sb, pb)
    for tolerance, excluded, align in SETTINGS:
        kw = {"unit": unit, "tolerance": tolerance, "excluded": excluded, "align": align}
        ab, ba = compare_sessions(a, b, **kw), compare_sessions(b, a, **kw)
        for x, y in zip(ab.layers, ba.layers, strict=True):
            tx, ty = x.time_units, y.time_units
            assert tx.matrix.transposed() == ty.matrix, kw
            assert tx.stats.exact == ty.stats.exact, kw  # κ(A, B) = κ(B, A), exactly
            assert tx.stats.se == ty.stats.se  # computed exactly: a transpose changes nothing
            assert tx.excluded_units == ty.excluded_units
            ex, ey = x.events, y.events
            assert ex.stats.exact == ey.stats.exact, kw
            assert ex.linked == ey.linked


@settings(max_examples=40, deadline=None)
@given(pieces, marks, pieces, marks, st.sampled_from(["drop-both", "drop-either", "category"]))
def test_percent_agreement_never_falls_as_the_tolerance_grows(
    sa: list[tuple[int, str | None]],
    pa: list[tuple[int, str]],
    sb: list[tuple[int, str | None]],
    pb: list[tuple[int, str]],
    excluded: str,
) -> None:
    a, b = build(sa, pa), build(sb, pb)
    previous: dict[str, float] = {}
    for tol in ("0s", "500ms", "1s", "2s", "3.5s", "8s"):
        r = compare_sessions(a, b, unit="500ms", tolerance=tol, excluded=excluded)
        for la in r.layers:
            p = la.time_units.stats.percent_agreement
            if p is None:
                continue
            assert p >= previous.get(la.layer, 0.0) - 1e-9
            previous[la.layer] = p


def test_halves_are_tallied_where_both_labels_are_near() -> None:
    # A switches attuned → misattuned at 3 s, B at 4 s: unit 3 is (misattuned, attuned) and
    # both labels appear within 1 unit in the other coding → half to each diagonal cell
    a, b = coded("A 0-3, M 3-6"), coded("A 0-4, M 4-6")
    r = compare_sessions(a, b, tolerance="1s").layer("Interaction")
    assert r is not None
    counts = r.time_units.matrix.counts
    assert counts[0][0] == 3.5 and counts[1][1] == 2.5 and counts[1][0] == 0
    assert r.time_units.stats.n == 6
    swapped = compare_sessions(b, a, tolerance="1s").layer("Interaction")
    assert swapped is not None and swapped.time_units.matrix == r.time_units.matrix.transposed()


# ------------------------------------------------------------------ the excluded rule


def interaction(a: str, b: str, excluded: str):  # type: ignore[no-untyped-def]
    la = compare_sessions(coded(a), coded(b), excluded=excluded).layer("Interaction")
    assert la is not None
    return la


def test_excluded_rule_by_hand() -> None:
    # units 0–9: A = U U U A A A M M M M, B = U U A A A A M M U U
    a, b = "U 0-3, A 3-6, M 6-10", "U 0-2, A 2-6, M 6-8, U 8-10"
    both = interaction(a, b, "drop-both")
    assert both.excluded_codes == ("uncodable",)
    assert both.time_units.stats.n == 8 and both.time_units.excluded_units == 2
    either = interaction(a, b, "drop-either")
    assert either.time_units.stats.n == 5 and either.time_units.excluded_units == 5
    assert either.time_units.stats.kappa == pytest.approx(1.0)
    category = interaction(a, b, "category")
    assert category.time_units.stats.n == 10 and category.time_units.excluded_units == 0
    m = category.time_units.matrix
    u = m.labels.index("uncodable")
    assert m.counts[u][u] == 2  # agreeing on uncodable counts as agreement only here
    # the disagreements listed are those of the units that count
    assert all("uncodable" not in (d.code_a, d.code_b) for d in either.time_units.disagreements)


def test_a_tolerance_never_turns_uncodable_into_agreement() -> None:
    """Unit 2: A says uncodable, B attuned, and B's next unit is uncodable. With a tolerance
    of 1 unit the unit could be settled as uncodable/uncodable — which drop-both leaves out
    (agreeing that a stretch is uncodable is no agreement on the interaction); before, it
    counted on the uncodable diagonal."""
    a, b = "A 0-2, U 2-3, A 3-10", "A 0-3, U 3-4, A 4-10"
    for rule in ("drop-both", "drop-either"):
        la = compare_sessions(coded(a), coded(b), tolerance="1s", excluded=rule).layer(
            "Interaction"
        )
        assert la is not None
        m = la.time_units.matrix
        if "uncodable" in m.labels:
            u = m.labels.index("uncodable")
            assert m.counts[u][u] == 0, rule
    category = compare_sessions(coded(a), coded(b), tolerance="1s", excluded="category")
    m = category.layer("Interaction").time_units.matrix  # type: ignore[union-attr]
    assert m.counts[m.labels.index("uncodable")][m.labels.index("uncodable")] > 0


def test_excluded_rule_for_events() -> None:
    # episodes: A = U 0-3, A 3-6, M 6-10; B = U 0-2, A 2-6, M 6-8, U 8-10
    a, b = "U 0-3, A 3-6, M 6-10", "U 0-2, A 2-6, M 6-8, U 8-10"
    # linked at 60% overlap: U–U (2/3), A–A (3/4); M 6-10 vs M 6-8 is 50%: unlinked
    both = interaction(a, b, "drop-both").events
    assert both.excluded_events == 1 and both.linked == 1  # the U–U link is left out
    assert both.stats.n == 1 + 1 + 2  # A–A linked; M of A; M and U of B unlinked
    either = interaction(a, b, "drop-either").events
    assert either.excluded_events == 2 and either.stats.n == 3  # B's unlinked U goes too
    category = interaction(a, b, "category").events
    assert category.excluded_events == 0 and category.linked == 2 and category.stats.n == 5


def test_the_report_names_the_rules() -> None:
    r = compare_sessions(coded("A 0-4"), coded("A 0-4"), align="gseq", onset_tolerance="1s",
                         excluded="drop-either")  # fmt: skip
    assert "GSEQ" in r.alignment_text() and "onset tolerance 1 s" in r.alignment_text()
    assert "either" in r.excluded_text()
    with pytest.raises(ValueError, match="--align"):
        compare_sessions(coded("A 0-4"), coded("A 0-4"), align="nearest")
    with pytest.raises(ValueError, match="--excluded"):
        compare_sessions(coded("A 0-4"), coded("A 0-4"), excluded="ignore")


# ------------------------------------------------------------------ a one-code layer


def test_a_one_code_layer_gets_no_event_band_and_says_to_read_percent_linked() -> None:
    a = build([], [(1000, "infant bid"), (5000, "infant bid"), (9000, "infant bid")])
    b = build([], [(1200, "infant bid"), (5500, "infant bid"), (14000, "infant bid")])
    la = compare_sessions(a, b).layer("Marks")
    assert la is not None and len(la.codes) == 2  # the default scheme's Marks has two codes
    assert la.events.band == la.events.stats.band and la.events.note == ""
    one = compare_sessions(_only(a, "infant bid"), _only(b, "infant bid")).layer("Marks")
    assert one is not None and one.codes == ("infant bid",)
    assert one.events.stats.kappa is not None and one.events.band == ""
    assert "read % linked" in one.events.note
    assert one.time_units.stats.band  # time-unit κ (the code against none) keeps its band


def _only(s: Session, code: str) -> Session:
    """The session with its Marks layer reduced to ``code``."""
    import dataclasses

    layers = tuple(
        dataclasses.replace(la, codes=tuple(c for c in la.codes if c.name == code))
        if la.name == "Marks"
        else la
        for la in s.scheme.layers
    )
    scheme = dataclasses.replace(s.scheme, layers=layers)
    eps = [e for e in s.episodes() if e.layer != "Marks" or e.code == code]
    return Session(scheme, duration_ms=s.duration_ms, metadata=s.metadata, episodes=eps)


# ------------------------------------------------------------------ GSEQ's alignment


def nw_optimum(a: Track, b: Track, tol: float) -> tuple[int, int]:
    """An independent, plain Needleman–Wunsch over the full table: the least (cost, total onset
    difference) of any alignment; agreement 0, substitution 1, gap 1, and two episodes may be
    aligned only when their onsets are within ``tol``."""
    n, m = len(a), len(b)
    inf = (10**9, 10**9)
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    d[0] = [(j, 0) for j in range(m + 1)]
    for i in range(1, n + 1):
        d[i][0] = (i, 0)
        for j in range(1, m + 1):
            gap_a, gap_b = d[i - 1][j], d[i][j - 1]
            best = min((gap_a[0] + 1, gap_a[1]), (gap_b[0] + 1, gap_b[1]))
            diff = abs(int(a.onsets[i - 1]) - int(b.onsets[j - 1]))
            if diff <= tol:
                prev = d[i - 1][j - 1]
                cost = 0 if a.codes[i - 1] == b.codes[j - 1] else 1
                best = min(best, (prev[0] + cost, prev[1] + diff))
            d[i][j] = best
    return d[n][m]


def cost_of(a: Track, b: Track, links: list[tuple[int, int]]) -> tuple[int, int]:
    agree = sum(1 for i, j in links if a.codes[i] == b.codes[j])
    diff = sum(abs(int(a.onsets[i]) - int(b.onsets[j])) for i, j in links)
    return len(a) + len(b) - len(links) - agree, diff


events = st.lists(st.tuples(st.integers(0, 20_000), st.integers(0, 3)), max_size=14)


def track(evs: list[tuple[int, int]]) -> Track:
    evs = sorted(evs)
    on = np.array([t for t, _ in evs], dtype=np.int64)
    return Track(on, on + 500, np.array([c for _, c in evs], dtype=np.int64))


@settings(max_examples=300, deadline=None)
@given(events, events, st.sampled_from([0, 500, 1000, 2000, 5000]))
def test_gseq_alignment_is_an_optimal_needleman_wunsch_alignment(
    ea: list[tuple[int, int]], eb: list[tuple[int, int]], tol: int
) -> None:
    a, b = track(ea), track(eb)
    links = link_gseq(a, b, tol)
    # a valid alignment: in order in both sequences, one-to-one, onsets within tolerance
    assert all(i2 > i1 and j2 > j1 for (i1, j1), (i2, j2) in itertools.pairwise(links))
    assert all(abs(int(a.onsets[i]) - int(b.onsets[j])) <= tol for i, j in links)
    assert cost_of(a, b, links) == nw_optimum(a, b, tol)


def test_gseq_pairs_a_disagreement_rather_than_two_gaps_and_prefers_agreements() -> None:
    a = track([(0, 0), (3000, 1)])
    b = track([(400, 2), (2600, 1), (3200, 1)])
    # 0 s (code 0) pairs with 0.4 s (code 2): a substitution costs 1, two gaps 2; then 3 s
    # (code 1) pairs with the nearer 2.6 s or 3.2 s? both agree; 3.2 is 200 ms away
    assert link_gseq(a, b, 1000) == [(0, 0), (1, 2)]
    assert link_gseq(a, b, 100) == []


def test_gseq_differs_from_overlap_linking_in_the_report() -> None:
    a = coded("A 0-4, M 4-5, A 5-10")
    b = coded("A 0-4.5, M 4.5-9, A 9-10")
    overlap = compare_sessions(a, b).layer("Interaction")
    gseq = compare_sessions(a, b, align="gseq", onset_tolerance="1s").layer("Interaction")
    assert overlap is not None and gseq is not None
    # by overlap, M 4-5 and M 4.5-9 share 0.5 s of 4.5: not linked, while A 5-10 and M 4.5-9
    # share 4 s of 5 and link as a disagreement; GSEQ aligns M with M (onsets 0.5 s apart)
    # and leaves A 5-10 and A 9-10 (onsets 4 s apart) unpaired
    assert overlap.events.linked == gseq.events.linked == 2
    m = overlap.events.matrix.labels.index("misattuned")
    a = overlap.events.matrix.labels.index("attuned")
    assert overlap.events.matrix.counts[m][m] == 0 and overlap.events.matrix.counts[a][m] == 1
    assert gseq.events.matrix.counts[m][m] == 1 and gseq.events.matrix.counts[a][m] == 0
    assert gseq.events.stats.kappa != overlap.events.stats.kappa
