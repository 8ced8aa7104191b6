"""A coding out to BORIS, Datavyu and Praat: each file read by an independent reader written
here from the format's own description (not by attachcoder's), compared episode by episode with
the session, read back through attachcoder's importer to the same episodes, and laid out as the
other tool's real files are (../shared/fixtures, when it is beside the project)."""

from __future__ import annotations

import itertools
import json
import re
import shutil
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest

from attachcoder.cli import main
from attachcoder.core.session import Session
from attachcoder.io.interchange import import_file
from attachcoder.io.interchange.boris_export import write_boris
from attachcoder.io.interchange.datavyu_export import write_opf
from attachcoder.io.interchange.textgrid import write_textgrid
from attachcoder.io.session.file import load, save

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"
FIXTURES = ROOT.parent / "shared" / "fixtures"


@pytest.fixture
def session(tmp_path: Path) -> tuple[Session, Path]:
    """The sample coding with notes (one with a quote, a comma and a dash) and modifiers."""
    path = tmp_path / "D001_C1.acs"
    shutil.copy(SAMPLE, path)
    s = load(path)
    eps = s.layer_episodes("Interaction")
    s.update(eps[0].id, note='mother says "look", then waits - smiles')
    s.update(eps[3].id, note="gaze aversion, 2 s")
    save(s, path, backup=False)
    return load(path), path


def _ours(s: Session) -> list[tuple[str, str, int, int | None, dict[str, str], str]]:
    return sorted(
        (e.layer, e.code, e.onset_ms, e.offset_ms, dict(e.modifiers), e.note)
        for e in s.episodes()
    )


def _back(result) -> Session:
    [(_name, s)] = result.sessions
    return s


def _by_code(rows):
    """Layer names differ between tools (BORIS: subjects): compare by code, time and values."""
    return sorted(r[1:] for r in rows)


# ----------------------------------------------------------------------------- BORIS


def _boris_pairs(project: dict) -> list[tuple[str, str, int, int | None, str, str]]:
    """BORIS's own rule: a state's events pair up by parity within subject, behaviour and
    modifier string, in time order; a point event stands alone."""
    kinds = {b["code"]: b["type"] for b in project["behaviors_conf"].values()}
    [obs] = project["observations"].values()
    open_: dict[tuple[str, str, str], tuple[float, str]] = {}
    out = []
    for ev in obs["events"]:
        t, subject, code, mods, comment = ev[:5]
        if kinds[code] == "Point event":
            out.append((subject, code, round(t * 1000), None, mods, comment))
            continue
        key = (subject, code, mods)
        if key in open_:
            start, note = open_.pop(key)
            out.append((subject, code, round(start * 1000), round(t * 1000), mods, note))
        else:
            open_[key] = (t, comment)
    assert not open_, f"unpaired starts: {open_}"
    return sorted(out)


