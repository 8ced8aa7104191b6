#!/usr/bin/env python3
"""Make the bundled sample: a synthetic demo video and two codings of it by two coders.

    .venv/bin/python scripts/make_sample.py            # video (if missing) and both sessions
    .venv/bin/python scripts/make_sample.py --force    # remake the video too

Everything is synthetic: coloured backgrounds, two moving squares, an on-screen clock and
frame number, a phase label, and a quiet tone with a short beep every second (so audio and its
sync can be heard). No real people's video ever goes in the repository.

The video needs only PyPI packages: the ``imageio-ffmpeg`` wheel (``pip install -e .[sample]``)
ships an ffmpeg with libx264, AAC and drawtext. drawtext needs a font file; DejaVu Sans is
used (Debian/Ubuntu: ``fonts-dejavu-core``).

The codings are generated from a seeded random generator, so re-running the script gives the
same files (as long as the video's bytes, whose SHA-256 they record, do not change). C1 codes
the session in full; C2 is a second observer who agrees most of the time but places
boundaries a few hundred milliseconds differently and disagrees on some episodes — the
material that observer agreement is computed from.
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attachcoder.core import Episode, Media, Metadata, Session  # noqa: E402
from attachcoder.io.session.file import default_scheme, save, sha256_file  # noqa: E402

OUT_DIR = ROOT / "sample_sessions"
VIDEO_NAME = "demo.mp4"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

FPS = 25
FRAME_MS = 1000 // FPS  # 40 ms: every onset in the sample codings is a multiple of this
PHASE_S = 120
PHASES = ("play", "still-face", "reunion")
DURATION_MS = PHASE_S * len(PHASES) * 1000
WIDTH, HEIGHT = 320, 240
# Background per phase: darker versions of the scheme's phase colours, so white text reads.
BACKGROUND = {"play": "0x1F4E79", "still-face": "0x6B3A5B", "reunion": "0x2A6F8F"}


# ------------------------------------------------------------------ the video


def ffmpeg_exe() -> str:
    try:
        import imageio_ffmpeg
    except ImportError:
        sys.exit(
            "make_sample: the video needs the imageio-ffmpeg package; install it with\n"
            "  .venv/bin/python -m pip install -e '.[sample]'"
        )
    return str(imageio_ffmpeg.get_ffmpeg_exe())


def video_filter(font: Path) -> str:
    """The filter graph: phase backgrounds, two 'partners', the clock, frame number and label."""
    f = str(font).replace(":", r"\:")
    d = PHASE_S
    parts = [
        f"color=c={BACKGROUND[p]}:s={WIDTH}x{HEIGHT}:r={FPS}:d={d}[bg{i}]"
        for i, p in enumerate(PHASES)
    ]
    parts.append("[bg0][bg1][bg2]concat=n=3:v=1:a=0[bg]")
    # The caregiver (left, amber) moves with the infant in play and reunion and is still in the
    # still-face phase; the infant (right, yellow) keeps moving throughout.
    still = f"between(t,{d},{2 * d})"
    parts.append(f"color=c=0xE69F00:s=60x80:r={FPS}[cg]")
    parts.append(f"color=c=0xF0E442:s=40x50:r={FPS}[inf]")
    parts.append(
        f"[bg][cg]overlay=x='50+if({still},0,18*sin(t*1.3))':y='95+if({still},0,10*sin(t*0.9))'"
        ":eval=frame:shortest=1[v1]"
    )
    parts.append(
        "[v1][inf]overlay=x='215+14*sin(t*2.1)':y='115+12*cos(t*1.7)':eval=frame:shortest=1[v2]"
    )
    box = "box=1:boxcolor=black@0.6:boxborderw=4:fontcolor=white"
    text = [
        f"drawtext=fontfile='{f}':text='%{{pts\\:hms}}':x=8:y=8:fontsize=22:{box}",
        f"drawtext=fontfile='{f}':text='frame %{{frame_num}}':x=8:y=40:fontsize=16:{box}",
        f"drawtext=fontfile='{f}':text='SYNTHETIC DEMO':x=w-tw-8:y=h-th-8:fontsize=11:{box}",
    ]
    for i, p in enumerate(PHASES):
        label = p.upper()
        text.append(
            f"drawtext=fontfile='{f}':text='{label}':x=w-tw-8:y=8:fontsize=18:{box}"
            f":enable='between(t,{i * d},{(i + 1) * d - 0.001})'"
        )
    parts.append("[v2]" + ",".join(text) + ",format=yuv420p[v]")
    return ";".join(parts)


def audio_source() -> str:
    """A quiet 220 Hz tone with a short 880 Hz beep at the start of every second."""
    expr = "0.02*sin(2*PI*220*t)+0.08*lt(mod(t\\,1)\\,0.08)*sin(2*PI*880*t)"
    return f"aevalsrc='{expr}':s=22050:d={DURATION_MS / 1000:g}"


def make_video(path: Path, font: Path) -> None:
    if not font.is_file():
        sys.exit(
            f"make_sample: the font {font} is missing; ffmpeg's drawtext needs one.\n"
            "  Install it with: sudo apt-get install -y fonts-dejavu-core\n"
            "  or pass another TrueType font with --font FILE"
        )
    part = path.with_name(path.stem + ".part" + path.suffix)
    cmd = [
        ffmpeg_exe(),
        "-hide_banner",
        "-loglevel",
        "error",
        "-y",
        "-f",
        "lavfi",
        "-i",
        audio_source(),
        "-filter_complex",
        video_filter(font),
        "-map",
        "[v]",
        "-map",
        "0:a",
        "-c:v",
        "libx264",
        "-preset",
        "medium",
        "-crf",
        "36",
        "-g",
        str(FPS),  # a key frame every second: seeking stays fast
        "-bf",
        "0",
        "-pix_fmt",
        "yuv420p",
        "-c:a",
        "aac",
        "-b:a",
        "16k",
        "-ac",
        "1",
        "-t",
        f"{DURATION_MS / 1000:g}",
        "-map_metadata",
        "-1",
        "-fflags",
        "+bitexact",
        "-flags:v",
        "+bitexact",
        "-flags:a",
        "+bitexact",
        "-movflags",
        "+faststart",
        str(part),
    ]
    print(f"make_sample: encoding {path.name} ({DURATION_MS // 1000} s) …", file=sys.stderr)
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0:
        part.unlink(missing_ok=True)
        sys.exit(f"make_sample: ffmpeg failed:\n{result.stderr.strip()}")
    part.replace(path)  # the old video stays until the new one is complete


def count_frames(path: Path) -> int:
    """Decode the video stream and count its frames (ffmpeg's own tally)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-i", str(path), "-map", "0:v", "-f", "null", "-"],
        capture_output=True,
        text=True,
    )
    found = re.findall(r"frame=\s*(\d+)", result.stderr)
    if result.returncode != 0 or not found:
        sys.exit(f"make_sample: cannot read back {path}:\n{result.stderr.strip()}")
    return int(found[-1])


