"""This folder becomes the package ``attachcoder.bundled_samples`` (see setup.py).

The marker lets importlib.resources find it in an editable install too: setuptools cannot
map a folder without one into a regular package there."""
