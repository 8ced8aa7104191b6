"""The methods paragraph's ICC sentence: each ICC is read with the number of pairs behind it."""

from __future__ import annotations

from attachcoder.analysis.agreement.methods import _iccs, _Style
from attachcoder.analysis.agreement.pairs import MeasureIcc


def test_a_measure_with_fewer_pairs_says_its_own_n() -> None:
    """The median time to repair needs a repair in both codings, so it often rests on fewer
    pairs than the proportions; the lead-in's n = 6 must not be read as its n."""
    icc = [
        MeasureIcc("proportion_attuned", 6, 0.21, 0.2, 0.3, -0.58, 0.83),
        MeasureIcc("median_time_to_repair_s", 4, 0.91, 2.3, 2.4, 0.07, 0.99),
    ]
    text = _iccs(_Style(markdown=False), icc)
    assert "n = 6 pairs) was .21" in text
    assert "for proportion attuned;" in text
    assert text.endswith("for median time to repair (s) (n = 4 pairs).")


def test_one_n_for_all_is_said_once() -> None:
    icc = [MeasureIcc("ruptures", 5, 0.5, 1.0, 1.0, 0.1, 0.8)]
    text = _iccs(_Style(markdown=True), icc)
    assert text.count("= 5 pairs") == 1 and text.endswith("for ruptures.")
