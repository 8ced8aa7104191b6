"""Compare with…: the second coding loads, the panel shows the analysis' κ, a click on a
disagreement moves the video, edits update the figures, and a different video is refused.

The figures are computed off the GUI thread, so every check of them first waits until the
panel is up to date (``CompareController.up_to_date``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from comparing import SAMPLE_DIR, expected_kappas, menu_action, settled, shown_kappas
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.gui.compare.compare_list import FORGIVEN_TEXT
from attachcoder.io.session.file import load, save

FRAME_MS = 40  # the sample video runs at 25 fps


def test_compare_shows_the_same_kappa_as_the_analysis(comparing, second_coding: Path) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    assert w.compare.dock.isVisible()
    assert menu_action(w.file_menu, "Stop comparing").isEnabled()
    expected = expected_kappas(w.document.session, load(second_coding))
    assert set(expected) == {"Interaction", "Phase", "Marks"}
    assert shown_kappas(w) == expected
    # the sample's figures, computed once by `attachcoder agreement`: time-unit κ .838 with
    # the default excluded rule (drop-both: 11 units both call uncodable left out)
    assert expected["Interaction"][0] == "κ 0.838 almost perfect"
    assert "C2" in w.compare.panel.header.text()
    # every time-unit disagreement is listed, in time order, with both codes
    rows = w.compare.panel.list.model.rows()
    report = compare_sessions(w.document.session, load(second_coding))
    n = sum(len(la.time_units.disagreements) for la in report.layers)
    assert len(rows) == n > 0
    assert [r.start_ms for r in rows] == sorted(r.start_ms for r in rows)
    first = rows[0]
    assert first.code_a != first.code_b


def test_a_click_on_a_disagreement_shows_it_in_the_video(comparing, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    view = w.compare.panel.list.view
    row = next(
        i
        for i, r in enumerate(w.compare.panel.list.model.rows())
        if r.start_ms > 20_000 and r.layer == "Interaction"
    )
    target = w.compare.panel.list.model.row(row)
    index = w.compare.panel.list.model.index(row, 0)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: (
            w.player.current_ms is not None
            and abs(w.player.current_ms - target.start_ms) < FRAME_MS
        ),
        timeout=10_000,
    )
    # the table shows this coding's episode of that layer there, ready to be corrected
    unit_mid = target.start_ms + 500  # 1-s units: the label compared is the midpoint's
    ep = w.document.session.active_in(target.layer, unit_mid)
    assert ep is not None and ep.code == target.code_a
    assert w.table.selected_episode_ids() == [ep.id]


def test_editing_an_episode_updates_the_figures(
    comparing, second_coding: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    other = load(second_coding)
    before = shown_kappas(w)
    # a stretch where the two coders disagree on the interaction: make this coding agree
    d = next(r for r in w.compare.panel.list.model.rows() if r.layer == "Interaction")
    ep = w.document.session.active_in("Interaction", d.start_ms + 500)  # the unit's midpoint
    assert ep is not None and ep.code == d.code_a
    w.document.edit_episode(ep.id, code=d.code_b)
    expected = expected_kappas(w.document.session, other)
    assert expected["Interaction"] != before["Interaction"]
    qtbot.waitUntil(lambda: shown_kappas(w) == expected, timeout=5000)
    # undo is an edit too
    w.document.undo_stack.undo()
    qtbot.waitUntil(lambda: shown_kappas(w) == before, timeout=5000)


def test_settings_recompute_and_a_bad_setting_is_explained(
    comparing, second_coding: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    panel = w.compare.panel
    panel.tolerance.setText("1s")
    panel.tolerance.editingFinished.emit()
    settled(qtbot, w)
    expected = expected_kappas(w.document.session, load(second_coding), tolerance="1s")
    assert shown_kappas(w) == expected
    rows = panel.list.model.rows()
    assert any(r.forgiven for r in rows) and any(not r.forgiven for r in rows)
    forgiven_row = next(i for i, r in enumerate(rows) if r.forgiven)
    assert panel.list.model.index(forgiven_row, 5).data() == FORGIVEN_TEXT
    assert "forgiven by the tolerance" in panel.list.count.text()
    assert "1 unit" in panel.notes.toPlainText()

    panel.unit.setText("0s")
    panel.unit.editingFinished.emit()
    settled(qtbot, w)
    assert not panel.error.isHidden()
    assert panel.error.text().startswith("Unit: ")
    assert panel.figures.topLevelItemCount() == 0 and panel.list.model.rowCount() == 0
    panel.unit.setText("2s")
    panel.unit.editingFinished.emit()
    settled(qtbot, w)
    assert panel.error.isHidden()
    assert shown_kappas(w) == expected_kappas(
        w.document.session, load(second_coding), unit="2s", tolerance="1s"
    )


def choose(qtbot: QtBot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``text`` in a combo box as a person does: open it with a click, move to the item
    with the arrow keys, press Enter."""
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    steps = combo.findText(text) - combo.currentIndex()
    for _ in range(abs(steps)):
        qtbot.keyClick(view, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: combo.currentText() == text and not view.isVisible())


