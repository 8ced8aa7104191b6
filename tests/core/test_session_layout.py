"""The session's jobs live in their own modules, and nothing outside them reaches inside."""

from __future__ import annotations

import re
from pathlib import Path

from attachcoder.core import session, session_checks, session_planning
from attachcoder.core.session import Session

PACKAGE = Path(__file__).resolve().parents[2] / "attachcoder"
_INTERNAL = re.compile(
    r"\.(_scratch_copy|_apply_unchecked|_apply_bulk|_episodes|_index|_running|_check_record)\b"
)


def test_each_job_has_its_module() -> None:
    assert Session.plan_code.__module__ == session_planning.__name__
    assert Session._edit_problems.__module__ == session_checks.__name__
    assert Session.apply.__module__ == session.__name__
    for mod in (session, session_checks, session_planning):
        assert len(Path(mod.__file__ or "").read_text(encoding="utf-8").splitlines()) < 400


def test_no_module_outside_the_session_uses_its_internals() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.parent.name == "core" and path.stem.startswith("session"):
            continue
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), start=1):
            if _INTERNAL.search(line) and "self._" not in line:
                offenders.append(f"{path.relative_to(PACKAGE)}:{n}: {line.strip()}")
    assert offenders == []
