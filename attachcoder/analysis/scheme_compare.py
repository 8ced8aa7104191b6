"""How two coding schemes differ, in words, for a batch that exports sessions of both.

A batch matches codes by layer and name; anything that makes that matching questionable (a
missing layer or code, another kind or role, a changed definition, another scheme or version)
is reported, never silently merged.
"""

from __future__ import annotations

from attachcoder.core.scheme import Layer, Scheme


def _label(scheme: Scheme) -> str:
    return f"{scheme.name!r} version {scheme.version}"


def scheme_differences(reference: Scheme, other: Scheme) -> list[str]:
    """Sentences saying how ``other`` differs from ``reference``; empty when they match."""
    out: list[str] = []
    if (reference.name, reference.version) != (other.name, other.version):
        out.append(f"coded with scheme {_label(other)}; the batch's first is {_label(reference)}")
    ref_layers = {la.name: la for la in reference.layers}
    oth_layers = {la.name: la for la in other.layers}
    for name in ref_layers.keys() - oth_layers.keys():
        out.append(f"has no layer {name!r}")
    for name in oth_layers.keys() - ref_layers.keys():
        out.append(f"has a layer {name!r} the first scheme does not have")
    for name, ref in ref_layers.items():
        oth = oth_layers.get(name)
        if oth is not None:
            out.extend(_layer_differences(ref, oth))
    ref_items = {r.name: r for r in reference.rating_items}
    oth_items = {r.name: r for r in other.rating_items}
    for name in sorted(ref_items.keys() ^ oth_items.keys()):
        which = "has no" if name in ref_items else "has an extra"
        out.append(f"{which} rating item {name!r}")
    for name in sorted(ref_items.keys() & oth_items.keys()):
        a, b = ref_items[name], oth_items[name]
        if (a.min, a.max) != (b.min, b.max):
            out.append(f"rating item {name!r} runs {b.min:g}–{b.max:g}, not {a.min:g}–{a.max:g}")
    return sorted(out, key=lambda s: (not s.startswith("coded with"), s))


def _layer_differences(ref: Layer, oth: Layer) -> list[str]:
    out = []
    where = f"layer {ref.name!r}"
    if ref.kind != oth.kind:
        out.append(f"{where} holds {oth.kind}s, not {ref.kind}s")
    if ref.role != oth.role:
        out.append(f"{where} has role {oth.role!r}, not {ref.role!r}")
    ref_codes = {c.name: c for c in ref.codes}
    oth_codes = {c.name: c for c in oth.codes}
    for name in sorted(ref_codes.keys() - oth_codes.keys()):
        out.append(f"{where} has no code {name!r}")
    for name in sorted(oth_codes.keys() - ref_codes.keys()):
        out.append(f"{where} has a code {name!r} the first scheme does not have")
    for name in sorted(ref_codes.keys() & oth_codes.keys()):
        a, b = ref_codes[name], oth_codes[name]
        if a.role != b.role:
            out.append(f"{where}, code {name!r} has role {b.role!r}, not {a.role!r}")
        if a.definition.strip() != b.definition.strip():
            out.append(f"{where}, code {name!r} is defined differently")
    return out
