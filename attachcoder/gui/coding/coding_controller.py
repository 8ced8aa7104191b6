"""From a code key to an episode: ask the session what the key means, push it as an undo step.

``Session.plan_code`` decides what a keystroke means (start, stop, switch, point); this class
only supplies the time — that of the frame on screen — and records the result. It also runs
the two follow-ups that must never cost a keystroke: the modifier bar (values offered under
the video, applied later as their own undo step) and the note prompt (pauses the video unless
the preference keeps it playing; Enter keeps the note, Escape leaves none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from attachcoder.core.changes import Change, EpisodeEdit
from attachcoder.core.episode import Episode
from attachcoder.core.session import SessionError
from attachcoder.core.timefmt import format_ms

if TYPE_CHECKING:
    from attachcoder.gui.window.main_window import MainWindow


def new_episodes(change: Change) -> list[Episode]:
    """Episodes a change adds (not those it only changes)."""
    if not isinstance(change, EpisodeEdit):
        return []
    gone = {e.id for e in change.removed}
    return [e for e in change.added if e.id not in gone]


class CodingController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        self._resume_after_note = False
        window.modifier_bar.valueChosen.connect(self._on_modifier_chosen)
        window.note_prompt.noteEntered.connect(self._on_note_entered)
        window.note_prompt.cancelled.connect(self._on_note_cancelled)

    def code(self, layer: str, code: str) -> Change | None:
        """Code ``code`` at the frame on screen; a refusal becomes a message, never a crash."""
        doc = self._w.document
        if doc is None:
            return None
        t = self._w.current_ms()
        if t is None:
            self._w.show_message(
                "There is no video frame to code at: locate the video (File menu). "
                "The table can still be edited.",
                error=True,
            )
            return None
        session = doc.session
        try:
            change = session.plan_code(layer, code, t)
            la = session.scheme.layer(layer)
            if la is not None and not la.is_state:
                verb = "Mark"
            else:
                verb = "Start" if new_episodes(change) else "Stop"
            doc.push(change, f"{verb} {code} at {format_ms(t)}")
        except SessionError as exc:
            self._w.show_message(f"{code} at {format_ms(t)} was not coded: {exc}", error=True)
            return None
        added = new_episodes(change)
        for ep in added:
            self._follow_up(ep)
        if added:
            self._w.table.scroll_to_episode(added[-1].id)
        return change

    def _follow_up(self, ep: Episode) -> None:
        doc = self._w.document
        assert doc is not None
        layer = doc.session.scheme.layer(ep.layer)
        spec = layer.code(ep.code) if layer is not None else None
        if spec is None:
            return
        if spec.modifiers:
            self._w.modifier_bar.show_for(ep, spec)
        if spec.asks_note:
            self._ask_note(ep)

    # ------------------------------------------------------------------ notes

    def _ask_note(self, ep: Episode) -> None:
        prompt = self._w.note_prompt
        if prompt.is_open:  # a second note code while typing: keep what was typed so far
            prompt.edit.returnPressed.emit()
        player = self._w.player
        if player.is_playing and not self._w.settings.note_keeps_playing:
            player.pause()
            self._resume_after_note = True
        prompt.ask(ep)

    def _on_note_entered(self, episode_id: str, text: str) -> None:
        doc = self._w.document
        if doc is not None and text and episode_id in doc.session:
            try:
                doc.edit_episode(episode_id, note=text)
            except SessionError as exc:
                self._w.show_message(f"The note was not kept: {exc}", error=True)
        self._after_note()

    def _on_note_cancelled(self, episode_id: str) -> None:
        self._after_note()

    def _after_note(self) -> None:
        if self._resume_after_note:
            self._resume_after_note = False
            self._w.player.play()
        self._w.video.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ modifiers

    def _on_modifier_chosen(self, episode_id: str, name: str, value: str) -> None:
        doc = self._w.document
        if doc is None or episode_id not in doc.session:
            self._w.modifier_bar.dismiss()
            self._w.show_message("That episode no longer exists.", error=True)
            return
        ep = doc.session.episode(episode_id)
        mods = dict(ep.modifiers)
        mods[name] = "" if mods.get(name) == value else value  # clicking it again clears it
        try:
            doc.edit_episode(episode_id, modifiers=mods)
        except SessionError as exc:
            self._w.show_message(f"Modifier not set: {exc}", error=True)

    # ------------------------------------------------------------------ housekeeping

    def on_committed(self, change: Change) -> None:
        """Keep the bar and the prompt in step with edits, undo and redo."""
        doc = self._w.document
        if doc is None:
            return
        bar = self._w.modifier_bar
        if bar.episode_id is not None:
            if bar.episode_id in doc.session:
                bar.refresh(doc.session.episode(bar.episode_id))
            else:
                bar.dismiss()
        prompt = self._w.note_prompt
        if prompt.episode_id is not None and prompt.episode_id not in doc.session:
            prompt.close_prompt()
            self._after_note()

    def escape(self) -> None:
        if self._w.note_prompt.is_open:
            self._w.note_prompt.close_prompt()
            self._after_note()
        self._w.modifier_bar.dismiss()

    def reset(self) -> None:
        self._w.modifier_bar.dismiss()
        self._w.note_prompt.close_prompt()
        self._resume_after_note = False
