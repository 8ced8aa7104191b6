"""The list's rows made lazily are the rows the list showed before: every stretch of every
layer, by start then layer name (stable), codes named, a layer's rows alone, forgiven counted."""

from __future__ import annotations

import random

from attachcoder.analysis.agreement import Disagreement
from attachcoder.gui.compare.compare_rows import Row, RowSource


def stretches(rng: random.Random, n: int) -> tuple[Disagreement, ...]:
    out, t = [], 0
    for _ in range(n):
        t += rng.choice((0, 40, 1000))  # equal starts across and within layers
        code_a, code_b = rng.sample(["attuned", "repair", None], 2)
        out.append(Disagreement(t, t + 40, code_a, code_b, rng.random() < 0.3))
    return tuple(out)


def test_rows_are_every_stretch_by_start_then_layer() -> None:
    rng = random.Random(5)
    by_layer = {"Phase": stretches(rng, 40), "Interaction": stretches(rng, 300), "Marks": ()}
    source = RowSource(by_layer, "none")
    plain = [
        Row(layer, d.start_ms, d.end_ms, d.code_a or "none", d.code_b or "none",
            d.forgiven_by_tolerance)
        for layer, ds in by_layer.items()
        for d in ds
    ]  # fmt: skip
    expected = sorted(plain, key=lambda r: (r.start_ms, r.layer))
    assert source.rows() == expected and len(source) == 340
    assert source.forgiven() == sum(r.forgiven for r in expected) > 0
    only = source.only("Phase")
    assert only.rows() == [r for r in expected if r.layer == "Phase"]
    assert only.forgiven() == sum(r.forgiven for r in expected if r.layer == "Phase")
    assert source.only(None) is source and len(source.only("Ratings")) == 0
    assert RowSource({"Marks": stretches(rng, 3)}, "∅").row(0).code_a in ("attuned", "repair", "∅")
    assert len(RowSource.empty_source()) == 0 and RowSource.empty_source().rows() == []