# ------------------------------------------------------------------ the codings


@dataclass
class Ep:
    """A working record before ids are given: one episode on one layer."""

    layer: str
    code: str
    onset: int
    offset: int | None
    note: str = ""
    modifiers: dict[str, str] = field(default_factory=dict)


def frames(rng: random.Random, lo_s: float, hi_s: float) -> int:
    """A random duration between lo and hi seconds, in whole frames (ms)."""
    return round(rng.uniform(lo_s, hi_s) * FPS) * FRAME_MS


#: Per phase: duration ranges (s) per code, and the next code after each code, weighted.
STYLE: dict[str, dict[str, object]] = {
    "play": {
        "dur": {"attuned": (4, 14), "misattuned": (1.5, 5), "repair": (1, 3)},
        "next": {
            "attuned": {"misattuned": 1.0},
            "misattuned": {"repair": 0.55, "attuned": 0.45},
            "repair": {"attuned": 0.8, "misattuned": 0.2},
        },
        "initiator": {"caregiver": 0.7, "mutual": 0.2, "infant": 0.1},
    },
    "still-face": {
        "dur": {"attuned": (1, 3), "misattuned": (5, 14), "repair": (1.5, 4)},
        "next": {
            "attuned": {"misattuned": 1.0},
            "misattuned": {"repair": 0.75, "attuned": 0.25},
            "repair": {"misattuned": 0.7, "attuned": 0.3},
        },
        "initiator": {"infant": 0.8, "mutual": 0.2},
    },
    "reunion": {
        "dur": {"attuned": (4, 12), "misattuned": (2, 6), "repair": (1, 4)},
        "next": {
            "attuned": {"misattuned": 1.0},
            "misattuned": {"repair": 0.65, "attuned": 0.35},
            "repair": {"attuned": 0.75, "misattuned": 0.25},
        },
        "initiator": {"caregiver": 0.6, "mutual": 0.25, "infant": 0.15},
    },
}


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def stretch(
    rng: random.Random, phase: str, start: int, end: int, first: str, out: list[Ep]
) -> None:
    """Code [start, end) of the Interaction layer in the rhythm of ``phase``."""
    style = STYLE[phase]
    durations: dict[str, tuple[float, float]] = style["dur"]  # type: ignore[assignment]
    nexts: dict[str, dict[str, float]] = style["next"]  # type: ignore[assignment]
    initiators: dict[str, float] = style["initiator"]  # type: ignore[assignment]
    code, t = first, start
    while t < end:
        stop = min(t + frames(rng, *durations[code]), end)
        if end - stop < 800:  # no sliver at the end of a stretch
            stop = end
        mods = {"initiator": pick(rng, initiators)} if code == "repair" else {}
        out.append(Ep("Interaction", code, t, stop, modifiers=mods))
        code, t = pick(rng, nexts[code]), stop


