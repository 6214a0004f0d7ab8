"""Fetching feeds and pages under the rules in reportgen/fetch/__init__.py's docstring.

Every test talks only to a server on 127.0.0.1 that it starts; loopback is refused by
default, so the tests allow 127.0.0.1 as an intranet host (or say they test the refusal).
Backoff and pacing sleeps are recorded, not slept; only the deadline test waits (1 s).
"""

from __future__ import annotations

import collections
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reportgen.config import HttpSettings, load_config
from reportgen.fetch import Fetcher, FetchError, gather
from reportgen.knowledge import apply_config
from reportgen.models import Deferred

PAGE = b"""<html><head><title>Elmsford bridge to reopen</title>
<meta property="og:site_name" content="Test Gazette"></head><body><article>
<h1>Elmsford bridge to reopen</h1><p>The mayor of Elmsford said on Monday that the bridge
would reopen soon after the repairs were finished by the crews.</p>
<p>"We have done everything we can to get it open again," she told reporters on the steps
of the town hall.</p></article></body></html>"""


def _rss(base: str, links: list[str]) -> bytes:
    items = "".join(f"<item><title>Item {n}</title><link>{base}{link}</link></item>"
                    for n, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Gazette</title>'
            f"{items}</channel></rss>").encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1  # type: ignore[attr-defined]
        base = f"http://127.0.0.1:{self.server.server_port}"
        path = self.path.split("?")[0]
        routes = {
            "/page": lambda: self._send(200, PAGE),
            "/feed-dup": lambda: self._send(200, _rss(base, ["/page", "/page#top", "/page",
                                                             "/other"])),
            "/feed-huge": lambda: self._send(200, _rss(base, [f"/page?n={n}"
                                                              for n in range(300)])),
            "/feed-slow": lambda: self._send(200, _rss(base, ["/slow", "/story?n=1",
                                                              "/story?n=2", "/story?n=3"])),
            "/slow": self._slow,
            "/story": lambda: self._send(200, PAGE.replace(
                b"on Monday", b"on day " + self.path.split("=")[-1].encode())),
            "/feed-empty": lambda: self._send(200, _rss(base, [])),
            "/to-ftp": lambda: self._redirect("ftp://127.0.0.1/file"),
            "/to-port": lambda: self._redirect("http://127.0.0.1:1/page"),
            "/to-localhost": lambda: self._redirect(
                f"http://localhost:{self.server.server_port}/page"),
            "/to-page": lambda: self._redirect("/page"),
            "/drip": self._drip,
            "/endless": self._endless,
            "/busy": self._busy,
            "/busy-long": lambda: self._send(503, b"later", retry_after="3600"),
            "/error": lambda: self._send(503, b"unavailable"),
            "/bad-status": lambda: self._raw(b"HTTPX/1.1 200 OK\r\n\r\nhello"),
            "/many-headers": lambda: self._raw(
                b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % n for n in range(150))
                + b"Content-Length: 5\r\n\r\nhello"),
            "/bad-chunks": lambda: self._raw(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n"),
        }
        routes.get(path, lambda: self._send(404, b"no"))()

    def _send(self, code: int, body: bytes, retry_after: str | None = None) -> None:
        self.send_response(code)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        if retry_after:
            self.send_header("Retry-After", retry_after)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _raw(self, data: bytes) -> None:
        self.wfile.write(data)

    def _busy(self) -> None:  # busy the first time, fine the second
        if self.server.hits[self.path] == 1:  # type: ignore[attr-defined]
            self._send(503, b"later", retry_after="1")
        else:
            self._send(200, PAGE)

    def _slow(self) -> None:  # longer than the feed budget the tests give
        time.sleep(1.0)
        self._send(200, PAGE)

    def _drip(self) -> None:  # one byte a second, for a minute
        self.send_response(200)
        self.send_header("Content-Length", "60")
        self.end_headers()
        try:
            for _ in range(60):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(1)
        except OSError:
            pass  # the client hung up, as it should

    def _endless(self) -> None:  # no length, and it never ends (until the client hangs up)
        self.send_response(200)
        self.end_headers()
        try:
            for _ in range(2000):
                self.wfile.write(b"x" * 65536)
        except OSError:
            pass


