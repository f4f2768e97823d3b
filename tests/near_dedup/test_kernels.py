"""The pure kernels: shingles, datasketch-compatible signatures, pairs, components, keep rule."""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pytest
from datasketch import LeanMinHash, MinHash, MinHashLSH

from transforms.near_dedup import cluster, minhash, shingles
from transforms.near_dedup.shingles import datasketch_hashfunc, python_shingles, shingle_batch

from .conftest import jaccard, make_corpus

TEXTS = [
    "Hello, World! this is a test of the thing, OK?",
    "",
    None,
    "a b",
    "Ünïcode café naïve — déjà vu, ça va bien merci; don't stop_here 42x",
    "  spaced\t\tout \n\n words   ",
    "日本語のテキスト も 少し",
]


@pytest.mark.parametrize(("kind", "n"), [("word", 5), ("word", 1), ("word", 3), ("char", 4), ("char", 9)])
def test_batch_hashes_equal_the_one_shingle_hash(kind, n):
    found = shingle_batch(pa.array(TEXTS), kind=kind, n=n)
    hashfunc = datasketch_hashfunc(kind)
    for i, text in enumerate(TEXTS):
        expected = [hashfunc(s) for s in python_shingles(text, kind=kind, n=n)]
        assert found.hashes[found.offsets[i] : found.offsets[i + 1]].tolist() == expected


def test_word_tokens_follow_the_ground_truth_definition():
    import re

    text = TEXTS[4]
    expected = re.sub(r"[^\w\s]+", " ", text.lower()).split()
    assert shingles.word_tokens(pa.array([text])).to_pylist()[0] == expected


def test_empty_and_short_documents_are_explicit():
    found = shingle_batch(pa.array(["", None, "one two", "one two three four five six"]), kind="word", n=5)
    assert found.tokens.tolist() == [0, 0, 2, 6]
    assert np.diff(found.offsets).tolist() == [0, 0, 1, 2]  # short doc: one shingle of all tokens
    sigs = minhash.signatures(found, 64, 1)
    assert (sigs[0] == minhash.EMPTY_VALUE).all() and (sigs[1] == minhash.EMPTY_VALUE).all()


def test_chunked_shingling_gives_the_same_result(monkeypatch):
    texts = pa.array([row["text"] for row in make_corpus(3, 20)])
    whole = shingle_batch(texts, kind="word", n=5)
    monkeypatch.setattr(shingles, "CHUNK_BYTES", 3000)
    chunked = shingle_batch(texts, kind="word", n=5)
    assert np.array_equal(whole.hashes, chunked.hashes) and np.array_equal(whole.offsets, chunked.offsets)


@pytest.mark.parametrize(("kind", "seed", "num_perm"), [("word", 1, 128), ("word", 42, 256), ("char", 7, 64)])
def test_signatures_are_datasketch_minhash_values(kind, seed, num_perm):
    texts = [row["text"] for row in make_corpus(5, 6)] + [t for t in TEXTS if t]
    sigs = minhash.signatures(shingle_batch(pa.array(texts), kind=kind, n=5), num_perm, seed)
    for i, text in enumerate(texts):
        reference = MinHash(num_perm=num_perm, seed=seed, hashfunc=datasketch_hashfunc(kind))
        reference.update_batch(python_shingles(text, kind=kind, n=5))
        assert np.array_equal(reference.hashvalues, sigs[i])
        lean = LeanMinHash(seed=seed, hashvalues=sigs[i], scheme=minhash.SCHEME)
        assert lean.jaccard(reference) == 1.0


def test_signatures_work_in_a_datasketch_lsh_index():
    rows = make_corpus(9, 30)
    texts = [r["text"] for r in rows]
    sigs = minhash.signatures(shingle_batch(pa.array(texts), kind="word", n=5), 128, 1)
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    for row, sig in zip(rows, sigs, strict=True):
        lsh.insert(row["id"], LeanMinHash(seed=1, hashvalues=sig, scheme="affine32"))
    near = next(r for r in rows if r["id"].endswith("-near"))
    found = lsh.query(LeanMinHash(seed=1, hashvalues=sigs[rows.index(near)], scheme="affine32"))
    assert near["id"].removesuffix("-near") in found


