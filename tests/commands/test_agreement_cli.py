"""``attachcoder agreement``: text, --json, -o, --pairs, --reference, refusals and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from attachcoder.cli import main
from attachcoder.core import Episode, Media, Metadata, Session
from attachcoder.io.session.file import default_scheme, save

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_A = ROOT / "sample_sessions" / "D001_C1.acs"
SAMPLE_B = ROOT / "sample_sessions" / "D001_C2.acs"
SCHEME = default_scheme()


def write(
    path: Path,
    states: list[tuple[str, int, int]],
    *,
    dyad: str = "D010",
    coder: str = "C1",
    date: str = "2026-03-02",
    sha: str | None = "ab" * 32,
    sensitivity: int | None = None,
) -> Path:
    eps = [Episode(f"e{i}", "Interaction", c, on, off) for i, (c, on, off) in enumerate(states)]
    s = Session(
        SCHEME,
        metadata=Metadata(dyad_id=dyad, coder_id=coder, session_date=date),
        media=[Media("/secret/folder/video.mp4", sha256=sha, fps=25.0, duration_ms=20_000)],
        duration_ms=20_000,
        episodes=eps,
        ratings={} if sensitivity is None else {"sensitivity": sensitivity},
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    save(s, path, backup=False)
    return path


GOLD = [("attuned", 0, 8000), ("misattuned", 8000, 14_000), ("repair", 14_000, 20_000)]
CLOSE = [("attuned", 0, 9000), ("misattuned", 9000, 14_000), ("repair", 14_000, 20_000)]
FAR = [("attuned", 0, 4000), ("repair", 4000, 14_000), ("misattuned", 14_000, 20_000)]


def test_sample_sessions_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert SAMPLE_A.exists() and SAMPLE_B.exists()
    assert main(["agreement", str(SAMPLE_A), str(SAMPLE_B)]) == 0
    out = capsys.readouterr().out
    for layer in ("Interaction (state layer)", "Phase (state layer)", "Marks (point layer)"):
        assert layer in out
    assert "time units  κ " in out and "κ_max" in out
    assert any(b in out for b in ("almost perfect", "substantial", "moderate", "fair"))
    assert "not a verdict" in out
    assert "D001_C1.acs" in out


def test_text_by_hand_with_tolerance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.acs", GOLD)
    b = write(tmp_path / "b.acs", CLOSE, coder="C2")
    assert main(["agreement", str(a), str(b)]) == 0
    out = capsys.readouterr().out
    # 20 units: 19 agree; rows (8, 6, 6), columns (9, 5, 6) → p_e = (72 + 30 + 36) / 400
    p_o, p_e = 19 / 20, 138 / 400
    assert f"κ {(p_o - p_e) / (1 - p_e):.3f} almost perfect" in out
    assert "agreement 95.0%" in out
    assert main(["agreement", str(a), str(b), "--tolerance", "1s"]) == 0
    out = capsys.readouterr().out
    assert "tolerance 1s = 1 unit" in out and "κ 1.000 almost perfect" in out
    assert "may rise or fall" in out


def test_json_is_one_document_on_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.acs", GOLD, sha=None)
    b = write(tmp_path / "b.acs", CLOSE, coder="C2")
    assert main(["agreement", str(a), str(b), "--json", "--unit", "500ms"]) == 0
    cap = capsys.readouterr()
    doc = json.loads(cap.out)
    assert doc["file_a"] == "a.acs" and doc["b"] == "D010_2026-03-02_C2"
    inter = doc["layers"][0]
    assert inter["layer"] == "Interaction" and inter["time_units"]["n_units"] == 40
    assert inter["time_units"]["disagreements"] == [
        {
            "start_ms": 8000,
            "end_ms": 9000,
            "code_a": "misattuned",
            "code_b": "attuned",
            "forgiven_by_tolerance": False,
        }
    ]
    assert inter["events"]["kappa_max"] is not None
    assert "no content hash" in cap.err  # the warning goes to stderr, not into stdout
    assert "secret" not in cap.out


def test_workbook_sheets_and_numeric_cells(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = write(tmp_path / "a.acs", GOLD, sensitivity=6)
    b = write(tmp_path / "b.acs", CLOSE, coder="C2", sensitivity=7)
    out = tmp_path / "agreement.xlsx"
    assert main(["agreement", str(a), str(b), "-o", str(out), "--json"]) == 0
    layer = json.loads(capsys.readouterr().out)["layers"][0]
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Confusion matrices", "Per-code", "Disagreements"]
    summary = list(wb["Summary"].iter_rows(values_only=True))
    row = next(r for r in summary if r[:2] == ("Interaction", "time units"))
    assert isinstance(row[3], float) and row[4] == "almost perfect"
    assert any(r[:4] == ("sensitivity", 6, 7, 1) for r in summary)
    # percent agreement is a fraction shown 0.0% (the JSON keeps 0–100)
    head = next(r for r in summary if r[:2] == ("layer", "basis"))
    assert head[8:10] == ("% agreement", "% linked")
    inter = {r[1].value: r for r in wb["Summary"].iter_rows() if r[0].value == "Interaction"}
    assert 0 < layer["time_units"]["percent_agreement"] < 100
    units, events = inter["time units"], inter["events"]
    assert units[8].value == pytest.approx(layer["time_units"]["percent_agreement"] / 100)
    assert events[9].value == pytest.approx(layer["events"]["percent_linked"] / 100)
    assert units[8].number_format == events[9].number_format == "0.0%"
    d = list(wb["Disagreements"].iter_rows(values_only=True))
    assert d[0][:7] == ("layer", "basis", "start", "end", "start (s)", "end (s)", "duration (s)")
    assert d[1][:2] == ("Interaction", "time units")
    assert (d[1][2].total_seconds(), d[1][3].total_seconds()) == (8, 9)
    assert d[1][4:9] == (8, 9, 1, "misattuned", "attuned")
    assert wb["Disagreements"]["C2"].number_format == "[h]:mm:ss.000"
    for ws in wb:
        assert ws.page_setup.orientation == "landscape"
        assert ws.sheet_properties.pageSetUpPr.fitToPage is True
        assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert wb["Disagreements"].print_title_rows == "$1:$1"
    note = next(c for r in wb["Summary"].iter_rows() for c in r if str(c.value).startswith("Bands"))
    assert any(note.coordinate in m for m in wb["Summary"].merged_cells.ranges)
    assert note.alignment.wrap_text
    cm = list(wb["Confusion matrices"].iter_rows(values_only=True))
    assert cm[1][:6] == ("A \\ B", "attuned", "misattuned", "repair", "uncodable", "none")
    assert cm[2][:2] == ("attuned", 8)
    text = " ".join(str(c) for ws in wb for r in ws.iter_rows(values_only=True) for c in r)
    assert "secret" not in text and "video.mp4" not in text and str(tmp_path) not in text


def test_different_videos_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.acs", GOLD, sha="ab" * 32)
    b = write(tmp_path / "b.acs", GOLD, sha="cd" * 32)
    assert main(["agreement", str(a), str(b), "--json"]) == 1
    cap = capsys.readouterr()
    assert cap.out == ""
    assert "different videos" in cap.err


def test_unreadable_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = write(tmp_path / "a.acs", GOLD)
    broken = tmp_path / "broken.acs"
    broken.write_text("{", encoding="utf-8")
    assert main(["agreement", str(a), str(broken)]) == 1
    assert "not valid JSON" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["x.acs"], "compares two codings"),
        (["a.acs", "b.acs", "--unit", "soon"], "--unit"),
        (["a.acs", "b.acs", "--unit", "0s"], "longer than zero"),
        (["a.acs", "b.acs", "--overlap", "0"], "--overlap"),
        (["a.acs", "b.acs", "-o", "out.csv"], ".xlsx"),
        (["--reference", "g.acs", "t.acs"], "--criterion"),
        (["a.acs", "b.acs", "--criterion", "0.8"], "--reference"),
        (["--pairs", "A", "B", "x.acs"], "no session files"),
    ],
)
def test_usage_errors_exit_2(
    extra: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["agreement", *extra]) == 2
    assert message in capsys.readouterr().err


def test_pairs_across_two_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    da, db = tmp_path / "coder1", tmp_path / "coder2"
    write(da / "one.acs", GOLD, dyad="D001", sensitivity=5)
    write(db / "x1.acs", CLOSE, dyad="D001", coder="C2", sensitivity=5)
    write(da / "two.acs", GOLD, dyad="D002", sensitivity=7)
    write(db / "sub" / "x2.acs", FAR, dyad="D002", coder="C2", sensitivity=8)
    write(da / "three.acs", GOLD, dyad="D003", sensitivity=3)
    write(db / "x3.acs", GOLD, dyad="D003", coder="C2", sensitivity=3)
    write(da / "lonely.acs", GOLD, dyad="D004")
    out = tmp_path / "pairs.xlsx"
    assert main(["agreement", "--pairs", str(da), str(db), "--json", "-o", str(out)]) == 0
    cap = capsys.readouterr()
    doc = json.loads(cap.out)
    assert [p["dyad_id"] for p in doc["pairs"]] == ["D001", "D002", "D003"]
    assert doc["pairs"][1]["file_b"] == "x2.acs"  # the base name only, never a folder
    k = [p["figures"]["Interaction.kappa_time_units"] for p in doc["pairs"]]
    assert k[2] == pytest.approx(1.0) and k[1] < k[0] < 1
    assert doc["mean"]["Interaction.kappa_time_units"] == pytest.approx(sum(k) / 3)
    assert doc["minimum"]["Interaction.kappa_time_units"] == pytest.approx(min(k))
    assert doc["unpaired"] == [
        {
            "folder": "A",
            "file": "lonely.acs",
            "reason": "no coding of dyad D004, 2026-03-02 in the other folder",
        }
    ]
    icc = {m["measure"]: m for m in doc["icc"]}
    assert icc["proportion_attuned"]["n"] == 3
    # sensitivity (5, 5), (7, 8), (3, 3): ICC(2,1) by hand
    ms_r = 2 * ((5 - 31 / 6) ** 2 + (7.5 - 31 / 6) ** 2 + (3 - 31 / 6) ** 2) / 2
    ms_c = 3 * ((5 - 31 / 6) ** 2 + (16 / 3 - 31 / 6) ** 2) / 1
    resid = [5 - 5 - 5 + 31 / 6, 5 - 5 - 16 / 3 + 31 / 6, 7 - 7.5 - 5 + 31 / 6,
             8 - 7.5 - 16 / 3 + 31 / 6, 3 - 3 - 5 + 31 / 6, 3 - 3 - 16 / 3 + 31 / 6]  # fmt: skip
    ms_e = sum(x * x for x in resid) / 2
    expected = (ms_r - ms_e) / (ms_r + ms_e + 2 * (ms_c - ms_e) / 3)
    assert icc["rating: sensitivity"]["icc"] == pytest.approx(expected)
    assert "lonely.acs" in cap.err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Pairs", "ICC", "Unpaired"]
    rows = list(wb["Pairs"].iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == ["D001", "D002", "D003", "mean", "minimum", "maximum"]
    ws = wb["Pairs"]
    header = [c.value for c in ws[1]]
    assert header[:8] == ["dyad ID", "session date", "file A", "file B", "coder A", "coder B",
                          "Interaction κ (time units)", "Interaction κ (events)"]  # fmt: skip
    assert "Interaction % agreement (time units)" in header
    assert "Interaction % linked (events)" in header
    assert not [h for h in header if "." in h or "_" in h]  # words, not the JSON's names
    assert ws["B2"].is_date and ws["B2"].number_format == "yyyy-mm-dd"
    assert ws["B2"].value.date().isoformat() == "2026-03-02"
    assert ws["G2"].value == pytest.approx(k[0]) and ws["G2"].number_format == "0.000"
    j = header.index("Interaction % agreement (time units)") + 1
    pct = doc["pairs"][0]["figures"]["Interaction.percent_agreement"]
    assert ws.cell(row=2, column=j).value == pytest.approx(pct / 100)
    assert ws.cell(row=5, column=j).value == pytest.approx(
        doc["mean"]["Interaction.percent_agreement"] / 100
    )
    assert ws.cell(row=2, column=j).number_format == "0.0%"
    # three layers × four figures: too wide for one page, so full size with ID and date repeated
    assert (ws.print_title_rows, ws.print_title_cols) == ("$1:$1", "$A:$B")
    assert (ws.page_setup.orientation, ws.page_setup.fitToWidth) == ("landscape", 0)
    ic = wb["ICC"]
    assert [c.value for c in ic[1]][4:6] == ["mean A", "mean B"]
    assert ic["E2"].number_format == ic["F2"].number_format == "0.000"


def test_pairs_text_and_a_refused_pair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    da, db = tmp_path / "a", tmp_path / "b"
    write(da / "one.acs", GOLD, dyad="D001")
    write(db / "one.acs", CLOSE, dyad="D001", coder="C2")
    write(da / "two.acs", GOLD, dyad="D002")
    write(db / "two.acs", GOLD, dyad="D002", coder="C2", sha="ef" * 32)
    assert main(["agreement", "--pairs", str(da), str(db)]) == 1
    cap = capsys.readouterr()
    assert "1 compared, 1 refused" in cap.out
    assert "refused: the two codings are of different videos" in cap.out
    assert "ICC(2,1)" in cap.out


def test_reference_pass_and_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold = write(tmp_path / "gold.acs", GOLD, coder="G")
    good = write(tmp_path / "good.acs", CLOSE, coder="T1")
    poor = write(tmp_path / "poor.acs", FAR, coder="T2")
    argv = ["agreement", "--reference", str(gold), str(good), str(poor), "--criterion", "0.8"]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "good.acs" in out and "poor.acs" in out
    lines = {ln.split()[0]: ln for ln in out.splitlines() if ln.startswith("  ")}
    assert "not passed" not in lines["good.acs"] and "passed" in lines["good.acs"]
    assert "not passed" in lines["poor.acs"] and "codes below criterion" in lines["poor.acs"]
    assert main([*argv, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    t = {x["file"]: x for x in doc["trainees"]}
    assert t["good.acs"]["passed"] is True and t["poor.acs"]["passed"] is False
    pulled = [c["kappa"] for c in t["poor.acs"]["pulled_down"]]
    assert pulled == sorted(pulled) and all(k < 0.8 for k in pulled)
    assert t["poor.acs"]["layer"] == "Interaction"


def test_reference_workbook(tmp_path: Path) -> None:
    gold = write(tmp_path / "gold.acs", GOLD, coder="G")
    poor = write(tmp_path / "poor.acs", FAR, coder="T2")
    out = tmp_path / "training.xlsx"
    argv = ["agreement", "--reference", str(gold), str(poor), "--criterion", "0.8", "-o", str(out)]
    assert main(argv) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Trainees", "Per-code"]
    header, row = list(wb["Trainees"].iter_rows(min_row=1, max_row=2, values_only=True))
    assert header[:6] == ("trainee", "layer", "κ", "band", "criterion", "passed")
    assert row[0] == "poor.acs" and isinstance(row[2], float) and row[5] == "no"


def test_workbook_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    evil = '=cmd|"/c calc"!A1'
    a = write(tmp_path / "a.acs", GOLD, dyad=evil)
    b = write(tmp_path / "b.acs", CLOSE, dyad=evil, coder="-C2")
    out = tmp_path / "agreement.xlsx"
    assert main(["agreement", str(a), str(b), "-o", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    cells = [c for ws in wb for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    risky = [c for c in cells if c.value[:1] in "=+-@"]
    assert any(evil in c.value for c in risky)  # the ID is there, exactly as typed
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)
