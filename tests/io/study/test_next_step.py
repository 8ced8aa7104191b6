"""The dashboard's "what comes next", through a study's life: add, draw, code, resolve, compare."""

from __future__ import annotations

from pathlib import Path

from attachcoder.core.study import Study, StudyVideo
from attachcoder.io.study.next_step import next_for_coder, next_for_study
from attachcoder.io.study.status import CONFLICT, CodingStatus, StudyStatus, VideoStatus


def _status(videos: list[StudyVideo], states: dict[tuple[str, str], str]) -> StudyStatus:
    def coding(v: StudyVideo, coder: str, role: str) -> CodingStatus:
        return CodingStatus(coder, role, Path(f"{v.dyad_id}_{coder}.acs"),
                            states.get((v.dyad_id, coder), "not started"))  # fmt: skip

    rows = [
        VideoStatus(
            v,
            coding(v, v.primary, "primary"),
            None if v.reliability is None else coding(v, v.reliability, "reliability"),
            False,
        )
        for v in videos
    ]
    return StudyStatus(rows, coders=("C1", "C2"))


def test_the_next_step_follows_the_study() -> None:
    assert "Add the study's videos" in next_for_study(Study("s", ("C1", "C2")), StudyStatus())
    videos = [StudyVideo("D1", "", "1.mp4", "a", "C1"), StudyVideo("D2", "", "2.mp4", "b", "C2")]
    study = Study("s", ("C1", "C2"), videos=tuple(videos))
    status = _status(videos, {})
    assert "2 video(s) not yet considered" in next_for_study(study, status)
    assert next_for_coder(status, "").startswith("Choose who you are")
    assert next_for_coder(status, "C1") == "Open your next coding: D1 (double-click it)."

    drawn = [StudyVideo("D1", "", "1.mp4", "a", "C1", "C2", True),
             StudyVideo("D2", "", "2.mp4", "b", "C2", None, True)]  # fmt: skip
    study = Study("s", ("C1", "C2"), videos=tuple(drawn))
    status = _status(drawn, {("D1", "C1"): "in progress"})
    assert next_for_coder(status, "C1").startswith("Go on with D1")
    assert "0 of 2 primary codings complete; agreement needs" in next_for_study(study, status)

    status = _status(drawn, {("D1", "C1"): "complete", ("D1", "C2"): CONFLICT})
    assert next_for_coder(status, "C2").startswith("Resolve the conflict of D1")
    assert "1 coding(s) in conflict" in next_for_study(study, status)

    done = {("D1", "C1"): "complete", ("D1", "C2"): "complete", ("D2", "C2"): "complete"}
    status = _status(drawn, done)
    assert next_for_coder(status, "C2") == "All 2 of your codings are complete."
    assert next_for_study(study, status).startswith("Every primary coding is complete")
    partial = _status(drawn, {("D1", "C1"): "complete", ("D1", "C2"): "complete"})
    assert "1 double-coded pair(s) can be compared now" in next_for_study(study, partial)
