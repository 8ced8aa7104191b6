"""Every real file other tools wrote comes in whole: each annotation, event and cell is in the
session with the same times and value, or named in the import report as set aside.

Each file is read a second time by an independent reader and compared coding by coding:
pympi (a test dependency) for ELAN, and for BORIS and Datavyu small readers written here from
the formats' descriptions, sharing no code with the importers. The files are those the
repository carries (tests/fixtures, MIT), the GPL-licensed ones in ../shared/fixtures (skipped
when absent), and, when ``ATTACHCODER_INTERCHANGE_CORPUS`` names a folder, every .eaf, .boris
and .opf below it (a lab's own archive, or files gathered from public repositories).
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from collections import Counter
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

import pytest
from lxml import etree

from attachcoder.core.session import Session
from attachcoder.io.interchange import InterchangeError, import_file

pympi = pytest.importorskip("pympi", reason="pympi-ling is a test dependency (pip install .[test])")

HERE = Path(__file__).resolve().parent
REPO_FIXTURES = HERE.parents[1] / "fixtures"
SHARED = Path(os.environ.get("ATTACHCODER_SHARED") or HERE.parents[3].parent / "shared")
SUFFIXES = (".eaf", ".boris", ".opf")


def _files() -> list[Path]:
    roots = [REPO_FIXTURES, SHARED / "fixtures"]
    corpus = os.environ.get("ATTACHCODER_INTERCHANGE_CORPUS")
    if corpus:
        roots.append(Path(corpus))
    found: dict[str, Path] = {}
    for root in roots:
        if root.is_dir():
            for p in sorted(root.rglob("*")):
                if p.suffix.lower() in SUFFIXES and p.is_file():
                    found.setdefault(str(p.resolve()), p)
    return list(found.values())


FILES = _files()


def _id(p: Path) -> str:
    return f"{p.parent.name}/{p.name}"


def _base(layer: str, names: set[str]) -> str:
    """The track a layer came from: 'T', 'T (2)', 'T (points)' → 'T' (unless 'T (2)' is a
    track's own name)."""
    while layer not in names:
        stripped = re.sub(r" \((?:points|\d+)\)$", "", layer)
        if stripped == layer:
            break
        layer = stripped
    return layer


def _episodes(session: Session, names: set[str]) -> Counter[tuple[str, str, int, int | None]]:
    return Counter(
        (_base(e.layer, names), e.code, e.onset_ms, e.offset_ms) for e in session.episodes()
    )


# ---------------------------------------------------------------- ELAN, read by pympi


def _check_eaf(path: Path, result) -> int:
    """pympi gives the time slots and each tier's annotations; lxml lists every alignable
    annotation as the file has it (pympi keeps one of several with the same id, and skips
    annotations nested in others, which attachcoder reads)."""
    eaf = pympi.Elan.Eaf(str(path))
    raw = [
        (
            tier.get("TIER_ID"),
            a.get("ANNOTATION_ID"),
            a.get("TIME_SLOT_REF1"),
            a.get("TIME_SLOT_REF2"),
            a.findtext("ANNOTATION_VALUE") or "",
        )
        for tier in etree.parse(str(path)).iter("TIER")
        for a in tier.iter("ALIGNABLE_ANNOTATION")
    ]
    for tid, (aligned, _refs, _attrs, _ord) in eaf.tiers.items():
        for aid, (ts1, ts2, value, _svg) in aligned.items():
            assert (tid, aid, ts1, ts2, value or "") in raw, "the two readers disagree"
    session = result.sessions[0][1]
    slots = eaf.timeslots
    names = {r[0] for r in raw}
    set_aside = Counter(a.place for a in result.set_aside)
    expected: Counter[tuple[str, str, int, int | None]] = Counter()
    unaligned: Counter[str] = Counter()
    for tid, aid, ts1, ts2, value in raw:
        place = f"tier {tid!r}, annotation {aid}"
        if set_aside[place]:
            set_aside[place] -= 1
            continue
        value = value if value.strip() else "(empty)"
        a, b = slots.get(ts1), slots.get(ts2)
        if a is None or b is None:
            unaligned[tid] += 1
            continue
        a = max(a, 0)  # a start before 0 starts at 0 (named in the report)
        expected[(tid, value, a, None if a == b else b)] += 1
    got = _episodes(session, names)
    missing = expected - got
    assert not missing, f"{path.name}: annotations missing: {list(missing)[:5]}"
    rest = got - expected
    assert Counter(k[0] for k in rest.elements()) == unaligned, (
        f"{path.name}: beyond the aligned annotations there should be exactly the unaligned"
    )
    return sum(got.values())


# ---------------------------------------------------------------- BORIS, read here


def _ms(value) -> int:
    d = Decimal(value) if isinstance(value, float) else Decimal(str(value))
    return int(d.quantize(Decimal("0.001"), rounding=ROUND_HALF_EVEN) * 1000)


def _check_boris(path: Path, result) -> int:
    project = json.loads(path.read_bytes())
    states = {
        str(b.get("code"))
        for b in project["behaviors_conf"].values()
        if "state" in str(b.get("type", "")).lower()
    }
    total = 0
    sessions = dict(result.sessions)
    for name, obs in project["observations"].items():
        events = obs.get("events") if isinstance(obs, dict) else None
        if not isinstance(events, list):
            assert name not in sessions
            continue
        expected: Counter[tuple[str, str, int, int | None]] = Counter()
        open_: dict[tuple, list[int]] = {}
        for ev in sorted(events, key=lambda e: (_ms(e[0]), str(e[1] or ""), str(e[2]))):
            subject = str(ev[1] or "") or "No focal subject"
            t, code = _ms(ev[0]), str(ev[2])
            if code not in states:
                expected[(subject, code, t, None)] += 1
                continue
            key = (subject, code, str(ev[3]) if len(ev) > 3 else "")
            stack = open_.setdefault(key, [])
            if stack:
                expected[(subject, code, stack.pop(), t)] += 1
            else:
                stack.append(t)
        for (subject, code, _m), stack in open_.items():
            for t in stack:
                expected[(subject, code, t, None)] += 1
        session = sessions[name]
        got = Counter(
            (e.layer.removesuffix(" (points)").split(": ")[0], e.code, e.onset_ms, e.offset_ms)
            for e in session.episodes()
        )
        assert got == expected, f"{path.name}, observation {name!r}"
        total += sum(got.values())
    return total


# ---------------------------------------------------------------- Datavyu, read here


def _check_opf(path: Path, result) -> int:
    with zipfile.ZipFile(path) as zf:
        db = zf.read(next(n for n in zf.namelist() if n.split("/")[-1] == "db"))
    lines = db.decode("utf-8", "replace").splitlines()
    cell = re.compile(r"^(\d+):(\d\d):(\d\d):(\d\d\d),(\d+):(\d\d):(\d\d):(\d\d\d),?(.*)$")
    columns: dict[str, list[tuple[int, int, str]]] = {}
    current = None
    for line in lines[1:]:
        m = cell.match(line)
        if m:
            g = [int(x) for x in m.groups()[:8]]
            on = ((g[0] * 60 + g[1]) * 60 + g[2]) * 1000 + g[3]
            off = ((g[4] * 60 + g[5]) * 60 + g[6]) * 1000 + g[7]
            if current is not None:
                columns[current].append((on, off, m.group(9)))
        elif line and not line[0].isdigit() and " (" in line:
            name, kind = line.split(" (", 1)
            current = None if kind.upper().startswith("PREDICATE") else name.replace("\\", "")
            if current is not None:
                columns[current] = []
    meet = any(
        a[1] == b[0]
        for cells in columns.values()
        for a, b in zip(
            sorted(c for c in cells if c[1] > c[0]),
            sorted(c for c in cells if c[1] > c[0])[1:],
            strict=False,
        )
    )
    expected: Counter[tuple[str, int, int | None]] = Counter()
    for name, cells in columns.items():
        for on, off, _value in cells:
            end = None if off <= on else (off if meet else off + 1)
            expected[(name, on, end)] += 1
    session = result.sessions[0][1]
    got = Counter(
        (_base(e.layer, set(columns)), e.onset_ms, e.offset_ms) for e in session.episodes()
    )
    assert got == expected, path.name
    return sum(got.values())


CHECKS = {".eaf": _check_eaf, ".boris": _check_boris, ".opf": _check_opf}


@pytest.mark.parametrize("path", FILES, ids=_id)
def test_every_coding_of_a_real_file_is_imported_or_named(path: Path):
    try:
        result = import_file(path)
    except InterchangeError as exc:
        if path.stat().st_size == 0:
            pytest.skip(f"an empty file is refused, as it should be: {exc}")
        raise
    assert all(s.problems() == [] for _, s in result.sessions)
    CHECKS[path.suffix.lower()](path, result)


def test_every_shared_fixture_is_accepted(shared_fixtures):
    """Before issue 21, otx_import_test.boris (an ethogram without observations) was refused."""
    files = [p for p in sorted(shared_fixtures.rglob("*")) if p.suffix in SUFFIXES]
    accepted = [p.name for p in files if import_file(p).sessions]
    assert accepted == [p.name for p in files] and len(files) == 6
