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
