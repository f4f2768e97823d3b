"""The files connector: Parquet, CSV and JSON Lines (plain, .gz, .zst) from any fsspec location.

    source:
      connector: files
      options: {paths: ["s3://lab/raw/*.jsonl.zst"], storage_options: {endpoint_url: ...}}
"""

from connectors.files.config import CsvOptions, FilesOptions
from connectors.files.source import FilesConnector, resolve_storage_options

__all__ = ["CsvOptions", "FilesConnector", "FilesOptions", "resolve_storage_options"]
