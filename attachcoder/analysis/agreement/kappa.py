"""Cohen's κ from a confusion matrix, κ_max, per-code κ, and the Landis & Koch bands.

Every agreement figure in the program comes out of :func:`kappa_stats`, so the time-unit and
the event analyses can never compute κ in two different ways. Rows are the first coding (A),
columns the second (B).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

IntMatrix = npt.NDArray[np.int64]

#: Landis & Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict.
BANDS: tuple[tuple[float, str], ...] = (
    (0.80, "almost perfect"),
    (0.60, "substantial"),
    (0.40, "moderate"),
    (0.20, "fair"),
    (0.00, "slight"),
)


def band(kappa: float | None) -> str:
    """The Landis & Koch band of a κ ('' when κ is undefined)."""
    if kappa is None:
        return ""
    for low, name in BANDS:
        if kappa >= low:
            return name
    return "poor"


@dataclass(frozen=True)
class KappaStats:
    """Cohen's κ of one table.

    ``kappa`` is ``None`` when it is undefined: no tallies at all, or chance agreement of 1
    (both codings used one and the same category throughout, so there is nothing to correct).
    ``kappa_max`` is the largest κ the two codings' marginals allow (Cohen 1960), meaningful
    for event tables, where coders choose how many events they code.
    """

    n: int
    p_o: float | None
    p_e: float | None
    kappa: float | None
    kappa_max: float | None

    @property
    def band(self) -> str:
        return band(self.kappa)

    @property
    def percent_agreement(self) -> float | None:
        return None if self.p_o is None else 100.0 * self.p_o


def kappa_stats(matrix: npt.ArrayLike) -> KappaStats:
    """p_o = Σ n_ii / N, p_e = Σ n_i+ n_+i / N², κ = (p_o − p_e) / (1 − p_e).

    κ_max = (p_max − p_e) / (1 − p_e) with p_max = Σ min(n_i+, n_+i) / N. The whole table
    counts, including a "none" or ∅ category when the caller put one in it.
    """
    m = np.asarray(matrix, dtype=np.float64)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise ValueError(f"a confusion matrix must be square, not of shape {m.shape}")
    n = float(m.sum())
    if n <= 0:
        return KappaStats(0, None, None, None, None)
    rows, cols = m.sum(axis=1), m.sum(axis=0)
    p_o = float(np.trace(m)) / n
    p_e = float(rows @ cols) / (n * n)
    p_max = float(np.minimum(rows, cols).sum()) / n
    if p_e >= 1.0 - 1e-12:
        return KappaStats(int(n), p_o, p_e, None, None)
    return KappaStats(int(n), p_o, p_e, (p_o - p_e) / (1 - p_e), (p_max - p_e) / (1 - p_e))


@dataclass(frozen=True)
class CodeKappa:
    """One code against all the others (the table collapsed to 2 × 2)."""

    code: str
    kappa: float | None
    n_a: int  # tallies the first coding gave this code
    n_b: int  # tallies the second coding gave this code
    n_both: int  # tallies both gave it

    @property
    def band(self) -> str:
        return band(self.kappa)


def per_code_kappa(matrix: npt.ArrayLike, labels: list[str | None]) -> list[CodeKappa]:
    """κ of each named code against the rest; ``None`` labels ("none", ∅) are not listed."""
    m = np.asarray(matrix, dtype=np.int64)
    total = int(m.sum())
    rows, cols = m.sum(axis=1), m.sum(axis=0)
    out: list[CodeKappa] = []
    for i, label in enumerate(labels):
        if label is None:
            continue
        both = int(m[i, i])
        a_only, b_only = int(rows[i]) - both, int(cols[i]) - both
        rest = total - both - a_only - b_only
        k = kappa_stats([[both, a_only], [b_only, rest]]).kappa
        out.append(CodeKappa(label, k, int(rows[i]), int(cols[i]), both))
    return out


def confusion(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], size: int) -> IntMatrix:
    """The size × size table of label pairs (a[i], b[i]), in one vectorised count."""
    flat = np.bincount(a * size + b, minlength=size * size)
    return flat.reshape(size, size).astype(np.int64)


@dataclass(frozen=True)
class ConfusionMatrix:
    """A table of tallies with its labels; ``None`` is the "none" (time units) or ∅ (events)
    category. Rows are the first coding, columns the second."""

    labels: tuple[str | None, ...]
    counts: tuple[tuple[int, ...], ...]

    @classmethod
    def from_array(cls, labels: list[str | None], m: IntMatrix) -> ConfusionMatrix:
        return cls(tuple(labels), tuple(tuple(int(x) for x in row) for row in m))

    def array(self) -> IntMatrix:
        return np.array(self.counts, dtype=np.int64).reshape(len(self.labels), len(self.labels))

    def transposed(self) -> ConfusionMatrix:
        return ConfusionMatrix(self.labels, tuple(zip(*self.counts, strict=True)))
