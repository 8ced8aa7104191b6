"""Every κ-bearing cell of every workbook the project writes equals the ``--json`` of the same run.

One generated study (three coders, every video double-coded, each pair and each layer with a
κ of its own: ``tests/generated_study.py``) goes through every command that writes a
workbook — ``study agreement -o``, ``study export``, ``agreement A B -o``, ``agreement --pairs
-o``, ``agreement --reference -o``, ``export`` and ``batch`` — each beside its ``--json``.

A κ-bearing cell is found without the code that wrote it: any numeric cell under a header cell
(bold on the header shading) that names κ, kappa or the criterion, or under the SE and 95% CI
that follow such a column, down to the next header row. The test then says, from the JSON
alone, what each of those cells must hold — pair by pair, layer by layer, coder by coder — and
fails on a cell it cannot place as much as on a wrong value, so a κ column added later must
be added here too. The drift chart's series are read back from the file: each coder's line
must draw that coder's column.
"""

from __future__ import annotations

import json
import re
import shutil
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from generated_study import DURATION_MS, disturbed, make_study

from attachcoder.cli import main
from attachcoder.core import Metadata, Session
from attachcoder.io.session.file import load, save

KAPPA_HEADER = re.compile(r"κ|kappa|criterion", re.IGNORECASE)
Coord = tuple[str, str]  # (sheet, cell)


# ------------------------------------------------------------------ reading the workbook


@dataclass
class Table:
    """Rows under one header row (down to the next header row) of a sheet."""

    ws: Any
    header_row: int
    columns: list[tuple[str, int]]  # (header text, column), left to right
    rows: list[int]

    @property
    def header(self) -> dict[str, int]:
        """Header text -> column, for the names that appear once."""
        names = [n for n, _ in self.columns]
        return {n: c for n, c in self.columns if names.count(n) == 1}

    def find(self, **where: Any) -> int:
        """The one row whose cells under the named headers hold these values."""
        hits = [
            r
            for r in self.rows
            if all(self.ws.cell(r, self.header[h]).value == v for h, v in where.items())
        ]
        assert len(hits) == 1, f"{self.ws.title}: {len(hits)} rows with {where}"
        return hits[0]

    def coord(self, row: int, column: str, right: int = 0) -> Coord:
        """The cell under ``column`` (``right`` columns further: a κ's CI follows it)."""
        return self.ws.title, self.ws.cell(row, self.header[column] + right).coordinate

    def with_ci(
        self, exp: dict[Coord, float | None], row: int, column: str, stats: dict[str, Any]
    ) -> None:
        """A κ and its companions after it (SE, 95% CI): ``stats`` holds kappa (or the value),
        and se, ci_low, ci_high for those the sheet shows; a CI must follow every κ."""
        exp[self.coord(row, column)] = stats["kappa"]
        shown = companions(self.columns, self.header[column])
        assert [n for n, _ in shown][-2:] == ["95% CI low", "95% CI high"], column
        for name, c in shown:
            exp[(self.ws.title, self.ws.cell(row, c).coordinate)] = stats[COMPANIONS[name]]


#: the figures that stand right of a κ, and their JSON keys
COMPANIONS = {"SE": "se", "95% CI low": "ci_low", "95% CI high": "ci_high"}


def companions(columns: list[tuple[str, int]], kappa_column: int) -> list[tuple[str, int]]:
    """The SE and CI columns right after a κ column."""
    out = []
    for name, c in columns:
        if c <= kappa_column:
            continue
        if name not in COMPANIONS or c != kappa_column + len(out) + 1:
            break
        out.append((name, c))
    return out


def is_header(cell: Any) -> bool:
    fill = cell.fill
    return bool(
        isinstance(cell.value, str)
        and fill is not None
        and fill.fill_type == "solid"
        and str(fill.fgColor.rgb).endswith("DDDDDD")
    )


def tables(ws: Any) -> list[Table]:
    rows = list(ws.iter_rows())  # ws[r] counts every cell of the sheet each time
    header_rows = [row[0].row for row in rows if any(is_header(c) for c in row if c.value)]
    out = []
    for k, r in enumerate(header_rows):
        end = header_rows[k + 1] if k + 1 < len(header_rows) else ws.max_row + 1
        columns = [(c.value, c.column) for c in rows[r - 1] if isinstance(c.value, str)]
        out.append(Table(ws, r, columns, list(range(r + 1, end))))
    return out


