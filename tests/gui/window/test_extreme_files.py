"""Files at the edge of what ``check`` accepts open in the window, code, scroll and save.

A media offset of 2³¹ − 1 ms once crashed the window (SIGSEGV) while ``check`` passed the
file; the loader now refuses times past 2³⁰ − 1 ms, and a file at that limit must still work.
"""

from __future__ import annotations

import dataclasses

import pytest

from attachcoder.core import Episode, EpisodeEdit, SessionError
from attachcoder.core.limits import MAX_OFFSET_MS, MAX_TIME_MS
from attachcoder.gui.timeline.qt_timeline import MIN_MS_PER_PX
from attachcoder.io.session.file import SessionFileError, load, save


@pytest.mark.parametrize("offset", [MAX_OFFSET_MS, -MAX_OFFSET_MS])
def test_a_file_at_the_time_limits_opens_codes_and_saves(
    qtbot, make_window, sample_session_file, offset
):
    s = load(sample_session_file)
    s.set_field("duration_ms", MAX_TIME_MS)
    s.set_field("media", [dataclasses.replace(s.media[0], offset_ms=offset)])
    s.apply(s.plan_add_point("Marks", "infant bid", MAX_TIME_MS))
    save(s, sample_session_file)
    w = make_window(sample_session_file, wait_frame=False)
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
    w.timeline.fit()
    w.timeline.zoom_in()
    qtbot.keyClick(w, "b")
    w.timeline.repaint()
    w.table.repaint()
    for anchor in (0, MAX_TIME_MS):  # the deepest zoom, at both ends of the longest session
        w.timeline.zoom_to(MIN_MS_PER_PX, anchor)
        w.player.seek(anchor)
        w.timeline.repaint()
    qtbot.wait(50)  # let queued paints run; a crash would end the test process here
    assert w.document.save() == sample_session_file.resolve()
    assert load(sample_session_file).duration_ms == MAX_TIME_MS


def test_times_past_the_limit_are_refused_on_load(sample_session_file):
    text = sample_session_file.read_text(encoding="utf-8")
    doc_offset = text.replace('"offset_ms": 0', f'"offset_ms": {2**31 - 1}', 1)
    sample_session_file.write_text(doc_offset, encoding="utf-8")
    with pytest.raises(SessionFileError, match=r"media\[0\]\.offset_ms"):
        load(sample_session_file)


def test_the_core_refuses_a_time_past_the_limit(sample_session_file):
    s = load(sample_session_file)
    with pytest.raises(SessionError, match="past the last time"):
        s.plan_add_point("Marks", "infant bid", MAX_TIME_MS + 1)
    too_late = Episode("zz", "Marks", "infant bid", MAX_TIME_MS + 1, None)
    assert s.problems() == []
    with pytest.raises(SessionError, match="at most"):
        s.apply(EpisodeEdit((), (too_late,)))