@pytest.fixture
def server() -> Iterator[http.server.ThreadingHTTPServer]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    srv.hits = collections.Counter()  # type: ignore[attr-defined]
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _base(srv: http.server.ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{srv.server_port}"


def _fetcher(**http: object) -> tuple[Fetcher, list[float]]:
    slept: list[float] = []
    settings = HttpSettings(**{"timeout": 5.0, "retries": 2, "per_host_delay": 0.0,
                               "private_hosts": ("127.0.0.1",), **http})  # type: ignore[arg-type]
    return Fetcher(settings, sleep=slept.append), slept


def _fails(fetcher: Fetcher, url: str) -> str:
    with pytest.raises(FetchError) as exc:
        fetcher.get(url)
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    return message


# --------------------------------------------------------------------------- issue 14.1

def test_a_config_without_user_agent_fetches(server, tmp_path: Path, knowledge) -> None:
    # the README's example sets no user agent: the default must be a real string
    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nurls = ["{_base(server)}/page"]\n'
                    '[http]\nprivate_hosts = ["127.0.0.1"]\n', encoding="utf-8")
    config = load_config(path)
    articles, problems = gather(config, apply_config(knowledge, config))
    assert [str(p) for p in problems] == []
    assert [a.title for a in articles] == ["Elmsford bridge to reopen"]


# --------------------------------------------------------------------------- addresses, redirects

def test_loopback_is_refused_by_default(server, tmp_path: Path, knowledge) -> None:
    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nurls = ["{_base(server)}/page"]\n', encoding="utf-8")
    config = load_config(path)
    articles, problems = gather(config, apply_config(knowledge, config))
    assert articles == []
    assert [str(p) for p in problems] == [
        f"{_base(server)}/page: 127.0.0.1 is a loopback address; to fetch from it, list the "
        "host in [http] private_hosts or set [http] allow_private"]
    assert server.hits["/page"] == 0  # a literal address is vetted before connecting


def test_a_closed_port_at_a_refused_address_says_refused_not_closed() -> None:
    # no connection is tried, so the message cannot tell an open port from a closed one
    fetcher, slept = _fetcher(private_hosts=())
    assert _fails(fetcher, "http://127.0.0.2:9/x").startswith(
        "127.0.0.2 is a loopback address")
    assert slept == []


def test_allow_private_lets_every_intranet_host_in(server) -> None:
    fetcher, _ = _fetcher(private_hosts=(), allow_private=True)
    assert fetcher.get(f"{_base(server)}/page") == PAGE


@pytest.mark.parametrize(("path", "expected"), [
    ("/to-ftp", "redirected to ftp://127.0.0.1/file: not an http(s) URL"),
    ("/to-port", "redirected to http://127.0.0.1:1/page: port 1 is neither 80, 443 nor the "
                 "port of the URL asked for"),
    ("/to-localhost", "localhost is at 127.0.0.1, a loopback address"),
])
def test_redirects_are_checked_at_every_hop(server, path: str, expected: str) -> None:
    fetcher, _ = _fetcher()
    assert expected in _fails(fetcher, f"{_base(server)}{path}")
    assert server.hits["/page"] == 0


def test_a_redirect_on_the_same_host_and_port_is_followed(server) -> None:
    fetcher, _ = _fetcher()
    assert fetcher.get(f"{_base(server)}/to-page") == PAGE


def test_a_url_with_a_space_is_one_line(server) -> None:
    fetcher, _ = _fetcher()
    assert "holds a space or a control character" in _fails(fetcher, f"{_base(server)}/a page")
    assert sum(server.hits.values()) == 0


# --------------------------------------------------------------------------- limits

def test_a_slow_drip_server_hits_the_deadline(server) -> None:
    fetcher, _ = _fetcher(deadline=1.0)
    assert _fails(fetcher, f"{_base(server)}/drip") == "took longer than the 1 s deadline"


