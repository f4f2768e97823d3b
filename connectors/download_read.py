"""Worker side shared by the catalogue connectors: download a task's URL, then parse it."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator

from connectors.base import ReadTask
from connectors.http import download, make_client
from connectors.payload import format_from, read_payload
from connectors.registry import resolve_secret
from transforms.stage import BatchResult


def read_url_task(connector: str, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
    """Download `task.uri` (redirects followed, sha256 recorded) and yield its batches.

    `task.params`: `format` (option or declared), `media_type`, `auth_header` (a secret
    reference), `timeout`, `max_bytes`, `id_field`.
    """
    params = task.params
    headers = {}
    if params.get("auth_header"):
        token = resolve_secret(params["auth_header"], option="api_key", connector=connector)
        if token:
            headers["Authorization"] = token
    with tempfile.TemporaryDirectory(prefix="datalab-dl-") as tmp:
        dest = f"{tmp}/payload"
        with make_client(timeout=params.get("timeout", 60.0)) as client:
            got = download(client, task.uri, dest, connector=connector, headers=headers,
                           max_bytes=params.get("max_bytes"))
        fmt = format_from(option=params.get("format_option", "auto"), media_type=params.get("media_type"),
                          declared=params.get("format"), name=task.uri, path=None)
        fmt = fmt or format_from(media_type=got.content_type, path=dest)
        first = True
        for result in read_payload(dest, fmt, uri=task.uri, provenance=task.provenance, batch_rows=batch_rows,
                                   id_field=params.get("id_field", "id"), text_field=params.get("text_field")):
            if first:
                result.stats["downloads"] = [{"url": task.uri, "bytes": got.bytes, "sha256": got.sha256,
                                              "content_type": got.content_type}]
                first = False
            yield result
