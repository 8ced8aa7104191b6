"""The timeline under the video: the widget (one row per layer, the playhead, zoom), its
painter, and the drag of an episode edge that becomes one undo command.

It may import ``editing`` and ``actions``; never ``window`` or another feature package.
"""
