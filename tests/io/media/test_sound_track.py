"""A video's sound track read with PyAV: the envelope and spectrogram of a known tone burst,
their place on the media clock, the cache, and videos without sound."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest
from small_videos import make_tone_video

from attachcoder.io.media import sound_cache
from attachcoder.io.media.sound_envelope import SAMPLE_RATE, SoundReducer, SoundTrack
from attachcoder.io.media.sound_track import (
    SoundReadCancelled,
    SoundTrackError,
    has_audio,
    read_sound_track,
)

AMPLITUDE = 0.5  # tests/small_videos.TONE: 440 Hz from 1 s to 2 s


@pytest.fixture(scope="module")
def videos(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sound")
    return {
        "aac": make_tone_video(folder / "tone.mp4"),
        "flac": make_tone_video(folder / "tone.mkv", codec="flac"),
        "late": make_tone_video(folder / "late.mp4", audio_delay_s=0.5),
        "mute": make_tone_video(folder / "mute.mp4", audio=False),
    }


def loudest(track: SoundTrack) -> np.ndarray:
    """The largest absolute sample of each 10 ms bucket."""
    return np.maximum(-track.lows.astype(np.float64), track.highs.astype(np.float64))


def test_the_envelope_is_silent_outside_the_burst_and_loud_inside(videos: dict[str, Path]) -> None:
    track = read_sound_track(videos["aac"])
    assert track is not None
    assert track.bucket_ms == 10
    assert track.duration_ms == pytest.approx(3000, abs=30)
    level = loudest(track)
    assert len(level) == pytest.approx(300, abs=3)
    # AAC smears an edge over a few milliseconds: 50 ms either side of it are left out
    for bucket in [*range(0, 95), *range(206, len(level))]:
        assert level[bucket] < 0.01, f"bucket {bucket} ({bucket * 10} ms) should be silent"
    for bucket in range(105, 195):
        assert level[bucket] == pytest.approx(AMPLITUDE, abs=0.05), f"bucket {bucket}"
    assert track.peak == pytest.approx(AMPLITUDE, abs=0.05)


def test_a_lossless_track_puts_the_burst_on_its_exact_buckets(videos: dict[str, Path]) -> None:
    track = read_sound_track(videos["flac"])
    assert track is not None
    level = loudest(track)
    assert (level[:100] == 0).all() and (level[200:] == 0).all()
    assert level[100:200] == pytest.approx(np.full(100, AMPLITUDE), abs=0.002)
    assert (track.lows[100:200] < -0.49).all()  # both halves of the wave: min and max kept


def test_sound_that_starts_late_is_preceded_by_silence(videos: dict[str, Path]) -> None:
    """Audio 0.5 s after the first frame: the burst is at 1.5–2.5 s on the media clock."""
    track = read_sound_track(videos["late"])
    assert track is not None
    level = loudest(track)
    assert (level[:145] < 0.01).all()
    assert (level[155:245] > 0.4).all()
    assert (level[256:] < 0.01).all()


def test_the_spectrogram_peaks_at_440_hz_in_the_burst(videos: dict[str, Path]) -> None:
    track = read_sound_track(videos["aac"])
    assert track is not None
    assert track.column_ms == 20
    assert len(track.spectrum) == pytest.approx(150, abs=2)
    burst = track.spectrum[55:95]  # 1.1–1.9 s
    peaks = burst.argmax(axis=1)
    for column, band in enumerate(peaks, start=55):
        assert abs(track.band_centre_hz(int(band)) - 440) <= track.band_hz, f"column {column}"
    # a sine of amplitude 0.5 is −6 dB of full scale; silence is at the floor
    assert track.decibels(burst.max(axis=1)) == pytest.approx(np.full(40, -6.0), abs=1.5)
    assert track.decibels(track.spectrum[5:45]).max() < -60


def test_the_spectrogram_of_a_computed_tone_against_numpy_s_own_fft() -> None:
    """Samples fed in odd pieces give the same spectrogram as one FFT of the whole window."""
    t = np.arange(SAMPLE_RATE) / SAMPLE_RATE
    tone = (0.25 * np.sin(2 * np.pi * 1000 * t)).astype(np.float32)
    reducer = SoundReducer()
    for piece in np.array_split(tone, 7):
        reducer.feed(piece)
    track = reducer.finish()
    assert len(track.spectrum) == SAMPLE_RATE // 320
    band = 1000 / track.band_hz  # 1000 Hz: FFT bin 32, band 16
    assert int(track.spectrum[25].argmax()) == int(band)
    window = tone[25 * 320 - 96 : 25 * 320 + 416] * np.hanning(513)[:-1]
    spectrum = np.abs(np.fft.rfft(window)) * 2 / np.hanning(513)[:-1].sum()
    expected_db = 20 * np.log10(spectrum[32])
    assert track.decibels(track.spectrum[25][16:17])[0] == pytest.approx(expected_db, abs=0.3)
    assert expected_db == pytest.approx(20 * np.log10(0.25), abs=0.5)


def test_progress_rises_to_one_and_reading_can_be_cancelled(videos: dict[str, Path]) -> None:
    told: list[float] = []
    read_sound_track(videos["aac"], progress=told.append)
    assert told == sorted(told) and told[-1] == 1.0 and len(told) >= 3
    stop = threading.Event()
    stop.set()
    with pytest.raises(SoundReadCancelled):
        read_sound_track(videos["aac"], cancelled=stop.is_set)


def test_a_video_without_sound_has_no_track(videos: dict[str, Path]) -> None:
    assert not has_audio(videos["mute"]) and has_audio(videos["aac"])
    assert read_sound_track(videos["mute"]) is None
    assert sound_cache.load_or_build(videos["mute"]) is None


def test_files_that_cannot_be_read_say_so(tmp_path: Path) -> None:
    text = tmp_path / "notes.mp4"
    text.write_text("not a video" * 100)
    with pytest.raises(SoundTrackError, match=r"notes\.mp4: cannot be read"):
        read_sound_track(text)
    assert not has_audio(text)


def test_the_cache_is_keyed_by_content_and_survives_damage(
    videos: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ATTACHCODER_CACHE_DIR", str(tmp_path / "cache"))
    first = sound_cache.load_or_build(videos["aac"])
    assert first is not None
    [cached] = (tmp_path / "cache" / "sound").iterdir()
    assert cached == sound_cache.cached_path(videos["aac"])
    moved = tmp_path / "renamed.mp4"
    moved.write_bytes(videos["aac"].read_bytes())

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("the cached track should have been used")

    monkeypatch.setattr(sound_cache, "read_sound_track", no_reading)
    again = sound_cache.load_or_build(moved)  # a moved file: the same key, from the cache
    assert again is not None
    assert np.array_equal(again.lows, first.lows) and np.array_equal(again.highs, first.highs)
    assert np.array_equal(again.spectrum, first.spectrum)
    assert again.duration_ms == first.duration_ms
    monkeypatch.undo()
    monkeypatch.setenv("ATTACHCODER_CACHE_DIR", str(tmp_path / "cache"))
    cached.write_bytes(cached.read_bytes()[:200])  # damaged: read again, and rewritten
    rebuilt = sound_cache.load_or_build(moved)
    assert rebuilt is not None and np.array_equal(rebuilt.spectrum, first.spectrum)
    assert sound_cache.decode(cached.read_bytes()) is not None
    assert sound_cache.decode(b"PK\x03\x04 not an archive") is None
    data = cached.read_bytes()
    for at in range(0, len(data), max(1, len(data) // 40)):  # a byte spoilt anywhere: no crash
        spoilt = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
        track = sound_cache.decode(spoilt)
        assert track is None or track.spectrum.shape[1] == first.spectrum.shape[1]
