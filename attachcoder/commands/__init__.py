"""The headless subcommands of ``attachcoder`` (check, export, batch, agreement, import, convert).

Each module takes the parsed ``argparse.Namespace`` from :mod:`attachcoder.cli`, calls the
library layers, prints for people on stderr (or one JSON document on stdout with ``--json``),
and returns the exit code of CLI.md. No Qt here.
"""
