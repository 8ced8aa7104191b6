"""Editing the scheme of a coded session: the names, importable from one place.

Three modules do the work, each with one job:

* :mod:`attachcoder.core.scheme_migration` — moving the session's episodes, modifiers and
  ratings onto the edited scheme as one undoable change (and counting what it would lose);
* :mod:`attachcoder.core.scheme_draft` — the editor's working copy of the scheme;
* :mod:`attachcoder.core.modifier_text` — the editor's plain-text form of a code's modifiers.
"""

from __future__ import annotations

from attachcoder.core.modifier_text import format_modifiers, parse_modifiers
from attachcoder.core.scheme_draft import CodeDraft, LayerDraft, RatingDraft, SchemeDraft
from attachcoder.core.scheme_migration import (
    CodeRef,
    SchemeEditError,
    SchemeEditPlan,
    analyse_scheme_change,
    episodes_per_code,
    plan_scheme_change,
)

__all__ = [
    "CodeDraft",
    "CodeRef",
    "LayerDraft",
    "RatingDraft",
    "SchemeDraft",
    "SchemeEditError",
    "SchemeEditPlan",
    "analyse_scheme_change",
    "episodes_per_code",
    "format_modifiers",
    "parse_modifiers",
    "plan_scheme_change",
]
