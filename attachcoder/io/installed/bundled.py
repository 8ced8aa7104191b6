"""The files attachcoder ships inside its package: the default scheme, the sample session and
its video, the application icon and the Linux desktop entry.

They live in the checkout's top-level ``resources/`` and ``sample_sessions/``; the build
(setup.py) maps those folders into the package as ``attachcoder.bundled_resources`` and
``attachcoder.bundled_samples``, so the same importlib.resources calls find them in a wheel,
an editable install and a PyInstaller bundle alike — never a path relative to the source tree.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from attachcoder.io.atomic import atomic_file

RESOURCES = "attachcoder.bundled_resources"
SAMPLES = "attachcoder.bundled_samples"

SAMPLE_SESSION = "D001_C1.acs"
"""The sample session the start page opens (a practice copy of it)."""

_stack = ExitStack()


def resource(*parts: str) -> Traversable:
    """A bundled resource, e.g. ``resource("schemes", "attachment.json")``."""
    node = resources.files(RESOURCES)
    for part in parts:
        node = node / part
    return node


def resource_path(*parts: str) -> Path:
    """A bundled resource as a real file (Qt wants paths); extracted once if zipped."""
    return _stack.enter_context(resources.as_file(resource(*parts)))


def sample_files() -> list[Traversable]:
    """The sample sessions and their video, sorted by name."""
    return sorted(
        (f for f in resources.files(SAMPLES).iterdir() if f.is_file() and _is_sample(f.name)),
        key=lambda f: f.name,
    )


def _is_sample(name: str) -> bool:
    return name.endswith((".acs", ".mp4"))


def sample_session_path() -> Path | None:
    """The shipped sample session as a file, or None if this install has none."""
    node = resources.files(SAMPLES) / SAMPLE_SESSION
    if not node.is_file():
        return None
    return _stack.enter_context(resources.as_file(node))


def existing_targets(folder: Path) -> Iterator[Path]:
    """The files ``copy_samples(folder)`` would overwrite."""
    for f in sample_files():
        target = folder / f.name
        if target.exists():
            yield target


def copy_samples(folder: Path) -> list[Path]:
    """Lay the sample sessions and their video down in ``folder`` (made if missing).

    The caller checks ``existing_targets`` first. Each file is written atomically (temporary
    file, fsync, rename), so an interrupted copy leaves no half video under the real name.
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for f in sample_files():
        target = folder / f.name
        with f.open("rb") as src, atomic_file(target, "wb") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
        written.append(target)
    return written
