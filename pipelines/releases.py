"""Release folders: numbered, immutable copies of committed datasets that trainers consume.

Layout (local path or any fsspec URL):

    RELEASE_ROOT/NAME/v1/        a committed dataset (shards, manifest.json, reports/, ...)
                                 plus card files (README.md, croissant.json, dcat.jsonld,
                                 ai_act_summary.md/.json) and release.json
    RELEASE_ROOT/NAME/v2/ ...

`release.json` records the version, the source it was published from, and the sha256 of every
file of the version (manifest included), so `check_release` detects any later modification.
`manifest.json` is written last, as for every Datalab dataset: a version without it is an
unfinished publication and is never listed or read.

A version is written once. Locally the files are copied into a hidden staging folder beside
the versions and renamed into place: the rename fails if another publisher took the number,
and the next free number is tried. On object stores (no atomic rename) the files are copied
into `vN/` and the manifest is written last after checking that no other publisher committed
`vN` meanwhile.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import posixpath
import uuid
from dataclasses import dataclass
from typing import Any

import fsspec
import pyarrow as pa
import pyarrow.compute as pc

from datalab.errors import OutputExists, SourceError, TerminalError
from datalab.reader import MANIFEST, VERSION_DIR, open_dataset, resolve_version_dirs

RELEASE_FILE = "release.json"
RELEASE_FORMAT = 1
_CHUNK = 8 * 1024 * 1024

__all__ = [
    "ReleaseCorrupt",
    "ReleaseExists",
    "ReleaseVersion",
    "check_release",
    "diff_versions",
    "list_versions",
    "open_release",
    "publish_release",
    "show_version",
    "split_release_url",
]


class ReleaseExists(OutputExists):
    """The release version is already committed: versions are immutable."""


class ReleaseCorrupt(TerminalError):
    """A committed release version no longer matches the sha256 sums recorded at publication."""


@dataclass(frozen=True)
class ReleaseVersion:
    """One committed version of a release."""

    version: int
    path: str
    url: str
    rows: int
    bytes: int
    shards: int
    run_id: str | None
    published_at: str | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "version": f"v{self.version}",
            "url": self.url,
            "rows": self.rows,
            "bytes": self.bytes,
            "shards": self.shards,
            "run_id": self.run_id,
            "published_at": self.published_at,
        }


def split_release_url(
    url: str, storage_options: dict[str, Any] | None = None
) -> tuple[fsspec.AbstractFileSystem, str, int | None]:
    """`ROOT/NAME`, `ROOT/NAME/vN` or `ROOT/NAME@vN` -> (fs, release folder path, N or None)."""
    version = None
    base = url.rstrip("/")
    if "@" in posixpath.basename(base):
        base, _, tag = base.rpartition("@")
        version = _parse_version(tag)
    elif VERSION_DIR.match(posixpath.basename(base)):
        version = _parse_version(posixpath.basename(base))
        base = posixpath.dirname(base)
    fs, path = fsspec.core.url_to_fs(base, **(storage_options or {}))
    return fs, path.rstrip("/"), version


def _parse_version(tag: str) -> int:
    match = VERSION_DIR.match(tag) or (tag.isdigit() and VERSION_DIR.match(f"v{tag}"))
    if not match:
        msg = f"{tag!r} is not a release version: write it as v1, v2, ..."
        raise SourceError(msg)
    return int(match.group(1))


def _read_json(fs: fsspec.AbstractFileSystem, path: str) -> dict[str, Any] | None:
    try:
        with fs.open(path, "rb") as handle:
            return json.load(handle)
    except FileNotFoundError:
        return None


def list_versions(
    release: str, *, storage_options: dict[str, Any] | None = None
) -> list[ReleaseVersion]:
    """Committed versions of `ROOT/NAME`, oldest first."""
    fs, path, _ = split_release_url(release, storage_options)
    versions = []
    for number, vpath in resolve_version_dirs(fs, path):
        manifest = _read_json(fs, posixpath.join(vpath, MANIFEST)) or {}
        info = _read_json(fs, posixpath.join(vpath, RELEASE_FILE)) or {}
        versions.append(
            ReleaseVersion(
                version=number,
                path=vpath,
                url=fs.unstrip_protocol(vpath),
                rows=int(manifest.get("rows", 0)),
                bytes=int(manifest.get("bytes", 0)),
                shards=len(manifest.get("shards", [])),
                run_id=manifest.get("run_id"),
                published_at=info.get("published_at"),
            )
        )
    return versions


def _version_path(
    release: str, version: int | None, storage_options: dict[str, Any] | None
) -> tuple[fsspec.AbstractFileSystem, str, int]:
    fs, path, from_url = split_release_url(release, storage_options)
    wanted = version if version is not None else from_url
    found = dict(resolve_version_dirs(fs, path))
    if not found:
        msg = f"{release} has no committed version; publish one with `datalab run --release`."
        raise SourceError(msg)
    if wanted is None:
        wanted = max(found)
    if wanted not in found:
        listing = ", ".join(f"v{n}" for n in sorted(found))
        msg = f"{release} has no version v{wanted}; committed versions: {listing}."
        raise SourceError(msg)
    return fs, found[wanted], wanted


def open_release(
    release: str, version: int | None = None, *, storage_options: dict[str, Any] | None = None
):
    """The `DatalabDataset` of a version (newest by default)."""
    fs, vpath, _ = _version_path(release, version, storage_options)
    return open_dataset(vpath, filesystem=fs)


# -- publication ----------------------------------------------------------------------------


def _copy_file(
    src_fs: fsspec.AbstractFileSystem, src: str, dst_fs: fsspec.AbstractFileSystem, dst: str
) -> str:
    digest = hashlib.sha256()
    with src_fs.open(src, "rb") as reader, dst_fs.open(dst, "wb") as writer:
        while chunk := reader.read(_CHUNK):
            digest.update(chunk)
            writer.write(chunk)
    return digest.hexdigest()


def _sha256(fs: fsspec.AbstractFileSystem, path: str) -> str:
    digest = hashlib.sha256()
    with fs.open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _is_local(fs: fsspec.AbstractFileSystem) -> bool:
    from fsspec.implementations.local import LocalFileSystem

    return isinstance(fs, LocalFileSystem)


STEWARD_ONLY = ("removed/", "quarantine/")
"""Folders a release leaves out: they hold rows as they were before later steps (anonymisation
among them) and are for the data steward of the run, not for the trainers a release serves."""


def _relative_files(fs: fsspec.AbstractFileSystem, root: str) -> list[str]:
    files = fs.find(root, withdirs=False)
    out = []
    for full in files:
        rel = posixpath.relpath(fs._strip_protocol(full), root)  # noqa: SLF001
        if rel.startswith(("_staging/", ".")) or "/." in rel or ".datalab-tmp-" in rel:
            continue
        out.append(rel)
    return sorted(out)


def publish_release(
    source: str,
    root: str,
    name: str,
    *,
    version: int | None = None,
    storage_options: dict[str, Any] | None = None,
    source_storage_options: dict[str, Any] | None = None,
    cards: bool = True,
    now: dt.datetime | None = None,
) -> str:
    """Publish the committed dataset at `source` as the next version of `root/name`.

    `source` is a dataset folder with its `manifest.json` (a committed `datalab run` output, or
    the run's staging folder once the manifest is written there). Every file of the dataset is
    copied; shard sha256 sums are re-computed while copying and must match the manifest. Card
    files (dataset card, Croissant, DCAT-AP, AI Act summary) are generated for the version,
    `release.json` records all file sums, and `manifest.json` is written last. Returns the URL
    of the new version folder (`root/name/vN`).

    `version` asks for a specific number; it is refused if already committed (`ReleaseExists`).
    """
    dataset = open_dataset(source, storage_options=source_storage_options)
    src_fs, src_root, manifest = dataset.fs, dataset.root, dataset.manifest
    if not name or "/" in name or name.startswith("."):
        msg = f"release name {name!r} must be one folder name (letters, digits, '-', '_')."
        raise SourceError(msg)
    dst_fs, root_path = fsspec.core.url_to_fs(root, **(storage_options or {}))
    release_dir = posixpath.join(root_path.rstrip("/"), name)
    dst_fs.makedirs(release_dir, exist_ok=True)
    files = [
        f
        for f in _relative_files(src_fs, src_root)
        if f not in (MANIFEST, RELEASE_FILE) and not f.startswith(STEWARD_ONLY)
    ]
    shard_sums = {s.path: s.sha256 for s in dataset.shards}
    missing = sorted(set(shard_sums) - set(files))
    if missing:
        msg = f"{source} lacks shard(s) its manifest lists: {missing}; the dataset is incomplete."
        raise SourceError(msg)

    attempts = 0
    while True:
        taken = [n for n, _ in resolve_version_dirs(dst_fs, release_dir)]
        number = version if version is not None else (max(taken) + 1 if taken else 1)
        if number in taken:
            msg = (
                f"{fs_url(dst_fs, release_dir)}/v{number} is already published and release "
                "versions are immutable; publish without a version to get the next number "
                f"(v{max(taken) + 1})."
            )
            raise ReleaseExists(msg)
        target = posixpath.join(release_dir, f"v{number}")
        local = _is_local(dst_fs)
        work = (
            posixpath.join(release_dir, f".v{number}.publishing-{uuid.uuid4().hex[:8]}")
            if local
            else target
        )
        if not local and dst_fs.exists(posixpath.join(target, MANIFEST)):
            attempts += 1
            continue
        try:
            url = _write_version(
                src_fs, src_root, dst_fs, work, target, files, shard_sums, manifest,
                name=name, number=number, source=dataset.url, cards=cards, now=now,
            )
        except _VersionTaken:
            attempts += 1
            if version is not None or attempts > 20:
                msg = f"{fs_url(dst_fs, target)} was published by someone else meanwhile."
                raise ReleaseExists(msg) from None
            continue
        return url


class _VersionTaken(Exception):
    pass


def fs_url(fs: fsspec.AbstractFileSystem, path: str) -> str:
    return path if _is_local(fs) else fs.unstrip_protocol(path)


def _write_version(
    src_fs, src_root, dst_fs, work, target, files, shard_sums, manifest, *,
    name, number, source, cards, now,
) -> str:
    local = _is_local(dst_fs)
    dst_fs.makedirs(work, exist_ok=True)
    try:
        sums: dict[str, str] = {}
        for rel in files:
            dst = posixpath.join(work, rel)
            dst_fs.makedirs(posixpath.dirname(dst), exist_ok=True)
            sums[rel] = _copy_file(src_fs, posixpath.join(src_root, rel), dst_fs, dst)
            expected = shard_sums.get(rel)
            if expected and sums[rel] != expected:
                msg = (
                    f"shard {rel} of {source} has sha256 {sums[rel]}, but its manifest says "
                    f"{expected}: the source changed after commit; nothing was published."
                )
                raise SourceError(msg)
        manifest_bytes = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
        published_at = (now or dt.datetime.now(dt.UTC)).strftime("%Y-%m-%dT%H:%M:%SZ")
        release_info = {
            "release_format": RELEASE_FORMAT,
            "name": name,
            "version": f"v{number}",
            "published_at": published_at,
            "source": source,
            "url": fs_url(dst_fs, target),
        }
        if cards:
            from pipelines.cards import write_cards

            for rel in write_cards(dst_fs, work, manifest, release=release_info):
                sums[rel] = _sha256(dst_fs, posixpath.join(work, rel))
        release_info["manifest_sha256"] = hashlib.sha256(manifest_bytes).hexdigest()
        release_info["files"] = dict(sorted(sums.items()))
        with dst_fs.open(posixpath.join(work, RELEASE_FILE), "wb") as handle:
            handle.write(json.dumps(release_info, indent=2).encode())
        if local:
            with dst_fs.open(posixpath.join(work, MANIFEST), "wb") as handle:
                handle.write(manifest_bytes)
            try:
                os.rename(work, target)  # fails when another publisher committed vN first
            except OSError as exc:
                raise _VersionTaken from exc
        else:
            if dst_fs.exists(posixpath.join(target, MANIFEST)):
                raise _VersionTaken
            with dst_fs.open(posixpath.join(target, MANIFEST), "wb") as handle:
                handle.write(manifest_bytes)
    except BaseException:
        if local and dst_fs.exists(work):
            dst_fs.rm(work, recursive=True)
        raise
    return fs_url(dst_fs, target)


# -- inspection -----------------------------------------------------------------------------


def check_release(
    release: str, version: int | None = None, *, storage_options: dict[str, Any] | None = None
) -> list[str]:
    """Problems with a committed version (empty list = intact): every file recorded in
    `release.json` and the manifest itself must still have the sha256 they had at publication,
    and no file may have been added."""
    fs, vpath, number = _version_path(release, version, storage_options)
    info = _read_json(fs, posixpath.join(vpath, RELEASE_FILE))
    if info is None:
        return [f"v{number}: release.json is missing; the version was not published by datalab."]
    problems = []
    if _sha256(fs, posixpath.join(vpath, MANIFEST)) != info.get("manifest_sha256"):
        problems.append(f"v{number}/manifest.json was modified after publication")
    recorded = info.get("files", {})
    present = set(_relative_files(fs, vpath)) - {MANIFEST, RELEASE_FILE}
    for rel in sorted(set(recorded) | present):
        if rel not in present:
            problems.append(f"v{number}/{rel} is missing")
        elif rel not in recorded:
            problems.append(f"v{number}/{rel} was added after publication")
        elif _sha256(fs, posixpath.join(vpath, rel)) != recorded[rel]:
            problems.append(f"v{number}/{rel} was modified after publication (sha256 differs)")
    return problems


def show_version(
    release: str, version: int | None = None, *, storage_options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A summary of one version: release info, counts, schema, sources, shards."""
    fs, vpath, number = _version_path(release, version, storage_options)
    manifest = _read_json(fs, posixpath.join(vpath, MANIFEST)) or {}
    info = _read_json(fs, posixpath.join(vpath, RELEASE_FILE)) or {}
    return {
        "version": f"v{number}",
        "url": fs_url(fs, vpath),
        "published_at": info.get("published_at"),
        "published_from": info.get("source"),
        "name": manifest.get("name"),
        "run_id": manifest.get("run_id"),
        "rows": manifest.get("rows"),
        "bytes": manifest.get("bytes"),
        "shards": [
            {k: s.get(k) for k in ("path", "rows", "bytes", "sha256")}
            for s in manifest.get("shards", [])
        ],
        "schema": (manifest.get("schema") or {}).get("fields", []),
        "sources": manifest.get("sources", []),
        "counts": manifest.get("counts", {}),
        "files": sorted(info.get("files", {})),
    }


def _ids(dataset, id_field: str) -> pa.Array:
    if id_field not in dataset.schema.names:
        msg = f"{dataset.url} has no id column {id_field!r}; diff needs the record id."
        raise SourceError(msg)
    column = dataset.to_table(columns=[id_field]).column(id_field).combine_chunks()
    return column.cast(pa.string()) if not pa.types.is_string(column.type) else column


def _schema_changes(old: list[dict], new: list[dict]) -> dict[str, Any]:
    before = {f["name"]: f for f in old if isinstance(f, dict)}
    after = {f["name"]: f for f in new if isinstance(f, dict)}
    changed = [
        {"name": name, "from": before[name].get("type"), "to": after[name].get("type")}
        for name in before.keys() & after.keys()
        if before[name].get("type") != after[name].get("type")
    ]
    return {
        "added": [after[n] for n in after if n not in before],
        "removed": [before[n] for n in before if n not in after],
        "type_changed": sorted(changed, key=lambda c: c["name"]),
    }


def _source_changes(old: list[dict], new: list[dict]) -> dict[str, Any]:
    def key(source: dict) -> str:
        return f"{source.get('connector')}:{source.get('dataset_id')}"

    before = {key(s): s for s in old}
    after = {key(s): s for s in new}
    changed = []
    for k in sorted(before.keys() & after.keys()):
        fields = {
            f: {"from": before[k].get(f), "to": after[k].get(f)}
            for f in sorted(set(before[k]) | set(after[k]))
            if before[k].get(f) != after[k].get(f)
        }
        if fields:
            changed.append({"source": k, "changes": fields})
    return {
        "added": [after[k] for k in sorted(after) if k not in before],
        "removed": [before[k] for k in sorted(before) if k not in after],
        "changed": changed,
    }


def diff_versions(
    release: str,
    old: int | None = None,
    new: int | None = None,
    *,
    storage_options: dict[str, Any] | None = None,
    sample: int = 20,
) -> dict[str, Any]:
    """What changed between two versions (default: the two newest): rows added and removed by
    id, schema fields added/removed/retyped, and sources added/removed/changed."""
    fs, path, _ = split_release_url(release, storage_options)
    numbers = [n for n, _ in resolve_version_dirs(fs, path)]
    if new is None:
        new = numbers[-1] if numbers else None
    if old is None:
        earlier = [n for n in numbers if new is not None and n < new]
        old = earlier[-1] if earlier else None
    if old is None or new is None:
        msg = f"{release} needs two committed versions to diff; it has {len(numbers)}."
        raise SourceError(msg)
    a = open_release(release, old, storage_options=storage_options)
    b = open_release(release, new, storage_options=storage_options)
    id_field = (b.manifest.get("record") or {}).get("id_field", "id")
    ids_a, ids_b = _ids(a, id_field), _ids(b, id_field)
    added = ids_b.filter(pc.invert(pc.is_in(ids_b, value_set=ids_a)))
    removed = ids_a.filter(pc.invert(pc.is_in(ids_a, value_set=ids_b)))
    return {
        "release": fs_url(fs, path),
        "from": f"v{old}",
        "to": f"v{new}",
        "rows": {
            "from": a.num_rows,
            "to": b.num_rows,
            "added": len(added),
            "removed": len(removed),
            "unchanged_ids": len(ids_b) - len(added),
            "added_sample": sorted(added.to_pylist())[:sample],
            "removed_sample": sorted(removed.to_pylist())[:sample],
        },
        "schema": _schema_changes(
            (a.manifest.get("schema") or {}).get("fields", []),
            (b.manifest.get("schema") or {}).get("fields", []),
        ),
        "sources": _source_changes(a.manifest.get("sources", []), b.manifest.get("sources", [])),
    }
