"""Outputs are never destroyed or mixed: a batch that read nothing writes nothing, a read-only
output is refused, export names never collide, a CSV set is swapped in whole, and every CSV
field that could split a row or run as a formula is quoted and guarded."""

from __future__ import annotations

import csv
import io
import stat
from pathlib import Path

import pytest
from coded_sessions import coded

from attachcoder.analysis.tables import EPISODE_COLUMNS
from attachcoder.cli import main
from attachcoder.io.atomic import atomic_file
from attachcoder.io.session.file import save
from attachcoder.io.sheets import csv_tables

CSV_SET = ["codebook.csv", "episodes.csv", "problems.csv", "sessions.csv", "tallies.csv"]


@pytest.fixture
def earlier_batch(tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A folder of sessions and the workbook and CSV set an earlier batch made of it."""
    d = tmp_path / "in"
    d.mkdir()
    save(coded("A 0-4, M 4-6, A 6-9"), d / "a.acs", backup=False)
    out, csv_dir = tmp_path / "all.xlsx", tmp_path / "csv"
    assert main(["batch", str(d), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 0
    before = {p.name: p.read_bytes() for p in [out, *csv_dir.iterdir()]}
    return out, csv_dir, before


def _now(out: Path, csv_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in [out, *csv_dir.iterdir()]}


def test_a_mistyped_path_keeps_the_existing_outputs(
    tmp_path: Path, earlier_batch, capsys: pytest.CaptureFixture[str]
) -> None:
    out, csv_dir, before = earlier_batch
    typo = tmp_path / "inn"
    assert main(["batch", str(typo), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 1
    assert _now(out, csv_dir) == before
    assert f"{typo}: no such file or folder" in capsys.readouterr().err


def test_a_batch_of_unreadable_files_keeps_the_existing_outputs(
    tmp_path: Path, earlier_batch, capsys: pytest.CaptureFixture[str]
) -> None:
    out, csv_dir, before = earlier_batch
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "x.acs").write_text("{", encoding="utf-8")
    (bad / "y.acs").write_text("[]", encoding="utf-8")
    assert main(["batch", str(bad), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 1
    assert _now(out, csv_dir) == before
    err = capsys.readouterr().err
    assert "no session could be read" in err and "kept as it was" in err


@pytest.mark.parametrize("which", ["all.xlsx", "tallies.csv"])
def test_a_read_only_output_is_refused(
    earlier_batch, capsys: pytest.CaptureFixture[str], which: str
) -> None:
    out, csv_dir, before = earlier_batch
    target = out if which == "all.xlsx" else csv_dir / which
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    try:
        folder = out.parent / "in"
        assert main(["batch", str(folder), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 1
        assert _now(out, csv_dir) == before
        assert f"could not write {target}: it is read-only" in capsys.readouterr().err
    finally:
        target.chmod(0o644)


def test_a_failure_inside_the_csv_set_leaves_the_old_set_whole(
    earlier_batch, monkeypatch: pytest.MonkeyPatch
) -> None:
    out, csv_dir, before = earlier_batch
    save(coded("A 0-9", coder="C7"), out.parent / "in" / "b.acs", backup=False)
    real = atomic_file

    def fourth_fails(path, *args, **kwargs):
        if Path(path).name == "codebook.csv":
            raise OSError(28, "No space left on device")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(csv_tables, "atomic_file", fourth_fails)
    folder = out.parent / "in"
    assert main(["batch", str(folder), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 1
    csv_now = {p.name: p.read_bytes() for p in csv_dir.iterdir()}
    assert csv_now == {k: v for k, v in before.items() if k.endswith(".csv")}
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []


def test_a_csv_folder_with_other_files_keeps_them(tmp_path: Path, earlier_batch) -> None:
    out, csv_dir, _ = earlier_batch
    (csv_dir / "my-analysis.R").write_text("read.csv('tallies.csv')", encoding="utf-8")
    folder = out.parent / "in"
    assert main(["batch", str(folder), "-o", str(out), "--csv", str(csv_dir), "--quiet"]) == 0
    assert sorted(p.name for p in csv_dir.iterdir()) == sorted([*CSV_SET, "my-analysis.R"])


def test_export_makes_colliding_file_names_unique_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = []
    for n, dyad in enumerate(["C/1", "C_1", "C:1", "D001", "d001"]):
        p = tmp_path / f"s{n}.acs"
        save(coded("A 0-1", dyad=dyad, coder="X"), p, backup=False)
        paths.append(str(p))
    books = tmp_path / "books"
    assert main(["export", *paths, "-o", str(books)]) == 0
    names = sorted(p.name for p in books.iterdir())
    assert len(names) == 5
    assert len({n.casefold() for n in names}) == 5  # distinct on a case-insensitive disk too
    err = capsys.readouterr().err
    assert err.count("makes the same file name as another session's") == 3


def _rows(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the byte-order mark Excel on Windows needs
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.mark.parametrize("how", ["batch", "convert"])
def test_csv_quotes_line_breaks_and_guards_formulas(tmp_path: Path, how: str) -> None:
    note = 'first\rsecond\n=1+1, "quoted" ü'
    src = tmp_path / "in" / "a.acs"
    src.parent.mkdir()
    save(coded("A 0-4, M 4-6", notes={1: note}), src, backup=False)
    formula = coded("A 0-4", coder="C2", notes={0: '=HYPERLINK("x")'})
    save(formula, tmp_path / "in" / "b.acs", backup=False)
    if how == "batch":
        assert main(["batch", str(src.parent), "-o", str(tmp_path / "o.xlsx"),
                     "--csv", str(tmp_path / "csv"), "--quiet"]) == 0  # fmt: skip
        rows = _rows(tmp_path / "csv" / "episodes.csv")
    else:
        assert main(["convert", str(tmp_path / "in" / "b.acs"), "-o", str(tmp_path / "b.csv")]) == 0
        assert main(["convert", str(src), "-o", str(tmp_path / "a.csv")]) == 0
        rows = _rows(tmp_path / "a.csv")[1:] + _rows(tmp_path / "b.csv")
    notes = [r[EPISODE_COLUMNS.index("note")] for r in rows[1:]]
    assert note in notes  # one field, whole: the CR did not split the row
    assert '\'=HYPERLINK("x")' in notes
    assert all(len(r) == len(rows[0]) for r in rows)
    raw = (tmp_path / ("csv/episodes.csv" if how == "batch" else "a.csv")).read_bytes()
    assert b'"first\rsecond\n=1+1, ""quoted"" \xc3\xbc"' in raw
    for line in raw.decode("utf-8-sig").split("\r\n"):
        assert not line.startswith("=")


def test_elan_export_names_the_video_absolutely_and_relatively_below_the_eaf(
    tmp_path: Path,
) -> None:
    """An EAF is a working file for ELAN, which needs the video's path (DOMAIN.md, Privacy):
    MEDIA_URL is absolute; RELATIVE_MEDIA_URL only names a video in the .eaf's folder or below
    it, never a path climbing out of it."""
    import xml.etree.ElementTree as ET

    session = coded("A 0-4")
    from attachcoder.core import Media

    session.set_field("media", [Media(path="video/D001.mp4", sha256=None)])
    src = tmp_path / "study" / "s.acs"
    src.parent.mkdir()
    save(session, src, backup=False)
    out = tmp_path / "study" / "elan" / "s.eaf"
    out.parent.mkdir()
    assert main(["convert", str(src), "-o", str(out)]) == 0
    video = (tmp_path / "study" / "video" / "D001.mp4").resolve()
    media = ET.parse(out).getroot().find("HEADER/MEDIA_DESCRIPTOR")
    assert media.get("MEDIA_URL") == video.as_uri()
    assert media.get("RELATIVE_MEDIA_URL") is None
    beside = tmp_path / "study" / "s.eaf"
    assert main(["convert", str(src), "-o", str(beside)]) == 0
    media = ET.parse(beside).getroot().find("HEADER/MEDIA_DESCRIPTOR")
    assert media.get("MEDIA_URL") == video.as_uri()
    assert media.get("RELATIVE_MEDIA_URL") == "./video/D001.mp4"
