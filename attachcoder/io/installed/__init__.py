"""What ships inside the package and what installs it on a desktop.

``bundled.py`` finds the default scheme, the sample session and the icon wherever attachcoder is
installed (checkout, wheel, bundle); ``desktop_entry.py`` registers the menu entry, icon and the
``.acs`` type on Linux. The lowest room: imports only ``io.atomic``.
"""
