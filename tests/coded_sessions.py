"""Small coded sessions written the way DOMAIN.md's worked table writes them.

``coded("M 0-4, R 4-6, A 6-9")`` is a session of the default scheme whose Interaction layer
holds those episodes (A attuned, M misattuned, R repair, U uncodable; seconds). Used by the
tallies, workbook, export and batch tests, so each test states its case in one line.
"""

from __future__ import annotations

from typing import Any

from attachcoder.core import Episode, Metadata, Scheme, Session
from attachcoder.io.session.file import default_scheme

LETTERS = {"A": "attuned", "M": "misattuned", "R": "repair", "U": "uncodable"}

#: DOMAIN.md's worked table (one segment):
#: sequence → (ruptures, repaired, not repaired, unresolved, times to repair in s)
WORKED: list[tuple[str, tuple[int, int, int, int, list[float]]]] = [
    ("M 0-4, A 4-9", (1, 1, 0, 0, [4])),
    ("M 0-4, R 4-6, A 6-9", (1, 1, 0, 0, [6])),
    # the rupture at 0 is not repaired; the one at 6 is, after 3 s
    ("M 0-4, R 4-6, M 6-9, A 9-12", (2, 1, 1, 0, [3])),
    ("M 0-4, U 4-14, A 14-20", (1, 1, 0, 0, [14])),
    ("M 0-4, A 5-9", (1, 1, 0, 0, [5])),  # gap 4-5
    ("M 0-4, R 4-6", (1, 0, 0, 1, [])),  # end of segment
]


def _ms(text: str) -> int:
    return round(float(text) * 1000)


def parse(spec: str, layer: str, letters: dict[str, str] | None = None) -> list[Episode]:
    """``"M 0-4, R 4-6 initiator=caregiver, A 6-"``: code, onset-offset (open when empty)."""
    out = []
    for i, item in enumerate(x.strip() for x in spec.split(",") if x.strip()):
        code, span, *mods = item.split()
        if letters is not None:
            code = letters.get(code, code)
        on, _, off = span.partition("-")
        modifiers = dict(m.split("=", 1) for m in mods)
        out.append(
            Episode(
                id=f"{layer[:2].lower()}{i}",
                layer=layer,
                code=code.replace("_", " "),
                onset_ms=_ms(on),
                offset_ms=_ms(off) if off else None,
                modifiers=modifiers,
            )
        )
    return out


def coded(
    interaction: str = "",
    *,
    phases: str = "",
    marks: str = "",
    duration_s: float | None = None,
    scheme: Scheme | None = None,
    dyad: str = "D001",
    coder: str = "C1",
    date: str = "2026-03-02",
    ratings: dict[str, Any] | None = None,
    notes: dict[int, str] | None = None,
    metadata_notes: str = "",
    observed_s: float | None = None,
) -> Session:
    """A session of the default scheme (or ``scheme``) coded as written.

    ``phases`` is e.g. ``"play 0-120, still-face 120-240"``; ``marks`` e.g. ``"b 5, n 7"``
    (b infant bid, n note); ``notes`` maps an interaction episode's index to its note;
    ``observed_s`` is how far it was observed (``metadata.observed_to_ms``; None: not said).
    """
    eps = parse(interaction, "Interaction", LETTERS)
    if notes:
        eps = [e.with_(note=notes.get(i, "")) for i, e in enumerate(eps)]
    eps += parse(phases, "Phase")
    for i, item in enumerate(x.strip() for x in marks.split(",") if x.strip()):
        code, at = item.split()
        name = {"b": "infant bid", "n": "note"}.get(code, code)
        eps.append(Episode(f"mk{i}", "Marks", name, _ms(at)))
    if duration_s is None:
        ends = [e.offset_ms or e.onset_ms for e in eps]
        duration_ms = max(ends, default=0)
    else:
        duration_ms = _ms(str(duration_s))
    return Session(
        scheme or default_scheme(),
        metadata=Metadata(
            dyad_id=dyad,
            coder_id=coder,
            session_date=date,
            notes=metadata_notes,
            observed_to_ms=None if observed_s is None else _ms(str(observed_s)),
        ),
        duration_ms=duration_ms,
        episodes=eps,
        ratings=ratings,
    )


def value(
    table: Any,
    measure: str,
    *,
    phase: str = "all",
    code: str | None = None,
    to_code: str | None = None,
    layer: str | None = None,
) -> float:
    """The one value of the tidy table that matches; fails the test when not exactly one."""
    sel = (table["measure"] == measure) & (table["phase"] == phase)
    if code is not None:
        sel &= table["code"] == code
    if to_code is not None:
        sel &= table["to_code"] == to_code
    if layer is not None:
        sel &= table["layer"] == layer
    rows = table[sel]
    assert len(rows) == 1, f"{len(rows)} rows for {measure} {phase} {code} {to_code} {layer}"
    return float(rows["value"].iloc[0])


def read_tallies(ws_list: list[Any]) -> dict[tuple[str, str, str, str, str], Any]:
    """The Tallies sheet(s) of a loaded workbook as (phase, layer, code, to_code, measure) → cell.

    Cells, not values, so that tests can check they are numeric.
    """
    out: dict[tuple[str, str, str, str, str], Any] = {}
    for ws in ws_list:
        rows = ws.iter_rows()
        header = [c.value for c in next(rows)]
        idx = {name: i for i, name in enumerate(header)}
        for row in rows:
            key = tuple(
                row[idx[c]].value or "" for c in ("phase", "layer", "code", "to_code", "measure")
            )
            out[key] = row[idx["value"]]  # type: ignore[index]
    return out


def translated(session: Session, scheme: Scheme) -> Session:
    """``session`` coded with ``scheme`` instead: the same episodes, each layer, code,
    modifier, value and rating item taken at the same position (the shipped schemes list them
    in the same order in every language). Made by position, never by role or key, so it checks
    the matching it is compared with."""
    own = session.scheme
    layer_at = {la.name: i for i, la in enumerate(own.layers)}
    eps = []
    for e in session.iter_episodes():
        i = layer_at[e.layer]
        layer, target = own.layers[i], scheme.layers[i]
        j = next(k for k, c in enumerate(layer.codes) if c.name == e.code)
        code, new = layer.codes[j], target.codes[j]
        mods = {}
        for name, value in e.modifiers.items():
            m = next(k for k, spec in enumerate(code.modifiers) if spec.name == name)
            spec, new_spec = code.modifiers[m], new.modifiers[m]
            mods[new_spec.name] = new_spec.values[spec.values.index(value)] if value else value
        eps.append(e._replace(layer=target.name, code=new.name, modifiers=mods))
    items = {r.name: i for i, r in enumerate(own.rating_items)}
    ratings = {scheme.rating_items[items[k]].name: v for k, v in session.ratings.items()}
    return Session(
        scheme,
        metadata=session.metadata,
        media=session.media,
        duration_ms=session.duration_ms,
        episodes=eps,
        ratings=ratings,
    )
