"""What each measure of the tidy table means, in one place.

The workbook's About sheet prints this list, docs/metrics.md restates it with worked examples,
and a test checks that every measure the tallies produce is defined here. Names ending in
``*`` stand for a family (e.g. one row per modifier value).
"""

from __future__ import annotations

import fnmatch

#: (measure name or pattern, unit, definition)
MEASURE_DEFINITIONS: tuple[tuple[str, str, str], ...] = (
    ("duration", "s", "Length of the phase (or of the whole session for phase 'all')."),
    (
        "segments",
        "count",
        "Number of segments added up: phase episodes, or stretches outside "
        "every phase. Without phases the whole session is one segment.",
    ),
    ("episodes", "count", "Episodes in the session file (all layers; phase 'all' only)."),
    (
        "episodes_crossing_phase_boundary",
        "count",
        "Episodes that cross a segment boundary; "
        "each is clipped and counted once in every segment it touches.",
    ),
    (
        "observed_to",
        "s",
        "How far the coding was observed (metadata.observed_to_ms, or the last coded instant "
        "when later): every figure covers 0 to here. Empty when the file does not say (older "
        "files, imports): then the whole media is covered.",
    ),
    ("media_duration", "s", "Length of the media (of the live session's clock without media)."),
    ("observed_share", "proportion", "observed_to / media_duration."),
    (
        "closed_at_observed_end",
        "count",
        "States still running in the file, ended where the coding was observed to for these "
        "figures.",
    ),
    (
        "running_left_out",
        "count",
        "States still running in a file that does not say how far it was observed: left out "
        "of every figure (never taken to run to the end of the media).",
    ),
    ("covered_time", "s", "Time the layer's episodes cover (uncodable time included)."),
    ("uncoded_time", "s", "Time of the phase not covered by any episode of the layer."),
    ("coverage", "proportion", "Covered time / duration."),
    (
        "uncoded_gaps",
        "count",
        "Uncoded gaps longer than 1 s (for 'all', found on the whole "
        "session's timeline; for a phase, the parts inside its segments).",
    ),
    ("uncoded_gap_time", "s", "Total length of those gaps."),
    (
        "codable_time",
        "s",
        "T: covered time minus time in codes with role 'excluded'. The "
        "denominator of every proportion and rate of the layer.",
    ),
    ("uncodable_time", "s", "Time in codes with role 'excluded'."),
    ("count", "count", "Number of episodes of the code (a point's count for point layers)."),
    ("total_duration", "s", "D: summed duration of the code's episodes."),
    ("proportion", "proportion", "D / T."),
    ("mean_duration", "s", "D / count."),
    ("median_duration", "s", "Median episode duration."),
    (
        "rate_per_min",
        "per_min",
        "count / (T / 60 s). For point codes T is the interaction "
        "layer's codable time (the phase's duration when there is no interaction layer).",
    ),
    (
        "proportion_attuned",
        "proportion",
        "Time in codes with role 'attuned' / T of the interaction layer.",
    ),
    ("proportion_misattuned", "proportion", "Time in codes with role 'misattuned' / T."),
    ("proportion_repair", "proportion", "Time in codes with role 'repair' / T."),
    ("ruptures", "count", "Episodes with role 'misattuned'."),
    (
        "ruptures_repaired",
        "count",
        "Ruptures followed, inside their segment and skipping "
        "'excluded' episodes and gaps, by an 'attuned' episode before any other 'misattuned' one.",
    ),
    ("ruptures_not_repaired", "count", "Ruptures followed first by another 'misattuned' one."),
    ("ruptures_unresolved", "count", "Ruptures whose segment ends first (censored)."),
    ("proportion_repaired", "proportion", "repaired / (ruptures − unresolved)."),
    (
        "time_to_repair_mean",
        "s",
        "Mean of (onset of the repairing 'attuned' episode − onset "
        "of the rupture), clock time: skipped excluded and uncoded time counts.",
    ),
    ("time_to_repair_median", "s", "Median time to repair."),
    ("time_to_repair_n", "count", "Number of repaired ruptures the time to repair is over."),
    ("repair_attempts", "count", "Episodes with role 'repair'."),
    (
        "repair_attempts_successful",
        "count",
        "Repair attempts whose next codable episode in the segment is 'attuned'.",
    ),
    (
        "repair_attempts_unresolved",
        "count",
        "Repair attempts cut off by the end of their segment (no codable episode follows in "
        "it): censored, like unresolved ruptures.",
    ),
    (
        "proportion_repair_successful",
        "proportion",
        "successful / (repair attempts − unresolved attempts).",
    ),
    (
        "repair_attempts_*",
        "count",
        "Repair attempts by modifier value, e.g. "
        "repair_attempts_initiator_caregiver; '_not_coded' when the modifier was left empty.",
    ),
    (
        "transitions",
        "count",
        "n_ij: lag-1 transitions from code i to code j between "
        "consecutive codable episodes of the interaction layer inside a segment; an 'excluded' "
        "episode or an uncoded gap breaks the chain.",
    ),
    ("transition_probability", "proportion", "p(j | i) = n_ij / n_i+."),
    (
        "yules_q",
        "Q",
        "Yule's Q for i → j: a = n_ij, b = n_i+ − a, c = n_+j − a, "
        "d = N − a − b − c; Q = (ad − bc) / (ad + bc). On the diagonal (i → i) Q is near −1 "
        "by construction: a state is normally followed by another code, so read it as no "
        "effect.",
    ),
    (
        "still_face_effect_*",
        "proportion_difference, count_difference or s",
        "m(still-face) − m(play) for a headline "
        "measure m; needs all three phases coded. The phases are the phase codes with roles "
        "play, still-face and reunion (never the codes' order); without those roles it is "
        "empty, with a note.",
    ),
    (
        "reunion_carryover_*",
        "proportion_difference, count_difference or s",
        "m(reunion) − m(play) for a headline measure.",
    ),
    ("rating", "points", "The session's global rating for the item named in 'code'."),
)


def definition_of(measure: str) -> tuple[str, str] | None:
    """(unit, definition) of a measure name, or None when it is not defined."""
    for pattern, unit, text in MEASURE_DEFINITIONS:
        if pattern == measure or ("*" in pattern and fnmatch.fnmatchcase(measure, pattern)):
            return unit, text
    return None
