"""The video: the :class:`Player` (frame-accurate position, rate, the frame on screen), its
picture, the transport bar under it, the media probe used before a session is made, and the
second camera frame-locked to the first.

A player knows nothing of sessions, coding or the window: it imports only ``actions`` (the
speeds and key labels) and ``editing`` among the gui subpackages.
"""
