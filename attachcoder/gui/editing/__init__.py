"""The open session as the window edits it: the :class:`Document` (session, file, undo stack,
journal), the undo command that carries a core ``Change``, and the Qt signals a session's
changes are announced by.

Every edit the window makes goes through here to ``Session.apply`` and the journal. It imports
only ``core``/``io`` and ``actions``; every other gui subpackage may import it.
"""
