"""Named steps in saving and recovery where a test can stop the program, as a crash would.

The crash journal and saving promise that a kill at *any* step loses nothing. To check that
step by step, the code calls :func:`reached` at each one; a test (usually in a child process)
installs a hook with :func:`set_hook` that ends the process there with ``os._exit``, exactly
as ``kill -9`` would. Without a hook, :func:`reached` does nothing.
"""

from __future__ import annotations

from collections.abc import Callable

_hook: Callable[[str], None] | None = None


def set_hook(hook: Callable[[str], None] | None) -> None:
    global _hook
    _hook = hook


def reached(step: str) -> None:
    if _hook is not None:
        _hook(step)
