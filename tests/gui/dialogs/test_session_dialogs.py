"""A new session built through the dialogs; the details and ratings forms reopened later."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from user_actions import when_modal

from attachcoder.core import Session
from attachcoder.core.scheme_edit import SchemeDraft
from attachcoder.gui.dialogs.session_dialogs import (
    MetadataDialog,
    NewSessionDialog,
    RatingsDialog,
    edit_metadata,
    edit_ratings,
)
from attachcoder.gui.editing.document import Document
from attachcoder.io.media.recording_date import recording_date
from attachcoder.io.session.file import (
    default_scheme,
    load,
    media_path,
    save,
    save_scheme,
    sha256_file,
)

os.environ.setdefault("ATTACHCODER_NO_AUDIO", "1")

ROOT = Path(__file__).resolve().parents[3]
VIDEO = ROOT / "sample_sessions" / "demo.mp4"


@pytest.fixture(scope="module")
def video_sha256() -> str:
    return sha256_file(VIDEO)


@pytest.fixture
def dialog(qtbot: QtBot) -> NewSessionDialog:
    d = NewSessionDialog()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, where a person clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select what the field holds (Ctrl+A) and type over it."""
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def choose_file(monkeypatch: pytest.MonkeyPatch, name: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, name, lambda *a, **k: (str(path), ""))


def type_details(qtbot: QtBot, d: NewSessionDialog) -> None:
    qtbot.keyClicks(d.details.dyad_id, "D014")
    qtbot.keyClicks(d.details.coder_id, "C2")
    retype(qtbot, d.details.session_date, "2026-03-02")
    d.details.age.setValue(4.5)
    tick(qtbot, d.details.corrected)
    d.details.caregiver.setCurrentText("mother")


def test_a_new_session_on_one_video(
    qtbot: QtBot,
    dialog: NewSessionDialog,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    video_sha256: str,
) -> None:
    assert dialog.scheme == default_scheme()  # preselected
    assert not dialog.ok_button.isEnabled()
    choose_file(monkeypatch, "getOpenFileName", VIDEO)
    qtbot.mouseClick(dialog.camera1.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.camera1.ready, timeout=15_000)
    assert "00:06:00.000, 25 frames/s" in dialog.camera1.status.text()
    assert dialog.save_path.text() == str(VIDEO.with_suffix(".acs"))  # no IDs yet: its name
    target = tmp_path / "D014_C2.acs"
    choose_file(monkeypatch, "getSaveFileName", target)
    qtbot.mouseClick(dialog.save_browse, Qt.MouseButton.LeftButton)
    type_details(qtbot, dialog)
    assert dialog.ok_button.isEnabled(), dialog.current_problems()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    session, path = dialog.result_session(), dialog.result_path()
    assert session is not None and path == target.resolve()
    [m] = session.media
    assert (m.sha256, m.fps, m.duration_ms, m.offset_ms, m.size) == (
        video_sha256, 25.0, 360_000, 0, VIDEO.stat().st_size,
    )  # fmt: skip
    assert media_path(path, m).resolve() == VIDEO.resolve()
    assert session.duration_ms == 360_000
    md = session.metadata
    assert (md.dyad_id, md.coder_id, md.session_date) == ("D014", "C2", "2026-03-02")
    assert (md.infant_age_months, md.corrected_age, md.caregiver_role) == (4.5, True, "mother")
    assert md.session_key() == "D014_2026-03-02_C2"
    save(session, path)  # what the window does next
    assert load(path).media == session.media