def end_with(out: list[Ep], code: str, start: int, end: int) -> None:
    """Close a stretch with ``code`` from ``start`` (merged when the last episode has it)."""
    last = out[-1]
    if last.code == code:
        last.offset = end
    else:
        last.offset = start
        out.append(Ep("Interaction", code, start, end))


def coder_one(rng: random.Random) -> list[Ep]:
    """The first observer's full coding of the demo session."""
    eps: list[Ep] = [
        Ep("Phase", p, i * PHASE_S * 1000, (i + 1) * PHASE_S * 1000) for i, p in enumerate(PHASES)
    ]
    inter: list[Ep] = []
    # Play: mostly attuned; the rupture just before the still-face begins is never repaired
    # inside play (an unresolved rupture).
    stretch(rng, "play", 0, 114_000, "attuned", inter)
    end_with(inter, "misattuned", 114_000, 120_000)
    # Still-face: misattunement dominates, repair attempts come from the infant and mostly
    # fail; ~10 s uncodable while the infant has turned out of view.
    stretch(rng, "still-face", 120_000, 171_200, "repair", inter)
    inter.append(
        Ep(
            "Interaction",
            "uncodable",
            171_200,
            181_600,
            note="infant turned out of view; face not visible",
        )
    )
    stretch(rng, "still-face", 181_600, 236_000, "misattuned", inter)
    # The last rupture of the still-face runs into the reunion, across the phase boundary.
    end_with(inter, "misattuned", 236_000, 242_320)
    # Reunion: the caregiver repairs, attunement returns; one short stretch left uncoded.
    stretch(rng, "reunion", 242_320, 300_000, "repair", inter)
    stretch(rng, "reunion", 301_200, DURATION_MS, "attuned", inter)
    eps += inter
    # Infant bids: the infant signals for engagement, most often while the caregiver is still.
    bid_rate = {"play": 0.06, "still-face": 0.16, "reunion": 0.07}  # per second
    for i, p in enumerate(PHASES):
        t = i * PHASE_S * 1000 + frames(rng, 1, 6)
        while t < (i + 1) * PHASE_S * 1000:
            eps.append(Ep("Marks", "infant bid", t, None))
            t += frames(rng, 1, 2 / bid_rate[p])
    eps.append(
        Ep("Marks", "note", 131_480, None, note="caregiver smiles briefly during the still-face")
    )
    return eps


