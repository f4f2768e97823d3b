"""Direct Dataspace Protocol consumer (`--type dsp`), DSP 2025-1 and 2024-1."""

from connectors.dsp.source import DspConnector

__all__ = ["DspConnector"]
