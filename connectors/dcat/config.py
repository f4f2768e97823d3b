"""Options of the DCAT-AP / data.europa.eu connector (`--type dcat`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from connectors.base import ConnectorOptions


class DcatOptions(ConnectorOptions):
    search_url: str | None = Field(default=None, description="piveau hub-search base for discovery, e.g. "
                                   "https://data.europa.eu/api/hub/search (uses /search and /datasets/{id}).")
    repo_url: str | None = Field(default=None, description="piveau hub-repo base: a dataset's DCAT-AP RDF is read from "
                                 "{repo_url}/datasets/{id} (e.g. https://data.europa.eu/api/hub/repo).")
    catalog_url: str | None = Field(default=None, description="A DCAT-AP RDF document (RDF/XML, Turtle or JSON-LD): a "
                                    "catalogue, Hydra-paged or not, or one dataset (e.g. a CKAN /catalog.rdf).")
    dataset: str | None = Field(default=None, description="Dataset id (identifier or URI) to pull.")
    query: str | None = Field(default=None, description="Search text for discovery (search_url).")
    limit: int = Field(default=100, ge=1, le=1000, description="Page size of the search (at most 1000).")
    max_datasets: int | None = Field(default=1000, ge=1, description="Stop discovery after this many datasets.")
    locale: str = Field(default="en", description="Preferred language of titles and descriptions.")
    resource_formats: list[str] = Field(default_factory=lambda: ["csv", "jsonl", "json", "parquet"],
                                        description="Readable formats; other distributions are skipped.")
    format: Literal["auto", "csv", "jsonl", "json", "parquet"] = Field(default="auto", description="Force the payload format.")
    allowed_licences: list[str] | None = Field(default=None, description="Licences accepted (SPDX id or URI). None: any.")
    allowed_policies: list[str] | None = Field(default=None, description="Unused by DCAT (no ODRL offers).")
    timeout: float = Field(default=60.0, gt=0, description="HTTP timeout in seconds.")
    retries: int = Field(default=3, ge=0, description="Retries on connection errors, 429 and 5xx.")
    max_bytes: int | None = Field(default=None, gt=0, description="Refuse distributions larger than this.")

    @model_validator(mode="after")
    def _one_source(self) -> DcatOptions:
        if not (self.search_url or self.catalog_url):
            msg = "set `search_url` (data.europa.eu / piveau hub-search) or `catalog_url` (a DCAT-AP RDF document)"
            raise ValueError(msg)
        return self