def coder_two(rng: random.Random, c1: list[Ep]) -> list[Ep]:
    """A second observer: same session, boundaries a little off, some episodes seen otherwise."""
    eps: list[Ep] = []
    # Phases: the boundaries a few frames later or earlier.
    b1 = 120_000 + 4 * FRAME_MS
    b2 = 240_000 - 3 * FRAME_MS
    eps += [
        Ep("Phase", "play", 0, b1),
        Ep("Phase", "still-face", b1, b2),
        Ep("Phase", "reunion", b2, DURATION_MS),
    ]
    inter = [Ep(e.layer, e.code, e.onset, e.offset, e.note, dict(e.modifiers)) for e in c1]
    inter = [e for e in inter if e.layer == "Interaction"]
    # C2 codes straight through C1's uncoded stretch.
    for a, b in itertools.pairwise(inter):
        if a.offset != b.onset:
            a.offset = b.onset
    # Disagreements on what a short episode was (a repair seen as attunement already, or as
    # the rupture going on; a brief rupture seen as a repair), on who initiated a repair; a
    # brief rupture C1 saw and C2 did not, and a brief one C2 saw inside a long attunement.
    swap = {"repair": ("attuned", "misattuned"), "attuned": ("repair",), "misattuned": ("repair",)}
    seen: list[Ep] = []
    for e in inter:
        assert e.offset is not None
        dur, r = e.offset - e.onset, rng.random()
        phase = PHASES[min(e.onset // (PHASE_S * 1000), len(PHASES) - 1)]
        initiators: dict[str, float] = STYLE[phase]["initiator"]  # type: ignore[assignment]
        if e.code != "uncodable" and dur <= 4000 and r < 0.15:
            e.code = rng.choice(swap[e.code])
            e.modifiers = {"initiator": pick(rng, initiators)} if e.code == "repair" else {}
        elif e.code == "repair" and r < 0.35:
            other = [v for v in ("caregiver", "infant", "mutual") if v != e.modifiers["initiator"]]
            e.modifiers = {"initiator": rng.choice(other)}
        elif e.code == "misattuned" and dur <= 2600 and r < 0.4:
            e.code = "attuned"  # missed: it merges into the attunement around it
        elif e.code == "attuned" and dur >= 9000 and r < 0.15:
            cut = e.onset + frames(rng, 3, dur / 1000 - 5)
            seen.append(Ep("Interaction", "attuned", e.onset, cut))
            e2 = cut + frames(rng, 1.2, 2.4)
            seen.append(Ep("Interaction", "misattuned", cut, e2))
            e.onset = e2
        seen.append(e)
    merged: list[Ep] = []
    for e in seen:
        if merged and merged[-1].code == e.code:
            merged[-1].offset = e.offset
        else:
            merged.append(e)
    # Boundaries: each one moved by up to ±400 ms (whole frames), never past a neighbour.
    for a, b in itertools.pairwise(merged):
        assert a.offset is not None and b.offset is not None
        shift = round(rng.gauss(0, 160) / FRAME_MS) * FRAME_MS
        shift = max(-400, min(400, shift))
        t = a.offset + shift
        t = max(a.onset + 200, min(b.offset - 200, t))
        t -= t % FRAME_MS
        a.offset = b.onset = t
    eps += merged
    # Bids: most seen, a little later or earlier; some missed; a few more seen.
    for e in c1:
        if e.layer != "Marks":
            continue
        if e.code == "infant bid" and rng.random() < 0.15:
            continue
        t = e.onset + round(rng.uniform(-8, 10)) * FRAME_MS
        note = "" if e.code == "infant bid" else "caregiver's face softens for a moment"
        eps.append(Ep("Marks", e.code, max(0, t), None, note=note))
    for _ in range(3):
        eps.append(Ep("Marks", "infant bid", frames(rng, 125, 235), None))
    return eps


def build_session(eps: list[Ep], coder: str, rating: int, media: Media) -> Session:
    """Ids in time order (e1, e2, …) and the session around them; the core checks every rule."""
    scheme = default_scheme()
    order = {la.name: i for i, la in enumerate(scheme.layers)}
    eps = sorted(eps, key=lambda e: (e.onset, order[e.layer]))
    records = [
        Episode(f"e{i}", e.layer, e.code, e.onset, e.offset, e.note, e.modifiers)
        for i, e in enumerate(eps, start=1)
    ]
    for r in records:
        assert r.onset_ms % FRAME_MS == 0, r
    metadata = Metadata(
        dyad_id="D001",
        coder_id=coder,
        session_date="2026-01-15",
        infant_age_months=4.0,
        corrected_age=False,
        caregiver_role="mother",
        notes="Synthetic demo session made by scripts/make_sample.py; no real people.",
    )
    session = Session(
        scheme,
        metadata=metadata,
        media=[media],
        duration_ms=DURATION_MS,
        episodes=records,
        ratings={"sensitivity": rating},
    )
    problems = session.problems()
    assert not problems, problems
    return session


def build_sessions(video: Path) -> dict[str, Session]:
    """The two codings, by file name, made from the seeded generators (nothing is written)."""
    media = Media(
        path=VIDEO_NAME,
        sha256=sha256_file(video),
        size=video.stat().st_size,
        duration_ms=DURATION_MS,
        fps=float(FPS),
        offset_ms=0,
    )
    c1 = coder_one(random.Random(20260115))
    c2 = coder_two(random.Random(20260116), c1)
    return {
        f"D001_{coder}.acs": build_session(eps, coder, rating, media)
        for coder, eps, rating in (("C1", c1, 6), ("C2", c2, 5))
    }


def make_sessions(video: Path) -> None:
    if not video.is_file():
        sys.exit(f"make_sample: {video} is missing; run without --sessions-only first")
    for name, session in build_sessions(video).items():
        path = OUT_DIR / name
        save(session, path, backup=False)
        print(f"make_sample: wrote {path.relative_to(ROOT)} ({len(session)} episodes)")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--force", action="store_true", help="remake the video even if it exists")
    p.add_argument("--sessions-only", action="store_true", help="only the two .acs files")
    p.add_argument("--font", type=Path, default=FONT, help=f"TrueType font (default {FONT})")
    args = p.parse_args(argv)
    OUT_DIR.mkdir(exist_ok=True)
    video = OUT_DIR / VIDEO_NAME
    if not args.sessions_only and (args.force or not video.exists()):
        make_video(video, args.font)
        n = count_frames(video)
        expected = DURATION_MS // FRAME_MS
        if n != expected:
            sys.exit(f"make_sample: {video.name} has {n} frames, expected {expected}")
        size_mb = video.stat().st_size / 1e6
        print(f"make_sample: wrote {video.relative_to(ROOT)} ({n} frames, {size_mb:.1f} MB)")
    make_sessions(video)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
