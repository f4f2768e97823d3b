"""Normalise, filter and exact dedup as plain functions over Arrow batches (no Beam)."""

from __future__ import annotations

from collections import defaultdict

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.spec import RecordSpec
from schemas.steps.exact_dedup import ExactDedupStep
from schemas.steps.filter import FilterStep
from schemas.steps.normalise import NormaliseStep
from transforms.arrow_coder import pack_batch
from transforms.exact_dedup import apply_removals, by_batch, compared_column, content_key, decide, hash_rows, partition_rows
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
    """The stage's kernels wired as its Beam graph wires them: hash, shuffle by partition,
    decide, shuffle removals by batch key, apply to every copy of each batch."""
    by_key, parts = defaultdict(list), defaultdict(list)
    for b in batches:
        key = content_key(pack_batch(b, compression="lz4"))
        by_key[key].append(b)
        for part, piece in partition_rows(hash_rows(b, compared_column(b, ExactDedupStep(), "text"), "id", key), partitions):
            parts[part].append(piece)
    removals = defaultdict(list)
    for pieces in parts.values():
        for key, piece in by_batch(decide(pa.Table.from_batches(pieces))):
            removals[key].append(piece)
    kept, removed = [], []
    for key, copies in by_key.items():
        table = pa.Table.from_batches(removals.pop(key, []), schema=pa.schema([("r", pa.uint32()), ("_duplicate_of", pa.string())]))
        k, r = apply_removals(copies, table, "exact_dedup")
        kept += k.to_pylist()
        removed += r.to_pylist()
    assert not removals, "every removal names a batch"
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
    assert all(first_id[r["text"]] == r["_duplicate_of"] for r in removed)


def test_exact_dedup_keeps_each_row_once_when_the_same_batch_arrives_twice():
    """A file read twice gives byte-identical batches, which share a key: their join group holds
    both copies and the removals must fall on one copy of each row, not on both or neither."""
    twice = batch(["x", "y", "x"], ["a", "b", "c"])
    kept, removed = run_exact_dedup([twice, twice, batch(["y"], ["0"])])
    assert sorted(r["id"] for r in kept) == ["0", "a"]
    assert sorted((r["id"], r["_duplicate_of"]) for r in removed) == [("a", "a"), ("b", "0"), ("b", "0"), ("c", "a"), ("c", "a")]


def test_exact_dedup_refuses_more_removals_than_copies_of_a_batch():
    one = batch(["x"], ["a"])
    twice = pa.table({"r": pa.array([0, 0], pa.uint32()), "_duplicate_of": ["z", "z"]})
    with pytest.raises(RuntimeError, match="lost or repeated data"):
        apply_removals([one], twice, "exact_dedup")


def test_exact_dedup_stage_on_beam_keeps_each_text_once_with_repeated_batches_and_many_bundles():
    """The stage's Beam graph (hash shuffle, decide, join back to the batches) on two in-memory
    workers, with a batch that arrives twice: each distinct text survives once, under its
    smallest id, and every removed row names it; the shuffled removals all arrive."""
    import apache_beam as beam
    from apache_beam.options.pipeline_options import PipelineOptions
    from apache_beam.testing.util import assert_that, equal_to

    from transforms.exact_dedup import build_stage
    from transforms.stage import MergeStats, StageContext

    texts = [f"text {i % 37}" for i in range(400)]
    batches = [batch(texts[i:i + 50], [f"{j:04d}" for j in range(i, i + 50)]) for i in range(0, 400, 50)]
    ctx = StageContext(label="exact_dedup", record=RECORD, work_dir="/tmp/unused", run_id="r")
    options = PipelineOptions(direct_num_workers=2, direct_running_mode="in_memory")
    with beam.Pipeline(options=options) as p:
        out = build_stage(p | beam.Create([*batches, batches[3]]), ExactDedupStep(partitions=5), ctx)
        kept = out.kept | "Kept" >> beam.FlatMap(lambda b: [(r["id"], r["text"]) for r in b.to_pylist()])
        removed = out.removed | "Removed" >> beam.FlatMap(lambda b: [(r["text"], r["_duplicate_of"]) for r in b.to_pylist()])
        first = {t: min(f"{j:04d}" for j, u in enumerate(texts) if u == t) for t in set(texts)}
        assert_that(kept, equal_to([(i, t) for t, i in first.items()]), label="one row per text")
        assert_that(removed | beam.combiners.Count.Globally(), equal_to([400 + 50 - 37]), label="the rest removed")
        assert_that(removed | beam.Filter(lambda r: first[r[0]] != r[1]), equal_to([]), label="named")
        sent = out.stats | beam.CombineGlobally(MergeStats()) | beam.Map(
            lambda s: (s["removal_rows_sent"], s["removal_rows_received"], s["duplicates"]))
        assert_that(sent, equal_to([(413, 413, 413)]), label="stats")
