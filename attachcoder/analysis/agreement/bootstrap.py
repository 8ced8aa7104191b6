"""Percentile bootstrap over videos for a study's pooled and mean κ.

The unit of a study is the video: units of one video are not independent of each other, but
videos are. So the interval of a pooled or mean κ comes from resampling the videos with
replacement (2,000 times, with the study's seed, so the same study always gives the same
interval) and taking the 2.5th and 97.5th percentiles of the κ each resample gives. A
resample in which κ is undefined (every table empty, or one category throughout) is left out
of the percentiles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

RESAMPLES = 2000

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class Interval:
    low: float | None
    high: float | None


NO_INTERVAL = Interval(None, None)


def resample_weights(n_videos: int, seed: int, resamples: int = RESAMPLES) -> FloatArray:
    """How often each video is drawn in each resample: ``resamples`` × ``n_videos``."""
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, n_videos, size=(resamples, n_videos))
    w = np.zeros((resamples, n_videos), dtype=np.float64)
    np.add.at(w, (np.repeat(np.arange(resamples), n_videos), picks.ravel()), 1.0)
    return w


def _percentiles(values: FloatArray) -> Interval:
    ok = values[np.isfinite(values)]
    if len(ok) == 0:
        return NO_INTERVAL
    low, high = np.percentile(ok, [2.5, 97.5])
    return Interval(float(low), float(high))


def kappas_of_tables(tables: FloatArray) -> FloatArray:
    """κ of each table in a stack (… × L × L); NaN where it is undefined."""
    n = tables.sum(axis=(-2, -1))
    rows, cols = tables.sum(axis=-1), tables.sum(axis=-2)
    diag = np.trace(tables, axis1=-2, axis2=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        p_o = diag / n
        p_e = (rows * cols).sum(axis=-1) / (n * n)
        k = (p_o - p_e) / (1 - p_e)
    return np.where((n > 0) & (p_e < 1 - 1e-12), k, np.nan)  # type: ignore[no-any-return]


def pooled_interval(tables: FloatArray, weights: FloatArray) -> Interval:
    """The interval of the κ of the summed tables (``tables``: videos × L × L; a video
    without this layer has an all-zero table)."""
    if tables.shape[0] < 2:
        return NO_INTERVAL
    size = tables.shape[-1]
    summed = (weights @ tables.reshape(tables.shape[0], size * size)).reshape(-1, size, size)
    return _percentiles(kappas_of_tables(summed))


def mean_interval(kappas: Sequence[float | None], weights: FloatArray) -> Interval:
    """The interval of the mean κ over videos (an undefined κ is left out of each mean, as
    it is of the mean itself)."""
    k = np.array([np.nan if x is None else x for x in kappas], dtype=np.float64)
    defined = np.isfinite(k)
    if int(defined.sum()) < 2:
        return NO_INTERVAL
    with np.errstate(divide="ignore", invalid="ignore"):
        means = (weights @ np.where(defined, k, 0.0)) / (weights @ defined.astype(np.float64))
    return _percentiles(means)
