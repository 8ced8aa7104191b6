"""Small numbers are said: a Yule's Q from too few transitions is greyed with a note, and
episodes shorter than one time unit are counted per coding in JSON, text and workbook."""

from __future__ import annotations

import itertools
import json
import random
from collections import Counter
from pathlib import Path

import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.cli import main
from attachcoder.io.reports.session_workbook import write_session_workbook
from attachcoder.io.session.file import save

CODES = {"A": "attuned", "M": "misattuned", "R": "repair"}


def _sequence(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice("AAAAMMMMR") for _ in range(n)]


def test_a_yules_q_from_a_table_with_a_cell_under_5_is_greyed_with_a_note(tmp_path: Path):
    seq = _sequence(3, 80)
    spec = ", ".join(f"{c} {k}-{k + 1}" for k, c in enumerate(seq))
    path = tmp_path / "s.xlsx"
    write_session_workbook(coded(spec), path)
    # the 2×2 table of each i → j, counted here from the sequence itself
    pairs = Counter(itertools.pairwise(seq))
    n = sum(pairs.values())
    small = {}
    for i in CODES:
        for j in CODES:
            a = pairs[(i, j)]
            b = sum(pairs[(i, x)] for x in CODES) - a
            c = sum(pairs[(x, j)] for x in CODES) - a
            d = n - a - b - c
            small[(CODES[i], CODES[j])] = min(a, b, c, d) < 5
    assert any(small.values()) and not all(small.values())  # both kinds in this sequence
    ws = load_workbook(path)["Transitions"]
    rows = list(ws.iter_rows())
    head = next(k for k, r in enumerate(rows) if str(r[0].value).startswith("Yule's Q"))
    header = [c.value for c in rows[head]]
    seen = 0
    for r in rows[head + 1 : head + 1 + len(CODES)]:
        i = r[0].value
        for cell, j in zip(r[1:], header[1:], strict=False):
            if j not in CODES.values() or cell.value is None:
                continue
            grey = cell.font.color is not None and cell.font.color.rgb == "00999999"
            assert grey is small[(i, j)], (i, j)
            seen += 1
    assert seen == 9
    note = rows[head + 1 + len(CODES)][0].value
    assert note.startswith("Grey: Yule's Q from a 2×2 table with a cell under 5")
    assert "Bakeman & Quera 2011" in " ".join(str(r[0].value) for r in rows[head:])


def test_a_session_with_plenty_of_every_transition_greys_nothing(tmp_path: Path) -> None:
    seq = list("AMR" * 40) + list("AAMMRR" * 20) + list("ARM" * 30)
    spec = ", ".join(f"{c} {k}-{k + 1}" for k, c in enumerate(seq))
    path = tmp_path / "s.xlsx"
    write_session_workbook(coded(spec), path)
    texts = [c for r in load_workbook(path)["Transitions"].iter_rows(values_only=True) for c in r]
    assert not any(isinstance(t, str) and t.startswith("Grey:") for t in texts)


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    # A: a 200 ms rupture between two midpoints (no unit sees it), an 800 ms one over 5.5 s
    a = coded("A 0-2.1, M 2.1-2.3, A 2.3-5.2, M 5.2-6, A 6-10")
    b = coded("A 0-4, M 4-4.3, A 4.3-10", coder="C2")  # 300 ms over no midpoint either
    save(a, tmp_path / "a.acs", backup=False)
    save(b, tmp_path / "b.acs", backup=False)
    return tmp_path / "a.acs", tmp_path / "b.acs"


def test_episodes_under_one_unit_are_counted_per_coding(two, tmp_path: Path, capsys) -> None:
    a, b = two
    out = tmp_path / "ag.xlsx"
    assert main(["agreement", str(a), str(b), "--unit", "1s", "--json", "-o", str(out)]) == 0
    doc = json.loads(capsys.readouterr().out)
    (inter,) = [la for la in doc["layers"] if la["layer"] == "Interaction"]
    t = inter["time_units"]
    assert t["episodes_shorter_than_unit"] == {"a": 2, "b": 1}
    assert t["episodes_not_seen"] == {"a": 1, "b": 1}
    (phase,) = [la for la in doc["layers"] if la["layer"] == "Phase"]
    assert phase["time_units"]["episodes_shorter_than_unit"] == {"a": 0, "b": 0}
    # at 100 ms units every episode is seen
    assert main(["agreement", str(a), str(b), "--unit", "100ms", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["layers"][0]["time_units"]["episodes_shorter_than_unit"] == {"a": 0, "b": 0}

    assert main(["agreement", str(a), str(b), "--unit", "1s"]) == 0
    text = capsys.readouterr().out
    assert "A: 2 episodes under 1 s: 1 not seen at this unit, 1 counted as a whole unit" in text
    assert "B: 1 episode under 1 s is not seen at this unit" in text

    settings = {
        r[0]: r[1] for r in load_workbook(out)["Summary"].iter_rows(values_only=True) if r[0]
    }
    assert settings["Interaction: episodes under one unit"] == (
        "A: 2 episodes under 1 s: 1 not seen at this unit, 1 counted as a whole unit; "
        "B: 1 episode under 1 s is not seen at this unit"
    )
