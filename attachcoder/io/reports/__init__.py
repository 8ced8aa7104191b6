"""What a supervisor or a researcher reads: workbooks and tidy tables.

``session_workbook.py`` assembles one session's workbook from its sheets (``summary_sheet``,
``table_sheets`` — where an episode becomes a row of Episodes and of the CSV —,
``timeline_sheet``, ``transitions_sheet``); ``batch.py`` and ``batch_workbook.py`` the batch;
``agreement_workbook.py`` and ``study_workbook.py`` are where a κ becomes a cell;
``timeseries_csv.py`` the per-unit table. Figures come from ``attachcoder.analysis``; this room
only lays them out, through ``io.sheets``. May import ``io.sheets`` and ``io.session``.
"""
