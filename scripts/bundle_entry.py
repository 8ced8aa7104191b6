"""The PyInstaller bundle's entry point: the window by default, every subcommand as well
(``attachcoder sample DIR``, ``attachcoder check …``) — the same as the attachcoder-gui launcher.

``ATTACHCODER_STUDY_PROBE=STUDY_DIR`` runs the bundle's study-window check instead
(attachcoder.gui.study.dashboard_probe; scripts/smoke-bundle sets it) — read here only, so
the installed app never looks at it."""

import os
import sys

from attachcoder.cli import gui_main
from attachcoder.gui.study import dashboard_probe

if __name__ == "__main__":
    study = os.environ.get(dashboard_probe.ENV)
    if study:
        sys.exit(dashboard_probe.run(study))
    gui_main()
