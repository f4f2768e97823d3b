"""The Beam graph of the `near_dedup` stage.

    batches ──Sign──┬─ (b, batch) ─────────────────────────────────────────────┐
                    ├─ (partition, band rows) ─GroupByKey─ Pairs ─ (xb, pairs)  │
                    │                                          │               │
                    └─ (b, docs) ──────────── CoGroupByKey ────┘               │
                                 │              (attach x) ─ (yb, halves)      │
                                 ├──────────── CoGroupByKey ─ Verify ─ edges   │
                                 │                                 │           │
                                 │          Resolve (components, keep rule):   │
                                 │          one key, or component_rounds of    │
                                 │          label propagation ─ (b, removals)  │
                                 └──────────── CoGroupByKey ───────┴───────────┘
                                                 Apply: kept / removed / index files

`b` is a 64-bit key of an input batch and `r` a row in it, so everything shuffled before the
last join is compact: band rows are (band key, b, r) = 20 bytes per band per document, the docs
table is the signature (4*num_perm bytes) plus, for exact verification, the sorted shingle
hashes (4 bytes per shingle). Texts move once, in the final join, as whole batches.
"""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

import apache_beam as beam
import fsspec
import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from datalab.errors import SpecError
from schemas.steps.near_dedup import NearDedupStep
from transforms.near_dedup import cluster, minhash, shingles
from transforms.near_dedup.index import (
    INDEX_DIR,
    INDEX_FORMAT,
    check_compatible,
    find_index,
    index_schema,
)
from transforms.arrow_coder import pack_batch, single_batch, unpack_batch
from transforms.stage import REASON, STAGE, STATS, MergeStats, StageContext, StageOutputs

DUPLICATE_OF, CLUSTER, SIMILARITY = "_duplicate_of", "_cluster", "_similarity"
BANDS, DOCS, BATCHES, INDEX = "bands", "docs", "batches", "index"


def _pack(batch: pa.RecordBatch, *, compress: bool = False) -> bytes:
    """Shuffled values travel as Arrow IPC bytes: Beam's local runner then copies bytes instead
    of decoding and re-encoding objects in the driver. Text is zstd-compressed (about a third of
    the volume); hashes and signatures do not compress, so they are sent as they are."""
    return pack_batch(batch, compression="zstd" if compress else None)


def _unpack(value) -> pa.RecordBatch:
    return unpack_batch(value) if isinstance(value, bytes) else value


def _unpack_all(values) -> list[pa.RecordBatch]:
    return [_unpack(v) for v in values]


def lsh_shape(step: NearDedupStep) -> tuple[int, int]:
    if step.bands is not None and step.rows is not None:
        return step.bands, step.rows
    margin = 0.0 if step.verify == "none" else step.candidate_margin
    target = max(step.threshold - margin, 0.05)
    return minhash.optimal_bands(target, step.num_perm, step.false_positive_weight, step.false_negative_weight)


def index_params(step: NearDedupStep) -> dict[str, Any]:
    """What makes signatures comparable across runs (stored with the index)."""
    return {
        "num_perm": step.num_perm, "seed": step.seed, "scheme": minhash.SCHEME,
        "hash": shingles.HASH_VERSION, "shingle": step.shingle, "ngram": step.ngram,
    }


