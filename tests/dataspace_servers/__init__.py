"""Test servers for the connectors, started on 127.0.0.1 from fixtures: the DSP provider (in the
package, `connectors.dsp.testing_provider`, so `datalab dev dsp-provider` can use it), a fake EDC
Management API (`edc.py`) and a CKAN / data.europa.eu replay server (`catalogues.py`)."""

from connectors.dsp.testing_provider import DspTestProvider, ProviderDataset, datasets_from_folder

__all__ = ["DspTestProvider", "ProviderDataset", "datasets_from_folder"]
