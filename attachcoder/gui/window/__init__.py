"""The main window and what only it knows: the composition root that builds it, the window
frame, its menus and start page, opening and saving files, import/export of other tools'
files, the settings it keeps and the layout it restores.

``window`` may import every other gui subpackage; none of them imports ``window``. The study
dashboard lives beside it in ``gui/study/``.
"""
