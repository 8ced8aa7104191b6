"""The study model's invariants (STUDY.md): each broken rule is refused with a sentence."""

from __future__ import annotations

import pytest

from attachcoder.core.study import ReliabilityPlan, Study, StudyError, StudyVideo


def video(
    dyad: str, primary: str = "C1", reliability: str | None = None, h: str = ""
) -> StudyVideo:
    return StudyVideo(
        dyad, "2027-01-10", f"v/{dyad}.mp4", h or dyad.ljust(64, "0"), primary, reliability
    )


STUDY = Study("s", ("C1", "C2", "C3"))


def test_a_sound_study_has_no_problems() -> None:
    s = STUDY.with_videos([video("D1"), video("D2", "C2", "C3")])
    assert s.problems() == []
    assert s.video("D2") is not None and s.video("D2").coders() == ("C2", "C3")


@pytest.mark.parametrize(
    ("videos", "words"),
    [
        ([video("D1", "C1", "C1")], "both the primary and the reliability coder"),
        ([video("D1"), video("D1", h="f" * 64)], "dyad D1 is in the study twice"),
        ([video("D1", h="a" * 64), video("D2", h="a" * 64)], "same file as dyad D1"),
        ([video("D1", "C9")], "primary coder 'C9' is not in the study"),
        ([video("D1", "C1", "C7")], "reliability coder 'C7' is not in the study"),
    ],
)
def test_broken_rules_are_refused(videos: list[StudyVideo], words: str) -> None:
    with pytest.raises(StudyError) as info:
        STUDY.with_videos(videos)
    assert any(words in p for p in info.value.problems)


def test_coders_and_plan_are_checked() -> None:
    assert "coder 'C1' is listed twice" in Study("s", ("C1", "C1")).problems()
    bad = Study("s", ("C1",), reliability=ReliabilityPlan(fraction=1.5, criterion=2))
    assert len(bad.problems()) == 2


def test_one_session_file_per_video_and_coder() -> None:
    v = video("D7", "C2", "C3")
    paths = {Study.session_path(v, c) for c in v.coders()}
    assert paths == {"sessions/D7/D7_C2.acs", "sessions/D7/D7_C3.acs"}


def test_primaries_are_assigned_in_turn_and_dyad_ids_kept_unique() -> None:
    s = STUDY
    for i in range(5):
        s = s.with_videos([video(f"D{i}", s.next_primary())])
    assert [v.primary for v in s.videos] == ["C1", "C2", "C3", "C1", "C2"]
    assert s.free_dyad_id("D1") == "D1-2" and s.free_dyad_id("D9") == "D9"
