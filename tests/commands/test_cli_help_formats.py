"""The top-level help names every format import reads and convert writes (it listed three of
six after the BORIS, Datavyu and Praat exports came)."""

from __future__ import annotations

import pytest

from attachcoder.cli import main
from attachcoder.io.interchange import EXPORT_FORMATS, IMPORT_FORMATS


def test_help_lists_every_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    text = " ".join(capsys.readouterr().out.lower().split())
    convert = text[text.index("convert") : text.index("new ")]
    imports = text[text.index("import ") : text.index("convert")]
    for suffix in EXPORT_FORMATS:
        assert suffix in convert, suffix
    for suffix in IMPORT_FORMATS:
        assert suffix in imports, suffix


def test_the_lang_help_reads_as_english(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "the workbook's language: en (English)" in text
