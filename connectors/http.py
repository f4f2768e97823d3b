"""One HTTP client factory for every connector: timeouts, retries with backoff, clear errors.

Every connector talks HTTP through `make_client`, so they all share the same behaviour:
explicit timeouts (httpx's 5 s default is too short for catalogue portals), a `User-Agent` that
portals do not block, redirects followed (httpx does not by default), retries with exponential
backoff on connection failures, 429 and 5xx (honouring `Retry-After`), and errors from
`datalab.errors` whose messages name the connector, the URL and what to do.

`download` streams a payload to disk with its sha256, and resumes an interrupted transfer with a
`Range` request where the server supports it.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from datalab import __version__
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable

USER_AGENT = f"Datalab/{__version__} (data curation; +https://github.com/datalab-eu/datalab)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_RETRY_AFTER = 30.0


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how long to retry. `backoff` doubles each attempt, with jitter."""

    retries: int = 3
    backoff: float = 0.5
    max_backoff: float = 8.0

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        if response is not None and (after := response.headers.get("Retry-After")):
            try:
                return min(float(after), MAX_RETRY_AFTER)
            except ValueError:
                pass
        base = min(self.backoff * (2**attempt), self.max_backoff)
        return base * (0.5 + random.random() / 2)


class RetryTransport(httpx.BaseTransport):
    """Retries connection failures, and 429/5xx answers, with backoff.

    POST is retried only on 429/503 and on failures to connect (the request never reached the
    server), so a contract request is never sent twice after the provider processed it.
    """

    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self.inner = inner
        self.policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        idempotent = request.method in IDEMPOTENT
        attempt = 0
        while True:
            try:
                response = self.inner.handle_request(request)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                if attempt >= self.policy.retries:
                    raise
            except (httpx.ReadTimeout, httpx.RemoteProtocolError, httpx.ReadError):
                if not idempotent or attempt >= self.policy.retries:
                    raise
            else:
                retry = response.status_code in RETRY_STATUSES and (
                    idempotent or response.status_code in (429, 503)
                )
                if not retry or attempt >= self.policy.retries:
                    return response
                response.read()
                response.close()
                time.sleep(self.policy.delay(attempt, response))
                attempt += 1
                continue
            time.sleep(self.policy.delay(attempt))
            attempt += 1

    def close(self) -> None:
        self.inner.close()


def make_client(
    *,
    base_url: str = "",
    headers: dict[str, str] | None = None,
    timeout: float = 30.0,
    connect_timeout: float = 10.0,
    retry: RetryPolicy | None = None,
    follow_redirects: bool = True,
    verify: bool | str = True,
) -> httpx.Client:
    """The httpx client every connector uses (close it, or use it as a context manager)."""
    transport = RetryTransport(httpx.HTTPTransport(verify=verify), retry or RetryPolicy())
    return httpx.Client(
        base_url=base_url,
        headers={"User-Agent": USER_AGENT, **(headers or {})},
        timeout=httpx.Timeout(timeout, connect=connect_timeout),
        follow_redirects=follow_redirects,
        transport=transport,
    )


def request(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    connector: str,
    what: str,
    ok: tuple[int, ...] = (200, 201, 202, 204),
    **kwargs: Any,
) -> httpx.Response:
    """Send a request and turn every failure into a `datalab.errors` error naming `what` failed.

    `what` is a short phrase ("catalogue request", "contract request") used in the message.
    Statuses outside `ok` raise: 401/403 `ConnectorAuthError`, 429/5xx `ConnectorUnavailable`,
    others `ConnectorError` with the server's own explanation when it gave one.
    """
    try:
        response = client.request(method, url, **kwargs)
    except httpx.ConnectError as exc:
        msg = (
            f"{connector}: cannot reach {_url(client, url)} for the {what} ({_why(exc)}); check the "
            "endpoint option and that the server is running and reachable from this machine"
        )
        raise ConnectorUnavailable(msg) from exc
    except httpx.TimeoutException as exc:
        msg = (
            f"{connector}: {_url(client, url)} did not answer the {what} in time "
            f"({type(exc).__name__}); retry later or raise the connector's `timeout` option"
        )
        raise ConnectorUnavailable(msg) from exc
    except httpx.HTTPError as exc:
        msg = f"{connector}: the {what} to {_url(client, url)} failed: {_why(exc)}"
        raise ConnectorUnavailable(msg) from exc
    if response.status_code in ok:
        return response
    raise status_error(response, connector=connector, what=what)


