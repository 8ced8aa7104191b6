"""How every sheet of ours prints: the one page set-up of the xlsx layer.

A sheet is printed landscape with its header row(s) repeated on every page. How it is scaled
depends on how wide it is (``fit``):

* ``"width"`` — one page wide, as many pages down as it takes (narrow sheets: the Summary,
  the Timeline score, Tallies, Codebook…);
* ``"auto"`` — one page wide when that keeps it readable (up to :data:`FIT_WIDTH_CHARS`
  character widths, about two-thirds size), else at full size across pages with the first
  ``title_columns`` column(s) repeated, so each page still says whose row it is (a 50-column
  sheet squeezed to one page width prints at about 1 pt);
* ``"page"`` — the whole sheet on one page (a small table and its note).

``portrait`` turns the paper for tall, narrow sheets. Works on write-only and ordinary sheets.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal

#: The widest table (in character widths) still printed as one page wide: landscape paper holds
#: about 135 characters at 100 %, so up to this it prints at no less than about two-thirds size.
FIT_WIDTH_CHARS = 200.0

Fit = Literal["auto", "width", "page"]


def page_setup(
    ws: Any,
    widths: Sequence[float] = (),
    *,
    fit: Fit = "auto",
    title_rows: str | None = "1:1",
    title_columns: int = 1,
    portrait: bool = False,
) -> None:
    """Set how ``ws`` prints (see the module docstring)."""
    from openpyxl.utils import get_column_letter

    ws.page_setup.orientation = "portrait" if portrait else "landscape"
    if title_rows:
        ws.print_title_rows = title_rows
    narrow = fit != "auto" or sum(widths) <= FIT_WIDTH_CHARS
    ws.sheet_properties.pageSetUpPr.fitToPage = narrow
    ws.page_setup.fitToWidth = 1 if narrow else 0
    ws.page_setup.fitToHeight = 1 if fit == "page" else 0
    if not narrow and title_columns > 0:
        ws.print_title_cols = f"A:{get_column_letter(title_columns)}"


Paper = Literal["a4", "letter"]
PAPERS: tuple[Paper, ...] = ("a4", "letter")
#: openpyxl's paperSize codes (the ECMA-376 ST_PaperSize values)
_PAPER_CODES = {"a4": 9, "letter": 1}
#: where US Letter is the custom (CLDR's paperSize: the Americas that use it, and the
#: Philippines); everywhere else prints on A4
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "PR", "DO", "SV", "NI", "BZ"}
)


def default_paper(locale_name: str | None = None) -> Paper:
    """The paper the clinic most likely prints on: Letter where that is the custom (by the
    locale's territory: ``LC_PAPER``, ``LC_ALL`` or ``LANG``, then Python's locale), else A4."""
    import locale
    import os

    name = locale_name
    if name is None:
        name = next(
            (os.environ[v] for v in ("LC_PAPER", "LC_ALL", "LANG") if os.environ.get(v)), ""
        )
        if not name or name in ("C", "POSIX") or name.startswith("C."):
            name = locale.getlocale()[0] or ""
    territory = name.split(".")[0].split("@")[0].replace("-", "_").partition("_")[2]
    return "letter" if territory.upper() in LETTER_TERRITORIES else "a4"


def apply_paper(wb: Any, paper: Paper) -> None:
    """Every sheet of ``wb`` printed on ``paper``."""
    for ws in wb.worksheets:
        ws.page_setup.paperSize = _PAPER_CODES[paper]
