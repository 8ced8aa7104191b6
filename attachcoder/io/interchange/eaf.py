"""Reading ELAN ``.eaf`` files (EAF 2.x and 3.0) into one session.

Each time-aligned tier becomes a layer and its annotation values become codes; a tier's
controlled vocabulary, when it has one, supplies the codes (with their descriptions as
definitions) even if some are never used. Time slots without a value are resolved the way
ELAN resolves them (``TimeProposer`` in ELAN's sources): inside each parent annotation, a run
of unaligned slots of one child tier is spread evenly, in whole milliseconds, between the
aligned slots around it. Symbolic (reference) tiers hang on a time-aligned tier: one with a
controlled vocabulary and a one-to-one association becomes a modifier, any other becomes the
episode's note; a reference tier that depends on another reference tier is skipped and said so.

Nothing is refused whole for one bad part: annotations that overlap an earlier one of the same
tier go to a layer ``TIER (2)``; an annotation whose slot is missing or cannot be resolved, or
that lies wholly before the recording (negative times), is set aside and named; one that
starts before 0 and ends after it starts at 0. A tier's participant, annotator and parent are
kept as layer fields; languages, vocabularies and the rest no session holds are named in the
report (:mod:`~attachcoder.io.interchange.eaf_header`).
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from attachcoder.core.scheme import Layer, Scheme
from attachcoder.io.interchange.eaf_header import (
    SESSION_PROPERTY,
    read_media,
    report_dropped,
    saved_session,
    url_to_path,
)
from attachcoder.io.interchange.eaf_times import Aligned, Tier, resolve_unaligned
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import CodeHint, Item, Track, build_session

NOTE_TIER_SUFFIX = " (notes)"
#: the optional layer fields an ELAN tier fills (docs/file-format.md)
LAYER_FIELDS = {"PARTICIPANT": "participant", "ANNOTATOR": "annotator"}
_MODIFIER_TIER = re.compile(r"^(?P<layer>.*) \[(?P<name>.+)\]$")

__all__ = ["SESSION_PROPERTY", "layer_modifier_tier", "layer_note_tier", "read_eaf", "url_to_path"]


@dataclass
class _LType:
    alignable: bool
    constraint: str | None
    cv: str | None


def read_eaf(path: str | os.PathLike[str]) -> ImportResult:
    """Import an ELAN file; raises :class:`InterchangeError` (file and place) only when none of
    it can be read."""
    p = Path(path)
    root = _parse(p)
    if root.tag != "ANNOTATION_DOCUMENT":
        raise InterchangeError(
            p, "the top level", f"this is not an ELAN file (its top element is <{root.tag}>)"
        )
    report = ImportReport()
    version = root.get("FORMAT") or root.get("VERSION") or ""
    if version.split(".")[0] not in ("2", "3"):
        raise InterchangeError(
            p,
            "ANNOTATION_DOCUMENT",
            f"EAF version {version or '(none)'} is not supported; this reads versions 2.x and 3.0",
        )
    header = root.find("HEADER")
    units = header.get("TIME_UNITS", "milliseconds") if header is not None else "milliseconds"
    if units != "milliseconds":
        raise InterchangeError(
            p, "HEADER", f"time units {units!r} are not supported; save the file with milliseconds"
        )
    saved = saved_session(header, report)
    index, times = _time_slots(root, report)
    tiers = _tiers(root, report)
    ltypes = _ltypes(root)
    cvs = _vocabularies(root, report)
    resolve_unaligned(tiers, index, times, report)
    notes, modifiers, declared = _symbolic(tiers, ltypes, cvs, saved.get("tiers", {}), report)
    scheme: Scheme | None = saved.get("scheme")
    tracks: list[Track] = []
    layer_tiers = {
        t.id
        for t in tiers.values()
        if t.aligned or not (t.refs or _reference_type(ltypes.get(t.lt)))
    }
    cv_users: dict[str, list[str]] = {}
    for tier in tiers.values():
        lt = ltypes.get(tier.lt)
        if lt is not None and lt.cv:
            cv_users.setdefault(lt.cv, []).append(tier.id)
        if tier.id not in layer_tiers:
            continue  # a reference tier: read by _symbolic
        hints = cvs.get(lt.cv, []) if lt is not None and lt.cv else []
        items = []
        for a in tier.aligned:
            onset, offset = times[a.ts1], times[a.ts2]
            items.append(
                Item(
                    onset,
                    None if offset == onset else offset,
                    a.value,
                    point=offset == onset,
                    modifiers=modifiers.get(a.id, {}),
                    note=notes.get(a.id, ""),
                    place=f"tier {tier.id!r}, annotation {a.id}",
                )
            )
        base = scheme.layer(tier.id) if scheme is not None else None
        tracks.append(
            Track(
                tier.id,
                items,
                list(hints),
                layer=base,
                overlaps="lanes",
                label=f"tier {tier.id!r}",
                modifier_values=declared.get(tier.id, {}),
                properties=_layer_fields(tier, tiers, layer_tiers),
            )
        )
    constraints = {
        t.id: (ltypes[t.lt].constraint if t.lt in ltypes else None) for t in tiers.values()
    }
    report_dropped(root, tiers, layer_tiers, constraints, cv_users, report)
    kept = {t.name for t in tracks}
    extra: list[Layer] = []
    if scheme is not None:
        extra = [la for la in scheme.layers if la.name not in kept]
    session = build_session(
        tracks,
        path=p,
        report=report,
        scheme_name=scheme.name if scheme is not None else p.stem,
        metadata=saved.get("metadata"),
        media=read_media(p, header, saved, report),
        duration_ms=saved.get("duration_ms", 0),
        rating_items=scheme.rating_items if scheme is not None else (),
        ratings=saved.get("ratings"),
        extra_layers=extra,
    )
    bad = session.rating_problems()
    if bad:
        session.ratings = {}
        report.note("the saved ratings do not fit the scheme and were left out: " + "; ".join(bad))
    return ImportResult.of(p, "eaf", [(p.stem, session)], report)


def _reference_type(lt: _LType | None) -> bool:
    return lt is not None and not lt.alignable


def _layer_fields(tier: Tier, tiers: dict[str, Tier], layer_tiers: set[str]) -> dict[str, str]:
    out = {name: tier.attrs[attr] for attr, name in LAYER_FIELDS.items() if tier.attrs.get(attr)}
    if tier.parent and tier.parent in tiers and tier.parent in layer_tiers:
        out["parent"] = tier.parent
    return out


# ---------------------------------------------------------------- reading the XML


def _parse(p: Path) -> ET.Element:
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InterchangeError(p, "", f"cannot be read: {exc.strerror or exc}") from None
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        line, col = exc.position
        raise InterchangeError(
            p, f"line {line}, column {col + 1}", f"this is not well-formed XML ({exc.msg})"
        ) from None


def _time_slots(root: ET.Element, report: ImportReport) -> tuple[dict[str, int], dict[str, int]]:
    index: dict[str, int] = {}
    times: dict[str, int] = {}
    order = root.find("TIME_ORDER")
    negative: list[str] = []
    for i, slot in enumerate(order if order is not None else []):
        sid = slot.get("TIME_SLOT_ID", "")
        index[sid] = i
        value = slot.get("TIME_VALUE")
        if value is None:
            continue
        try:
            t = int(value)
        except ValueError:
            try:
                t = round(float(value))
            except (ValueError, OverflowError):
                report.note(
                    f"TIME_SLOT {sid!r}: time value {value!r} is not a number of ms; the slot "
                    "was read as unaligned"
                )
                continue
        if t < 0:
            negative.append(f"{sid} ({t} ms)")
        times[sid] = t
    if negative:
        report.note(
            f"{len(negative)} time slot(s) lie before the start of the recording: "
            + ", ".join(negative)
            + "; annotations that end after 0 start at 0, the others are set aside"
        )
    return index, times


def _tiers(root: ET.Element, report: ImportReport) -> dict[str, Tier]:
    tiers: dict[str, Tier] = {}
    for el in root.iter("TIER"):
        tid = el.get("TIER_ID", "")
        if tid in tiers:
            new, n = tid, 2
            while new in tiers:
                new, n = f"{tid} ({n})", n + 1
            report.note(f"two tiers are named {tid!r}; the second was read as {new!r}")
            tid = new
        attrs = {k: v for k, v in el.attrib.items() if k not in ("TIER_ID", "PARENT_REF")}
        tier = Tier(tid, el.get("LINGUISTIC_TYPE_REF", ""), el.get("PARENT_REF"), attrs=attrs)
        nested = sum(1 for ann in el.findall("ANNOTATION") for _ in ann.iter("ANNOTATION")) - len(
            el.findall("ANNOTATION")
        )
        if nested:
            report.note(
                f"tier {tid!r}: {nested} annotation(s) are nested inside another (not valid "
                "EAF); they were read like the others"
            )
        for ann in el.iter("ANNOTATION"):
            for a in ann:
                value = a.findtext("ANNOTATION_VALUE") or ""
                aid = a.get("ANNOTATION_ID", "")
                if a.tag == "ALIGNABLE_ANNOTATION":
                    tier.aligned.append(
                        Aligned(
                            aid, a.get("TIME_SLOT_REF1", ""), a.get("TIME_SLOT_REF2", ""), value
                        )
                    )
                elif a.tag == "REF_ANNOTATION":
                    tier.refs.append((aid, a.get("ANNOTATION_REF", ""), value))
        tiers[tid] = tier
        ids = Counter(a.id for a in tier.aligned)
        twice = sorted(i for i, n in ids.items() if n > 1)
        if twice:
            report.note(
                f"tier {tid!r}: annotation id(s) {', '.join(twice[:10])}"
                + (" …" if len(twice) > 10 else "")
                + " are used more than once (not valid EAF); each annotation was imported"
            )
    return tiers


def _ltypes(root: ET.Element) -> dict[str, _LType]:
    return {
        el.get("LINGUISTIC_TYPE_ID", ""): _LType(
            el.get("TIME_ALIGNABLE", "true").lower() != "false",
            el.get("CONSTRAINTS"),
            el.get("CONTROLLED_VOCABULARY_REF"),
        )
        for el in root.iter("LINGUISTIC_TYPE")
    }


def _vocabularies(root: ET.Element, report: ImportReport) -> dict[str, list[CodeHint]]:
    out: dict[str, list[CodeHint]] = {}
    for cv in root.iter("CONTROLLED_VOCABULARY"):
        cid = cv.get("CV_ID", "")
        hints: list[CodeHint] = []
        for entry in cv:
            if entry.tag == "CV_ENTRY":  # EAF 2.x
                hints.append(CodeHint(entry.text or "", entry.get("DESCRIPTION", "") or ""))
            elif entry.tag == "CV_ENTRY_ML":  # EAF 2.8 and later: the first language's value
                value = entry.find("CVE_VALUE")
                if value is not None:
                    hints.append(CodeHint(value.text or "", value.get("DESCRIPTION", "") or ""))
        if not hints and cv.get("EXT_REF"):
            report.note(
                f"controlled vocabulary {cid!r} is kept in an external file that was not read; "
                "only the values used became codes"
            )
        out[cid] = hints
    return out


# ---------------------------------------------------------------- references


def _symbolic(
    tiers: dict[str, Tier],
    ltypes: dict[str, _LType],
    cvs: dict[str, list[CodeHint]],
    saved: dict[str, dict[str, str]],
    report: ImportReport,
) -> tuple[dict[str, str], dict[str, dict[str, str]], dict[str, dict[str, tuple[str, ...]]]]:
    """Notes and modifiers for aligned annotations, from the reference tiers that hang on them;
    and, per aligned tier, the values its modifiers may take (their vocabularies)."""
    notes_by_tier: dict[str, list[tuple[str, dict[str, list[str]]]]] = {}
    modifiers: dict[str, dict[str, str]] = {}
    declared: dict[str, dict[str, tuple[str, ...]]] = {}
    for tier in tiers.values():
        if tier.aligned or not tier.refs:
            lt = ltypes.get(tier.lt)
            if not tier.aligned and lt is not None and not lt.alignable:
                report.note(f"reference tier {tier.id!r} holds no annotations; skipped")
            continue
        parent = tiers.get(tier.parent or "")
        if parent is None or not parent.aligned:
            report.note(
                f"reference tier {tier.id!r} depends on "
                + (f"the reference tier {tier.parent!r}" if parent else "no time-aligned tier")
                + f"; its {len(tier.refs)} annotation(s) were skipped"
            )
            continue
        owners = {a.id for a in parent.aligned}
        lt = ltypes.get(tier.lt)
        as_modifier = lt is not None and lt.cv and lt.constraint == "Symbolic_Association"
        values: dict[str, list[str]] = {}
        missing = 0
        for _aid, ref, value in tier.refs:
            if ref not in owners:
                missing += 1
                continue
            if value:
                values.setdefault(ref, []).append(value)
        if missing:
            report.note(
                f"tier {tier.id!r}: {missing} annotation(s) refer to no annotation of "
                f"{parent.id!r}; skipped"
            )
        if as_modifier:
            m = _MODIFIER_TIER.match(tier.id)
            name = m.group("name") if m and m.group("layer") == parent.id else tier.id
            name = saved.get(tier.id, {}).get("modifier", name)  # attachcoder's own export
            for ref, vals in values.items():
                modifiers.setdefault(ref, {})[name] = vals[0]
            vocabulary = cvs.get(lt.cv or "", []) if lt is not None else []
            declared.setdefault(parent.id, {})[name] = tuple(
                dict.fromkeys(h.name for h in vocabulary if h.name.strip())
            )
            report.note(f"tier {tier.id!r} became modifier {name!r} of layer {parent.id!r}")
        else:
            notes_by_tier.setdefault(parent.id, []).append((tier.id, values))
            report.note(f"tier {tier.id!r} became the notes of layer {parent.id!r}")
    notes: dict[str, str] = {}
    for groups in notes_by_tier.values():
        for tier_id, values in groups:
            for ref, vals in values.items():
                text = " ".join(vals)
                if len(groups) > 1:
                    text = f"{tier_id}: {text}"
                notes[ref] = f"{notes[ref]}; {text}" if ref in notes else text
    return notes, modifiers, declared


def layer_note_tier(layer: str) -> str:
    """The name of the tier that carries a layer's notes in attachcoder's export."""
    return layer + NOTE_TIER_SUFFIX


def layer_modifier_tier(layer: str, modifier: str) -> str:
    """The name of the tier that carries one modifier of a layer in attachcoder's export."""
    return f"{layer} [{modifier}]"
