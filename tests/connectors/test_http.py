"""The shared HTTP layer against real servers on 127.0.0.1: retries with backoff on 429/5xx,
Retry-After, no blind POST retries, streaming download with sha256, resume with Range after a
broken connection, size limit, and the error messages."""

from __future__ import annotations

import hashlib

import pytest

from connectors.dsp.server import JsonServer, Response
from connectors.http import RetryPolicy, download, make_client, request
from datalab.errors import ConnectorAuthError, ConnectorError, ConnectorUnavailable
from tests.connectors.conftest import free_port

PAYLOAD = bytes(range(256)) * 4096  # 1 MiB


@pytest.fixture()
def server():
    s = JsonServer()
    s.hits = {}
    with s:
        yield s


def count(server, key):
    server.hits[key] = server.hits.get(key, 0) + 1
    return server.hits[key]


def test_retries_5xx_and_429_with_retry_after(server):
    server.route("GET", "/flaky", lambda r: Response(503) if count(server, "flaky") < 3 else Response(200, {"ok": True}))
    server.route("GET", "/throttled", lambda r: Response(429, headers={"Retry-After": "0"}) if count(server, "t") < 2 else Response(200, {"ok": 1}))
    with make_client(retry=RetryPolicy(retries=3, backoff=0.01)) as client:
        assert request(client, "GET", f"{server.url}/flaky", connector="c", what="probe").json() == {"ok": True}
        assert request(client, "GET", f"{server.url}/throttled", connector="c", what="probe").status_code == 200
    assert server.hits == {"flaky": 3, "t": 2}


def test_gives_up_with_a_clear_error(server):
    server.route("GET", "/down", lambda r: Response(502, {"message": "upstream gone"}))
    server.route("POST", "/create", lambda r: Response(500) if count(server, "post") else Response(200))
    server.route("GET", "/secret", lambda r: Response(403, {"error": "token revoked"}))
    with make_client(retry=RetryPolicy(retries=2, backoff=0.01)) as client:
        with pytest.raises(ConnectorUnavailable, match=r"c: the probe failed with HTTP 502 after retries .*: upstream gone; retry later"):
            request(client, "GET", f"{server.url}/down", connector="c", what="probe")
        with pytest.raises(ConnectorUnavailable):
            request(client, "POST", f"{server.url}/create", connector="c", what="contract request")
        assert server.hits["post"] == 1  # a POST that reached the server is never re-sent on 500
        with pytest.raises(ConnectorAuthError, match="refused with HTTP 403 .*token revoked.*env:NAME"):
            request(client, "GET", f"{server.url}/secret", connector="c", what="probe")


def test_unreachable_names_the_url():
    url = f"http://127.0.0.1:{free_port()}/x"
    with make_client(retry=RetryPolicy(retries=1, backoff=0.01)) as client:
        with pytest.raises(ConnectorUnavailable, match=rf"c: cannot reach {url} for the probe \(connection refused\)"):
            request(client, "GET", url, connector="c", what="probe")


def test_download_streams_with_sha256(server, tmp_path):
    server.route("GET", "/file", lambda r: Response(200, raw=PAYLOAD, headers={"Content-Type": "application/octet-stream"}))
    with make_client() as client:
        got = download(client, f"{server.url}/file", tmp_path / "f.bin", connector="c")
    assert got.bytes == len(PAYLOAD) and got.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert (tmp_path / "f.bin").read_bytes() == PAYLOAD and not (tmp_path / "f.bin.part").exists()


def test_download_resumes_with_range_after_a_broken_connection(server, tmp_path):
    def file(req):
        rng = req.headers.get("Range")
        if rng:
            start = int(rng[6:].split("-")[0])
            return Response(206, raw=PAYLOAD[start:], headers={"Content-Range": f"bytes {start}-{len(PAYLOAD) - 1}/{len(PAYLOAD)}",
                                                              "Accept-Ranges": "bytes"})

        def half(wfile):  # promise the whole payload, send half, hang up
            wfile.write(PAYLOAD[: len(PAYLOAD) // 2])
            wfile.flush()

        return Response(200, stream=half, headers={"Content-Length": str(len(PAYLOAD)), "Accept-Ranges": "bytes",
                                                   "Connection": "close"})

    server.route("GET", "/file", file)
    with make_client() as client:
        got = download(client, f"{server.url}/file", tmp_path / "f.bin", connector="c")
    assert got.sha256 == hashlib.sha256(PAYLOAD).hexdigest()
    assert (tmp_path / "f.bin").read_bytes() == PAYLOAD


def test_download_without_ranges_says_it_cannot_resume(server, tmp_path):
    def broken(wfile):
        wfile.write(PAYLOAD[:1000])
        wfile.flush()

    server.route("GET", "/file", lambda r: Response(200, stream=broken, headers={"Content-Length": str(len(PAYLOAD)), "Connection": "close"}))
    with make_client() as client:
        with pytest.raises(ConnectorUnavailable, match="broke after 1000 bytes .*does not support resuming"):
            download(client, f"{server.url}/file", tmp_path / "f.bin", connector="c")
    assert not (tmp_path / "f.bin.part").exists()


def test_download_size_limit(server, tmp_path):
    server.route("GET", "/file", lambda r: Response(200, raw=PAYLOAD))
    with make_client() as client:
        with pytest.raises(ConnectorError, match="larger than the 1000-byte limit .*max_bytes"):
            download(client, f"{server.url}/file", tmp_path / "f.bin", connector="c", max_bytes=1000)


def test_redirect_to_another_host_does_not_leak_the_token(server, tmp_path):
    seen = {}
    with JsonServer() as other:
        def file(req):
            seen["authorization"] = req.headers.get("Authorization")
            return Response(200, raw=b"id,text\n1,a\n")

        other.route("GET", "/blob", file)
        server.route("GET", "/data", lambda r: Response(302, headers={"Location": f"http://localhost:{other.port}/blob"}))
        with make_client() as client:
            got = download(client, f"{server.url}/data", tmp_path / "f", connector="c", headers={"Authorization": "tok"})
    assert got.bytes == 12 and seen == {"authorization": None}
