"""ICC(2,1): two-way random effects, absolute agreement, single rater.

Shrout & Fleiss (1979) ICC(2,1), McGraw & Wong (1996) ICC(A,1); Koo & Li (2016) for when to use
it. "Absolute agreement" means a coder who rates every session one point higher lowers the ICC,
which is what double coding has to detect. Used for rating items and for the headline measures
of double-coded sessions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


def _present(v: float | None) -> bool:
    return v is not None and bool(np.isfinite(float(v)))


@dataclass(frozen=True)
class IccResult:
    n: int  # subjects (sessions) with a value from every rater
    icc: float | None  # None: fewer than two subjects, or no variance at all


def icc_2_1(rows: Sequence[Sequence[float | None]]) -> IccResult:
    """ICC(2,1) of an n × k table (subjects × raters); rows with a missing value are dropped.

    ICC = (MS_R − MS_E) / (MS_R + (k − 1)·MS_E + k·(MS_C − MS_E)/n).
    """
    complete = [[float(v or 0.0) for v in r] for r in rows if all(_present(v) for v in r)]
    n = len(complete)
    if n < 2:
        return IccResult(n, None)
    y = np.array(complete, dtype=np.float64)
    k = y.shape[1]
    if k < 2:
        return IccResult(n, None)
    grand = y.mean()
    row_means, col_means = y.mean(axis=1), y.mean(axis=0)
    ms_r = k * float(((row_means - grand) ** 2).sum()) / (n - 1)
    ms_c = n * float(((col_means - grand) ** 2).sum()) / (k - 1)
    resid = y - row_means[:, None] - col_means[None, :] + grand
    ms_e = float((resid**2).sum()) / ((n - 1) * (k - 1))
    denom = ms_r + (k - 1) * ms_e + k * (ms_c - ms_e) / n
    if abs(denom) < 1e-12:
        return IccResult(n, None)
    return IccResult(n, (ms_r - ms_e) / denom)


#: Koo & Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.
ICC_BANDS: tuple[tuple[float, str], ...] = (
    (0.90, "excellent"),
    (0.75, "good"),
    (0.50, "moderate"),
)


def icc_band(icc: float | None) -> str:
    """Koo & Li's words for an ICC ('' when undefined); a description, not a verdict."""
    if icc is None:
        return ""
    for low, name in ICC_BANDS:
        if icc >= low:
            return name
    return "poor"
