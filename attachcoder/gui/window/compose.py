"""The composition root: the one place that builds the coding window and wires its parts.

:func:`build_window` makes the player, the pad, the table, the timeline and the undo group,
puts them in the :class:`MainWindow` frame, then makes each controller and hands it only what
it uses (keyword-only arguments; the window itself only as a small protocol slice such as
:class:`~attachcoder.gui.editing.window_slices.DocumentSource`). Nothing else constructs the
window or sets anything on it: the controllers reach it through :meth:`MainWindow.attach`.

The order matters where one part builds on another: camera 2's picture takes camera 1's place
before live coding hides "the picture"; the start page wraps the finished central area. No
part puts anything in a menu: each makes its entries from its rows of the action table, and
once all exist :func:`~attachcoder.gui.actions.menu_groups.fill_menus` lays out every menu
as the table declares it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QUndoGroup

from attachcoder.gui.actions.keymap import Action
from attachcoder.gui.actions.menu_groups import fill_menus, owner_actions
from attachcoder.gui.coding.coding_controller import CodingController
from attachcoder.gui.coding.coding_pad import CodingPad
from attachcoder.gui.coding.key_router import KeyRouter
from attachcoder.gui.coding.live_coding import LiveCoding
from attachcoder.gui.coding.modifier_bar import ModifierBar
from attachcoder.gui.coding.note_prompt import NotePrompt
from attachcoder.gui.compare.compare_flow import CompareController
from attachcoder.gui.episodes.episode_table import EpisodeTable
from attachcoder.gui.player.camera_sync import CameraSync
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.transport_bar import TransportBar
from attachcoder.gui.player.video_widget import VideoWidget
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.window import file_flow, unsaved_imports
from attachcoder.gui.window.interchange_actions import install_interchange
from attachcoder.gui.window.main_window import APP_NAME, MainWindow
from attachcoder.gui.window.settings import Settings, load_settings
from attachcoder.gui.window.sound_link import SoundLink
from attachcoder.gui.window.start_page import install_start_page
from attachcoder.gui.window.study_link import StudyLink
from attachcoder.gui.window.timeline_link import TimelineLink, empty_session
from attachcoder.gui.window.window_menus import SessionActions
from attachcoder.gui.window.window_parts import WindowParts


def build_window(settings: Settings | None = None, *, audio: bool | None = None) -> MainWindow:
    """The whole coding window, not yet shown, with no session open.

    ``settings`` defaults to the user's saved ones; ``audio=False`` keeps the player silent
    (tests, benchmarks).
    """
    settings = settings if settings is not None else load_settings()
    player = Player(None, audio=audio)
    window = MainWindow(
        settings=settings,
        undo_group=QUndoGroup(),
        player=player,
        video=VideoWidget(player),
        transport=TransportBar(player),
        modifier_bar=ModifierBar(),
        note_prompt=NotePrompt(),
        pad=CodingPad(),
        table=EpisodeTable(),
        timeline=QtTimeline(empty_session(), None, None),
    )
    key_router = KeyRouter(window)
    coding = CodingController(
        window,
        documents=window,
        time_now=window.current_ms,
        player=player,
        video=window.video,
        modifier_bar=window.modifier_bar,
        note_prompt=window.note_prompt,
        scroll_to_episode=window.table.scroll_to_episode,
        note_keeps_playing=lambda: settings.note_keeps_playing,
        show_message=window.show_message,
    )
    camera2 = CameraSync(
        window,
        primary=player,
        primary_video=window.video,
        documents=window,
        locate_video=lambda camera: file_flow.locate_video(window, camera=camera),
    )
    timeline_link = TimelineLink(
        window,
        timeline=window.timeline,
        player=player,
        table=window.table,
        documents=window,
        playing_from_player=window.keeps_time_by_player,
        seek_to_episode=window.seek_to_episode,
        settings=settings,
        show_message=window.show_message,
    )
    SoundLink(  # the sound row under the timeline, from camera 1's or camera 2's video
        window, row=window.timeline.sound_row, cameras=(player, camera2.player), settings=settings
    )
    live = LiveCoding(
        window,
        documents=window,
        transport=window.transport,
        video=window.video,
        picture=camera2.splitter,
        show_playhead=window.timeline.set_playhead,
        set_time_source=window.set_time_source,
        show_message=window.show_message,
    )
    session_actions = SessionActions(window)
    start_page = install_start_page(window, new_session=session_actions.new_session)
    interchange = install_interchange(window)
    compare = CompareController(
        window,
        documents=window,
        player=player,
        timeline=window.timeline,
        select_episode=window.table.select_episode,
        show_message=window.show_message,
    )
    study = StudyLink(
        window,
        documents=window,
        settings=settings,
        open_session=lambda path: _open_from_study(window, path),
        compare=compare.compare_with,
        save=lambda: file_flow.save(window),
        update_title=window.update_title,
        show_message=window.show_message,
        current_ms=window.current_ms,
    )
    live_entries = owner_actions(
        "live", window, live,
        given={Action.CLOCK_TOGGLE: live.toggle_action, Action.CLOCK_STOP: live.stop_action},
    )  # fmt: skip
    fill_menus(
        window.menus,
        {
            **window.menu_entries, **camera2.entries, **timeline_link.entries, **live_entries,
            **session_actions.entries, **interchange.entries, **compare.entries,
            **study.entries,
        },
    )  # fmt: skip
    window.attach(
        WindowParts(
            key_router=key_router,
            coding=coding,
            timeline_link=timeline_link,
            camera2=camera2,
            live=live,
            session_actions=session_actions,
            start_page=start_page,
            interchange=interchange,
            compare=compare,
            study=study,
        )
    )
    return window


def _open_from_study(window: MainWindow, path: Path) -> bool:
    """A coder's session, opened from the study dashboard, in the coding window (brought up)."""
    opened = file_flow.open_session(window, path)
    if opened:
        window.raise_()
        window.activateWindow()
    return opened


def show_window(session_path: Path | None) -> MainWindow:
    """The window, shown, with ``session_path`` (or the last session) open, or the start page."""
    settings = load_settings()
    window = build_window(settings)
    window.restore_state()
    window.show()
    if session_path is not None:
        file_flow.open_session(window, session_path)
    elif unsaved_imports.offer_recovery(window):
        pass  # an imported session that was never saved, recovered after a crash
    elif settings.last_session and Path(settings.last_session).is_file():
        file_flow.open_session(window, Path(settings.last_session))
    return window  # with no session open, the window shows its start page


__all__ = ["APP_NAME", "build_window", "show_window"]
