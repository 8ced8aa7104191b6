"""Comparing two codings in the window: File → Compare with… (the flow), the Agreement panel
(its figures come from ``analysis.agreement``), the overlay drawn on the timeline, and the list
of stretches where the codings differ.

It may import ``timeline``, ``dialogs``, ``editing`` and ``actions``; never ``window``.
"""
