"""The pipeline spec: the pydantic models of the YAML file a data steward writes.

One spec describes one run: where data comes from (`source`), what happens to it (`steps`, in
order), where it goes (`output`) and on what it runs (`runner`). Every field has a default that
works, and a description that `datalab validate-spec` and the README reference are built from.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ByteSize, ConfigDict, Field, field_validator

from schemas.stages import STAGES, options_model


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RecordSpec(_Model):
    """Which columns every stage reads as the record id and the text."""

    id_field: str = Field(
        default="id",
        description="Column holding the record id. When the source has no such column, the files "
        "connector derives a stable id from the content (see its `id_from`).",
    )
    text_field: str | None = Field(
        default="text",
        description="Column holding the free text that text stages (normalise, filter, dedup, "
        "anonymise) work on. Set to null for purely tabular data.",
    )


class SourceSpec(_Model):
    """Where the data comes from: a connector type, or an instance from the connector registry."""

    connector: str = Field(
        description="A connector type (`files`, or one installed through the `datalab.connectors` "
        "entry points) or the name of an instance added with `datalab connectors add`.",
    )
    options: dict[str, Any] = Field(
        default_factory=dict,
        description="The connector's options; `datalab connectors list` shows each type's options.",
    )


class OutputSpec(_Model):
    """Where and how the curated dataset is written."""

    path: str = Field(
        description="Output folder: a local path or any fsspec URL (s3://bucket/prefix). Shards and "
        "manifest.json go at its top; removed/, quarantine/ and reports/ beside them.",
    )
    format: Literal["parquet", "arrow"] = Field(
        default="parquet", description="Shard file format: Parquet (zstd) or Arrow IPC files."
    )
    shard_rows: int | None = Field(
        default=None,
        gt=0,
        description="Close a shard after this many rows. When both limits are set, the first reached wins.",
    )
    shard_bytes: ByteSize = Field(
        default=ByteSize(256 * 1024 * 1024),
        description="Close a shard once its in-memory Arrow size reaches this (e.g. `256MB`, "
        "`1GiB`); on disk it is smaller after compression.",
    )
    compression: Literal["zstd", "snappy", "gzip", "lz4", "none"] = Field(
        default="zstd", description="Compression codec of the shards."
    )
    row_group_rows: int = Field(
        default=65536, gt=0, description="Rows per Parquet row group (the unit readers can skip)."
    )
    overwrite: bool = Field(
        default=False,
        description="Replace a committed dataset already at `path`. Without it the run refuses to "
        "start, so a previous result is never clobbered by accident.",
    )
    release: str | None = Field(
        default=None,
        description="After committing, publish the output as the next immutable version "
        "`RELEASE_ROOT/NAME/vN/` of this release (`RELEASE_ROOT/NAME`, local or fsspec URL), with "
        "its dataset card; `datalab releases list|show|diff` browse them.",
    )


class RunnerSpec(_Model):
    """What executes the Beam pipeline."""

    engine: Literal["local", "dask"] = Field(
        default="local",
        description="`local`: Beam's own runner on this machine. `dask`: a Dask distributed cluster "
        "(see `dask_address`). Other Beam runners (Flink, Spark, Dataflow) are reached through "
        "`beam_options`.",
    )
    dask_address: str | None = Field(
        default=None,
        description="`dask` engine: the scheduler address (tcp://HOST:PORT, as printed by "
        "`datalab cluster local`). Unset: a local Dask cluster of `workers` processes for the run.",
    )
    workers: int = Field(
        default=1,
        ge=1,
        description="Local runner: 1 runs in-process; N > 1 runs N bundles at once, as threads or "
        "processes (see `parallelism`). Dask engine without `dask_address`: the worker processes of "
        "the local cluster started for the run.",
    )
    parallelism: Literal["auto", "threads", "processes"] = Field(
        default="auto",
        description="Local runner with `workers` > 1. `threads`: N workers in this process, elements "
        "handed over in memory; best where the work is Arrow, polars and numpy kernels, which run "
        "outside Python's lock (normalise, filter, dedup, shards). `processes`: N SDK worker "
        "processes fed by this one over gRPC; pays for moving every batch, but runs Python-bound "
        "stages (anonymise, validate) on separate cores. `auto`: processes if a step "
        "is Python-bound, threads otherwise.",
    )
    batch_rows: int = Field(
        default=8192,
        ge=1,
        le=1_000_000,
        description="Rows per Arrow record batch flowing between stages.",
    )
    beam_options: list[str] = Field(
        default_factory=list,
        description="Extra Beam pipeline options passed through unchanged, e.g. "
        "`[--runner=FlinkRunner, --flink_master=host:8081]`.",
    )


@cache
def step_type() -> Any:
    """The discriminated union of every registered stage's options model, keyed by `stage`."""
    models = tuple(options_model(name) for name in STAGES)
    return Annotated[Union[models], Field(discriminator="stage")]  # noqa: UP007


def _build_pipeline_spec() -> type[BaseModel]:
    class PipelineSpec(_Model):
        """A whole run: source -> steps -> output, on a runner."""

        name: str = Field(
            default="datalab-run",
            pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$",
            description="Name of the run, used in reports and the dataset card.",
        )
        description: str = Field(default="", description="Free text for the reports and the card.")
        record: RecordSpec = Field(default_factory=RecordSpec)
        source: SourceSpec
        steps: list[step_type()] = Field(  # type: ignore[valid-type]
            default_factory=list,
            description="Stages in the order they run. Each item names its `stage` and its options.",
        )
        output: OutputSpec
        runner: RunnerSpec = Field(default_factory=RunnerSpec)

        @field_validator("steps")
        @classmethod
        def _labels_unique(cls, steps: list[Any]) -> list[Any]:
            seen: set[str] = set()
            for step in steps:
                label = step.name or step.stage
                if label in seen:
                    msg = (
                        f"two steps are labelled {label!r}; give the second one a `name:` so "
                        "their reports do not overwrite each other"
                    )
                    raise ValueError(msg)
                seen.add(label)
            return steps

    return PipelineSpec


PipelineSpec = _build_pipeline_spec()


def step_label(step: Any) -> str:
    """The label a step reports under: its `name`, else its stage."""
    return step.name or step.stage
