"""The disagreement list's rows, without a Python object per row until one is shown.

At 100,000 episodes with one-frame units the analysis returns about 120,000 stretches. Making
a row object for each (and sorting them) cost the recomputation a sixth of its time, and the
objects kept the garbage collector busy — which, whichever thread it runs on, holds the
interpreter lock the GUI thread needs. :class:`RowSource` keeps each layer's stretches as the
analysis returned them, plus the list's order (by start, then layer name) as two numpy arrays
made on the worker thread; :meth:`RowSource.row` makes the one :class:`Row` the view asks for.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from attachcoder.analysis.agreement import Disagreement


class Row(NamedTuple):
    layer: str
    start_ms: int
    end_ms: int
    code_a: str
    code_b: str
    forgiven: bool


_FORGIVEN = itemgetter(4)  # Disagreement.forgiven_by_tolerance


class RowSource:
    """Every stretch of the given layers as a row, in the list's order; ``empty`` names a
    missing code ("none" for time units, "∅" for events). Immutable once made."""

    __slots__ = ("_empty", "_forgiven", "_index", "_layer", "_names", "_stretches")

    def __init__(
        self,
        stretches: dict[str, Sequence[Disagreement]],
        empty: str,
        *,
        _order: tuple[Any, Any] | None = None,
    ) -> None:
        import numpy as np  # here: the window starts without numpy

        self._names = tuple(stretches)
        self._stretches = tuple(stretches.values())
        self._empty = empty
        self._forgiven = sum(sum(map(_FORGIVEN, s)) for s in self._stretches)  # no row loop
        if _order is not None:
            self._layer, self._index = _order
            return
        lengths = [len(s) for s in self._stretches]
        total = sum(lengths)
        layer = np.repeat(np.arange(len(lengths), dtype=np.int32), lengths)
        index = np.concatenate([np.arange(n, dtype=np.int64) for n in (0, *lengths)])
        starts = np.fromiter(
            (d[0] for s in self._stretches for d in s), dtype=np.int64, count=total
        )
        rank = {name: r for r, name in enumerate(sorted(self._names))}
        by_name = np.array([rank[n] for n in self._names], dtype=np.int32)[layer]
        order = np.lexsort((by_name, starts))  # stable, as sorted() by (start, layer) is
        self._layer, self._index = layer[order], index[order]

    @classmethod
    def empty_source(cls) -> RowSource:
        return cls({}, "none")

    def __len__(self) -> int:
        return len(self._layer)

    @property
    def layers(self) -> tuple[str, ...]:
        return self._names

    def row(self, i: int) -> Row:
        li = int(self._layer[i])
        d = self._stretches[li][int(self._index[i])]
        empty = self._empty
        return Row(
            self._names[li],
            d.start_ms,
            d.end_ms,
            empty if d.code_a is None else d.code_a,
            empty if d.code_b is None else d.code_b,
            d.forgiven_by_tolerance,
        )

    def rows(self) -> list[Row]:
        """Every row (for tests and small lists; the view never asks for all)."""
        return [self.row(i) for i in range(len(self))]

    def only(self, layer: str | None) -> RowSource:
        """The rows of one layer (None: all), in the same order."""
        if layer is None:
            return self
        if layer not in self._names:
            return RowSource.empty_source()
        import numpy as np

        li = self._names.index(layer)
        index = self._index[self._layer == li]
        layer_ids = np.zeros(len(index), dtype=np.int32)  # the one layer kept
        return RowSource({layer: self._stretches[li]}, self._empty, _order=(layer_ids, index))

    def forgiven(self) -> int:
        """How many rows the tolerance forgave (counted as the source was made)."""
        return self._forgiven
