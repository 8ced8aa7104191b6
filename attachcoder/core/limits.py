"""The range every time in a session stays within.

Times are integer milliseconds below the GUI, but the window hands them to Qt, whose
positions, pixels and slider values are 32-bit. A time up to 2³⁰ − 1 ms (about 12.4 days)
keeps any sum of two times — a media offset plus a position — inside a 32-bit integer, so
no file the loader accepts can overflow the player or the timeline.
"""

from __future__ import annotations

#: the largest time (onset, offset, duration) a session holds: 2**30 - 1 ms, about 12.4 days
MAX_TIME_MS = 2**30 - 1
#: a media file's offset on the session clock lies within ±MAX_TIME_MS
MAX_OFFSET_MS = MAX_TIME_MS
