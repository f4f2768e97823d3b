"""Options of the direct DSP connector (`--type dsp`)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from connectors.base import ConnectorOptions


class DspOptions(ConnectorOptions):
    endpoint: str = Field(description="The provider's DSP endpoint: its root (where /.well-known/dspace-version is "
                          "served) or a versioned base such as https://provider/api/dsp/2025-1.")
    participant_id: str | None = Field(default=None, description="The provider's participant id, sent as the "
                                       "`assigner` of the offer; read from the catalogue when not given.")
    auth_token: str | None = Field(default=None, description="Secret: value of the `Authorization` header sent to the "
                                   "provider's DSP endpoint, as `env:NAME` or `file:PATH`.")
    version: Literal["auto", "2025-1", "2024-1"] = Field(default="auto", description="DSP version; `auto` picks the "
                                                         "newest one both sides speak.")
    dataset: str | None = Field(default=None, description="Dataset id to pull (what `datalab pull NAME DATASET_ID` sets).")
    offer: str | None = Field(default=None, description="Offer id to negotiate; default the first allowed offer.")
    transfer_format: str = Field(default="HttpData-PULL", description="DSP transfer format (only pull is supported).")
    format: Literal["auto", "csv", "jsonl", "json", "parquet"] = Field(default="auto", description="Payload format; "
                                                                        "`auto` uses the media type, then the bytes.")
    token_style: Literal["auto", "bearer", "raw"] = Field(default="auto", description="How the data-plane token is "
                                                          "sent: `auto` follows the data address's `authType` (and "
                                                          "retries once with the other form on 401).")
    callback_host: str = Field(default="127.0.0.1", description="Interface the callback endpoint listens on.")
    callback_port: int = Field(default=0, ge=0, le=65535, description="Port of the callback endpoint (0: a free port).")
    callback_public_url: str | None = Field(default=None, description="Callback address announced to the provider when "
                                            "it differs from host:port (NAT, reverse proxy).")
    negotiation_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for FINALIZED.")
    transfer_timeout: float = Field(default=60.0, gt=0, description="Seconds to wait for the transfer to start.")
    timeout: float = Field(default=30.0, gt=0, description="HTTP timeout in seconds.")
    retries: int = Field(default=3, ge=0, description="Retries on connection errors, 429 and 5xx.")
    max_bytes: int | None = Field(default=None, gt=0, description="Refuse payloads larger than this.")
    allowed_policies: list[str] | None = Field(default=None, description="Offer/policy ids this data lab accepts; "
                                               "others are refused before negotiating. None: any.")
    allowed_licences: list[str] | None = Field(default=None, description="Licences accepted (SPDX ids or URLs). None: any.")
