"""Cohen's κ from a confusion matrix, κ_max, per-code κ, the Landis & Koch bands, and κ's
large-sample standard error.

Every agreement figure in the program comes out of :func:`kappa_stats`, so the time-unit and
the event analyses can never compute κ in two different ways. Rows are the first coding (A),
columns the second (B).

p_o, p_e and κ are computed **exactly** from the counts (:class:`fractions.Fraction`; a count
may be a half, which the symmetric tolerance rule tallies) and turned into floats only to be
shown: a κ of exactly .4 then gets the band "moderate" and a κ of exactly .8 passes a
criterion of .8, which floating point got wrong (DOMAIN.md's check table gave "fair").
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction

import numpy as np
import numpy.typing as npt

from attachcoder.core.translatable import QT_TRANSLATE_NOOP

IntMatrix = npt.NDArray[np.int64]
Count = int | float  # a tally; a float only for a half (the symmetric tolerance rule)
Table = npt.ArrayLike | Sequence[Sequence[Fraction]]

#: The normal quantile of a two-sided 95% interval (z_.975), as statsmodels' cohens_kappa.
Z_95 = 1.959963984540054

#: Landis & Koch (1977), intervals closed on the left. Printed beside κ, never as a verdict.
#: The words are marked for translation (context "agreement"): the window and the workbook
#: show them in their language; JSON and text output keep these.
BANDS: tuple[tuple[Fraction, str], ...] = (
    (Fraction(4, 5), QT_TRANSLATE_NOOP("agreement", "almost perfect")),
    (Fraction(3, 5), QT_TRANSLATE_NOOP("agreement", "substantial")),
    (Fraction(2, 5), QT_TRANSLATE_NOOP("agreement", "moderate")),
    (Fraction(1, 5), QT_TRANSLATE_NOOP("agreement", "fair")),
    (Fraction(0), QT_TRANSLATE_NOOP("agreement", "slight")),
)
POOR = QT_TRANSLATE_NOOP("agreement", "poor")

INDEPENDENCE_NOTE = QT_TRANSLATE_NOOP(
    "agreement",
    "SE and 95% CI of κ: Fleiss, Cohen & Everitt (1969), treating units as independent "
    "(they are not: neighbouring time units are alike, so the interval is too narrow).",
)


def exact(x: float | Fraction) -> Fraction:
    """A setting typed as a decimal (a criterion 0.8) as the exact number it names (4/5).

    ``Fraction(0.8)`` would be the binary float just above 4/5; the shortest text of the
    float is what the user typed.
    """
    return x if isinstance(x, Fraction) else Fraction(repr(float(x)))


def band(kappa: float | Fraction | None) -> str:
    """The Landis & Koch band of a κ ('' when κ is undefined).

    A float is read as the decimal it prints as (0.6 is 3/5, not the binary float just below
    it); a computed κ is banded from its exact value (:attr:`KappaStats.band` does that).
    """
    if kappa is None:
        return ""
    value = exact(kappa)
    for low, name in BANDS:
        if value >= low:
            return name
    return POOR


@dataclass(frozen=True)
class KappaStats:
    """Cohen's κ of one table.

    ``kappa`` is ``None`` when it is undefined: no tallies at all, or chance agreement of 1
    (both codings used one and the same category throughout, so there is nothing to correct).
    ``kappa_max`` is the largest κ the two codings' marginals allow (Cohen 1960), meaningful
    for event tables, where coders choose how many events they code. ``exact`` is κ as a
    fraction (bands and verdicts read it); ``se`` the large-sample standard error of
    Fleiss, Cohen & Everitt (1969) and ``ci_low``/``ci_high`` κ ∓ z_.975·SE — both treat the
    tallies as independent.
    """

    n: Count
    p_o: float | None
    p_e: float | None
    kappa: float | None
    kappa_max: float | None
    exact: Fraction | None = field(default=None, compare=False, repr=False)
    se: float | None = None
    ci_low: float | None = None
    ci_high: float | None = None

    @property
    def band(self) -> str:
        return band(self.exact if self.exact is not None else self.kappa)

    @property
    def percent_agreement(self) -> float | None:
        return None if self.p_o is None else 100.0 * self.p_o

    @property
    def undefined_reason(self) -> str:
        """Why κ is undefined ('' when it is defined)."""
        if self.kappa is not None:
            return ""
        return "nothing to compare" if not self.n else "one category throughout"


def _fractions(matrix: Table) -> list[list[Fraction]]:
    m = np.asarray(matrix)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise ValueError(f"a confusion matrix must be square, not of shape {m.shape}")
    return [[Fraction(x) for x in row] for row in m.tolist()]


def _count(x: Fraction) -> Count:
    return int(x) if x.denominator == 1 else float(x)


def kappa_stats(matrix: Table) -> KappaStats:
    """p_o = Σ n_ii / N, p_e = Σ n_i+ n_+i / N², κ = (p_o − p_e) / (1 − p_e), exactly.

    κ_max = (p_max − p_e) / (1 − p_e) with p_max = Σ min(n_i+, n_+i) / N. The whole table
    counts, including a "none" or ∅ category when the caller put one in it.
    """
    m = _fractions(matrix)
    size = len(m)
    rows = [sum(r, Fraction(0)) for r in m]
    cols = [sum((m[i][j] for i in range(size)), Fraction(0)) for j in range(size)]
    n = sum(rows, Fraction(0))
    if n <= 0:
        return KappaStats(0, None, None, None, None)
    p_o = sum((m[i][i] for i in range(size)), Fraction(0)) / n
    p_e = sum((r * c for r, c in zip(rows, cols, strict=True)), Fraction(0)) / (n * n)
    if p_e >= 1:
        return KappaStats(_count(n), float(p_o), float(p_e), None, None)
    p_max = sum((min(r, c) for r, c in zip(rows, cols, strict=True)), Fraction(0)) / n
    k = (p_o - p_e) / (1 - p_e)
    se = kappa_se(m, k, p_e)
    low, high = (None, None) if se is None else (float(k) - Z_95 * se, float(k) + Z_95 * se)
    return KappaStats(
        _count(n),
        float(p_o),
        float(p_e),
        float(k),
        float((p_max - p_e) / (1 - p_e)),
        exact=k,
        se=se,
        ci_low=low,
        ci_high=high,
    )


def kappa_se(m: list[list[Fraction]], kappa: Fraction, p_e: Fraction) -> float | None:
    """Large-sample SE of κ (Fleiss, Cohen & Everitt 1969), as statsmodels' ``std_kappa``.

    With p_ij = n_ij / N and the margins p_i+, p_+j:
    A = Σ_i p_ii [1 − (p_i+ + p_+i)(1 − κ)]², B = (1 − κ)² Σ_{i≠j} p_ij (p_+i + p_j+)²,
    C = [κ − p_e (1 − κ)]², SE = √((A + B − C) / (N (1 − p_e)²)).
    The variance is computed exactly (it is often a hair from 0, where floating point left
    a square root of rounding noise that differed between a table and its transpose).
    """
    size = len(m)
    n = sum((sum(r, Fraction(0)) for r in m), Fraction(0))
    if n <= 0 or p_e >= 1:
        return None
    p = [[x / n for x in r] for r in m]
    rows = [sum(r, Fraction(0)) for r in p]
    cols = [sum((p[i][j] for i in range(size)), Fraction(0)) for j in range(size)]
    q = 1 - kappa
    a = sum((p[i][i] * (1 - (rows[i] + cols[i]) * q) ** 2 for i in range(size)), Fraction(0))
    b = q * q * sum(
        (p[i][j] * (cols[i] + rows[j]) ** 2 for i in range(size) for j in range(size) if i != j),
        Fraction(0),
    )
    c = (kappa - p_e * q) ** 2
    var = (a + b - c) / (n * (1 - p_e) ** 2)
    return math.sqrt(max(float(var), 0.0))


@dataclass(frozen=True)
class CodeKappa:
    """One code against all the others (the table collapsed to 2 × 2)."""

    code: str
    kappa: float | None
    n_a: Count  # tallies the first coding gave this code
    n_b: Count  # tallies the second coding gave this code
    n_both: Count  # tallies both gave it
    exact: Fraction | None = field(default=None, compare=False, repr=False)
    se: float | None = None  # of the 2 × 2 table, as every κ's (treating units as independent)
    ci_low: float | None = None
    ci_high: float | None = None

    @property
    def band(self) -> str:
        return band(self.exact if self.exact is not None else self.kappa)


def per_code_kappa(matrix: Table, labels: list[str | None]) -> list[CodeKappa]:
    """κ of each named code against the rest; ``None`` labels ("none", ∅) are not listed."""
    m = _fractions(matrix)
    size = len(m)
    total = sum((sum(r, Fraction(0)) for r in m), Fraction(0))
    rows = [sum(r, Fraction(0)) for r in m]
    cols = [sum((m[i][j] for i in range(size)), Fraction(0)) for j in range(size)]
    out: list[CodeKappa] = []
    for i, label in enumerate(labels):
        if label is None:
            continue
        both = m[i][i]
        a_only, b_only = rows[i] - both, cols[i] - both
        rest = total - both - a_only - b_only
        s = kappa_stats([[both, a_only], [b_only, rest]])
        out.append(
            CodeKappa(
                label,
                s.kappa,
                _count(rows[i]),
                _count(cols[i]),
                _count(both),
                s.exact,
                s.se,
                s.ci_low,
                s.ci_high,
            )
        )
    return out


def confusion(a: npt.NDArray[np.int64], b: npt.NDArray[np.int64], size: int) -> IntMatrix:
    """The size × size table of label pairs (a[i], b[i]), in one vectorised count."""
    flat = np.bincount(a * size + b, minlength=size * size)
    return flat.reshape(size, size).astype(np.int64)


@dataclass(frozen=True)
class ConfusionMatrix:
    """A table of tallies with its labels; ``None`` is the "none" (time units) or ∅ (events)
    category. Rows are the first coding, columns the second. A tally is a whole number, or a
    half where the symmetric tolerance rule split a unit between two agreements."""

    labels: tuple[str | None, ...]
    counts: tuple[tuple[Count, ...], ...]

    @classmethod
    def from_array(cls, labels: list[str | None], m: npt.ArrayLike) -> ConfusionMatrix:
        arr = np.asarray(m)
        return cls(
            tuple(labels),
            tuple(tuple(_count(Fraction(x)) for x in row) for row in arr.tolist()),
        )

    def array(self) -> npt.NDArray[np.float64]:
        """The counts as floats (halves are exact in binary)."""
        return np.array(self.counts, dtype=np.float64).reshape(len(self.labels), len(self.labels))

    def transposed(self) -> ConfusionMatrix:
        return ConfusionMatrix(self.labels, tuple(zip(*self.counts, strict=True)))
