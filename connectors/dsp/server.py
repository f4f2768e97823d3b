"""A small threaded JSON HTTP server (stdlib only) for the consumer's callback endpoint and the
test provider: routes by method and path pattern, runs work after the response is sent."""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: Any
    body: bytes
    params: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Response:
    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    raw: bytes | None = None
    stream: Callable[[Any], None] | None = None
    after: Callable[[], None] | None = None
    """Runs in a new thread once the response has been sent (asynchronous callbacks)."""


Route = tuple[str, re.Pattern[str], Callable[[Request], Response]]


class JsonServer:
    """Bind to host:port (0 = a free port), route requests, serve in a daemon thread."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, *, gzip_responses: bool = False) -> None:
        self.routes: list[Route] = []
        self.gzip_responses = gzip_responses
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:  # quiet
                pass

            def _handle(self) -> None:
                path, _, qs = self.path.partition("?")
                query = dict(p.split("=", 1) if "=" in p else (p, "") for p in qs.split("&") if p)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                req = Request(self.command, path, query, self.headers, body)
                response = server.dispatch(req)
                self._send(req, response)
                if response.after is not None:
                    threading.Thread(target=response.after, daemon=True).start()

            def _send(self, req: Request, response: Response) -> None:
                if response.stream is not None:
                    self.send_response(response.status)
                    for k, v in response.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    try:
                        response.stream(self.wfile)
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                    return
                payload = response.raw if response.raw is not None else (
                    b"" if response.body is None else json.dumps(response.body).encode()
                )
                headers = dict(response.headers)
                if response.raw is None and response.body is not None:
                    headers.setdefault("Content-Type", "application/json")
                if (server.gzip_responses and payload and response.raw is None  # JSON bodies (catalogues)
                        and "gzip" in (req.headers.get("Accept-Encoding") or "") and "Content-Encoding" not in headers):
                    payload = gzip.compress(payload)
                    headers["Content-Encoding"] = "gzip"
                self.send_response(response.status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _handle

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:  # a client hung up: not news
                import sys

                if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
                    super().handle_error(request, client_address)

        self.httpd = Server((host, port), Handler)
        self.httpd.daemon_threads = True
        self.thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return self.httpd.server_address[0]

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def route(self, method: str, pattern: str, handler: Callable[[Request], Response]) -> None:
        """`pattern` is a path with `{name}` placeholders; a trailing `/` is tolerated."""
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern.rstrip("/"))
        self.routes.append((method, re.compile(f"^{regex}/?$"), handler))

    def dispatch(self, req: Request) -> Response:
        from urllib.parse import unquote

        allowed = False
        for method, regex, handler in self.routes:
            m = regex.match(req.path)
            if not m:
                continue
            allowed = True
            if method != req.method and not (method == "GET" and req.method == "HEAD"):
                continue
            req.params = {k: unquote(v) for k, v in m.groupdict().items()}
            try:
                return handler(req)
            except Exception as exc:  # noqa: BLE001 - a server must answer, not die
                return Response(500, {"message": f"{type(exc).__name__}: {exc}"})
        return Response(405 if allowed else 404, {"message": f"no route for {req.method} {req.path}"})

    def start(self) -> JsonServer:
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self.thread is not None:
            self.thread.join(timeout=5)

    def __enter__(self) -> JsonServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()
