"""Open a Datalab dataset or release by its manifest and stream it as Arrow.

This module is what a training job imports: it needs only pyarrow and fsspec (no Beam, no
pipeline code). A dataset is any folder with a `manifest.json` (see docs/output-layout.md);
a release root `ROOT/NAME` resolves to its newest committed version `ROOT/NAME/vN`.

    >>> ds = open_dataset("s3://lab/releases/news/v3", storage_options={...})
    >>> ds.verify()                                    # sha256 of every shard, on demand
    >>> for batch in ds.iter_batches(columns=["text"], filter=pc.field("lang") == "fr"):
    ...     ...

Shards are read through `pyarrow.dataset` fragments, so a projection reads only the named
columns and a filter is pushed down to row-group statistics where it can be.
"""

from __future__ import annotations

import base64
import hashlib
import json
import posixpath
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import fsspec
import pyarrow as pa
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from datalab.errors import SourceError, TerminalError

if TYPE_CHECKING:
    import pyarrow.compute as pc

MANIFEST = "manifest.json"
VERSION_DIR = re.compile(r"^v(\d+)$")
_HASH_CHUNK = 8 * 1024 * 1024

__all__ = [
    "MANIFEST",
    "DatalabDataset",
    "IntegrityError",
    "ReadUnit",
    "Shard",
    "ShardMismatch",
    "open_dataset",
    "resolve_version_dirs",
]


class IntegrityError(TerminalError):
    """A shard's bytes do not match the sha256 or size the manifest recorded for it."""

    def __init__(self, message: str, mismatches: list[ShardMismatch]) -> None:
        super().__init__(message)
        self.mismatches = mismatches


@dataclass(frozen=True)
class Shard:
    """One shard as the manifest lists it; `url` is its full path on the dataset's filesystem."""

    index: int
    path: str
    url: str
    rows: int
    bytes: int
    sha256: str | None


@dataclass(frozen=True)
class ShardMismatch:
    """What `verify` found wrong with one shard."""

    path: str
    problem: str
    """`missing`, `size` or `sha256`."""
    expected: str
    actual: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem} expected {self.expected}, found {self.actual}"


@dataclass(frozen=True)
class ReadUnit:
    """The smallest piece readers hand out: one Parquet row group, or a whole shard."""

    shard: int
    row_group: int | None
    rows: int


def _strip_protocol(fs: fsspec.AbstractFileSystem, url: str) -> str:
    path = fs._strip_protocol(url)  # noqa: SLF001 - fsspec's own normaliser
    return path if isinstance(path, str) else path[0]


def resolve_version_dirs(fs: fsspec.AbstractFileSystem, root: str) -> list[tuple[int, str]]:
    """The committed versions below a release root, as sorted `(N, path)` pairs.

    A version counts only once its `manifest.json` exists (the commit marker).
    """
    try:
        entries = fs.ls(root, detail=True)
    except FileNotFoundError:
        return []
    found = []
    for entry in entries:
        if entry.get("type") != "directory":
            continue
        name = posixpath.basename(entry["name"].rstrip("/"))
        match = VERSION_DIR.match(name)
        if match and fs.exists(posixpath.join(entry["name"], MANIFEST)):
            found.append((int(match.group(1)), entry["name"].rstrip("/")))
    return sorted(found)


def open_dataset(
    url: str,
    *,
    storage_options: dict[str, Any] | None = None,
    filesystem: fsspec.AbstractFileSystem | None = None,
    verify: bool = False,
) -> DatalabDataset:
    """Open a dataset folder, its `manifest.json`, or a release root (its newest version).

    `url` is a local path or any fsspec URL (`s3://`, `gs://`, `https://`, ...);
    `storage_options` go to fsspec (e.g. `{"endpoint_url": ..., "key": ...}` for S3).
    With `verify=True` every shard's size and sha256 are checked before this returns.
    """
    if filesystem is None:
        filesystem, path = fsspec.core.url_to_fs(url, **(storage_options or {}))
    else:
        path = _strip_protocol(filesystem, url)
    path = path.rstrip("/") or "/"
    if path.endswith("/" + MANIFEST) or path == MANIFEST:
        manifest_path, root = path, posixpath.dirname(path)
    else:
        root = path
        manifest_path = posixpath.join(root, MANIFEST)
        if not filesystem.exists(manifest_path):
            versions = resolve_version_dirs(filesystem, root)
            if not versions:
                msg = (
                    f"{url} holds no manifest.json and no committed release version (v1, v2, ...): "
                    "point at a dataset folder written by `datalab run` or at a release root "
                    "`RELEASE_ROOT/NAME`; a folder without manifest.json is an unfinished run."
                )
                raise SourceError(msg)
            root = versions[-1][1]
            manifest_path = posixpath.join(root, MANIFEST)
    try:
        with filesystem.open(manifest_path, "rb") as handle:
            manifest = json.load(handle)
    except FileNotFoundError as exc:
        msg = f"{manifest_path} does not exist: the dataset was never committed or the URL is wrong."
        raise SourceError(msg) from exc
    except json.JSONDecodeError as exc:
        msg = f"{manifest_path} is not valid JSON ({exc}); the dataset folder is damaged."
        raise SourceError(msg) from exc
    dataset = DatalabDataset(filesystem, root, manifest)
    if verify:
        dataset.verify()
    return dataset


