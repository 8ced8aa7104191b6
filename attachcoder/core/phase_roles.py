"""Phase roles for files written before phase codes had them.

The still-face effect and the reunion carry-over compare phases by their roles (``play``,
``still-face``, ``reunion``). Files written before those roles existed have none, so on load a
phase layer whose codes carry no phase role at all gets them from its codes' names — exactly
``play``, ``still-face`` and ``reunion`` (the default scheme's names, case and spaces aside) —
and nothing else: a ``baseline`` or ``Spielphase`` code stays without a role, and the effects
are then left empty with a note rather than guessed from the order of the codes.

Which layers are "from before roles" is the file's to say, not the names': a file written
since marks a phase code without a role as such (``"role": null``), so a role the user cleared
on purpose stays cleared (:mod:`attachcoder.io.session.codec` passes only the unmarked layers).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Container

from attachcoder.core.scheme import PHASE_ROLES, Layer, Scheme


def _role_from_name(name: str) -> str | None:
    key = name.strip().casefold()
    return key if key in PHASE_ROLES else None


def with_phase_roles(scheme: Scheme, layers: Container[str] | None = None) -> Scheme:
    """``scheme`` with the phase roles its phase layer's code names imply (see module doc).

    Only the phase layers named in ``layers`` (all when None) are considered, and one where
    any code already has a phase role is left as it is: the roles were chosen on purpose.
    Returns ``scheme`` itself when nothing changes.
    """
    out: list[Layer] = []
    changed = False
    for la in scheme.layers:
        wanted = layers is None or la.name in layers
        if wanted and la.role == "phase" and not any(c.role in PHASE_ROLES for c in la.codes):
            taken: set[str] = set()
            codes = []
            for c in la.codes:
                role = _role_from_name(c.name) if c.role is None else None
                if role is not None and role not in taken:
                    taken.add(role)
                    c = dataclasses.replace(c, role=role)
                    changed = True
                codes.append(c)
            la = dataclasses.replace(la, codes=tuple(codes))
        out.append(la)
    return dataclasses.replace(scheme, layers=tuple(out)) if changed else scheme