def batch_key(batch: pa.RecordBatch, id_field: str) -> int:
    """A 64-bit key for a batch from its ids (and sources): stable across runs and workers."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(str(batch.num_rows).encode())
    for name in (id_field, "source"):
        if name in batch.schema.names:
            digest.update("\x1f".join(map(str, batch.column(name).to_pylist())).encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest(), "little")


def keep_rank(batch: pa.RecordBatch, step: NearDedupStep, text: pa.Array) -> pa.Array:
    """Smaller is better: the keep rule as one float64 column (null = no preference)."""
    if step.keep == "first":
        return pa.nulls(batch.num_rows, pa.float64())
    if step.keep == "longest":
        return pc.negate(pc.cast(pc.fill_null(pc.utf8_length(text), 0), pa.float64()))
    column = batch.column(step.keep_column)
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        try:  # ISO 8601 dates and times, as text
            column = pc.cast(pc.cast(column, pa.string()), pa.timestamp("us"))
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
            msg = (
                f"near_dedup: keep: {step.keep} compares `{step.keep_column}`, whose values are text that is "
                f"not an ISO date/time ({exc}). Use a numeric, date or timestamp column."
            )
            raise ValueError(msg) from exc
    if pa.types.is_timestamp(column.type) or pa.types.is_date(column.type):
        column = pc.cast(pc.cast(column, pa.timestamp("us")) if pa.types.is_date(column.type) else column, pa.int64())
    try:
        return pc.negate(pc.cast(column, pa.float64()))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        msg = f"near_dedup: keep: {step.keep} needs a numeric, date or timestamp `{step.keep_column}`, not {column.type}."
        raise ValueError(msg) from exc


def docs_table(
    key: int, ids: pa.Array, rank: pa.Array, sigs: np.ndarray, sets: tuple[np.ndarray, np.ndarray] | None,
    *, release: str | None = None, with_shingles: bool = False,
) -> pa.RecordBatch:
    rows = len(ids)
    num_perm = sigs.shape[1]
    columns = {
        "b": pa.array(np.full(rows, key, np.uint64)),
        "r": pa.array(np.arange(rows, dtype=np.uint32)),
        "id": ids.cast(pa.string()),
        "rank": rank,
        "old": pa.array(np.full(rows, release is not None)),
        "release": pa.array([release] * rows, pa.string()),
        "sig": pa.FixedSizeListArray.from_arrays(pa.array(sigs.reshape(-1)), num_perm),
    }
    if sets is not None:
        values, offsets = sets
        columns["shingles"] = pa.ListArray.from_arrays(pa.array(offsets.astype(np.int32)), pa.array(values))
    elif with_shingles:  # release documents: shingles not stored, compared by signature
        columns["shingles"] = pa.nulls(rows, pa.list_(pa.uint32()))
    return pa.RecordBatch.from_pydict(columns)


def index_table(ids: pa.Array, sigs: np.ndarray, tokens: np.ndarray, ngram: int) -> pa.RecordBatch:
    """Rows of the near-dedup index (see `index.py`) for one batch."""
    num_perm = sigs.shape[1]
    shingle_counts = np.where(tokens >= ngram, tokens - ngram + 1, np.minimum(tokens, 1)).astype(np.int32)
    return pa.RecordBatch.from_arrays(
        [ids.cast(pa.string()), pa.FixedSizeListArray.from_arrays(pa.array(sigs.reshape(-1)), num_perm), pa.array(shingle_counts)],
        schema=index_schema(num_perm),
    )


def band_rows(key: int, keys: np.ndarray, present: np.ndarray, partitions: int, *, old: bool):
    """(partition, band rows) pieces for the documents that have shingles."""
    rows = np.flatnonzero(present)
    if len(rows) == 0:
        return
    bands = keys.shape[1]
    flat = keys[rows].reshape(-1)
    r = np.repeat(rows.astype(np.uint32), bands)
    part = (flat % np.uint64(partitions)).astype(np.int64)
    order = np.argsort(part, kind="stable")
    flat, r, part = flat[order], r[order], part[order]
    cuts = np.flatnonzero(np.diff(part)) + 1
    for lo, hi in zip(np.concatenate([[0], cuts]), np.concatenate([cuts, [len(part)]]), strict=True):
        yield int(part[lo]), pa.RecordBatch.from_pydict(
            {
                "key": pa.array(flat[lo:hi]),
                "b": pa.array(np.full(hi - lo, key, np.uint64)),
                "r": pa.array(r[lo:hi]),
                "old": pa.array(np.full(hi - lo, old)),
            }
        )


class _SignFn(beam.DoFn):
    """Per batch: shingles, signatures, band keys; emits the batch, its band rows and docs table."""

    def __init__(self, step: NearDedupStep, id_field: str, text_field: str | None, label: str) -> None:
        self._step = step
        self._id_field = id_field
        self._text_field = text_field
        self._label = label

    def setup(self) -> None:
        self._bands, self._rows = lsh_shape(self._step)

    def process(self, batch: pa.RecordBatch):
        started = time.perf_counter()
        step = self._step
        column = step.field or self._text_field
        if column is None or column not in batch.schema.names:
            msg = f"{self._label}: column {column!r} is not in the data (columns: {batch.schema.names}); set `field` or --text-field."
            raise ValueError(msg)
        if self._id_field not in batch.schema.names:
            msg = f"{self._label}: id column {self._id_field!r} is not in the data; set --id-field."
            raise ValueError(msg)
        if step.keep_column and step.keep_column not in batch.schema.names:
            msg = f"{self._label}: keep_column {step.keep_column!r} is not in the data (columns: {batch.schema.names})."
            raise ValueError(msg)
        text = batch.column(column)
        key = batch_key(batch, self._id_field)
        found = shingles.shingle_batch(text, kind=step.shingle, n=step.ngram)
        sigs = minhash.signatures(found, step.num_perm, step.seed)
        keys = minhash.band_keys(sigs, self._bands, self._rows)
        present = np.diff(found.offsets) > 0
        sets = cluster.sorted_sets(found.hashes, found.offsets) if step.verify == "exact" else None
        rank = keep_rank(batch, step, text)
        docs = docs_table(key, batch.column(self._id_field), rank, sigs, sets)
        elapsed = time.perf_counter() - started  # the kernel only, not the consumers of the yields
        yield beam.pvalue.TaggedOutput(BATCHES, (key, _pack(batch, compress=True)))
        for part, rows in band_rows(key, keys, present, step.partitions, old=False):
            yield beam.pvalue.TaggedOutput(BANDS, (part, _pack(rows)))
        yield beam.pvalue.TaggedOutput(DOCS, (key, _pack(docs)))
        if step.write_index:  # lean copy for the index files: no shingle sets in that join
            index = index_table(batch.column(self._id_field), sigs, found.tokens, step.ngram)
            yield beam.pvalue.TaggedOutput(INDEX, (key, _pack(index)))
        yield beam.pvalue.TaggedOutput(
            STATS,
            {
                "docs_in": batch.num_rows,
                "bytes_in": int(pc.sum(pc.binary_length(pc.fill_null(text.cast(pa.string()), ""))).as_py() or 0),
                "empty_docs": int((found.tokens == 0).sum()),
                "short_docs": int(((found.tokens > 0) & (found.tokens < step.ngram)).sum()),
                "shingles": int(found.offsets[-1]),
                "signature_seconds": elapsed,
                "cpu_seconds": elapsed,
            },
        )


class _ReleaseFn(beam.DoFn):
    """Reads one index file of an earlier release into band rows and a docs table."""

    def __init__(self, step: NearDedupStep) -> None:
        self._step = step

    def setup(self) -> None:
        self._bands, self._rows = lsh_shape(self._step)

    def process(self, item: tuple[str, str]):
        release, url = item
        with fsspec.open(url, "rb") as handle:
            table = pq.read_table(handle)
        for number, batch in enumerate(table.to_batches(max_chunksize=65536)):
            key = int.from_bytes(hashlib.blake2b(f"{url}#{number}".encode(), digest_size=8).digest(), "little")
            sigs = batch.column("signature").flatten().to_numpy().reshape(batch.num_rows, -1).astype(np.uint32)
            keys = minhash.band_keys(sigs, self._bands, self._rows)
            present = (sigs != minhash.EMPTY_VALUE).any(axis=1)
            for part, rows in band_rows(key, keys, present, self._step.partitions, old=True):
                yield beam.pvalue.TaggedOutput(BANDS, (part, _pack(rows)))
            rank = pa.nulls(batch.num_rows, pa.float64())
            yield beam.pvalue.TaggedOutput(DOCS, (key, _pack(docs_table(
                key, batch.column("id"), rank, sigs, None, release=release, with_shingles=self._step.verify == "exact"
            ))))
            yield beam.pvalue.TaggedOutput(STATS, {"release_docs": batch.num_rows})


def _pairs_by_x(element, max_bucket: int):
    _, pieces = element
    table = pa.Table.from_batches(_unpack_all(pieces))
    pairs = cluster.bucket_pairs(
        table.column("key").to_numpy(), table.column("b").to_numpy(), table.column("r").to_numpy(),
        table.column("old").to_numpy(zero_copy_only=False), max_bucket=max_bucket,
    )
    yield from _split_by(pairs, "xb")
    yield beam.pvalue.TaggedOutput(STATS, {"pair_rows_sent": pairs.num_rows})


def _split_by(table: pa.Table, column: str):
    """(key, record batch) for each value of an integer key column of `table`."""
    if table.num_rows == 0:
        return
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    for (value,), piece in frame.partition_by(column, as_dict=True, maintain_order=True).items():
        yield int(value), _pack(single_batch(piece.to_arrow()))


def _single_docs(docs: list[pa.RecordBatch], key: int, *, needed: bool = False) -> pa.RecordBatch | None:
    """The one docs table of batch `key`; `needed` when candidate pairs point into that batch."""
    if not docs:
        if needed:
            msg = (
                f"near_dedup: candidate pairs point into batch {key:016x}, but its documents never "
                "reached the join: the runner lost data in a shuffle. Nothing was committed; rerun "
                "in-process or on the Dask engine (see docs/scaling.md)."
            )
            raise RuntimeError(msg)
        return None
    if len(docs) > 1:
        msg = (
            f"near_dedup: two input batches share the key {key:016x} (same ids in the same order?). "
            "Make record ids unique (exact_dedup before near_dedup removes repeated rows)."
        )
        raise RuntimeError(msg)
    return docs[0]


def _take_side(docs: pa.RecordBatch, rows: np.ndarray, side: str) -> dict[str, pa.Array]:
    picked = docs.take(pa.array(rows))
    out = {f"{side}_{name}": picked.column(name) for name in ("id", "rank", "old", "release", "sig")}
    if "shingles" in docs.schema.names:
        out[f"{side}_shingles"] = picked.column("shingles")
    return out


def _attach_x(element):
    key, grouped = element
    pairs = _unpack_all(grouped["pairs"])
    docs = _single_docs(_unpack_all(grouped[DOCS]), key, needed=bool(pairs))
    if docs is None or not pairs:
        return
    table = pa.Table.from_batches(pairs)
    yield beam.pvalue.TaggedOutput(STATS, {"pair_rows_received": table.num_rows})
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    frame = frame.unique().sort(["xr", "yb", "yr"])  # a pair found in several bands is checked once
    base = frame.to_arrow()
    columns = {name: base.column(name) for name in base.column_names}
    columns.update(_take_side(docs, base.column("xr").to_numpy(), "x"))
    yield from _split_by(pa.table(columns), "yb")
    yield beam.pvalue.TaggedOutput(STATS, {"half_rows_sent": base.num_rows})


def _verify(element, threshold: float, mode: str):
    key, grouped = element
    halves = _unpack_all(grouped["halves"])
    docs = _single_docs(_unpack_all(grouped[DOCS]), key, needed=bool(halves))
    if docs is None or not halves:
        return
    table = pa.Table.from_batches(halves).combine_chunks()
    y = _take_side(docs, table.column("yr").to_numpy(), "y")
    num_perm = table.schema.field("x_sig").type.list_size
    x_sig = table.column("x_sig").combine_chunks().flatten().to_numpy().reshape(-1, num_perm)
    y_sig = y["y_sig"].flatten().to_numpy().reshape(-1, num_perm)
    estimate = minhash.estimated_jaccard(x_sig, y_sig)
    similarity = estimate.copy()
    method = np.full(len(estimate), "signature", dtype=object)
    if mode == "exact" and "x_shingles" in table.column_names and "y_shingles" in y:
        x_sets, y_sets = table.column("x_shingles").combine_chunks(), y["y_shingles"]
        exact = cluster.exact_jaccard(
            x_sets.flatten().to_numpy(), _offsets(x_sets), y_sets.flatten().to_numpy(), _offsets(y_sets)
        )
        old = table.column("x_old").to_numpy(zero_copy_only=False) | y["y_old"].to_numpy(zero_copy_only=False)
        similarity = np.where(old, estimate, exact)
        method = np.where(old, "signature", "exact")
    if mode == "none":
        accepted = np.ones(len(similarity), bool)
    else:
        accepted = similarity >= threshold - 1e-12
    stats = {"candidate_pairs": len(similarity), "verified_pairs": int(accepted.sum()),
             "half_rows_received": table.num_rows}
    if mode == "exact":
        stats["exact_checks"] = int((method == "exact").sum())
        stats["signature_estimate_disagreements"] = int(((estimate >= threshold) != accepted).sum())
    yield beam.pvalue.TaggedOutput(STATS, stats)
    if not accepted.any():
        return
    mask = pa.array(accepted)
    edges = {
        "xb": table.column("xb"), "xr": table.column("xr"), "yb": table.column("yb"), "yr": table.column("yr"),
        "x_id": table.column("x_id"), "y_id": y["y_id"], "x_rank": table.column("x_rank"), "y_rank": y["y_rank"],
        "x_old": table.column("x_old"), "y_old": y["y_old"],
        "x_release": table.column("x_release"), "y_release": y["y_release"],
        "similarity": pa.array(similarity.astype(np.float64)),
    }
    yield _pack(single_batch(pa.table({k: _plain(v) for k, v in edges.items()}).filter(mask)))


def _offsets(lists: pa.ListArray) -> np.ndarray:
    offsets = np.asarray(lists.offsets, np.int64)
    return offsets - offsets[0]


def _resolve(element, label: str):
    _, pieces = element
    edges = pa.Table.from_batches(_unpack_all(pieces))
    removals, stats = cluster.resolve(edges, label)
    yield beam.pvalue.TaggedOutput(STATS, stats)
    yield from _split_by(removals, "b")


def _frame(batches) -> pl.DataFrame | None:
    batches = [b for b in _unpack_all(batches) if b.num_rows]
    if not batches:
        return None
    frame = pl.from_arrow(pa.Table.from_batches(batches))
    assert isinstance(frame, pl.DataFrame)
    return frame


def _by_partition(frame: pl.DataFrame, b: str, r: str, partitions: int):
    """(partition of the document (b, r), rows) pieces of `frame`."""
    if frame.height == 0:
        return
    keyed = frame.with_columns(cluster.node_partition(b, r, partitions).alias("__p"))
    for (part,), piece in keyed.partition_by("__p", as_dict=True).items():
        yield int(part), _pack(single_batch(piece.drop("__p").to_arrow()))


def _edge_ends(batch: pa.RecordBatch, partitions: int):
    frame = pl.from_arrow(_unpack(batch))
    assert isinstance(frame, pl.DataFrame)
    yield from _by_partition(frame.select("xb", "xr", "yb", "yr"), "xb", "xr", partitions)


def _edge_node_rows(batch: pa.RecordBatch, partitions: int):
    frame = pl.from_arrow(_unpack(batch))
    assert isinstance(frame, pl.DataFrame)
    yield from _by_partition(cluster.edge_nodes(frame), "b", "r", partitions)


def _merged_nodes(element):
    key, batches = element
    frame = _frame(list(batches))
    if frame is not None:
        yield key, _pack(single_batch(cluster.merge_nodes(frame).to_arrow()))


def _initial_labels(element):
    key, batch = element
    frame = pl.from_arrow(_unpack(batch))
    assert isinstance(frame, pl.DataFrame)
    return key, _pack(single_batch(frame.select("b", "r", pl.col("b").alias("lb"), pl.col("r").alias("lr")).to_arrow()))


def _label_x(element, partitions: int):
    _, grouped = element
    edges, labels = _frame(grouped["edges"]), _frame(grouped["labels"])
    if edges is not None and labels is not None:
        yield from _by_partition(cluster.attach_labels(edges, labels, "x"), "yb", "yr", partitions)


def _label_y(element, partitions: int, final: bool):
    _, grouped = element
    edges, labels = _frame(grouped["edges"]), _frame(grouped["labels"])
    if edges is None or labels is None:
        return
    both = cluster.attach_labels(edges, labels, "y")
    if final:  # edges whose ends still disagree: the residue for one worker
        left = both.filter((pl.col("lxb") != pl.col("lyb")) | (pl.col("lxr") != pl.col("lyr")))
        if left.height:
            yield _pack(single_batch(left.select("lxb", "lxr", "lyb", "lyr").to_arrow()))
    else:
        yield from _by_partition(cluster.label_messages(both), "b", "r", partitions)


def _update_labels(element):
    key, grouped = element
    frames = [f for f in (_frame(grouped["labels"]), _frame(grouped["messages"])) if f is not None]
    if frames:
        yield key, _pack(single_batch(cluster.lexmin(pl.concat(frames)).to_arrow()))


def _residue_roots(element):
    _, batches = element
    frame = _frame(list(batches))
    if frame is not None:
        frame = frame.unique()
        yield beam.pvalue.TaggedOutput(STATS, {"component_residue_edges": frame.height})
        yield single_batch(cluster.residual_roots(frame).to_arrow())


def _rooted_nodes(element, mapping: list, partitions: int):
    _, grouped = element
    nodes, labels = _frame(grouped["nodes"]), _frame(grouped["labels"])
    if nodes is None:
        return
    frame = nodes.join(labels, on=["b", "r"], how="left")
    roots = _frame(mapping)
    if roots is not None:
        frame = frame.join(roots, on=["lb", "lr"], how="left")
        frame = frame.with_columns(
            pl.coalesce("rb", "lb").alias("rb"), pl.coalesce("rr", "lr").alias("rr")
        )
    else:
        frame = frame.with_columns(pl.col("lb").alias("rb"), pl.col("lr").alias("rr"))
    yield from _by_partition(frame.drop("lb", "lr"), "rb", "rr", partitions)


def _decide(element):
    _, batches = element
    frame = _frame(list(batches))
    if frame is None:
        return
    removals, stats = cluster.decide(frame, ["rb", "rr"])
    yield beam.pvalue.TaggedOutput(STATS, stats)
    yield from _split_by(removals, "b")


def distributed_resolve(edges: beam.PCollection, *, rounds: int, partitions: int, label: str):
    """Connected components without one worker holding the graph: `rounds` of min-label
    propagation over partitions of documents (3 shuffles each), then the edges whose ends still
    carry different labels (few once clusters are shallow) are resolved on one worker, their
    roots broadcast, and each cluster's keep rule applied in the partition of its root."""
    name = f"{label}/Components"
    nodes = (
        edges
        | f"{name}/Node rows" >> beam.FlatMap(_edge_node_rows, partitions)
        | f"{name}/Group nodes" >> beam.GroupByKey()
        | f"{name}/Merge nodes" >> beam.FlatMap(_merged_nodes)
    )
    ends = edges | f"{name}/Edge ends" >> beam.FlatMap(_edge_ends, partitions)
    labels = nodes | f"{name}/Initial labels" >> beam.Map(_initial_labels)

    def attach_both(labels, step: str, final: bool):
        halves = (
            {"edges": ends, "labels": labels}
            | f"{name}/{step}/Join x" >> beam.CoGroupByKey()
            | f"{name}/{step}/Attach x" >> beam.FlatMap(_label_x, partitions)
        )
        return (
            {"edges": halves, "labels": labels}
            | f"{name}/{step}/Join y" >> beam.CoGroupByKey()
            | f"{name}/{step}/Attach y" >> beam.FlatMap(_label_y, partitions, final)
        )

    for number in range(rounds):
        messages = attach_both(labels, f"Round {number + 1}", final=False)
        labels = (
            {"labels": labels, "messages": messages}
            | f"{name}/Round {number + 1}/Join messages" >> beam.CoGroupByKey()
            | f"{name}/Round {number + 1}/Min label" >> beam.FlatMap(_update_labels)
        )
    residue = attach_both(labels, "Residue", final=True)
    roots = (
        residue
        | f"{name}/Key residue" >> beam.Map(lambda batch: (0, batch))
        | f"{name}/Gather residue" >> beam.GroupByKey()
        | f"{name}/Residue roots" >> beam.FlatMap(_residue_roots).with_outputs(STATS, main="roots")
    )
    decided = (
        {"nodes": nodes, "labels": labels}
        | f"{name}/Join labels" >> beam.CoGroupByKey()
        | f"{name}/Roots" >> beam.FlatMap(_rooted_nodes, beam.pvalue.AsList(roots.roots), partitions)
        | f"{name}/Group clusters" >> beam.GroupByKey()
        | f"{name}/Decide" >> beam.FlatMap(_decide).with_outputs(STATS, main="removals")
    )
    stats = (decided[STATS], roots[STATS]) | f"{name}/Stats" >> beam.Flatten()
    return decided.removals, stats


