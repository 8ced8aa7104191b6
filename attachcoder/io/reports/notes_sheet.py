"""The "Notes and modifiers" page: every episode the coder annotated, for the supervisor.

Episodes is a data table and stays off paper, and the Timeline score shows a note only as an
"N" — so on paper a supervisor never saw what the coder wrote or who initiated a repair. This
page lists each episode with a note, a modifier, or a modifier its code asks for left unset
("not coded": the question the supervisor should ask), by time. It prints portrait, one page
wide. With ``--no-notes`` the notes are left out and the page says so.
"""

from __future__ import annotations

from openpyxl.workbook import Workbook

from attachcoder.analysis.tables import NOT_CODED, notes_and_modifiers
from attachcoder.core.session import Session
from attachcoder.io.installed.translations import QT_TRANSLATE_NOOP, translate
from attachcoder.io.sheets.cells import (
    CLOCK_FORMAT,
    TITLE_FONT,
    WRAP,
    clock_days,
    font,
    wrapped_height,
)
from attachcoder.io.sheets.row_sheet import RowSheet

SHEET = QT_TRANSLATE_NOOP("workbook", "Notes and modifiers")
WIDTHS = [13.0, 13.0, 14.0, 14.0, 26.0, 60.0]
UNSET_FONT = font(color="B00000")


def _shown(value: str) -> str:
    return translate("workbook", NOT_CODED) if value == NOT_CODED else value


def write_notes_sheet(wb: Workbook, session: Session, *, notes: bool) -> None:
    from openpyxl.styles import Alignment

    rows = notes_and_modifiers(session, notes=notes)
    s = RowSheet(wb, translate("workbook", SHEET), WIDTHS, portrait=True)
    s.title(translate("workbook", "Notes and modifiers — what the coder saw"), TITLE_FONT)
    unset = sum(r.unset for r in rows)
    said = translate("workbook", "{0} episode(s) with a note or a modifier").format(len(rows))
    if unset:
        said += translate("workbook", "; {0} modifier(s) not coded").format(unset)
    s.note(
        said + ("." if notes else translate("workbook", "; free-text notes left out (--no-notes)."))
    )
    s.row()
    if not rows:
        s.note(translate("workbook", "No episode has a note or a modifier."))
        return
    heads = (
        QT_TRANSLATE_NOOP("workbook", "Onset"),
        QT_TRANSLATE_NOOP("workbook", "Offset"),
        QT_TRANSLATE_NOOP("workbook", "Layer"),
        QT_TRANSLATE_NOOP("workbook", "Code"),
        QT_TRANSLATE_NOOP("workbook", "Modifiers"),
        QT_TRANSLATE_NOOP("workbook", "Note"),
    )
    s.header([translate("workbook", h) for h in heads], numbers=False)
    top = Alignment(vertical="top", horizontal="left")
    for r in rows:
        text = "\n".join(f"{n}: {_shown(v)}" for n, v in r.modifiers)
        s.ws.row_dimensions[s.next_row].height = wrapped_height(
            [(text, WIDTHS[4]), (r.note, WIDTHS[5])]
        )
        mods_style = {"font": UNSET_FONT} if r.unset else {}
        s.row(
            [
                s.f.number(clock_days(r.onset_ms), CLOCK_FORMAT, alignment=top),
                None
                if r.offset_ms is None
                else s.f.number(clock_days(r.offset_ms), CLOCK_FORMAT, alignment=top),
                s.f.text(r.layer, alignment=WRAP),
                s.f.text(r.code, alignment=WRAP),
                s.f.text(text, alignment=WRAP, **mods_style) if text else None,
                s.f.text(r.note, alignment=WRAP) if r.note else None,
            ]
        )
