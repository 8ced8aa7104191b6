"""Giving a closed session's memory back to the system.

A session of 100,000 episodes takes about 100 MB; closing it frees every object (nothing keeps
the old session, its model or its undo stack), yet the resident size measured by
``benchmarks/bench_memory.py`` came down by only 61 of 104 MB: glibc keeps freed heap pages for
later instead of returning them. ``malloc_trim(0)`` hands them back (the same window then sat
below its size before the session was opened). Elsewhere — macOS, Windows, a C library
without ``malloc_trim`` — this only collects Python's garbage.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import sys
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject, QTimer

#: Long enough for the closed session's widgets and undo stack (``deleteLater``) to be gone.
RELEASE_DELAY_MS = 500


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return trim


def give_memory_back() -> None:
    """Collect Python's garbage, then return the C heap's free pages to the system."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def give_memory_back_soon(context: QObject) -> None:
    """:func:`give_memory_back` once the event loop has deleted what was just let go of."""
    QTimer.singleShot(RELEASE_DELAY_MS, context, give_memory_back)
