"""CKAN Action API connector (`--type ckan`)."""

from connectors.ckan.source import CkanConnector

__all__ = ["CkanConnector"]
