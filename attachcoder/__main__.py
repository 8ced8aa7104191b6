"""``python -m attachcoder``: the same as the ``attachcoder`` command."""

from __future__ import annotations

from attachcoder.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
