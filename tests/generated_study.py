"""A study generated in a folder: several coders, every video double-coded, all complete.

Each reliability coding is the primary coding disturbed by its own amount — Interaction codes
swapped, Phase boundaries moved, infant bids dropped or added — so every pair, every layer and
every coder has a κ of its own: a workbook cell that shows another pair's, layer's or coder's
κ cannot match by chance. Videos are not made (the status reports them missing, which changes
nothing for agreement or export).
"""

from __future__ import annotations

import itertools
import random
from pathlib import Path

from attachcoder.core import Episode, Metadata, Session
from attachcoder.core.study import ReliabilityPlan, Study, StudyVideo
from attachcoder.io.session.file import default_scheme, save, save_scheme
from attachcoder.io.study.file import save_study

DURATION_MS = 60_000
STATES = ("attuned", "misattuned", "repair")


def primary_coding(rng: random.Random) -> list[Episode]:
    eps: list[Episode] = []
    t = 0
    while t < DURATION_MS:
        end = min(DURATION_MS, t + rng.randrange(2, 7) * 1000)
        eps.append(Episode(f"i{len(eps)}", "Interaction", rng.choice(STATES), t, end))
        t = end
    cut1, cut2 = rng.randrange(15, 25) * 1000, rng.randrange(35, 45) * 1000
    for k, (code, a, b) in enumerate(
        (("play", 0, cut1), ("still-face", cut1, cut2), ("reunion", cut2, DURATION_MS))
    ):
        eps.append(Episode(f"p{k}", "Phase", code, a, b))
    for k, at in enumerate(sorted(rng.sample(range(1, 59), 14))):
        eps.append(Episode(f"b{k}", "Marks", "infant bid" if k % 3 else "note", at * 1000))
    return eps


def disturbed(eps: list[Episode], rng: random.Random, amount: float) -> list[Episode]:
    """Another coder's coding of the same video: each layer disturbed differently."""
    out: list[Episode] = []
    for e in eps:
        if e.layer == "Interaction" and rng.random() < amount:
            out.append(e.with_(code=rng.choice([c for c in STATES if c != e.code])))
        elif e.layer == "Phase" and e.onset_ms > 0:
            shift = rng.randrange(0, 1 + int(6 * amount)) * 1000
            code = "play" if e.code == "reunion" and rng.random() < amount else e.code
            out.append(e.with_(onset_ms=e.onset_ms + shift, code=code))
        elif e.layer == "Phase" and e.offset_ms != DURATION_MS:
            out.append(e)  # its offset follows the next phase's onset below
        elif e.layer == "Marks" and rng.random() < amount / 2:
            continue
        elif e.layer == "Marks" and rng.random() < amount / 2:
            out.append(e.with_(code="note" if e.code == "infant bid" else "infant bid"))
        else:
            out.append(e)
    phases = [e for e in out if e.layer == "Phase"]
    fixed = [p.with_(offset_ms=n.onset_ms) for p, n in itertools.pairwise(phases)]
    out = [e for e in out if e.layer != "Phase"] + fixed + phases[-1:]
    if rng.random() < amount:
        out.append(Episode("extra", "Marks", "infant bid", rng.randrange(1, 59) * 1000 + 500))
    return out


def make_study(
    root: Path,
    *,
    videos: int = 12,
    coders: tuple[str, ...] = ("C1", "C2", "C3"),
    seed: int = 18,
    criterion: float = 0.7,
) -> Study:
    """Write ``root/study.json``, its scheme and two complete codings of every video."""
    rng = random.Random(seed)
    scheme = default_scheme()
    root.mkdir(parents=True, exist_ok=True)
    save_scheme(scheme, root / "scheme.json")
    listed = []
    for i in range(videos):
        primary = coders[i % len(coders)]
        reliability = coders[(i + 1 + i // len(coders)) % len(coders)]
        if reliability == primary:
            reliability = coders[(i + 1) % len(coders)]
        listed.append(
            StudyVideo(
                dyad_id=f"D{i + 1:03}",
                session_date=f"2027-01-{i + 1:02}",
                path=f"videos/D{i + 1:03}.mp4",
                sha256=f"{i + 1:064x}",
                primary=primary,
                reliability=reliability,
                considered=True,
                duration_ms=DURATION_MS,
                fps=25.0,
            )
        )
    study = Study(
        "generated",
        coders,
        reliability=ReliabilityPlan(1.0, seed, "1s", "0s", criterion),
        videos=tuple(listed),
    )
    save_study(study, root)
    (root / "videos").mkdir(exist_ok=True)
    for i, v in enumerate(listed):
        (root / v.path).write_bytes(b"not a video: agreement and export never read it")
        first = primary_coding(rng)
        amount = 0.15 + 0.6 * rng.random()
        for coder, eps, hour in ((v.primary, first, 10), (v.reliability, None, 12)):
            assert coder is not None
            md = Metadata(
                dyad_id=v.dyad_id,
                coder_id=coder,
                session_date=v.session_date,
                status="complete",
                completed_at=f"2027-02-{i + 1:02}T{hour}:00:00+00:00",
            )
            session = Session(
                scheme,
                metadata=md,
                duration_ms=DURATION_MS,
                episodes=eps if eps is not None else disturbed(first, rng, amount),
            )
            path = root / Study.session_path(v, coder)
            path.parent.mkdir(parents=True, exist_ok=True)
            save(session, path, backup=False)
    return study
