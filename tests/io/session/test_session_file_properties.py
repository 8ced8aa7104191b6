"""Property tests of the .acs file: save then load is the identity; a truncated or garbled
file raises SessionFileError naming the file and the place, and is left byte-identical."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attachcoder.core import Episode, Media, Metadata, Session
from attachcoder.io.session.codec import session_to_dict
from attachcoder.io.session.file import SessionFileError, default_scheme, dumps, load, loads

SCHEME = default_scheme()
# any text a coder could type (lone surrogates cannot be written as UTF-8, and never come
# from a keyboard)
texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
extras = st.dictionaries(texts.map(lambda k: "x_" + k), json_values, max_size=2)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    duration = draw(st.integers(1, 600_000))
    episodes: list[Episode] = []

    def new_id() -> str:
        return draw(st.sampled_from(["e", "id-", "ä"])) + str(len(episodes) + 1)

    for layer in ("Interaction", "Phase"):
        t = draw(st.integers(0, duration // 4))
        for _ in range(draw(st.integers(0, 8))):
            if t >= duration:
                break
            code = draw(st.sampled_from([c.name for c in SCHEME.layer(layer).codes]))  # type: ignore[union-attr]
            end = draw(st.one_of(st.none(), st.integers(t + 1, duration)))
            mods = {"initiator": draw(st.sampled_from(["caregiver", "infant", ""]))}
            episodes.append(
                Episode(
                    new_id(),
                    layer,
                    code,
                    t,
                    end,
                    draw(texts),
                    mods if code == "repair" else {},
                    draw(extras),
                )
            )
            if end is None:
                break
            t = end + draw(st.integers(0, 2000))
    for _ in range(draw(st.integers(0, 6))):
        code = draw(st.sampled_from(["infant bid", "note"]))
        episodes.append(
            Episode(new_id(), "Marks", code, draw(st.integers(0, duration)), None, draw(texts))
        )
    metadata = Metadata(
        dyad_id=draw(texts),
        coder_id=draw(texts),
        session_date=draw(texts),
        infant_age_months=draw(st.one_of(st.none(), st.floats(0, 48, allow_nan=False))),
        corrected_age=draw(st.booleans()),
        caregiver_role=draw(texts),
        notes=draw(texts),
        extra=draw(extras),
    )
    media = draw(
        st.lists(
            st.builds(
                Media,
                path=texts.filter(bool),
                sha256=st.one_of(st.none(), st.text("0123456789abcdef", min_size=64, max_size=64)),
                size=st.one_of(st.none(), st.integers(0, 10**10)),
                duration_ms=st.just(duration),
                fps=st.one_of(st.none(), st.sampled_from([25.0, 29.97, 30.0, 50.0])),
                offset_ms=st.integers(-5000, 5000),
                extra=extras,
            ),
            max_size=2,
        )
    )
    rating = draw(st.one_of(st.none(), st.integers(1, 9), st.floats(1, 9, allow_nan=False)))
    return Session(
        SCHEME,
        metadata=metadata,
        media=media,
        duration_ms=duration,
        episodes=episodes,
        ratings={} if rating is None else {"sensitivity": rating},
        extra=draw(extras),
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_save_then_load_is_the_identity(session: Session) -> None:
    data = dumps(session)
    again = loads(data, "s.acs")
    assert session_to_dict(again) == session_to_dict(session)
    assert dumps(again) == data


def loaded_or_refused(data: bytes) -> tuple[Any, str]:
    """Load ``data`` from a file; anything but success or SessionFileError fails the test."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "garbled.acs"
        path.write_bytes(data)
        try:
            load(path)
            outcome: tuple[Any, str] = (None, "")
        except SessionFileError as exc:
            assert str(exc).startswith(f"{path}: "), str(exc)
            assert exc.path == path
            outcome = (exc, str(path))
        assert path.read_bytes() == data, "loading changed the file"
        assert [p.name for p in Path(tmp).iterdir()] == ["garbled.acs"]
    return outcome


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), st.data())
def test_a_truncated_file_is_refused_with_a_place(session: Session, data: st.DataObject) -> None:
    full = dumps(session)
    cut = data.draw(st.integers(1, len(full) - 1))
    exc, _ = loaded_or_refused(full[:cut])
    assert exc is not None, "a truncated file was accepted"
    assert exc.place, str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(), st.data())
def test_a_garbled_file_is_refused_or_read_never_a_traceback(
    session: Session, data: st.DataObject
) -> None:
    raw = bytearray(dumps(session))
    for _ in range(data.draw(st.integers(1, 4))):
        at = data.draw(st.integers(0, len(raw) - 1))
        how = data.draw(st.sampled_from(["replace", "insert", "delete"]))
        byte = data.draw(
            st.one_of(st.integers(0, 255), st.sampled_from(list(b'{}[]",:0123456789-.e ')))
        )
        if how == "replace":
            raw[at] = byte
        elif how == "insert":
            raw.insert(at, byte)
        elif len(raw) > 1:
            del raw[at]
    exc, _ = loaded_or_refused(bytes(raw))
    if exc is not None and exc.place == "":
        # only problems with the file as a whole go without a place
        assert exc.problem in ("the file is empty",) or "not valid JSON" in exc.problem