def table(wb: Any, sheet: str, first_header: str) -> Table:
    found = [t for t in tables(wb[sheet]) if first_header in t.header]
    assert len(found) == 1, f"{sheet}: {len(found)} tables headed {first_header!r}"
    return found[0]


def kappa_cells(wb: Any) -> dict[Coord, Any]:
    """Every numeric cell under a κ header — or under a 95% CI that follows one — found by
    its header alone."""
    out: dict[Coord, Any] = {}
    for ws in wb.worksheets:
        for t in tables(ws):
            cols = [c for n, c in t.columns if KAPPA_HEADER.search(n)]
            cols += [c for k in list(cols) for _, c in companions(t.columns, k)]
            for r in t.rows:
                for c in cols:
                    v = ws.cell(r, c).value
                    if isinstance(v, int | float) and not isinstance(v, bool):
                        out[(ws.title, ws.cell(r, c).coordinate)] = v
    return out


def check(wb: Any, expected: dict[Coord, float | None]) -> None:
    """Each expected cell holds its figure (empty for an undefined κ), and the workbook has
    no κ cell the JSON did not account for."""
    found = kappa_cells(wb)
    wrong = {}
    for (sheet, ref), want in expected.items():
        got = wb[sheet][ref].value
        if got != want:
            wrong[(sheet, ref)] = (got, want)
    assert not wrong, f"cells (got, json): {wrong}"
    unplaced = set(found) - {k for k, v in expected.items() if v is not None}
    assert not unplaced, f"κ cells the JSON does not name: {sorted(unplaced)}"


# ------------------------------------------------------------------ running the commands


def run_json(capsys: pytest.CaptureFixture[str], *argv: Any) -> Any:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert rc == 0, out.err
    return json.loads(out.out)


def run(capsys: pytest.CaptureFixture[str], *argv: Any) -> None:
    rc = main([str(a) for a in argv])
    out = capsys.readouterr()
    assert rc == 0, out.err


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kappa") / "study"
    make_study(root, seed=21)
    return root


def _distinct(values: list[Any]) -> bool:
    return None not in values and len(set(values)) == len(values)


# ------------------------------------------------------------------ the study's two workbooks


def study_expected(wb: Any, doc: dict[str, Any]) -> dict[Coord, float | None]:
    exp: dict[Coord, float | None] = {}
    rel = table(wb, "Reliability", "dyad_id")
    for p in doc["pairs"]:
        row = rel.find(dyad_id=p["dyad_id"], primary=p["coders"][0], reliability=p["coders"][1])
        for la in p["layers"]:
            rel.with_ci(exp, row, f"{la['layer']}: κ time units", la["time_units"])
            rel.with_ci(exp, row, f"{la['layer']}: κ events", la["events"])
    pooled = table(wb, "Reliability", "pooled κ time units")
    for layer, pl in doc["pooled"].items():
        row = pooled.find(layer=layer)
        assert wb["Reliability"].cell(row, pooled.header["pairs"]).value == pl["pairs"]
        exp[pooled.coord(row, "κ undefined")] = pl["undefined_time_units"]
        for column, key, ci in (
            ("mean κ time units", "mean_kappa_time_units", "mean_ci"),
            ("mean κ events", "mean_kappa_events", "mean_events_ci"),
            ("pooled κ time units", "pooled_kappa_time_units", "pooled_ci"),
        ):
            stats = {"kappa": pl[key], "ci_low": pl[ci + "_low"], "ci_high": pl[ci + "_high"]}
            pooled.with_ci(exp, row, column, stats)
    top = table(wb, "Drift", "pair")
    longest = max(len(d["rolling"]) for d in doc["drift"].values())
    for i in range(longest):
        row = top.find(pair=i + 1)
        exp[top.coord(row, "criterion")] = doc["criterion"]
        for coder, d in doc["drift"].items():
            value = d["rolling"][i] if i < len(d["rolling"]) else None
            exp[top.coord(row, f"{coder} rolling κ")] = value
    series = table(wb, "Drift", "coder")
    for coder, d in doc["drift"].items():
        for point, rolling in zip(d["series"], d["rolling"], strict=True):
            row = series.find(coder=coder, dyad_id=point["dyad_id"])
            exp[series.coord(row, "κ")] = point["kappa"]
            exp[series.coord(row, "rolling κ")] = rolling
            exp[series.coord(row, "slope per 30 days")] = d["slope_per_30_days"]
    return exp


