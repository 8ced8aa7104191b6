"""The window in a pseudo-language: no visible text escapes translation (issue 23).

A pseudo ``.ts`` is made from the source as it is now (``pyside6-lupdate`` over
``attachcoder/``): every translation is the source text inside ``⟦…⟧`` (placeholders such as
``{0}`` and ``%1`` kept, so formatting still works). Compiled with ``pyside6-lrelease`` and
installed before the window is built, it makes every translated text carry ``⟦``. The test
then opens every menu, the F1 sheet and the main dialogs, and reads every visible text: one
without ``⟦`` is either data (a code of the scheme, an ID, a number, a file name, a time —
the short allow-list below) or a string that was never marked, which fails the test, named
with its widget.

The other tests here check what ships: each ``.qm`` is compiled from its ``.ts`` as it is
now, and (once the translators are done) no ``.ts`` has an unfinished entry.
"""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pseudo_language import CLOSE, OPEN, Pseudo, make_pseudo, run, tool
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from attachcoder.io.installed import translations

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ROOT / "resources" / "translations"
SAMPLE_DIR = ROOT / "sample_sessions"


@pytest.fixture(scope="session")
def pseudo_language(tmp_path_factory: pytest.TempPathFactory) -> Pseudo:
    """The source's marked strings, each translated as ``⟦source⟧``."""
    return make_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(qapp, pseudo_language: Pseudo, monkeypatch) -> Iterator[Pseudo]:  # type: ignore[no-untyped-def]
    """The pseudo language installed in the application (and for the workbook's translate)."""
    translator = QTranslator()
    assert translator.load(str(pseudo_language.qm())), "the pseudo .qm does not load"
    QCoreApplication.installTranslator(translator)
    monkeypatch.setattr(translations, "catalog", lambda _lang: pseudo_language.catalog)
    translations.set_language("de")  # any shipped language: the catalog above answers
    try:
        yield pseudo_language
    finally:
        QCoreApplication.removeTranslator(translator)
        translations.set_language("en")


# ---------------------------------------------------------------------------- reading the window

#: texts that are never ours to translate, whatever the session (product name, data formats)
ALWAYS_DATA = {"attachcoder", "A4", "US Letter"}
_TRANSLATED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")  # an innermost translation
_TAG = re.compile(r"<[^>]*>")
_NO_WORDS = re.compile(r"^[^A-Za-z]*$")  # numbers, times, κ, punctuation
_FILE = re.compile(r"\S*[\\/]\S*|\S+\.(acs|mp4|xlsx|csv|json|eaf|sds|opf|boris|textgrid)\b", re.I)


class Texts:
    """Every visible text read, and those that are neither translated nor data."""

    def __init__(self, data: set[str]) -> None:
        self.data = data | ALWAYS_DATA
        self.read = 0
        self.untranslated: list[str] = []

    def is_data(self, text: str) -> bool:
        """Numbers, file names, or nothing but the session's own words (a pad button
        ``A  attuned``, a rating ``sensitivity (1–9)``, a swatch ``■ repair``)."""
        t = text.strip().replace("&", "").split("\t")[0].strip()
        if not t or _NO_WORDS.match(t) or t in self.data:
            return True
        t = _FILE.sub("", t)
        if t.endswith("…") and len(t) > 4 and any(d.startswith(t[:-1]) for d in self.data):
            return True  # an elided name
        for d in sorted(self.data, key=len, reverse=True):
            t = re.sub(rf"(?<!\w){re.escape(d)}(?!\w)", "", t)
        return bool(_NO_WORDS.match(t))

    def check(self, where: str, text: str | None) -> None:
        """``text`` is translated (what is left outside ``⟦…⟧`` is data) or data."""
        if not text or not text.strip():
            return
        self.read += 1
        outside = text
        while (less := _TRANSLATED.sub(" ", outside)) != outside:
            outside = less
        if not self.is_data(_TAG.sub(" ", outside)):
            self.untranslated.append(f"{where}: {text!r}")


