"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12 ships ``abi3`` wheels built with Python ≥ 3.12 headers, where ``None``, ``True``
and ``False`` are immortal and returning them needs no reference. Loaded by Python 3.11, every
call of a Qt method that returns ``None`` (``update()``, ``setText()``, ``processEvents()``…)
or a ``bool`` therefore takes one reference from the singleton and never gives it back. After
a few thousand calls the interpreter aborts with ``Fatal Python error: none_dealloc`` (measured
here: ``QWidget.update()`` 100 times lowers ``sys.getrefcount(None)`` by 100; a playing video
calls such methods dozens of times a second).

The remedy is what Python 3.12 does itself: give these singletons a reference count so large
that no program can run it down (2**40 leaked references is years of playback). It is done
once, before any Qt call, when :mod:`attachcoder.gui` is imported; on Python ≥ 3.12 (immortal
singletons) and on other interpreters it does nothing.
"""

from __future__ import annotations

import sys

_PIN = 1 << 40


def pin_singletons() -> bool:
    """Make the singletons effectively immortal; True when anything was changed."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import ctypes

    changed = False
    for obj in (None, True, False, NotImplemented, Ellipsis):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcnt.value < _PIN // 2:  # a pinned count only ever drifts a little below _PIN
            refcnt.value += _PIN
            changed = True
    return changed
