"""The episode table: its Qt model over a session's episodes, the sorting/filtering proxy
(fast at 100,000 episodes), and the view with its layer and code filters.

It may import ``editing`` and ``actions``; never ``window`` or another feature package.
"""
