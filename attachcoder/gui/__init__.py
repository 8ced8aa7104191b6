"""The Qt layer: the coding window, in subpackages by domain (see docs/architecture.md).

``window/`` builds the window (``window/compose.py`` is the one composition root) and may
import every other subpackage; ``compare/`` sits above ``dialogs/``, ``timeline/``,
``episodes/`` and ``coding/``, which never import one another; under them ``player/``, then
``editing/`` (the document and its undo) and ``actions/`` (every key and action). The study
dashboard lives in ``study/``. import-linter checks these layers; ``app.py`` is the entry.

Importing this package first protects the interpreter from a PySide6 6.12 bug on 3.11.

See :mod:`attachcoder.gui._refcount_guard`: without it, a few thousand Qt calls that return
``None`` abort Python 3.11 with ``none_dealloc``. It also quiets QtMultimedia's start-up
chatter (:mod:`attachcoder.gui._qt_logging`), which must happen before that module loads.
"""

from attachcoder.gui._qt_logging import quiet_multimedia_logging
from attachcoder.gui._refcount_guard import pin_singletons

pin_singletons()
quiet_multimedia_logging()
