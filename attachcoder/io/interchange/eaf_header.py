"""What an ELAN file says besides its annotations: media, attachcoder's own saved session, and
the parts no session can hold (said in the report, never dropped silently).

Media are found as ELAN finds them: ``MEDIA_URL`` when that file exists, else
``RELATIVE_MEDIA_URL`` resolved against the ``.eaf``'s folder, else a file of the same name
beside the ``.eaf``. Frame rate and duration, which EAF has no field for, come back from the
header properties attachcoder's export writes (``attachcoder:fps``, ``attachcoder:duration_ms``
and the media list in ``attachcoder-session``).
"""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from attachcoder.core.scheme import SchemeError
from attachcoder.core.session import Media
from attachcoder.io.interchange.eaf_times import Tier
from attachcoder.io.interchange.media_paths import file_name, locate_media, note_media
from attachcoder.io.interchange.report import ImportReport
from attachcoder.io.session.codec import metadata_from_dict, scheme_from_dict

#: the header property under which attachcoder's own export keeps the scheme and metadata
SESSION_PROPERTY = "attachcoder-session"
#: header properties for the first video's frame rate and length (EAF has no field for them)
FPS_PROPERTY = "attachcoder:fps"
DURATION_PROPERTY = "attachcoder:duration_ms"
_OWN_PROPERTIES = {SESSION_PROPERTY, FPS_PROPERTY, DURATION_PROPERTY, "lastUsedAnnotationId"}


def saved_session(header: ET.Element | None, report: ImportReport) -> dict[str, Any]:
    """The scheme and metadata attachcoder wrote into its own export, when this file has them."""
    if header is None:
        return {}
    text = _property(header, SESSION_PROPERTY)
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
        out["media"] = [m for m in doc.get("media") or [] if isinstance(m, dict)]
    except (ValueError, KeyError, TypeError, AttributeError, SchemeError) as exc:
        report.note(f"the attachcoder scheme saved in this file could not be read ({exc}); ignored")
        return {}
    report.note("this file was written by attachcoder: its scheme and metadata were restored")
    return out


def _property(header: ET.Element, name: str) -> str | None:
    return next((el.text for el in header.iter("PROPERTY") if el.get("NAME") == name), None)


def read_media(
    p: Path, header: ET.Element | None, saved: dict[str, Any], report: ImportReport
) -> list[Media]:
    out: list[Media] = []
    if header is None:
        return out
    for el in header.iter("MEDIA_DESCRIPTOR"):
        absolute = url_to_path(el.get("MEDIA_URL") or "")
        relative = url_to_path(el.get("RELATIVE_MEDIA_URL") or "")
        if relative.rstrip("/") in ("", "."):
            relative = ""
        given = absolute or relative
        if not given:
            continue
        if el.get("EXTRACTED_FROM"):
            report.note(f"media {given!r} was extracted from another file; not listed")
            continue
        located = locate_media(p, given, [relative] if relative else [])
        note_media(report, "media", given, located)
        origin = _int(el.get("TIME_ORIGIN"))
        out.append(Media(located.path, None, offset_ms=-origin))
        if origin:
            report.note(
                f"media {given!r} has a time origin of {origin} ms; it is listed with offset "
                f"{-origin} ms on the session clock"
            )
    for el in header.iter("LINKED_FILE_DESCRIPTOR"):
        report.not_kept(f"linked file {url_to_path(el.get('LINK_URL', ''))!r}")
    return _with_saved_media(out, header, saved)


def _with_saved_media(media: list[Media], header: ET.Element, saved: dict[str, Any]) -> list[Media]:
    """Frame rate, length, hash and size from attachcoder's own export, matched by file name
    (the plain ``attachcoder:fps`` / ``attachcoder:duration_ms`` for the first video)."""
    by_name = {str(m.get("file", "")): m for m in saved.get("media", [])}
    out = []
    for i, m in enumerate(media):
        info = by_name.get(file_name(m.path))
        if info is None and i == 0:
            fps = _float(_property(header, FPS_PROPERTY))
            duration = _int(_property(header, DURATION_PROPERTY))
            info = {"fps": fps, "duration_ms": duration or None}
        if info:
            fps = _float(info.get("fps"))
            duration = info.get("duration_ms")
            size = info.get("size")
            m = dataclasses.replace(
                m,
                fps=fps if fps and fps > 0 else m.fps,
                duration_ms=duration if isinstance(duration, int) and duration > 0 else None,
                sha256=str(info["sha256"]) if info.get("sha256") else m.sha256,
                size=size if isinstance(size, int) and size >= 0 else m.size,
            )
        out.append(m)
    return out