def test_signature_estimate_tracks_true_jaccard():
    rows = make_corpus(13, 40)
    by_id = {r["id"]: r["text"] for r in rows}
    pairs = [(i, i.removesuffix("-near")) for i in by_id if i.endswith("-near")]
    pairs += [(i, i.removesuffix("-far")) for i in by_id if i.endswith("-far")]
    texts = [t for p in pairs for t in (by_id[p[0]], by_id[p[1]])]
    sigs = minhash.signatures(shingle_batch(pa.array(texts), kind="word", n=5), 256, 1)
    estimates = minhash.estimated_jaccard(sigs[0::2], sigs[1::2])
    truths = np.array([jaccard(by_id[a], by_id[b]) for a, b in pairs])
    assert np.abs(estimates - truths).max() < 0.12  # 256 permutations: sd ~0.03


def test_optimal_bands_match_datasketch():
    from datasketch.lsh import _optimal_param

    assert minhash.optimal_bands(0.8, 128, 0.5, 0.5) == _optimal_param(0.8, 128, 0.5, 0.5) == (9, 13)
    for threshold, num_perm, weight in [(0.5, 64, 0.5), (0.7, 128, 0.1), (0.9, 256, 0.3), (0.75, 100, 0.05)]:
        expected = _optimal_param(threshold, num_perm, weight, 1 - weight)
        assert minhash.optimal_bands(threshold, num_perm, weight, 1 - weight) == expected
    rates = minhash.error_rates(0.8, 20, 6)
    assert rates["candidate_probability_at_threshold"] > 0.99 and 0 < rates["false_negative_rate"] < 0.01


def test_band_keys_equal_for_equal_bands_and_differ_across_bands():
    sig = np.arange(12, dtype=np.uint32).reshape(1, 12)
    other = sig.copy()
    other[0, 0] = 99  # only band 0 differs
    keys = minhash.band_keys(np.vstack([sig, other]), 3, 4)
    assert keys[0, 0] != keys[1, 0] and (keys[0, 1:] == keys[1, 1:]).all()
    same_values = np.zeros((1, 8), np.uint32)
    k = minhash.band_keys(same_values, 2, 4)
    assert k[0, 0] != k[0, 1]


def test_exact_jaccard_of_sets():
    rng = np.random.default_rng(0)
    lefts = [np.unique(rng.integers(0, 50, 30)).astype(np.uint32) for _ in range(5)]
    rights = [np.unique(rng.integers(0, 50, 20)).astype(np.uint32) for _ in range(5)]
    rights.append(np.array([], np.uint32))
    lefts.append(np.array([], np.uint32))
    offsets = lambda sets: np.concatenate([[0], np.cumsum([len(s) for s in sets])])  # noqa: E731
    got = cluster.exact_jaccard(np.concatenate(lefts), offsets(lefts), np.concatenate(rights), offsets(rights))
    for value, left, right in zip(got, lefts, rights, strict=True):
        union = len(set(left) | set(right))
        assert value == pytest.approx(len(set(left) & set(right)) / union if union else 0.0)


def test_bucket_pairs_bounded_and_skip_release_pairs():
    keys = np.array([7] * 10 + [8, 8], np.uint64)
    b = np.array([1] * 10 + [2, 3], np.uint64)
    r = np.array(list(range(10)) + [0, 0], np.uint32)
    old = np.array([False] * 10 + [True, True])
    pairs = cluster.bucket_pairs(keys, b, r, old, max_bucket=3).to_pylist()
    assert len(pairs) == 2 + 1 + 7 * 3  # first three pair with all later members
    assert all(p["xb"] == 1 for p in pairs)  # the two release documents are not paired
    assert len(cluster.bucket_pairs(keys[:10], b[:10], r[:10], old[:10], max_bucket=64)) == 45


def test_components_are_transitive():
    labels = cluster.components(np.array([0, 1, 5, 3, 6]), np.array([1, 2, 4, 4, 5]), 8)
    assert labels.tolist() == [0, 0, 0, 3, 3, 3, 3, 7]


