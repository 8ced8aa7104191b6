"""What a code key means: the rules of Session.plan_code, one test each."""

from __future__ import annotations

import pytest

from attachcoder.core import Session, SessionError
from attachcoder.io.session.file import default_scheme


@pytest.fixture
def session() -> Session:
    return Session(default_scheme(), duration_ms=60_000)


def states(s: Session, layer: str = "Interaction") -> list[tuple[str, int, int | None]]:
    return [(e.code, e.onset_ms, e.offset_ms) for e in s.layer_episodes(layer)]


def test_a_state_key_closes_the_running_state_at_the_same_instant(session: Session) -> None:
    session.code("Interaction", "attuned", 0)
    session.code("Interaction", "misattuned", 4200)
    assert states(session) == [("attuned", 0, 4200), ("misattuned", 4200, None)]


def test_pressing_the_running_states_key_again_closes_it(session: Session) -> None:
    session.code("Interaction", "attuned", 1000)
    session.code("Interaction", "attuned", 2500)
    assert states(session) == [("attuned", 1000, 2500)]
    assert session.running("Interaction") is None


def test_a_point_key_adds_an_instant(session: Session) -> None:
    session.code("Marks", "infant bid", 6120)
    [ep] = session.layer_episodes("Marks")
    assert (ep.onset_ms, ep.offset_ms) == (6120, None)


def test_layers_are_independent(session: Session) -> None:
    session.code("Phase", "play", 0)
    session.code("Interaction", "attuned", 0)
    assert session.running("Phase").code == "play"  # type: ignore[union-attr]
    assert session.running("Interaction").code == "attuned"  # type: ignore[union-attr]


def test_a_code_from_another_layer_is_refused(session: Session) -> None:
    with pytest.raises(SessionError, match="no code 'play'"):
        session.code("Interaction", "play", 0)
    assert len(session) == 0
