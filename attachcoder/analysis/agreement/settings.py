"""The settings of an agreement analysis, as one record every output can name.

:func:`~attachcoder.analysis.agreement.compare_sessions` takes them as keyword arguments (the
command line's options); :class:`AgreementSettings` carries them between the study plan, the
command line and the window, and :meth:`AgreementSettings.kwargs` hands them on.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from attachcoder.analysis.agreement.events import ALIGNMENTS
from attachcoder.analysis.agreement.time_units import EXCLUDED_RULES

__all__ = ["ALIGNMENTS", "EXCLUDED_RULES", "AgreementSettings"]


@dataclass(frozen=True)
class AgreementSettings:
    """Time units (``unit``, ``tolerance``), the event alignment (``align``: ``overlap`` with
    ``overlap`` and ``point_window``, or ``gseq`` with ``onset_tolerance``) and how codes with
    role ``excluded`` count (``excluded``). Durations as typed: ``1s``, ``250ms``, ``2f``."""

    unit: str = "1s"
    tolerance: str = "0s"
    align: str = "overlap"
    overlap: float = 0.6
    point_window: str = "1s"
    onset_tolerance: str = "2s"
    excluded: str = "drop-both"

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``compare_sessions``."""
        return asdict(self)
