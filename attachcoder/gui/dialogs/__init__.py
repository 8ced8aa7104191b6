"""The dialogs: new session and session details/ratings (and their forms), the coding-scheme
editor (and its forms), the export dialogs, the F1 cheat sheet, and the small prompts (question,
warning, file choice) everything else asks through.

It may import ``player`` (to probe a video), ``editing`` and ``actions``; never ``window``.
"""
