"""The controllers the composition root builds around the window's frame, handed over at once
(:meth:`MainWindow.attach <attachcoder.gui.window.main_window.MainWindow.attach>`)."""

from __future__ import annotations

from dataclasses import dataclass

from attachcoder.gui.coding.coding_controller import CodingController
from attachcoder.gui.coding.key_router import KeyRouter
from attachcoder.gui.coding.live_coding import LiveCoding
from attachcoder.gui.compare.compare_flow import CompareController
from attachcoder.gui.player.camera_sync import CameraSync
from attachcoder.gui.window.interchange_actions import InterchangeActions
from attachcoder.gui.window.start_page import StartPage
from attachcoder.gui.window.study_link import StudyLink
from attachcoder.gui.window.timeline_link import TimelineLink
from attachcoder.gui.window.window_menus import SessionActions


@dataclass(frozen=True)
class WindowParts:
    key_router: KeyRouter
    coding: CodingController
    timeline_link: TimelineLink
    camera2: CameraSync
    live: LiveCoding
    session_actions: SessionActions
    start_page: StartPage
    interchange: InterchangeActions
    compare: CompareController
    study: StudyLink
