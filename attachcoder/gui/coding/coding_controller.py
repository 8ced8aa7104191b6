"""From a code key to an episode: ask the session what the key means, push it as an undo step.

``Session.plan_code`` decides what a keystroke means (start, stop, switch, point); this class
only supplies the time — that of the frame on screen — and records the result. It also runs
the two follow-ups that must never cost a keystroke: the modifier bar (values offered under
the video, applied later as their own undo step; it closes when the next code is keyed, and a
value left unset is marked in the table and counted in the status bar) and the note prompt
(pauses the video unless the preference keeps it playing; Enter keeps the note, Escape leaves
none).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from attachcoder.core.changes import Change, EpisodeEdit
from attachcoder.core.episode import Episode
from attachcoder.core.session import SessionError
from attachcoder.core.timefmt import format_ms
from attachcoder.gui.coding.modifier_bar import ModifierBar
from attachcoder.gui.coding.note_prompt import NotePrompt
from attachcoder.gui.editing.window_slices import DocumentSource, ShowMessage
from attachcoder.gui.player.player import Player


def new_episodes(change: Change) -> list[Episode]:
    """Episodes a change adds (not those it only changes)."""
    if not isinstance(change, EpisodeEdit):
        return []
    gone = {e.id for e in change.removed}
    return [e for e in change.added if e.id not in gone]


class CodingController(QObject):
    def __init__(
        self,
        parent: QObject,
        *,
        documents: DocumentSource,
        time_now: Callable[[], int | None],
        player: Player,
        video: QWidget,
        modifier_bar: ModifierBar,
        note_prompt: NotePrompt,
        scroll_to_episode: Callable[[str], None],
        note_keeps_playing: Callable[[], bool],
        show_message: ShowMessage,
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._time_now = time_now
        self._player = player
        self._video = video
        self._modifier_bar = modifier_bar
        self._note_prompt = note_prompt
        self._scroll_to_episode = scroll_to_episode
        self._note_keeps_playing = note_keeps_playing
        self._show_message = show_message
        self._resume_after_note = False
        modifier_bar.valueChosen.connect(self._on_modifier_chosen)
        note_prompt.noteEntered.connect(self._on_note_entered)
        note_prompt.cancelled.connect(self._on_note_cancelled)

    def code(self, layer: str, code: str) -> Change | None:
        """Code ``code`` at the frame on screen; a refusal becomes a message, never a crash."""
        doc = self._documents.document
        if doc is None:
            return None
        t = self._time_now()
        if t is None:
            self._show_message(self._why_no_frame(), error=True)
            return None
        session = doc.session
        try:
            change = session.plan_code(layer, code, t)
            la = session.scheme.layer(layer)
            if la is not None and not la.is_state:
                step = self.tr("Mark {0} at {1}")
            else:
                step = (
                    self.tr("Start {0} at {1}")
                    if new_episodes(change)
                    else self.tr("Stop {0} at {1}")
                )
            doc.push(change, step.format(code, format_ms(t)))
        except SessionError as exc:
            said = self.tr("{0} at {1} was not coded: {2}").format(code, format_ms(t), exc)
            self._show_message(said, error=True)
            return None
        self._modifier_bar.dismiss()  # the next code closes it; an unset value stays counted
        added = new_episodes(change)
        for ep in added:
            self._follow_up(ep)
        if added:
            self._scroll_to_episode(added[-1].id)
        return change

    def _why_no_frame(self) -> str:
        """What a code key says when there is no frame to code at, and what to do."""
        player = self._player
        if player.is_loading:
            return self.tr(
                "Not coded: the video is still loading; code when its first frame shows."
            )
        if player.load_problem is not None:
            return self.tr(
                "Not coded: the video cannot be played ({0}): choose a good copy with File ▸ "
                "Locate video…. The table can still be edited."
            ).format(player.load_problem)
        return self.tr(
            "There is no video frame to code at: locate the video (File menu). The table can "
            "still be edited."
        )

    def _follow_up(self, ep: Episode) -> None:
        doc = self._documents.document
        assert doc is not None
        layer = doc.session.scheme.layer(ep.layer)
        spec = layer.code(ep.code) if layer is not None else None
        if spec is None:
            return
        if spec.modifiers:
            self._modifier_bar.show_for(ep, spec)
        if spec.asks_note:
            self._ask_note(ep)

    # ------------------------------------------------------------------ notes

    def _ask_note(self, ep: Episode) -> None:
        prompt = self._note_prompt
        if prompt.is_open:  # a second note code while typing: keep what was typed so far
            prompt.edit.returnPressed.emit()
        player = self._player
        if player.is_playing and not self._note_keeps_playing():
            player.pause()
            self._resume_after_note = True
        prompt.ask(ep)

    def _on_note_entered(self, episode_id: str, text: str) -> None:
        doc = self._documents.document
        if doc is not None and text and episode_id in doc.session:
            try:
                doc.edit_episode(episode_id, note=text)
            except SessionError as exc:
                self._show_message(self.tr("The note was not kept: {0}").format(exc), error=True)
        self._after_note()

    def _on_note_cancelled(self, episode_id: str) -> None:
        self._after_note()

    def _after_note(self) -> None:
        if self._resume_after_note:
            self._resume_after_note = False
            self._player.play()
        self._video.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ modifiers

    def _on_modifier_chosen(self, episode_id: str, name: str, value: str) -> None:
        doc = self._documents.document
        if doc is None or episode_id not in doc.session:
            self._modifier_bar.dismiss()
            self._show_message(self.tr("That episode no longer exists."), error=True)
            return
        ep = doc.session.episode(episode_id)
        mods = dict(ep.modifiers)
        mods[name] = "" if mods.get(name) == value else value  # clicking it again clears it
        try:
            doc.edit_episode(episode_id, modifiers=mods)
        except SessionError as exc:
            self._show_message(self.tr("Modifier not set: {0}").format(exc), error=True)

    # ------------------------------------------------------------------ housekeeping

    def on_committed(self, change: Change) -> None:
        """Keep the bar and the prompt in step with edits, undo and redo."""
        doc = self._documents.document
        if doc is None:
            return
        bar = self._modifier_bar
        if bar.episode_id is not None:
            if bar.episode_id in doc.session:
                bar.refresh(doc.session.episode(bar.episode_id))
            else:
                bar.dismiss()
        prompt = self._note_prompt
        if prompt.episode_id is not None and prompt.episode_id not in doc.session:
            prompt.close_prompt()
            self._after_note()

    def escape(self) -> None:
        if self._note_prompt.is_open:
            self._note_prompt.close_prompt()
            self._after_note()
        self._modifier_bar.dismiss()

    def reset(self) -> None:
        self._modifier_bar.dismiss()
        self._note_prompt.close_prompt()
        self._resume_after_note = False
