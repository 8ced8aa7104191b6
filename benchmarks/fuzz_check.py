"""Fuzz the session loader (what ``attachcoder check`` runs) for a while and print the figures.

    .venv/bin/python benchmarks/fuzz_check.py [SECONDS] [SEED] [--corpus DIR]

Mutates the sample sessions (tests/session_mutations.py) and loads each variant: a refusal
must be a SessionFileError (a message with file and place), never another exception; a file
accepted must save and read back unchanged. Prints how many files were tried, accepted and
refused, and every traceback with the seed that makes its file again (exit 1 if any).
``--corpus DIR`` keeps the files tried, for ``attachcoder check DIR``.
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from session_mutations import mutations  # noqa: E402

from attachcoder.io.session.file import SessionFileError, dumps, loads  # noqa: E402


def main(argv: list[str]) -> int:
    corpus = None
    if "--corpus" in argv:
        i = argv.index("--corpus")
        corpus = Path(argv[i + 1])
        corpus.mkdir(parents=True, exist_ok=True)
        del argv[i : i + 2]
    seconds = float(argv[0]) if argv else 30.0
    seed = int(argv[1]) if len(argv) > 1 else int(time.time())
    samples = sorted((ROOT / "sample_sessions").glob("*.acs"))
    texts = [p.read_text(encoding="utf-8") for p in samples]
    tried = accepted = 0
    failures: list[str] = []
    end = time.monotonic() + seconds
    round_ = 0
    while time.monotonic() < end:
        for name, text in zip((p.name for p in samples), texts, strict=True):
            for case, variant in mutations(text, seed + round_, 50):
                tried += 1
                data = variant if isinstance(variant, bytes) else variant.encode()
                if corpus is not None and tried <= 5000:
                    (corpus / f"{case}.acs").write_bytes(data)
                try:
                    s = loads(data, f"{name}#{case}")
                    accepted += 1
                    out = dumps(s)
                    if dumps(loads(out)) != out:
                        failures.append(f"{name} seed {case}: does not read back as saved")
                except SessionFileError:
                    pass
                except Exception:  # what the fuzzer is looking for
                    failures.append(f"{name} seed {case}:\n{traceback.format_exc()}")
        round_ += 1
    print(f"seed {seed}: {tried} files in {seconds:.0f} s, {accepted} accepted, "
          f"{tried - accepted} refused, {len(failures)} tracebacks")  # fmt: skip
    for f in failures[:20]:
        print(f)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
