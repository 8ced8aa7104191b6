"""A sound track reduced to what a coder sees under the timeline (numpy only: no PyAV, no Qt).

An hour of 16 kHz audio is 230 MB of samples; the timeline needs far less. Samples are fed in
as they are decoded and reduced at once to

* the **envelope**: the lowest and highest sample of every 10 ms bucket (100 a second: at the
  timeline's closest zoom, 0.5 ms a pixel, a bucket is 20 pixels wide; zoomed out, a pixel
  column takes the extremes of the buckets under it), 1.4 MB an hour;
* the **spectrogram**: a log-magnitude short-time Fourier transform every 20 ms (512-sample
  Hann window, 32 ms), 0–8 kHz in 128 bands of 62.5 Hz — the range of a voice, a cry and its
  harmonics — each stored as one byte (half-decibel steps), 23 MB an hour before compression.

So the memory held while reading does not grow with the samples, only with these.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

SAMPLE_RATE = 16_000
"""Samples a second the audio is resampled to (mono) before it is reduced."""
BUCKET = SAMPLE_RATE // 100
"""Samples in one envelope bucket (10 ms)."""
FFT_N = 512
"""Samples in one spectrogram window (32 ms)."""
HOP = 320
"""Samples between spectrogram columns (20 ms)."""
BANDS = 128
"""Frequency bands kept: FFT bins 0–255 pooled in pairs (by their maximum, so a tone's peak
stays as loud as it is), 62.5 Hz each, 0–8 kHz."""
DB_FLOOR = -100.0
"""The decibel level stored as 0 (full scale, a sine of amplitude 1, is 0 dB, stored as 200)."""
DB_STEP = 0.5

_LEAD = (FFT_N - HOP) // 2  # zeros before the first sample: column k is centred on its 20 ms


@dataclass(frozen=True, eq=False)
class SoundTrack:
    """A sound track's envelope and spectrogram on the media clock (sample 0 at 0 ms)."""

    lows: npt.NDArray[np.float16]
    """Lowest sample (−1…1) of each 10 ms bucket."""
    highs: npt.NDArray[np.float16]
    """Highest sample of each bucket."""
    spectrum: npt.NDArray[np.uint8]
    """(columns, BANDS): level of each band in each 20 ms column, in ``DB_STEP`` above
    ``DB_FLOOR``."""
    duration_ms: int

    bucket_ms = BUCKET * 1000 // SAMPLE_RATE
    column_ms = HOP * 1000 // SAMPLE_RATE
    band_hz = SAMPLE_RATE / FFT_N * 2

    @property
    def peak(self) -> float:
        """The largest absolute sample (0 for silence): the waveform is drawn to it."""
        if not len(self.lows):
            return 0.0
        return float(max(-float(self.lows.min()), float(self.highs.max()), 0.0))

    def band_centre_hz(self, band: int) -> float:
        """The middle frequency of a band (the mean of the two FFT bins pooled in it)."""
        return (2 * band + 0.5) * SAMPLE_RATE / FFT_N

    @staticmethod
    def decibels(levels: npt.NDArray[np.uint8]) -> npt.NDArray[np.float64]:
        """Stored spectrogram levels → dB relative to full scale."""
        return levels.astype(np.float64) * DB_STEP + DB_FLOOR


class SoundReducer:
    """Takes mono float samples at ``SAMPLE_RATE`` in pieces; :meth:`finish` gives the track."""

    def __init__(self) -> None:
        self._samples = 0
        self._env_rest = np.zeros(0, np.float32)
        self._stft_rest = np.zeros(_LEAD, np.float32)
        self._lows: list[npt.NDArray[np.float16]] = []
        self._highs: list[npt.NDArray[np.float16]] = []
        self._columns: list[npt.NDArray[np.uint8]] = []
        self._window = np.hanning(FFT_N + 1)[:-1].astype(np.float32)  # periodic Hann
        self._scale = 2.0 / float(self._window.sum())  # a sine of amplitude A reads A

    @property
    def samples(self) -> int:
        """Samples fed so far."""
        return self._samples

    def feed(self, samples: npt.NDArray[np.float32]) -> None:
        """Add the next samples (any number, mono, −1…1)."""
        x = np.asarray(samples, dtype=np.float32).reshape(-1)
        if not len(x):
            return
        self._samples += len(x)
        self._feed_envelope(x)
        self._feed_spectrum(x)

    def feed_silence(self, count: int) -> None:
        """Add ``count`` zero samples (audio that starts after the video does)."""
        while count > 0:
            n = min(count, SAMPLE_RATE * 10)
            self.feed(np.zeros(n, np.float32))
            count -= n

    def _feed_envelope(self, x: npt.NDArray[np.float32]) -> None:
        buf = np.concatenate((self._env_rest, x)) if len(self._env_rest) else x
        whole = len(buf) // BUCKET * BUCKET
        if whole:
            blocks = buf[:whole].reshape(-1, BUCKET)
            self._lows.append(blocks.min(axis=1).astype(np.float16))
            self._highs.append(blocks.max(axis=1).astype(np.float16))
        self._env_rest = buf[whole:].copy()

    def _feed_spectrum(self, x: npt.NDArray[np.float32]) -> None:
        buf = np.concatenate((self._stft_rest, x))
        if len(buf) >= FFT_N:
            count = (len(buf) - FFT_N) // HOP + 1
            frames = np.lib.stride_tricks.sliding_window_view(buf, FFT_N)[::HOP][:count]
            self._columns.append(self._levels(frames))
            buf = buf[count * HOP :]
        self._stft_rest = buf.copy()

    def _levels(self, frames: npt.NDArray[np.float32]) -> npt.NDArray[np.uint8]:
        mags = np.abs(np.fft.rfft(frames * self._window, axis=1))[:, : 2 * BANDS] * self._scale
        pooled = mags.reshape(len(frames), BANDS, 2).max(axis=2)
        db = 20.0 * np.log10(pooled + 1e-12)
        q = np.rint((db - DB_FLOOR) / DB_STEP)
        return np.clip(q, 0, 255).astype(np.uint8)

    def finish(self) -> SoundTrack:
        """The track of everything fed: the last partial bucket and column padded with zeros."""
        total = self._samples
        if len(self._env_rest):
            self._feed_envelope(np.zeros(BUCKET - len(self._env_rest), np.float32))
        columns_due = -(-total // HOP)
        have = sum(len(c) for c in self._columns)
        if columns_due > have:
            pad = np.zeros((columns_due - have) * HOP + FFT_N, np.float32)
            self._feed_spectrum(pad)
        lows = np.concatenate(self._lows) if self._lows else np.zeros(0, np.float16)
        highs = np.concatenate(self._highs) if self._highs else np.zeros(0, np.float16)
        spectrum = (
            np.concatenate(self._columns)[:columns_due]
            if self._columns
            else np.zeros((0, BANDS), np.uint8)
        )
        return SoundTrack(
            lows=lows,
            highs=highs,
            spectrum=spectrum,
            duration_ms=total * 1000 // SAMPLE_RATE,
        )
