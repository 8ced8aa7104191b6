"""The PyInstaller bundle's entry point: the window by default, every subcommand as well
(``attachcoder sample DIR``, ``attachcoder check …``) — the same as the attachcoder-gui launcher."""

from attachcoder.cli import gui_main

if __name__ == "__main__":
    gui_main()
