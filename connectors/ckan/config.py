"""Options of the CKAN connector (`--type ckan`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from connectors.base import ConnectorOptions


class CkanOptions(ConnectorOptions):
    url: str = Field(description="The CKAN site, e.g. https://www.envidat.ch (the Action API is under /api/3/action).")
    api_key: str | None = Field(default=None, description="Secret: CKAN API token for private datasets, as `env:NAME` "
                                "or `file:PATH` (sent as the `Authorization` header).")
    dataset: str | None = Field(default=None, description="Dataset (package) id or name to pull.")
    query: str = Field(default="*:*", description="`q` of package_search for discovery.")
    filter_query: str | None = Field(default=None, description="`fq` of package_search (e.g. organization:wsl).")
    rows: int = Field(default=1000, ge=1, le=1000, description="Page size of package_search (CKAN caps it at 1000).")
    max_datasets: int | None = Field(default=None, ge=1, description="Stop discovery after this many datasets.")
    resources: list[str] | None = Field(default=None, description="Resource ids or names to read; default every "
                                        "resource in a readable format.")
    resource_formats: list[str] = Field(default_factory=lambda: ["csv", "jsonl", "json", "parquet"],
                                        description="Readable formats; other resources (PDF, ZIP, XLS...) are skipped.")
    format: Literal["auto", "csv", "jsonl", "json", "parquet"] = Field(default="auto", description="Force the payload format.")
    allowed_licences: list[str] | None = Field(default=None, description="Licences accepted (CKAN license_id, SPDX id "
                                               "or URL). None: any.")
    allowed_policies: list[str] | None = Field(default=None, description="Unused by CKAN (no ODRL offers); accepted "
                                               "so one policy block fits every connector.")
    timeout: float = Field(default=60.0, gt=0, description="HTTP timeout in seconds.")
    retries: int = Field(default=3, ge=0, description="Retries on connection errors, 429 and 5xx.")
    max_bytes: int | None = Field(default=None, gt=0, description="Refuse resources larger than this.")
