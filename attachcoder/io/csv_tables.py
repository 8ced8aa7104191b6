"""Tables as CSV for R, SPSS and pandas: UTF-8, comma-separated, written atomically."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from attachcoder.io.atomic import atomic_file

if TYPE_CHECKING:
    import pandas as pd


def write_csv(df: pd.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``df`` without its index; empty cells for missing values; '.' as decimal point."""
    with atomic_file(path, "w") as fh:
        df.to_csv(fh, index=False, lineterminator="\n")
