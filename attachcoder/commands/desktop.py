"""``attachcoder install-desktop [--user | --system]``: attachcoder in the Linux desktop's menu.

Writes the menu entry, the icon and the ``.acs`` file type
(attachcoder/io/installed/desktop_entry.py), so a file manager opens sessions with
attachcoder, into the XDG data folder:
``$XDG_DATA_HOME`` (``~/.local/share``) by default, the first of ``$XDG_DATA_DIRS``
(``/usr/local/share``) with ``--system``. Running it again rewrites both, so it also repairs an
entry whose install moved.
"""

from __future__ import annotations

import argparse

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, err
from attachcoder.io.atomic import WriteError, describe_os_error
from attachcoder.io.installed import desktop_entry


def run(args: argparse.Namespace) -> int:
    data_dir = desktop_entry.system_data_dir() if args.system else desktop_entry.user_data_home()
    try:
        written = desktop_entry.install(data_dir)
    except OSError as exc:
        hint = " (--system needs root: try sudo)" if args.system else ""
        message = str(exc) if isinstance(exc, WriteError) else describe_os_error(data_dir, exc)
        err(message + hint)
        return EXIT_BAD_INPUT
    for p in written:
        print(p)
    print("attachcoder is in the desktop's menu (some desktops show it after the next log-in)")
    return EXIT_OK
