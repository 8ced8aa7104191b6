"""``attachcoder check`` over damaged files: every file gets a message, none a traceback, and
every file it accepts can be saved and read back the same (so the window can keep it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from session_mutations import mutations, write_variant

from attachcoder.cli import main
from attachcoder.io.session.file import dumps, load, loads

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = sorted((ROOT / "sample_sessions").glob("*.acs"))
CASES_PER_SAMPLE = 150  # about two seconds; benchmarks/fuzz_check.py runs thousands


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name)
def test_check_gives_every_damaged_file_a_message_and_never_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sample: Path
) -> None:
    files = []
    for seed, text in mutations(sample.read_text(encoding="utf-8"), 11, CASES_PER_SAMPLE):
        files.append(write_variant(tmp_path / f"case-{seed}.acs", text))
    code = main(["check", *map(str, files)])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert code in (0, 1)
    assert out.rstrip().endswith(f"of {len(files)} files are sound")
    accepted = [f for f in files if f"{f}: ok (" in out]
    refused = [f for f in files if f not in accepted]
    assert refused, "no mutation was refused: the mutator is not mutating"
    for f in refused:
        assert f"{f}: " in out  # each refusal names its file (and the place in it)
    for f in accepted:  # what check accepts, the window can save and read back unchanged
        s = load(f)
        assert dumps(loads(dumps(s))) == dumps(s), f