def test_boris_project_holds_every_episode_and_reads_back(session, tmp_path: Path) -> None:
    s, path = session
    out = tmp_path / "D001_C1.boris"
    warnings = write_boris(s, out, session_path=path)
    assert warnings == []
    project = json.loads(out.read_text(encoding="utf-8"))
    assert project["project_format_version"] == "7.0"
    expected = sorted(
        (e.layer, e.code, e.onset_ms, e.offset_ms, "|".join(e.modifiers.values()), e.note)
        for e in s.episodes()
    )
    assert _boris_pairs(project) == expected
    # the ethogram: every code a behaviour of its layer's kind, with its key
    behaviours = {b["code"]: b for b in project["behaviors_conf"].values()}
    for layer in s.scheme.layers:
        for code in layer.codes:
            b = behaviours[code.name]
            assert b["type"] == ("State event" if layer.is_state else "Point event")
            assert b["key"] == (code.key or "") and b["category"] == layer.name
    assert behaviours["repair"]["modifiers"]["0"]["values"] == ["caregiver", "infant", "mutual"]
    # the media, relative because it lies beside the file; 25 fps gives each event its frame
    [obs] = project["observations"].values()
    assert obs["file"]["1"] == ["demo.mp4"] and obs["media_info"]["fps"]["demo.mp4"] == 25.0
    assert all(ev[5] == (round(ev[0] * 1000) * 25) // 1000 for ev in obs["events"])
    back = _back(import_file(out))
    assert _by_code(_ours(back)) == _by_code(_ours(s))


GPL_ABSENT = "../shared/fixtures is absent (GPL files: read from there, never copied here)"


@pytest.mark.skipif(not (FIXTURES / "boris").is_dir(), reason=GPL_ABSENT)
def test_boris_project_is_laid_out_as_borises_own(session, tmp_path: Path) -> None:
    s, path = session
    out = tmp_path / "x.boris"
    write_boris(s, out, session_path=path)
    ours = json.loads(out.read_text(encoding="utf-8"))
    theirs = json.loads((FIXTURES / "boris" / "test.boris").read_text(encoding="utf-8"))
    assert set(theirs) <= set(ours)
    t_obs = next(iter(theirs["observations"].values()))
    o_obs = next(iter(ours["observations"].values()))
    assert set(t_obs) - {"media_info"} <= set(o_obs) | {"description", "media_info"}
    for key in ("type", "key", "code", "description", "category", "modifiers", "excluded"):
        assert key in next(iter(ours["behaviors_conf"].values()))
    assert {"key", "name", "description"} == set(next(iter(ours["subjects_conf"].values())))


# ----------------------------------------------------------------------------- Datavyu

_CELL = re.compile(r"^(\d+):(\d\d):(\d\d):(\d\d\d),(\d+):(\d\d):(\d\d):(\d\d\d),\((.*)\)$")


def _ms(h: str, m: str, s: str, ms: str) -> int:
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def _datavyu_cells(db: str) -> dict[str, list[tuple[int, int, list[str]]]]:
    columns: dict[str, list[tuple[int, int, list[str]]]] = defaultdict(list)
    current = ""
    for line in db.splitlines()[1:]:
        m = _CELL.match(line)
        if m is None:
            current = line.split(" (", 1)[0]
            continue
        values = [re.sub(r"\\(.)", r"\1", v) for v in re.split(r"(?<!\\),", m.group(9))]
        columns[current].append((_ms(*m.groups()[0:4]), _ms(*m.groups()[4:8]), values))
    return columns


def test_datavyu_project_holds_every_episode_and_reads_back(session, tmp_path: Path) -> None:
    s, path = session
    out = tmp_path / "D001_C1.opf"
    write_opf(s, out, session_path=path)
    with zipfile.ZipFile(out) as z:
        db = z.read("db").decode("utf-8")
        project = z.read("project").decode("utf-8")
    assert db.startswith("#4\n") and "feed: demo.mp4" in project
    cells = _datavyu_cells(db)
    for layer in s.scheme.layers:
        got = []
        for onset, offset, values in cells[layer.name]:
            end = None if onset == offset and not layer.is_state else offset + 1  # inclusive
            got.append((values[0], onset, end, values[-1]))
        want = [(e.code, e.onset_ms, e.offset_ms, e.note) for e in s.layer_episodes(layer.name)]
        assert got == want
    repair = next(v for _, _, v in cells["Interaction"] if v[0] == "repair")
    assert repair[1] in ("caregiver", "infant", "mutual")  # the initiator argument
    back = _back(import_file(out))
    assert _ours(back) == _ours(s)


@pytest.mark.skipif(not (FIXTURES / "datavyu").is_dir(), reason=GPL_ABSENT)
def test_datavyu_project_is_laid_out_as_datavyus_own(session, tmp_path: Path) -> None:
    s, path = session
    out = tmp_path / "x.opf"
    write_opf(s, out, session_path=path)
    with zipfile.ZipFile(FIXTURES / "datavyu" / "DatavyuSampleSpreadsheet.opf") as z:
        theirs = z.read("db").decode("utf-8").splitlines()
        their_project = z.read("project").decode("utf-8")
    with zipfile.ZipFile(out) as z:
        ours = z.read("db").decode("utf-8").splitlines()
        our_project = z.read("project").decode("utf-8")
    header = re.compile(r"^\w+ \(MATRIX,true,\)-(\w+\|NOMINAL,)*\w+\|NOMINAL$")
    assert ours[0] == theirs[0] == "#4"
    assert any(header.match(x) for x in theirs) and all(
        header.match(x) or _CELL.match(x) for x in ours[1:]
    )
    for key in ("!project", "dbFile:", "name:", "version: 5", "- !vs", "feed:", "settingsId:"):
        assert key in their_project and key in our_project


# ----------------------------------------------------------------------------- Praat


def _praat_tiers(text: str) -> dict[str, list[tuple[float, float | None, str]]]:
    tiers: dict[str, list[tuple[float, float | None, str]]] = {}
    blocks = re.split(r"\n\s*item \[\d+\]:\n", text)[1:]
    for block in blocks:
        name = re.search(r'name = "((?:[^"]|"")*)"', block).group(1)
        if 'class = "IntervalTier"' in block:
            tiers[name] = [
                (float(a), float(b), t.replace('""', '"'))
                for a, b, t in re.findall(
                    r'xmin = ([\d.]+) \n\s*xmax = ([\d.]+) \n\s*text = "((?:[^"]|"")*)"', block
                )
            ]
        else:
            tiers[name] = [
                (float(t), None, m)
                for t, m in re.findall(r'number = ([\d.]+) \n\s*mark = "((?:[^"]|"")*)"', block)
            ]
    return tiers


def test_praat_textgrid_holds_every_label_and_reads_back(session, tmp_path: Path) -> None:
    s, _path = session
    out = tmp_path / "D001_C1.TextGrid"
    warnings = write_textgrid(s, out)
    assert any("modifier or a note" in w for w in warnings)
    text = out.read_text(encoding="utf-8")
    assert text.startswith('File type = "ooTextFile"\nObject class = "TextGrid"\n')
    tiers = _praat_tiers(text)
    for layer in s.scheme.layers:
        want = [(e.onset_ms / 1000, None if e.offset_ms is None else e.offset_ms / 1000, e.code)
                for e in s.layer_episodes(layer.name)]  # fmt: skip
        got = [t for t in tiers[layer.name] if t[2]]  # empty intervals are uncoded time
        assert got == want
        if layer.is_state:  # a Praat tier covers the whole span without a hole
            spans = tiers[layer.name]
            assert spans[0][0] == 0 and spans[-1][1] == s.duration_ms / 1000
            assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    back = _back(import_file(out))
    plain = sorted((e.layer, e.code, e.onset_ms, e.offset_ms) for e in s.episodes())
    assert sorted((e.layer, e.code, e.onset_ms, e.offset_ms) for e in back.episodes()) == plain


# ----------------------------------------------------------------------------- all three


def test_a_state_still_running_without_an_observed_end_is_left_out_and_named(tmp_path: Path):
    s = load(SAMPLE)
    last = s.layer_episodes("Interaction")[-1]
    s.delete(last.id)
    s.apply(s.plan_start("Interaction", "attuned", last.onset_ms))  # never stopped
    for writer, name in ((write_boris, "x.boris"), (write_opf, "x.opf"),
                         (write_textgrid, "x.TextGrid")):  # fmt: skip
        warnings = writer(s, tmp_path / name)
        assert any("still running" in w and "left out" in w for w in warnings), name
        back = _back(import_file(tmp_path / name))
        assert not any(e.offset_ms is None for e in back.episodes() if e.layer == "Interaction")
        assert max(e.onset_ms for e in back.layer_episodes(back.scheme.layers[0].name)) < (
            last.onset_ms
        )


@pytest.mark.parametrize("suffix", [".boris", ".opf", ".TextGrid"])
def test_convert_writes_each_format(session, tmp_path: Path, suffix: str, capsys) -> None:
    s, path = session
    out = tmp_path / f"out{suffix}"
    assert main(["convert", str(path), "-o", str(out)]) == 0
    assert out.exists() and f"{len(s)} episodes" in capsys.readouterr().out
    assert len(_back(import_file(out))) == len(s)


def test_media_outside_the_exported_folder_is_written_absolute(session, tmp_path: Path) -> None:
    s, path = session
    elsewhere = tmp_path / "exports" / "deep"
    elsewhere.mkdir(parents=True)
    write_boris(s, elsewhere / "x.boris", session_path=path)
    [obs] = json.loads((elsewhere / "x.boris").read_text())["observations"].values()
    assert obs["file"]["1"] == [str((tmp_path / "demo.mp4").resolve())]


def test_episode_csv_and_sheet_carry_frame_numbers(session, tmp_path: Path) -> None:
    """The frame on screen at each onset and offset (BORIS's image index), in the CSV and the
    workbook's Episodes sheet; at 25 fps frame k starts at k × 40 ms."""
    import csv

    from openpyxl import load_workbook

    s, path = session
    out = tmp_path / "e.csv"
    assert main(["convert", str(path), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.read_text("utf-8-sig").splitlines()))
    for row, e in zip(rows, s.episodes(), strict=True):
        assert int(row["onset_frame"]) == e.onset_ms // 40
        assert row["offset_frame"] == ("" if e.offset_ms is None else str(e.offset_ms // 40))
    book = tmp_path / "w.xlsx"
    assert main(["export", str(path), "-o", str(book)]) == 0
    sheet = list(load_workbook(book)["Episodes"].iter_rows(values_only=True))
    col = sheet[0].index("onset_frame")
    assert [r[col] for r in sheet[1:]] == [e.onset_ms // 40 for e in s.episodes()]


def test_frame_numbers_at_29_97_fps_land_on_the_frame_whose_start_was_stored() -> None:
    from attachcoder.analysis.tables import frame_at

    fps = 30000 / 1001
    for k in range(0, 5000, 7):
        assert frame_at(round(k * 1000 / fps), fps) == k
    assert frame_at(1000, 25.0, offset_ms=1000) == 0  # a second camera starting 1 s late
