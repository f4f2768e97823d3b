"""Candidate pairs, their verification, connected components and the keep rule: plain
functions over numpy arrays and Arrow tables, used by the Beam stage and testable without it.

A document is referred to by `(b, r)`: the 64-bit key of the batch it came in and its row in
that batch (compact, and it lets the final filter join decisions back to whole batches).
"""

from __future__ import annotations

import numpy as np
import polars as pl
import pyarrow as pa


def sorted_sets(hashes: np.ndarray, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each document's shingle hashes as a sorted set: (values, offsets)."""
    docs = len(offsets) - 1
    owner = np.repeat(np.arange(docs, dtype=np.uint64), np.diff(offsets))
    combined = (owner << np.uint64(32)) | hashes.astype(np.uint64)
    combined.sort()  # sort + mask: several times faster than np.unique (numpy 2 hashes)
    if len(combined):
        combined = combined[np.concatenate([[True], combined[1:] != combined[:-1]])]
    values = (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    new_offsets = np.searchsorted(combined >> np.uint64(32), np.arange(docs + 1, dtype=np.uint64)).astype(np.int64)
    return values, new_offsets


def exact_jaccard(
    left_values: np.ndarray, left_offsets: np.ndarray, right_values: np.ndarray, right_offsets: np.ndarray
) -> np.ndarray:
    """Jaccard similarity of the i-th left set and the i-th right set (sorted unique uint32)."""
    pairs = len(left_offsets) - 1
    left_sizes = np.diff(left_offsets)
    right_sizes = np.diff(right_offsets)
    tags = np.concatenate(
        [np.repeat(np.arange(pairs, dtype=np.uint64), left_sizes), np.repeat(np.arange(pairs, dtype=np.uint64), right_sizes)]
    )
    combined = (tags << np.uint64(32)) | np.concatenate([left_values, right_values]).astype(np.uint64)
    combined.sort()
    repeated = combined[1:] == combined[:-1]
    inter = np.bincount((combined[1:][repeated] >> np.uint64(32)).astype(np.int64), minlength=pairs)
    union = left_sizes + right_sizes - inter
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(union > 0, inter / np.maximum(union, 1), 0.0)


def bucket_pairs(
    keys: np.ndarray, b: np.ndarray, r: np.ndarray, old: np.ndarray, *, max_bucket: int
) -> pa.Table:
    """Candidate pairs from band rows: documents sharing a band key.

    Within a bucket every document is paired with the first `max_bucket` documents (by
    reference), so a bucket of n documents gives at most n*max_bucket pairs and never a
    quadratic blow-up on boilerplate; a bucket up to `max_bucket` gets all its pairs. Pairs of
    two documents from earlier releases are dropped (those were deduplicated when published).
    Each pair is oriented x < y and listed once.
    """
    empty = pa.table({"xb": pa.array([], pa.uint64()), "xr": pa.array([], pa.uint32()),
                      "yb": pa.array([], pa.uint64()), "yr": pa.array([], pa.uint32())})
    if len(keys) < 2:
        return empty
    order = np.lexsort((r, b, keys))
    keys, b, r, old = keys[order], b[order], r[order], old[order]
    boundaries = np.flatnonzero(keys[1:] != keys[:-1]) + 1
    starts = np.concatenate([[0], boundaries])
    sizes = np.diff(np.concatenate([starts, [len(keys)]]))
    group_start = np.repeat(starts, sizes)
    group_end = group_start + np.repeat(sizes, sizes)
    position = np.arange(len(keys))
    # Element p pairs with every later q in its bucket when p is among the first max_bucket.
    counts = np.where(position - group_start < max_bucket, group_end - 1 - position, 0)
    total = int(counts.sum())
    if total == 0:
        return empty
    left = np.repeat(position, counts)
    right = left + 1 + (np.arange(total) - np.repeat(np.cumsum(counts) - counts, counts))
    keep = ~(old[left] & old[right]) & ~((b[left] == b[right]) & (r[left] == r[right]))
    left, right = left[keep], right[keep]
    frame = pl.DataFrame({"xb": b[left], "xr": r[left], "yb": b[right], "yr": r[right]}).unique(maintain_order=False)
    return frame.sort(["xb", "xr", "yb", "yr"]).to_arrow()


def components(x: np.ndarray, y: np.ndarray, nodes: int) -> np.ndarray:
    """Connected components of the graph on `nodes` dense nodes with edges (x[i], y[i]): each
    node's label is the smallest node of its component. Vectorised min-label propagation with
    pointer jumping; the number of passes grows with log of the component diameter."""
    labels = np.arange(nodes, dtype=np.int64)
    if len(x) == 0:
        return labels
    while True:
        lx, ly = labels[x], labels[y]
        low = np.minimum(lx, ly)
        before = labels.copy()
        np.minimum.at(labels, lx, low)
        np.minimum.at(labels, ly, low)
        while True:  # pointer jumping: every node points at its root
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        if np.array_equal(labels, before):
            return labels


def edge_nodes(edges: pl.DataFrame) -> pl.DataFrame:
    """One row per document of the verified edges: b, r, id, rank, old, release and its best
    verified similarity."""
    sides = []
    for side in ("x", "y"):
        sides.append(
            edges.select(
                pl.col(f"{side}b").alias("b"), pl.col(f"{side}r").alias("r"), pl.col(f"{side}_id").alias("id"),
                pl.col(f"{side}_rank").alias("rank"), pl.col(f"{side}_old").alias("old"),
                pl.col(f"{side}_release").alias("release"), pl.col("similarity"),
            )
        )
    return (
        pl.concat(sides)
        .group_by(["b", "r"])
        .agg(pl.col("id").first(), pl.col("rank").first(), pl.col("old").first(), pl.col("release").first(),
             pl.col("similarity").max())
        .sort(["b", "r"])
    )


def decide(nodes: pl.DataFrame, component: list[str]) -> tuple[pa.Table, dict]:
    """The keep decision for whole clusters: `nodes` (see `edge_nodes`) with `component`
    columns naming each node's cluster. Returns the removal table and cluster statistics.

    In each cluster the kept document is the first by: from an earlier release (those are
    already published, so they always win), then rank (smaller first; the keep rule made it),
    then id, then reference. `_cluster` is the smallest id of the cluster, whatever the keep rule.
    """
    ordered = nodes.sort(
        [pl.col("old").not_(), pl.col("rank").fill_null(float("inf")), pl.col("id"), pl.col("b"), pl.col("r")],
        nulls_last=True,
    )
    winners = ordered.group_by(component, maintain_order=True).agg(
        pl.col("id").first().alias("_duplicate_of"),
        pl.col("b").first().alias("kept_b"),
        pl.col("r").first().alias("kept_r"),
        pl.col("release").first().alias("kept_release"),
        pl.col("id").min().alias("_cluster"),
        pl.len().alias("size"),
        pl.col("old").not_().sum().alias("new_members"),
    )
    nodes = nodes.join(winners, on=component, how="left")
    removed = nodes.filter(pl.col("old").not_() & ((pl.col("b") != pl.col("kept_b")) | (pl.col("r") != pl.col("kept_r"))))
    reason = (
        pl.when(pl.col("kept_release").is_null())
        .then(pl.lit("near duplicate"))
        .otherwise(pl.lit("near duplicate of release ") + pl.col("kept_release"))
    )
    removed = removed.select(
        "b", "r", "_duplicate_of", "_cluster", pl.col("similarity").alias("_similarity"), reason.alias("_reason")
    ).sort(["b", "r"])
    histogram = winners.group_by("size").agg(pl.len().alias("clusters")).sort("size")
    stats = {
        "clusters": winners.height,
        "docs_in_clusters": int(winners.get_column("new_members").sum()),
        "cluster_size_histogram": {str(s): int(c) for s, c in histogram.iter_rows()},
        "removed_against_releases": int(removed.filter(pl.col("_reason") != "near duplicate").height),
    }
    return removed.to_arrow(), stats


def resolve(edges: pa.Table, label: str) -> tuple[pa.Table, dict]:
    """Clusters and the keep decision from all verified edges at once (one worker).

    `edges` has one row per verified pair: xb, xr, yb, yr, x_id, y_id, x_rank, y_rank, x_old,
    y_old, x_release, y_release, similarity. Returns the removal table (b, r, `_duplicate_of`,
    `_cluster`, `_similarity`, `_reason`) for documents of this run, and cluster statistics.
    """
    frame = pl.from_arrow(edges)
    assert isinstance(frame, pl.DataFrame)
    nodes = edge_nodes(frame).with_row_index("node")
    lookup = nodes.select("b", "r", "node")
    ends = []
    for side in ("x", "y"):
        ends.append(
            frame.select(pl.col(f"{side}b").alias("b"), pl.col(f"{side}r").alias("r"))
            .join(lookup, on=["b", "r"], how="left", maintain_order="left")
            .get_column("node").to_numpy()
        )
    labels = components(ends[0].astype(np.int64), ends[1].astype(np.int64), nodes.height)
    return decide(nodes.with_columns(pl.Series("component", labels)), ["component"])


# --- connected components in rounds over partitions (see stage.py, `component_rounds`) ------

def node_partition(b: pl.Expr | str, r: pl.Expr | str, partitions: int) -> pl.Expr:
    """Stable partition of a document reference (the same in every process)."""
    b = pl.col(b) if isinstance(b, str) else b
    r = pl.col(r) if isinstance(r, str) else r
    mixed = (b.cast(pl.UInt64) ^ (r.cast(pl.UInt64) * pl.lit(0x9E3779B97F4A7C15, pl.UInt64))) % pl.lit(partitions, pl.UInt64)
    return mixed.cast(pl.Int64)


def merge_nodes(frame: pl.DataFrame) -> pl.DataFrame:
    """`edge_nodes` rows of the same document from several batches, merged."""
    return (
        frame.group_by(["b", "r"])
        .agg(pl.col("id").first(), pl.col("rank").first(), pl.col("old").first(), pl.col("release").first(),
             pl.col("similarity").max())
        .sort(["b", "r"])
    )


def lexmin(frame: pl.DataFrame) -> pl.DataFrame:
    """One row per node (b, r) with its smallest label (lb, lr)."""
    return frame.sort(["b", "r", "lb", "lr"]).group_by(["b", "r"], maintain_order=True).first()


def attach_labels(edges: pl.DataFrame, labels: pl.DataFrame, side: str) -> pl.DataFrame:
    """Edges (xb, xr, yb, yr, ...) with the current label of their `side` end."""
    renamed = labels.select(
        pl.col("b").alias(f"{side}b"), pl.col("r").alias(f"{side}r"),
        pl.col("lb").alias(f"l{side}b"), pl.col("lr").alias(f"l{side}r"),
    )
    return edges.drop([c for c in (f"l{side}b", f"l{side}r") if c in edges.columns]).join(
        renamed, on=[f"{side}b", f"{side}r"], how="left"
    )


def label_messages(edges: pl.DataFrame) -> pl.DataFrame:
    """One round of min-label propagation: each end of an edge receives the smaller label."""
    x_smaller = (pl.col("lxb") < pl.col("lyb")) | ((pl.col("lxb") == pl.col("lyb")) & (pl.col("lxr") <= pl.col("lyr")))
    low_b = pl.when(x_smaller).then(pl.col("lxb")).otherwise(pl.col("lyb")).alias("lb")
    low_r = pl.when(x_smaller).then(pl.col("lxr")).otherwise(pl.col("lyr")).alias("lr")
    return pl.concat(
        [
            edges.select(pl.col("xb").alias("b"), pl.col("xr").alias("r"), low_b, low_r),
            edges.select(pl.col("yb").alias("b"), pl.col("yr").alias("r"), low_b, low_r),
        ]
    )


def residual_roots(pairs: pl.DataFrame) -> pl.DataFrame:
    """Components of the label graph left after the rounds (edges whose ends still carry
    different labels): maps each such label (lb, lr) to its root, the smallest label (rb, rr)."""
    ends = pl.concat(
        [pairs.select(pl.col("lxb").alias("lb"), pl.col("lxr").alias("lr")),
         pairs.select(pl.col("lyb").alias("lb"), pl.col("lyr").alias("lr"))]
    ).unique().sort(["lb", "lr"]).with_row_index("node")
    x = pairs.join(ends, left_on=["lxb", "lxr"], right_on=["lb", "lr"], how="left", maintain_order="left")
    y = pairs.join(ends, left_on=["lyb", "lyr"], right_on=["lb", "lr"], how="left", maintain_order="left")
    x, y = x.get_column("node").to_numpy(), y.get_column("node").to_numpy()
    roots = components(x.astype(np.int64), y.astype(np.int64), ends.height)  # smallest index = smallest label
    root_frame = ends.select(pl.col("lb").alias("rb"), pl.col("lr").alias("rr"))[roots]
    return ends.select("lb", "lr").with_columns(root_frame.get_column("rb"), root_frame.get_column("rr"))