def _int(text: Any) -> int:
    try:
        return int(str(text).strip()) if text not in (None, "") else 0
    except ValueError:
        return 0


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def url_to_path(url: str) -> str:
    """A ``file:`` URL as a path (as the file gives it); any other URL unchanged."""
    parsed = urlparse(url)
    if parsed.scheme not in ("file", ""):
        return url
    path = unquote(parsed.path)
    if re.match(r"^/[A-Za-z]:/", path):  # file:///C:/... from Windows
        path = path[1:]
    return path or url


# ---------------------------------------------------------------- what no session holds


def report_dropped(
    root: ET.Element,
    tiers: dict[str, Tier],
    layer_tiers: set[str],
    constraints: dict[str, str | None],
    cv_users: dict[str, list[str]],
    report: ImportReport,
) -> None:
    """Say what the session keeps of the tiers' hierarchy, participants and annotators, and
    name every part of the file it does not keep (languages, vocabularies shared or unused,
    external references, the author)."""
    children = [
        f"{t.id!r} under {t.parent!r} ({constraints.get(t.id) or 'no constraint'})"
        for t in tiers.values()
        if t.parent and t.id in layer_tiers
    ]
    if children:
        report.note(
            "tier hierarchy: " + "; ".join(children) + ". Each became a layer of its own; its "
            "parent is kept as the layer's 'parent' and written back on EAF export"
        )
    people = []
    for t in tiers.values():
        if t.id not in layer_tiers:
            continue
        said = [
            f"{what} {t.attrs[key]!r}"
            for key, what in (("PARTICIPANT", "participant"), ("ANNOTATOR", "annotator"))
            if t.attrs.get(key)
        ]
        if said:
            people.append(f"{t.id!r} ({', '.join(said)})")
    if people:
        report.note(
            "participants and annotators are kept as layer properties: " + "; ".join(people)
        )
    languages = [
        f"{el.get('LANG_ID', '')}" + (f" ({el.get('LANG_LABEL')})" if el.get("LANG_LABEL") else "")
        for el in root.iter("LANGUAGE")
    ]
    tier_langs = [
        f"{t.id!r}: {t.attrs[k]}"
        for t in tiers.values()
        for k in ("LANG_REF", "DEFAULT_LOCALE")
        if t.attrs.get(k)
    ]
    if languages or tier_langs:
        report.not_kept(
            "languages: "
            + "; ".join(
                x
                for x in (
                    ", ".join(languages) and f"the file declares {', '.join(languages)}",
                    tier_langs and "tiers name " + ", ".join(tier_langs),
                )
                if x
            )
        )
    locales = [el.get("LANGUAGE_CODE", "") for el in root.iter("LOCALE")]
    if locales:
        report.not_kept("input locales " + ", ".join(repr(x) for x in locales))
    _report_vocabularies(root, cv_users, report)
    for tag, what in (
        ("EXTERNAL_REF", "external references"),
        ("LEXICON_REF", "lexicon references"),
        ("REF_LINK_SET", "reference link sets"),
        ("LICENSE", "the licence text"),
    ):
        found = list(root.iter(tag))
        if found:
            report.not_kept(f"{what} ({len(found)})")
    author = root.get("AUTHOR")
    if author:
        report.not_kept(f"the file's AUTHOR {author!r} (fill in the coder ID instead)")
    header = root.find("HEADER")
    others = [
        el.get("NAME", "")
        for el in (header.iter("PROPERTY") if header is not None else [])
        if el.get("NAME") not in _OWN_PROPERTIES
    ]
    if others:
        report.not_kept("header properties " + ", ".join(repr(x) for x in others))


def _report_vocabularies(
    root: ET.Element, cv_users: dict[str, list[str]], report: ImportReport
) -> None:
    for cv in root.iter("CONTROLLED_VOCABULARY"):
        cid = cv.get("CV_ID", "")
        users = cv_users.get(cid, [])
        if not users:
            report.not_kept(f"controlled vocabulary {cid!r}, which no time-aligned tier uses")
        elif len(users) > 1:
            report.note(
                f"controlled vocabulary {cid!r} is shared by tiers "
                + ", ".join(repr(u) for u in users)
                + "; each layer has its own copy of its codes"
            )
        first = {
            v.get("LANG_REF", "")
            for entry in cv.iter("CV_ENTRY_ML")
            for v in entry.findall("CVE_VALUE")[:1]
        }
        further = {
            v.get("LANG_REF", "")
            for entry in cv.iter("CV_ENTRY_ML")
            for v in entry.findall("CVE_VALUE")[1:]
        } - first
        if further:
            report.not_kept(
                f"controlled vocabulary {cid!r}: its values in {', '.join(sorted(further))} "
                f"(the codes are its values in {', '.join(sorted(first))})"
            )