class _ApplyFn(beam.DoFn):
    """Joins the removal decisions back to each batch; writes the kept rows' index file."""

    def __init__(self, label: str, index_dir: str | None, num_perm: int) -> None:
        self._label = label
        self._index_dir = index_dir
        self._num_perm = num_perm

    def process(self, element):
        key, grouped = element
        batches = _unpack_all(grouped[BATCHES])
        if not batches:
            return
        if len(batches) > 1:
            _single_docs(batches, key)
        batch = batches[0]
        removals = _unpack_all(grouped["removals"])
        keep = np.ones(batch.num_rows, bool)
        if removals:
            table = pa.Table.from_batches(removals).combine_chunks()
            rows = table.column("r").to_numpy().astype(np.int64)
            keep[rows] = False
            removed = batch.take(pa.array(rows))
            drop = [n for n in (REASON, STAGE, DUPLICATE_OF, CLUSTER, SIMILARITY) if n in removed.schema.names]
            if drop:
                removed = removed.drop_columns(drop)
            audit = {
                DUPLICATE_OF: table.column(DUPLICATE_OF), CLUSTER: table.column(CLUSTER),
                SIMILARITY: table.column(SIMILARITY), REASON: table.column(REASON),
                STAGE: pa.array([self._label] * table.num_rows, pa.string()),
            }
            removed = pa.RecordBatch.from_arrays(
                [*removed.columns, *[_plain(v) for v in audit.values()]], names=[*removed.schema.names, *audit]
            )
            yield beam.pvalue.TaggedOutput("removed", removed)
        kept = batch.filter(pa.array(keep)) if not keep.all() else batch
        if kept.num_rows:
            yield kept
        index = _unpack_all(grouped.get(INDEX, []))
        if self._index_dir is not None and index and kept.num_rows:
            table = pa.Table.from_batches([index[0]]).filter(pa.array(keep))
            with fsspec.open(f"{self._index_dir}/part-{key:016x}.parquet", "wb") as handle:
                pq.write_table(table, handle, compression="zstd")
        yield beam.pvalue.TaggedOutput(STATS, {"kept": int(keep.sum()), "removed": int((~keep).sum())})


