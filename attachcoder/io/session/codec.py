"""Plain JSON-ready dicts to core records and back, keeping keys we do not know.

Newer files must survive older tools: whatever key a record does not model goes into its
``extra`` and comes back out on save.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import Any

from attachcoder.core.episode import Episode
from attachcoder.core.phase_roles import with_phase_roles
from attachcoder.core.scheme import PHASE_ROLES, Code, Layer, ModifierSpec, RatingItem, Scheme
from attachcoder.core.session import Media, Metadata, Session

FORMAT_NAME = "attachcoder-session"
FORMAT_VERSION = 1


def _extra(d: dict[str, Any], known: AbstractSet[str]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if k not in known}


# ---------------------------------------------------------------- scheme

_CODE_KEYS = {"name", "key", "color", "definition", "role", "modifiers", "asks_note"}
_LAYER_KEYS = {"name", "kind", "role", "codes"}
_SCHEME_KEYS = {"name", "version", "layers", "rating_items"}
_RATING_KEYS = {"name", "min", "max", "definition"}


def _says_phase_role(cd: dict[str, Any]) -> bool:
    """A code of a file that knows phase roles: it has one, or says it has none (null)."""
    return "role" in cd and (cd["role"] is None or cd["role"] in PHASE_ROLES)


def scheme_from_dict(d: dict[str, Any]) -> Scheme:
    """The scheme of a file; phase codes written before phase roles existed get them
    (:func:`~attachcoder.core.phase_roles.with_phase_roles`): only on a phase layer where no
    code says its role, not even ``"role": null`` (what a file written since holds for a
    phase code without one, so a role cleared on purpose is not given back)."""
    layers = []
    for ld in d.get("layers", []):
        codes = []
        for cd in ld.get("codes", []):
            mods = tuple(
                ModifierSpec(
                    str(m["name"]),
                    tuple(str(v) for v in m.get("values", [])),
                    _extra(m, {"name", "values"}),
                )
                for m in cd.get("modifiers", [])
            )
            codes.append(
                Code(
                    name=str(cd["name"]),
                    key=cd.get("key"),
                    color=cd.get("color"),
                    definition=cd.get("definition", "") or "",
                    role=cd.get("role"),
                    modifiers=mods,
                    asks_note=bool(cd.get("asks_note", False)),
                    extra=_extra(cd, _CODE_KEYS),
                )
            )
        layers.append(
            Layer(
                name=str(ld["name"]),
                kind=ld.get("kind", "state"),
                codes=tuple(codes),
                role=ld.get("role"),
                extra=_extra(ld, _LAYER_KEYS),
            )
        )
    items = tuple(
        RatingItem(
            str(r["name"]),
            r["min"],
            r["max"],
            r.get("definition", "") or "",
            _extra(r, _RATING_KEYS),
        )
        for r in d.get("rating_items", [])
    )
    scheme = Scheme(
        name=str(d.get("name", "")),
        version=str(d.get("version", "1")),
        layers=tuple(layers),
        rating_items=items,
        extra=_extra(d, _SCHEME_KEYS),
    )
    before_roles = [
        str(ld.get("name"))
        for ld in d.get("layers", [])
        if not any(_says_phase_role(cd) for cd in ld.get("codes", []))
    ]
    return with_phase_roles(scheme, before_roles)


def scheme_to_dict(s: Scheme) -> dict[str, Any]:
    layers = []
    for la in s.layers:
        codes = []
        for c in la.codes:
            cd: dict[str, Any] = {"name": c.name}
            if c.key is not None:
                cd["key"] = c.key
            if c.color is not None:
                cd["color"] = c.color
            if c.role is not None or la.role == "phase":
                cd["role"] = c.role  # null on a phase code: no role, on purpose
            cd["definition"] = c.definition
            if c.modifiers:
                cd["modifiers"] = [
                    {"name": m.name, "values": list(m.values), **m.extra} for m in c.modifiers
                ]
            if c.asks_note:
                cd["asks_note"] = True
            cd.update(c.extra)
            codes.append(cd)
        ld: dict[str, Any] = {"name": la.name, "kind": la.kind}
        if la.role is not None:
            ld["role"] = la.role
        ld["codes"] = codes
        ld.update(la.extra)
        layers.append(ld)
    out: dict[str, Any] = {"name": s.name, "version": s.version, "layers": layers}
    out["rating_items"] = [
        {"name": r.name, "min": r.min, "max": r.max, "definition": r.definition, **r.extra}
        for r in s.rating_items
    ]
    out.update(s.extra)
    return out


# ---------------------------------------------------------------- episodes

_NONE: dict[str, Any] = {}
#: The keys an episode record models; any other key is kept in ``Episode.extra``.
EPISODE_KEYS = frozenset({"id", "layer", "code", "onset_ms", "offset_ms", "note", "modifiers"})
_EPISODE_KEYS = EPISODE_KEYS


def episode_from_dict(d: dict[str, Any]) -> Episode:
    extra = _NONE if d.keys() <= _EPISODE_KEYS else _extra(d, _EPISODE_KEYS)
    return Episode(
        d["id"],
        d["layer"],
        d["code"],
        d["onset_ms"],
        d.get("offset_ms"),
        d.get("note") or "",
        d.get("modifiers") or _NONE,
        extra,
    )


def episode_to_dict(e: Episode) -> dict[str, Any]:
    d = {
        "id": e.id,
        "layer": e.layer,
        "code": e.code,
        "onset_ms": e.onset_ms,
        "offset_ms": e.offset_ms,
        "note": e.note,
        "modifiers": e.modifiers,
    }
    if e.extra:
        d.update(e.extra)
    return d


# ---------------------------------------------------------------- session

_META_KEYS = {
    "dyad_id",
    "coder_id",
    "session_date",
    "infant_age_months",
    "corrected_age",
    "caregiver_role",
    "notes",
    "status",
    "completed_at",
    "observed_to_ms",
}
_MEDIA_KEYS = {"path", "sha256", "size", "duration_ms", "fps", "offset_ms", "fps_range"}
_SESSION_KEYS = {
    "format",
    "version",
    "duration_ms",
    "metadata",
    "media",
    "scheme",
    "episodes",
    "ratings",
}


def metadata_from_dict(d: dict[str, Any]) -> Metadata:
    return Metadata(
        dyad_id=d.get("dyad_id", "") or "",
        coder_id=d.get("coder_id", "") or "",
        session_date=d.get("session_date", "") or "",
        infant_age_months=d.get("infant_age_months"),
        corrected_age=bool(d.get("corrected_age", False)),
        caregiver_role=d.get("caregiver_role", "") or "",
        notes=d.get("notes", "") or "",
        status=d.get("status", "") or "",
        completed_at=d.get("completed_at", "") or "",
        observed_to_ms=_ms_or_none(d.get("observed_to_ms")),
        extra=_extra(d, _META_KEYS),
    )


def _ms_or_none(value: Any) -> int | None:
    """A time the schema has checked (an integer, possibly written ``60000.0``), or None."""
    return None if value is None else int(value)


def metadata_to_dict(m: Metadata) -> dict[str, Any]:
    """The study fields (``status``, ``completed_at``) and ``observed_to_ms`` only when set:
    older files round-trip."""
    out: dict[str, Any] = {
        "dyad_id": m.dyad_id,
        "coder_id": m.coder_id,
        "session_date": m.session_date,
        "infant_age_months": m.infant_age_months,
        "corrected_age": m.corrected_age,
        "caregiver_role": m.caregiver_role,
        "notes": m.notes,
    }
    if m.status:
        out["status"] = m.status
    if m.completed_at:
        out["completed_at"] = m.completed_at
    if m.observed_to_ms is not None:
        out["observed_to_ms"] = m.observed_to_ms
    out.update(m.extra)
    return out


def media_from_dict(d: dict[str, Any]) -> Media:
    return Media(
        path=d["path"],
        sha256=d.get("sha256"),
        size=d.get("size"),
        duration_ms=d.get("duration_ms"),
        fps=d.get("fps"),
        offset_ms=d.get("offset_ms", 0) or 0,
        fps_range=_fps_range(d.get("fps_range")),
        extra=_extra(d, _MEDIA_KEYS),
    )


def _fps_range(value: Any) -> tuple[float, float] | None:
    """``[slowest, fastest]`` as the schema allows it (checked before this is called)."""
    if isinstance(value, (list, tuple)) and len(value) == 2:
        return float(value[0]), float(value[1])
    return None


def media_to_dict(m: Media) -> dict[str, Any]:
    """``fps_range`` only for a variable-rate video: other files are saved as they were."""
    out: dict[str, Any] = {
        "path": m.path,
        "sha256": m.sha256,
        "size": m.size,
        "duration_ms": m.duration_ms,
        "fps": m.fps,
        "offset_ms": m.offset_ms,
    }
    if m.fps_range is not None:
        out["fps_range"] = [m.fps_range[0], m.fps_range[1]]
    out.update(m.extra)
    return out


def session_from_dict(
    d: dict[str, Any],
    *,
    scheme: Scheme | None = None,
    episodes: list[Episode] | None = None,
) -> Session:
    """Build a session from a document already checked against the JSON Schema.

    ``scheme`` and ``episodes``, when given, are the document's own, already built (the file
    loader builds the episodes while it checks them).
    """
    if episodes is None:
        episodes = [episode_from_dict(e) for e in d.get("episodes", [])]
    return Session(
        scheme if scheme is not None else scheme_from_dict(d["scheme"]).validate(),
        metadata=metadata_from_dict(d.get("metadata", {})),
        media=[media_from_dict(m) for m in d.get("media", [])],
        duration_ms=d["duration_ms"],
        episodes=episodes,
        ratings=d.get("ratings", {}),
        extra=_extra(d, _SESSION_KEYS),
    )


def session_to_dict(s: Session, *, episodes: bool = True) -> dict[str, Any]:
    """The whole document; without ``episodes`` (the file writer writes those itself)."""
    doc = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "duration_ms": s.duration_ms,
        "metadata": metadata_to_dict(s.metadata),
        "media": [media_to_dict(m) for m in s.media],
        "scheme": scheme_to_dict(s.scheme),
        "episodes": [episode_to_dict(e) for e in s.episodes()] if episodes else [],
        "ratings": dict(s.ratings),
        **s.extra,
    }
    if not episodes:
        del doc["episodes"]
    return doc
