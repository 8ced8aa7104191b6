"""Every CSV the program writes, read back by pandas: the right rows, numbers as numbers.

Sessions with hostile IDs (a carriage return and a formula in a dyad ID, a quote, comma and
line feed in a coder ID, a right-to-left override) are written straight to their files — the
doors refuse such IDs (tests/commands/test_id_doors.py), but older files and other tools'
output may hold them — and go through ``batch --csv --timeseries``. Each CSV must read back
with one row per row written, IDs exactly as in the sessions, and numeric columns numeric:
negative values (effects, a code named ``-0.71``) included.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest
from coded_sessions import coded
from openpyxl import load_workbook

from attachcoder.analysis.tables import episodes_table
from attachcoder.analysis.timeseries import session_timeseries
from attachcoder.cli import main
from attachcoder.core import Code, Episode, Layer, Scheme, Session
from attachcoder.io.session.file import load, save
from attachcoder.io.sheets.csv_tables import csv_needs_guard, write_csv

HOSTILE = [
    ("D\r=1+1", "C1"),
    ("D\n2", 'C"1,\r\n2'),
    ("D\u202e3gpj.exe", "C\u20662"),
    ("-5", "@C"),
    ("=HYPERLINK(\"x\")", "\tC"),
]


def _sessions(folder: Path) -> list[Session]:
    out = []
    for i, (dyad, coder) in enumerate(HOSTILE):
        s = coded(
            "A 0-5, M 5-9, R 9-11, A 11-20, M 20-30, A 30-40",
            phases="play 0-10, still-face 10-30, reunion 30-40",
            marks="b 3, b 12, n 25",
            dyad=dyad,
            coder=coder,
            notes={1: "=SUM(A1)\r\nsecond line", 2: "-0.71"},
        )
        save(s, folder / f"s{i}.acs", backup=False)
        out.append(s)
    return out


def _read(path: Path) -> pd.DataFrame:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel needs
    return pd.read_csv(path, encoding="utf-8-sig", keep_default_na=False, na_values=[""])


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, list[Session]]:
    folder = tmp_path / "in"
    folder.mkdir()
    sessions = _sessions(folder)
    rc = main(["batch", str(folder), "-o", str(tmp_path / "b.xlsx"), "--csv",
               str(tmp_path / "csv"), "--timeseries", str(tmp_path / "ts"), "--quiet"])  # fmt: skip
    assert rc == 0
    return tmp_path, sessions


def test_hostile_ids_stay_on_their_rows_in_every_csv(exported) -> None:
    root, sessions = exported
    episodes = _read(root / "csv" / "episodes.csv")
    assert len(episodes) == sum(len(s) for s in sessions)
    # as typed; "-5" is a number, not guarded (pandas keeps it as text in a text column)
    dyads = [d for d, _ in HOSTILE]
    assert list(episodes["dyad_id"].unique()) == [*dyads[:4], "'" + dyads[4]]
    assert episodes["coder_id"].tolist()[: len(sessions[0])] == ["C1"] * len(sessions[0])
    assert set(episodes["coder_id"]) >= {'C"1,\r\n2', "C\u20662", "'@C", "'\tC"}
    for col in ("onset_s", "offset_s", "duration_s"):
        assert episodes[col].dtype == "float64", col
    # a note that is a number is not guarded
    assert set(episodes["note"].dropna()) == {"'=SUM(A1)\r\nsecond line", "-0.71"}
    tallies = _read(root / "csv" / "tallies.csv")
    wb = load_workbook(root / "b.xlsx", read_only=True)
    assert len(tallies) == sum(1 for _ in wb["Tallies"].iter_rows(min_row=2))
    assert tallies["value"].dtype == "float64"
    effect = tallies[tallies["measure"] == "still_face_effect_proportion_attuned"]["value"]
    assert len(effect) == len(sessions) and (effect < 0).all()  # negative numbers stay numbers
    sessions_csv = _read(root / "csv" / "sessions.csv")
    assert len(sessions_csv) == len(sessions)
    assert sessions_csv["still_face_effect_proportion_attuned"].dtype == "float64"
    assert (sessions_csv["still_face_effect_proportion_attuned"] < 0).all()
    series = _read(root / "ts" / "timeseries.csv")
    assert len(series) == sum(40 for _ in sessions)  # 40 s at 1 s steps, no row split
    assert series["t_s"].dtype == "float64" and series["infant bid"].dtype == "int64"
    assert list(series["dyad_id"].unique()) == list(episodes["dyad_id"].unique())
    problems = _read(root / "csv" / "problems.csv")
    assert len(problems) == sum(1 for _ in wb["Problems"].iter_rows(min_row=2)) == 6
    assert set(problems["kind"]) == {"note"}  # each ID that breaks the rule, named


def test_every_field_with_cr_lf_quote_or_comma_is_quoted(exported) -> None:
    root, _ = exported
    for path in [*(root / "csv").glob("*.csv"), root / "ts" / "timeseries.csv"]:
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        width = len(rows[0])
        assert all(len(r) == width for r in rows), path.name
        # outside quoted fields, the only line breaks are the CRLF row ends
        unquoted = "".join(part for i, part in enumerate(text.split('"')) if i % 2 == 0)
        assert unquoted.count("\r") == unquoted.count("\n") == len(rows), path.name


def test_numbers_in_text_columns_are_written_as_numbers(tmp_path: Path) -> None:
    """A scheme whose codes are numbers (e.g. a rating scale): their column reads back as
    numbers, ``-0.71`` too — not ``'-0.71``, which a spreadsheet never takes for a number."""
    codes = tuple(Code(n, key=k) for n, k in (("-0.71", "1"), ("0.5", "2"), ("12", "3")))
    scheme = Scheme(name="scale", layers=(Layer("Scale", "state", codes=codes),))
    spans = (("-0.71", 0, 2000), ("0.5", 2000, 3000), ("12", 4000, 6000))
    eps = [Episode(f"e{i}", "Scale", c, a, b) for i, (c, a, b) in enumerate(spans)]
    s = Session(scheme, duration_ms=6000, episodes=eps)
    path = tmp_path / "e.csv"
    write_csv(episodes_table(s), path)
    back = _read(path)
    assert back["code"].dtype == "float64" and back["code"].tolist() == [-0.71, 0.5, 12.0]
    assert "'" not in path.read_text(encoding="utf-8-sig")
    ts = tmp_path / "t.csv"
    write_csv(session_timeseries(s, 1000, session_key="k"), ts)
    assert _read(ts)["Scale"].tolist()[:3] == [-0.71, -0.71, 0.5]


@pytest.mark.parametrize(
    ("text", "guard"),
    [("-0.71", False), ("+3", False), ("-1e-5", False), (".5", False), ("12", False),
     ("-1+2", True), ("=1", True), ("@x", True), ("\t1", True), ("\r1", True), ("-", True),
     ("-inf", True), ("#DIV/0!", True), ("a-1", False)],
)  # fmt: skip
def test_the_csv_guard_leaves_plain_numbers_alone(text: str, guard: bool) -> None:
    assert csv_needs_guard(text) is guard


def test_a_file_holding_a_hostile_id_still_loads_and_check_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _sessions(tmp_path)
    assert load(tmp_path / "s0.acs").metadata.dyad_id == "D\r=1+1"  # the window can fix it
    assert main(["check", str(tmp_path / "s0.acs"), str(tmp_path / "s2.acs")]) == 1
    out = capsys.readouterr().out
    assert "metadata.dyad_id: the dyad ID 'D\\r=1+1' holds U+000D" in out
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in out
    assert "metadata.coder_id" in out and "U+2066 LEFT-TO-RIGHT ISOLATE" in out
    assert "\u202e" not in out and "\r" not in out  # said, never shown raw
