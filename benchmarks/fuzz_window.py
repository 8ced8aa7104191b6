#!/usr/bin/env python3
"""Fuzz the coding window with damaged files that ``attachcoder check`` accepts (issue 11).

    .venv/bin/python benchmarks/fuzz_window.py [SECONDS] [SEED] [--files N] [--keep DIR]

Mutates the sample sessions (tests/session_mutations.py; every other file twice), keeps the
files ``attachcoder check`` accepts, and opens each in the real window
(``compose.build_window``, offscreen, no audio) as a person would: wait for the first frame,
step 5 s, press six codes' keys a second apart (the first again to end it), undo and redo,
zoom the timeline out to the whole session and in to the finest zoom at both ends, press
Ctrl+S, and read the saved file back. Every dialog that opens is answered with Escape (and
listed). The windows run in a child process per batch, so a SIGSEGV or a hang is counted
against the file that caused it instead of ending the run; the child then restarts after it.

Prints files tried / accepted by check / opened / window crashes / hangs / tracebacks (an
exception reaching Qt's event loop or logged as an error, or a file the window saved that no
longer loads), each with the seed that makes its file again; ``--keep DIR`` copies the files
that crashed or raised there. ``--files N`` stops after N accepted files instead of a time
limit (the test suite's bounded run). Exit 1 when anything was found.
``--crash-first`` makes the child crash on purpose on its first file: it checks that a crash
is counted and the run goes on.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "sample_sessions").glob("*.acs"))
VIDEO = ROOT / "sample_sessions" / "demo.mp4"
BATCH = 12  # files per child process
START_S, PER_FILE_S = 30.0, 20.0  # a child that takes longer is hung


# ---------------------------------------------------------------- the child: windows


def _wait(app: object, cond: Callable[[], bool], timeout_s: float) -> bool:
    """Run Qt's event loop until ``cond()`` holds or ``timeout_s`` passes."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            return False
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()
    return True


class _Findings:
    """What one file did to the window: tracebacks and the dialogs it opened."""

    def __init__(self) -> None:
        self.tracebacks: list[str] = []
        self.dialogs: list[str] = []

    def excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.tracebacks.append("".join(traceback.format_exception(kind, exc, tb)))


class _ErrorLog:
    """A logging handler that counts errors the window logged with a traceback."""

    def __init__(self, findings: Callable[[], _Findings]) -> None:
        import logging

        class Handler(logging.Handler):
            def emit(self, record: logging.LogRecord) -> None:
                if record.exc_info:
                    findings().tracebacks.append(self.format(record))

        self.handler = Handler(logging.ERROR)
        self.handler.setFormatter(logging.Formatter("logged: %(name)s: %(message)s"))
        logging.getLogger().addHandler(self.handler)


def _answer_dialogs(findings: Callable[[], _Findings]) -> object:
    """Escape every modal dialog (the code that opened it waits in ``exec``), listing it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    def answer() -> None:
        w = QApplication.activeModalWidget()
        if isinstance(w, QDialog) and w.isVisible():
            text = w.text() if isinstance(w, QMessageBox) else w.windowTitle()
            findings().dialogs.append(f"{type(w).__name__}: {text}"[:200])
            w.reject()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    return timer


def _type(w: QWidget, char: str) -> None:
    """Type one character as a keyboard would send it (any character, not only ASCII)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    code = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
    QTest.sendKeyEvent(QTest.KeyAction.Click, w, code, char, Qt.KeyboardModifier.NoModifier)


