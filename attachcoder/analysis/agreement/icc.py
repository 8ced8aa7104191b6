"""ICC(2,1): two-way random effects, absolute agreement, single rater.

Shrout & Fleiss (1979) ICC(2,1), McGraw & Wong (1996) ICC(A,1); Koo & Li (2016) for when to use
it. "Absolute agreement" means a coder who rates every session one point higher lowers the ICC,
which is what double coding has to detect. Used for rating items and for the headline measures
of double-coded sessions. The 95% confidence interval is McGraw & Wong's (1996) F-based one
for ICC(A,1) (their Table 7; pingouin's ``intraclass_corr`` computes the same).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from attachcoder.analysis.agreement.fdist import f_ppf
from attachcoder.core.translatable import QT_TRANSLATE_NOOP


def _present(v: float | None) -> bool:
    return v is not None and bool(np.isfinite(float(v)))


@dataclass(frozen=True)
class IccResult:
    n: int  # subjects (sessions) with a value from every rater
    icc: float | None  # None: fewer than two subjects, or no variance at all
    ci_low: float | None = None  # 95% CI (McGraw & Wong 1996); None when it cannot be had
    ci_high: float | None = None


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
    icc = (ms_r - ms_e) / denom
    low, high = icc_a1_ci(icc, n, k, ms_r, ms_c, ms_e)
    return IccResult(n, icc, low, high)


def icc_a1_ci(
    icc: float, n: int, k: int, ms_r: float, ms_c: float, ms_e: float, alpha: float = 0.05
) -> tuple[float | None, float | None]:
    """McGraw & Wong's (1996) 1 − α interval for ICC(A,1), with Satterthwaite's df ``v``.

    a = k·ICC / (n (1 − ICC)), b = 1 + k·ICC (n − 1) / (n (1 − ICC)),
    v = (a MS_C + b MS_E)² / ((a MS_C)² / (k − 1) + (b MS_E)² / ((n − 1)(k − 1))),
    F* = F_{1−α/2}(n − 1, v), F_* = F_{1−α/2}(v, n − 1),
    low = n (MS_R − F* MS_E) / (F* (k MS_C + (kn − k − n) MS_E) + n MS_R),
    high = n (F_* MS_R − MS_E) / (k MS_C + (kn − k − n) MS_E + n F_* MS_R).
    (None, None) when the interval is not defined (no error variance, or ICC = 1), or when
    the approximation breaks down (a NaN bound, or an interval leaving out the estimate).
    """
    if ms_e <= 0 or icc >= 1:
        return None, None
    a = k * icc / (n * (1 - icc))
    b = 1 + k * icc * (n - 1) / (n * (1 - icc))
    den = (a * ms_c) ** 2 / (k - 1) + (b * ms_e) ** 2 / ((n - 1) * (k - 1))
    if den <= 0:
        return None, None
    v = (a * ms_c + b * ms_e) ** 2 / den
    if not math.isfinite(v) or v <= 0:
        return None, None
    f_hi = f_ppf(1 - alpha / 2, n - 1, v)
    f_lo = f_ppf(1 - alpha / 2, v, n - 1)
    rest = k * ms_c + (k * n - k - n) * ms_e
    low = n * (ms_r - f_hi * ms_e) / (f_hi * rest + n * ms_r)
    high = n * (f_lo * ms_r - ms_e) / (rest + n * f_lo * ms_r)
    if not (math.isfinite(low) and math.isfinite(high) and low <= icc <= high):
        # Satterthwaite's approximation breaks down (a few subjects, an ICC far below 0):
        # no interval rather than one that is NaN or leaves out its own estimate
        return None, None
    return low, high


#: Koo & Li (2016): below .50 poor, .50–.75 moderate, .75–.90 good, above .90 excellent.
ICC_BANDS: tuple[tuple[float, str], ...] = (
    (0.90, QT_TRANSLATE_NOOP("agreement", "excellent")),
    (0.75, QT_TRANSLATE_NOOP("agreement", "good")),
    (0.50, QT_TRANSLATE_NOOP("agreement", "moderate")),
)


def icc_band(icc: float | None) -> str:
    """Koo & Li's words for an ICC ('' when undefined); a description, not a verdict."""
    if icc is None:
        return ""
    for low, name in ICC_BANDS:
        if icc >= low:
            return name
    return "poor"
