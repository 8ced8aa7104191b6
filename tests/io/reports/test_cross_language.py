"""Sessions coded in different languages (issue 23): one batch table, κ = 1, one study.

The German session is the English one coded with the German default scheme (each layer,
code, modifier value and rating item taken at the same position, see
``coded_sessions.translated``); codes are matched by role and key, never by name, so every
figure must be the same and the tables must read in the English (canonical) names.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from coded_sessions import coded, translated
from openpyxl import load_workbook

from attachcoder.analysis.agreement import compare_sessions
from attachcoder.core import Session
from attachcoder.io.reports.batch import export_batch
from attachcoder.io.session.file import default_scheme, load, save

LANGUAGES = ("de", "es", "fr", "pt_BR")


def english_session(coder: str = "C1") -> Session:
    s = coded(
        "A 0-8, M 8-10, R 10-12, A 12-20, M 20-23, A 23-30",
        phases="play 0-10, still-face 10-20, reunion 20-30",
        marks="b 5, n 7, b 25",
        coder=coder,
        ratings={"sensitivity": 6},
        notes={1: "looked away"},
    )
    repairs = [e for e in s.iter_episodes() if e.code == "repair"]
    s.apply(s.plan_update(repairs[0].id, modifiers={"initiator": "infant"}))
    return s


def _rows(ws) -> list[tuple]:  # type: ignore[no-untyped-def]
    return list(ws.iter_rows(values_only=True))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_batch_of_sessions_coded_in_two_languages_gives_one_table(
    tmp_path: Path, lang: str
) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    english = english_session("C1")
    other = translated(english_session("C2"), default_scheme(lang))
    assert other.scheme.layers[0].name != "Interaction" or lang == "fr"  # another language
    # the other language first: the table still reads in the English names
    save(other, folder / "a_other.acs", backup=False)
    save(english, folder / "b_english.acs", backup=False)
    csv = tmp_path / "csv"
    report = export_batch([folder], tmp_path / "batch.xlsx", csv_dir=csv, lang="en")
    assert report.sessions == 2
    kinds = {p.kind for p in report.problems}
    assert "scheme difference" not in kinds, [p.problem for p in report.problems]
    wb = load_workbook(tmp_path / "batch.xlsx")

    tallies = _rows(wb["Tallies"])
    head = tallies[0]
    key, layer, code = head.index("session_key"), head.index("layer"), head.index("code")
    by_session: dict[str, set[tuple]] = {}
    for row in tallies[1:]:
        rest = tuple(v for i, v in enumerate(row) if i not in (key, head.index("coder_id")))
        by_session.setdefault(row[key], set()).add(rest)
    assert len(by_session) == 2
    first, second = by_session.values()
    assert first == second  # every figure of every code, the same
    layers = {row[layer] for row in tallies[1:]}
    codes = {row[code] for row in tallies[1:]} - {None, ""}
    assert layers - {None, ""} == {"Interaction", "Phase", "Marks"}
    assert {"attuned", "misattuned", "repair", "infant bid", "sensitivity"} <= codes
    assert any(r[head.index("measure")] == "repair_attempts_initiator_infant" for r in tallies)

    sessions = _rows(wb["Sessions"])
    h = sessions[0]
    skip = {h.index("session_key"), h.index("coder_id")}
    a, b = ([v for i, v in enumerate(r) if i not in skip] for r in sessions[1:])
    assert a == b
    episodes = _rows(wb["Episodes"])
    e_head = episodes[0]
    mods = {r[e_head.index("modifiers")] for r in episodes[1:]} - {None, ""}
    assert mods == {"initiator=infant"}  # a German value read as the English one
    codebook = [r for r in _rows(wb["Codebook"])[1:] if r[0] and r[0] in layers]  # one per code
    assert len(codebook) == sum(len(la.codes) for la in english.scheme.layers)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_two_codings_in_two_languages_agree_perfectly(lang: str) -> None:
    english = english_session("C1")
    other = translated(english_session("C2"), default_scheme(lang))
    for a, b in ((english, other), (other, english)):
        report = compare_sessions(a, b)
        assert not report.left_out_layers
        assert len(report.layers) == 3
        for la in report.layers:
            assert la.time_units.stats.kappa in (1.0, None), (la.layer, la.time_units.stats)
            assert la.time_units.stats.percent_agreement == 100.0
            if la.events.stats.kappa is not None:
                assert la.events.stats.kappa == pytest.approx(1.0)
        assert [(r.a, r.b) for r in report.ratings] == [(6, 6)]
    names = [la.layer for la in compare_sessions(other, english).layers]
    assert names == [la.name for la in other.scheme.layers]  # in the first coding's words


def test_a_study_pools_pairs_coded_in_two_languages_under_its_names(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from reliability_study import make_study

    from attachcoder.io.study.file import load_study
    from attachcoder.io.study.pairs import agreement_of_study

    folder = make_study(tmp_path / "study", tmp_path / "videos", n=3)
    study = load_study(folder)
    before, _ = agreement_of_study(study, folder)
    german = default_scheme("de")
    for i, v in enumerate(study.videos):  # a primary coded in German, then reliability ones
        assert v.reliability is not None
        coder = v.primary if i == 0 else v.reliability
        path = folder / "sessions" / v.dyad_id / f"{v.dyad_id}_{coder}.acs"
        save(translated(load(path), german), path, backup=False)
        assert load(path).scheme.layers[0].name == "Interaktion"
    after, problems = agreement_of_study(load_study(folder), folder)
    assert not problems
    assert [p.kappa for p in after.pairs] == [p.kappa for p in before.pairs]
    assert [dataclasses.astuple(pl) for pl in after.pooled] == [
        dataclasses.astuple(pl) for pl in before.pooled
    ]
    # one row per layer, in the study's words (a German primary pools with the others)
    assert [pl.layer for pl in after.pooled] == [pl.layer for pl in before.pooled]
    assert "Interaction" in [pl.layer for pl in after.pooled]
