"""Fetching feeds and pages: only ever from a server on 127.0.0.1 that the test starts."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgen.config import load_config
from reportgen.fetch import gather
from reportgen.knowledge import apply_config

PAGE = b"""<html><head><title>Elmsford bridge to reopen</title>
<meta property="og:site_name" content="Test Gazette"></head><body><article>
<h1>Elmsford bridge to reopen</h1><p>The mayor of Elmsford said on Monday that the bridge
would reopen soon after the repairs were finished by the crews.</p>
<p>"We have done everything we can to get it open again," she told reporters on the steps
of the town hall.</p></article></body></html>"""


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        if self.path == "/page":
            self._send(200, PAGE, "text/html")
        else:
            self._send(404, b"no", "text/plain")

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_port}"
    srv.shutdown()
    srv.server_close()


def test_a_config_without_http_settings_fetches(server: str, tmp_path: Path, knowledge) -> None:
    # the README's example has no [http] section: the defaults must be real values
    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nurls = ["{server}/page"]\n', encoding="utf-8")
    config = load_config(path)
    articles, problems = gather(config, apply_config(knowledge, config))
    assert [str(p) for p in problems] == []
    assert [a.title for a in articles] == ["Elmsford bridge to reopen"]
