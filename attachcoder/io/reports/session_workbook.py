"""The supervisor's workbook for one session (``attachcoder export``, and File → Export).

Sheets: Summary, Timeline, Notes and modifiers, Tallies, Episodes, Transitions, Codebook, About.
Every number comes from the tidy tables of :mod:`attachcoder.analysis`; this module only lays
them out. The file
is safe to pass around (DOMAIN.md, Privacy): no video or folder path in any cell, the session
named by its pseudonymous key (never by its file's name), notes left out on request, and
text that looks like a formula written as text. It is written atomically: a failure leaves no
partial file and the earlier file intact.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from attachcoder import __version__
from attachcoder.analysis.definitions import MEASURE_DEFINITIONS
from attachcoder.analysis.tables import episodes_table
from attachcoder.analysis.tallies import Tallies, analyse
from attachcoder.core.session import Session
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, choose, language, translate
from attachcoder.io.sheets.xlsx_page import Paper
from attachcoder.io.sheets.xlsx_rows import save_atomically

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

#: the sheets, as English names; :func:`sheet_name` gives each in the workbook's language,
#: except the data tables, which keep their English names (scripts read them by name)
SHEETS = (
    QT_TRANSLATE_NOOP("workbook", "Summary"),
    QT_TRANSLATE_NOOP("workbook", "Timeline"),
    QT_TRANSLATE_NOOP("workbook", "Notes and modifiers"),
    "Tallies",
    "Episodes",
    QT_TRANSLATE_NOOP("workbook", "Transitions"),
    QT_TRANSLATE_NOOP("workbook", "Codebook"),
    QT_TRANSLATE_NOOP("workbook", "About"),
)
#: sheets R and SPSS scripts read: their names and column names stay English identifiers
DATA_SHEETS = ("Sessions", "Tallies", "Episodes")

PRIVACY_LINE = QT_TRANSLATE_NOOP(
    "workbook",
    "This workbook identifies the session by its pseudonymous IDs (dyad, coder, date) and its "
    "session key, never by a file name; it holds no video and no video or folder path.",
)
IDENTIFIERS_LINE = QT_TRANSLATE_NOOP(
    "workbook",
    "Column names stay English identifiers so R and SPSS scripts keep working: the sheets "
    "{0} keep their English names and columns, as do the CSV files; measure names and units "
    "below are those identifiers.",
)


def sheet_name(name: str) -> str:
    """A sheet's name in the workbook's language (a data table's stays English)."""
    return name if name in DATA_SHEETS else translate("workbook", name)


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    wb.properties.creator = f"attachcoder {__version__}"
    return wb


def write_about(
    wb: Workbook,
    *,
    schemes: list[str],
    notes: bool,
    extra: Sequence[str] = (),
    off_paper: Sequence[str] = (),
) -> None:
    """Tool version, scheme(s), what was left out, which sheets stay off paper
    (``off_paper``: one line each) and the definition of every measure."""
    from attachcoder.io.sheets.cells import TITLE_FONT
    from attachcoder.io.sheets.row_sheet import RowSheet

    widths = [34.0, 16.0, 90.0]
    s = RowSheet(wb, sheet_name("About"), widths, portrait=True)
    s.title(translate("workbook", "About this workbook"), TITLE_FONT)
    s.row()
    s.pair(translate("workbook", "Written by"), f"attachcoder {__version__}")
    s.pair(translate("workbook", "Written on"), _dt.date.today().isoformat())
    for i, scheme in enumerate(schemes):
        s.pair(translate("workbook", "Coding scheme") if i == 0 else "", scheme)
    s.pair(
        translate("workbook", "Free-text notes"),
        translate("workbook", "included")
        if notes
        else translate("workbook", "left out (--no-notes)"),
    )
    s.wrapped([translate("workbook", "Privacy"), "", translate("workbook", PRIVACY_LINE)], widths)
    data_sheets = ", ".join(DATA_SHEETS)
    identifiers = translate("workbook", IDENTIFIERS_LINE).format(data_sheets)
    s.wrapped([translate("workbook", "Column names"), "", identifiers], widths)
    for line in extra:
        s.wrapped(["", "", line], widths)
    for i, line in enumerate(off_paper):
        s.wrapped([translate("workbook", "On paper") if i == 0 else "", "", line], widths)
    s.row()
    s.title(
        translate("workbook", "The measures (docs/metrics.md explains each with a worked example)")
    )
    s.header(
        [
            translate("workbook", "measure"),
            translate("workbook", "unit"),
            translate("workbook", "definition"),
        ],
        numbers=False,
    )
    for name, unit, text in MEASURE_DEFINITIONS:
        s.wrapped([name, unit, translate("measures", text)], widths)


def build_session_workbook(
    session: Session,
    tallies: Tallies,
    *,
    notes: bool = True,
) -> Workbook:
    from attachcoder.io.reports.notes_sheet import write_notes_sheet
    from attachcoder.io.reports.summary_sheet import write_summary
    from attachcoder.io.reports.table_sheets import write_codebook, write_episodes, write_tallies
    from attachcoder.io.reports.timeline_sheet import write_timeline
    from attachcoder.io.reports.transitions_sheet import write_transitions

    key = str(tallies.table["session_key"].iloc[0]) if len(tallies.table) else None
    episodes = episodes_table(session, session_key=key, notes=notes)
    wb = new_workbook()
    write_summary(wb, session, tallies, notes=notes)
    write_timeline(wb, session)
    write_notes_sheet(wb, session, notes=notes)
    off_paper = [write_tallies(wb, [tallies.table]), write_episodes(wb, [episodes], clocks=True)]
    write_transitions(wb, tallies)
    write_codebook(wb, session.scheme)
    scheme = session.scheme
    label = translate("workbook", "{0}, version {1}").format(scheme.name, scheme.version)
    write_about(wb, schemes=[label], notes=notes, off_paper=off_paper)
    return wb


def write_session_workbook(
    session: Session,
    path: str | os.PathLike[str],
    *,
    notes: bool = True,
    session_key: str | None = None,
    paper: Paper | None = None,
    lang: str | None = None,
) -> Tallies:
    """Write the supervisor's workbook of ``session`` to ``path`` (an ``.xlsx``), atomically,
    and return the measures it shows (their warnings are for the caller to pass on).

    ``notes=False`` leaves the coder's free text out; ``session_key`` overrides the metadata's
    key (an export of several sessions sharing a key numbers them), which is how the workbook
    names the session (never by its file). Raises
    :class:`attachcoder.io.atomic.WriteError` with a clear message when the file cannot be
    written; nothing partial is left behind. ``paper``: A4 or Letter (default: the locale's);
    ``lang``: the workbook's language (default: the system's).
    """
    tallies = analyse(session, session_key=session_key)
    with language(choose(lang)):  # headings, notes and sheet names; data columns stay English
        wb = build_session_workbook(session, tallies, notes=notes)
    save_atomically(wb, path, paper=paper)
    return tallies
