"""What the compare tests share: the menu entry, waiting for the figures, reading them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.gui.compare.compare_panel import kappa_text

SAMPLE_DIR = Path(__file__).resolve().parents[3] / "sample_sessions"


def menu_action(menu: QMenu, text: str) -> QAction:
    for a in menu.actions():
        if a.text().replace("&", "").split("\t")[0] == text:
            return a
    raise AssertionError(f"no {text!r} in the menu: {[a.text() for a in menu.actions()]}")


def settled(qtbot: QtBot, w) -> None:  # type: ignore[no-untyped-def]
    """Wait until the panel shows the figures of the session and settings as they are (they
    are computed off the GUI thread)."""
    qtbot.waitUntil(lambda: w.compare.up_to_date, timeout=10_000)
    assert w.compare.panel.updating.isHidden()


def shown_kappas(w) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    out = {}
    for la in w.compare.report.layers:
        item = w.compare.panel.layer_item(la.layer)
        assert item is not None, f"no row for {la.layer}"
        out[la.layer] = (item.text(1), item.text(2))
    return out


def expected_kappas(a, b, **settings) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    report = compare_sessions(a, b, **settings)
    return {
        la.layer: (
            f"κ {kappa_text(la.time_units.stats.kappa)} {la.time_units.stats.band}",
            f"κ {kappa_text(la.events.stats.kappa)} {la.events.band}".rstrip(),
        )
        for la in report.layers
    }
