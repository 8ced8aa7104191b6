"""Training to criterion: each trainee's coding against a reference (gold) coding.

The criterion applies to the time-unit κ of the headline layer (the layer with role
``interaction``, else the first state layer), the figure training protocols usually set a
threshold on; the other layers are reported beside it. The codes that pulled κ down are the
headline layer's codes whose own κ (that code against the rest) is below the criterion, lowest
first: what the trainee should look at again.
"""

from __future__ import annotations

from dataclasses import dataclass

from attachcoder.analysis.agreement.compare import AgreementReport
from attachcoder.analysis.agreement.kappa import CodeKappa, band, exact


@dataclass(frozen=True)
class CriterionResult:
    name: str  # the trainee file's base name
    layer: str | None  # the headline layer; None when no layer could be compared
    kappa: float | None
    criterion: float
    passed: bool
    pulled_down: tuple[CodeKappa, ...]
    report: AgreementReport

    @property
    def band(self) -> str:
        head = self.report.headline_layer()
        return head.time_units.stats.band if head is not None else band(self.kappa)


def judge(name: str, report: AgreementReport, criterion: float) -> CriterionResult:
    """Pass when the headline layer's time-unit κ is at least ``criterion`` (an undefined κ
    does not pass). Compared exactly: κ of exactly .8 passes a criterion of 0.8."""
    head = report.headline_layer()
    if head is None:
        return CriterionResult(name, None, None, criterion, False, (), report)
    stats = head.time_units.stats
    crit = exact(criterion)
    # a code's κ is undefined only when it is absent or both coded it everywhere: not a cause
    low = sorted(
        (c for c in head.time_units.per_code if c.exact is not None and c.exact < crit),
        key=lambda c: (c.exact, c.code),
    )
    return CriterionResult(
        name=name,
        layer=head.layer,
        kappa=stats.kappa,
        criterion=criterion,
        passed=stats.exact is not None and stats.exact >= crit,
        pulled_down=tuple(low),
        report=report,
    )
