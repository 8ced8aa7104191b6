"""A seeded mutator of session files, for fuzzing ``attachcoder check`` and the loader.

Each mutation takes a sound ``.acs`` text and damages it the way real files get damaged or
hand-edited: a value replaced by one of a wrong type or at an edge (huge and negative
integers, ``1e400``, ``NaN``, a lone surrogate, deep nesting), a key removed, an episode
duplicated, bytes flipped or the text cut short. The same seed gives the same files, so a
failure found by the long run (``benchmarks/fuzz_check.py``) is replayed by its seed.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: values that once passed ``check`` and broke something later, and their neighbours
EDGE_VALUES: list[str] = [
    "2147483647",
    "-2147483648",
    "1073741823",
    "1073741824",
    "-1073741824",
    "9223372036854775808",
    "1" + "0" * 400,
    "1e400",
    "-1e400",
    "NaN",
    "Infinity",
    "-0.0",
    "5.0",
    "0.5",
    "true",
    "null",
    '""',
    '"\\ud800"',
    '"a\\udfffb"',
    '"\\u0000"',
    '"=1+1"',
    "[]",
    "{}",
    "[" * 600 + "]" * 600,
    '{"a":' * 300 + "1" + "}" * 300,
    "[" * 40 + "1" + "]" * 40,
    "[" * 200000 + "]" * 200000,
]


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node[:5]):  # the first few items are enough to reach every field
            yield from _paths(v, (*prefix, i))


_MARK = "\x00MUTATED\x00"


def _replace(doc: Any, path: tuple[Any, ...], raw: str) -> str:
    """The document as text with the value at ``path`` replaced by the raw JSON ``raw``."""
    if not path:
        return raw
    parent = doc
    for p in path[:-1]:
        parent = parent[p]
    parent[path[-1]] = _MARK
    return json.dumps(doc, ensure_ascii=False).replace(json.dumps(_MARK), raw)


def mutate(text: str, rng: random.Random) -> str | bytes:
    """One damaged variant of the session ``text``."""
    kind = rng.random()
    if kind < 0.08:  # cut short, as a full disk or a copy cut off would
        return text[: rng.randrange(len(text))]
    if kind < 0.16:  # a few bytes flipped
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    doc = json.loads(text)
    paths = list(_paths(doc))
    path = rng.choice(paths)
    if kind < 0.26 and path:  # a key or an item removed
        parent = doc
        for p in path[:-1]:
            parent = parent[p]
        del parent[path[-1]]
        return json.dumps(doc, ensure_ascii=False)
    if kind < 0.32 and isinstance(doc.get("episodes"), list) and doc["episodes"]:
        doc["episodes"].append(dict(rng.choice(doc["episodes"])))  # a duplicated id
        return json.dumps(doc, ensure_ascii=False)
    if kind < 0.38:  # a new key beside the known ones (kept and written back)
        parent = doc
        for p in path:
            parent = parent[p]
        if isinstance(parent, dict):
            parent[_MARK] = 0
            raw = rng.choice(EDGE_VALUES)
            text = json.dumps(doc, ensure_ascii=False)
            return text.replace(f"{json.dumps(_MARK)}: 0", f'"x-new": {raw}')
    return _replace(doc, path, rng.choice(EDGE_VALUES))


def mutations(text: str, seed: int, count: int) -> Iterator[tuple[int, str | bytes]]:
    """``count`` damaged variants of ``text``, each with the seed that makes it again."""
    for n in range(count):
        case_seed = seed * 1_000_003 + n
        yield case_seed, mutate(text, random.Random(case_seed))


def write_variant(path: Path, variant: str | bytes) -> Path:
    """Write one variant as a file, lone surrogates and all (what a damaged file can hold)."""
    if isinstance(variant, bytes):
        path.write_bytes(variant)
    else:
        path.write_text(variant, encoding="utf-8", errors="surrogatepass")
    return path
