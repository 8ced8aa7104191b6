"""The names of undo steps that core plans but the window names (Edit → Undo shows them).

:func:`attachcoder.core.boundaries.edge_text` names a boundary move in English for the
headless code; the window's table and timeline name it here, in the window's language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from attachcoder.core.boundaries import Edge
from attachcoder.core.episode import Episode
from attachcoder.core.timefmt import format_ms

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("context", "literal")


def edge_text(ep: Episode, edge: Edge, at_ms: int, partner: Episode | None = None) -> str:
    """``Move onset of misattuned to 00:00:04.000`` (and of whom with it), translated."""
    if edge == "onset":
        text = translate("steps", "Move onset of {0} to {1}")
        if partner is not None:
            text = translate("steps", "Move onset of {0} to {1} (and offset of {2})")
    else:
        text = translate("steps", "Move offset of {0} to {1}")
        if partner is not None:
            text = translate("steps", "Move offset of {0} to {1} (and onset of {2})")
    return text.format(ep.code, format_ms(at_ms), partner.code if partner is not None else "")
