"""Reading ELAN ``.eaf`` files (EAF 2.x and 3.0) into one session.

Each time-aligned tier becomes a layer and its annotation values become codes; a tier's
controlled vocabulary, when it has one, supplies the codes (with their descriptions as
definitions) even if some are never used. Time slots without a value are resolved the way
ELAN resolves them (``TimeProposer`` in ELAN's sources): inside each parent annotation, a run
of unaligned slots of one child tier is spread evenly, in whole milliseconds, between the
aligned slots around it. Symbolic (reference) tiers hang on a time-aligned tier: one with a
controlled vocabulary and a one-to-one association becomes a modifier, any other becomes the
episode's note; a reference tier that depends on another reference tier is skipped and said so.

A tier's annotations never overlap in ELAN, so overlapping ones mean a damaged file: the
import stops with the tier and annotation rather than guess.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from attachcoder.core.scheme import Layer, Scheme, SchemeError
from attachcoder.core.session import Media
from attachcoder.io.interchange.eaf_times import Aligned, Tier, resolve_unaligned
from attachcoder.io.interchange.report import ImportReport, ImportResult, InterchangeError
from attachcoder.io.interchange.tracks import CodeHint, Item, Track, build_session
from attachcoder.io.session.codec import metadata_from_dict, scheme_from_dict

#: the header property under which attachcoder's own export keeps the scheme and metadata
SESSION_PROPERTY = "attachcoder-session"
NOTE_TIER_SUFFIX = " (notes)"
_MODIFIER_TIER = re.compile(r"^(?P<layer>.*) \[(?P<name>.+)\]$")


@dataclass
class _LType:
    alignable: bool
    constraint: str | None
    cv: str | None


def read_eaf(path: str | os.PathLike[str]) -> ImportResult:
    """Import an ELAN file; raises :class:`InterchangeError` (file and place) when it cannot."""
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
    saved = _saved_session(header, report)
    index, times = _time_slots(root, p)
    tiers = _tiers(root, p)
    ltypes = _ltypes(root)
    cvs = _vocabularies(root, report)
    resolve_unaligned(tiers, index, times, p)
    notes, modifiers, declared = _symbolic(tiers, ltypes, cvs, saved.get("tiers", {}), report)
    scheme: Scheme | None = saved.get("scheme")
    tracks: list[Track] = []
    for tier in tiers.values():
        lt = ltypes.get(tier.lt)
        if not tier.aligned and (tier.refs or (lt is not None and not lt.alignable)):
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
                overlaps="error",
                label=f"tier {tier.id!r}",
                modifier_values=declared.get(tier.id, {}),
            )
        )
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
        media=_media(header, report),
        duration_ms=saved.get("duration_ms", 0),
        rating_items=scheme.rating_items if scheme is not None else (),
        ratings=saved.get("ratings"),
        extra_layers=extra,
    )
    bad = session.rating_problems()
    if bad:
        session.ratings = {}
        report.note("the saved ratings do not fit the scheme and were left out: " + "; ".join(bad))
    return ImportResult(p, "eaf", [(p.stem, session)], report.lines)


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


def _time_slots(root: ET.Element, p: Path) -> tuple[dict[str, int], dict[str, int]]:
    index: dict[str, int] = {}
    times: dict[str, int] = {}
    order = root.find("TIME_ORDER")
    for i, slot in enumerate(order if order is not None else []):
        sid = slot.get("TIME_SLOT_ID", "")
        index[sid] = i
        value = slot.get("TIME_VALUE")
        if value is None:
            continue
        try:
            t = int(value)
        except ValueError:
            raise InterchangeError(
                p, f"TIME_SLOT {sid!r}", f"time value {value!r} is not a whole number of ms"
            ) from None
        if t < 0:
            raise InterchangeError(p, f"TIME_SLOT {sid!r}", f"time value {t} is negative")
        times[sid] = t
    return index, times


def _tiers(root: ET.Element, p: Path) -> dict[str, Tier]:
    tiers: dict[str, Tier] = {}
    for el in root.iter("TIER"):
        tid = el.get("TIER_ID", "")
        if tid in tiers:
            raise InterchangeError(p, f"tier {tid!r}", "two tiers have this name")
        tier = Tier(tid, el.get("LINGUISTIC_TYPE_REF", ""), el.get("PARENT_REF"))
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


def _saved_session(header: ET.Element | None, report: ImportReport) -> dict[str, Any]:
    """The scheme and metadata attachcoder wrote into its own export, when this file has them."""
    if header is None:
        return {}
    text = next(
        (el.text for el in header.iter("PROPERTY") if el.get("NAME") == SESSION_PROPERTY), None
    )
    if not text:
        return {}
    out: dict[str, Any] = {}
    try:
        doc = json.loads(text)
        out["scheme"] = scheme_from_dict(doc["scheme"]).validate()
        out["metadata"] = metadata_from_dict(doc.get("metadata") or {})
        out["ratings"] = {
            k: v for k, v in (doc.get("ratings") or {}).items() if isinstance(v, int | float)
        }
        out["duration_ms"] = int(doc.get("duration_ms") or 0)
        out["tiers"] = {
            str(k): {str(a): str(b) for a, b in v.items()}
            for k, v in (doc.get("tiers") or {}).items()
            if isinstance(v, dict)
        }
    except (ValueError, KeyError, TypeError, AttributeError, SchemeError) as exc:
        report.note(f"the attachcoder scheme saved in this file could not be read ({exc}); ignored")
        return {}
    report.note("this file was written by attachcoder: its scheme and metadata were restored")
    return out


def _media(header: ET.Element | None, report: ImportReport) -> list[Media]:
    out: list[Media] = []
    if header is None:
        return out
    for el in header.iter("MEDIA_DESCRIPTOR"):
        url = el.get("MEDIA_URL") or el.get("RELATIVE_MEDIA_URL") or ""
        if not url:
            continue
        if el.get("EXTRACTED_FROM"):
            report.note(f"media {url_to_path(url)!r} was extracted from another file; not listed")
            continue
        origin = int(el.get("TIME_ORIGIN") or 0)
        out.append(Media(url_to_path(url), None, offset_ms=-origin))
        if origin:
            report.note(
                f"media {url_to_path(url)!r} has a time origin of {origin} ms; it is listed with "
                f"offset {-origin} ms on the session clock"
            )
    for el in header.iter("LINKED_FILE_DESCRIPTOR"):
        report.note(f"linked file {url_to_path(el.get('LINK_URL', ''))!r} was not imported")
    return out


def url_to_path(url: str) -> str:
    """A ``file:`` URL as a path (as the file gives it); any other URL unchanged."""
    parsed = urlparse(url)
    if parsed.scheme not in ("file", ""):
        return url
    path = unquote(parsed.path)
    if re.match(r"^/[A-Za-z]:/", path):  # file:///C:/... from Windows
        path = path[1:]
    return path or url


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
