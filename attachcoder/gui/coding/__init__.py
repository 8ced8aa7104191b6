"""Coding with the keyboard: the key router (a key press becomes an action or a code key), the
coding controller (a code key becomes an episode through ``Session.plan_code``), the coding pad
and its flow layout, the modifier bar, the note prompt, and the live clock that replaces the
player in a session without video.

It may import ``player``, ``actions`` and ``editing``; never ``window``.
"""
