"""Options of the files connector (`source: {connector: files, options: {...}}`)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ByteSize, ConfigDict, Field, field_validator

from connectors.base import ConnectorOptions

SECRET_WORDS = ("secret", "password", "token", "passphrase", "private_key")
"""`storage_options` keys containing one of these words must be `env:`/`file:` references."""


class CsvOptions(BaseModel):
    """How CSV files are parsed."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    delimiter: str | None = Field(
        default=None,
        min_length=1,
        max_length=1,
        description="Field delimiter. Default: `,`, or a tab for `.tsv` files.",
    )
    quote: str | None = Field(
        default='"',
        min_length=1,
        max_length=1,
        description='Quote character (a quote inside a quoted value is doubled, `""`); null '
        "switches quoting off.",
    )
    newlines_in_values: bool = Field(
        default=False,
        description="Quoted values may contain line breaks. Record boundaries are then found by "
        "quote parity, so files still split and line numbers stay exact.",
    )
    header: bool = Field(
        default=True,
        description="The first record holds the column names. Without it, `column_names` names "
        "the columns, else they are called f0, f1, ...",
    )
    column_names: list[str] | None = Field(
        default=None, description="Column names when `header` is false."
    )
    infer_types: bool = Field(
        default=True,
        description="Infer numbers, booleans and timestamps; false reads every column as text "
        "(one stable schema for every file, cast later with normalise's table harmonisation).",
    )


class FilesOptions(ConnectorOptions):
    """Read Parquet, CSV and JSON Lines files (plain, .gz or .zst) from any fsspec location."""

    paths: list[str] = Field(
        min_length=1,
        description="Files, folders or glob patterns as local paths or fsspec URLs (`s3://b/*.jsonl`, "
        "`https://host/data.csv.gz`, `memory://x.parquet`). A folder means every file below it "
        "whose format is known. A path or pattern that matches nothing is an error (see `on_error`).",
    )
    format: Literal["auto", "parquet", "csv", "jsonl"] = Field(
        default="auto",
        description="`auto` tells the format from the extension, also through .gz/.zst: .parquet/.pq, "
        ".csv/.tsv, .jsonl/.ndjson/.json (one JSON object per line).",
    )
    text_field: str | None = Field(
        default=None,
        description="Column of the files holding the text; it is renamed to the run's "
        "`record.text_field`. Default: the same name as the run's.",
    )
    id_field: str | None = Field(
        default=None,
        description="Column of the files holding the record id; it is renamed to the run's "
        "`record.id_field` and read as text. Default: the same name as the run's.",
    )
    id_from: Literal["auto", "column", "content"] = Field(
        default="auto",
        description="`column`: ids come from `id_field` (a file without it is an error); "
        "`content`: the id is the hex xxh3-128 hash of the text (of the whole row when the run has "
        "no text field), stable across runs and machines; `auto`: the column where a file has it, "
        "else the content hash. Null ids are always filled with the content hash.",
    )
    csv: CsvOptions = Field(default_factory=CsvOptions, description="CSV parsing options.")
    storage_options: dict[str, Any] = Field(
        default_factory=dict,
        description="Passed to fsspec, e.g. `{endpoint_url: http://minio:9000, key: env:S3_KEY, "
        "secret: env:S3_SECRET}` for S3. Values `env:NAME`/`file:PATH` are resolved on the worker "
        "when a file is opened; secrets (keys naming a secret, password or token) must be such "
        "references.",
    )
    on_error: Literal["fail", "skip"] = Field(
        default="fail",
        description="A whole file that is missing, unreadable or corrupt: `fail` stops the run with "
        "an error naming it; `skip` leaves it out and lists it in the report as `skipped_files`. "
        "Unparseable rows never stop the run: they go to quarantine/read/.",
    )
    split_bytes: ByteSize = Field(
        default=ByteSize(64 * 1024 * 1024),
        ge=0,
        description="Target size of one read task. Uncompressed CSV/JSONL files are split into byte "
        "ranges at record starts (the planner reads such a file once to find them and their line "
        "numbers), Parquet files into row-group ranges; a compressed file is one task. 0: one task "
        "per file.",
    )
    licence: str | None = Field(
        default=None,
        description="Licence of the data (an SPDX id or URL), recorded in every row's provenance "
        "and in the manifest.",
    )

    @field_validator("paths", mode="before")
    @classmethod
    def _one_path(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("storage_options")
    @classmethod
    def _secrets_are_references(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key, item in _walk(value):
            lowered = key.lower()
            if any(word in lowered for word in SECRET_WORDS) and isinstance(item, str):
                if not item.startswith(("env:", "file:")):
                    msg = (
                        f"storage_options.{key} is a secret and must not be written in clear; use "
                        f"`env:NAME` (and export NAME where the pipeline runs) or `file:/path`"
                    )
                    raise ValueError(msg)
        return value


def _walk(options: dict[str, Any], prefix: str = ""):
    for key, value in options.items():
        if isinstance(value, dict):
            yield from _walk(value, f"{prefix}{key}.")
        else:
            yield f"{prefix}{key}", value