def test_the_file_is_proposed_by_dyad_and_coder_in_the_videos_folder(
    qtbot: QtBot, dialog: NewSessionDialog, tmp_path: Path
) -> None:
    folder = (tmp_path / "videos").resolve()
    folder.mkdir()
    video = folder / "long.mp4"
    shutil.copy2(VIDEO, video)  # a copy: the dialog follows a link to where it points
    dialog.camera1.set_path(str(video))
    qtbot.waitUntil(lambda: dialog.camera1.facts is not None, timeout=15_000)
    assert dialog.save_path.text() == str(folder / "long.acs")  # no IDs yet: the video's name
    qtbot.keyClicks(dialog.details.dyad_id, "D021")
    assert dialog.save_path.text() == str(folder / "D021.acs")
    qtbot.keyClicks(dialog.details.coder_id, "C3")
    assert dialog.save_path.text() == str(folder / "D021_C3.acs")  # never the video's name
    # the date: the video's own (the sample holds no recording date: its file's), and it says so
    found = recording_date(video)
    assert dialog.details.session_date.text() == found.date
    assert found.said() in dialog.date_note.text()
    # a path the coder writes is theirs: the IDs no longer move it
    retype(qtbot, dialog.save_path, str(tmp_path / "mine.acs"))
    qtbot.keyClicks(dialog.details.coder_id, "b")
    assert dialog.save_path.text() == str(tmp_path / "mine.acs")


def test_two_synchronised_cameras_each_with_its_offset(
    qtbot: QtBot, dialog: NewSessionDialog, tmp_path: Path, video_sha256: str
) -> None:
    tick(qtbot, dialog.two_cameras)
    assert dialog.camera2.isVisible()
    dialog.camera1.set_path(str(VIDEO))
    dialog.camera2.set_path(str(VIDEO))
    dialog.camera2.offset.setValue(400)
    dialog.save_path.setText(str(tmp_path / "two.acs"))
    qtbot.waitUntil(lambda: dialog.camera1.ready and dialog.camera2.ready, timeout=15_000)
    dialog.refresh()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    session = dialog.result_session()
    assert session is not None
    assert [(m.offset_ms, m.sha256) for m in session.media] == [
        (0, video_sha256),
        (400, video_sha256),
    ]
    assert session.duration_ms == 360_400


def test_a_live_session_needs_no_video(
    qtbot: QtBot, dialog: NewSessionDialog, tmp_path: Path
) -> None:
    tick(qtbot, dialog.live_mode)
    assert not dialog.camera1.isEnabled()
    assert dialog.current_problems() == ["choose where to keep the session file"]
    qtbot.keyClicks(dialog.save_path, str(tmp_path / "live"))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    session = dialog.result_session()
    assert session is not None and session.media == () and session.duration_ms == 0
    assert dialog.result_path() == (tmp_path / "live.acs").resolve()


def test_problems_block_create_and_say_what_to_do(
    qtbot: QtBot, dialog: NewSessionDialog, tmp_path: Path
) -> None:
    bad = tmp_path / "broken.mp4"
    bad.write_bytes(b"this is not a video" * 100)
    dialog.camera1.set_path(str(bad))
    qtbot.waitUntil(lambda: dialog.camera1.error is not None, timeout=25_000)
    assert "cannot use this video" in dialog.camera1.status.text()
    existing = tmp_path / "taken.acs"
    existing.write_text("{}", encoding="utf-8")
    dialog.save_path.setText(str(existing))
    qtbot.keyClicks(dialog.details.session_date, "2.3.2026")
    problems = dialog.current_problems()
    assert problems[0].startswith("camera 1: ")
    assert "taken.acs exists already" in problems[1]
    assert "must be written YYYY-MM-DD" in problems[2]
    assert not dialog.ok_button.isEnabled()
    assert dialog.result_session() is None


def test_an_id_with_a_direction_override_blocks_create_naming_the_field(
    qtbot: QtBot, dialog: NewSessionDialog, tmp_path: Path
) -> None:
    tick(qtbot, dialog.live_mode)
    qtbot.keyClicks(dialog.save_path, str(tmp_path / "live"))
    QApplication.clipboard().setText("D\u202e4pm")  # copied from a video's file name, pasted
    qtbot.keyClick(dialog.details.dyad_id, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.details.coder_id, "C2")
    [problem] = dialog.current_problems()
    assert problem.startswith("the dyad ID 'D\\u202e4pm' holds U+202E RIGHT-TO-LEFT OVERRIDE")
    assert not dialog.ok_button.isEnabled()
    dialog.details.dyad_id.clear()
    qtbot.keyClicks(dialog.details.dyad_id, "D4")
    assert dialog.current_problems() == [] and dialog.ok_button.isEnabled()


