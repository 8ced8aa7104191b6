"""The timeline under the video, linked to the rest of the window, and the preferences it keeps.

* the timeline follows the open document: its playhead follows the frame on screen, a click
  seeks the video, a double click jumps to the episode, and the selection is shared with the
  table both ways;
* the playback speed, the timeline's zoom and whether it follows the playhead are kept in the
  settings (a video starts at the speed last chosen).

Built by the composition root (``compose.py``) with only the parts it links.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from attachcoder.core.scheme import Scheme
from attachcoder.core.session import Session
from attachcoder.gui.actions.keymap import SPEEDS, Action
from attachcoder.gui.actions.menu_groups import owner_actions, qaction
from attachcoder.gui.editing.document import Document
from attachcoder.gui.editing.window_slices import DocumentSource, ShowMessage
from attachcoder.gui.episodes.episode_table import EpisodeTable
from attachcoder.gui.player.player import Player
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.window.settings import Settings


def empty_session() -> Session:
    """What the timeline shows while no session is open (it is hidden then)."""
    return Session(Scheme("", ()))


class TimelineLink(QObject):
    def __init__(
        self,
        parent: QObject,
        *,
        timeline: QtTimeline,
        player: Player,
        table: EpisodeTable,
        documents: DocumentSource,
        playing_from_player: Callable[[], bool],
        seek_to_episode: Callable[[str], None],
        settings: Settings,
        show_message: ShowMessage,
    ) -> None:
        """``playing_from_player()`` is False while a live clock, not the video, keeps time."""
        super().__init__(parent)
        self.timeline = tl = timeline
        self._player = player
        self._settings = settings
        self._playing_from_player = playing_from_player
        tl.set_follow_playhead(settings.timeline_follows_playhead)
        player.frameShown.connect(self._on_frame)
        tl.seekRequested.connect(self._on_seek_requested)
        tl.episodeActivated.connect(seek_to_episode)
        tl.episodeSelected.connect(table.select_episode)
        table.episodeSelected.connect(tl.select_episode)
        tl.editRefused.connect(lambda m: show_message(m, error=True))
        tl.zoomChanged.connect(self._on_zoom)
        player.rateChanged.connect(self._on_rate)
        player.sourceChanged.connect(self._on_source)
        player.frameTimesChanged.connect(tl.set_frame_times)

        self.entries = owner_actions(  # Playback → Timeline follows the playhead
            "timeline", parent, self,
            checked={Action.FOLLOW_PLAYHEAD: settings.timeline_follows_playhead},
        )  # fmt: skip
        self.follow_action = qaction(self.entries[Action.FOLLOW_PLAYHEAD])
        documents.documentChanged.connect(self._on_document)

    def _on_document(self, doc: Document | None) -> None:
        tl = self.timeline
        if doc is None:
            tl.set_document(empty_session(), None, None)
            tl.hide()
            return
        tl.set_document(doc.session, doc.signals, doc)
        tl.set_playhead(0)
        tl.show()
        tl.zoom_to(self._settings.timeline_ms_per_px, 0)
        tl.scroll_to(0)

    # ------------------------------------------------------------------ time

    def _on_frame(self, ms: int, _frame: int) -> None:
        if self._playing_from_player():
            self.timeline.set_playhead(ms)

    def _on_seek_requested(self, ms: int) -> None:
        """A click in the timeline moves the video (never a live clock: see live_coding)."""
        if self._player.has_video:
            self._player.seek(ms)

    # ------------------------------------------------------------------ preferences

    def _on_zoom(self, ms_per_px: float) -> None:
        self._settings.timeline_ms_per_px = float(ms_per_px)

    def set_follow_playhead(self, follow: bool) -> None:
        self._settings.timeline_follows_playhead = follow
        self.timeline.set_follow_playhead(follow)

    def _on_rate(self, rate: float) -> None:
        if self._player.has_video:
            self._settings.playback_rate = float(rate)

    def _on_source(self, source: object) -> None:
        """A video starts at the speed last chosen (one of the player's speeds)."""
        if source is None:
            return
        wanted = self._settings.playback_rate
        rate = min(SPEEDS, key=lambda s: abs(s - wanted))
        if abs(rate - self._player.rate) > 1e-6:
            self._player.set_rate(rate)
