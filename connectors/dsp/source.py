"""The direct DSP connector: `discover` reads the catalogue; `plan` negotiates a contract and
starts an HTTP-pull transfer in the driver; `read` downloads with the token on a worker."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import Any, ClassVar

from connectors.base import CheckResult, Connector, DatasetInfo, Distribution, Provenance, ReadTask
from connectors.dsp import messages as m
from connectors.dsp.callback import CallbackEndpoint
from connectors.dsp.config import DspOptions
from connectors.dsp.consumer import DspClient
from connectors.http import download, make_client, request
from connectors.payload import format_from, read_payload
from connectors.policy import check_licence, choose_offer, policy_text
from connectors.registry import Redacted, resolve_secret
from datalab.errors import ConnectorAuthError, ConnectorError, DatalabError, SpecError
from transforms.stage import BatchResult


class DspConnector(Connector):
    """Datalab as a Dataspace Protocol consumer of one provider (DSP 2025-1 / 2024-1)."""

    type_name: ClassVar[str] = "dsp"
    Options = DspOptions
    secret_options = frozenset({"auth_token"})
    options: DspOptions

    def _client(self) -> DspClient:
        token = resolve_secret(self.options.auth_token, option="auth_token", connector=self.name)
        return DspClient(self.options.endpoint, name=self.name, headers={"Authorization": token} if token else None,
                         version=self.options.version, timeout=self.options.timeout, retries=self.options.retries)

    def _catalog(self, client: DspClient) -> tuple[str | None, list[m.DspDataset]]:
        return client.catalog()

    def discover(self) -> list[DatasetInfo]:
        client = self._client()
        try:
            participant, datasets = self._catalog(client)
            version = client.resolve()[1]
        finally:
            client.close()
        return [
            DatasetInfo(id=d.id, title=d.title, description=d.description, licence=d.licence,
                        policies=[{"@id": o.id, **o.plain} for o in d.offers],
                        distributions=[Distribution(format=f, media_type=d.media_type) for f in d.formats],
                        metadata={"participant_id": participant, "dsp_version": version, "keywords": d.keywords})
            for d in datasets
        ]

    def check(self) -> CheckResult:
        client = self._client()
        try:
            base, version = client.resolve()
            participant, datasets = self._catalog(client)
        except DatalabError as exc:
            return CheckResult(False, str(exc))
        finally:
            client.close()
        return CheckResult(True, f"{self.name}: DSP {version} provider {participant or '?'} at {base} answered the "
                           f"catalogue request: {len(datasets)} dataset(s)",
                           {"base": base, "version": version, "participant_id": participant, "datasets": len(datasets)})

    def plan(self, dataset_id: str | None = None, *, id_field: str = "id", text_field: str | None = "text") -> list[ReadTask]:
        dataset_id = dataset_id or self.options.dataset
        if not dataset_id:
            msg = (f"{self.name}: which dataset? set the connector option `dataset` (or run "
                   f"`datalab pull {self.name} DATASET_ID`); `datalab connectors catalog {self.name}` lists them")
            raise SpecError(msg)
        opts = self.options
        client = self._client()
        try:
            participant, datasets = self._catalog(client)
            dataset = next((d for d in datasets if d.id == dataset_id), None)
            if dataset is None:
                ids = ", ".join(d.id for d in datasets[:20]) or "none"
                msg = f"{self.name}: the provider's catalogue has no dataset {dataset_id!r}; it offers: {ids}"
                raise ConnectorError(msg)
            check_licence(self.name, dataset.id, dataset.licence, opts.allowed_licences)
            offer_id, _ = choose_offer(self.name, dataset.id, [(o.id, o.plain) for o in dataset.offers],
                                       opts.allowed_policies, opts.offer)
            offer = next(o for o in dataset.offers if o.id == offer_id)
            if dataset.formats and not any(f.endswith(opts.transfer_format) for f in dataset.formats):
                msg = (f"{self.name}: dataset {dataset.id} is distributed as {', '.join(dataset.formats)}, not "
                       f"{opts.transfer_format}; Datalab pulls over HTTP (HttpData-PULL)")
                raise ConnectorError(msg)
            _, version = client.resolve()
            callback = CallbackEndpoint(host=opts.callback_host, port=opts.callback_port,
                                        public_url=opts.callback_public_url, version=version)
            with callback:
                agreement = client.negotiate(callback, dataset, offer, participant=opts.participant_id or participant,
                                             timeout=opts.negotiation_timeout)
                transfer = client.transfer(callback, agreement, fmt=opts.transfer_format, timeout=opts.transfer_timeout)
            base, _ = client.resolve()
        finally:
            client.close()
        da = transfer.data_address
        provenance = Provenance(connector=self.name, dataset_id=dataset.id, distribution=f"dsp:{version}:{transfer.provider_pid}",
                                licence=dataset.licence, policy=policy_text(agreement.id, agreement.policy))
        return [ReadTask(uri=da.endpoint or "", provenance=provenance, params={
            "token": Redacted(da.token) if da.token else None, "auth_type": da.auth_type, "token_style": opts.token_style,
            "format": format_from(option=opts.format, media_type=dataset.media_type) or "auto",
            "dsp_base": base, "dsp_version": version, "provider_pid": transfer.provider_pid,
            "consumer_pid": transfer.consumer_pid, "auth_token_ref": opts.auth_token, "agreement_id": agreement.id,
            "timeout": opts.timeout, "max_bytes": opts.max_bytes, "id_field": id_field, "text_field": text_field,
        })]

    # -- worker side ------------------------------------------------------------------------------

    def _token_headers(self, params: dict[str, Any]) -> list[dict[str, str]]:
        token = params.get("token")
        if not token:
            return [{}]
        raw = token[7:] if token.lower().startswith("bearer ") else token
        bearer = {"Authorization": f"Bearer {raw}"}
        plain = {"Authorization": raw}
        style = params.get("token_style", "auto")
        if style == "bearer":
            return [bearer]
        if style == "raw":
            return [plain]
        first, second = (bearer, plain) if (params.get("auth_type") or "").lower() == "bearer" else (plain, bearer)
        return [first, second]

    def fetch(self, task: ReadTask, dest: str) -> Any:
        """Download the payload of `task` to `dest` (token as the provider states, one retry in
        the other form on 401), then send the transfer completion. Returns `Downloaded`."""
        params = task.params
        client = make_client(timeout=params.get("timeout", 30.0))
        last: ConnectorAuthError | None = None
        got = None
        try:
            for headers in self._token_headers(params):
                try:
                    got = download(client, task.uri, dest, connector=self.name, headers=headers,
                                   max_bytes=params.get("max_bytes"), what="data-plane download")
                    break
                except ConnectorAuthError as exc:
                    last = exc
                    if "expired" in str(exc).lower():
                        break
        finally:
            client.close()
        if got is None:
            assert last is not None
            self._terminate(params, "download refused by the data plane")
            if "expired" in str(last).lower():
                msg = (f"{self.name}: the data-plane token expired before the download of {task.provenance.dataset_id} "
                       f"(agreement {params.get('agreement_id')}); DSP tokens are short-lived: run the pull again to start a "
                       "new transfer, and read soon after planning")
                raise ConnectorAuthError(msg) from last
            raise last
        self._complete(params)
        return got

    def _dsp(self, params: dict[str, Any]) -> DspClient:
        token = resolve_secret(params.get("auth_token_ref"), option="auth_token", connector=self.name)
        client = DspClient(params["dsp_base"], name=self.name, headers={"Authorization": token} if token else None,
                           version=params["dsp_version"])
        client._base, client._version = params["dsp_base"], params["dsp_version"]
        return client

    def _complete(self, params: dict[str, Any]) -> None:
        client = self._dsp(params)
        try:
            client.complete_transfer(params["provider_pid"], params["consumer_pid"])
        except ConnectorError:
            pass  # completion is a courtesy: the data is already here
        finally:
            client.close()

    def _terminate(self, params: dict[str, Any], reason: str) -> None:
        client = self._dsp(params)
        try:
            client.terminate_transfer(params["provider_pid"], params["consumer_pid"], reason)
        finally:
            client.close()

    def read(self, task: ReadTask, *, batch_rows: int) -> Iterator[BatchResult]:
        with tempfile.TemporaryDirectory(prefix="datalab-dsp-") as tmp:
            dest = f"{tmp}/payload"
            got = self.fetch(task, dest)
            fmt = format_from(option=task.params.get("format", "auto"), media_type=got.content_type, path=dest)
            uri = f"dsp://{task.provenance.dataset_id}"
            first = True
            for result in read_payload(dest, fmt, uri=uri, provenance=task.provenance, batch_rows=batch_rows,
                                       id_field=task.params.get("id_field", "id"),
                                       text_field=task.params.get("text_field")):
                if first:
                    result.stats["downloads"] = [{"dataset_id": task.provenance.dataset_id, "bytes": got.bytes,
                                                  "sha256": got.sha256, "content_type": got.content_type}]
                    first = False
                yield result
