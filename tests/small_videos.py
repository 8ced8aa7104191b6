"""Tiny real videos for tests, made with the ``imageio-ffmpeg`` binary (a test dependency).

Each is a few seconds of one flat colour at 5 frames a second, 32 × 32 pixels: distinct
content (so distinct hashes) that QtMultimedia reads, made in a few hundredths of a second.
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def make_video(path: Path, seconds: int, shade: int, *, created: str | None = None) -> Path:
    """``created`` (ISO 8601, e.g. ``2024-05-17T10:30:00Z``): the recording time the camera
    would have written into the file (the container's ``creation_time``)."""
    import imageio_ffmpeg

    stamp = ["-metadata", f"creation_time={created}"] if created else []

    colour = f"0x{shade % 256:02x}{(shade * 37) % 256:02x}{(shade * 91) % 256:02x}"
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            f"color=c={colour}:s=32x32:r=5:d={seconds}",
            "-pix_fmt",
            "yuv420p",
            "-c:v",
            "libx264",
            *stamp,
            str(path),
        ],
        check=True,
    )
    return path


def make_videos(folder: Path, n: int, seconds: int = 6) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make_video(folder / f"D{i + 1:03}.mp4", seconds, 7 * i + 3) for i in range(n)]


_FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_variable_rate_video(path: Path) -> Path:
    """3 s at 30 frames a second, then 3 s at 15 (every other frame of a 30 fps source
    dropped, timestamps kept): 135 frames, 96 × 64, each with its number burned in when the
    DejaVu font is there (a test pattern that moves otherwise, so frames differ anyway)."""
    import imageio_ffmpeg

    filters = "select='lt(t\\,3)+gte(t\\,3)*not(mod(n\\,2))'"
    if _FONT.is_file():
        filters += f",drawtext=fontfile={_FONT}:text=%{{frame_num}}:fontsize=28:fontcolor=white"
    subprocess.run(
        [
            imageio_ffmpeg.get_ffmpeg_exe(),
            "-loglevel",
            "error",
            "-y",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=s=96x64:r=30:d=6",
            "-vf",
            filters,
            "-fps_mode",
            "passthrough",
            "-pix_fmt",
            "yuv420p",
            "-c:v",
            "libx264",
            str(path),
        ],
        check=True,
    )
    return path


def real_frame_starts(path: Path) -> list[int]:
    """Every frame's start (ms, rounded up from the µs Qt reports) as PyAV decodes them:
    read independently of the program's frame index, which demuxes without decoding."""
    import av

    out = []
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        for frame in container.decode(stream):
            us = round(frame.pts * frame.time_base * 1_000_000)
            out.append(-(-us // 1000))
    return out


def make_colour_per_frame_video(
    path: Path, *, seconds: int = 4, fps: int = 25, gop: int = 25
) -> Path:
    """Each frame one flat colour that the next frame's differs from by far (64 × 48,
    B-frames, a keyframe every ``gop`` frames): which frame is on screen can be read from a
    pixel."""
    import imageio_ffmpeg

    colour = "geq=r='mod(N*37\\,256)':g='mod(N*91+40\\,256)':b='mod(N*53+90\\,256)'"
    subprocess.run(
        [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", "-f", "lavfi",
         "-i", f"color=c=black:s=64x48:r={fps}:d={seconds}", "-vf", colour,
         "-g", str(gop), "-pix_fmt", "yuv420p", "-c:v", "libx264", "-crf", "10", str(path)],
        check=True,
    )  # fmt: skip
    return path


def frame_colours(path: Path) -> list[tuple[int, int, int]]:
    """The centre pixel (r, g, b) of every frame, decoded independently with PyAV."""
    import av

    out = []
    with av.open(str(path)) as container:
        for frame in container.decode(container.streams.video[0]):
            rgb = frame.to_ndarray(format="rgb24")
            r, g, b = rgb[rgb.shape[0] // 2, rgb.shape[1] // 2]
            out.append((int(r), int(g), int(b)))
    return out


def _ffmpeg(*args: str) -> None:
    import imageio_ffmpeg

    subprocess.run([imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y", *args], check=True)


def make_pattern_video(
    path: Path, seconds: int = 4, size: str = "64x32", *, faststart: bool = False
) -> Path:
    """A moving test pattern (it does not compress to nothing, so a cut file loses frames)."""
    flags = ["-movflags", "+faststart"] if faststart else []
    _ffmpeg(
        "-f", "lavfi", "-i", f"testsrc=s={size}:r=5:d={seconds}",
        "-pix_fmt", "yuv420p", "-c:v", "libx264", *flags, str(path),
    )  # fmt: skip
    return path


def make_rotated(path: Path, degrees: int, size: str = "64x32") -> Path:
    """A clip stored ``size`` with a display matrix turning it ``degrees`` (as phones do)."""
    plain = make_pattern_video(path.with_name(path.stem + "-plain.mp4"), 2, size)
    _ffmpeg("-display_rotation:v:0", str(degrees), "-i", str(plain), "-c", "copy", str(path))
    plain.unlink()
    return path


def make_sound_only(path: Path, seconds: int = 3) -> Path:
    """An .mp4 with an audio stream and no video stream."""
    _ffmpeg("-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}", "-c:a", "aac", str(path))
    return path


def make_unplayable(folder: Path) -> dict[str, Path]:
    """Files named .mp4 that play no picture, by kind: a text file, an empty file, a
    recording cut before its index (the index is at the end), and one cut right after its
    header (index first, picture data gone)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / "notes.mp4"
    text.write_text("This is a text file someone renamed to .mp4\n", encoding="utf-8")
    empty = folder / "empty.mp4"
    empty.write_bytes(b"")
    whole = make_pattern_video(folder / "whole.mp4", 6).read_bytes()
    cut = folder / "cut.mp4"
    cut.write_bytes(whole[: len(whole) // 2])
    first = make_pattern_video(folder / "whole-faststart.mp4", 6, faststart=True).read_bytes()
    header_only = folder / "header-only.mp4"
    header_only.write_bytes(first[: first.index(b"mdat") + 4])
    return {"text": text, "empty": empty, "cut": cut, "header_only": header_only}


TONE = "0.5*sin(2*PI*440*t)*between(t\\,1\\,2)"
"""A 440 Hz tone of amplitude 0.5 from 1 s to 2 s, silence either side (per sample: exact)."""


def make_tone_video(
    path: Path, *, audio: bool = True, codec: str = "aac", audio_delay_s: float = 0.0
) -> Path:
    """3 s of test pattern (64 × 48, 10 fps) with a sound track of silence, a 440 Hz tone
    from 1 s to 2 s, and silence again (``TONE``, mono 16 kHz); ``audio=False``: no sound
    track; ``audio_delay_s``: the sound starts that late on the container's clock."""
    import imageio_ffmpeg

    args = [imageio_ffmpeg.get_ffmpeg_exe(), "-loglevel", "error", "-y",
            "-f", "lavfi", "-i", "testsrc2=s=64x48:r=10:d=3"]  # fmt: skip
    if audio:
        if audio_delay_s:
            args += ["-itsoffset", str(audio_delay_s)]
        args += ["-f", "lavfi", "-i", f"aevalsrc='{TONE}':s=16000:d=3",
                 "-map", "0:v", "-map", "1:a", "-c:a", codec]  # fmt: skip
    args += ["-pix_fmt", "yuv420p", "-c:v", "libx264", str(path)]
    subprocess.run(args, check=True)
    return path
