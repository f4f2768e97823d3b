"""Options of the EDC connector (`--type edc`): Datalab drives the consumer's own EDC."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from connectors.base import ConnectorOptions


class EdcOptions(ConnectorOptions):
    management_url: str = Field(description="The consumer connector's Management API base, e.g. "
                                "http://localhost:29193/management (without /v3).")
    api_key: str | None = Field(default=None, description="Secret: the Management API key (`X-Api-Key`), as `env:NAME` "
                                "or `file:PATH`.")
    api_version: Literal["v3", "v4"] = Field(default="v3", description="Management API version: v3 (EDC <= 0.18, "
                                             "Tractus-X, sovity) or v4 (EDC >= 0.15; EDRs stay on v3).")
    counter_party_address: str = Field(description="The provider's versioned DSP address, e.g. "
                                       "https://provider/api/v1/dsp/2025-1.")
    counter_party_id: str = Field(description="The provider's participant id (BPN or DID).")
    protocol: str = Field(default="dataspace-protocol-http:2025-1", description="Protocol id the connectors speak.")
    dataset: str | None = Field(default=None, description="Dataset (asset) id to pull.")
    offer: str | None = Field(default=None, description="Offer id to negotiate; default the first allowed one.")
    transfer_type: str = Field(default="HttpData-PULL", description="Transfer type (pull; the EDR is read from the cache).")
    token_style: Literal["raw", "bearer"] = Field(default="raw", description="EDC's data plane takes the raw token "
                                                   "(the default), some others `Bearer`.")
    format: Literal["auto", "csv", "jsonl", "json", "parquet"] = Field(default="auto", description="Payload format.")
    poll_interval: float = Field(default=0.5, gt=0, description="Seconds between state polls (doubling, max 5 s).")
    negotiation_timeout: float = Field(default=120.0, gt=0, description="Seconds to wait for FINALIZED.")
    transfer_timeout: float = Field(default=120.0, gt=0, description="Seconds to wait for STARTED.")
    timeout: float = Field(default=30.0, gt=0, description="HTTP timeout in seconds.")
    retries: int = Field(default=3, ge=0, description="Retries on connection errors, 429 and 5xx.")
    max_bytes: int | None = Field(default=None, gt=0, description="Refuse payloads larger than this.")
    allowed_policies: list[str] | None = Field(default=None, description="Offer/policy ids accepted. None: any.")
    allowed_licences: list[str] | None = Field(default=None, description="Licences accepted. None: any.")
