"""The one table writer every spreadsheet and CSV goes through.

``cells.py`` fixes each column's number format and the formula guard, ``xlsx_table.py``
writes a table (continuing on ``TITLE (2)`` past Excel's row limit) by streaming rows as
sheet XML (``xlsx_rows.py``), ``xlsx_page.py`` sets up printed pages, ``row_sheet.py`` writes
label/value sheets, ``csv_tables.py`` writes every CSV. Knows nothing of sessions or studies;
imports only ``io.session``'s helpers and ``io.atomic`` below it.
"""
