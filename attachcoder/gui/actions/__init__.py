"""The window's keys and actions, declared once: which key does what, in which scope.

``keymap`` is the table of player and file actions (name, label, keys, scope) that the menus,
the key router and the F1 cheat sheet all read; ``menu_groups`` adds a feature's actions to an
existing menu as one group. Pure declarations and small QMenu helpers: this package imports no
other gui subpackage, and every other one may import it.
"""
