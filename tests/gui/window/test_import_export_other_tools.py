"""File → Import… and File → Export, driven through the menus: other tools' files open as new
unsaved sessions with their import report; bad files change nothing; exports write valid
files of the open session (unsaved edits included)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from lxml import etree
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from attachcoder.gui.dialogs import prompts
from attachcoder.gui.window.interchange_actions import ImportedDocument
from attachcoder.io.interchange import import_file
from attachcoder.io.session.file import load


def menu_action(menu: QMenu, text: str) -> QAction:
    for a in menu.actions():
        if a.text().replace("&", "").split("\t")[0] == text:
            return a
    raise AssertionError(f"no {text!r} in the menu: {[a.text() for a in menu.actions()]}")


def export_menu(w) -> QMenu:  # type: ignore[no-untyped-def]
    menu = menu_action(w.file_menu, "Export for other tools").menu()
    assert isinstance(menu, QMenu)
    return menu


def episodes(session) -> list[tuple]:  # type: ignore[no-untyped-def]
    return sorted((e.layer, e.code, e.onset_ms, e.offset_ms) for e in session.iter_episodes())


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Answer the next open-file dialog with a path (as a person picking it would)."""

    def answer(path: Path) -> None:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    return answer


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: seen.append(text))
    return seen


@pytest.mark.parametrize(
    "name", ["elan/eaf-parser-example.eaf", "datavyu/DatavyuSampleSpreadsheet.opf"]
)
def test_import_opens_a_new_unsaved_session_with_its_report(
    make_window, shared_fixtures: Path, choose_file, tmp_path: Path, monkeypatch, name: str
) -> None:  # type: ignore[no-untyped-def]
    source = shared_fixtures / name
    expected = import_file(source)
    w = make_window()
    choose_file(source)
    menu_action(w.file_menu, "Import…").trigger()
    doc = w.document
    assert isinstance(doc, ImportedDocument)
    assert doc.path is None and doc.is_modified
    assert episodes(doc.session) == episodes(expected.sessions[0][1])
    assert f"Imported from {source.name}" in w.windowTitle()
    dlg = w.interchange.report_dialog
    assert dlg is not None and dlg.isVisible()
    from PySide6.QtWidgets import QPlainTextEdit

    text = dlg.findChild(QPlainTextEdit).toPlainText()
    assert text.splitlines() == [f"• {line}" for line in expected.report]
    # Save As writes it as a session file
    target = tmp_path / "imported.acs"
    offered: list[str] = []

    def save_dialog(parent, title, start, *rest, **kw):  # type: ignore[no-untyped-def]
        offered.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    menu_action(w.file_menu, "Save as…").trigger()
    assert offered == [str(source.with_suffix(".acs"))]  # starts beside the imported file
    assert doc.path == target.resolve() and not doc.is_modified
    assert episodes(load(target)) == episodes(expected.sessions[0][1])
    assert w.windowTitle().startswith("imported.acs")


def test_a_boris_project_asks_which_observation(
    make_window, shared_fixtures: Path, choose_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    source = shared_fixtures / "boris" / "test.boris"
    offered: list[list[str]] = []

    def pick(_parent, _title, _text, items, *a):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return "offset positif", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    w = make_window()
    choose_file(source)
    menu_action(w.file_menu, "Import…").trigger()
    all_names = [n for n, _ in import_file(source).sessions]
    assert offered == [all_names] and len(all_names) > 1
    expected = import_file(source, observation="offset positif")
    assert episodes(w.document.session) == episodes(expected.sessions[0][1])
    assert "offset positif" in w.windowTitle()
    report = w.interchange.report_dialog
    assert report is not None
    from PySide6.QtWidgets import QPlainTextEdit

    text = report.findChild(QPlainTextEdit).toPlainText()
    assert "observation 'offset neg'" not in text  # only the chosen observation's report
    assert text.splitlines() == [f"• {line}" for line in expected.report]


def test_choosing_no_observation_imports_nothing(
    make_window, sample_session_file: Path, shared_fixtures: Path, choose_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))
    w = make_window(sample_session_file)
    doc = w.document
    choose_file(shared_fixtures / "boris" / "test.boris")
    menu_action(w.file_menu, "Import…").trigger()
    assert w.document is doc