def _plain(array: pa.Array) -> pa.Array:
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def _write_report(url: str, config: dict[str, Any]):
    def write(stats: dict[str, Any]) -> None:
        report = {**config, **{k: v for k, v in stats.items() if k not in config}}
        histogram = report.get("cluster_size_histogram") or {}
        report["largest_cluster"] = max((int(size) for size in histogram), default=0)
        report["removed_fraction"] = round(report.get("removed", 0) / report["docs_in"], 6) if report.get("docs_in") else 0.0
        with fsspec.open(url, "w") as handle:
            json.dump(report, handle, indent=2, sort_keys=True, default=str)

    return write


def stage_config(step: NearDedupStep) -> dict[str, Any]:
    """The settings part of the stage report (also its fingerprint)."""
    bands, rows = lsh_shape(step)
    return {
        "threshold": step.threshold, "shingle": step.shingle, "ngram": step.ngram, "num_perm": step.num_perm,
        "seed": step.seed, "bands": bands, "rows": rows, "candidate_margin": step.candidate_margin, "verify": step.verify, "keep": step.keep,
        "keep_column": step.keep_column, "against": list(step.against), "hash": shingles.HASH_VERSION,
        "scheme": minhash.SCHEME, **minhash.error_rates(step.threshold, bands, rows),
    }


