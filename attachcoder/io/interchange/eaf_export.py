"""Writing a session as an ELAN ``.eaf`` file (EAF 3.0, valid against ELAN's schema).

Each layer becomes a top-level tier whose controlled vocabulary lists the layer's codes (with
their definitions), so ELAN offers the same codes in a list. A point becomes an annotation of
no length. Notes become a reference tier ``LAYER (notes)`` and each modifier a reference tier
``LAYER [MODIFIER]`` with its values as a vocabulary, both hanging on the layer's tier, which is
how :mod:`~attachcoder.io.interchange.eaf` reads them back. The scheme (keys, colours, roles),
metadata and ratings ride along in one header property, so attachcoder → EAF → attachcoder
loses nothing; ELAN keeps the property and ignores it.

An EAF is a working file for ELAN, so unlike reports it carries the media path: ``MEDIA_URL``
is the video's absolute ``file:`` URL (ELAN needs it; it names the folders of this machine),
and ``RELATIVE_MEDIA_URL`` is added when the video lies in the ``.eaf``'s folder or below it,
which ELAN falls back on when the project moves. Frame rate and duration, which EAF has no
field for, go in header properties (``attachcoder:fps``, ``attachcoder:duration_ms``, and every
media file's in ``attachcoder-session``). A layer's participant, annotator and parent (from an
ELAN import, docs/file-format.md) go back on its tier; a parent only when each annotation lies
inside one of the parent's (ELAN's *Included In*), else the tier stays top-level and a warning
says so.

A state still running ends at the session's observed end (``metadata.observed_to_ms``) when the
session has one; otherwise it is left out with a warning, never closed at an invented time.
"""

from __future__ import annotations

import json
import mimetypes
import os
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Layer
from attachcoder.core.session import Media, Session
from attachcoder.io.atomic import atomic_write_bytes
from attachcoder.io.interchange.eaf import layer_modifier_tier, layer_note_tier
from attachcoder.io.interchange.eaf_header import (
    DURATION_PROPERTY,
    FPS_PROPERTY,
    SESSION_PROPERTY,
)
from attachcoder.io.interchange.media_paths import file_name, is_absolute
from attachcoder.io.interchange.running import observed_end
from attachcoder.io.session.codec import FORMAT_NAME, metadata_to_dict, scheme_to_dict