def test_a_tls_handshake_that_drips_hits_the_deadline() -> None:
    import socket

    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def drip() -> None:  # accept, then answer the ClientHello one byte every half second
        conn, _ = listener.accept()
        with conn:
            conn.recv(4096)
            while not stop.wait(0.5):
                try:
                    conn.sendall(b"\x16")
                except OSError:
                    return

    thread = threading.Thread(target=drip, daemon=True)
    thread.start()
    fetcher, _ = _fetcher(deadline=1.0)
    try:
        url = f"https://127.0.0.1:{listener.getsockname()[1]}/page"
        assert _fails(fetcher, url) == "took longer than the 1 s deadline"
    finally:
        stop.set()
        thread.join(timeout=5)
        listener.close()


def test_an_endless_body_hits_the_size_cap(server) -> None:
    fetcher, _ = _fetcher()
    fetcher.max_bytes = 200_000
    assert _fails(fetcher, f"{_base(server)}/endless") == "larger than the 200,000 bytes limit"


def test_an_announced_size_over_the_cap_is_refused_before_reading(server) -> None:
    fetcher, _ = _fetcher()
    fetcher.max_bytes = 100
    assert _fails(fetcher, f"{_base(server)}/page") == (
        f"larger than the 100 bytes limit ({len(PAGE):,} bytes announced)")


def test_a_huge_feed_is_capped(server, knowledge) -> None:
    fetcher, _ = _fetcher()
    fetcher.max_items = 5
    config = load_config_for(server, feeds=["/feed-huge"])
    articles, problems = gather(config, knowledge, fetcher)
    assert len(articles) == 5
    assert [str(p) for p in problems] == [
        f"{_base(server)}/feed-huge: feed lists 300 new items; read the first 5, the other "
        "295 wait for the next ingest"]
    assert all(isinstance(p, Deferred) for p in problems)  # a note, not a failure


def test_stored_links_are_skipped_before_a_feed_is_capped(server, knowledge) -> None:
    fetcher, _ = _fetcher()
    fetcher.max_items = 5
    config = load_config_for(server, feeds=["/feed-huge"])
    stored = {f"{_base(server)}/page?n={n}" for n in range(5)}  # the last ingest read these
    articles, problems = gather(config, knowledge, fetcher, stored=stored.__contains__)
    assert len(articles) == 5
    assert sorted(k for k, v in server.hits.items() if k.startswith("/page") and v) == [
        f"/page?n={n}" for n in range(5, 10)]
    assert [str(p) for p in problems] == [
        f"{_base(server)}/feed-huge: feed lists 295 new items; read the first 5, the other "
        "290 wait for the next ingest"]


def test_a_page_given_as_a_feed_and_an_empty_feed_say_which(server, knowledge) -> None:
    fetcher, _ = _fetcher()
    config = load_config_for(server, feeds=["/page", "/feed-empty"])
    articles, problems = gather(config, knowledge, fetcher)
    assert articles == []
    assert [str(p) for p in problems] == [
        f"{_base(server)}/page: not a feed: neither RSS nor Atom (<unknown>:3:55: mismatched "
        "tag); an article page goes under [sources] urls",
        f"{_base(server)}/feed-empty: feed has no entries"]


def test_a_link_is_fetched_once_per_run_and_not_when_stored(server, knowledge) -> None:
    fetcher, _ = _fetcher()
    config = load_config_for(server, feeds=["/feed-dup"], urls=["/page"])
    articles, problems = gather(config, knowledge, fetcher)
    assert server.hits["/page"] == 1  # three feed entries and one URL name it
    assert server.hits["/other"] == 1
    assert len(articles) == 1 and len(problems) == 1  # /other is a 404
    stored = {f"{_base(server)}/page"}
    gather(config, knowledge, fetcher, stored=stored.__contains__)
    assert server.hits["/page"] == 1  # the store holds it: not fetched again


def load_config_for(srv: http.server.ThreadingHTTPServer, feeds: list[str] = (),
                    urls: list[str] = ()):  # type: ignore[assignment]
    from reportgen.config import ProjectConfig

    return ProjectConfig(root=Path("."), feeds=tuple(_base(srv) + f for f in feeds),
                         urls=tuple(_base(srv) + u for u in urls))


