"""Episodes shorter than the unit that no unit's midpoint falls in are invisible to time-unit κ;
the comparison says how many, per coding and layer (issue 18: a 200 ms rupture at 1 s units gave
"κ undefined, 100 % agreement" without a word)."""

from __future__ import annotations

import random

from coded_sessions import coded

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.analysis.agreement.time_units import unseen_at_unit


def _brute(on: int, off: int, unit_ms: float, n_units: int) -> bool:
    """Seen when some unit's midpoint (k + ½)·u lies in [on, off) — state_labels' rule."""
    return any(on <= round((k + 0.5) * unit_ms, 6) < off for k in range(n_units))


def test_by_hand_at_one_second_units() -> None:
    cases = {
        (5000, 5200): 1,  # the 200 ms rupture: 5.5 s is not in it
        (5400, 5600): 0,  # holds 5.5 s
        (5500, 5501): 0,  # a midpoint at the onset counts (onset inclusive)
        (4600, 5500): 1,  # ... at the offset does not (offset exclusive)
        (9600, 9900): 1,  # after the last unit's midpoint (9.5 s)
        (0, 10_000): 0,
    }
    for span, unseen in cases.items():
        assert unseen_at_unit([span], 1000.0, 10) == unseen, span


def test_against_the_midpoint_rule_by_brute_force() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        unit = rng.choice([1000.0, 500.0, 40.0, 1001.0 / 30])
        n = rng.randint(1, 40)
        on = rng.randint(0, int(n * unit))
        off = on + rng.randint(1, int(2 * unit))
        assert unseen_at_unit([(on, off)], unit, n) == (not _brute(on, off, unit, n))


def test_the_comparison_says_how_many_a_coding_has() -> None:
    a = coded("A 0-10", coder="C1")
    b = coded("A 0-5, M 5-5.2, A 5.2-10", coder="C2")
    report = compare_sessions(a, b, unit="1s", tolerance="0s")
    [line] = [w for w in report.warnings if "not seen at this unit" in w]
    assert line.startswith("layer 'Interaction': 1 episode(s) of coding B under the unit (1s)")
    # at 100 ms units the rupture is seen: nothing to say
    fine = compare_sessions(a, b, unit="100ms", tolerance="0s")
    assert not any("not seen" in w for w in fine.warnings)
