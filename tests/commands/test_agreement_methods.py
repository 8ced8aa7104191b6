"""``--methods``: the reliability paragraph, in APA style, every figure from the same run —
each number of the paragraph is found in the ``--json`` that run printed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from reliability_study import make_study

from attachcoder.analysis.agreement.methods import apa, dec
from attachcoder.cli import main
from attachcoder.io.study.file import load_study

SAMPLES = Path(__file__).resolve().parents[2] / "sample_sessions"
A, B = SAMPLES / "D001_C1.acs", SAMPLES / "D001_C2.acs"

#: Not figures of the run: the years of the works cited, and the name ICC(2,1).
CITED_YEAR = re.compile(r"(?<=, )(?:19|20)\d\d(?=[);])|\((?:19|20)\d\d\)")
NUMBER = re.compile(r"(?<![\w.,\-−])(−)?(\d{1,3}(?:,\d{3})+|\d*\.\d+|\d+)(?![\w\-])")


def numbers_of(text: str) -> list[tuple[str, float, int]]:
    """Every figure in the paragraph: (as printed, value, decimals)."""
    text = CITED_YEAR.sub("", text.replace("ICC(2,1)", "ICC"))
    out = []
    for m in NUMBER.finditer(text):
        sign, digits = m.groups()
        value = float(digits.replace(",", "")) * (-1 if sign else 1)
        decimals = len(digits.partition(".")[2])
        out.append((m.group(0), value, decimals))
    return out


#: Parts of the JSON no paragraph figure comes from (tables, per-code κ, stretches): left out
#: of the search, so that a figure cannot be "found" by coincidence among thousands of counts.
NOT_SOURCES = {"matrix", "per_code", "disagreements", "series", "rolling", "methods"}


def json_numbers(doc: Any) -> Iterator[float]:
    if isinstance(doc, bool) or doc is None:
        return
    if isinstance(doc, int | float):
        yield float(doc)
    elif isinstance(doc, dict):
        for k, v in doc.items():
            if k not in NOT_SOURCES:
                yield from json_numbers(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from json_numbers(v)


def found(value: float, decimals: int, doc: Any) -> bool:
    """Some figure of the JSON, as it is, in seconds (the JSON keeps ms) or in percent (the
    JSON keeps shares 0–1), rounds to ``value`` at the paragraph's precision."""
    half = 0.5 * 10**-decimals + 1e-9
    return any(abs(t - value) <= half for v in json_numbers(doc) for t in (v, v / 1000, v * 100))


def assert_every_number_in_json(text: str, doc: dict[str, Any]) -> None:
    figures = numbers_of(text)
    assert len(figures) > 10
    missing = [shown for shown, value, d in figures if not found(value, d, doc)]
    assert not missing, f"figures of the paragraph not in the JSON: {missing}"
    # the search is not so wide that anything passes: most two-decimal κ in −1…1 are not found
    grid = [i / 100 for i in range(-100, 101)]
    assert sum(found(x, 2, doc) for x in grid) < len(grid) / 2


def test_apa_numbers() -> None:
    assert (apa(0.7849), apa(-0.061), apa(1.0), apa(0.0), apa(-0.001)) == (
        ".78", "−.06", "1.00", ".00", ".00"
    )  # fmt: skip
    assert (dec(88.25), dec(0.318, 2), dec(100)) == ("88.2", "0.32", "100.0")


def test_the_paragraph_for_two_codings_holds_only_figures_of_the_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["agreement", str(A), str(B), "--tolerance", "1s", "--methods", "--json"]
    assert main(argv) == 0
    doc = json.loads(capsys.readouterr().out)
    text = doc["methods"]["text"]
    assert doc["methods"]["format"] == "text" and "*" not in text
    assert "κ = .94, 95% CI [.91, .97]" in text  # APA: no leading zero, the CI beside it
    assert "overlapped by at least 60% of the longer one" in text
    assert "both codings coded as excluded (uncodable) was left out" in text
    assert "treats units as independent" in text
    assert_every_number_in_json(text, doc)

    # the same paragraph on its own (no --json), and in Markdown
    assert main(["agreement", str(A), str(B), "--tolerance", "1s", "--methods"]) == 0
    assert capsys.readouterr().out.strip() == text
    assert main(["agreement", str(A), str(B), "--align", "gseq", "--methods", "--json",
                 "--methods-format", "md"]) == 0  # fmt: skip
    doc = json.loads(capsys.readouterr().out)
    md = doc["methods"]["text"]
    assert "*κ* = " in md and "GSEQ" in md and "onset tolerance of 2 s" in md
    assert_every_number_in_json(md, doc)


def test_methods_goes_with_two_codings_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agreement", "--pairs", str(SAMPLES), str(SAMPLES), "--methods"]) == 2
    assert "study agreement DIR --methods" in capsys.readouterr().err


