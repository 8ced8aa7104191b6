"""The Transitions page greys a Yule's Q whose 2×2 table has a cell under 5, with a note
(DOMAIN.md; Bakeman & Quera 2011): a Q of ±1.000 from counts of 0–2 is no finding."""

from __future__ import annotations

import random
from pathlib import Path

from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.io.reports.session_workbook import write_session_workbook
from attachcoder.io.reports.transitions_sheet import SMALL_NOTE

GREY = "A0A0A0"


def _q_block(ws, phase: str = "all") -> dict[tuple[str, str], tuple[float | None, bool]]:
    """{(from, to): (Q, greyed)} of one phase's Yule's Q matrix, and its counts."""
    rows = list(ws.iter_rows())
    start = next(k for k, r in enumerate(rows) if r[0].value == f"Phase: {phase}")
    head = next(k for k in range(start, len(rows)) if str(rows[k][0].value).startswith("Yule"))
    codes = [c.value for c in rows[head][1:] if c.value]
    out = {}
    for r in rows[head + 1 : head + 1 + len(codes)]:
        for j, c in zip(codes, r[1:], strict=False):
            colour = c.font.color.rgb if c.font is not None and c.font.color is not None else ""
            grey = str(colour).endswith(GREY)
            out[(r[0].value, j)] = (c.value, grey)
    return out


def _counts(ws, phase: str = "all") -> dict[tuple[str, str], int]:
    rows = list(ws.iter_rows(values_only=True))
    start = next(k for k, r in enumerate(rows) if r[0] == f"Phase: {phase}")
    head = next(k for k in range(start, len(rows)) if str(rows[k][0]).startswith("Counts"))
    codes = [c for c in rows[head][1:] if c and c != "total"]
    return {(r[0], j): r[1 + k] for r in rows[head + 1 : head + 1 + len(codes)]
            for k, j in enumerate(codes)}  # fmt: skip


def _small(counts: dict[tuple[str, str], int], i: str, j: str) -> bool:
    """By hand from DOMAIN.md: a = n_ij, b = n_i+ − a, c = n_+j − a, d = N − a − b − c."""
    a = counts[(i, j)]
    b = sum(v for (x, _), v in counts.items() if x == i) - a
    c = sum(v for (_, y), v in counts.items() if y == j) - a
    d = sum(counts.values()) - a - b - c
    return min(a, b, c, d) < 5


def test_few_transitions_are_greyed_with_a_note(tmp_path: Path) -> None:
    out = tmp_path / "few.xlsx"
    write_session_workbook(coded("A 0-4, M 4-6, R 6-9, A 9-12, M 12-14, A 14-20"), out)
    ws = load_workbook(out)["Transitions"]
    q = _q_block(ws)
    shown = {k: v for k, v in q.items() if v[0] is not None}
    assert shown and all(grey for _, grey in shown.values())
    text = " ".join(str(r[0].value) for r in ws.iter_rows() if isinstance(r[0].value, str))
    assert SMALL_NOTE in text  # the note, wrapped over rows


def test_many_transitions_are_shown_plain_where_every_cell_has_five(tmp_path: Path) -> None:
    rng = random.Random(4)
    letters, spec, last, t = "AMR", [], "", 0
    for _ in range(400):
        code = rng.choice([x for x in letters if x != last])
        spec.append(f"{code} {t}-{t + 2}")
        last, t = code, t + 2
    out = tmp_path / "many.xlsx"
    write_session_workbook(coded(", ".join(spec)), out)
    ws = load_workbook(out)["Transitions"]
    q, counts = _q_block(ws), _counts(ws)
    plain = [k for k, (v, grey) in q.items() if v is not None and not grey]
    assert plain  # off the diagonal every cell of the 2×2 table is large
    for (i, j), (v, grey) in q.items():
        if v is not None:
            assert grey == _small(counts, i, j), (i, j, counts)
    # self-transitions cannot happen between touching episodes: the diagonal is greyed
    diagonal = [q[(c, c)] for c in ("attuned", "misattuned", "repair")]
    assert all(grey for v, grey in diagonal if v is not None)
