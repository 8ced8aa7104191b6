"""The Qt layer. Importing it first protects the interpreter from a PySide6 6.12 bug on 3.11.

See :mod:`attachcoder.gui._refcount_guard`: without it, a few thousand Qt calls that return
``None`` abort Python 3.11 with ``none_dealloc``.
"""

from attachcoder.gui._refcount_guard import pin_singletons

pin_singletons()
