"""Finds connector types through the `datalab.connectors` entry-point group.

Plugins are loaded lazily, only when a spec or a command names them, so one broken third-party
connector cannot break unrelated runs.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, entry_points

from connectors.base import Connector
from datalab.errors import TerminalError

ENTRY_POINT_GROUP = "datalab.connectors"


class UnknownConnector(TerminalError):
    """A spec or command names a connector that is neither a type nor a registered instance."""


def connector_types() -> dict[str, EntryPoint]:
    """Installed connector types by name (their code is not imported)."""
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def connector_class(type_name: str) -> type[Connector]:
    """Import the connector type `type_name`, or say which types exist."""
    types = connector_types()
    if type_name not in types:
        msg = (
            f"unknown connector {type_name!r}; available types: {', '.join(sorted(types)) or 'none'}"
            " (a data space installs its own as a package with a `datalab.connectors` entry point)"
        )
        raise UnknownConnector(msg)
    return types[type_name].load()
