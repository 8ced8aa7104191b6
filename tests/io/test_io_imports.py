"""io/'s house rules, read from the code's own imports (import-linter checks the rooms' layers).

No import cycle among io modules, and io/ stays a house of rooms: at most eight modules flat.
"""

from __future__ import annotations

from pathlib import Path

from import_graph import cycles, imports_inside

import attachcoder.io

IO_DIR = Path(attachcoder.io.__file__).parent
ROOMS = {"session", "sheets", "reports", "study", "interchange", "installed", "media"}


def test_no_import_cycle_inside_io() -> None:
    assert cycles(imports_inside("attachcoder.io")) == []


def test_io_is_rooms_with_few_modules_left_flat() -> None:
    flat = sorted(p.stem for p in IO_DIR.glob("*.py") if p.stem != "__init__")
    rooms = {p.name for p in IO_DIR.iterdir() if (p / "__init__.py").is_file()}
    assert rooms >= ROOMS
    assert len(flat) <= 8, flat


def test_every_room_says_what_lives_there() -> None:
    for room in ROOMS:
        doc = (IO_DIR / room / "__init__.py").read_text(encoding="utf-8")
        assert doc.startswith('"""') and "import" in doc.lower(), room
