"""Property: attachcoder → EAF → attachcoder keeps every episode (and the file stays valid)."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from attachcoder.core.episode import Episode
from attachcoder.core.scheme import Code, Layer, ModifierSpec, Scheme
from attachcoder.core.session import Metadata, Session
from attachcoder.io.interchange.eaf import read_eaf
from attachcoder.io.interchange.eaf_export import eaf_bytes

# XML 1.0 cannot hold control characters or non-characters; everything else may appear
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Cn")), min_size=1, max_size=12
).filter(lambda s: s.strip() != "")
NOTE = st.one_of(st.just(""), TEXT)


@st.composite
def sessions(draw) -> Session:
    layer_names = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
    layers: list[Layer] = []
    episodes: list[Episode] = []
    n = 0
    for name in layer_names:
        kind = draw(st.sampled_from(["state", "point"]))
        code_names = draw(st.lists(TEXT, min_size=1, max_size=4, unique=True))
        mod_names = draw(st.lists(TEXT, max_size=2, unique=True))
        mod_values = {
            m: draw(st.lists(TEXT, min_size=1, max_size=3, unique=True)) for m in mod_names
        }
        codes = tuple(
            Code(c, modifiers=tuple(ModifierSpec(m, tuple(v)) for m, v in mod_values.items()))
            for c in code_names
        )
        layers.append(Layer(name, kind, codes))
        t = draw(st.integers(0, 5000))
        for _ in range(draw(st.integers(0, 8))):
            code = draw(st.sampled_from(code_names))
            modifiers = {
                m: draw(st.sampled_from(v)) for m, v in mod_values.items() if draw(st.booleans())
            }
            note = draw(NOTE)
            n += 1
            if kind == "state":
                t += draw(st.integers(0, 3000))  # a gap, or none
                length = draw(st.integers(1, 20000))
                episodes.append(Episode(f"e{n}", name, code, t, t + length, note, modifiers))
                t += length
            else:
                t += draw(st.integers(0, 2000))  # points may share an instant
                episodes.append(Episode(f"e{n}", name, code, t, None, note, modifiers))
    scheme = Scheme("generated", tuple(layers)).validate()
    end = max([0] + [e.offset_ms or e.onset_ms for e in episodes])
    return Session(
        scheme,
        metadata=Metadata(dyad_id=draw(st.text(max_size=5)), coder_id="C1"),
        duration_ms=end + draw(st.integers(0, 1000)),
        episodes=episodes,
    )


@functools.cache
def eaf_schema(path: Path) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(path)))


def key(e: Episode):
    return (e.layer, e.code, e.onset_ms, e.offset_ms, e.note, tuple(sorted(e.modifiers.items())))


@settings(
    max_examples=80,
    deadline=None,
    # the fixture only names a folder; it is the same for every example
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(session=sessions())
def test_round_trip_keeps_every_episode(fixtures, session):
    schema = eaf_schema(fixtures / "elan" / "EAFv3.0.xsd")
    data, warnings = eaf_bytes(session)
    assert warnings == []
    assert schema.validate(etree.fromstring(data)), schema.error_log
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "round.eaf"
        path.write_bytes(data)
        back = read_eaf(path).sessions[0][1]
    assert sorted(map(key, back.episodes())) == sorted(map(key, session.episodes()))
    assert back.scheme == session.scheme
    assert back.metadata == session.metadata
    assert back.problems() == []