def test_a_scheme_loaded_from_a_file_is_used(
    qtbot: QtBot, dialog: NewSessionDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    draft = SchemeDraft(default_scheme())
    draft.name = "EAS"
    draft.layers[0].codes[0].name = "in sync"
    path = tmp_path / "eas.json"
    save_scheme(draft.to_scheme(), path)
    choose_file(monkeypatch, "getOpenFileName", path)
    qtbot.mouseClick(dialog.load_scheme_button, Qt.MouseButton.LeftButton)
    assert dialog.scheme.name == "EAS"
    assert dialog.scheme_label.text() == "“EAS”: 3 layers, 9 codes"
    qtbot.mouseClick(dialog.default_scheme_button, Qt.MouseButton.LeftButton)
    assert dialog.scheme == default_scheme()




def test_the_details_reopen_and_apply_as_one_undo_step(qtbot: QtBot) -> None:
    session = Session(default_scheme())
    doc = Document(session, None)
    stack = doc.undo_stack
    parent = QWidget()
    qtbot.addWidget(parent)

    def fill(d: QDialog) -> None:
        assert isinstance(d, MetadataDialog)
        qtbot.keyClicks(d.form.dyad_id, "D020")
        qtbot.keyClicks(d.form.notes, "camera moved at 2 min")
        qtbot.mouseClick(d.buttons.button(d.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(fill)
    assert edit_metadata(parent, doc)
    assert session.metadata.dyad_id == "D020"
    assert session.metadata.notes == "camera moved at 2 min"
    assert session.metadata.infant_age_months is None  # "not given" stays not given
    stack.undo()
    assert session.metadata.dyad_id == ""

    def refuse(d: QDialog) -> None:
        qtbot.keyClicks(d.form.coder_id, "C/2")  # type: ignore[attr-defined]
        d.accept()  # OK with a problem: a message, and the dialog stays
        assert d.isVisible()
        d.reject()

    from PySide6.QtWidgets import QMessageBox

    warnings: list[str] = []
    orig = QMessageBox.warning
    QMessageBox.warning = lambda _p, _t, text, *a: warnings.append(text)  # type: ignore[method-assign,assignment]
    try:
        when_modal(refuse)
        assert not edit_metadata(parent, doc)
    finally:
        QMessageBox.warning = orig  # type: ignore[method-assign]
    assert "names files in exports" in warnings[0]


def test_ratings_within_each_items_range(qtbot: QtBot) -> None:
    session = Session(default_scheme())
    dialog = RatingsDialog(session.scheme, {})
    qtbot.addWidget(dialog)
    spin = dialog.spins["sensitivity"]
    assert (spin.minimum(), spin.maximum(), spin.decimals()) == (1, 9, 0)
    assert not spin.isEnabled()
    assert dialog.ratings() == {}
    tick(qtbot, dialog.rated["sensitivity"])
    spin.setValue(12)  # clamped to the item's range
    assert dialog.ratings() == {"sensitivity": 9}

    doc = Document(session, None)
    stack = doc.undo_stack

    def rate(d: QDialog) -> None:
        assert isinstance(d, RatingsDialog)
        tick(qtbot, d.rated["sensitivity"])
        d.spins["sensitivity"].setValue(6)
        d.accept()

    when_modal(rate)
    assert edit_ratings(dialog, doc)
    assert session.ratings == {"sensitivity": 6}
    stack.undo()
    assert session.ratings == {}


def test_a_variable_rate_video_is_named_so(
    qtbot: QtBot, dialog: NewSessionDialog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from small_videos import make_variable_rate_video

    video = make_variable_rate_video(tmp_path / "phone.mp4")
    choose_file(monkeypatch, "getOpenFileName", video)
    qtbot.mouseClick(dialog.camera1.browse, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.camera1.ready, timeout=15_000)
    assert "variable frame rate (15–30 fps)" in dialog.camera1.status.text()
    choose_file(monkeypatch, "getSaveFileName", tmp_path / "phone.acs")
    qtbot.mouseClick(dialog.save_browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    session = dialog.result_session()
    assert session is not None
    assert session.media[0].fps_range == pytest.approx((15, 30), abs=0.05)