def scheme_data(session) -> set[str]:  # type: ignore[no-untyped-def]
    """What the session itself names: the scheme's words, the IDs, the files."""
    out: set[str] = {session.scheme.name, session.metadata.dyad_id, session.metadata.coder_id}
    out.add(session.metadata.session_key())
    for layer in session.scheme.layers:
        out.add(layer.name)
        for code in layer.codes:
            out |= {code.name, code.definition, (code.key or "").upper(), code.key or ""}
            for m in code.modifiers:
                out.add(m.name)
                out |= set(m.values)
    for item in session.scheme.rating_items:
        out |= {item.name, item.definition}
    return {s for s in out if s}


def _name(w: QWidget) -> str:
    parts = []
    while w is not None:
        label = type(w).__name__ + (f"#{w.objectName()}" if w.objectName() else "")
        parts.append(label)
        if w.isWindow():
            break
        w = w.parentWidget()
    return "/".join(reversed(parts))


def read_actions(texts: Texts, where: str, menu: QMenu) -> None:
    """A menu's title and every entry (submenus too), after it was opened once."""
    menu.aboutToShow.emit()  # some menus (Open recent) fill themselves as they open
    texts.check(f"{where} (menu title)", menu.title())
    for a in menu.actions():
        if a.isSeparator() or not a.isVisible():
            continue
        if a.menu() is not None:
            read_actions(texts, f"{where} → {a.text()}", a.menu())  # type: ignore[arg-type]
            continue
        texts.check(f"{where} → action", a.text())
        if a.toolTip() != a.text().replace("&", "").split("\t")[0]:
            texts.check(f"{where} → {a.text()!r} (tooltip)", a.toolTip())


