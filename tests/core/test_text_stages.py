"""Normalise, filter and exact dedup as plain functions over Arrow batches (no Beam)."""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.spec import RecordSpec
from schemas.steps.exact_dedup import ExactDedupStep
from schemas.steps.filter import FilterStep
from schemas.steps.normalise import NormaliseStep
from transforms.exact_dedup import compared_column, dedup_partition, partition_batch
from transforms.filter import filter_batch
from transforms.normalise import normalise_batch

RECORD = RecordSpec()


def batch(texts, ids=None):
    ids = ids or [f"id-{i:03d}" for i in range(len(texts))]
    return pa.RecordBatch.from_pydict({"id": ids, "text": texts})


def test_normalise_cleans_unicode_space_and_control_characters():
    result = normalise_batch(batch(["Cafe\u0301\t\tau  lait\x07\u200b", "a\r\n\n\n\nb "]), NormaliseStep(), RECORD, "n")
    assert result.kept.column("text").to_pylist() == ["Café au lait", "a\n\nb"]


def test_normalise_match_copy_is_lowercase_without_punctuation_and_keeps_the_text():
    result = normalise_batch(batch(["Hello, WORLD!"]), NormaliseStep(match_copy=True), RECORD, "n")
    assert result.kept.column("text").to_pylist() == ["Hello, WORLD!"]
    assert result.kept.column("_match_text").to_pylist() == ["hello world"]


def test_null_text_is_quarantined_with_a_reason_not_dropped():
    result = normalise_batch(batch(["ok", None]), NormaliseStep(), RECORD, "normalise")
    assert result.kept.column("id").to_pylist() == ["id-000"]
    assert result.quarantined.to_pydict()["_reason"] == ["text is null"]
    assert result.quarantined.to_pydict()["_stage"] == ["normalise"]


def test_filter_keeps_the_first_failed_reason_for_each_row():
    step = FilterStep(min_chars=5, max_words=3, heuristics={"min_alpha_ratio": 0.5})
    result = filter_batch(batch(["tiny", "one two three four", "1234 5678", "good text"]), step, RECORD, "filter")
    assert result.kept.column("text").to_pylist() == ["good text"]
    assert result.quarantined.column("_reason").to_pylist() == [
        "fewer than 5 chars", "more than 3 words", "min_alpha_ratio 0.5 failed",
    ]


def test_filter_required_fields_and_remove_action():
    data = pa.RecordBatch.from_pydict({"id": ["a", "b"], "text": ["x y", "x y"], "lang": ["en", None]})
    result = filter_batch(data, FilterStep(required_fields=["lang"], action="remove"), RECORD, "filter")
    assert result.kept.column("id").to_pylist() == ["a"]
    assert result.removed.column("_reason").to_pylist() == ["lang is null"]
    assert result.quarantined is None


def run_exact_dedup(batches, partitions=8):
    groups = defaultdict(list)
    for b in batches:
        for part, piece in partition_batch(b, compared_column(b, ExactDedupStep(), "text"), partitions):
            groups[part].append(piece)
    kept, removed = [], []
    for pieces in groups.values():
        k, r = dedup_partition(pieces, "id", "exact_dedup")
        kept += k.to_pylist()
        removed += r.to_pylist()
    return kept, removed


def test_exact_dedup_keeps_the_smallest_id_and_names_it_for_each_copy():
    kept, removed = run_exact_dedup([batch(["x", "y"], ["b", "c"]), batch(["x", "x", "z"], ["a", "d", "e"])])
    assert sorted(r["id"] for r in kept) == ["a", "c", "e"]
    assert sorted((r["id"], r["_duplicate_of"]) for r in removed) == [("b", "a"), ("d", "a")]
    assert all(r["_reason"] == "exact duplicate" for r in removed)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "Alpha"]), min_size=1, max_size=60), st.integers(1, 16))
def test_exact_dedup_keeps_one_row_per_distinct_text_whatever_the_partitioning(texts, partitions):
    ids = [f"{i:04d}" for i in range(len(texts))]
    half = len(texts) // 2
    kept, removed = run_exact_dedup([b for b in (batch(texts[:half], ids[:half]), batch(texts[half:], ids[half:])) if b.num_rows], partitions)
    assert sorted(r["text"] for r in kept) == sorted(set(texts))
    assert len(kept) + len(removed) == len(texts)
    first_id = {t: min(i for i, u in zip(ids, texts, strict=True) if u == t) for t in set(texts)}
    assert all(r["id"] == first_id[r["text"]] for r in kept)
