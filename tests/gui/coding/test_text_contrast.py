"""The coding pad and the printed Timeline take a code's text colour from one rule in core."""

from __future__ import annotations

from attachcoder.core.contrast import text_colour_on
from attachcoder.io.session.file import default_scheme


def test_the_pad_and_the_workbook_use_the_same_rule() -> None:
    from PySide6.QtGui import QColor

    from attachcoder.gui.coding.coding_pad import text_color_for
    from attachcoder.io.reports.timeline_sheet import code_cell_style

    for layer in default_scheme().layers:
        for code in layer.codes:
            assert code.color is not None
            expected = text_colour_on(code.color)
            assert text_color_for(QColor(code.color)).upper() == expected
            font = code_cell_style(code)["font"]
            assert font.color.rgb.endswith(expected[1:])