def read_widgets(texts: Texts, top: QWidget) -> None:
    """Every visible text of ``top`` and its visible children."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if w is not top and not w.isVisibleTo(top):
            continue
        where = _name(w)
        if w.isWindow():
            texts.check(f"{where} (window title)", w.windowTitle())
        if w.toolTip():
            texts.check(f"{where} (tooltip)", w.toolTip())
        if isinstance(w, QLabel):
            texts.check(where, w.text())
        elif isinstance(w, QAbstractButton):
            box = w.parentWidget()
            standard = isinstance(box, QDialogButtonBox) and box.standardButton(w) != (
                QDialogButtonBox.StandardButton.NoButton
            )
            if not standard:  # Qt's own buttons come with Qt's translations
                texts.check(where, w.text())
        elif isinstance(w, QGroupBox):
            texts.check(where, w.title())
        elif isinstance(w, QTabWidget):
            for i in range(w.count()):
                texts.check(f"{where} (tab {i})", w.tabText(i))
        elif isinstance(w, QComboBox) and not w.isEditable():
            texts.check(f"{where} (current item)", w.currentText())
        elif isinstance(w, QLineEdit | QPlainTextEdit):
            texts.check(f"{where} (placeholder)", w.placeholderText())
        elif isinstance(w, QProgressBar):
            texts.check(where, w.text())
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                texts.check(f"{where} (item {i})", w.item(i).text())
        if isinstance(w, QTreeWidget):
            for i in range(w.topLevelItemCount()):
                item = w.topLevelItem(i)
                for c in range(w.columnCount()):
                    texts.check(f"{where} (row {i}, column {c})", item.text(c))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            header = getattr(w, "horizontalHeader", None) or getattr(w, "header", None)
            if header is not None and header().isVisible():
                model = w.model()
                for c in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.headerData(c, Qt.Orientation.Horizontal, role)
                        shown = value if isinstance(value, str) else ""
                        texts.check(f"{where} (header {c})", shown)


def read_dialog(qtbot, texts: Texts, dialog: QWidget) -> None:  # type: ignore[no-untyped-def]
    dialog.show()
    qtbot.waitExposed(dialog)
    read_widgets(texts, dialog)
    dialog.close()


def read_modal(qtbot, texts: Texts, open_it: Callable[[], object]) -> None:  # type: ignore[no-untyped-def]
    """Read the modal dialog ``open_it`` shows (it blocks until the dialog is closed)."""
    seen: list[QWidget] = []

    def attempt() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            read_widgets(texts, w)
            seen.append(w)
            w.reject()
        else:
            QTimer.singleShot(10, attempt)

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, attempt)
    open_it()
    assert seen, "the dialog did not open"


# ---------------------------------------------------------------------------- the test


@pytest.fixture
def study_folder(qapp, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from small_videos import make_videos

    from attachcoder.cli import main

    folder = tmp_path / "study"
    videos = make_videos(tmp_path / "videos", 2, seconds=2)
    assert main(["study", "init", str(folder), "--coders", "C1,C2", "--seed", "5",
                 "--fraction", "0.5", "--name", "Pilot"]) == 0  # fmt: skip
    assert main(["study", "add", str(folder), *map(str, videos), "--date", "2027-01-10"]) == 0
    assert main(["study", "sample", str(folder)]) == 0
    return folder


def test_every_visible_text_of_the_window_is_translated(
    qtbot, pseudo, make_window, sample_session_file: Path, study_folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    from attachcoder.core.session import Session
    from attachcoder.core.timefmt import format_ms
    from attachcoder.gui.actions.keymap import BINDINGS
    from attachcoder.gui.dialogs.export_dialogs import BatchExportDialog, ExportSessionDialog
    from attachcoder.gui.dialogs.scheme_editor import SchemeEditorDialog
    from attachcoder.gui.dialogs.session_dialogs import NewSessionDialog
    from attachcoder.gui.dialogs.session_forms import MetadataDialog, RatingsDialog
    from attachcoder.gui.episodes.episode_model import EDGE_ALONE_ROLE, Column
    from attachcoder.gui.study import study_files
    from attachcoder.gui.study.study_files import NewStudyDialog
    from attachcoder.gui.window import file_flow
    from attachcoder.io.session.file import save
    from attachcoder.io.study.file import load_study

    w = make_window()  # the start page first
    start = Texts(set())
    read_widgets(start, w)
    assert file_flow.open_session(w, sample_session_file)
    qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
    session = w.document.session
    study = load_study(study_folder)
    data = scheme_data(session) | {sample_session_file.name, study.name, *study.coders}
    data |= {v.dyad_id for v in study.videos}
    native = QKeySequence.SequenceFormat.NativeText
    data |= {QKeySequence(k).toString(native) for b in BINDINGS for k in b.keys}  # Qt's names
    data |= set(translations.LANGUAGES.values())  # each language by its own name
    texts = Texts(data)
    texts.read, texts.untranslated = start.read, start.untranslated

    # the menus, opened one by one
    for menu in w.menus.values():
        menu.popup(QPoint(0, 0))
        qtbot.waitUntil(menu.isVisible)
        read_actions(texts, "menu", menu)
        menu.hide()
    # the coding window as it stands, then the status bar after a save
    read_widgets(texts, w)
    w.document.undo_stack.resetClean()  # unsaved: Save writes it and says so
    w.save_action.trigger()
    saved = w.statusBar().currentMessage()
    assert saved, "a save says so in the status bar"
    texts.check("status bar after a save", saved)
    # an edit refused (core's sentence, through the installed translator): an onset typed
    # into the state before it, moved alone, would overlap it
    model = w.model
    layer = session.scheme.layers[0].name
    states = sorted(session.layer_episodes(layer), key=lambda e: e.onset_ms)
    first, second = states[0], states[1]
    index = model.index(model.row_of(second.id), Column.ONSET)
    assert not model.setData(index, format_ms(first.onset_ms + 1), EDGE_ALONE_ROLE)
    refused = w.statusBar().currentMessage()
    assert refused.count(OPEN) >= 2, f"core's refusal is not translated: {refused!r}"
    texts.check("status bar after a refused edit", refused)
    # the note prompt and the modifier bar, as coding a code with a note and modifiers shows them
    episode = next(iter(session.iter_episodes()))
    code = next(c for la in session.scheme.layers for c in la.codes if c.modifiers)
    w.note_prompt.ask(episode)
    w.modifier_bar.show_for(episode, code)
    read_widgets(texts, w)
    w.note_prompt.close_prompt()
    w.modifier_bar.dismiss()
    # F1
    w.show_key_help()
    from attachcoder.gui.dialogs.help_dialog import HelpDialog

    sheet = w.findChild(HelpDialog)
    assert sheet is not None
    read_widgets(texts, sheet)
    for i, line in enumerate(sheet.text().splitlines()):
        texts.check(f"F1 sheet, line {i}", line)
    sheet.close()
    # the main dialogs
    for dialog in (
        NewSessionDialog(w),
        ExportSessionDialog(session, sample_session_file, w),
        BatchExportDialog(w),
        SchemeEditorDialog(session.scheme, session, w),
        MetadataDialog(session.metadata, w),
        RatingsDialog(session.scheme, session.ratings, w),
        NewStudyDialog(sample_session_file.parent, w),
    ):
        read_dialog(qtbot, texts, dialog)
        dialog.deleteLater()
    read_modal(qtbot, texts, w.choose_language)
    # the study dashboard, and its Agreement…
    monkeypatch.setattr(study_files, "choose_study", lambda parent, start: study_folder)
    board = w.study.choose_and_open_study()
    assert board is not None
    qtbot.waitExposed(board)
    read_widgets(texts, board)
    board.agreement_button.click()
    assert board.agreement_dialog is not None
    qtbot.waitExposed(board.agreement_dialog)
    read_widgets(texts, board.agreement_dialog)
    board.agreement_dialog.close()
    board.close()
    # Compare with… the second coder's session of the same video
    other = sample_session_file.parent / "D001_C2.acs"
    shutil.copy2(SAMPLE_DIR / "D001_C2.acs", other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    w.compare.choose_and_compare()
    qtbot.waitUntil(lambda: w.compare.up_to_date and w.compare.report is not None, timeout=20_000)
    read_widgets(texts, w)
    w.compare.stop()
    # a live session: the clock instead of the video
    live = sample_session_file.parent / "live.acs"
    save(Session(session.scheme, metadata=session.metadata), live, backup=False)
    assert file_flow.open_session(w, live)
    qtbot.waitUntil(lambda: w.live.panel.isVisible())
    read_widgets(texts, w)

    assert texts.read > 150, f"only {texts.read} texts were read: is the walk still walking?"
    assert not texts.untranslated, (
        f"{len(texts.untranslated)} visible texts are not marked for translation "
        "(self.tr / QCoreApplication.translate / QT_TRANSLATE_NOOP), or are data missing "
        "from the allow-list:\n" + "\n".join(sorted(set(texts.untranslated)))
    )


# ---------------------------------------------------------------------------- what ships


def _shipped() -> list[Path]:
    return sorted(SHIPPED.glob("attachcoder_*.ts"))


def test_every_shipped_qm_is_compiled_from_its_ts_as_it_is_now(tmp_path: Path) -> None:
    """A .ts edited without ``scripts/translations --qm`` would ship stale translations."""
    assert _shipped(), f"no .ts under {SHIPPED}"
    lrelease = tool("pyside6-lrelease")
    stale = []
    for ts in _shipped():
        fresh = tmp_path / ts.with_suffix(".qm").name
        run(lrelease, "-silent", str(ts), "-qm", str(fresh))
        qm = ts.with_suffix(".qm")
        if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
            stale.append(qm.name)
    assert not stale, f"run scripts/translations --qm: {', '.join(stale)} differ from their .ts"


def test_each_language_ships_with_every_language_of_the_table() -> None:
    assert {ts.stem.removeprefix("attachcoder_") for ts in _shipped()} == (
        set(translations.LANGUAGES) - {translations.SOURCE_LANGUAGE}
    )


@pytest.mark.parametrize(
    "lang", sorted(set(translations.LANGUAGES) - {translations.SOURCE_LANGUAGE})
)
def test_no_translation_is_left_unfinished(lang: str) -> None:
    """Every marked string is translated (a string added later shows as unfinished until its
    translator has done it: run scripts/translations, then translate it)."""
    ts = SHIPPED / f"attachcoder_{lang}.ts"
    root = ET.parse(ts).getroot()
    left = [
        f"{c.findtext('name')}: {m.findtext('source')}"
        for c in root.iter("context")
        for m in c.iter("message")
        if (t := m.find("translation")) is not None and t.get("type") == "unfinished"
    ]
    assert not left, f"{ts.name}: {len(left)} unfinished, e.g.\n" + "\n".join(left[:10])
