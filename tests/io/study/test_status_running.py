"""``study status`` flags a coding marked complete with a state still running (issue 18).

The status reads as little of each file as it can, so a running state is looked for from the
file's end backwards; these cases check that shortcut against the whole file: a running phase
far from the end (past one read block), a layer name inside another episode's unknown key,
a file of another layout, and a complete coding with nothing running.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from attachcoder.core import Episode, Metadata, Session
from attachcoder.core.study import Study, StudyVideo
from attachcoder.io.session.file import default_scheme, dumps
from attachcoder.io.study.status import coding_status, running_states_in_file

VIDEO = StudyVideo("D001", "2027-01-10", "../videos/D001.mp4", "ab" * 32, "C1")


def coding(
    *, running_phase: bool, complete: bool = True, n: int = 3000, extra: dict | None = None
) -> Session:
    """A 10-minute coding: many short interaction states (so the file is far longer than one
    read block) after a still-face phase that starts at 1 s and is running when asked."""
    eps = [Episode("p1", "Phase", "play", 0, 1000)]
    eps.append(Episode("p2", "Phase", "still-face", 1000, None if running_phase else 2000))
    step = 600_000 // n
    codes = ("attuned", "misattuned", "repair")
    eps += [
        Episode(f"e{i}", "Interaction", codes[i % 3], i * step, (i + 1) * step) for i in range(n)
    ]
    if extra:  # keys of a newer file on the last interaction episode, kept as they are
        eps[-1] = eps[-1].with_(extra=extra)
    eps += [Episode(f"b{i}", "Marks", "infant bid", i * 7000) for i in range(80)]
    md = Metadata(dyad_id="D001", coder_id="C1", session_date="2027-01-10", observed_to_ms=600_000)
    if complete:
        md = dataclasses.replace(md, status="complete", completed_at="2027-02-01T10:00:00+00:00")
    return Session(default_scheme(), metadata=md, duration_ms=600_000, episodes=eps)


def write(folder: Path, session: Session, data: bytes | None = None) -> Path:
    path = folder / Study.session_path(VIDEO, "C1")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(dumps(session) if data is None else data)
    return path


def test_a_complete_coding_with_a_running_phase_far_from_the_end_is_flagged(
    tmp_path: Path,
) -> None:
    path = write(tmp_path, coding(running_phase=True))
    assert path.stat().st_size > 3 * 65536  # the running state is blocks away from the end
    assert running_states_in_file(path) == [("Phase", "still-face", 1000)]
    status = coding_status(tmp_path, VIDEO, "C1", "primary")
    assert status.status == "complete"
    assert status.problem == (
        "is marked complete but 'still-face' in layer 'Phase', started at 00:00:01.000, is "
        "still running; reopen it for editing and end the state"
    )


def test_a_complete_coding_with_nothing_running_is_not_flagged(tmp_path: Path) -> None:
    write(tmp_path, coding(running_phase=False))
    status = coding_status(tmp_path, VIDEO, "C1", "primary")
    assert status.status == "complete" and status.problem == ""


def test_an_in_progress_coding_may_have_a_state_running(tmp_path: Path) -> None:
    write(tmp_path, coding(running_phase=True, complete=False))
    assert coding_status(tmp_path, VIDEO, "C1", "primary").problem == ""


def test_a_layer_name_inside_another_episode_is_not_taken_for_its_line(tmp_path: Path) -> None:
    # an unknown key whose value spells a Phase line, after the last real Phase line
    nested = {"nested": {"layer": "Phase", "offset_ms": None}}
    path = write(tmp_path, coding(running_phase=False, n=30, extra=nested))
    assert b'"layer": "Phase", "offset_ms": null' in path.read_bytes()
    assert running_states_in_file(path) == []
    path = write(tmp_path, coding(running_phase=True, n=30, extra=nested))
    assert running_states_in_file(path) == [("Phase", "still-face", 1000)]


@pytest.mark.parametrize("running", [True, False])
def test_a_file_of_another_layout_is_read_whole(tmp_path: Path, running: bool) -> None:
    doc = json.loads(dumps(coding(running_phase=running, n=50)))
    path = write(tmp_path, coding(running_phase=running), json.dumps(doc).encode())
    status = coding_status(tmp_path, VIDEO, "C1", "primary")
    assert ("still running" in status.problem) is running
    assert running_states_in_file(path) == ([("Phase", "still-face", 1000)] if running else [])
