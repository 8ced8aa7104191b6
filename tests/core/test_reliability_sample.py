"""The reliability sample: seeded, reproducible, stable as videos are added, big enough, and
the load spread evenly — as properties over generated studies."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from attachcoder.core.reliability_sample import draw_sample
from attachcoder.core.study import Study, StudyVideo

CODERS = ("C1", "C2", "C3", "C4")


def make(n: int, coders: tuple[str, ...], start: int = 0) -> list[StudyVideo]:
    return [
        StudyVideo(f"D{i:03}", "", f"{i}.mp4", f"{i:064x}", coders[i % len(coders)])
        for i in range(start, start + n)
    ]


def apply(videos: list[StudyVideo], picks: dict[str, str]) -> list[StudyVideo]:
    return list(
        Study("s", CODERS, videos=tuple(videos))
        .with_reliability(picks, [v.dyad_id for v in videos])
        .videos
    )


sizes = st.integers(min_value=0, max_value=60)
fractions = st.floats(min_value=0, max_value=1)
seeds = st.integers(min_value=0, max_value=2**31)
n_coders = st.integers(min_value=2, max_value=4)


@settings(max_examples=60, deadline=None)
@given(sizes, fractions, seeds, n_coders)
def test_same_videos_and_seed_give_the_same_picks_in_any_order(n, f, seed, k) -> None:
    videos = make(n, CODERS[:k])
    assert draw_sample(videos, CODERS[:k], f, seed) == draw_sample(
        list(reversed(videos)), CODERS[:k], f, seed
    )


@settings(max_examples=60, deadline=None)
@given(sizes, fractions, seeds, n_coders)
def test_enough_are_picked_and_never_by_their_primary(n, f, seed, k) -> None:
    videos = make(n, CODERS[:k])
    picks = draw_sample(videos, CODERS[:k], f, seed)
    assert len(picks) == math.ceil(f * n - 1e-9)
    by_id = {v.dyad_id: v for v in videos}
    assert all(coder != by_id[d].primary and coder in CODERS[:k] for d, coder in picks.items())


@settings(max_examples=60, deadline=None)
@given(sizes, sizes, fractions, seeds, n_coders)
def test_adding_videos_draws_only_among_the_new_ones(n, m, f, seed, k) -> None:
    coders = CODERS[:k]
    first = make(n, coders)
    picks1 = draw_sample(first, coders, f, seed)
    after = apply(first, picks1) + make(m, coders, start=n)
    picks2 = draw_sample(after, coders, f, seed)
    assert set(picks2).isdisjoint({v.dyad_id for v in first})  # earlier picks never change
    total = len(picks1) + len(picks2)
    assert total >= math.ceil(f * (n + m) - 1e-9)


@settings(max_examples=60, deadline=None)
@given(sizes, fractions, seeds, n_coders)
def test_the_load_is_spread_evenly(n, f, seed, k) -> None:
    coders = CODERS[:k]
    picks = draw_sample(make(n, coders), coders, f, seed)
    load = [sum(1 for c in picks.values() if c == who) for who in coders]
    # with two coders each pick has one possible coder: the draw evens the load by which
    # videos it picks (primaries are assigned in turn, so the videos always allow it)
    assert max(load) - min(load) <= 1


@given(seeds)
def test_two_coders_half_the_videos_each_double_code_one(seed) -> None:
    """The dashboard's case: 4 videos, C1 and C2 primary of two each, fraction 0.5 — each
    coder double-codes one video, so each has 3 codings (never 4 and 2)."""
    coders = ("C1", "C2")
    videos = make(4, coders)
    picks = draw_sample(videos, coders, 0.5, seed)
    assert sorted(picks.values()) == ["C1", "C2"]
    total = {c: sum(v.primary == c for v in videos) + list(picks.values()).count(c) for c in coders}
    assert total == {"C1": 3, "C2": 3}


def test_a_different_seed_draws_differently() -> None:
    videos = make(40, CODERS)
    assert set(draw_sample(videos, CODERS, 0.2, 1)) != set(draw_sample(videos, CODERS, 0.2, 2))
