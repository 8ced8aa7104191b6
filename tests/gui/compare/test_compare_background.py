"""The compare view recomputes off the GUI thread: a key says "updating…" at once, the figures
follow, and when edits come faster than the recomputation only the last one's figures show.

Driven as a person would: the video is moved to a stretch where the two coders disagree and
the other coder's code key is pressed there, which splits this coding's episode."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from comparing import expected_kappas, settled, shown_kappas
from pytestqt.qtbot import QtBot
from user_actions import press

from attachcoder.gui.compare import compare_job
from attachcoder.gui.compare.compare_job import Prepared
from attachcoder.gui.compare.compare_panel import UPDATING_TEXT
from attachcoder.gui.compare.latest_only import LatestOnly
from attachcoder.io.session.file import load

FRAME_MS = 40


def disagreements(w) -> list:  # type: ignore[no-untyped-def, type-arg]
    """Interaction stretches where the other coder used a code (not "none"), wide enough to
    press a key inside."""
    return [
        r
        for r in w.compare.panel.list.model.rows()
        if r.layer == "Interaction" and r.code_b != "none" and r.end_ms - r.start_ms >= 1000
    ]


def key_of(w, code: str) -> str:  # type: ignore[no-untyped-def]
    layer = w.document.session.scheme.layer("Interaction")
    return layer.code(code).key


def go_to(qtbot: QtBot, w, ms: int) -> None:  # type: ignore[no-untyped-def]
    ms -= ms % FRAME_MS
    w.player.seek(ms)
    qtbot.waitUntil(lambda: w.player.current_ms == ms, timeout=10_000)


def code_the_others_way(qtbot: QtBot, w, row) -> None:  # type: ignore[no-untyped-def]
    """Press, inside ``row``'s stretch, the key of the code the other coder gave it."""
    go_to(qtbot, w, row.start_ms + 400)
    before = w.document.undo_stack.count()
    press(qtbot, w, key_of(w, row.code_b))
    assert w.document.undo_stack.count() == before + 1, "the key did not code"


def test_a_code_key_says_updating_then_shows_the_analysis_kappa(
    comparing, second_coding: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    other = load(second_coding)
    before = shown_kappas(w)
    assert before == expected_kappas(w.document.session, other)
    code_the_others_way(qtbot, w, disagreements(w)[0])
    # at once, before any event is handled: the old figures, marked as being recomputed
    assert w.compare.panel.updating.isVisible()
    assert w.compare.panel.updating.text() == UPDATING_TEXT
    assert not w.compare.up_to_date
    expected = expected_kappas(w.document.session, other)
    assert expected["Interaction"] != before["Interaction"]
    qtbot.waitUntil(lambda: shown_kappas(w) == expected, timeout=10_000)
    settled(qtbot, w)
    assert shown_kappas(w) == expected


def test_two_quick_edits_show_the_result_of_the_last_one_only(
    comparing, second_coding: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The first edit's recomputation is held on the worker until the second edit is made:
    its result comes back overtaken and is dropped; the panel shows the second's."""
    w = comparing
    other = load(second_coding)
    started, release = threading.Event(), threading.Event()
    computed: list[Prepared] = []
    real_prepare = compare_job.prepare

    def held_prepare(*args, **kwargs) -> Prepared:  # type: ignore[no-untyped-def]
        started.set()
        assert release.wait(10), "the test never released the worker"
        result = real_prepare(*args, **kwargs)
        computed.append(result)
        return result

    monkeypatch.setattr(compare_job, "prepare", held_prepare)
    shown: list[object] = []
    w.compare.updated.connect(lambda: shown.append(w.compare.report))

    first, second = disagreements(w)[:2]
    code_the_others_way(qtbot, w, first)
    after_first = expected_kappas(w.document.session, other)
    qtbot.waitUntil(started.is_set, timeout=10_000)  # the first recomputation is running
    code_the_others_way(qtbot, w, second)
    after_second = expected_kappas(w.document.session, other)
    assert after_first != after_second
    assert w.compare.panel.updating.isVisible()
    release.set()
    settled(qtbot, w)
    assert len(computed) == 2  # both ran: the first from its snapshot, then the latest
    assert len(shown) == 1 and shown[0] is computed[1].report  # only the latest was shown
    assert shown_kappas(w) == after_second


def test_latest_only_folds_requests_and_drops_what_was_overtaken(qtbot: QtBot) -> None:
    """Without the window: requests made while a job runs become one more job, started from
    the state at that moment; a cancelled run's result never arrives."""
    state = {"n": 0}
    gate = threading.Event()
    made: list[int] = []

    def make_job():  # type: ignore[no-untyped-def]
        n = state["n"]
        made.append(n)

        def job() -> int:
            assert gate.wait(10)
            return n

        return job

    worker = LatestOnly(make_job)
    got: list[object] = []
    worker.resultReady.connect(got.append)
    for n in range(1, 4):  # three edits in one go: one job
        state["n"] = n
        worker.request()
    qtbot.waitUntil(lambda: made == [3])
    for n in range(4, 7):  # three more while it runs: folded into one more
        state["n"] = n
        worker.request()
    assert worker.busy
    gate.set()
    qtbot.waitUntil(lambda: not worker.busy, timeout=10_000)
    assert made == [3, 6] and got == [6]

    gate.clear()
    state["n"] = 7
    worker.request()
    qtbot.waitUntil(lambda: made == [3, 6, 7])
    worker.cancel()
    assert not worker.busy
    gate.set()
    state["n"] = 8
    worker.request()  # asked again after cancelling: runs once the cancelled one is done
    qtbot.waitUntil(lambda: got == [6, 8], timeout=10_000)
    assert made == [3, 6, 7, 8]


def test_a_failing_recomputation_is_said_in_the_panel_and_the_window_goes_on(
    comparing, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A bug in the worker's job is not a setting: the panel says the comparison could not be
    computed, the window keeps working, and the next edit computes again."""
    w = comparing

    def broken(*_args, **_kwargs) -> Prepared:  # type: ignore[no-untyped-def]
        raise RuntimeError("worker bug")

    monkeypatch.setattr(compare_job, "prepare", broken)
    row = disagreements(w)[0]
    code_the_others_way(qtbot, w, row)
    settled(qtbot, w)
    assert not w.compare.panel.error.isHidden()
    assert "could not be computed" in w.compare.panel.error.text()
    assert "worker bug" in w.compare.panel.error.text()
    monkeypatch.undo()
    w.document.undo_stack.undo()  # an edit: computed again, with the real job
    settled(qtbot, w)
    assert w.compare.panel.error.isHidden() and w.compare.report is not None
