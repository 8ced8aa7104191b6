"""Writing sessions as SDIS timed-event data, for sequential analysis in GSEQ.

SDIS (Bakeman & Quera's Sequential Data Interchange Standard) wants short code names without
spaces or punctuation, a declaration of every code, and one block per session::

    % SDIS code = attachcoder layer: code %
    % still_face = Phase: still-face %
    Timed (attuned misattuned repair uncodable) (play still_face reunion) infant_bid note;
    <D014_2026-03-02_C2> ,0.000 attuned,0.000-4.200 infant_bid,6.120 ,360.000/

Each state layer is declared as a set in parentheses, SDIS's mark for mutually exclusive codes;
point codes stand alone and are written with their onset only. Times are seconds with three
decimals (whole milliseconds, as stored). Names are made SDIS-safe (accents dropped, anything
but letters, digits and ``_`` becomes ``_``; a name used in two layers is prefixed with its
layer) and the full mapping is a comment at the top. Every comment line is closed by its own
``%`` as well, so that it reads as a comment whether a reader ends comments at the line's end
or at the next ``%``. The file names sessions by their pseudonymous session key only: no
media path, no notes, no modifiers (SDIS has no place for them). Nothing is written past a
session's end: a state still running ends at the observed end (``observed_to_ms``) when the
session has one, else it is left out, and the warnings name it.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Sequence

from attachcoder.core.observed import left_out_sentence, observed_span
from attachcoder.core.session import Session
from attachcoder.io.atomic import atomic_write_bytes

#: SDIS data-type keywords; a code may not be one of them
RESERVED = frozenset({"event", "state", "timed", "interval", "multi"})


def write_sdis(sessions: Sequence[tuple[str, Session]], path: str | os.PathLike[str]) -> list[str]:
    """Write one block per (label, session), atomically; returns warnings."""
    text, warnings = sdis_text(sessions)
    atomic_write_bytes(path, text.encode("utf-8"))
    return warnings


def sdis_text(sessions: Sequence[tuple[str, Session]]) -> tuple[str, list[str]]:
    """The SDIS document for ``sessions`` (label, session) and the warnings raised."""
    warnings: list[str] = []
    names = sdis_names(sessions)
    lines = [
        _comment("attachcoder export: timed-event data (SDIS) for GSEQ; times in seconds"),
        _comment("codes in parentheses are one state layer each (mutually exclusive)"),
        _comment("SDIS code = attachcoder layer: code"),
    ]
    for (layer_name, code_name), safe in names.items():
        lines.append(_comment(f"  {safe} = {layer_name}: {code_name}"))
    sets: list[str] = []
    loose: list[str] = []
    seen_layers: set[str] = set()
    for _, session in sessions:
        for layer in session.scheme.layers:
            if layer.name in seen_layers or not layer.codes:
                continue
            seen_layers.add(layer.name)
            codes = [names[(layer.name, c.name)] for c in layer.codes]
            if layer.is_state:
                sets.append("(" + " ".join(codes) + ")")
            else:
                loose.extend(codes)
    lines.append("Timed " + " ".join(sets + loose) + ";")
    for label, session in sessions:
        lines.append(_block(label, session, names, warnings))
    return "\n".join(lines) + "\n", warnings


def sdis_names(sessions: Sequence[tuple[str, Session]]) -> dict[tuple[str, str], str]:
    """An SDIS-safe, unique name for each (layer, code) of the sessions' schemes."""
    pairs: list[tuple[str, str]] = []
    for _, session in sessions:
        for layer in session.scheme.layers:
            for code in layer.codes:
                if (layer.name, code.name) not in pairs:
                    pairs.append((layer.name, code.name))
    layers_of: dict[str, set[str]] = {}
    for layer_name, code_name in pairs:
        layers_of.setdefault(_safe(code_name), set()).add(layer_name)
    out: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    for layer_name, code_name in pairs:
        safe = _safe(code_name)
        if len(layers_of[safe]) > 1:
            safe = f"{_safe(layer_name)}_{safe}"
        candidate, n = safe, 2
        while candidate.lower() in taken or candidate.lower() in RESERVED:
            candidate = f"{safe}_{n}"
            n += 1
        taken.add(candidate.lower())
        out[(layer_name, code_name)] = candidate
    return out


def _safe(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    safe = re.sub(r"[^A-Za-z0-9_]+", "_", ascii_).strip("_")
    if not safe:
        safe = "code"
    if not safe[0].isalpha():
        safe = "c" + safe
    return safe


def _block(
    label: str, session: Session, names: dict[tuple[str, str], str], warnings: list[str]
) -> str:
    # the sequence covers the observed span (core/observed.py), as every figure does
    span = observed_span(session)
    end = span.end_ms
    parts = [f"<{_label(label)}>", f",{_sec(0)}"]
    for e in session.episodes():
        layer = session.scheme.layer(e.layer)
        code = names[(e.layer, e.code)]
        if layer is not None and not layer.is_state:
            parts.append(f"{code},{_sec(e.onset_ms)}")
            continue
        offset = e.offset_ms
        if offset is None:
            if not span.recorded:
                warnings.append(f"{label}: {left_out_sentence(e.layer, e)}")
                continue
            if e.onset_ms >= end:
                continue
            offset = end
            warnings.append(
                f"{label}: {e.layer} {e.code!r} from {e.onset_ms / 1000:g} s was still running; "
                f"it ends at {offset / 1000:g} s (where the coding was observed to)"
            )
        parts.append(f"{code},{_sec(e.onset_ms)}-{_sec(offset)}")
    parts.append(f",{_sec(end)}/")
    return _wrap(parts)


def _wrap(parts: list[str], width: int = 100) -> str:
    lines, cur = [], ""
    for part in parts:
        if cur and len(cur) + 1 + len(part) > width:
            lines.append(cur)
            cur = part
        else:
            cur = f"{cur} {part}" if cur else part
    lines.append(cur)
    return "\n".join(lines)


def _sec(ms: int) -> str:
    return f"{ms // 1000}.{ms % 1000:03d}"


def _label(text: str) -> str:
    return re.sub(r"[<>/;%\r\n]", "_", text) or "session"


def _comment(text: str) -> str:
    return "% " + text.replace("%", " percent").replace("\n", " ") + " %"
