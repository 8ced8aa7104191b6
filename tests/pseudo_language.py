"""A pseudo language made from the source as it is now: every marked string, translated as
``⟦source⟧`` (placeholders such as ``{0}`` kept inside, so formatting still works).

``pyside6-lupdate`` gathers the marked strings of ``attachcoder/`` exactly as
``scripts/translations`` does, so a string it cannot see (an f-string, a name that is not
``tr``/``translate``/``QT_TRANSLATE_NOOP``) stays untranslated in the pseudo language, and the
tests that read the window or the workbook in it find it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "attachcoder"
OPEN, CLOSE = "⟦", "⟧"


def tool(name: str) -> str:
    """A Qt tool PySide6 installs beside the interpreter (or on the PATH)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (it comes with PySide6)")
    return found


def run(*args: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{args[0]} failed:\n{done.stdout}\n{done.stderr}"


def pseudo_text(source: str) -> str:
    return f"{OPEN}{source}{CLOSE}"


@dataclass
class Pseudo:
    ts: Path
    #: (context, source) → pseudo translation: what the workbook's translate() reads
    catalog: dict[tuple[str, str], str] = field(default_factory=dict)

    def qm(self) -> Path:
        """The pseudo .ts compiled for Qt's translator."""
        out = self.ts.with_suffix(".qm")
        if not out.exists():
            run(tool("pyside6-lrelease"), "-silent", str(self.ts), "-qm", str(out))
        return out


def make_pseudo(folder: Path) -> Pseudo:
    ts = folder / "attachcoder_pseudo.ts"
    sources = sorted(str(p) for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)
    run(tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(ts))
    tree = ET.parse(ts)
    out = Pseudo(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)  # finished
            forms = translation.findall("numerusform")
            for form in forms:
                form.text = pseudo_text(source)
            if not forms:
                translation.text = pseudo_text(source)
            out.catalog[(name, source)] = pseudo_text(source)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    assert out.catalog, "pyside6-lupdate found no marked string"
    return out
