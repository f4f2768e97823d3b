"""The connector interface.

A connector does two things: `discover` lists what a source offers, and reading turns it into
Arrow record batches with provenance. Reading is split in two so that it parallelises on any Beam
runner: `plan` runs once in the driver (list files, negotiate a contract, start a transfer) and
returns small picklable `ReadTask`s; `read` runs on the workers, one task at a time.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import pyarrow as pa
from pydantic import BaseModel, ConfigDict, Field

from transforms.stage import BatchResult

SOURCE = "source"
"""Column naming where a row came from: `<uri>#<line or row number>`."""
PROVENANCE = "provenance"
"""Struct column carried to every output row: connector, dataset, distribution, time, licence, policy."""

PROVENANCE_TYPE = pa.struct(
    [
        ("connector", pa.string()),
        ("dataset_id", pa.string()),
        ("distribution", pa.string()),
        ("retrieved_at", pa.timestamp("s", tz="UTC")),
        ("licence", pa.string()),
        ("policy", pa.string()),
    ]
)


class ConnectorOptions(BaseModel):
    """Base of every connector's options model: unknown options are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Distribution(BaseModel):
    """One downloadable form of a dataset (a file, an API endpoint, a DSP transfer type)."""

    model_config = ConfigDict(extra="allow")

    id: str | None = None
    url: str | None = None
    media_type: str | None = None
    format: str | None = None
    byte_size: int | None = None


class DatasetInfo(BaseModel):
    """A dataset as a catalogue describes it; what `datalab connectors catalog` lists."""

    model_config = ConfigDict(extra="allow")

    id: str
    title: str | None = None
    description: str | None = None
    licence: str | None = None
    policies: list[dict[str, Any]] = Field(default_factory=list, description="ODRL offers, if any.")
    distributions: list[Distribution] = Field(default_factory=list)
    metadata: dict[str, Any] = Field(default_factory=dict)


@dataclass(frozen=True)
class Provenance:
    """Where rows came from and under which terms; stored per row as the `provenance` column."""

    connector: str
    dataset_id: str
    distribution: str
    licence: str | None = None
    policy: str | None = None
    retrieved_at: datetime = field(default_factory=lambda: datetime.now(UTC).replace(microsecond=0))

    def column(self, rows: int) -> pa.Array:
        """The provenance struct repeated for `rows` rows (dictionary-like, compresses to nothing)."""
        value = {
            "connector": self.connector,
            "dataset_id": self.dataset_id,
            "distribution": self.distribution,
            "retrieved_at": self.retrieved_at,
            "licence": self.licence,
            "policy": self.policy,
        }
        return pa.array([value] * rows, PROVENANCE_TYPE)


@dataclass(frozen=True)
class ReadTask:
    """One unit of reading, small and picklable: sent from the driver to a worker."""

    uri: str
    """What is read (file URL, download URL); used in error messages and the `source` column."""
    provenance: Provenance
    params: dict[str, Any] = field(default_factory=dict)
    """Connector-specific: byte range, row groups, format, headers (tokens are resolved here,
    never logged)."""


@dataclass(frozen=True)
class CheckResult:
    """Outcome of `datalab connectors check`: a diagnosis a user can act on."""

    ok: bool
    message: str
    details: dict[str, Any] = field(default_factory=dict)


class Connector(ABC):
    """Base class of every connector type. Subclasses set `type_name` and `Options`."""

    type_name: ClassVar[str]
    Options: ClassVar[type[ConnectorOptions]]
    secret_options: ClassVar[frozenset[str]] = frozenset()
    """Options whose values must be `env:NAME` or `file:PATH` references in the registry file."""

    def __init__(self, options: ConnectorOptions, *, name: str | None = None) -> None:
        self.options = options
        self.name = name or self.type_name

    @classmethod
    def from_options(cls, options: dict[str, Any], *, name: str | None = None) -> Connector:
        """Validate raw options (from a spec or the registry file) and build the connector."""
        return cls(cls.Options.model_validate(options), name=name)

    @abstractmethod
    def discover(self) -> list[DatasetInfo]:
        """List the datasets this source offers, with metadata and offers."""

    @abstractmethod
    def plan(
        self, dataset_id: str | None = None, *, id_field: str = "id", text_field: str | None = "text"
    ) -> list[ReadTask]:
        """Prepare reading (in the driver) and return the tasks the workers will read.

        `dataset_id` selects one dataset (None: what the options name). `id_field`/`text_field`
        are the run's record columns: the rows read must carry the id and text under these names.
        """

    @abstractmethod
    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        """Read one task on a worker: `kept` holds parsed rows with `source` and `provenance`
        columns; `quarantined` holds rows that could not be parsed, with `_reason`."""

    def check(self) -> CheckResult:
        """Reachability and credentials. The default tries `discover`."""
        try:
            datasets = self.discover()
        except Exception as exc:  # noqa: BLE001 - the diagnosis is the message
            return CheckResult(False, f"{self.name}: {exc}")
        return CheckResult(True, f"{self.name}: reachable, {len(datasets)} dataset(s) offered")
