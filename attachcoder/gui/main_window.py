"""The coding window: video and transport on the left, coding pad and episode table on the right.

The window wires parts together and holds no logic of its own: keys are routed by
:class:`KeyRouter`, keystrokes become episodes in :class:`CodingController` (which asks
``Session.plan_code``), files are opened and saved by ``file_flow``. What other parts plug
into (part 2's timeline, dialogs and live clock):

* ``document`` — the open :class:`Document` (session, path, undo stack) or None, announced by
  ``documentChanged``;
* ``player`` — the :class:`Player`; ``current_ms()`` is the time a keystroke codes;
* ``table`` — the episode table (``table.selected_episode_ids()``, ``table.select_episode``);
* ``seek_to_episode(id)``;
* ``video_splitter`` — a vertical splitter whose first pane is the video, the timeline below;
* ``file_menu``, ``edit_menu``, ``playback_menu``, ``help_menu``.

Part 2 (the timeline, the second camera, live coding, the Session menu, the start page) is
plugged in by :func:`attachcoder.gui.window_wiring.install`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QVBoxLayout, QWidget

from attachcoder.core.changes import Change
from attachcoder.gui import file_flow, window_layout, window_wiring
from attachcoder.gui.coding_controller import CodingController
from attachcoder.gui.coding_pad import CodingPad
from attachcoder.gui.compare_flow import install_compare
from attachcoder.gui.document import Document
from attachcoder.gui.episode_model import EpisodeTableModel
from attachcoder.gui.episode_table import EpisodeTable
from attachcoder.gui.help_dialog import show_help
from attachcoder.gui.interchange_actions import install_interchange
from attachcoder.gui.key_router import KeyRouter
from attachcoder.gui.keymap import BY_ACTION, LONG_SKIP_MS, SKIP_MS, Action
from attachcoder.gui.modifier_bar import ModifierBar
from attachcoder.gui.note_prompt import NotePrompt
from attachcoder.gui.player import Player
from attachcoder.gui.settings import Settings, load_settings, save_settings
from attachcoder.gui.settings_autosave import SettingsAutosave
from attachcoder.gui.study.window_hooks import install_study
from attachcoder.gui.transport_bar import TransportBar
from attachcoder.gui.video_widget import VideoWidget

log = logging.getLogger(__name__)

APP_NAME = "attachcoder"
_PLAYBACK_ACTIONS = (
    Action.PLAY_PAUSE, Action.FRAME_FORWARD, Action.FRAME_BACK, Action.SKIP_FORWARD,
    Action.SKIP_BACK, Action.SKIP_FORWARD_LONG, Action.SKIP_BACK_LONG, Action.FASTER,
    Action.SLOWER, Action.NORMAL_SPEED,
)  # fmt: skip


class MainWindow(QMainWindow):
    documentChanged = Signal(object)  # Document | None

    def __init__(self, settings: Settings | None = None, *, audio: bool | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else load_settings()
        self.settings_autosave = SettingsAutosave(self.settings, self)
        self.document: Document | None = None
        self.model: EpisodeTableModel | None = None
        self.undo_group = QUndoGroup(self)
        self.player = Player(self, audio=audio)
        self.time_source: Any = self.player
        self.video = VideoWidget(self.player, self)
        self.transport = TransportBar(self.player, self)
        self.modifier_bar = ModifierBar(self)
        self.note_prompt = NotePrompt(self)
        self.pad = CodingPad(self)
        self.table = EpisodeTable(self)
        self._build_layout()
        self.key_router = KeyRouter(self)
        self.key_router.install()
        self.coding = CodingController(self)
        self._build_menus()
        self.key_router.actionTriggered.connect(self._on_action)
        self.key_router.codeKey.connect(self.coding.code)
        self.pad.codeClicked.connect(self.coding.code)
        self.table.activatedEpisode.connect(self.seek_to_episode)
        self.player.frameShown.connect(self._on_frame_shown)
        self.player.errorOccurred.connect(lambda m: self.show_message(f"Video: {m}", error=True))
        window_wiring.install(self)  # timeline, camera 2, live clock, Session menu, start page
        install_interchange(self)  # File → Import…, File → Export → ELAN / SDIS / CSV
        install_compare(self)  # File → Compare with…, the Agreement panel
        install_study(self)  # File → New / Open study…, Session → Mark coding complete
        self._update_title()
        self.resize(1280, 760)

    # ------------------------------------------------------------------ layout

    def _build_layout(self) -> None:
        video_panel = QWidget(self)
        v = QVBoxLayout(video_panel)
        v.setContentsMargins(4, 4, 4, 4)
        v.addWidget(self.video, 1)
        v.addWidget(self.transport)
        v.addWidget(self.modifier_bar)
        v.addWidget(self.note_prompt)
        # The bars keep their room while hidden: the video, the slider and the modifier buttons
        # never jump under the pointer as a prompt opens or closes.
        for bar in (self.modifier_bar, self.note_prompt):
            policy = bar.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            bar.setSizePolicy(policy)
        self.video_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.video_splitter.addWidget(video_panel)
        right = QWidget(self)
        r = QVBoxLayout(right)
        r.setContentsMargins(4, 4, 4, 4)
        r.addWidget(self.pad)
        r.addWidget(self.table, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.addWidget(self.video_splitter)
        self.main_splitter.addWidget(right)
        self.main_splitter.setStretchFactor(0, 3)
        self.main_splitter.setStretchFactor(1, 2)
        self.setCentralWidget(self.main_splitter)
        self.statusBar()

    def _action(
        self, menu: QMenu, text: str, slot: object, action: Action | None = None
    ) -> QAction:
        a = QAction(text, self)
        if action is not None:
            binding = BY_ACTION[action]
            if binding.scope == "menu":
                a.setShortcuts(binding.sequences())
            else:  # routed by KeyRouter; the menu only shows the key
                a.setText(f"{text}\t{binding.key_text()}")
        a.triggered.connect(slot)
        menu.addAction(a)
        return a

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("&File")
        self._action(self.file_menu, "&Open…", lambda: file_flow.open_dialog(self), Action.OPEN)
        self.recent_menu = self.file_menu.addMenu("Open &recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.file_menu.addSeparator()
        self.save_action = self._action(
            self.file_menu, "&Save", lambda: file_flow.save(self), Action.SAVE
        )
        self.save_as_action = self._action(
            self.file_menu, "Save &as…", lambda: file_flow.save_as(self), Action.SAVE_AS
        )
        self.locate_action = self._action(
            self.file_menu, "&Locate video…", lambda: file_flow.locate_video(self)
        )
        self.file_menu.addSeparator()
        quit_action = self._action(self.file_menu, "&Quit", self.close)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))

        self.edit_menu = bar.addMenu("&Edit")
        undo = self.undo_group.createUndoAction(self, "&Undo")
        undo.setShortcuts(BY_ACTION[Action.UNDO].sequences())
        redo = self.undo_group.createRedoAction(self, "&Redo")
        redo.setShortcuts(BY_ACTION[Action.REDO].sequences())
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        self.edit_menu.addSeparator()
        self._action(self.edit_menu, "&Delete episode", self.delete_selected, Action.DELETE)

        self.playback_menu = bar.addMenu("&Playback")
        for act in _PLAYBACK_ACTIONS:
            binding = BY_ACTION[act]
            self._action(
                self.playback_menu, binding.label, lambda _=False, x=act: self._on_action(x), act
            )
        self.playback_menu.addSeparator()
        keep = QAction("Keep playing while typing a note", self)
        keep.setCheckable(True)
        keep.setChecked(self.settings.note_keeps_playing)
        keep.toggled.connect(self._on_keep_playing_toggled)
        self.playback_menu.addAction(keep)
        self.keep_playing_action = keep
        self.help_menu = bar.addMenu("&Help")
        self._action(self.help_menu, "&Keyboard…", self.show_key_help, Action.HELP)

    def _on_recent_triggered(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            file_flow.open_session(self, str(action.data()))

    def _on_keep_playing_toggled(self, checked: bool) -> None:
        self.settings.note_keeps_playing = checked
        save_settings(self.settings)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.existing_recent_files()
        if not files:
            self.recent_menu.addAction("(none)").setEnabled(False)
        for p in files:
            action = self.recent_menu.addAction(p.name)
            action.setToolTip(str(p))
            action.setData(str(p))
            action.triggered.connect(self._on_recent_triggered)

    # ------------------------------------------------------------------ documents

    def set_document(self, doc: Document | None, *, discard_old: bool = True) -> None:
        """Show ``doc`` (closing the current one; its changes are dropped when discarding)."""
        old = self.document
        if old is not None:
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
            self.model = EpisodeTableModel(doc.session, doc.signals, doc.edit_episode, self)
            self.model.editRefused.connect(lambda m: self.show_message(m, error=True))
            self.table.set_model(self.model)
            self.pad.set_scheme(doc.session.scheme)
            self.key_router.set_scheme(doc.session.scheme)
            self.undo_group.addStack(doc.undo_stack)
            self.undo_group.setActiveStack(doc.undo_stack)
            doc.modifiedChanged.connect(self._update_title)
            doc.pathChanged.connect(self._update_title)
            doc.signals.committed.connect(self._on_committed)
            doc.journalFailed.connect(self._on_journal_failed)
        if old_model is not None:
            old_model.deleteLater()
        self._update_title()
        self.documentChanged.emit(doc)

    def close_document(self, *, discard: bool) -> None:
        self.set_document(None, discard_old=discard)

    def _update_title(self, *_: object) -> None:
        doc = self.document
        if doc is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        extra = " (recovered)" if doc.recovered else (" (not saved yet)" if doc.is_new else "")
        study = getattr(self, "study", None)  # the study and the coding's status, if any
        extra += study.title_suffix() if study is not None else ""
        self.setWindowTitle(f"{doc.display_name()}[*]{extra} — {APP_NAME}")
        self.setWindowModified(doc.is_modified)

    # ------------------------------------------------------------------ time and frames

    def current_ms(self) -> int | None:
        """The time a keystroke codes now: that of the frame on screen (None: no frame)."""
        return self.time_source.current_ms

    def set_time_source(self, source: QObject | None) -> None:
        """Code against another clock (e.g. a live clock for sessions without video).

        ``source`` needs a ``current_ms`` property (int or None) and a ``frameShown(int, int)``
        signal, like :class:`Player`; None goes back to the player.
        """
        old = self.time_source
        if old is not self.player:
            old.frameShown.disconnect(self._on_frame_shown)  # type: ignore[attr-defined]
        self.time_source = source if source is not None else self.player
        if self.time_source is not self.player:
            self.time_source.frameShown.connect(self._on_frame_shown)  # type: ignore[attr-defined]

    def seek_to_episode(self, episode_id: str) -> None:
        """Show the onset frame of an episode."""
        if self.document is None or episode_id not in self.document.session:
            return
        ep = self.document.session.episode(episode_id)
        if self.player.has_video:
            self.player.seek(ep.onset_ms)

    def _on_frame_shown(self, ms: int, frame: int) -> None:
        """Per frame: O(layers · log n) — the active state of each layer, nothing rescanned."""
        if self.document is not None:
            active = self.document.session.active_at(ms)
            self.pad.set_active({la: ep.code for la, ep in active.items()})

    def _on_committed(self, change: Change) -> None:
        self.coding.on_committed(change)
        t = self.time_source.current_ms
        if t is not None:
            self._on_frame_shown(t, self.time_source.current_frame)

    # ------------------------------------------------------------------ actions

    def _on_action(self, action: Action) -> None:
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
            self.show_message("Select an episode in the table to delete it.")
            return
        self.document.delete_episodes(ids)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A message in the status bar (refusals stay longer, and are logged)."""
        if error:
            log.info("refused: %s", text)
        bar = self.statusBar()
        bar.setStyleSheet("QStatusBar { color: #a40000; }" if error else "")
        bar.showMessage(("⚠ " if error else "") + text, 12000 if error else 5000)

    def _on_journal_failed(self, reason: str) -> None:
        self.show_message(
            f"Unsaved changes are not protected against a crash ({reason}). Save now (Ctrl+S).",
            error=True,
        )

    def show_key_help(self) -> None:
        """F1: the cheat sheet for the open session's scheme (or the default one)."""
        if self.document is not None:
            scheme = self.document.session.scheme
        else:
            from attachcoder.io.session_file import default_scheme

            scheme = default_scheme()
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