def test_alignment_and_excluded_rule_are_chosen_in_the_panel(
    comparing, second_coding: Path, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    panel = w.compare.panel
    other = load(second_coding)
    assert panel.onset_tolerance.isEnabled() is False and panel.overlap.isEnabled()
    # the 95% CI beside each κ is the analysis' own
    report = compare_sessions(w.document.session, other)
    inter = report.layer("Interaction")
    item = panel.layer_item("Interaction")
    ci_row = next(
        item.child(i) for i in range(item.childCount()) if item.child(i).text(0) == "95% CI"
    )
    s = inter.time_units.stats
    assert ci_row.text(1) == f"[{s.ci_low:.3f}, {s.ci_high:.3f}]"
    assert "treating units as independent" in panel.notes.toPlainText()
    assert "both codings call excluded (uncodable) is left out" in panel.notes.toPlainText()

    choose(qtbot, panel.align, "GSEQ (Bakeman et al. 2009)")
    assert panel.onset_tolerance.isEnabled() and not panel.overlap.isEnabled()
    expected = expected_kappas(w.document.session, other, align="gseq")
    qtbot.waitUntil(lambda: shown_kappas(w) == expected, timeout=5000)
    assert (
        "GSEQ" in panel.notes.toPlainText() and "onset tolerance 2 s" in panel.notes.toPlainText()
    )
    panel.onset_tolerance.setText("1s")
    panel.onset_tolerance.editingFinished.emit()
    expected = expected_kappas(w.document.session, other, align="gseq", onset_tolerance="1s")
    qtbot.waitUntil(lambda: shown_kappas(w) == expected, timeout=5000)

    choose(qtbot, panel.excluded, "As a code")
    expected = expected_kappas(
        w.document.session, other, align="gseq", onset_tolerance="1s", excluded="category"
    )
    qtbot.waitUntil(lambda: shown_kappas(w) == expected, timeout=5000)
    assert expected["Interaction"][0] == "κ 0.849 almost perfect"  # uncodable counted again
    assert "counts as an ordinary code" in panel.notes.toPlainText()


def test_the_list_can_show_event_disagreements(comparing, second_coding: Path) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    lst = w.compare.panel.list
    lst.source.setCurrentIndex(lst.source.findData("events"))
    report = compare_sessions(w.document.session, load(second_coding))
    n = sum(len(la.events.disagreements) for la in report.layers)
    assert lst.model.rowCount() == n > 0
    assert any("∅" in (r.code_a, r.code_b) for r in lst.model.rows())
    lst.layer.setCurrentIndex(lst.layer.findData("Marks"))
    assert {r.layer for r in lst.model.rows()} == {"Marks"}


def test_a_coding_of_another_video_is_refused(
    make_window, sample_session_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = load(SAMPLE_DIR / "D001_C2.acs")
    media = dataclasses.replace(other.media[0], sha256="0" * 64)
    other.set_field("media", (media,))
    path = tmp_path / "other_video.acs"
    save(other, path, backup=False)
    w = make_window(sample_session_file)
    errors: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: errors.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    menu_action(w.file_menu, "Compare with…").trigger()
    assert len(errors) == 1
    assert "other_video.acs" in errors[0] and "different videos" in errors[0]
    assert not w.compare.active and not w.compare.dock.isVisible()


def test_stopping_and_opening_another_session_end_the_comparison(
    comparing, sample_session_file: Path
) -> None:  # type: ignore[no-untyped-def]
    w = comparing
    menu_action(w.file_menu, "Stop comparing").trigger()
    assert not w.compare.active and not w.compare.dock.isVisible()
    assert not menu_action(w.file_menu, "Stop comparing").isEnabled()
    assert not w.compare.dock.toggleViewAction().isEnabled()  # no empty panel to show
    assert w.compare.compare_with(sample_session_file.parent / "D001_C2.acs")
    from attachcoder.gui.window import file_flow

    assert file_flow.open_session(w, sample_session_file)  # a session opened anew
    assert not w.compare.active and not w.compare.dock.isVisible()


def test_the_window_timeline_shows_the_comparison(comparing, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from attachcoder.gui.compare.compare_overlay import _MARK_TOP, DISAGREE_COLOR

    w = comparing
    tl = w.timeline
    assert tl.comparison is w.compare.overlay
    band = tl.band_rect("Interaction")
    assert not band.isEmpty()
    d = next(r for r in w.compare.panel.list.model.rows() if r.layer == "Interaction")
    tl.set_follow_playhead(False)
    tl.zoom_to(20.0, d.start_ms)
    tl.scroll_to(d.start_ms - 1000)
    qtbot.waitUntil(lambda: tl.canvas.isVisible())
    img = tl.canvas.grab().toImage()
    x = tl.x_for_ms((d.start_ms + d.end_ms) // 2)
    assert img.pixelColor(x, band.top() + _MARK_TOP + 2) == DISAGREE_COLOR
    menu_action(w.file_menu, "Stop comparing").trigger()
    assert tl.comparison is None and tl.band_rect("Interaction").isEmpty()
