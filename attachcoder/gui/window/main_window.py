"""The coding window: video and transport on the left, coding pad and episode table on the right.

The window is a frame of parts and holds no logic of its own. It does not build its parts:
:func:`attachcoder.gui.window.compose.build_window` makes them (the player, the pad, the table,
the timeline, each controller), hands each only what it uses, and gives them to the window
(the constructor takes the frame's widgets, :meth:`MainWindow.attach` the controllers). Keys
are routed by :class:`KeyRouter`, keystrokes become episodes in :class:`CodingController`
(which asks ``Session.plan_code``), files are opened and saved by ``file_flow``.

What the parts read from the window is small and typed: ``document`` and ``documentChanged``
(:class:`~attachcoder.gui.editing.window_slices.DocumentSource`), ``show_message``
(:class:`~attachcoder.gui.editing.window_slices.ShowMessage`), and ``set_time_source``.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QUndoGroup

from attachcoder.core.changes import Change, FieldChange
from attachcoder.core.scheme import Scheme
from attachcoder.gui.actions.keymap import LONG_SKIP_MS, SKIP_MS, Action
from attachcoder.gui.coding.coding_controller import CodingController
from attachcoder.gui.coding.coding_pad import CodingPad
from attachcoder.gui.coding.key_router import KeyRouter
from attachcoder.gui.coding.modifier_bar import ModifierBar
from attachcoder.gui.coding.note_prompt import NotePrompt
from attachcoder.gui.dialogs.help_dialog import HelpDialog, show_help
from attachcoder.gui.editing.document import Document
from attachcoder.gui.episodes.episode_model import EpisodeTableModel
from attachcoder.gui.episodes.episode_table import EpisodeTable
from attachcoder.gui.player.player import Player
from attachcoder.gui.player.time_source import TimeSource
from attachcoder.gui.player.transport_bar import TransportBar
from attachcoder.gui.player.video_widget import VideoWidget
from attachcoder.gui.timeline.qt_timeline import QtTimeline
from attachcoder.gui.window import file_flow, window_layout
from attachcoder.gui.window.main_menus import build_main_menus, keep_playing
from attachcoder.gui.window.memory import give_memory_back_soon
from attachcoder.gui.window.positions import remember_position
from attachcoder.gui.window.settings import Settings, save_settings
from attachcoder.gui.window.settings_autosave import SettingsAutosave
from attachcoder.gui.window.window_face import WindowFace
from attachcoder.gui.window.window_parts import WindowParts

if TYPE_CHECKING:
    from attachcoder.gui.coding.live_coding import LiveCoding
    from attachcoder.gui.compare.compare_flow import CompareController
    from attachcoder.gui.player.camera_sync import CameraSync
    from attachcoder.gui.window.interchange_actions import InterchangeActions
    from attachcoder.gui.window.start_page import StartPage
    from attachcoder.gui.window.study_link import StudyLink
    from attachcoder.gui.window.window_menus import SessionActions

log = logging.getLogger(__name__)

APP_NAME = "attachcoder"


class MainWindow(WindowFace):
    """The coding window (its modules see it as a :class:`WindowFace`)."""

    def __init__(
        self,
        *,
        settings: Settings,
        undo_group: QUndoGroup,
        player: Player,
        video: VideoWidget,
        transport: TransportBar,
        modifier_bar: ModifierBar,
        note_prompt: NotePrompt,
        pad: CodingPad,
        table: EpisodeTable,
        timeline: QtTimeline,
    ) -> None:
        """The frame around the parts it is given (built by ``compose.build_window``)."""
        super().__init__()
        self.settings = settings
        self.settings_autosave = SettingsAutosave(settings, self)
        self.document: Document | None = None
        self.model: EpisodeTableModel | None = None
        self.undo_group = undo_group
        undo_group.setParent(self)
        self.player = player
        player.setParent(self)
        self.time_source: TimeSource = player
        self.video = video
        self.transport = transport
        self.modifier_bar = modifier_bar
        self.note_prompt = note_prompt
        self.pad = pad
        self.table = table
        self.timeline = timeline
        self._parts: WindowParts | None = None
        self.video_splitter, self.main_splitter = window_layout.build_frame(
            self, left=(video, transport, modifier_bar, note_prompt), timeline=timeline,
            right=(pad, table),
        )  # fmt: skip
        self.statusBar().addPermanentWidget(table.unset_count)
        self._refusal_shown = False
        self._build_menus()
        self.table.activatedEpisode.connect(self.seek_to_episode)
        self.player.frameShown.connect(self._on_frame_shown)
        self.player.playingChanged.connect(self._on_playing)
        self.player.errorOccurred.connect(lambda m: self.show_message(f"Video: {m}", error=True))
        self.player.loadFailed.connect(
            lambda why: self.show_message(f"The video cannot be played: {why}.", error=True)
        )
        self._update_title()
        self.resize(1280, 760)

    def attach(self, parts: WindowParts) -> None:
        """Take the controllers built around this frame (once, by the composition root)."""
        assert self._parts is None, "the window's parts are attached once"
        self._parts = parts
        parts.key_router.install()
        parts.key_router.actionTriggered.connect(self.trigger)
        parts.key_router.codeKey.connect(parts.coding.code)
        self.pad.codeClicked.connect(parts.coding.code)

    def reload_second_camera(self) -> None:
        self.camera2.reload()

    def refresh_start_page(self) -> None:
        self.start_page.refresh()

    @property
    def parts(self) -> WindowParts:
        assert self._parts is not None, "compose.build_window attaches the parts"
        return self._parts

    @property
    def key_router(self) -> KeyRouter:
        return self.parts.key_router

    @property
    def coding(self) -> CodingController:
        return self.parts.coding

    @property
    def camera2(self) -> CameraSync:
        return self.parts.camera2

    @property
    def live(self) -> LiveCoding:
        return self.parts.live

    @property
    def session_actions(self) -> SessionActions:
        return self.parts.session_actions

    @property
    def start_page(self) -> StartPage:
        return self.parts.start_page

    @property
    def interchange(self) -> InterchangeActions:
        return self.parts.interchange

    @property
    def compare(self) -> CompareController:
        return self.parts.compare

    @property
    def study(self) -> StudyLink:
        return self.parts.study

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        """The menu bar and the window's own entries (main_menus.py); the composition root
        lays them out with the other parts' entries."""
        m = build_main_menus(self, undo_group=self.undo_group, trigger=self.trigger)
        self.menus, self.menu_entries, self.recent_menu = m.menus, m.entries, m.recent_menu
        self.file_menu, self.edit_menu = m.menus["file"], m.menus["edit"]
        self.session_menu, self.playback_menu = m.menus["session"], m.menus["playback"]
        self.help_menu = m.menus["help"]
        self.save_action, self.save_as_action = m.action(Action.SAVE), m.action(Action.SAVE_AS)
        self.locate_action = m.action(Action.LOCATE_VIDEO)
        self.keep_playing_action = m.action(Action.KEEP_PLAYING)
        self.undo_action, self.redo_action = m.action(Action.UNDO), m.action(Action.REDO)

    # the slots the action table names for the window's own entries

    def open_dialog(self) -> bool:
        return file_flow.open_dialog(self)

    def save(self) -> bool:
        return file_flow.save(self)

    def save_as(self) -> bool:
        return file_flow.save_as(self)

    def locate_video(self) -> bool:
        return file_flow.locate_video(self)

    def set_note_keeps_playing(self, checked: bool) -> None:
        keep_playing(self, checked)

    # ------------------------------------------------------------------ documents

    def set_document(self, doc: Document | None, *, discard_old: bool = True) -> None:
        """Show ``doc`` (closing the current one; its changes are dropped when discarding)."""
        old = self.document
        if old is not None:
            self._remember_position(old)
            old.modifiedChanged.disconnect(self._update_title)
            old.pathChanged.disconnect(self._update_title)
            self.undo_group.removeStack(old.undo_stack)
            old.close(discard=discard_old)
            old.deleteLater()
        self.coding.reset()
        self.document = doc
        old_model, self.model = self.model, None
        if doc is None:
            self.player.close()
            self.table.set_model(None)
            self.pad.set_scheme(None)
            self.key_router.set_scheme(None)
            self.transport.clear()
        else:
            self.model = EpisodeTableModel(
                doc.session, doc.signals, doc.edit_episode, self, edits=doc
            )
            self.model.editRefused.connect(lambda m: self.show_message(m, error=True))
            self.table.set_model(self.model)
            self.pad.set_scheme(doc.session.scheme)
            self.key_router.set_scheme(doc.session.scheme)
            self.undo_group.addStack(doc.undo_stack)
            self.undo_group.setActiveStack(doc.undo_stack)
            doc.modifiedChanged.connect(self._update_title)
            doc.pathChanged.connect(self._update_title)
            doc.undo_stack.indexChanged.connect(self._clear_refusal)
            doc.signals.committed.connect(self._on_committed)
            doc.signals.changed.connect(self._on_changed)
            doc.journalFailed.connect(self._on_journal_failed)
        if old_model is not None:
            old_model.deleteLater()
        if old is not None:
            give_memory_back_soon(self)  # the closed session's heap, to the system (memory.py)
        self._update_title()
        self.documentChanged.emit(doc)

    def _remember_position(self, doc: Document) -> None:
        """Keep where the coder is in ``doc``'s video, to reopen it there (positions.py)."""
        t = self.player.current_ms
        if doc.path is not None and t is not None and self.keeps_time_by_player():
            remember_position(doc.path, t)

    def close_document(self, *, discard: bool) -> None:
        self.set_document(None, discard_old=discard)

    def update_title(self) -> None:
        """Write the title again (a part's share of it changed: the study's status)."""
        self._update_title()

    def _update_title(self, *_: object) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        extra = (
            self.tr(" (recovered)")
            if doc.recovered
            else (self.tr(" (not saved yet)") if doc.is_new else "")
        )
        if self._parts is not None:  # the study and the coding's status, when in a study
            extra += self._parts.study.title_suffix()
        self.setWindowTitle(f"{doc.display_name()}[*]{extra} — {APP_NAME}")
        self.setWindowModified(doc.is_modified)

    # ------------------------------------------------------------------ time and frames

    def current_ms(self) -> int | None:
        """The time a keystroke codes now: that of the frame on screen (None: no frame)."""
        return self.time_source.current_ms

    def set_time_source(self, source: TimeSource | None) -> None:
        """Code against another clock (e.g. a live clock for sessions without video).

        None goes back to the player.
        """
        old = self.time_source
        if old is not self.player:
            old.frameShown.disconnect(self._on_frame_shown)
        self.time_source = source if source is not None else self.player
        if self.time_source is not self.player:
            self.time_source.frameShown.connect(self._on_frame_shown)

    def keeps_time_by_player(self) -> bool:
        """True unless a live clock keeps the session's time."""
        return self.time_source is self.player

    def seek_to_episode(self, episode_id: str) -> None:
        """Show the onset frame of an episode."""
        if self.document is None or episode_id not in self.document.session:
            return
        ep = self.document.session.episode(episode_id)
        if self.player.has_video:
            self.player.seek(ep.onset_ms)

    def _on_frame_shown(self, ms: int, frame: int) -> None:
        """Per frame: O(layers · log n) — the active state of each layer, nothing rescanned;
        and how far the coding has been observed (one comparison, Document.note_shown)."""
        if self.document is not None:
            active = self.document.session.active_at(ms)
            self.pad.set_active({la: ep.code for la, ep in active.items()})
            source = self.time_source
            shown = self.player.shown_to_ms(ms, frame) if source is self.player else ms
            self.document.note_shown(shown)

    def _on_playing(self, playing: bool) -> None:
        if not playing and self.document is not None:
            self.document.flush_observed()  # paused: how far it was watched is written now

    def _on_committed(self, change: Change) -> None:
        self.coding.on_committed(change)
        t = self.time_source.current_ms
        if t is not None:
            self._on_frame_shown(t, self.time_source.current_frame)

    def _on_changed(self, change: Change) -> None:
        if isinstance(change, FieldChange) and change.field == "scheme":
            self.refresh_scheme(change.new)

    def refresh_scheme(self, scheme: Scheme) -> None:
        """The open session's scheme changed: everything that read it reads it again."""
        self.coding.reset()  # an offered modifier or note may belong to a code that changed
        self.pad.set_scheme(scheme)
        self.key_router.set_scheme(scheme)
        self.table.refresh_scheme()
        helper = self.findChild(HelpDialog, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if helper is not None:
            helper.set_scheme(scheme)

    # ------------------------------------------------------------------ actions

    def trigger(self, action: Action) -> None:
        """Run a player action (from its key, or its Playback menu entry)."""
        p = self.time_source  # the player, or a live session's clock
        steps = {
            Action.FRAME_FORWARD: lambda: p.step(1),
            Action.FRAME_BACK: lambda: p.step(-1),
            Action.SKIP_FORWARD: lambda: p.skip(SKIP_MS),
            Action.SKIP_BACK: lambda: p.skip(-SKIP_MS),
            Action.SKIP_FORWARD_LONG: lambda: p.skip(LONG_SKIP_MS),
            Action.SKIP_BACK_LONG: lambda: p.skip(-LONG_SKIP_MS),
            Action.PLAY_PAUSE: p.toggle,
            Action.FASTER: p.faster,
            Action.SLOWER: p.slower,
            Action.NORMAL_SPEED: p.normal_speed,
            Action.DELETE: self.delete_selected,
            Action.ESCAPE: self.coding.escape,
        }
        fn = steps.get(action)
        if fn is not None:
            fn()

    def delete_selected(self) -> None:
        if self.document is None:
            return
        ids = self.table.selected_episode_ids()
        if not ids:
            self.show_message(self.tr("Select an episode in the table to delete it."))
            return
        self.document.delete_episodes(ids)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A message in the status bar (refusals stay longer, and are logged, until the next
        edit that succeeds)."""
        if error:
            log.info("refused: %s", text)
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar { color: #a40000; }" if error else "")
        bar.showMessage(("⚠ " if error else "") + text, 12000 if error else 5000)
        self._refusal_shown = error

    def _clear_refusal(self, *_: object) -> None:
        """An edit went through (or was undone, or redone): the last refusal no longer holds."""
        if self._refusal_shown:
            self._refusal_shown = False
            self.statusBar().clearMessage()
            self.statusBar().setStyleSheet("")

    def _on_journal_failed(self, reason: str) -> None:
        self.show_message(
            self.tr(
                "Unsaved changes are not protected against a crash ({0}). Save now (Ctrl+S)."
            ).format(reason),
            error=True,
        )

    def choose_language(self) -> None:
        """File → Language…: the choice is kept in the settings and used from the next start."""
        from attachcoder.gui.window import language

        code = language.choose_language(self, self.settings)
        if code is not None:
            self.show_message(language.restart_note(code))

    def show_key_help(self) -> None:
        """F1: the cheat sheet for the open session's scheme (or the default one)."""
        if self.document is not None:
            scheme = self.document.session.scheme
        else:
            from attachcoder.io.installed.translations import current_language
            from attachcoder.io.session.file import default_scheme

            scheme = default_scheme(current_language())
        show_help(self, scheme)

    # ------------------------------------------------------------------ closing

    def restore_state(self) -> None:
        """Place, size, docks and splitters as the window was last left (window_layout.py)."""
        window_layout.restore_layout(self)

    def _save_state(self) -> None:
        window_layout.save_layout(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not file_flow.confirm_close(self):
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Release the video, the journal and the key filter (also used by tests)."""
        self._save_state()
        self.set_document(None, discard_old=True)
        self.player.close()
        self.key_router.uninstall()
        save_settings(self.settings)
