"""The window's layout kept between runs: its place and size, docks, and every splitter.

Qt saves and restores these best itself (``saveGeometry``, ``saveState``, a splitter's
``saveState``), so they go to ``QSettings`` (``settings.window_state()``), the one thing not
kept in the typed settings file. Splitters are found by object name, so a panel added later
(the second camera, the timeline, a side panel) is remembered as soon as its splitter has one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow, QSplitter

from attachcoder.gui.window.settings import window_state

_GEOMETRY = "geometry"
_STATE = "window_state"
_SPLITTER = "splitter/"


def _splitters(window: QMainWindow) -> dict[str, QSplitter]:
    """The window's named splitters (each part names its own where it makes it)."""
    return {s.objectName(): s for s in window.findChildren(QSplitter) if s.objectName()}


def save_layout(window: QMainWindow) -> None:
    state = window_state()
    state.setValue(_GEOMETRY, window.saveGeometry())
    state.setValue(_STATE, window.saveState())
    for name, splitter in _splitters(window).items():
        state.setValue(_SPLITTER + name, splitter.saveState())
    state.sync()


def restore_layout(window: QMainWindow) -> bool:
    """Put the window back as it was left; False when nothing was saved yet."""
    state = window_state()
    geometry = state.value(_GEOMETRY)
    if not isinstance(geometry, QByteArray):
        return False
    window.restoreGeometry(geometry)
    docks = state.value(_STATE)
    if isinstance(docks, QByteArray):
        window.restoreState(docks)
    for name, splitter in _splitters(window).items():
        value = state.value(_SPLITTER + name)
        if isinstance(value, QByteArray):
            splitter.restoreState(value)
    return True
