"""The supervisor's workbook in another language (issue 23).

The workbook is written in a pseudo language made from the source (every marked string read
as ``⟦source⟧``, see ``tests/pseudo_language.py``) and compared with the English one: the
readers' sheets (Summary, Timeline, Notes and modifiers, Transitions, Codebook, About) have
their names and headings translated, the data tables (Tallies, Episodes; a batch's Sessions)
keep their English names and identifier columns, every CSV file is the same byte for byte,
and every number is the same, cell by cell.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from coded_sessions import coded
from openpyxl import load_workbook
from pseudo_language import OPEN, Pseudo, make_pseudo, pseudo_text

from attachcoder.io.installed import translations
from attachcoder.io.reports.batch import export_batch
from attachcoder.io.reports.session_workbook import DATA_SHEETS, SHEETS, write_session_workbook
from attachcoder.io.session.file import load, save

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "sample_sessions" / "D001_C1.acs"
_TRANSLATED = re.compile(r"⟦[^⟦⟧]*⟧")


@pytest.fixture(scope="module")
def pseudo_language(tmp_path_factory: pytest.TempPathFactory) -> Pseudo:
    return make_pseudo(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(pseudo_language: Pseudo, monkeypatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """German reads the pseudo catalog: ``lang="de"`` writes the pseudo language."""
    monkeypatch.setattr(translations, "catalog", lambda _lang: pseudo_language.catalog)
    yield "de"


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float | dt.datetime | dt.date | dt.time) and not isinstance(v, bool)


def _cells(ws: Any) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(values_only=True))


def assert_same_numbers(en: Any, de: Any) -> int:
    """Both workbooks' numbers, sheet by sheet in order, cell by cell; how many were compared."""
    assert len(en.worksheets) == len(de.worksheets)
    compared = 0
    for ws_en, ws_de in zip(en.worksheets, de.worksheets, strict=True):
        rows_en, rows_de = _cells(ws_en), _cells(ws_de)
        assert len(rows_en) == len(rows_de), ws_en.title
        for r, (row_en, row_de) in enumerate(zip(rows_en, rows_de, strict=True)):
            for c, (a, b) in enumerate(zip(row_en, row_de, strict=True)):
                if _is_number(a) or _is_number(b):
                    assert a == b, f"{ws_en.title}!{r + 1}:{c + 1}: {a!r} in English, {b!r}"
                    compared += 1
    return compared


def test_a_german_session_workbook_translates_its_headings_and_keeps_every_number(
    tmp_path: Path, pseudo: str
) -> None:
    session = load(SAMPLE)
    en_path, de_path = tmp_path / "en.xlsx", tmp_path / "de.xlsx"
    write_session_workbook(session, en_path, lang="en")
    write_session_workbook(session, de_path, lang=pseudo)
    en, de = load_workbook(en_path), load_workbook(de_path)

    assert en.sheetnames == list(SHEETS)
    expected = [s if s in DATA_SHEETS else pseudo_text(s) for s in SHEETS]
    assert de.sheetnames == expected
    for name in ("Tallies", "Episodes"):  # identifiers: the columns R and SPSS read
        assert _cells(de[name]) == _cells(en[name]), f"{name} differs between the languages"
    assert assert_same_numbers(en, de) > 500

    summary = _cells(de[pseudo_text("Summary")])
    assert summary[0][0] == pseudo_text("attachcoder — session summary")
    labels = [row[0] for row in summary if isinstance(row[0], str)]
    assert pseudo_text("Dyad ID") in labels and pseudo_text("Headline measures by phase") in labels
    assert pseudo_text("all") in labels  # the whole session's row, named in the language
    about = [c for row in _cells(de[pseudo_text("About")]) for c in row if isinstance(c, str)]
    said = " ".join(about)
    assert pseudo_text("About this workbook") in about
    assert "Column names stay English identifiers so R and SPSS scripts keep working" in said
    assert OPEN + "Length of the phase" in said  # the measures' definitions, translated
    assert "proportion_attuned" in about  # the measure names stay identifiers
    codebook = _cells(de[pseudo_text("Codebook")])
    assert codebook[0][0] == pseudo_text("layer")

    # every heading of a reader's sheet went through translate(): the pseudo language shows
    # a string lupdate could not see (an f-string, a mis-marked call) as English
    for name in de.sheetnames:
        if name in DATA_SHEETS:
            continue
        for row in _cells(de[name])[:3]:
            for cell in row:
                if isinstance(cell, str) and cell.strip() and not cell.startswith("attachcoder "):
                    if "⟧" in cell:
                        continue  # the end of a translated note wrapped over rows
                    rest = _TRANSLATED.sub("", cell.split(OPEN)[0])
                    assert not re.search(r"[A-Za-z]{3}", rest) or rest.strip() in _data(session), (
                        f"{name}: {cell!r} is not translated"
                    )


def _data(session: Any) -> set[str]:
    out = {session.scheme.name, session.metadata.dyad_id, session.metadata.coder_id}
    for layer in session.scheme.layers:
        out |= {layer.name, layer.kind, layer.role or ""}
        for c in layer.codes:
            out |= {c.name, c.role or "", c.key or "", c.color or "", c.definition}
    return out


def test_the_english_workbook_is_unchanged_outside_a_language(tmp_path: Path) -> None:
    """No language given and an English system: the English text, exactly."""
    path = tmp_path / "out.xlsx"
    with translations.language("en"):
        write_session_workbook(load(SAMPLE), path, lang="en")
    assert load_workbook(path).sheetnames == list(SHEETS)


def test_a_german_batch_keeps_its_tables_and_csv_files_and_translates_the_rest(
    tmp_path: Path, pseudo: str
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    save(coded("A 0-8, M 8-10, A 10-20", phases="play 0-10, still-face 10-20"),
         folder / "a.acs", backup=False)  # fmt: skip
    save(coded("M 0-4, R 4-6, A 6-9", coder="C2"), folder / "b.acs", backup=False)
    outputs = {}
    for lang in ("en", pseudo):
        out, csv = tmp_path / f"{lang}.xlsx", tmp_path / f"csv-{lang}"
        report = export_batch([folder], out, csv_dir=csv, lang=lang)
        assert report.output == out and report.sessions == 2
        outputs[lang] = (load_workbook(out), csv)
    (en, en_csv), (de, de_csv) = outputs["en"], outputs[pseudo]
    for name in DATA_SHEETS:
        assert name in de.sheetnames
        assert _cells(de[name]) == _cells(en[name]), f"{name} differs between the languages"
    assert pseudo_text("About") in de.sheetnames and pseudo_text("Codebook") in de.sheetnames
    assert assert_same_numbers(en, de) > 50
    names = sorted(p.name for p in en_csv.iterdir())
    assert names == sorted(p.name for p in de_csv.iterdir()) and "tallies.csv" in names
    for name in names:
        assert (en_csv / name).read_bytes() == (de_csv / name).read_bytes(), name
