"""DCAT-AP catalogues and data.europa.eu (piveau) connector (`--type dcat`)."""

from connectors.dcat.source import DcatConnector

__all__ = ["DcatConnector"]
