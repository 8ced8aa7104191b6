"""Kill -9 trials of the coding document: nothing acknowledged is ever lost, nothing saved replayed.

    .venv/bin/python benchmarks/crash_trials.py [TRIALS] [SEED]

Each trial runs a child process that opens a session as the window does (offering the journal
back when there is one: Recover), then codes, edits, deletes and saves through the window's
own :class:`~attachcoder.gui.document.Document`, printing a line after each step is made.
The parent kills it with SIGKILL at a random moment, or (half the trials) the child dies at
an exact step named by :mod:`attachcoder.io.fault_points` — a fresh journal written but not yet
renamed in, renamed in, a save renamed into place before the journal's removal — and the
parent opens the file again the same way. The state found must
be one the child passed through, no earlier than the last acknowledgement the parent read;
anything else (a change lost, a saved change replayed twice, a crash) is counted and printed.
Every trial continues from the state the last one left, so recoveries chain. Prints the number
of trials, recoveries, and failures (exit 1 if any).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from attachcoder.core import Session, SessionError  # noqa: E402
from attachcoder.core.changes import Change  # noqa: E402
from attachcoder.io.session.codec import session_to_dict  # noqa: E402
from attachcoder.io.session.file import default_scheme, load, save  # noqa: E402
from attachcoder.io.session.journal import has_unsaved_changes, recover  # noqa: E402

STEPS = 60


def next_step(rng: random.Random, s: Session) -> tuple[str, Change | None]:
    """The next thing the coder does: ("save", None) or ("edit", change). Pure in (rng, s)."""
    roll = rng.random()
    if roll < 0.12:
        return "save", None
    eps = sorted(s.iter_episodes(), key=lambda e: e.id)
    if roll < 0.22 and eps:
        return "edit", s.plan_delete([rng.choice(eps).id])
    if roll < 0.30 and eps:
        ep = rng.choice(eps)
        return "edit", s.plan_update(ep.id, note=f"n{rng.randrange(1000)}")
    t = rng.randrange(0, 600_000, 40)
    if roll < 0.6:
        return "edit", s.plan_add_point("Marks", "infant bid", t)
    return "edit", s.plan_code("Interaction", rng.choice(["attuned", "misattuned", "repair"]), t)


def state(s: Session) -> Any:
    return json.loads(json.dumps(session_to_dict(s)))


def open_as_the_window_does(path: Path) -> tuple[Session, bool]:
    if has_unsaved_changes(path):
        return recover(path).session, True
    return load(path), False


FAULT_STEPS = ("journal-written", "journal-replaced", "session-saved")


def child(path: Path, seed: int, die_at: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from attachcoder.gui.editing.document import Document
    from attachcoder.io import fault_points
    if die_at:  # end exactly at the n-th time a step of saving or journaling is reached
        step, _, nth = die_at.partition(":")
        seen = [0]

        def hook(name: str) -> None:
            if name == step:
                seen[0] += 1
                if seen[0] == int(nth):
                    os._exit(9)

        fault_points.set_hook(hook)

    app = QApplication([])  # noqa: F841 - the undo stack needs one
    session, recovered = open_as_the_window_does(path)
    doc = Document(session, path, recovered=recovered)
    rng = random.Random(seed)
    for n in range(STEPS):
        kind, change = next_step(rng, doc.session)
        if kind == "save":
            doc.save()
        else:
            assert change is not None
            try:
                doc.push(change, "step")
            except SessionError:  # refused, changing nothing: the parent skips it too
                pass
        print(f"ACK {n + 1}", flush=True)
    os._exit(0)


def expected_states(start: Session, seed: int) -> list[Any]:
    """The state after each number of steps (index 0: the start), as the child makes them."""
    rng = random.Random(seed)
    out = [state(start)]
    for _ in range(STEPS):
        _kind, change = next_step(rng, start)
        if change is not None:
            try:
                start.apply(change)
            except SessionError:
                pass
        out.append(state(start))
    return out


def main(argv: list[str]) -> int:
    trials = int(argv[0]) if argv else 40
    seed = int(argv[1]) if len(argv) > 1 else 1
    rng = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="attachcoder-crash-"))
    path = folder / "trial.acs"
    save(Session(default_scheme(), duration_ms=600_000), path, backup=False)
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    failures: list[str] = []
    reached: list[int] = []
    recoveries = 0
    for trial in range(trials):
        start, recovered = open_as_the_window_does(path)
        recoveries += recovered
        child_seed = rng.randrange(1 << 30)
        states = expected_states(start, child_seed)
        # half the trials die at an exact step of a save or of a fresh journal, the rest at a
        # random moment
        die_at = f"{rng.choice(FAULT_STEPS)}:{rng.randint(1, 3)}" if rng.random() < 0.5 else ""
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child", str(path), str(child_seed), die_at],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        kill_after = rng.randrange(1, STEPS)
        acked = 0
        for line in proc.stdout:
            acked = int(line.split()[1])
            if acked >= kill_after:
                time.sleep(rng.random() * 0.004)  # somewhere inside the next step
                break
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        err = proc.stderr.read() if proc.stderr else ""
        if "Traceback" in err:
            failures.append(f"trial {trial}: the child failed:\n{err}")
            continue
        found, _ = open_as_the_window_does(path)
        now = state(found)
        # the child runs ahead of what was read from its pipe: any state it passed through
        # from the last acknowledgement read on is a state it may have been killed in
        if now not in states[acked:]:
            failures.append(f"trial {trial}: after {acked} acknowledged steps the file and "
                            "journal hold a state the coder never had")  # fmt: skip
        else:
            reached.append(states.index(now, acked) - acked)
    print(f"{trials} kill -9 trials, {recoveries} opened by Recover, "
          f"{len(failures)} losses or replays; killed a median "
          f"{sorted(reached)[len(reached) // 2] if reached else 0} step(s) after the last "
          "acknowledgement read")  # fmt: skip
    for f in failures[:10]:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        child(Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4] if len(sys.argv) > 4 else "")
    raise SystemExit(main(sys.argv[1:]))