def check_drift_chart(path: Path, wb: Any, doc: dict[str, Any]) -> None:
    """One line per coder drawn from that coder's column, and the criterion's line."""
    top = table(wb, "Drift", "pair")
    (chart,) = wb["Drift"]._charts
    last = top.header_row + max(len(d["rolling"]) for d in doc["drift"].values())
    names = [*(f"{c} rolling κ" for c in doc["drift"]), "criterion"]
    assert len(chart.series) == len(names)
    for s, name in zip(chart.series, names, strict=True):
        letter = openpyxl.utils.get_column_letter(top.header[name])
        assert s.tx.strRef.f.replace("$", "") == f"'Drift'!{letter}{top.header_row}", name
        rows = f"{letter}{top.header_row + 1}:{letter}{last}"
        assert s.val.numRef.f.replace("$", "") == f"'Drift'!{rows}", name
    with zipfile.ZipFile(path) as z:  # the file itself, not only openpyxl's reading of it
        xml = z.read("xl/charts/chart1.xml").decode()
    value_refs = re.findall(r"<val><numRef><f>'Drift'!\$?([A-Z]+)\$?\d+:", xml)
    want = [openpyxl.utils.get_column_letter(top.header[n]) for n in names]
    assert value_refs == want


def test_the_generated_study_has_a_kappa_of_its_own_everywhere(study: Path, capsys) -> None:
    """So a cell showing another pair's, layer's or coder's κ cannot pass by chance."""
    doc = run_json(capsys, "study", "agreement", study, "--json")
    assert len(doc["drift"]) >= 3 and len(doc["pairs"]) >= 9
    for p in doc["pairs"]:
        ks = [la[b]["kappa"] for la in p["layers"] for b in ("time_units", "events")]
        assert len(p["layers"]) == 3 and _distinct(ks), (p["dyad_id"], ks)
    for pl in doc["pooled"].values():
        assert _distinct([v for k, v in pl.items() if "kappa" in k])
    rolling = [tuple(d["rolling"]) for d in doc["drift"].values()]
    assert len(set(rolling)) == len(rolling) and all(len(r) >= 5 for r in rolling)
    for d in doc["drift"].values():
        assert d["slope_per_30_days"] not in [pt["kappa"] for pt in d["series"]]


def test_study_agreement_workbook_cells_equal_its_json(study: Path, tmp_path: Path, capsys):
    out = tmp_path / "agreement.xlsx"
    doc = run_json(capsys, "study", "agreement", study, "--json", "-o", out)
    wb = openpyxl.load_workbook(out)
    check(wb, study_expected(wb, doc))
    check_drift_chart(out, wb, doc)


def test_study_export_workbook_cells_equal_study_agreement_json(
    study: Path, tmp_path: Path, capsys
) -> None:
    doc = run_json(capsys, "study", "agreement", study, "--json")
    out = tmp_path / "export.xlsx"
    run(capsys, "study", "export", study, "-o", out)
    wb = openpyxl.load_workbook(out)
    check(wb, study_expected(wb, doc))
    check_drift_chart(out, wb, doc)


# ------------------------------------------------------------------ agreement's workbooks


def _codings(study: Path) -> Iterator[tuple[Path, Path]]:
    """(primary, reliability) session files of each video."""
    for folder in sorted((study / "sessions").iterdir()):
        a, b = sorted(folder.glob("*.acs"), key=lambda p: load(p).metadata.completed_at)
        yield a, b


def per_code(exp: dict[Coord, float | None], pc: Table, rows: list[dict[str, Any]], **key: Any):
    for c in rows:
        pc.with_ci(exp, pc.find(**key, code=c["code"]), "κ", c)


def test_two_codings_workbook_cells_equal_its_json(study: Path, tmp_path: Path, capsys) -> None:
    for k, (a, b) in enumerate(list(_codings(study))[:3]):
        out = tmp_path / f"two-{k}.xlsx"
        doc = run_json(capsys, "agreement", a, b, "--unit", "1s", "--json", "-o", out)
        wb = openpyxl.load_workbook(out)
        exp: dict[Coord, float | None] = {}
        layers = table(wb, "Summary", "basis")
        pc = table(wb, "Per-code", "code")
        for la in doc["layers"]:
            for basis, key in (("time units", "time_units"), ("events", "events")):
                row = layers.find(layer=la["layer"], basis=basis)
                layers.with_ci(exp, row, "κ", la[key])
                exp[layers.coord(row, "κ max")] = la[key].get("kappa_max")
                per_code(exp, pc, la[key]["per_code"], layer=la["layer"], basis=basis)
        check(wb, exp)


