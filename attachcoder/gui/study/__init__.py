"""The study dashboard: a study's videos, who codes them and where each coding stands.

``dashboard`` (the window), ``status_model`` (its table and filters), ``agreement_view``
(pooled figures, pairs and the drift chart), ``study_actions`` (new/open study, add videos,
draw the sample, export) and ``completion`` (Session → Mark coding complete / Reopen).
"""
