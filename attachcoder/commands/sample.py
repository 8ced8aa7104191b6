"""``attachcoder sample DIR``: the sample sessions and their video, laid down in DIR to try.

They come from inside the installed package
(attachcoder/io/installed/bundled.py), so this works from a wheel with no checkout.
Files already in DIR are never overwritten: the command lists them and
writes nothing (exit 1), so a practised-on copy is not lost to a second run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from attachcoder.commands.common import EXIT_BAD_INPUT, EXIT_OK, err
from attachcoder.io.atomic import WriteError, describe_os_error
from attachcoder.io.installed import bundled


def run(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if folder.exists() and not folder.is_dir():
        err(f"{folder}: is a file; give a folder to put the sample in")
        return EXIT_BAD_INPUT
    there = list(bundled.existing_targets(folder))
    if there:
        for p in there:
            err(f"{p}: already exists; nothing was written (remove it or choose another folder)")
        return EXIT_BAD_INPUT
    try:
        written = bundled.copy_samples(folder)
    except WriteError as exc:
        err(str(exc))
        return EXIT_BAD_INPUT
    except OSError as exc:
        err(describe_os_error(folder, exc))
        return EXIT_BAD_INPUT
    for p in written:
        print(p)
    session = folder / bundled.SAMPLE_SESSION
    print(f"open it with: attachcoder {session}", flush=True)
    return EXIT_OK
