"""Live coding in the window: a session without video runs on a clock started, paused, stopped."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from user_actions import press, session_file

from attachcoder.core import Session
from attachcoder.core.session import Metadata
from attachcoder.gui.timeline.timeline_paint import RULER_H
from attachcoder.gui.window import file_flow
from attachcoder.io.session.file import default_scheme, load


class FakeTime:
    """A monotonic clock the test moves by hand (the real one would make the test slow)."""

    def __init__(self) -> None:
        self.ms = 1_000_000

    def __call__(self) -> int:
        return self.ms


def _live_session(tmp_path):  # type: ignore[no-untyped-def]
    session = Session(default_scheme(), metadata=Metadata(dyad_id="D030", coder_id="C1"))
    return session_file(tmp_path / "live.acs", session)


def _open(make_window, path, now):  # type: ignore[no-untyped-def]
    w = make_window()
    w.live.now_ms = now
    assert file_flow.open_session(w, path)
    return w


def _codes(session, layer):  # type: ignore[no-untyped-def]
    return [(e.code, e.onset_ms, e.offset_ms) for e in session.layer_episodes(layer)]


def test_live_coding_on_a_clock_with_the_same_keys_table_and_timeline(qtbot, make_window, tmp_path):
    now = FakeTime()
    path = _live_session(tmp_path)
    w = _open(make_window, path, now)
    live, session = w.live, w.document.session
    clock = live.clock
    assert live.is_live and w.time_source is clock
    assert live.panel.isVisible() and not w.video.isVisible() and not w.transport.isVisible()
    assert "Space starts the clock" in live.panel.state_label.text()
    assert w.timeline.isVisible()

    press(qtbot, w, Qt.Key.Key_Space)  # start
    assert clock.is_playing and "Running" in live.panel.state_label.text()
    press(qtbot, w, "p")
    now.ms += 2000
    press(qtbot, w, "1")
    now.ms += 3000
    press(qtbot, w, "2")
    press(qtbot, w, "b")
    assert _codes(session, "Interaction") == [("attuned", 2000, 5000), ("misattuned", 5000, None)]
    assert _codes(session, "Marks") == [("infant bid", 5000, None)]
    assert w.table.model.rowCount() == 4
    assert w.pad.active()["Interaction"] == "misattuned"
    qtbot.waitUntil(lambda: w.timeline.playhead_ms == 5000, timeout=2000)  # ticks reach it
    assert live.panel.time_label.text() == "00:00:05.000"

    # a click in the timeline selects, but never moves the room's clock
    tl = w.timeline
    qtbot.mouseClick(
        tl.canvas, Qt.MouseButton.LeftButton, pos=QPoint(tl.x_for_ms(1000), RULER_H // 2)
    )
    assert clock.current_ms == 5000

    press(qtbot, w, Qt.Key.Key_Space)  # pause: time stands still
    now.ms += 60_000
    assert clock.current_ms == 5000 and "Paused" in live.panel.state_label.text()
    press(qtbot, w, Qt.Key.Key_Space)
    now.ms += 1000
    qtbot.mouseClick(live.panel.stop_button, Qt.MouseButton.LeftButton)  # Stop the clock

    assert not clock.is_playing and clock.is_stopped
    assert _codes(session, "Interaction") == [("attuned", 2000, 5000), ("misattuned", 5000, 6000)]
    assert _codes(session, "Phase") == [("play", 0, 6000)]
    assert session.running_states() == {} and session.duration_ms == 6000
    stack = w.document.undo_stack
    assert stack.undoText() == "Stop the clock"
    assert "Stopped" in live.panel.state_label.text()
    w.undo_action.trigger()  # one step brings every running state back
    assert set(session.running_states()) == {"Interaction", "Phase"}
    assert session.duration_ms == 6000  # the clock's time passed: the span stays where it got
    w.redo_action.trigger()
    assert session.duration_ms == 6000

    assert file_flow.save(w)
    saved = load(path)
    assert saved.media == () and saved.duration_ms == 6000 and len(saved) == 4


def test_a_reopened_live_session_resumes_after_its_coding(qtbot, make_window, tmp_path):
    path = _live_session(tmp_path)
    session = load(path)
    session.code("Interaction", "attuned", 0)
    session.code("Interaction", "misattuned", 9000)  # still running at 9 s
    session_file(path, session)
    now = FakeTime()
    w = _open(make_window, path, now)
    clock = w.live.clock
    assert clock.current_ms == 9000 and not clock.is_playing
    w.live.toggle_action.trigger()  # Session ▸ Start / pause the clock
    now.ms += 500
    press(qtbot, w, "1")
    assert _codes(w.document.session, "Interaction")[-1] == ("attuned", 9500, None)

    # a session with video puts the player back in charge
    w.live.stop_action.trigger()
    w.close_document(discard=True)
    assert w.time_source is w.player and not w.live.is_live
    assert not w.live.panel.isVisible() and not w.live.stop_action.isEnabled()


def test_pause_and_save_keep_the_span_up_with_the_clock(qtbot, make_window, tmp_path):
    """A state still running counts up to where the clock is, and a reopened session resumes
    where it was paused, even when the clock was never stopped."""
    from attachcoder.analysis.tallies import measures_table

    now = FakeTime()
    path = _live_session(tmp_path)
    w = _open(make_window, path, now)
    press(qtbot, w, Qt.Key.Key_Space)  # start
    press(qtbot, w, "1")
    now.ms += 4000
    press(qtbot, w, "2")  # misattuned from 4 s, still running
    now.ms += 3000
    assert file_flow.save(w)  # saved while the clock runs: the span reaches 7 s
    saved = load(path)
    assert saved.duration_ms == 7000
    assert saved.metadata.observed_to_ms == 7000  # observed to the clock's time
    t = measures_table(saved)
    row = t[(t.phase == "all") & (t.code == "misattuned") & (t.measure == "total_duration")]
    assert row.value.iloc[0] == 3.0  # not zero: the running state counts up to the clock
    now.ms += 2000
    press(qtbot, w, Qt.Key.Key_Space)  # pause at 9 s
    assert w.document.session.duration_ms == 9000
    assert w.document.session.metadata.observed_to_ms == 9000
    assert file_flow.save(w)
    w.close_document(discard=True)
    again = _open(make_window, path, FakeTime())
    assert again.live.clock.current_ms == 9000  # resumes where it was paused