def _edges(rows):
    names = ["xb", "xr", "yb", "yr", "x_id", "y_id", "x_rank", "y_rank", "x_old", "y_old", "x_release", "y_release", "similarity"]
    types = [pa.uint64(), pa.uint32(), pa.uint64(), pa.uint32(), pa.string(), pa.string(), pa.float64(), pa.float64(),
             pa.bool_(), pa.bool_(), pa.string(), pa.string(), pa.float64()]
    return pa.table({n: pa.array([row[i] for row in rows], t) for i, (n, t) in enumerate(zip(names, types, strict=True))})


def test_keep_rule_rank_then_id_and_releases_win():
    # cluster 1: ids b (rank -5), a (rank -1), c (rank -5) -> b wins on rank, tie with c by id
    rows = [
        (1, 0, 1, 1, "b", "a", -5.0, -1.0, False, False, None, None, 0.9),
        (1, 1, 1, 2, "a", "c", -1.0, -5.0, False, False, None, None, 0.85),
        # cluster 2: a release document wins over any new one
        (9, 0, 1, 3, "old-1", "z", None, None, True, False, "rel/v1", None, 0.95),
    ]
    removed, stats = cluster.resolve(_edges(rows), "near_dedup")
    by_id = {}
    for r in removed.to_pylist():
        by_id[(r["b"], r["r"])] = r
    assert set(by_id) == {(1, 1), (1, 2), (1, 3)}  # a, c and z removed; b kept
    assert by_id[(1, 1)]["_duplicate_of"] == "b" and by_id[(1, 2)]["_duplicate_of"] == "b"
    assert by_id[(1, 1)]["_cluster"] == "a"  # smallest id of the cluster
    assert by_id[(1, 3)]["_duplicate_of"] == "old-1"
    assert by_id[(1, 3)]["_reason"] == "near duplicate of release rel/v1"
    assert stats["clusters"] == 2 and stats["cluster_size_histogram"] == {"2": 1, "3": 1}


@pytest.mark.parametrize("rounds", [0, 1, 2, 5])
def test_label_rounds_plus_residue_find_the_components(rounds):
    import polars as pl

    # two chains 5-4-3-2-1-0 and 10-11 (document references (b, r) with b = 7)
    pairs = [(5, 4), (4, 3), (3, 2), (2, 1), (1, 0), (10, 11)]
    edges = pl.DataFrame(
        {"xb": [7] * 6, "xr": [a for a, _ in pairs], "yb": [7] * 6, "yr": [b for _, b in pairs]},
        schema={"xb": pl.UInt64, "xr": pl.UInt32, "yb": pl.UInt64, "yr": pl.UInt32},
    )
    nodes = sorted({n for p in pairs for n in p})
    labels = pl.DataFrame({"b": [7] * len(nodes), "r": nodes}, schema={"b": pl.UInt64, "r": pl.UInt32})
    labels = labels.with_columns(pl.col("b").alias("lb"), pl.col("r").alias("lr"))
    for _ in range(rounds):
        both = cluster.attach_labels(cluster.attach_labels(edges, labels, "x"), labels, "y")
        labels = cluster.lexmin(pl.concat([labels, cluster.label_messages(both)]))
    both = cluster.attach_labels(cluster.attach_labels(edges, labels, "x"), labels, "y")
    residue = both.filter((pl.col("lxb") != pl.col("lyb")) | (pl.col("lxr") != pl.col("lyr")))
    if rounds >= 5:
        assert residue.height == 0  # converged: nothing left for the single worker
    final = labels
    if residue.height:
        roots = cluster.residual_roots(residue.select("lxb", "lxr", "lyb", "lyr"))
        final = labels.join(roots, on=["lb", "lr"], how="left").with_columns(pl.coalesce("rr", "lr").alias("lr"))
    root_of = dict(zip(final.get_column("r").to_list(), final.get_column("lr").to_list(), strict=True))
    assert {root_of[n] for n in (0, 1, 2, 3, 4, 5)} == {0} and {root_of[10], root_of[11]} == {10}