def status_error(response: httpx.Response, *, connector: str, what: str) -> ConnectorError:
    """The error for an unexpected HTTP status (the caller raises it)."""
    status = response.status_code
    detail = server_message(response)
    where = f"{response.request.method} {response.request.url}"
    if status in (401, 403):
        msg = (
            f"{connector}: the {what} was refused with HTTP {status} ({where}){detail}; check the "
            "credentials option (an `env:NAME` or `file:PATH` reference) and that it is still valid"
        )
        return ConnectorAuthError(msg)
    if status in RETRY_STATUSES:
        msg = f"{connector}: the {what} failed with HTTP {status} after retries ({where}){detail}; retry later"
        return ConnectorUnavailable(msg)
    msg = f"{connector}: the {what} failed with HTTP {status} ({where}){detail}"
    return ConnectorError(msg)


def server_message(response: httpx.Response) -> str:
    """A short explanation from an error body (JSON `message`/`reason`/`error`), or ''."""
    try:
        response.read()
        body = response.json()
    except Exception:  # noqa: BLE001 - a body that is not JSON
        text = response.text.strip() if response.content else ""
        return f": {text[:300]}" if text and len(text) < 300 and "<" not in text else ""
    found = _find_message(body)
    return f": {found}" if found else ""


def _find_message(body: Any) -> str | None:
    if isinstance(body, list):
        parts = [m for item in body if (m := _find_message(item))]
        return "; ".join(parts) or None
    if isinstance(body, str):
        return body
    if not isinstance(body, dict):
        return None
    for key, value in body.items():
        local = key.rsplit("/", 1)[-1].rsplit(":", 1)[-1].rsplit("#", 1)[-1]
        if local in {"message", "reason", "error", "errorDetail", "detail", "@value"}:
            found = _find_message(value)
            if found:
                return found
    return None


def _url(client: httpx.Client, url: str) -> str:
    return str(client.base_url.join(url)) if client.base_url else url


def _why(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    if "Connection refused" in text or "Errno 111" in text:
        return "connection refused"
    return text


@dataclass(frozen=True)
class Downloaded:
    """A payload on local disk, with what the manifest and provenance need."""

    path: str
    bytes: int
    sha256: str
    content_type: str | None
    url: str


def download(
    client: httpx.Client,
    url: str,
    dest: str | os.PathLike[str],
    *,
    connector: str,
    headers: dict[str, str] | None = None,
    params: dict[str, str] | None = None,
    max_bytes: int | None = None,
    resume_attempts: int = 3,
    what: str = "download",
) -> Downloaded:
    """Stream `url` to `dest`, hashing as it goes; resume with `Range` after a broken stream.

    The payload goes to `dest + ".part"` and is renamed when complete. When the connection drops
    mid-stream and the server advertised `Accept-Ranges: bytes`, the download continues from the
    bytes already on disk (a 206 answer is appended; a 200 answer restarts from zero).
    """
    dest = Path(dest)
    part = dest.with_name(dest.name + ".part")
    part.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    have = 0
    part.write_bytes(b"")
    content_type = None
    attempt = 0
    while True:
        req_headers = dict(headers or {})
        if have:
            req_headers["Range"] = f"bytes={have}-"
            req_headers["Accept-Encoding"] = "identity"
        try:
            with client.stream("GET", url, headers=req_headers, params=params) as response:
                if response.status_code not in (200, 206):
                    response.read()
                    raise status_error(response, connector=connector, what=what)
                if have and response.status_code == 200:  # server ignored the range: restart
                    have, digest = 0, hashlib.sha256()
                    part.write_bytes(b"")
                content_type = response.headers.get("Content-Type", content_type)
                ranges = response.headers.get("Accept-Ranges", "").lower() == "bytes" or (
                    response.status_code == 206
                )
                encoded = response.headers.get("Content-Encoding", "identity") != "identity"
                with part.open("ab") as out:
                    for chunk in response.iter_bytes():  # as received: a broken stream keeps every byte
                        out.write(chunk)
                        digest.update(chunk)
                        have += len(chunk)
                        if max_bytes is not None and have > max_bytes:
                            part.unlink(missing_ok=True)
                            msg = (
                                f"{connector}: {url} is larger than the {max_bytes}-byte limit "
                                "(`max_bytes` option); raise it to download this payload"
                            )
                            raise ConnectorError(msg)
            break
        except (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout) as exc:
            attempt += 1
            if attempt > resume_attempts or not ranges or encoded:
                part.unlink(missing_ok=True)
                msg = (
                    f"{connector}: the {what} of {url} broke after {have} bytes ({_why(exc)})"
                    + ("" if ranges else " and the server does not support resuming (no Accept-Ranges)")
                    + "; retry later"
                )
                raise ConnectorUnavailable(msg) from exc
            time.sleep(RetryPolicy().delay(attempt - 1))
        except httpx.ConnectError as exc:
            part.unlink(missing_ok=True)
            msg = f"{connector}: cannot reach {url} for the {what} ({_why(exc)}); check that the server is running"
            raise ConnectorUnavailable(msg) from exc
        except ConnectorError:
            part.unlink(missing_ok=True)
            raise
    os.replace(part, dest)
    return Downloaded(str(dest), have, digest.hexdigest(), content_type, url)
