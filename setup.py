"""Packages for setuptools: the code found under attachcoder/, plus the two source folders of
bundled data mapped into the package (everything else is in pyproject.toml).

``resources/`` and ``sample_sessions/`` stay at the top of the checkout (scripts and people
edit them there); ``package_dir`` maps them to ``attachcoder.bundled_resources`` and
``attachcoder.bundled_samples`` so a wheel (and an editable install) carries them inside the
package, read with importlib.resources by attachcoder/io/installed/bundled.py.
The packages list lives here, not in pyproject.toml, because a mapped folder cannot be found by
``packages.find``.
"""

from __future__ import annotations

from setuptools import find_namespace_packages, setup

BUNDLED = {
    "attachcoder.bundled_resources": "resources",
    "attachcoder.bundled_samples": "sample_sessions",
}
BUNDLED_SUBFOLDERS = [
    ("attachcoder.bundled_resources", "schemes"),
    ("attachcoder.bundled_resources", "translations"),
    ("attachcoder.bundled_resources", "icons"),
    ("attachcoder.bundled_resources", "linux"),
]

setup(
    packages=[
        # namespace search so data-only folders (io/session/schemas, io/study/schemas) count as
        # packages too
        *find_namespace_packages(include=["attachcoder*"], exclude=["*__pycache__"]),
        *BUNDLED,
        *(f"{name}.{sub}" for name, sub in BUNDLED_SUBFOLDERS),
    ],
    package_dir=BUNDLED,
)
