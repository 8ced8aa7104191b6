"""One text-contrast rule for the coding pad and the workbooks (issue 13: two copies disagreed)."""

from __future__ import annotations

import random

from attachcoder.core.contrast import contrast_ratio, text_colour_on


def test_the_text_colour_is_the_one_with_more_contrast() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        fill = "#" + "".join(f"{rng.randrange(256):02X}" for _ in range(3))
        chosen = text_colour_on(fill)
        other = "#FFFFFF" if chosen == "#000000" else "#000000"
        assert contrast_ratio(chosen, fill) >= contrast_ratio(other, fill), fill


def test_known_fills() -> None:
    assert text_colour_on("#FFFFFF") == "#000000"
    assert text_colour_on("#000000") == "#FFFFFF"
    # vermillion: the old workbook rule (unlinearised luminance > .45) wrote white on it,
    # 4.0:1 against black's 5.3:1
    assert text_colour_on("#D55E00") == "#000000"
    assert contrast_ratio("#000000", "#D55E00") > contrast_ratio("#FFFFFF", "#D55E00")