def test_a_feed_stops_at_its_budget_and_the_rest_waits_for_the_next_ingest(
        server, tmp_path: Path, knowledge) -> None:
    from datetime import date

    from reportgen.schedule import ingest

    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nfeeds = ["{_base(server)}/feed-slow"]\n'
                    '[http]\nprivate_hosts = ["127.0.0.1"]\nper_host_delay = 0\n'
                    'feed_budget = 0.5\n', encoding="utf-8")
    config = load_config(path)
    first = ingest(config, knowledge, date(2022, 11, 21))
    # /slow starts within the budget and takes longer than all of it: nothing starts after
    assert (first.new, first.problems) == (1, [])
    assert first.notes == [f"{_base(server)}/feed-slow: the 0.5 s feed budget ran out; 3 of "
                           "its 4 new items left for the next ingest"]
    assert sum(server.hits[f"/story?n={n}"] for n in (1, 2, 3)) == 0
    path.write_text(path.read_text().replace("feed_budget = 0.5", "feed_budget = 600"))
    second = ingest(load_config(path), knowledge, date(2022, 11, 28))
    # the three left are fetched now; /slow is stored, so it is not asked for again
    assert (second.new, second.notes, server.hits["/slow"]) == (3, [], 1)


# --------------------------------------------------------------------------- retries

def test_retry_after_is_honoured(server) -> None:
    fetcher, slept = _fetcher()
    assert fetcher.get(f"{_base(server)}/busy") == PAGE
    assert slept == [1.0]  # the server's Retry-After, not the 0.5 s backoff


def test_a_retry_after_past_the_deadline_gives_up_at_once(server) -> None:
    fetcher, slept = _fetcher()
    assert _fails(fetcher, f"{_base(server)}/busy-long") == (
        "HTTP 503 (after 1 attempt; waiting 3600 s more would pass the 60 s deadline)")
    assert slept == []


def test_backoff_doubles_and_is_capped(server) -> None:
    fetcher, slept = _fetcher(retries=8, deadline=3600.0)
    assert _fails(fetcher, f"{_base(server)}/error") == "HTTP 503 (after 9 attempts)"
    assert slept == [0.5, 1.0, 2.0, 4.0, 8.0, 16.0, 30.0, 30.0]


# --------------------------------------------------------------------------- broken servers

@pytest.mark.parametrize(("path", "expected"), [
    ("/bad-status", "broken response (BadStatusLine"),
    ("/many-headers", "broken response (HTTPException: got more than 100 headers)"),
    ("/bad-chunks", "broken response (InvalidChunkLength"),
])
def test_a_broken_response_is_one_line(server, path: str, expected: str) -> None:
    fetcher, slept = _fetcher()
    assert _fails(fetcher, f"{_base(server)}{path}").startswith(expected)
    assert slept == []  # a broken server is not asked again


def test_broken_sources_do_not_lose_the_run(server, knowledge) -> None:
    fetcher, _ = _fetcher()
    config = load_config_for(server, urls=["/bad-status", "/many-headers", "/bad-chunks",
                                           "/a page", "/page"])
    articles, problems = gather(config, knowledge, fetcher)
    assert [a.title for a in articles] == ["Elmsford bridge to reopen"]
    assert len(problems) == 4
    assert all(str(p).startswith(_base(server)) and "\n" not in str(p) for p in problems)


def test_a_later_ingest_does_not_fetch_what_the_store_holds(server, tmp_path: Path,
                                                             knowledge) -> None:
    from datetime import date

    from reportgen.schedule import ingest

    path = tmp_path / "reportgen.toml"
    path.write_text(f'[sources]\nfeeds = ["{_base(server)}/feed-dup"]\n'
                    '[http]\nprivate_hosts = ["127.0.0.1"]\nper_host_delay = 0\n',
                    encoding="utf-8")
    config = load_config(path)
    first = ingest(config, knowledge, date(2022, 11, 21))
    assert (first.new, server.hits["/page"]) == (1, 1)
    second = ingest(config, knowledge, date(2022, 11, 28))
    assert (second.new, server.hits["/feed-dup"], server.hits["/page"]) == (0, 2, 1)
    assert server.hits["/other"] == 2  # a 404 is not stored, so it is asked again
