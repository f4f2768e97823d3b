"""Cross-cutting core of Datalab: the version, the error hierarchy and small shared helpers.

The stage packages (`schemas`, `connectors`, `transforms`, `anonymise`, `synthetic`, `pipelines`)
sit beside this one; this package holds only what every one of them needs.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("datalab")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

__all__ = ["__version__"]