def test_a_bad_file_is_reported_and_changes_nothing(
    make_window, sample_session_file: Path, tmp_path: Path, choose_file, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "broken.eaf"
    bad.write_text('<?xml version="1.0"?>\n<ANNOTATION_DOCUMENT>\n  <HEADER>\n', "utf-8")
    w = make_window(sample_session_file)
    doc = w.document
    choose_file(bad)
    menu_action(w.file_menu, "Import…").trigger()
    assert len(errors) == 1
    assert "broken.eaf" in errors[0] and "line" in errors[0]  # the file and the place
    assert "not changed" in errors[0]
    assert w.document is doc and not doc.is_modified
    assert w.interchange.report_dialog is None


def test_unsaved_changes_are_asked_about_before_an_import(
    make_window, sample_session_file: Path, fixtures: Path, choose_file, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = make_window(sample_session_file)
    doc = w.document
    first = next(iter(doc.session.iter_episodes()))
    doc.delete_episodes([first.id])
    asked: list[str] = []
    monkeypatch.setattr(
        prompts, "ask_save_changes", lambda _p, name, *_: asked.append(name) or "cancel"
    )
    choose_file(fixtures / "elan" / "speach-test.eaf")
    menu_action(w.file_menu, "Import…").trigger()
    assert asked == ["D001_C1.acs"]
    assert w.document is doc and first.id not in doc.session  # kept, still unsaved


def save_answer(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_export_writes_the_open_session_in_three_formats(
    make_window, sample_session_file: Path, fixtures: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    w = make_window(sample_session_file)
    session = w.document.session
    # an unsaved edit is exported too
    note_ep = next(e for e in session.iter_episodes() if e.layer == "Interaction")
    w.document.edit_episode(note_ep.id, note="looked away")
    menu = export_menu(w)

    eaf = tmp_path / "out.eaf"
    save_answer(monkeypatch, tmp_path / "out")  # the suffix is added
    menu_action(menu, "ELAN (.eaf)…").trigger()
    schema = etree.XMLSchema(etree.parse(str(fixtures / "elan" / "EAFv3.0.xsd")))
    schema.assertValid(etree.parse(str(eaf)))
    back = import_file(eaf).sessions[0][1]
    assert episodes(back) == episodes(session)  # every episode comes back from ELAN
    assert "looked away" in eaf.read_text("utf-8")

    sds = tmp_path / "out.sds"
    save_answer(monkeypatch, sds)
    menu_action(menu, "SDIS for GSEQ (.sds)…").trigger()
    text = sds.read_text("utf-8")
    assert session.metadata.session_key() in text
    assert "demo.mp4" not in text and str(tmp_path) not in text  # no video or folder path

    out_csv = tmp_path / "out.csv"
    save_answer(monkeypatch, out_csv)
    menu_action(menu, "Episodes table (.csv)…").trigger()
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text("utf-8-sig"))))
    assert len(rows) == len(session)
    assert list(rows[0]) == [
        "session_key",
        "dyad_id",
        "coder_id",
        "session_date",
        "layer",
        "code",
        "onset_s",
        "offset_s",
        "duration_s",
        "modifiers",
        "note",
        "onset_frame",
        "offset_frame",
    ]
    assert "looked away" in {r["note"] for r in rows}
    assert "Exported out.csv" in w.statusBar().currentMessage()

    # notes left out on request
    menu_action(menu, "Leave notes out").trigger()
    menu_action(menu, "Episodes table (.csv)…").trigger()
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text("utf-8-sig"))))
    assert {r["note"] for r in rows} == {""}


def test_an_export_that_cannot_be_written_says_so(
    make_window, sample_session_file: Path, tmp_path: Path, monkeypatch, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    w = make_window(sample_session_file)
    save_answer(monkeypatch, tmp_path / "no such folder" / "out.sds")
    menu_action(export_menu(w), "SDIS for GSEQ (.sds)…").trigger()
    assert len(errors) == 1 and "out.sds was not written" in errors[0]
    assert not (tmp_path / "no such folder").exists()


def test_export_actions_need_an_open_session(make_window) -> None:  # type: ignore[no-untyped-def]
    w = make_window()
    menu = export_menu(w)
    assert not menu_action(menu, "ELAN (.eaf)…").isEnabled()
    assert menu_action(w.file_menu, "Import…").isEnabled()


def test_an_imported_session_never_saved_is_recovered_after_a_crash(
    make_window, fixtures: Path, monkeypatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from attachcoder.gui.dialogs import prompts
    from attachcoder.gui.window.unsaved_imports import pending

    source = fixtures / "elan" / "speach-test.eaf"
    session = import_file(source).sessions[0][1]
    w = make_window()
    w.set_document(ImportedDocument(session, source, f"Imported from {source.name}"))
    doc = w.document
    victim = session.episodes()[0]
    doc.push(session.plan_delete([victim.id]), "Delete")  # coding done after the import
    doc.sync_journal()
    w.set_document(None, discard_old=False)  # gone without saving, as in a crash
    [journal] = pending()
    assert journal.name.startswith("speach-test-")

    monkeypatch.setattr(prompts, "choose", lambda *a, **k: 0)  # "Recover"
    again = make_window(started=True)
    try:
        rec = again.document
        assert isinstance(rec, ImportedDocument) and rec.path is None and rec.is_modified
        assert victim.id not in rec.session  # the change made after the import came back
        assert len(rec.session) == len(session)
        assert "speach-test" in again.windowTitle()
    finally:
        again.close_document(discard=True)  # unwanted after all: the journal goes
        again.close()
        again.deleteLater()
    assert pending() == []


@pytest.mark.parametrize(
    ("entry", "answer", "written"),
    [
        ("BORIS (.boris)…", "out", "out.boris"),
        ("Datavyu (.opf)…", "out.opf", "out.opf"),
        ("Praat (.TextGrid)…", "out", "out.TextGrid"),
    ],
)
def test_export_to_boris_datavyu_and_praat_from_the_menu(
    make_window, sample_session_file: Path, tmp_path: Path, monkeypatch, entry, answer, written
) -> None:  # type: ignore[no-untyped-def]
    w = make_window(sample_session_file)
    session = w.document.session
    save_answer(monkeypatch, tmp_path / answer)
    menu_action(export_menu(w), entry).trigger()
    out = tmp_path / written
    assert out.exists() and f"Exported {written}" in w.statusBar().currentMessage()
    back = import_file(out).sessions[0][1]
    plain = sorted((e.code, e.onset_ms, e.offset_ms) for e in session.episodes())
    assert sorted((e.code, e.onset_ms, e.offset_ms) for e in back.episodes()) == plain
