"""Where a run stages its output and how it commits it atomically, locally and on object stores.

Local: the run writes to `OUT.datalab-tmp-<run_id>` beside `OUT` and commits by renaming that
folder (one atomic step). Object stores have no rename: the run writes to
`OUT/_staging/<run_id>/`, then moves the files and writes `manifest.json` last, which is what
marks a dataset complete.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass

import fsspec
from fsspec.implementations.local import LocalFileSystem

from datalab.errors import OutputExists

MANIFEST = "manifest.json"
_TMP_MARK = ".datalab-tmp-"
_FAILED_MARK = ".failed-run-reports"
_OLD_MARK = ".datalab-old-"


@dataclass(frozen=True)
class OutputLocation:
    """The final output folder and the staging folder of one run."""

    fs: fsspec.AbstractFileSystem
    final: str
    staging: str
    protocol: str

    @property
    def is_local(self) -> bool:
        return isinstance(self.fs, LocalFileSystem)

    def url(self, path: str) -> str:
        """A path on this filesystem as a URL any fsspec call (and any worker) understands."""
        return path if self.is_local else f"{self.protocol}://{path}"


def prepare_output(url: str, run_id: str, *, overwrite: bool, storage_options: dict | None = None) -> OutputLocation:
    """Check the output location, clear stale staging of killed runs, and create this run's."""
    fs, final = fsspec.core.url_to_fs(url, **(storage_options or {}))
    final = final.rstrip("/")
    protocol = fs.protocol if isinstance(fs.protocol, str) else fs.protocol[0]
    if isinstance(fs, LocalFileSystem):
        parent, name = posixpath.split(final)
        fs.makedirs(parent or ".", exist_ok=True)
        for stale in fs.glob(f"{parent}/{name}{_TMP_MARK}*") + fs.glob(f"{parent}/{name}{_OLD_MARK}*"):
            fs.rm(stale, recursive=True)
        staging = f"{final}{_TMP_MARK}{run_id}"
    else:
        _remove_if_present(fs, f"{final}/_staging")
        staging = f"{final}/_staging/{run_id}"
    _refuse_existing(fs, final, overwrite=overwrite)
    fs.makedirs(staging, exist_ok=True)
    return OutputLocation(fs=fs, final=final, staging=staging, protocol=protocol)


def _refuse_existing(fs: fsspec.AbstractFileSystem, final: str, *, overwrite: bool) -> None:
    if overwrite or not fs.exists(final):
        return
    if fs.exists(f"{final}/{MANIFEST}"):
        msg = (
            f"{final} already holds a committed dataset; choose another output (-o) or pass "
            "--set output.overwrite=true to replace it"
        )
        raise OutputExists(msg)
    leftovers = [p for p in fs.ls(final, detail=False) if not posixpath.basename(p).startswith(("part-", "_staging"))]
    if isinstance(fs, LocalFileSystem) and leftovers:
        msg = f"{final} exists and is not a Datalab dataset; choose an empty or new output folder"
        raise OutputExists(msg)


def commit_output(location: OutputLocation) -> None:
    """Make the staged dataset the one at the final location; `manifest.json` must be staged."""
    fs, final, staging = location.fs, location.final, location.staging
    if location.is_local:
        if fs.exists(final):
            old = f"{final}{_OLD_MARK}{posixpath.basename(staging)}"
            fs.mv(final, old, recursive=True)
            fs.mv(staging, final, recursive=True)
            fs.rm(old, recursive=True)
        else:
            fs.mv(staging, final, recursive=True)
        return
    if fs.exists(f"{final}/{MANIFEST}"):
        fs.rm(f"{final}/{MANIFEST}")  # un-commit the old dataset before replacing its files
    for path in fs.ls(final, detail=False):
        if posixpath.basename(path) != "_staging":
            fs.rm(path, recursive=True)
    staged = [p for p in fs.find(staging) if posixpath.basename(p) != MANIFEST]
    for path in staged:
        fs.mv(path, f"{final}/{posixpath.relpath(path, staging)}")
    fs.mv(f"{staging}/{MANIFEST}", f"{final}/{MANIFEST}")
    _remove_if_present(fs, f"{final}/_staging")


def failed_reports_path(location: OutputLocation) -> str:
    """Where the reports of the latest failed run are kept: beside the output, never inside it."""
    if location.is_local:
        return f"{location.final}{_FAILED_MARK}"
    return f"{location.final}/_failed_run/reports"


def keep_failed_reports(location: OutputLocation) -> str | None:
    """Move the stage reports a failed run wrote (a failed synthesis gate, a validation summary)
    out of its staging before that is removed, replacing those of an earlier failure, so the
    steward can read why; None when the run wrote none."""
    reports = f"{location.staging}/reports"
    location.fs.invalidate_cache(reports)
    if not location.fs.exists(reports) or not location.fs.find(reports):
        return None
    kept = failed_reports_path(location)
    _remove_if_present(location.fs, kept)
    location.fs.mv(reports, kept, recursive=True)
    return location.url(kept)


def clear_failed_reports(location: OutputLocation) -> None:
    """A successful run makes an earlier failure's reports stale."""
    _remove_if_present(location.fs, failed_reports_path(location))


def discard_staging(location: OutputLocation) -> None:
    """Remove what a failed run staged; the previous dataset (if any) stays as it was."""
    _remove_if_present(location.fs, location.staging)
    if not location.is_local:
        _remove_if_present(location.fs, f"{location.final}/_staging")


def _remove_if_present(fs: fsspec.AbstractFileSystem, path: str) -> None:
    """Object stores have no folders: a prefix whose files were all moved no longer exists."""
    fs.invalidate_cache(path)
    try:
        fs.rm(path, recursive=True)
    except FileNotFoundError:
        pass