def test_pairs_workbook_cells_equal_its_json(study: Path, tmp_path: Path, capsys) -> None:
    side_a, side_b = tmp_path / "A", tmp_path / "B"
    side_a.mkdir()
    side_b.mkdir()
    for a, b in _codings(study):
        shutil.copy(a, side_a / a.name)
        shutil.copy(b, side_b / b.name)
    out = tmp_path / "pairs.xlsx"
    doc = run_json(capsys, "agreement", "--pairs", side_a, side_b, "--json", "-o", out)
    wb = openpyxl.load_workbook(out)
    from attachcoder.io.reports.agreement_workbook import figure_header

    exp: dict[Coord, float | None] = {}
    pairs = table(wb, "Pairs", "dyad ID")
    kappa_columns = [c for c in doc["columns"] if "kappa" in c]
    assert len(kappa_columns) == 6  # three layers, time units and events
    for p in doc["pairs"]:
        row = pairs.find(**{"dyad ID": p["dyad_id"]})
        for c in kappa_columns:
            layer, _, figure = c.rpartition(".")
            ci = p["kappa_ci"][f"{layer}.{figure.removeprefix('kappa_')}"]
            pairs.with_ci(exp, row, figure_header(c)[0], {"kappa": p["figures"][c], **ci})
        assert _distinct([p["figures"][c] for c in kappa_columns])
    for label in ("mean", "minimum", "maximum"):  # no CI on these rows
        row = pairs.find(**{"dyad ID": label})
        for c in kappa_columns:
            none = {"ci_low": None, "ci_high": None}
            pairs.with_ci(exp, row, figure_header(c)[0], {"kappa": doc[label][c], **none})
    check(wb, exp)


def test_reference_workbook_cells_equal_its_json(study: Path, tmp_path: Path, capsys) -> None:
    import random

    gold_path = next(_codings(study))[0]
    gold = load(gold_path)
    rng = random.Random(5)
    trainees = []
    for k, amount in enumerate((0.2, 0.45, 0.7)):
        md = Metadata(dyad_id=gold.metadata.dyad_id, coder_id=f"T{k}",
                      session_date=gold.metadata.session_date)  # fmt: skip
        eps = disturbed(list(gold.episodes()), rng, amount)
        s = Session(gold.scheme, metadata=md, duration_ms=DURATION_MS, episodes=eps)
        trainees.append(tmp_path / f"T{k}.acs")
        save(s, trainees[-1], backup=False)
    out = tmp_path / "reference.xlsx"
    doc = run_json(capsys, "agreement", "--reference", gold_path, *trainees, "--criterion",
                   "0.6", "--json", "-o", out)  # fmt: skip
    wb = openpyxl.load_workbook(out)
    exp: dict[Coord, float | None] = {}
    tr = table(wb, "Trainees", "trainee")
    pc = table(wb, "Per-code", "trainee")
    assert _distinct([t["kappa"] for t in doc["trainees"]])
    for t in doc["trainees"]:
        row = tr.find(trainee=t["file"])
        (head,) = [la for la in t["report"]["layers"] if la["layer"] == t["layer"]]
        tr.with_ci(exp, row, "κ", {**head["time_units"], "kappa": t["kappa"]})
        exp[tr.coord(row, "criterion")] = doc["criterion"]
        for la in t["report"]["layers"]:
            per_code(exp, pc, la["time_units"]["per_code"], trainee=t["file"], layer=la["layer"])
    check(wb, exp)


# ------------------------------------------------------------------ workbooks without κ


@pytest.mark.parametrize(
    "command",
    [
        lambda a, d, out: ["export", a, "-o", out],
        lambda a, d, out: ["batch", d, "-o", out, "--quiet"],
    ],
    ids=["session", "batch"],
)
def test_session_and_batch_workbooks_hold_no_kappa(
    study: Path, tmp_path: Path, capsys, command: Callable[..., list[Any]]
) -> None:
    """The session and batch workbooks carry no κ: the scan finds none to compare (were one
    added, it would have to be compared here)."""
    a = next(_codings(study))[0]
    out = tmp_path / "out.xlsx"
    run(capsys, *command(a, study / "sessions", out))
    check(openpyxl.load_workbook(out), {})