def _exercise(app: object, path: Path, f: _Findings) -> None:
    """Open ``path`` in a new window, code a key, zoom out and in, save, and read it back."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from attachcoder.gui.timeline.qt_timeline import MIN_MS_PER_PX
    from attachcoder.gui.window import file_flow
    from attachcoder.gui.window.compose import build_window
    from attachcoder.io.session.file import SessionFileError, load

    w = build_window(audio=False)
    w.show()
    try:
        if not file_flow.open_session(w, path):
            f.dialogs.append("(the window did not open the file)")
            return
        if w.player.has_video and not _wait(app, lambda: w.player.current_ms is not None, 10):
            f.dialogs.append("(no first frame within 10 s)")
        doc = w.document
        assert doc is not None
        keys = [c.key for la in doc.session.scheme.layers for c in la.codes if c.key]

        def forward(mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
            was = w.player.current_ms
            QTest.keyClick(w, Qt.Key.Key_Right, mods)
            if w.player.has_video:  # the frame on screen moves a moment later
                _wait(app, lambda: w.player.current_ms != was, 1)

        forward(Qt.KeyboardModifier.ShiftModifier)  # 5 s on
        for key in [*keys[:6], *keys[:1]]:  # every kind of code once, the first one ended
            _type(w, key[0])
            forward()
        QTest.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, redo
        QTest.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        tl = w.timeline
        tl.fit()
        tl.zoom_out()
        tl.repaint()
        for anchor in (0, tl.extent_ms()):
            tl.zoom_to(MIN_MS_PER_PX, anchor)
            tl.repaint()
        tl.zoom_in()
        w.table.repaint()
        _wait(app, lambda: False, 0.05)  # let queued paints and timers run
        QTest.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        _wait(app, lambda: not w.isWindowModified(), 2)
        if w.isWindowModified():
            f.dialogs.append("(Ctrl+S left unsaved changes)")
        elif doc.path is not None:
            try:
                load(doc.path)
            except SessionFileError as exc:
                f.tracebacks.append(f"the window saved a file it cannot read back: {exc}")
    finally:
        w.close_document(discard=True)
        w.close()
        w.deleteLater()
        _wait(app, lambda: True, 0)


def child(files: list[Path], results: Path, crash_first: bool) -> None:
    """Open each file in turn, writing a ``start`` line before and a ``done`` line after."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    import attachcoder.gui  # noqa: F401  (guards PySide6 on Python 3.11 first)

    app = QApplication.instance() or QApplication([])
    current = [_Findings()]
    _ErrorLog(lambda: current[0])
    timer = _answer_dialogs(lambda: current[0])  # noqa: F841  (kept alive)
    with open(results, "a", encoding="utf-8") as out:
        for i, path in enumerate(files):
            out.write(json.dumps({"start": str(path)}) + "\n")
            out.flush()
            if crash_first and i == 0:
                os.kill(os.getpid(), 11)  # SIGSEGV, as the timeline's overflow once did
            current[0] = f = _Findings()
            sys.excepthook = f.excepthook
            try:
                _exercise(app, path, f)
            except Exception:
                f.tracebacks.append(traceback.format_exc())
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            done = {"done": str(path), "tracebacks": f.tracebacks, "dialogs": f.dialogs}
            out.write(json.dumps(done) + "\n")
            out.flush()


# ---------------------------------------------------------------- the parent: files, children


@dataclass
class Figures:
    tried: int = 0
    accepted: int = 0
    opened: int = 0
    crashes: list[str] = field(default_factory=list)
    hangs: list[str] = field(default_factory=list)
    tracebacks: list[str] = field(default_factory=list)
    dialogs: dict[str, int] = field(default_factory=dict)


def accepted_by_check(files: list[Path]) -> list[Path]:
    """The files ``attachcoder check`` calls sound (run as the command runs, in-process)."""
    from attachcoder.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        main(["check", *map(str, files)])
    said = out.getvalue()
    return [f for f in files if f"{f}: ok (" in said]


def _twice(case: int, variant: str | bytes) -> str | bytes:
    """Every other case damaged a second time (two edge values at once reach what one does
    not, e.g. the longest session and a time at its end); ``-case`` seeds the second."""
    from session_mutations import mutate

    if case % 2 == 0 or isinstance(variant, bytes):
        return variant
    try:
        return mutate(variant, random.Random(-case))
    except (ValueError, RecursionError):  # the first damage left no JSON to damage again
        return variant


def _write_batch(folder: Path, seed: int, figures: Figures) -> list[Path]:
    from session_mutations import mutations, write_variant

    files = []
    for sample in SAMPLES:
        text = sample.read_text(encoding="utf-8")
        for case, variant in mutations(text, seed, 40):
            p = folder / f"{sample.stem}-{case}.acs"
            files.append(write_variant(p, _twice(case, variant)))
    figures.tried += len(files)
    return accepted_by_check(files)


