"""EDC Management API connector (`--type edc`): DSP through the consumer's own EDC."""

from connectors.edc.source import EdcConnector

__all__ = ["EdcConnector"]
