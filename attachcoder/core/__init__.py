"""The coding scheme, sessions and episodes: pure Python, no Qt, no pandas.

Times are integer milliseconds everywhere in this package.
"""

from attachcoder.core.changes import Change, CompoundChange, EpisodeEdit, FieldChange
from attachcoder.core.episode import Episode
from attachcoder.core.scheme import (
    PLAYER_KEYS,
    Code,
    Layer,
    ModifierSpec,
    RatingItem,
    Scheme,
    SchemeError,
)
from attachcoder.core.session import EpisodeProblem, Media, Metadata, Session, SessionError

__all__ = [
    "PLAYER_KEYS",
    "Change",
    "Code",
    "CompoundChange",
    "Episode",
    "EpisodeEdit",
    "EpisodeProblem",
    "FieldChange",
    "Layer",
    "Media",
    "Metadata",
    "ModifierSpec",
    "RatingItem",
    "Scheme",
    "SchemeError",
    "Session",
    "SessionError",
]
