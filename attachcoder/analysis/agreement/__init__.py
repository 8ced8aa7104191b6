"""Observer agreement between two codings of one session (DOMAIN.md, "Observer agreement").

:func:`compare_sessions` is the entry point; the modules underneath do one job each:
:mod:`.kappa` (κ, κ_max, bands), :mod:`.tracks` (a layer as arrays), :mod:`.time_units`,
:mod:`.events` (linking and ∅), :mod:`.icc` (ICC(2,1)), :mod:`.jsonable` (``--json``).
"""

from attachcoder.analysis.agreement.compare import (
    AgreementError,
    AgreementReport,
    LayerAgreement,
    NotComparable,
    RatingComparison,
    compare_sessions,
)
from attachcoder.analysis.agreement.events import EventResult
from attachcoder.analysis.agreement.icc import IccResult, icc_2_1, icc_band
from attachcoder.analysis.agreement.kappa import (
    CodeKappa,
    ConfusionMatrix,
    KappaStats,
    band,
    kappa_stats,
)
from attachcoder.analysis.agreement.time_units import Disagreement, TimeUnitResult

__all__ = [
    "AgreementError",
    "AgreementReport",
    "CodeKappa",
    "ConfusionMatrix",
    "Disagreement",
    "EventResult",
    "IccResult",
    "KappaStats",
    "LayerAgreement",
    "NotComparable",
    "RatingComparison",
    "TimeUnitResult",
    "band",
    "compare_sessions",
    "icc_2_1",
    "icc_band",
    "kappa_stats",
]
