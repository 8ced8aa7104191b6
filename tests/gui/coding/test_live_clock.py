"""Live coding on a clock: start, pause, resume, stop; codes land at the clock's time."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from attachcoder.core import Session
from attachcoder.gui.coding.live_clock import TICK_MS, LiveClock, plan_stop_session
from attachcoder.gui.editing.document import Document
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.io.session.file import default_scheme


class FakeTime:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.ms = 10_000

    def __call__(self) -> int:
        return self.ms


def test_the_clock_runs_pauses_and_resumes(qtbot: QtBot) -> None:
    now = FakeTime()
    clock = LiveClock(now_ms=now)
    assert (clock.current_ms, clock.is_playing) == (0, False)
    with qtbot.waitSignal(clock.playingChanged) as playing:
        clock.play()
    assert playing.args == [True]
    now.ms += 1500
    assert clock.current_ms == 1500
    with qtbot.waitSignal(clock.frameShown) as shown:  # the timer ticks on its own
        pass
    assert shown.args == [1500, 1500 // TICK_MS]
    clock.pause()
    now.ms += 5000  # time passing while paused does not count
    assert clock.current_ms == 1500
    assert clock.duration_ms == 1500
    clock.play()
    now.ms += 500
    assert clock.current_ms == 2000
    clock.skip(-1000)
    assert clock.current_ms == 1000
    assert clock.duration_ms == 2000  # the furthest time reached stays
    clock.step(2)  # whole ticks, pausing first
    assert not clock.is_playing
    assert clock.current_ms == 1000 + 2 * TICK_MS
    clock.faster()  # real time runs at 1×
    now.ms += 1000
    assert clock.current_ms == 1000 + 2 * TICK_MS


def test_the_real_clock_advances(qtbot: QtBot) -> None:
    clock = LiveClock()
    seen: list[int] = []
    clock.frameShown.connect(lambda ms, _tick: seen.append(ms))
    clock.play()
    qtbot.waitUntil(lambda: len(seen) >= 3 and seen[-1] >= 2 * TICK_MS, timeout=3000)
    assert seen == sorted(seen)
    clock.stop()
    assert clock.is_stopped and not clock.is_playing


def test_live_coding_session_with_undo_and_timeline(qtbot: QtBot) -> None:
    """Code on the clock, stop it: running states close at the stop time, one undo step."""
    now = FakeTime()
    clock = LiveClock(now_ms=now)
    session = Session(default_scheme())  # no media: a live session
    doc = Document(session, None)  # what the window edits through (no file: no journal)
    timeline = QtTimeline(session, doc.signals, doc)
    clock.frameShown.connect(lambda ms, _t: timeline.set_playhead(ms))
    qtbot.addWidget(timeline)

    def press(layer: str, code: str) -> None:  # what the window does for a code key
        at = clock.current_ms
        doc.push(session.plan_code(layer, code, at), f"{code} at {at}")

    clock.play()
    press("Phase", "play")
    now.ms += 2000
    press("Interaction", "attuned")
    now.ms += 3000
    press("Interaction", "misattuned")
    press("Marks", "infant bid")
    clock.pause()
    now.ms += 60_000
    clock.play()
    now.ms += 1000
    with qtbot.waitSignal(clock.stopped) as stopped:
        clock.stop()
    assert stopped.args == [6000]
    assert timeline.playhead_ms == 6000
    doc.push(plan_stop_session(session, 6000), "Stop the clock")

    assert [(e.code, e.onset_ms, e.offset_ms) for e in session.layer_episodes("Interaction")] == [
        ("attuned", 2000, 5000),
        ("misattuned", 5000, 6000),
    ]
    assert session.layer_episodes("Phase")[0].offset_ms == 6000
    assert session.running_states() == {}
    assert session.duration_ms == 6000
    doc.undo_stack.undo()
    assert set(session.running_states()) == {"Interaction", "Phase"}
    assert session.duration_ms == 0
    doc.close(discard=True)


def test_stop_leaves_a_state_that_starts_later_running() -> None:
    session = Session(default_scheme())
    session.code("Interaction", "attuned", 9000)
    change = plan_stop_session(session, 5000)
    session.apply(change)
    assert session.running("Interaction") is not None
    assert session.duration_ms == 5000


def test_the_clock_and_the_player_are_both_time_sources(qtbot: QtBot) -> None:
    """The window codes against a TimeSource; both the clock and the player are one."""
    from attachcoder.gui.player.player import Player
    from attachcoder.gui.player.time_source import TimeSource

    clock = LiveClock()
    player = Player(None, audio=False)
    assert isinstance(clock, TimeSource) and isinstance(player, TimeSource)
    player.close()
