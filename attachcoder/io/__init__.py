"""Files: everything attachcoder reads or writes, in rooms by job (no Qt here).

- ``session/``     the session file (``.acs``) and its safety net: schema, strict JSON, the
                   journal and its recovery, the lock.
- ``sheets/``      the one table writer: cell formats, streamed xlsx rows, page set-up, CSV.
- ``reports/``     what people read: the session workbook, batch, agreement and study
                   workbooks, the tidy CSV tables. A κ becomes a cell in
                   ``reports/agreement_workbook.py`` and ``reports/study_workbook.py``.
- ``study/``       the study folder: ``study.json``, its operations, status, pairs, export.
- ``interchange/`` other tools' files: ELAN, BORIS, Datavyu, SDIS.
- ``installed/``   what ships inside the package and what installs it on a desktop.
- ``media/``       what a video holds (PyAV): its frames' real times, their cache, decoding.
- ``atomic.py``    every file is written through here (temp file, fsync, rename);
  ``fault_points.py`` the named places a crash test kills a writer.

Rooms import downwards only (import-linter, pyproject): ``study | interchange`` →
``reports`` → ``sheets`` → ``session`` → ``installed | media`` → ``atomic | fault_points``.
"""
