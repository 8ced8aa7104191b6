"""The study folder: videos, coders, the reliability sample, and what each coder has done.

``file.py`` reads and writes ``study.json`` (schema in ``schemas/``), ``operations.py`` makes a
study, adds videos and draws the sample, ``status.py`` reads each coding's state from the
folder, ``pairs.py`` finds the double-coded pairs, ``export.py`` writes the study's workbook and
tables. The top room: may import ``reports``, ``sheets`` and ``session``.
"""