@pytest.fixture(scope="module")
def gseq_study(qapp, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("methods")
    return make_study(root / "study", root / "videos", "--align", "gseq", "--onset-tolerance",
                      "1s", "--excluded", "drop-either")  # fmt: skip


def test_the_study_paragraph_holds_only_figures_of_the_run(
    gseq_study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = load_study(gseq_study).reliability
    assert (plan.align, plan.onset_tolerance, plan.excluded) == ("gseq", "1s", "drop-either")
    saved = json.loads((gseq_study / "study.json").read_text(encoding="utf-8"))["reliability"]
    assert saved["align"] == "gseq" and saved["excluded"] == "drop-either"

    assert main(["study", "agreement", str(gseq_study), "--json", "--methods"]) == 0
    doc = json.loads(capsys.readouterr().out)
    text = doc["methods"]["text"]
    assert doc["settings"]["align"] == "gseq" and doc["settings"]["excluded"] == "drop-either"
    assert doc["settings"]["onset_tolerance_ms"] == 1000
    for needle in ("Of the 6 videos, 6 (100.0%) were double-coded", "seed 11",
                   "GSEQ does (Bakeman, Quera, & Gnisci, 2009)",
                   "either coding coded as excluded (uncodable) was left out",
                   "2,000 resamples", "ICC(2,1) between the two codings", "for sensitivity",
                   "The criterion was time-unit κ ≥ .70", "Observer drift"):  # fmt: skip
        assert needle in text, needle
    inter = doc["pooled"]["Interaction"]
    assert f"was {apa(inter['pooled_kappa_time_units'])}, 95% CI " in text
    assert_every_number_in_json(text, doc)

    # the paragraph alone, and the readable summary naming the settings
    assert main(["study", "agreement", str(gseq_study), "--methods"]) == 0
    assert capsys.readouterr().out.strip() == text
    assert main(["study", "agreement", str(gseq_study)]) == 0
    out = capsys.readouterr().out
    assert "alignment gseq, onset tolerance 1 s" in out and "excluded rule drop-either" in out


def test_study_json_and_workbook_carry_every_interval(
    gseq_study: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "agreement.xlsx"
    assert main(["study", "agreement", str(gseq_study), "--json", "-o", str(out)]) == 0
    doc = json.loads(capsys.readouterr().out)
    inter = doc["pooled"]["Interaction"]
    assert inter["pooled_ci_low"] < inter["pooled_kappa_time_units"] < inter["pooled_ci_high"]
    assert doc["bootstrap"] == {
        "over": "videos", "resamples": 2000, "seed": 11, "percentiles": [2.5, 97.5]
    }  # fmt: skip
    assert doc["below_criterion"]["of"] == len(doc["pairs"]) == 6
    assert {m["measure"] for m in doc["icc"]} >= {"rating: sensitivity", "proportion_attuned"}
    for p in doc["pairs"]:
        layer = next(la for la in p["layers"] if la["layer"] == "Interaction")
        assert layer["time_units"]["se"] is not None

    ws = openpyxl.load_workbook(out)["Reliability"]
    rows = [[c for c in r] for r in ws.iter_rows()]
    header = next(r for r in rows if r[0].value == "dyad_id")
    names = [c.value for c in header]
    start = names.index("Interaction: κ time units")
    assert names[start : start + 6] == [
        "Interaction: κ time units", "95% CI low", "95% CI high",
        "Interaction: κ events", "95% CI low", "95% CI high",
    ]  # fmt: skip
    by_dyad = {r[0].value: r for r in rows if r[0].value in {p["dyad_id"] for p in doc["pairs"]}}
    for p in doc["pairs"]:
        layer = next(la for la in p["layers"] if la["layer"] == "Interaction")
        cells = by_dyad[p["dyad_id"]][start : start + 6]
        want = [layer[b][k] for b in ("time_units", "events") for k in ("kappa", "ci_low",
                                                                         "ci_high")]  # fmt: skip
        assert [c.value for c in cells] == pytest.approx(want, abs=1e-12), p["dyad_id"]
        assert all(c.number_format == "0.000" for c in cells if c.value is not None)
    pooled_head = next(r for r in rows if r[0].value == "layer")
    pooled = next(r for r in rows[rows.index(pooled_head) :] if r[0].value == "Interaction")
    assert [c.value for c in pooled[3:12]] == pytest.approx(
        [inter[k] for k in ("mean_kappa_time_units", "mean_ci_low", "mean_ci_high",
                            "mean_kappa_events", "mean_events_ci_low", "mean_events_ci_high",
                            "pooled_kappa_time_units", "pooled_ci_low", "pooled_ci_high")],
        abs=1e-12,
    )  # fmt: skip
    icc_head = next(r for r in rows if r[0].value == "measure")
    icc_rows = {r[0].value: r for r in rows[rows.index(icc_head) + 1 :] if r[0].value}
    for m in doc["icc"]:
        if m["icc"] is not None:
            got = [c.value for c in icc_rows[m["measure"]][2:5]]
            assert got == pytest.approx([m["icc"], m["ci_low"], m["ci_high"]], abs=1e-12)
