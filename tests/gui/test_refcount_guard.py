"""PySide6 6.12 on Python 3.11 leaks references to None; importing attachcoder.gui guards it."""

from __future__ import annotations

import sys

import attachcoder.gui  # noqa: F401  (the import is what applies the guard)
from attachcoder.gui._refcount_guard import pin_singletons


def test_many_void_qt_calls_do_not_run_none_down(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    w = QWidget()
    qtbot.addWidget(w)
    before = sys.getrefcount(None)
    for _ in range(20_000):  # would abort Python 3.11 with none_dealloc without the guard
        w.update()
        w.isVisible()
    assert sys.getrefcount(None) > 20_000
    if sys.version_info < (3, 12):
        assert before > 1 << 39
        assert pin_singletons() is False  # idempotent: already pinned
