"""GUI test set-up: no audio, private settings, the sample session, and a window factory.

The window factory (after napari's ``make_napari_viewer``) builds coding windows, closes them
at teardown — dropping any unsaved coding without asking — and fails the test when a
top-level widget is left behind.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ["ATTACHCODER_NO_AUDIO"] = "1"  # a sound server would pace playback to its clock

import attachcoder.gui  # noqa: F401  (guards PySide6 6.12 on Python 3.11 first)
from attachcoder.io.session.file import load, save

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = ROOT / "sample_sessions"
SAMPLE_VIDEO = SAMPLE_DIR / "demo.mp4"
SAMPLE_SESSION = SAMPLE_DIR / "D001_C1.acs"
FPS = 25
FRAME_MS = 40


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Path:
    """Settings, window geometry and the sample's practice copy go to a fresh folder, never
    the user's."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("ATTACHCODER_CONFIG_DIR", str(folder))
    monkeypatch.setenv("ATTACHCODER_DATA_DIR", str(folder / "data"))
    return folder


@pytest.fixture(scope="session")
def sample_video() -> Path:
    assert SAMPLE_VIDEO.is_file(), f"the sample video is missing: {SAMPLE_VIDEO}"
    return SAMPLE_VIDEO


def _copy_session(dest: Path, *, keep_episodes: bool) -> Path:
    """The sample session copied to ``dest`` with the video beside it (a symlink, or a copy)."""
    assert SAMPLE_SESSION.is_file(), f"the sample session is missing: {SAMPLE_SESSION}"
    video = dest / SAMPLE_VIDEO.name
    try:
        video.symlink_to(SAMPLE_VIDEO)
    except OSError:
        shutil.copy2(SAMPLE_VIDEO, video)
    session = load(SAMPLE_SESSION)
    if not keep_episodes:
        session.delete(*[e.id for e in session.iter_episodes()])
    path = dest / SAMPLE_SESSION.name
    save(session, path, backup=False)
    return path


@pytest.fixture
def sample_session_file(tmp_path: Path) -> Path:
    """A copy of the fully coded sample session (D001_C1) in ``tmp_path``."""
    return _copy_session(tmp_path, keep_episodes=True)


@pytest.fixture
def empty_session_file(tmp_path: Path) -> Path:
    """The sample session's video and scheme with no episodes yet, in ``tmp_path``."""
    return _copy_session(tmp_path, keep_episodes=False)


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:
    """Build main windows through the composition root (``compose.build_window``), optionally
    opening a session and waiting for its first frame; ``started=True`` builds it as
    ``attachcoder [SESSION]`` starts (``show_window``: the layout restored, the last session
    or a crashed import reopened)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import isValid

    from attachcoder.gui.window import file_flow
    from attachcoder.gui.window.compose import build_window, show_window
    from attachcoder.gui.window.main_window import MainWindow

    before = set(QApplication.topLevelWidgets())
    windows: list[MainWindow] = []

    def factory(
        session: Path | None = None, *, wait_frame: bool = True, started: bool = False
    ) -> MainWindow:
        if started:
            w = show_window(session)
            windows.append(w)
        else:
            w = build_window(audio=False)
            windows.append(w)
            w.show()
        qtbot.waitExposed(w)
        if session is not None and not started:
            assert file_flow.open_session(w, session)
        if session is not None and wait_frame and w.player.has_video:
            qtbot.waitUntil(lambda: w.player.current_ms is not None, timeout=10_000)
        return w

    yield factory

    for w in windows:
        if not isValid(w):
            continue  # the test closed and deleted it itself (to see what a restart finds)
        if w.isVisible():
            w.close_document(discard=True)
            w.close()
        w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    leaked = [w for w in QApplication.topLevelWidgets() if w not in before]
    assert not leaked, f"top-level widgets left behind: {leaked}"
