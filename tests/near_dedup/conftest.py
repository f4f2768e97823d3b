"""Near-duplicate fixtures generated here (no ../shared): documents from a random vocabulary,
variants with controlled edits, and the exact ground truth computed by brute force."""

from __future__ import annotations

import json
import random
from itertools import combinations

import pytest

from transforms.near_dedup.shingles import python_shingles


def jaccard(a: str, b: str, n: int = 5) -> float:
    sa, sb = set(python_shingles(a, kind="word", n=n)), set(python_shingles(b, kind="word", n=n))
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def edit(words: list[str], rng: random.Random, vocabulary: list[str], edits: int) -> list[str]:
    out = list(words)
    for _ in range(edits):
        out[rng.randrange(len(out))] = rng.choice(vocabulary)
    return out


def make_corpus(seed: int, docs: int, prefix: str = "d") -> list[dict]:
    """Base documents (200 words) with variants: 1 edit (J ~ 0.95) or 12 edits (J ~ 0.6)."""
    rng = random.Random(seed)
    vocabulary = [f"w{rng.randrange(10**6)}" for _ in range(5000)]
    rows = []
    for i in range(docs):
        words = [rng.choice(vocabulary) for _ in range(200)]
        rows.append({"id": f"{prefix}{i:04d}", "text": " ".join(words)})
        if i % 5 == 0:
            rows.append({"id": f"{prefix}{i:04d}-near", "text": " ".join(edit(words, rng, vocabulary, 1))})
        if i % 7 == 0:
            rows.append({"id": f"{prefix}{i:04d}-far", "text": " ".join(edit(words, rng, vocabulary, 12))})
    rng.shuffle(rows)
    return rows


def truth(rows: list[dict], threshold: float = 0.8) -> list[set[str]]:
    """Connected components (size >= 2) of the exact Jaccard >= threshold graph."""
    parent = {r["id"]: r["id"] for r in rows}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in combinations(rows, 2):
        if jaccard(a["text"], b["text"]) >= threshold:
            parent[find(a["id"])] = find(b["id"])
    groups: dict[str, set[str]] = {}
    for r in rows:
        groups.setdefault(find(r["id"]), set()).add(r["id"])
    return [g for g in groups.values() if len(g) > 1]


def write_jsonl(path, rows: list[dict]) -> str:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return str(path)


@pytest.fixture(scope="session")
def corpus() -> list[dict]:
    rows = make_corpus(7, 60)
    rng = random.Random(11)
    base = [rng.choice(["alpha", "beta", "gamma", "delta"]) + str(i) for i in range(120)]
    # A transitive chain: A~B and B~C above 0.8, A and C below it.
    a = base
    b = base[:100] + ["x" + w for w in base[100:108]] + base[108:]
    c = base[:92] + ["y" + w for w in base[92:100]] + ["x" + w for w in base[100:108]] + base[108:]
    rows += [
        {"id": "chain-a", "text": " ".join(a)},
        {"id": "chain-b", "text": " ".join(b)},
        {"id": "chain-c", "text": " ".join(c)},
        {"id": "exact-1", "text": "The same text, word for word, in two records of the corpus here."},
        {"id": "exact-2", "text": "the same TEXT word for word in two records of the corpus here"},
        {"id": "empty-1", "text": ""},
        {"id": "empty-2", "text": " ... !!! "},
        {"id": "short-1", "text": "Hello there"},
        {"id": "short-2", "text": "hello, THERE!"},
        {"id": "short-3", "text": "hello world"},
    ]
    return rows