_LANG = "und"
_CONSTRAINTS = (
    (
        "Time_Subdivision",
        "Time subdivision of parent annotation's time interval, no time gaps "
        "allowed within this interval",
    ),
    (
        "Symbolic_Subdivision",
        "Symbolic subdivision of a parent annotation. Annotations refering "
        "to the same parent are ordered",
    ),
    ("Symbolic_Association", "1-1 association with a parent annotation"),
    (
        "Included_In",
        "Time alignable annotations within the parent annotation's time interval, gaps are allowed",
    ),
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_eaf(
    session: Session,
    path: str | os.PathLike[str],
    *,
    session_path: str | os.PathLike[str] | None = None,
    notes: bool = True,
) -> list[str]:
    """Write ``session`` to ``path`` atomically; returns warnings (e.g. a state left running).

    ``session_path`` locates media given relative to the session file.
    """
    target = Path(path)
    data, warnings = eaf_bytes(
        session,
        media_base=Path(session_path).resolve().parent if session_path else None,
        eaf_dir=target.resolve().parent,
        notes=notes,
    )
    atomic_write_bytes(target, data)
    return warnings


def eaf_bytes(
    session: Session,
    *,
    media_base: Path | None = None,
    eaf_dir: Path | None = None,
    notes: bool = True,
    date: datetime | None = None,
) -> tuple[bytes, list[str]]:
    """The EAF document for ``session`` and the warnings raised while writing it."""
    warnings: list[str] = []
    when = (date or datetime.now(UTC).astimezone()).isoformat(timespec="seconds")
    root = ET.Element(
        "ANNOTATION_DOCUMENT",
        {
            "AUTHOR": _text(session.metadata.coder_id),
            "DATE": when,
            "FORMAT": "3.0",
            "VERSION": "3.0",
            "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
            "xsi:noNamespaceSchemaLocation": "http://www.mpi.nl/tools/elan/EAFv3.0.xsd",
        },
    )
    header = ET.SubElement(root, "HEADER", {"MEDIA_FILE": "", "TIME_UNITS": "milliseconds"})
    for m in session.media:
        ET.SubElement(header, "MEDIA_DESCRIPTOR", _media_attributes(m, media_base, eaf_dir))
    time_order = ET.SubElement(root, "TIME_ORDER")
    ids = _Names()
    slots: list[tuple[int, int, ET.Element]] = []
    aligned: list[tuple[ET.Element, ET.Element, ET.Element]] = []
    tiers: list[ET.Element] = []
    types: list[dict[str, str]] = []
    vocabularies: list[tuple[str, str, list[tuple[str, str]]]] = []
    layers = session.scheme.layers
    # the layers' own names first, so that a dependent tier can never take a layer's name
    layer_ids = {la.name: (ids.tier(la.name), ids.lt(la.name), ids.cv(la.name)) for la in layers}
    note_type = ids.lt("attachcoder note")
    used_note_type = False
    dependents: dict[str, dict[str, str]] = {}
    n_ann = 0
    observed = observed_end(session)
    for layer in layers:
        tier_id, lt_id, cv_id = layer_ids[layer.name]
        codes = [(c.name, c.definition) for c in layer.codes]
        vocabularies.append((cv_id, f"codes of layer {layer.name}", codes))
        cve = {name: f"cveid_{i}" for i, (name, _) in enumerate(codes)}
        types.append(
            {
                "LINGUISTIC_TYPE_ID": lt_id,
                "TIME_ALIGNABLE": "true",
                "GRAPHIC_REFERENCES": "false",
                "CONTROLLED_VOCABULARY_REF": cv_id,
            }
        )
        tier = ET.Element("TIER", {"LINGUISTIC_TYPE_REF": lt_id, "TIER_ID": tier_id})
        tier.attrib.update(_tier_fields(layer))
        parent = _parent(layer, session, observed, warnings)
        if parent is not None:
            tier.set("PARENT_REF", layer_ids[parent][0])
            types[-1]["CONSTRAINTS"] = "Included_In"
        tiers.append(tier)
        annotation_ids: list[tuple[Episode, str]] = []
        for ep in session.layer_episodes(layer.name):
            end = _end(ep, layer, observed, warnings)
            if end is None:
                continue
            n_ann += 1
            aid = f"a{n_ann}"
            refs = []
            for t in (ep.onset_ms, end):
                slot = ET.Element("TIME_SLOT", {"TIME_VALUE": str(t)})
                slots.append((t, len(slots), slot))
                refs.append(slot)
            ann = ET.SubElement(ET.SubElement(tier, "ANNOTATION"), "ALIGNABLE_ANNOTATION")
            ann.set("ANNOTATION_ID", aid)
            aligned.append((ann, refs[0], refs[1]))
            if ep.code in cve:
                ann.set("CVE_REF", cve[ep.code])
            ET.SubElement(ann, "ANNOTATION_VALUE").text = _text(ep.code)
            annotation_ids.append((ep, aid))
        if notes and any(ep.note for ep, _ in annotation_ids):
            used_note_type = True
            note_id = ids.tier(layer_note_tier(layer.name))
            dependents[note_id] = {"layer": layer.name, "notes": "yes"}
            note_tier = ET.Element(
                "TIER",
                {"LINGUISTIC_TYPE_REF": note_type, "PARENT_REF": tier_id, "TIER_ID": note_id},
            )
            for ep, aid in annotation_ids:
                if ep.note:
                    n_ann += 1
                    _ref_annotation(note_tier, f"a{n_ann}", aid, ep.note)
            tiers.append(note_tier)
        for name, values in _modifiers(layer, annotation_ids):
            mt_id = ids.tier(layer_modifier_tier(layer.name, name))
            dependents[mt_id] = {"layer": layer.name, "modifier": name}
            mcv = ids.cv(mt_id)
            mlt = ids.lt(mt_id)
            vocabularies.append((mcv, f"values of modifier {name}", [(v, "") for v in values]))
            types.append(
                {
                    "LINGUISTIC_TYPE_ID": mlt,
                    "TIME_ALIGNABLE": "false",
                    "CONSTRAINTS": "Symbolic_Association",
                    "GRAPHIC_REFERENCES": "false",
                    "CONTROLLED_VOCABULARY_REF": mcv,
                }
            )
            mod_tier = ET.Element(
                "TIER", {"LINGUISTIC_TYPE_REF": mlt, "PARENT_REF": tier_id, "TIER_ID": mt_id}
            )
            value_ids = {v: f"cveid_{i}" for i, v in enumerate(values)}
            for ep, aid in annotation_ids:
                value = ep.modifiers.get(name)
                if value:
                    n_ann += 1
                    ref = _ref_annotation(mod_tier, f"a{n_ann}", aid, value)
                    ref.set("CVE_REF", value_ids[value])
            tiers.append(mod_tier)
    # time slots in time order, then the annotations pointed at their ids
    slots.sort(key=lambda s: (s[0], s[1]))
    for n, (_, _, slot) in enumerate(slots, start=1):
        slot.set("TIME_SLOT_ID", f"ts{n}")
        time_order.append(slot)
    for ann, first, second in aligned:  # attributes in ELAN's order: id, slot 1, slot 2, entry
        cve_ref = ann.attrib.pop("CVE_REF", None)
        ann.set("TIME_SLOT_REF1", first.get("TIME_SLOT_ID", ""))
        ann.set("TIME_SLOT_REF2", second.get("TIME_SLOT_ID", ""))
        if cve_ref is not None:
            ann.set("CVE_REF", cve_ref)
    root.extend(tiers)
    _properties(header, session, notes, n_ann, dependents)
    for attrs in types:
        ET.SubElement(root, "LINGUISTIC_TYPE", attrs)
    if used_note_type:
        ET.SubElement(
            root,
            "LINGUISTIC_TYPE",
            {
                "LINGUISTIC_TYPE_ID": note_type,
                "TIME_ALIGNABLE": "false",
                "CONSTRAINTS": "Symbolic_Association",
                "GRAPHIC_REFERENCES": "false",
            },
        )
    ET.SubElement(
        root,
        "LANGUAGE",
        {
            "LANG_ID": _LANG,
            "LANG_DEF": "http://cdb.iso.org/lg/CDB-00130975-001",
            "LANG_LABEL": "undetermined (und)",
        },
    )
    for stereotype, description in _CONSTRAINTS:
        ET.SubElement(root, "CONSTRAINT", {"DESCRIPTION": description, "STEREOTYPE": stereotype})
    for cv_id, description, entries in vocabularies:
        cv = ET.SubElement(root, "CONTROLLED_VOCABULARY", {"CV_ID": cv_id})
        ET.SubElement(cv, "DESCRIPTION", {"LANG_REF": _LANG}).text = _text(description)
        for i, (value, definition) in enumerate(entries):
            entry = ET.SubElement(cv, "CV_ENTRY_ML", {"CVE_ID": f"cveid_{i}"})
            attrs = {"LANG_REF": _LANG}
            if definition:
                attrs["DESCRIPTION"] = _text(definition)
            ET.SubElement(entry, "CVE_VALUE", attrs).text = _text(value)
    ET.indent(root, space="    ")
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    return (text + "\n").encode("utf-8"), warnings


# ---------------------------------------------------------------- pieces


class _Names:
    """Unique ids per kind of element (tier ids, type ids and vocabulary ids are separate)."""

    def __init__(self) -> None:
        self._taken: dict[str, set[str]] = {"tier": set(), "lt": set(), "cv": set()}

    def _get(self, kind: str, name: str) -> str:
        taken = self._taken[kind]
        out, n = _text(name) or "(unnamed)", 2
        base = out
        while out in taken:
            out = f"{base} ({n})"
            n += 1
        taken.add(out)
        return out

    def tier(self, name: str) -> str:
        return self._get("tier", name)

    def lt(self, name: str) -> str:
        return self._get("lt", name)

    def cv(self, name: str) -> str:
        return self._get("cv", name)


def _end(ep: Episode, layer: Layer, observed: int | None, warnings: list[str]) -> int | None:
    """Where an episode's annotation ends; None leaves it out (a running state with nowhere
    to end: no observed end, or one not after its start)."""
    if not layer.is_state:
        return ep.onset_ms
    if ep.offset_ms is not None:
        return ep.offset_ms
    if observed is not None and observed > ep.onset_ms:
        warnings.append(
            f"layer {layer.name!r}: {ep.code!r} from {ep.onset_ms} ms was still running; in "
            f"the EAF it ends at {observed} ms (the observed end of the session)"
        )
        return observed
    warnings.append(
        f"layer {layer.name!r}: {ep.code!r} from {ep.onset_ms} ms was still running and the "
        "session has no observed end after it, so it was left out of the EAF"
    )
    return None


def _tier_fields(layer: Layer) -> dict[str, str]:
    """PARTICIPANT and ANNOTATOR from the layer's optional fields (an ELAN import's)."""
    out = {}
    for attr, name in (("PARTICIPANT", "participant"), ("ANNOTATOR", "annotator")):
        value = layer.extra.get(name)
        if isinstance(value, str) and value:
            out[attr] = _text(value)
    return out


def _parent(
    layer: Layer, session: Session, observed: int | None, warnings: list[str]
) -> str | None:
    """The layer's parent layer, when ELAN can hold it as one: a state layer written before
    this one, with each of this layer's annotations inside one of the parent's."""
    name = layer.extra.get("parent")
    if not isinstance(name, str) or not name:
        return None
    order = [la.name for la in session.scheme.layers]
    parent = session.scheme.layer(name)
    if parent is None or not parent.is_state or order.index(name) > order.index(layer.name):
        warnings.append(
            f"layer {layer.name!r}: its parent {name!r} is not a state layer before it, so its "
            "tier is written top-level"
        )
        return None
    spans = []
    for ep in session.layer_episodes(name):
        end = ep.offset_ms if ep.offset_ms is not None else observed
        if end is not None:
            spans.append((ep.onset_ms, end))
    for ep in session.layer_episodes(layer.name):
        end = ep.onset_ms if ep.offset_ms is None else ep.offset_ms
        if not any(a <= ep.onset_ms and end <= b for a, b in spans):
            warnings.append(
                f"layer {layer.name!r}: {ep.code!r} at {ep.onset_ms} ms lies outside every "
                f"episode of its parent {name!r}, so its tier is written top-level"
            )
            return None
    return name


def _modifiers(layer: Layer, annotated: list[tuple[Episode, str]]) -> list[tuple[str, list[str]]]:
    """Each modifier used in the layer, with every value it may take (declared, then used)."""
    values: dict[str, list[str]] = {}
    for code in layer.codes:
        for spec in code.modifiers:
            vals = values.setdefault(spec.name, [])
            vals.extend(v for v in spec.values if v not in vals)
    used: set[str] = set()
    for ep, _ in annotated:
        for name, value in ep.modifiers.items():
            if value:
                used.add(name)
                vals = values.setdefault(name, [])
                if value not in vals:
                    vals.append(value)
    return [(n, [v for v in vals if v]) for n, vals in values.items() if n in used]


def _ref_annotation(tier: ET.Element, aid: str, ref: str, value: str) -> ET.Element:
    ann = ET.SubElement(
        ET.SubElement(tier, "ANNOTATION"),
        "REF_ANNOTATION",
        {"ANNOTATION_ID": aid, "ANNOTATION_REF": ref},
    )
    ET.SubElement(ann, "ANNOTATION_VALUE").text = _text(value)
    return ann


def _properties(
    header: ET.Element,
    session: Session,
    notes: bool,
    n_ann: int,
    dependents: dict[str, dict[str, str]],
) -> None:
    metadata = metadata_to_dict(session.metadata)
    if not notes:
        metadata["notes"] = ""
    saved = {
        "format": FORMAT_NAME,
        "duration_ms": session.duration_ms,
        "media": [_media_info(m) for m in session.media],
        "metadata": metadata,
        "scheme": scheme_to_dict(session.scheme),
        "ratings": session.ratings,
        "tiers": dependents,
    }
    prop = ET.SubElement(header, "PROPERTY", {"NAME": SESSION_PROPERTY})
    prop.text = _text(json.dumps(saved, ensure_ascii=False, sort_keys=True))
    if session.media:
        first = session.media[0]
        if first.fps:
            ET.SubElement(header, "PROPERTY", {"NAME": FPS_PROPERTY}).text = repr(first.fps)
        if first.duration_ms:
            ET.SubElement(header, "PROPERTY", {"NAME": DURATION_PROPERTY}).text = str(
                first.duration_ms
            )
    ET.SubElement(header, "PROPERTY", {"NAME": "lastUsedAnnotationId"}).text = str(n_ann)


def _media_info(m: Media) -> dict[str, object]:
    """What EAF has no field for, kept for attachcoder's import (matched by file name)."""
    return {
        "file": file_name(m.path),
        "fps": m.fps,
        "duration_ms": m.duration_ms,
        "sha256": m.sha256,
        "size": m.size,
    }


def _media_attributes(m: Media, base: Path | None, eaf_dir: Path | None) -> dict[str, str]:
    raw = m.path.replace("\\", "/")
    absolute: Path | None = None
    if re.match(r"^[A-Za-z]:/", raw):
        url = "file:///" + quote(raw, safe="/:")
    elif Path(raw).is_absolute():
        absolute = Path(raw)
        url = absolute.as_uri()
    elif base is not None and not is_absolute(raw):
        absolute = (base / raw).resolve()
        url = absolute.as_uri()
    else:
        url = quote(raw)
    attrs = {"MEDIA_URL": url, "MIME_TYPE": mimetypes.guess_type(raw)[0] or "video/*"}
    if absolute is not None and eaf_dir is not None:
        try:
            # ELAN falls back on RELATIVE_MEDIA_URL, resolved against the .eaf's folder; only
            # a video in that folder or below it gets one (a path climbing out of it names
            # the folders up to the root and breaks when either moves)
            rel = absolute.relative_to(eaf_dir.resolve()).as_posix()
        except ValueError:
            rel = ""
        if rel:
            attrs["RELATIVE_MEDIA_URL"] = "./" + quote(rel)
    elif absolute is None and not is_absolute(raw) and not raw.startswith("../"):
        attrs["RELATIVE_MEDIA_URL"] = "./" + quote(raw.removeprefix("./"))
    if m.offset_ms:
        attrs["TIME_ORIGIN"] = str(-m.offset_ms)
    return attrs


def _text(value: str) -> str:
    return _NOT_XML.sub("", value)
