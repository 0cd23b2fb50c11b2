"""A loopback HTTP server that serves files the way real servers fail.

Each path is bound to a :class:`Route`: the body and how to misbehave (cut it short, die mid-file,
answer with an HTML page, go silent, trickle). Every request is recorded, so a test can prove which
links were tried, with which ``Range``. Sleeps are bounded and end when the server stops.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HTML_PAGE = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"


@dataclass
class Route:
    """What one path serves. ``fault`` is one of:

    ``ok``; ``truncate`` (announce the full length, send ``cut`` bytes, close); ``html`` (a 200 web
    page); ``status`` (HTTP ``status``); ``stall`` (send ``cut`` bytes, then nothing for ``pause``
    seconds); ``trickle`` (one byte every ``pause`` seconds); ``die-then-resume`` (the first request
    is cut at ``cut`` bytes, a ``Range`` request gets the rest with 206).
    """

    body: bytes = b""
    fault: str = "ok"
    cut: int = 0
    pause: float = 0.0
    status: int = 404
    content_type: str = "application/octet-stream"
    ranges: bool = True  # advertise Accept-Ranges: bytes
    hits: int = 0


@dataclass
class FaultServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, Range header)
    port: int = 0
    stopping: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path.lstrip('/')}"

    def add(self, path: str, route: Route) -> str:
        self.routes["/" + path.lstrip("/")] = route
        return self.url(path)

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def sleep(self, seconds: float) -> bool:
        """Sleep unless the server stops meanwhile; True when it did not."""
        return not self.stopping.wait(seconds)


def _handler(server: FaultServer):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:  # keep test output clean
            pass

        def do_GET(self) -> None:
            server.requests.append((self.path, self.headers.get("Range", "")))
            route = server.routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            route.hits += 1
            with suppress(BrokenPipeError, ConnectionResetError):
                self._serve(route)

        def _serve(self, route: Route) -> None:
            body = route.body
            if route.fault == "status":
                self.send_error(route.status)
                return
            if route.fault == "html":
                self._headers(200, len(HTML_PAGE), "text/html; charset=utf-8", route)
                self.wfile.write(HTML_PAGE)
                return
            requested = self.headers.get("Range", "")
            if route.fault == "die-then-resume" and requested.startswith("bytes="):
                start = int(requested[len("bytes=") :].split("-")[0])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
                self.send_header("Content-Length", str(len(body) - start))
                self.send_header("Content-Type", route.content_type)
                self.end_headers()
                self.wfile.write(body[start:])
                return
            self._headers(200, len(body), route.content_type, route)
            if route.fault in ("truncate", "die-then-resume"):
                self.wfile.write(body[: route.cut])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(2)
            elif route.fault == "stall":
                self.wfile.write(body[: route.cut])
                self.wfile.flush()
                if server.sleep(route.pause):
                    self.wfile.write(body[route.cut :])
            elif route.fault == "trickle":
                for index in range(len(body)):
                    self.wfile.write(body[index : index + 1])
                    self.wfile.flush()
                    if not server.sleep(route.pause):
                        return
            else:
                self.wfile.write(body)

        def _headers(self, status: int, length: int, content_type: str, route: Route) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(length))
            if route.ranges:
                self.send_header("Accept-Ranges", "bytes")
            self.end_headers()

    return Handler


@contextmanager
def serve() -> Iterator[FaultServer]:
    """Start a fault server on 127.0.0.1 (a free port) for the duration of the block."""
    state = FaultServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stopping.set()
        httpd.shutdown()
        httpd.server_close()
        time.sleep(0)  # let handler threads see the stop
