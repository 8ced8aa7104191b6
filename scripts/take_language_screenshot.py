"""The README's screenshot of the window in another language (German by default).

Run by ``scripts/xvfb-language-screenshot``: the sample session's coding, read in the German
default scheme (layers, codes and modifier values mapped by position, as sessions coded in
different languages are matched), in a window whose translators are German; the File menu
is opened so its entries show too.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = Path(tempfile.mkdtemp(prefix="lang-"))
os.environ["ATTACHCODER_CONFIG_DIR"] = str(WORK / "config")
os.environ["ATTACHCODER_DATA_DIR"] = str(WORK / "data")
os.environ["ATTACHCODER_NO_AUDIO"] = "1"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_support import settle, wait  # noqa: E402

from attachcoder.core import Episode, Session  # noqa: E402
from attachcoder.gui.app import make_application, show_window  # noqa: E402
from attachcoder.gui.window import language  # noqa: E402
from attachcoder.io.session.file import default_scheme, load, save  # noqa: E402


def in_language(session: Session, lang: str) -> Session:
    """The same coding in ``lang``'s default scheme (same order of layers, codes, values)."""
    en, tr = session.scheme, default_scheme(lang)
    layers = {a.name: b for a, b in zip(en.layers, tr.layers, strict=True)}
    codes = {
        (a.name, ca.name): (cb.name, cb)
        for a, b in zip(en.layers, tr.layers, strict=True)
        for ca, cb in zip(a.codes, b.codes, strict=True)
    }
    eps = []
    for e in session.episodes():
        name, code = codes[(e.layer, e.code)]
        src = en.layer(e.layer).code(e.code)  # type: ignore[union-attr]
        mods = {}
        for m_en, m_tr in zip(src.modifiers, code.modifiers, strict=True):  # type: ignore[union-attr]
            value = e.modifiers.get(m_en.name)
            if value in m_en.values:
                mods[m_tr.name] = m_tr.values[m_en.values.index(value)]
        eps.append(Episode(e.id, layers[e.layer].name, name, e.onset_ms, e.offset_ms, e.note, mods))
    return Session(tr, metadata=session.metadata, media=session.media,
                   duration_ms=session.duration_ms, episodes=eps)  # fmt: skip


def main(out: Path, lang: str) -> None:
    app = make_application()
    language.install(app, lang)
    source = load(ROOT / "sample_sessions" / "D001_C1.acs")
    path = WORK / "D001_C1.acs"
    (WORK / "demo.mp4").symlink_to(ROOT / "sample_sessions" / "demo.mp4")
    save(in_language(source, lang), path, backup=False)
    w = show_window(path)
    w.resize(1280, 800)
    w.move(0, 0)
    wait(lambda: w.player.current_ms is not None, 20)
    w.player.seek(47_000)
    settle(1.5)
    w.file_menu.popup(w.mapToGlobal(w.menuBar().geometry().bottomLeft()))
    settle(0.8)
    screen = QApplication.primaryScreen()
    area = QRect(0, 0, 1280, 800)
    image = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    target = out / f"coding-session-{lang}.png"
    assert image.save(str(target)), f"could not write {target}"
    print(f"screenshot: {target}")
    w.file_menu.close()
    w.document.undo_stack.setClean()  # type: ignore[union-attr]
    w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots",
         sys.argv[2] if len(sys.argv) > 2 else "de")  # fmt: skip