def _decode_schema(manifest: dict[str, Any]) -> pa.Schema | None:
    encoded = (manifest.get("schema") or {}).get("arrow")
    if not encoded:
        return None
    try:
        return pa.ipc.read_schema(pa.py_buffer(base64.b64decode(encoded)))
    except (ValueError, pa.ArrowException):
        return None


class DatalabDataset:
    """A committed dataset: its manifest, shards, schema, and ways to stream it."""

    def __init__(self, fs: fsspec.AbstractFileSystem, root: str, manifest: dict[str, Any]) -> None:
        if manifest.get("format_version") != 1:
            msg = (
                f"{root}/manifest.json has format_version {manifest.get('format_version')!r}; "
                "this reader understands version 1. Upgrade datalab to read it."
            )
            raise SourceError(msg)
        self.fs = fs
        self.root = root
        self.manifest = manifest
        self.format = manifest.get("format", "parquet")
        self.shards = [
            Shard(
                index=i,
                path=entry["path"],
                url=posixpath.join(root, entry["path"]),
                rows=int(entry.get("rows", 0)),
                bytes=int(entry.get("bytes", 0)),
                sha256=entry.get("sha256"),
            )
            for i, entry in enumerate(manifest.get("shards", []))
        ]
        self._schema = _decode_schema(manifest)
        self._verified: set[int] = set()
        self._row_groups: dict[int, list[int]] = {}
        self._pa_fs: pa.fs.FileSystem | None = None

    # -- description -------------------------------------------------------------------------

    def __repr__(self) -> str:
        return f"DatalabDataset({self.url!r}, rows={self.num_rows}, shards={len(self.shards)})"

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_pa_fs"] = None  # rebuilt lazily: pyarrow wrappers of fsspec do not pickle
        return state

    @property
    def url(self) -> str:
        """The dataset folder as a URL with its protocol (usable by pyarrow, polars, duckdb)."""
        return self.fs.unstrip_protocol(self.root)

    @property
    def name(self) -> str | None:
        return self.manifest.get("name")

    @property
    def num_rows(self) -> int:
        return int(self.manifest.get("rows", sum(s.rows for s in self.shards)))

    @property
    def files(self) -> list[str]:
        """Shard URLs with protocol, e.g. for `datasets.load_dataset("parquet", data_files=...)`."""
        return [self.fs.unstrip_protocol(s.url) for s in self.shards]

    @property
    def schema(self) -> pa.Schema:
        """The Arrow schema (from the manifest, else from the first shard's footer)."""
        if self._schema is None:
            if not self.shards:
                self._schema = pa.schema([])
            else:
                self._schema = self._fragment(ReadUnit(0, None, 0)).physical_schema
        return self._schema

    @property
    def columns(self) -> list[str]:
        return list(self.schema.names)

    # -- integrity ---------------------------------------------------------------------------

    def verify(
        self, shards: Iterable[int] | None = None, *, raise_on_error: bool = True
    ) -> list[ShardMismatch]:
        """Check size and sha256 of shards (all by default) against the manifest.

        Raises `IntegrityError` listing every mismatch unless `raise_on_error=False`, in which
        case the mismatches are returned. Shards that pass are remembered and not hashed again.
        """
        mismatches = []
        for index in range(len(self.shards)) if shards is None else shards:
            if index in self._verified:
                continue
            problem = self._check_shard(self.shards[index])
            if problem is None:
                self._verified.add(index)
            else:
                mismatches.append(problem)
        if mismatches and raise_on_error:
            listing = "; ".join(str(m) for m in mismatches)
            msg = (
                f"{len(mismatches)} shard(s) of {self.url} do not match the manifest ({listing}). "
                "The copy is corrupt or was modified after commit: copy the dataset again from "
                "its source, or re-publish the release."
            )
            raise IntegrityError(msg, mismatches)
        return mismatches

    def _check_shard(self, shard: Shard) -> ShardMismatch | None:
        digest = hashlib.sha256()
        size = 0
        try:
            with self.fs.open(shard.url, "rb") as handle:
                while chunk := handle.read(_HASH_CHUNK):
                    digest.update(chunk)
                    size += len(chunk)
        except FileNotFoundError:
            return ShardMismatch(shard.path, "missing", "a file", "nothing")
        if shard.bytes and size != shard.bytes:
            return ShardMismatch(shard.path, "size", f"{shard.bytes} bytes", f"{size} bytes")
        if shard.sha256 and digest.hexdigest() != shard.sha256:
            return ShardMismatch(shard.path, "sha256", shard.sha256, digest.hexdigest())
        return None

    # -- planning ----------------------------------------------------------------------------

    def row_groups(self, shard: int) -> list[int]:
        """Row counts of a Parquet shard's row groups (read from its footer once)."""
        if shard not in self._row_groups:
            meta = pq.read_metadata(self.shards[shard].url, filesystem=self._pyarrow_fs())
            self._row_groups[shard] = [meta.row_group(i).num_rows for i in range(meta.num_row_groups)]
        return self._row_groups[shard]

    def units(self, *, split: str = "row_group") -> list[ReadUnit]:
        """Work units in manifest order: one per row group (`split="row_group"`, Parquet only)
        or one per shard (`split="shard"`). Row groups balance work across many readers."""
        if split not in {"row_group", "shard"}:
            msg = f"split must be 'row_group' or 'shard', not {split!r}."
            raise ValueError(msg)
        if split == "shard" or self.format != "parquet":
            return [ReadUnit(s.index, None, s.rows) for s in self.shards]
        todo = [s.index for s in self.shards if s.index not in self._row_groups]
        if len(todo) > 1 and not self._is_local():
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=16) as pool:  # footers of remote shards
                list(pool.map(self.row_groups, todo))
        return [
            ReadUnit(s.index, rg, rows)
            for s in self.shards
            for rg, rows in enumerate(self.row_groups(s.index))
        ]

    def count_rows(self, units: Iterable[ReadUnit], filter: pc.Expression | None = None) -> list[int]:
        """Rows of each unit, after `filter` if given (reads only the filter's columns)."""
        if filter is None:
            return [u.rows for u in units]
        return [self._fragment(u).count_rows(filter=filter) for u in units]

    # -- reading -----------------------------------------------------------------------------

    def _is_local(self) -> bool:
        from fsspec.implementations.local import LocalFileSystem

        return isinstance(self.fs, LocalFileSystem)

    def _pyarrow_fs(self) -> pa.fs.FileSystem:
        if self._pa_fs is None:
            from pyarrow import fs as pafs

            if self._is_local():
                self._pa_fs = pafs.LocalFileSystem()
            else:
                self._pa_fs = pafs.PyFileSystem(pafs.FSSpecHandler(self.fs))
        return self._pa_fs

    def _fragment(self, unit: ReadUnit) -> pads.Fragment:
        shard = self.shards[unit.shard]
        if self.format == "parquet":
            row_groups = None if unit.row_group is None else [unit.row_group]
            return pads.ParquetFileFormat().make_fragment(
                shard.url, filesystem=self._pyarrow_fs(), row_groups=row_groups
            )
        return pads.IpcFileFormat().make_fragment(shard.url, filesystem=self._pyarrow_fs())

    def _check_columns(self, columns: list[str] | None) -> None:
        if columns is None:
            return
        unknown = [c for c in columns if c not in self.schema.names]
        if unknown:
            msg = f"unknown column(s) {unknown} in {self.url}; the dataset has {self.schema.names}."
            raise KeyError(msg)

    def iter_unit(
        self,
        unit: ReadUnit,
        *,
        columns: list[str] | None = None,
        filter: pc.Expression | None = None,
        batch_size: int = 65_536,
        verify: bool = False,
    ) -> Iterator[pa.RecordBatch]:
        """Arrow batches of one unit, projected to `columns` and filtered by `filter`."""
        if verify:
            self.verify([unit.shard])
        scanner = pads.Scanner.from_fragment(
            self._fragment(unit), columns=columns, filter=filter, batch_size=batch_size
        )
        for batch in scanner.to_batches():
            if batch.num_rows:
                yield batch

    def iter_batches(
        self,
        *,
        columns: list[str] | None = None,
        filter: pc.Expression | None = None,
        batch_size: int = 65_536,
        verify: bool = False,
        units: Iterable[ReadUnit] | None = None,
    ) -> Iterator[pa.RecordBatch]:
        """Arrow record batches of the whole dataset (or of `units`), in manifest order.

        `columns` projects (the filter may use columns outside the projection); `filter` is a
        `pyarrow.compute` expression, e.g. `pc.field("lang") == "fr"`; `verify=True` checks
        each shard's sha256 just before its first read.
        """
        self._check_columns(columns)
        for unit in self.units(split="shard") if units is None else units:
            yield from self.iter_unit(
                unit, columns=columns, filter=filter, batch_size=batch_size, verify=verify
            )

    def iter_rows(self, **kwargs: Any) -> Iterator[dict[str, Any]]:
        """Rows as dicts (same arguments as `iter_batches`)."""
        for batch in self.iter_batches(**kwargs):
            yield from batch.to_pylist()

    def to_table(self, **kwargs: Any) -> pa.Table:
        """The whole dataset (or a projection/filter of it) as one Arrow table."""
        batches = list(self.iter_batches(**kwargs))
        if batches:
            return pa.Table.from_batches(batches)
        columns = kwargs.get("columns")
        schema = self.schema if columns is None else pa.schema([self.schema.field(c) for c in columns])
        return schema.empty_table()

    def to_pyarrow_dataset(self) -> pads.Dataset:
        """A `pyarrow.dataset.Dataset` over exactly the manifest's shards (nothing else in the
        folder: removed/ and quarantine/ rows are not training data)."""
        fmt = "parquet" if self.format == "parquet" else "ipc"
        return pads.dataset(
            [s.url for s in self.shards], format=fmt, filesystem=self._pyarrow_fs()
        )
