"""The near-dedup index of a release: what later runs need to deduplicate against it.

Layout (format `datalab-near-dedup-index-v1`), beside the shards of a committed output:

    OUT/near_dedup_index/part-<batch key, 16 hex>.parquet
        id          string                       id of a KEPT document of this release
        signature   fixed_size_list<uint32>[P]   its MinHash signature (datasketch affine32)
        shingles    int32                        its number of shingles

and `manifest.json` → `extensions.<step label>`:

    {"format": "datalab-near-dedup-index-v1", "path": "near_dedup_index/", "rows": N,
     "files": K, "num_perm": P, "seed": S, "scheme": "affine32", "hash": "datalab-shingle-v1",
     "shingle": "word", "ngram": 5, "threshold": 0.8, "bands": B, "rows_per_band": R,
     "against": [...]}

Band keys are not stored: they are recomputed from the signatures, so a later run may use other
bands/rows (or another threshold) as long as num_perm, seed, shingle, ngram and hash agree.
Each row's signature is exactly `datasketch.LeanMinHash(seed=S, hashvalues=signature,
scheme="affine32")`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import fsspec
import pyarrow as pa

from datalab.errors import SpecError

INDEX_FORMAT = "datalab-near-dedup-index-v1"
INDEX_DIR = "near_dedup_index"
COMPATIBILITY_KEYS = ("num_perm", "seed", "scheme", "hash", "shingle", "ngram")


def index_schema(num_perm: int) -> pa.Schema:
    return pa.schema(
        [
            pa.field("id", pa.string()),
            pa.field("signature", pa.list_(pa.uint32(), num_perm)),
            pa.field("shingles", pa.int32()),
        ]
    )


@dataclass(frozen=True)
class ReleaseIndex:
    """One earlier release's index: its folder, its parameters and its index files."""

    release: str
    params: dict[str, Any]
    files: list[str]


def find_index(release: str) -> ReleaseIndex:
    """Read `release/manifest.json` and locate its near-dedup index (clear errors otherwise)."""
    release = release.rstrip("/")
    fs, root = fsspec.core.url_to_fs(release)
    manifest_path = f"{root}/manifest.json"
    if not fs.exists(manifest_path):
        msg = (
            f"--against {release}: no manifest.json there. Give the folder of a committed Datalab "
            "output (a release), not a shard or a staging folder."
        )
        raise SpecError(msg)
    with fs.open(manifest_path, "r") as handle:
        manifest = json.load(handle)
    entries = [e for e in manifest.get("extensions", {}).values() if isinstance(e, dict) and e.get("format") == INDEX_FORMAT]
    if not entries:
        msg = (
            f"--against {release}: this release has no near-dedup index. Re-run near_dedup on it "
            "with write_index: true (the default) to create one."
        )
        raise SpecError(msg)
    params = entries[-1]
    files = sorted(fs.glob(f"{root}/{params['path'].rstrip('/')}/*.parquet"))
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    urls = [f if protocol in ("file", "local") else f"{protocol}://{f}" for f in files]
    return ReleaseIndex(release=release, params=params, files=urls)


def check_compatible(index: ReleaseIndex, expected: dict[str, Any]) -> None:
    """Signatures are comparable only when made the same way: say what differs and how to fix it."""
    wrong = {k: (index.params.get(k), expected[k]) for k in COMPATIBILITY_KEYS if index.params.get(k) != expected[k]}
    if wrong:
        details = ", ".join(f"{k}: release has {a!r}, this run {b!r}" for k, (a, b) in wrong.items())
        msg = (
            f"--against {index.release}: its near-dedup index was made with other settings ({details}). "
            "Run with the release's settings so signatures are comparable."
        )
        raise SpecError(msg)