def run_children(files: list[Path], work: Path, figures: Figures, crash_first: bool) -> None:
    """Run the files through child processes; a child that dies or hangs is restarted after
    the file it was on, which is counted."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATTACHCODER_NO_AUDIO="1")
    env["ATTACHCODER_CONFIG_DIR"] = str(work / "config")
    env["ATTACHCODER_DATA_DIR"] = str(work / "data")
    todo = list(files)
    while todo:
        results = work / "results.jsonl"
        results.unlink(missing_ok=True)
        listing = work / "files.json"
        listing.write_text(json.dumps([str(p) for p in todo]), encoding="utf-8")
        cmd = [sys.executable, __file__, "--child", str(listing), str(results)]
        if crash_first:
            cmd.append("--crash-first")
            crash_first = False
        timeout = START_S + PER_FILE_S * len(todo)
        try:
            proc = subprocess.run(cmd, env=env, timeout=timeout, capture_output=True, text=True)
            code: int | None = proc.returncode
        except subprocess.TimeoutExpired:
            code = None
        lines = results.read_text(encoding="utf-8").splitlines() if results.exists() else []
        started, finished = None, set()
        for line in lines:
            rec = json.loads(line)
            if "start" in rec:
                started = rec["start"]
            else:
                finished.add(rec["done"])
                figures.opened += 1
                for tb in rec["tracebacks"]:
                    figures.tracebacks.append(f"{Path(rec['done']).name}:\n{tb}")
                for d in rec["dialogs"]:
                    kind = d.split("\n", 1)[0][:80]
                    figures.dialogs[kind] = figures.dialogs.get(kind, 0) + 1
        if started is not None and started not in finished:
            where = f"{Path(started).name} (exit {code})" if code is not None else started
            (figures.hangs if code is None else figures.crashes).append(where)
            finished.add(started)
        elif code != 0:  # died before or after every file: say so, with what it printed
            figures.crashes.append(f"child exit {code}: {proc.stderr[-2000:]}")
            return
        todo = [p for p in todo if str(p) not in finished]


def fuzz(seconds: float, seed: int, max_files: int | None, crash_first: bool) -> Figures:
    sys.path.insert(0, str(ROOT / "tests"))
    figures = Figures()
    end = time.monotonic() + seconds
    with tempfile.TemporaryDirectory(prefix="fuzz-window-") as tmp:
        work = Path(tmp)
        round_ = 0
        while time.monotonic() < end:
            folder = work / f"round{round_}"
            folder.mkdir()
            (folder / VIDEO.name).symlink_to(VIDEO)  # the samples' video, relative to them
            accepted = _write_batch(folder, seed + round_, figures)
            round_ += 1
            if max_files is not None:
                accepted = accepted[: max_files - figures.accepted]
            figures.accepted += len(accepted)
            for i in range(0, len(accepted), BATCH):
                run_children(accepted[i : i + BATCH], work, figures, crash_first and i == 0)
                crash_first = False
                if time.monotonic() > end:
                    break
            if max_files is not None and figures.accepted >= max_files:
                break
            if figures.crashes or figures.tracebacks:
                keep = KEEP_DIR
                if keep is not None:
                    keep.mkdir(parents=True, exist_ok=True)
                    for p in folder.glob("*.acs"):
                        if any(p.name in x for x in figures.crashes + figures.tracebacks):
                            shutil.copy(p, keep / p.name)
            shutil.rmtree(folder)
    return figures


KEEP_DIR: Path | None = None


def main(argv: list[str]) -> int:
    if argv[:1] == ["--child"]:
        sys.path.insert(0, str(ROOT))
        child([Path(p) for p in json.loads(Path(argv[1]).read_text())], Path(argv[2]),
              "--crash-first" in argv)  # fmt: skip
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("seconds", nargs="?", type=float, default=120.0)
    ap.add_argument("seed", nargs="?", type=int, default=None)
    ap.add_argument("--files", type=int, default=None)
    ap.add_argument("--keep", type=Path, default=None)
    ap.add_argument("--crash-first", action="store_true")
    args = ap.parse_args(argv)
    global KEEP_DIR
    KEEP_DIR = args.keep
    seed = args.seed if args.seed is not None else int(time.time())
    seconds = args.seconds if args.files is None else 1e9
    started = time.monotonic()
    fig = fuzz(seconds, seed, args.files, args.crash_first)
    took = time.monotonic() - started
    print(f"seed {seed}: {fig.tried} files tried in {took:.0f} s, {fig.accepted} accepted by "
          f"check, {fig.opened} opened, {len(fig.crashes)} window crashes, {len(fig.hangs)} "
          f"hangs, {len(fig.tracebacks)} tracebacks")  # fmt: skip
    if fig.dialogs:
        print("dialogs answered:")
        for k, n in sorted(fig.dialogs.items()):
            print(f"  {n} × {k}")
    for what, items in (("crash", fig.crashes), ("hang", fig.hangs), ("traceback", fig.tracebacks)):
        for item in items[:20]:
            print(f"{what}: {item}")
    return 1 if fig.crashes or fig.hangs or fig.tracebacks else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
