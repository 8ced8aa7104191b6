"""The window fuzzer's bounded run: damaged files that ``check`` accepts open in the real
window, are coded, zoomed and saved with no crash and no traceback (issue 11).

``benchmarks/fuzz_window.py`` runs the same for minutes; here a handful of accepted files,
the first of which the child crashes on on purpose (``--crash-first``), so the run also shows
that a crash is counted against its file and the rest still get their window.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FILES = 5


def test_damaged_files_that_check_accepts_never_crash_the_window(tmp_path: Path) -> None:
    script = ROOT / "benchmarks" / "fuzz_window.py"
    cmd = [sys.executable, str(script), "0", "20261203", "--files", str(FILES), "--crash-first"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120, cwd=tmp_path)
    figures = re.search(
        r"(\d+) files tried in \d+ s, (\d+) accepted by check, (\d+) opened, (\d+) window "
        r"crashes, (\d+) hangs, (\d+) tracebacks",
        run.stdout,
    )
    assert figures, run.stdout + run.stderr
    tried, accepted, opened, crashes, hangs, tracebacks = map(int, figures.groups())
    assert accepted == FILES and tried > accepted  # check refused some: they were damaged
    assert crashes == 1, run.stdout  # the one on purpose: every other file survived
    assert re.search(r"crash: D001_C\d-\d+\.acs \(exit -11\)", run.stdout), run.stdout
    assert opened == FILES - 1 and hangs == 0 and tracebacks == 0, run.stdout
    assert run.returncode == 1  # a crash, even the deliberate one, fails the run
