"""A coding stopped at 1:00 of a 4:00 video, through the command line (issue 18).

The coder coded to 1:00 and stopped with misattuned (and the play phase) still running. Every
figure must cover 0–1:00: recomputed here second by second from the episodes, independently
of the analysis code, and compared with what the files say — the workbook's CELLS (opened
with openpyxl), the batch CSVs and ``timeseries.csv``, and the agreement JSON and workbook.
An older file with a running state and no ``observed_to_ms`` leaves that episode out of every
figure, and every output names it.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np
import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.cli import main
from attachcoder.core import Media, Session
from attachcoder.io.session.file import save

MEDIA_S = 240
OBSERVED_S = 60
CODER_A = "A 0-20, M 20-35, R 35-40 initiator=caregiver, A 40-50, M 50-"  # stopped at 1:00
CODER_B = "A 0-20, M 20-40, A 40-240"  # coded the whole video
VIDEO = Media("D001.mp4", sha256="ab" * 32, size=1, duration_ms=MEDIA_S * 1000, fps=25.0)
LETTERS = {"A": "attuned", "M": "misattuned", "R": "repair"}


def session(spec: str, coder: str, observed_s: float | None, phases: str = "") -> Session:
    s = coded(
        spec, phases=phases, marks="b 10, b 55", duration_s=MEDIA_S, coder=coder,
        observed_s=observed_s,
    )  # fmt: skip
    s.media = (VIDEO,)
    return s


def labels(spec: str, end_s: int) -> list[str]:
    """The code at the middle of each second 0 … end_s − 1, read off the spec by hand; a
    state still running runs to ``end_s``."""
    out = [""] * end_s
    for item in spec.split(","):
        letter, span = item.split()[:2]
        on, _, off = span.partition("-")
        for k in range(int(on), min(int(off) if off else end_s, end_s)):
            out[k] = LETTERS[letter]
    return out


def kappa(a: list[str], b: list[str]) -> float:
    cats = sorted(set(a) | set(b))
    m = np.zeros((len(cats), len(cats)))
    for x, y in zip(a, b, strict=True):
        m[cats.index(x), cats.index(y)] += 1
    n = m.sum()
    p_o = np.trace(m) / n
    p_e = float((m.sum(1) * m.sum(0)).sum()) / n**2
    return float((p_o - p_e) / (1 - p_e))


def pairs(ws) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {r[0]: r[1] for r in ws.iter_rows(values_only=True) if r and r[0]}


def table_after(ws, first: str) -> tuple[list[str], list[tuple]]:  # type: ignore[no-untyped-def]
    """The header row starting with ``first`` and the rows under it, up to a blank row."""
    rows = list(ws.iter_rows(values_only=True))
    i = next(k for k, r in enumerate(rows) if r and r[0] == first)
    body = []
    for r in rows[i + 1 :]:
        if not r or r[0] is None:
            break
        body.append(r)
    return [str(c) for c in rows[i]], body


def tallies_value(rows: list[dict[str, str]], measure: str, code: str = "", layer: str = "",
                  phase: str = "all") -> float:  # fmt: skip
    found = [
        r for r in rows
        if r["measure"] == measure and r["phase"] == phase and (not code or r["code"] == code)
        and (not layer or r["layer"] == layer)
    ]  # fmt: skip
    assert len(found) == 1, (measure, code, found)
    return float(found[0]["value"])


@pytest.fixture
def stopped(tmp_path: Path) -> Path:
    path = tmp_path / "D001_C1.acs"
    save(session(CODER_A, "C1", OBSERVED_S, phases="play 0-"), path, backup=False)
    return path


def test_the_workbook_cells_cover_the_observed_span(stopped: Path, tmp_path: Path, capsys) -> None:
    by_hand = labels(CODER_A, OBSERVED_S)
    share = {c: by_hand.count(c) / OBSERVED_S for c in LETTERS.values()}
    out = tmp_path / "D001.xlsx"
    assert main(["export", str(stopped), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""  # nothing left out: both running states end at 1:00
    wb = load_workbook(out)

    summary = pairs(wb["Summary"])
    assert summary["Observed"] == "observed to 00:01:00.000 of 00:04:00.000 (25 %)"
    assert summary["Duration"].total_seconds() == pytest.approx(OBSERVED_S)  # a clock cell
    assert summary["Coverage (Interaction)"] == pytest.approx(1.0)
    head, rows = table_after(wb["Summary"], "Phase")
    for phase in ("all", "play"):  # the running play phase ends at 1:00 too
        row = dict(zip(head, next(r for r in rows if r[0] == phase), strict=False))
        assert row["Duration (s)"] == pytest.approx(OBSERVED_S)
        assert row["Codable time (s)"] == pytest.approx(OBSERVED_S)
        assert row["Proportion attuned"] == pytest.approx(share["attuned"])
        assert row["Proportion misattuned"] == pytest.approx(share["misattuned"])
        assert row["Proportion repair"] == pytest.approx(share["repair"])
        assert row["Ruptures"] == 2  # 20 s (repaired at 40 s) and 50 s (cut off at 1:00)
        assert row["Unresolved (left out)"] == 1
        assert row["Proportion repaired"] == pytest.approx(1.0)
    warnings = [str(r[0]) for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]]
    assert any("'misattuned' in layer 'Interaction'" in t and "00:01:00.000" in t for t in warnings)

    # the Tallies sheet: the same figures, and the counts per minute of the observed span
    tallies_rows = list(wb["Tallies"].iter_rows(values_only=True))
    names = [str(c) for c in tallies_rows[0]]
    tidy = [dict(zip(names, map(str, r), strict=True)) for r in tallies_rows[1:]]
    assert tallies_value(tidy, "observed_to") == pytest.approx(OBSERVED_S)
    assert tallies_value(tidy, "media_duration") == pytest.approx(MEDIA_S)
    assert tallies_value(tidy, "total_duration", "misattuned") == pytest.approx(25)
    assert tallies_value(tidy, "rate_per_min", "infant bid") == pytest.approx(2.0)
    assert tallies_value(tidy, "closed_at_observed_end", "misattuned") == 1

    # the Timeline prints the observed minute only
    timeline = list(wb["Timeline"].iter_rows(values_only=True))
    assert "observed to 00:01:00.000 of 00:04:00.000" in str(timeline[0][0])
    ruler = next(k for k, r in enumerate(timeline) if r and r[0] == "from")
    minute_rows = [r for r in timeline[ruler + 1 :] if r and r[1] == "Interaction"]
    assert len(minute_rows) == 1  # one minute, not four
    cells = [str(c) if c else "" for c in minute_rows[0][2:62]]
    assert cells == [c[:1].upper() for c in by_hand]


def test_the_batch_csv_and_time_series_cover_the_observed_span(
    stopped: Path, tmp_path: Path
) -> None:
    by_hand = labels(CODER_A, OBSERVED_S)
    out_dir = tmp_path / "csv"
    assert main(["batch", str(stopped), "-o", str(tmp_path / "b.xlsx"), "--csv", str(out_dir),
                 "--timeseries", str(out_dir), "--quiet"]) == 0  # fmt: skip
    with open(out_dir / "tallies.csv", encoding="utf-8", newline="") as fh:
        tidy = list(csv.DictReader(fh))
    for code in LETTERS.values():
        assert tallies_value(tidy, "proportion", code) == pytest.approx(
            by_hand.count(code) / OBSERVED_S
        )
    assert tallies_value(tidy, "coverage", layer="Interaction") == pytest.approx(1.0)
    assert tallies_value(tidy, "observed_share") == pytest.approx(OBSERVED_S / MEDIA_S)
    with open(out_dir / "timeseries.csv", encoding="utf-8", newline="") as fh:
        series = list(csv.DictReader(fh))
    assert len(series) == OBSERVED_S  # one row a second, to 1:00 only
    assert [r["Interaction"] for r in series] == by_hand
    assert {r["phase"] for r in series} == {"play"}
    assert sum(int(r["infant bid"]) for r in series) == 2


def test_agreement_compares_the_span_both_observed(stopped: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "D001_C2.acs"
    save(session(CODER_B, "C2", MEDIA_S), other, backup=False)
    by_hand = kappa(labels(CODER_A, OBSERVED_S), labels(CODER_B, OBSERVED_S))
    over_the_media = kappa(labels(CODER_A, MEDIA_S), labels(CODER_B, MEDIA_S))
    assert abs(by_hand - over_the_media) > 0.1  # the case tells the two apart

    book = tmp_path / "agreement.xlsx"
    rc = main(["agreement", str(stopped), str(other), "--json", "-o", str(book)])
    assert rc == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["span_ms"] == OBSERVED_S * 1000
    [layer] = [la for la in doc["layers"] if la["layer"] == "Interaction"]
    assert layer["time_units"]["kappa"] == pytest.approx(by_hand)
    ws = load_workbook(book)["Summary"]
    assert pairs(ws)["common span (s)"] == pytest.approx(OBSERVED_S)
    head, rows = table_after(ws, "layer")
    row = dict(zip(head, next(r for r in rows if r[:2] == ("Interaction", "time units")),
                   strict=False))  # fmt: skip
    assert row["n"] == OBSERVED_S
    assert row["κ"] == pytest.approx(by_hand)


def test_an_older_file_with_a_running_state_leaves_it_out_and_names_it(
    tmp_path: Path, capsys
) -> None:
    older = tmp_path / "D001_C1.acs"
    save(session(CODER_A, "C1", None), older, backup=False)
    # left out: misattuned from 50 s counts nowhere, and the span stays the whole media
    by_hand = labels(CODER_A.replace(", M 50-", ""), MEDIA_S)
    out = tmp_path / "older.xlsx"
    assert main(["export", str(older), "-o", str(out)]) == 0
    said = capsys.readouterr().err
    assert "'misattuned' in layer 'Interaction', started at 00:00:50.000" in said
    assert "left out of every figure" in said
    wb = load_workbook(out)
    summary = pairs(wb["Summary"])
    assert str(summary["Observed"]).startswith("not recorded")
    head, rows = table_after(wb["Summary"], "Phase")
    row = dict(zip(head, next(r for r in rows if r[0] == "all"), strict=False))
    covered = sum(1 for c in by_hand if c)
    assert row["Codable time (s)"] == pytest.approx(covered)
    assert row["Proportion misattuned"] == pytest.approx(by_hand.count("misattuned") / covered)
    assert row["Ruptures"] == 1
    assert summary["Coverage (Interaction)"] == pytest.approx(covered / MEDIA_S)

    # the batch names it under Problems and on the terminal; the series never shows it
    series_dir = tmp_path / "series"
    assert main(["batch", str(older), "-o", str(tmp_path / "b.xlsx"), "--timeseries",
                 str(series_dir)]) == 0  # fmt: skip
    assert "left out of every figure" in capsys.readouterr().err
    problems = [" ".join(map(str, r)) for r in load_workbook(tmp_path / "b.xlsx")["Problems"]
                .iter_rows(values_only=True)]  # fmt: skip
    assert any("'misattuned'" in p and "left out of every figure" in p for p in problems)
    with open(series_dir / "timeseries.csv", encoding="utf-8", newline="") as fh:
        series = list(csv.DictReader(fh))
    assert [r["Interaction"] for r in series] == by_hand

    # a pair with it is not comparable, with the reason
    other = tmp_path / "D001_C2.acs"
    save(session(CODER_B, "C2", MEDIA_S), other, backup=False)
    assert main(["agreement", str(older), str(other), "--json"]) == 1
    said = capsys.readouterr().err
    assert "not comparable: coding A (D001_2026-03-02_C1)" in said
    assert "'misattuned' in layer 'Interaction', started at 00:00:50.000" in said


def test_a_session_observed_to_its_end_is_as_before(tmp_path: Path) -> None:
    """Observed to the end of the media, a running state ends there: the figures of a
    complete coding are those of the whole media, as they always were."""
    s = session("A 0-200, M 200-", "C1", MEDIA_S)
    path = tmp_path / "full.acs"
    save(s, path, backup=False)
    out = tmp_path / "full.xlsx"
    assert main(["export", str(path), "-o", str(out)]) == 0
    summary = pairs(load_workbook(out)["Summary"])
    assert summary["Observed"] == "observed to 00:04:00.000 of 00:04:00.000 (100 %)"
    head, rows = table_after(load_workbook(out)["Summary"], "Phase")
    row = dict(zip(head, next(r for r in rows if r[0] == "all"), strict=False))
    assert row["Proportion misattuned"] == pytest.approx(40 / MEDIA_S)
