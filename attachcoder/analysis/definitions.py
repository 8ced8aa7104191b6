"""What each measure of the tidy table means, in one place.

The workbook's About sheet prints this list (each definition marked for translation and shown
in the workbook's language), docs/metrics.md restates it with worked examples, and a test
checks that every measure the tallies produce is defined here. Names ending in
``*`` stand for a family (e.g. one row per modifier value).
"""

from __future__ import annotations

import fnmatch

from attachcoder.core.translatable import QT_TRANSLATE_NOOP

#: (measure name or pattern, unit, definition)
MEASURE_DEFINITIONS: tuple[tuple[str, str, str], ...] = (
    (
        "duration",
        "s",
        QT_TRANSLATE_NOOP(
            "measures", "Length of the phase (or of the whole session for phase 'all')."
        ),
    ),
    (
        "segments",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Number of segments added up: phase episodes, or stretches outside "
            "every phase. Without phases the whole session is one segment.",
        ),
    ),
    (
        "episodes",
        "count",
        QT_TRANSLATE_NOOP(
            "measures", "Episodes in the session file (all layers; phase 'all' only)."
        ),
    ),
    (
        "episodes_crossing_phase_boundary",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Episodes that cross a segment boundary; "
            "each is clipped and counted once in every segment it touches.",
        ),
    ),
    (
        "observed_to",
        "s",
        QT_TRANSLATE_NOOP(
            "measures",
            "How far the coding was observed (metadata.observed_to_ms, or the last coded instant "
            "when later): every figure covers 0 to here. Empty when the file does not say (older "
            "files, imports): then the whole media is covered.",
        ),
    ),
    (
        "media_duration",
        "s",
        QT_TRANSLATE_NOOP(
            "measures", "Length of the media (of the live session's clock without media)."
        ),
    ),
    (
        "observed_share",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "observed_to / media_duration."),
    ),
    (
        "closed_at_observed_end",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "States still running in the file, ended where the coding was observed to for these "
            "figures.",
        ),
    ),
    (
        "running_left_out",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "States still running in a file that does not say how far it was observed: left out "
            "of every figure (never taken to run to the end of the media).",
        ),
    ),
    (
        "covered_time",
        "s",
        QT_TRANSLATE_NOOP("measures", "Time the layer's episodes cover (uncodable time included)."),
    ),
    (
        "uncoded_time",
        "s",
        QT_TRANSLATE_NOOP("measures", "Time of the phase not covered by any episode of the layer."),
    ),
    ("coverage", "proportion", QT_TRANSLATE_NOOP("measures", "Covered time / duration.")),
    (
        "uncoded_gaps",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Uncoded gaps longer than 1 s (for 'all', found on the whole "
            "session's timeline; for a phase, the parts inside its segments).",
        ),
    ),
    ("uncoded_gap_time", "s", QT_TRANSLATE_NOOP("measures", "Total length of those gaps.")),
    (
        "codable_time",
        "s",
        QT_TRANSLATE_NOOP(
            "measures",
            "T: covered time minus time in codes with role 'excluded'. The "
            "denominator of every proportion and rate of the layer.",
        ),
    ),
    ("uncodable_time", "s", QT_TRANSLATE_NOOP("measures", "Time in codes with role 'excluded'.")),
    (
        "count",
        "count",
        QT_TRANSLATE_NOOP(
            "measures", "Number of episodes of the code (a point's count for point layers)."
        ),
    ),
    (
        "total_duration",
        "s",
        QT_TRANSLATE_NOOP("measures", "D: summed duration of the code's episodes."),
    ),
    ("proportion", "proportion", QT_TRANSLATE_NOOP("measures", "D / T.")),
    ("mean_duration", "s", QT_TRANSLATE_NOOP("measures", "D / count.")),
    ("median_duration", "s", QT_TRANSLATE_NOOP("measures", "Median episode duration.")),
    (
        "rate_per_min",
        "per_min",
        QT_TRANSLATE_NOOP(
            "measures",
            "count / (T / 60 s). For point codes T is the interaction "
            "layer's codable time (the phase's duration when there is no interaction layer).",
        ),
    ),
    (
        "proportion_attuned",
        "proportion",
        QT_TRANSLATE_NOOP(
            "measures", "Time in codes with role 'attuned' / T of the interaction layer."
        ),
    ),
    (
        "proportion_misattuned",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "Time in codes with role 'misattuned' / T."),
    ),
    (
        "proportion_repair",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "Time in codes with role 'repair' / T."),
    ),
    ("ruptures", "count", QT_TRANSLATE_NOOP("measures", "Episodes with role 'misattuned'.")),
    (
        "ruptures_repaired",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Ruptures followed, inside their segment and skipping 'excluded' episodes and gaps, "
            "by an 'attuned' episode before any other 'misattuned' one.",
        ),
    ),
    (
        "ruptures_not_repaired",
        "count",
        QT_TRANSLATE_NOOP("measures", "Ruptures followed first by another 'misattuned' one."),
    ),
    (
        "ruptures_unresolved",
        "count",
        QT_TRANSLATE_NOOP("measures", "Ruptures whose segment ends first (censored)."),
    ),
    (
        "proportion_repaired",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "repaired / (ruptures − unresolved)."),
    ),
    (
        "time_to_repair_mean",
        "s",
        QT_TRANSLATE_NOOP(
            "measures",
            "Mean of (onset of the repairing 'attuned' episode − onset "
            "of the rupture), clock time: skipped excluded and uncoded time counts.",
        ),
    ),
    ("time_to_repair_median", "s", QT_TRANSLATE_NOOP("measures", "Median time to repair.")),
    (
        "time_to_repair_n",
        "count",
        QT_TRANSLATE_NOOP("measures", "Number of repaired ruptures the time to repair is over."),
    ),
    ("repair_attempts", "count", QT_TRANSLATE_NOOP("measures", "Episodes with role 'repair'.")),
    (
        "repair_attempts_successful",
        "count",
        QT_TRANSLATE_NOOP(
            "measures", "Repair attempts whose next codable episode in the segment is 'attuned'."
        ),
    ),
    (
        "repair_attempts_unresolved",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Repair attempts cut off by the end of their segment (no codable episode follows in "
            "it): censored, like unresolved ruptures.",
        ),
    ),
    (
        "proportion_repair_successful",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "successful / (repair attempts − unresolved attempts)."),
    ),
    (
        "repair_attempts_*",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "Repair attempts by modifier value, e.g. "
            "repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.",
        ),
    ),
    (
        "transitions",
        "count",
        QT_TRANSLATE_NOOP(
            "measures",
            "n_ij: lag-1 transitions from code i to code j between "
            "consecutive codable episodes of the interaction layer inside a segment; an 'excluded' "
            "episode or an uncoded gap breaks the chain.",
        ),
    ),
    (
        "transition_probability",
        "proportion",
        QT_TRANSLATE_NOOP("measures", "p(j | i) = n_ij / n_i+."),
    ),
    (
        "yules_q",
        "Q",
        QT_TRANSLATE_NOOP(
            "measures",
            "Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, "
            "d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 "
            "by construction: a state is normally followed by another code, so read it as no "
            "effect.",
        ),
    ),
    (
        "still_face_effect_*",
        "proportion_difference, count_difference or s",
        QT_TRANSLATE_NOOP(
            "measures",
            "m(still-face) − m(play) for a headline "
            "measure m; needs all three phases coded. The phases are the phase codes with roles "
            "play, still-face and reunion (never the codes' order); without those roles it is "
            "empty, with a note.",
        ),
    ),
    (
        "reunion_carryover_*",
        "proportion_difference, count_difference or s",
        QT_TRANSLATE_NOOP("measures", "m(reunion) − m(play) for a headline measure."),
    ),
    (
        "rating",
        "points",
        QT_TRANSLATE_NOOP("measures", "The session's global rating for the item named in 'code'."),
    ),
)


def definition_of(measure: str) -> tuple[str, str] | None:
    """(unit, definition) of a measure name, or None when it is not defined."""
    for pattern, unit, text in MEASURE_DEFINITIONS:
        if pattern == measure or ("*" in pattern and fnmatch.fnmatchcase(measure, pattern)):
            return unit, text
    return None
