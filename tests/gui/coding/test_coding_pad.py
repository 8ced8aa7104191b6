"""The coding pad wraps its buttons and scrolls: a scheme with many codes never widens the
window or squeezes the video, and every button stays reachable."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from attachcoder.core.scheme import Code, Layer, Scheme
from attachcoder.gui.coding.coding_pad import CodingPad
from attachcoder.io.session.file import default_scheme


def _big_scheme(n: int) -> Scheme:
    codes = tuple(
        Code(f"code number {i:03d}", color="#%06x" % (i * 0x2A1B3 % 0xFFFFFF)) for i in range(n)
    )
    marks = Layer("Marks", "point", (Code("bid", key="b", color="#ffee00"),))
    return Scheme("big", (Layer("Many codes", "state", codes), marks))


def test_a_100_code_layer_keeps_the_pad_narrow_and_every_button_reachable(qtbot) -> None:
    pad = CodingPad()
    qtbot.addWidget(pad)
    pad.set_scheme(_big_scheme(100))
    assert pad.minimumSizeHint().width() < 600
    assert pad.sizeHint().width() <= 640
    pad.resize(480, 400)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.height() <= 10 * pad.fontMetrics().height()  # scrolls instead of growing
    assert pad.verticalScrollBar().maximum() > 0
    clicked: list[tuple[str, str]] = []
    pad.codeClicked.connect(lambda layer, code: clicked.append((layer, code)))
    viewport = pad.viewport()
    for i in (0, 57, 99):
        button = pad.button("Many codes", f"code number {i:03d}")
        assert button is not None
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
        assert button.geometry().right() < viewport.width()  # wrapped, never cut off
        pad.ensureWidgetVisible(button)
        centre = button.mapTo(viewport, button.rect().center())
        assert viewport.rect().contains(centre)
        assert QApplication.widgetAt(viewport.mapToGlobal(centre)) in (button, None)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert clicked == [("Many codes", f"code number {i:03d}") for i in (0, 57, 99)]
    bid = pad.button("Marks", "bid")
    assert bid is not None and bid.text().startswith("B")


def test_the_default_scheme_fits_without_scrolling_and_marks_the_running_state(qtbot) -> None:
    pad = CodingPad()
    qtbot.addWidget(pad)
    pad.set_scheme(default_scheme())
    pad.resize(520, 300)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.verticalScrollBar().maximum() == 0
    attuned, repair = pad.button("Interaction", "attuned"), pad.button("Interaction", "repair")
    assert attuned is not None and repair is not None
    assert attuned.geometry().top() == repair.geometry().top()  # one line, as before
    pad.set_active({"Interaction": "repair"})
    assert repair.property("active") and repair.text().startswith("●")
    assert "font-weight: bold" in repair.styleSheet()
    pad.set_active({})
    assert not repair.property("active") and not repair.text().startswith("●")


def test_a_long_code_name_is_elided_on_its_button_and_whole_in_its_tooltip(qtbot) -> None:
    long = "an extraordinarily long code name that an ELAN tier might well carry " * 3
    pad = CodingPad()
    qtbot.addWidget(pad)
    pad.set_scheme(Scheme("x", (Layer("L", "point", (Code(long.strip()),)),)))
    button = pad.button("L", long.strip())
    assert button is not None
    assert button.text().endswith("…") and long.strip() in button.toolTip()
    assert pad.minimumSizeHint().width() < 600


def test_a_datavyu_import_leaves_the_video_its_room(make_window, shared_fixtures) -> None:
    w = make_window()
    w.resize(1280, 760)
    opf = shared_fixtures / "datavyu" / "DatavyuSampleSpreadsheet.opf"
    assert w.interchange.import_path(opf)
    QApplication.processEvents()
    scheme = w.document.session.scheme
    assert max(len(la.codes) for la in scheme.layers) >= 19
    assert w.video.width() > 600  # was 280 px with one unwrapped row of 19 buttons
    assert w.main_splitter.widget(1).minimumSizeHint().width() < 600
    for layer in scheme.layers:
        for code in layer.codes:
            button = w.pad.button(layer.name, code.name)
            assert button is not None
            assert button.mapTo(w.pad.widget(), QPoint(button.width(), 0)).x() <= (
                w.pad.viewport().width()
            )


def test_the_table_filters_stay_narrow_with_long_imported_code_names(qtbot, make_window, tmp_path):
    from attachcoder.core import Code, Layer, Scheme, Session
    from attachcoder.gui.window.interchange_actions import ImportedDocument

    long_names = [
        f"mother speaks to the infant in a sing-song voice, variant {i}" for i in range(3)
    ]
    layer = Layer(
        "MomSpeech with a long imported tier name", "state", tuple(Code(n) for n in long_names)
    )
    session = Session(Scheme("imported", (layer,)))
    w = make_window()
    w.set_document(ImportedDocument(session, tmp_path / "x.opf", "Imported"))
    w.table.layer_filter.setCurrentIndex(w.table.layer_filter.count() - 1)
    assert w.table.code_filter.count() > 1
    for combo in (w.table.layer_filter, w.table.code_filter):
        assert combo.sizeHint().width() < 260
