"""Moving a session's coding onto an edited scheme without orphaning an episode.

A scheme edit is more than a new scheme: renaming a code must rename its episodes, removing a
code in use must delete them (after the user agreed), a modifier value that no longer exists
must be cleared, and ratings must follow their items. :func:`analyse_scheme_change` works all
of that out as ONE :class:`~attachcoder.core.changes.CompoundChange`, so a single undo puts
everything back; it also counts what would be lost, so the editor can ask before anything is.
Its parts are ordered so that a listener never sees an episode whose code the scheme of the
moment lacks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Scheme
from attachcoder.core.session import Session

CodeRef = tuple[str, str]
"""A code by ``(layer name, code name)``."""


class SchemeEditError(ValueError):
    """A scheme edit that cannot be applied to this session; the message says why and what to do."""


@dataclass(frozen=True)
class SchemeEditPlan:
    """What a scheme edit does to a session, and what it would lose."""

    change: CompoundChange
    renamed: dict[CodeRef, int] = field(default_factory=dict)
    deleted: dict[CodeRef, int] = field(default_factory=dict)
    cleared_modifiers: int = 0
    dropped_ratings: tuple[str, ...] = ()
    cleared_ratings: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.change.is_empty

    def losses(self, agreed: Iterable[CodeRef] = ()) -> list[str]:
        """Sentences naming every piece of coding the edit would delete (empty: nothing lost),
        leaving out the deletions of the ``agreed`` codes (the user was asked already)."""
        out = []
        skip = set(agreed)
        for (layer, code), n in sorted(self.deleted.items()):
            if (layer, code) in skip:
                continue
            out.append(f"{n} episode(s) of code {code!r} in layer {layer!r} will be deleted")
        if self.cleared_modifiers:
            out.append(
                f"{self.cleared_modifiers} modifier value(s) no longer in the scheme will be "
                "cleared"
            )
        for name in self.dropped_ratings:
            out.append(f"the rating {name!r} will be removed")
        for name in self.cleared_ratings:
            out.append(f"the rating {name!r} is outside its new range and will be cleared")
        return out


def episodes_per_code(session: Session) -> Counter[CodeRef]:
    """How many episodes each ``(layer, code)`` holds; one pass over the session."""
    return Counter((ep.layer, ep.code) for ep in session.iter_episodes())


def analyse_scheme_change(
    session: Session,
    new_scheme: Scheme,
    renames: dict[CodeRef, CodeRef] | None = None,
    rating_renames: dict[str, str] | None = None,
    removed: Iterable[CodeRef] = (),
) -> SchemeEditPlan:
    """Plan replacing ``session.scheme`` with ``new_scheme``.

    ``renames`` maps an old ``(layer, code)`` to its new one (a layer rename is a rename of each
    of its codes; two codes mapped onto one merge them). An old code that is neither renamed nor
    still present is removed, and its episodes are deleted; so are the episodes of the codes in
    ``removed``, even when the new scheme has a code of the same name. Raises
    :class:`SchemeError` when the new scheme breaks a rule and :class:`SchemeEditError` when the
    edit cannot fit the episodes (e.g. a coded state layer turned into a point layer). The
    session itself still checks the result when the change is applied.
    """
    new_scheme.validate()
    renames = dict(renames or {})
    gone = set(removed)
    rating_renames = dict(rating_renames or {})
    for old, new in renames.items():
        la = new_scheme.layer(new[0])
        if la is None or la.code(new[1]) is None:
            raise SchemeEditError(
                f"code {old[1]!r} of layer {old[0]!r} is renamed to {new[1]!r} in layer "
                f"{new[0]!r}, which the new scheme does not have"
            )

    dropped_eps: list[Episode] = []
    added: list[Episode] = []
    renamed: Counter[CodeRef] = Counter()
    deleted: Counter[CodeRef] = Counter()
    kind_problems: Counter[tuple[str, str, str]] = Counter()
    cleared = 0
    for ep in session.iter_episodes():
        ref = (ep.layer, ep.code)
        target = renames.get(ref, ref)
        layer = new_scheme.layer(target[0])
        code = layer.code(target[1]) if layer is not None else None
        if layer is None or code is None or ref in gone:
            dropped_eps.append(ep)
            deleted[ref] += 1
            continue
        old_layer = session.scheme.layer(ep.layer)
        if old_layer is not None and old_layer.kind != layer.kind:
            kind_problems[(ep.layer, old_layer.kind, layer.name)] += 1
            continue
        mods, n_cleared = _fit_modifiers(ep.modifiers, code)
        cleared += n_cleared
        if target != ref or n_cleared:
            dropped_eps.append(ep)
            added.append(ep._replace(layer=target[0], code=target[1], modifiers=mods))
            if target != ref:
                renamed[ref] += 1
    if kind_problems:
        raise SchemeEditError(
            "; ".join(
                f"layer {old!r} holds {n} {kind} episode(s), so it cannot become the "
                f"{'point' if kind == 'state' else 'state'} layer {new!r}; add a new layer "
                "for that instead"
                for (old, kind, new), n in sorted(kind_problems.items())
            )
        )

    ratings: dict[str, Any] = {}
    kept: dict[str, Any] = {}  # ratings valid under both the old and the new scheme
    dropped: list[str] = []
    out_of_range: list[str] = []
    for name, value in session.ratings.items():
        target_name = rating_renames.get(name, name)
        item = new_scheme.rating_item(target_name)
        if item is None:
            dropped.append(name)
        elif value is not None and item.check(value) is not None:
            out_of_range.append(target_name)
        else:
            ratings[target_name] = value
            if target_name == name:
                kept[name] = value

    # Ordered so that listeners never see an episode or a rating the current scheme lacks:
    # affected episodes leave under the old scheme and come back (renamed) under the new one.
    parts: list[Change] = []
    if dropped_eps:
        parts.append(EpisodeEdit(removed=tuple(dropped_eps)))
    if kept != session.ratings:
        parts.append(FieldChange("ratings", dict(session.ratings), dict(kept)))
    if new_scheme is not session.scheme:
        parts.append(FieldChange("scheme", session.scheme, new_scheme))
    if added:
        parts.append(EpisodeEdit(added=tuple(added)))
    if ratings != kept:
        parts.append(FieldChange("ratings", dict(kept), ratings))
    return SchemeEditPlan(
        change=CompoundChange(tuple(parts)),
        renamed=dict(renamed),
        deleted=dict(deleted),
        cleared_modifiers=cleared,
        dropped_ratings=tuple(dropped),
        cleared_ratings=tuple(out_of_range),
    )


def plan_scheme_change(
    session: Session,
    new_scheme: Scheme,
    renames: dict[CodeRef, CodeRef] | None = None,
    rating_renames: dict[str, str] | None = None,
    removed: Iterable[CodeRef] = (),
) -> CompoundChange:
    """The change alone (see :func:`analyse_scheme_change`): one undoable edit."""
    return analyse_scheme_change(session, new_scheme, renames, rating_renames, removed).change


def _fit_modifiers(mods: dict[str, str], code: Code) -> tuple[dict[str, str], int]:
    """Keep the modifier values the (new) code still offers; count the ones dropped."""
    if not mods:
        return mods, 0
    kept = {}
    for name, value in mods.items():
        spec = code.modifier(name)
        if spec is not None and (value in ("", None) or value in spec.values):
            kept[name] = value
    return (mods, 0) if len(kept) == len(mods) else (kept, len(mods) - len(kept))
