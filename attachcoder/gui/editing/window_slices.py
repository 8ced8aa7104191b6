"""The small slices of the window that parts outside ``gui/window/`` are handed.

A controller never receives the main window: the composition root (``window/compose.py``)
hands it what it uses, and where that is "the document open now" or "the status bar", it gets
one of these protocols, which the window satisfies without naming them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from attachcoder.core.changes import Change
    from attachcoder.gui.editing.document import Document


class DocumentSource(Protocol):
    """Where the open document is, and the signal that announces another one (or None)."""

    @property
    def document(self) -> Document | None: ...

    @property
    def documentChanged(self) -> SignalInstance: ...


class ShowMessage(Protocol):
    """The status bar's message (``error`` ones are red, stay longer and are logged)."""

    def __call__(self, text: str, *, error: bool = False) -> None: ...


class Edits(Protocol):
    """Where an edit goes: one undo step per call (a :class:`Document` is one)."""

    def push(self, change: Change, text: str) -> Change: ...
