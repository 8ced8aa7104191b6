"""The window's layout: its central area built once, and kept between runs (place and size,
docks, and every splitter).

Qt saves and restores these best itself (``saveGeometry``, ``saveState``, a splitter's
``saveState``), so they go to ``QSettings`` (``settings.window_state()``), the one thing not
kept in the typed settings file. Splitters are found by object name, so a panel added later
(the second camera, the timeline, a side panel) is remembered as soon as its splitter has one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QMainWindow, QSplitter, QVBoxLayout, QWidget

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


def build_frame(
    window: QMainWindow,
    *,
    left: tuple[QWidget, ...],
    timeline: QWidget,
    right: tuple[QWidget, ...],
) -> tuple[QSplitter, QSplitter]:
    """The window's central area: the video column (the video, then its bars) above the
    timeline on the left, the pad above the episode table on the right; returns the named
    splitters (the video/timeline one, then the left/right one)."""
    video_panel = QWidget(window)
    v = QVBoxLayout(video_panel)
    v.setContentsMargins(4, 4, 4, 4)
    v.addWidget(left[0], 1)
    for bar in left[1:]:
        v.addWidget(bar)
    # The bars below the transport (modifiers, note prompt) keep their room while hidden: the
    # video, the slider and the modifier buttons never jump under the pointer as a prompt
    # opens or closes.
    for bar in left[2:]:
        policy = bar.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        bar.setSizePolicy(policy)
    video_splitter = QSplitter(Qt.Orientation.Vertical, window)
    video_splitter.setObjectName("video_splitter")
    video_splitter.addWidget(video_panel)
    timeline.setObjectName("timeline")
    timeline.hide()
    video_splitter.addWidget(timeline)
    video_splitter.setStretchFactor(0, 4)
    video_splitter.setStretchFactor(1, 1)
    video_splitter.setChildrenCollapsible(False)
    right_panel = QWidget(window)
    r = QVBoxLayout(right_panel)
    r.setContentsMargins(4, 4, 4, 4)
    r.addWidget(right[0])
    for widget in right[1:]:
        r.addWidget(widget, 1)
    main_splitter = QSplitter(Qt.Orientation.Horizontal, window)
    main_splitter.setObjectName("main_splitter")
    main_splitter.addWidget(video_splitter)
    main_splitter.addWidget(right_panel)
    main_splitter.setStretchFactor(0, 3)
    main_splitter.setStretchFactor(1, 2)
    # until the coder moves it (then it is kept): 57 % for the video, 43 % for the pad and the
    # table — on a 1366-px screen the video is as tall as the window lets it be either way, and
    # the table's columns fit beside it
    main_splitter.setSizes([570, 430])
    window.setCentralWidget(main_splitter)
    return video_splitter, main_splitter