def build_stage(pcoll: beam.PCollection, step: NearDedupStep, ctx: StageContext) -> StageOutputs:
    """MinHash LSH near-dedup as one composite; see the module docstring for the graph."""
    label = ctx.label
    if step.field is None and ctx.record.text_field is None:
        msg = (
            f"{label}: near_dedup compares text, but record.text_field is null and the step has no `field`. "
            "Set record.text_field (or --text-field) or the step's `field` to the column to compare."
        )
        raise SpecError(msg)
    params = index_params(step)
    releases = [find_index(path) for path in step.against]  # fails before any data is read
    for release in releases:
        check_compatible(release, params)
    config = stage_config(step)
    bands, rows = config["bands"], config["rows"]
    signed = pcoll | f"{label}/Sign" >> beam.ParDo(
        _SignFn(step, ctx.record.id_field, ctx.record.text_field, label)
    ).with_outputs(BATCHES, BANDS, DOCS, INDEX, STATS)
    band_parts = [signed[BANDS]]
    doc_parts = [signed[DOCS]]
    stats_parts = [signed[STATS]]
    if releases:
        files = [(r.release, f) for r in releases for f in r.files]
        old = (
            pcoll.pipeline
            | f"{label}/Release files" >> beam.Create(files, reshuffle=False)
            | f"{label}/Spread release files" >> beam.Reshuffle()
            | f"{label}/Read releases" >> beam.ParDo(_ReleaseFn(step)).with_outputs(BANDS, DOCS, STATS)
        )
        band_parts.append(old[BANDS])
        doc_parts.append(old[DOCS])
        stats_parts.append(old[STATS])
    all_bands = band_parts[0] if len(band_parts) == 1 else band_parts | f"{label}/All bands" >> beam.Flatten()
    docs = doc_parts[0] if len(doc_parts) == 1 else doc_parts | f"{label}/All docs" >> beam.Flatten()
    pairs = (
        all_bands
        | f"{label}/Shuffle bands" >> beam.GroupByKey()
        | f"{label}/Pairs" >> beam.FlatMap(_pairs_by_x, step.max_bucket).with_outputs(STATS, main="pairs")
    )
    halves = (
        {"pairs": pairs.pairs, DOCS: docs}
        | f"{label}/Join x" >> beam.CoGroupByKey()
        | f"{label}/Attach x" >> beam.FlatMap(_attach_x).with_outputs(STATS, main="halves")
    )
    verified = (
        {"halves": halves.halves, DOCS: docs}
        | f"{label}/Join y" >> beam.CoGroupByKey()
        | f"{label}/Verify" >> beam.FlatMap(_verify, step.threshold, step.verify).with_outputs(STATS, main="edges")
    )
    if step.component_rounds > 0:
        removals, resolve_stats = distributed_resolve(
            verified.edges, rounds=step.component_rounds, partitions=step.partitions, label=label
        )
    else:
        resolved = (
            verified.edges
            | f"{label}/Key edges" >> beam.Map(lambda edges: (0, edges))
            | f"{label}/Gather edges" >> beam.GroupByKey()
            | f"{label}/Resolve" >> beam.FlatMap(_resolve, label).with_outputs(STATS, main="removals")
        )
        removals, resolve_stats = resolved.removals, resolved[STATS]
    index_dir = f"{ctx.work_dir}/{INDEX_DIR}" if step.write_index else None
    join: dict[str, Any] = {BATCHES: signed[BATCHES], "removals": removals}
    if step.write_index:
        join[INDEX] = signed[INDEX]
    applied = (
        join
        | f"{label}/Join decisions" >> beam.CoGroupByKey()
        | f"{label}/Apply" >> beam.ParDo(_ApplyFn(label, index_dir, step.num_perm)).with_outputs("removed", STATS, main="kept")
    )
    config_stats = pcoll.pipeline | f"{label}/Settings" >> beam.Create([{"settings": config}])
    stats = [*stats_parts, pairs[STATS], halves[STATS], verified[STATS], resolve_stats, applied[STATS],
             config_stats] | f"{label}/All stats" >> beam.Flatten()
    (
        stats
        | f"{label}/Merge report" >> beam.CombineGlobally(MergeStats())
        | f"{label}/Write report" >> beam.Map(_write_report(f"{ctx.work_dir}/reports/{label}.json", {"settings": config}))
    )

    def on_commit(commit) -> None:
        if not step.write_index:
            return
        fs = commit.fs
        folder = f"{commit.location.staging}/{INDEX_DIR}"
        files = fs.glob(f"{folder}/*.parquet") if fs.exists(folder) else []
        count = sum(pq.ParquetFile(fs.open(f)).metadata.num_rows for f in files)
        commit.manifest.setdefault("extensions", {})[label] = {
            "format": INDEX_FORMAT, "path": f"{INDEX_DIR}/", "rows": count, "files": len(files),
            **params, "threshold": step.threshold, "bands": bands, "rows_per_band": rows,
            "against": [r.release for r in releases],
        }

    return StageOutputs(kept=applied.kept, removed=applied.removed, stats=stats, on_commit=on_commit)
