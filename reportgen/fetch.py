"""Pull the configured sources into articles: folders, RSS/Atom feeds and article pages.

Feeds are parsed with feedparser and pages read with trafilatura, from bytes this module
fetched itself with urllib3, under these rules (the README's "Limits" lists them too):

- http and https only, checked on the first URL and on every redirect hop; at most
  ``MAX_REDIRECTS`` redirects; a redirect may go to port 80 or 443 or keep the port of the URL
  it came from, nowhere else;
- the address each connection actually reached is vetted after it connects (so DNS tricks do
  not get past it): loopback, private, link-local, multicast and other non-global addresses are
  refused unless ``[http] allow_private`` is on or the host is in ``[http] private_hosts``;
- one total deadline per fetch (connecting, redirects, retries, backoff and reading all
  count): a watchdog shuts the socket when it passes, so a server that drips one byte a second
  cannot hold a fetch;
- a body larger than ``MAX_BYTES`` (after decompression) is refused;
- at most ``MAX_ITEMS`` links read per feed; a link is fetched once per run, and not at all
  when the store already holds it;
- no page fetch of a feed starts after ``[http] feed_budget`` seconds (one fetch under way
  may still use its deadline); the links left wait for the next ingest;
- retries on timeouts, dropped connections, 429 and 5xx with exponential backoff capped at
  ``MAX_BACKOFF`` seconds, or after the server's ``Retry-After`` when it fits the deadline.

Every failure is a FetchError with a few words; callers turn it into one Problem line naming
the URL. Why not ``trafilatura.fetch_response``: it returns None and logs instead of saying
why, its timeout is per socket read (no total deadline), it retries without certificate checks
after a TLS error, and it switches its address check off whenever ``http_proxy`` is set. Its
post-connect address check is the technique used here.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import re
import socket
import ssl
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import partial
from typing import Any, TypeVar
from urllib.parse import urldefrag, urljoin, urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from reportgen.config import HttpSettings, ProjectConfig
from reportgen.ingest import FileIndex, read_inputs, record_article
from reportgen.knowledge import Knowledge
from reportgen.models import Article, Deferred, Problem

MAX_BYTES = 5_000_000  # a page or feed larger than this is not an article
MAX_REDIRECTS = 5
MAX_ITEMS = 200  # links read per feed; a feed holding more is read up to here
MAX_BACKOFF = 30.0  # seconds between two attempts, at most
FIRST_BACKOFF = 0.5  # then 1, 2, 4 ... up to MAX_BACKOFF
DEFAULT_PORTS = {"http": 80, "https": 443}
REDIRECTS = frozenset({301, 302, 303, 307, 308})
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f]")
T = TypeVar("T")


class FetchError(Exception):
    """A URL could not be fetched; the message says why, in a few words."""


class _Transient(Exception):
    """A failure worth another attempt; ``wait`` is the server's Retry-After, if any."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason, self.wait = reason, wait


# --------------------------------------------------------------------------- one fetch's guard

class _Guard:
    """One fetch's address policy and deadline, and the sockets to shut when it passes.

    It keeps a duplicate of each socket: shutting the duplicate shuts the connection under
    every descriptor, TLS-wrapped or not, even mid-handshake, and wakes a blocked read.
    """

    def __init__(self, http: HttpSettings, seconds: float):
        self.http = http
        self.blocked: str | None = None
        self.expired = False
        self._sockets: list[Any] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self.expire)
        self._timer.daemon = True

    def __enter__(self) -> _Guard:
        _ACTIVE.guard = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _ACTIVE.guard = None
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for dup in sockets:
            dup.close()

    def vet(self, host: str, peer: str) -> None:
        """Refuse a connection whose peer address is not public, unless the config allows it."""
        addr = ipaddress.ip_address(peer.split("%", 1)[0])  # drop an IPv6 zone
        addr = getattr(addr, "ipv4_mapped", None) or addr
        if addr.is_global and not addr.is_multicast:
            return
        if self.http.allow_private or host.lower().strip("[]") in self.http.private_hosts:
            return
        where = "is" if host.strip("[]") == peer else f"is at {addr},"
        self.blocked = (f"{host} {where} a {_address_kind(addr)} address; to fetch from it, "
                        "list the host in [http] private_hosts or set [http] allow_private")
        raise OSError(self.blocked)

    def watch(self, sock: socket.socket) -> None:
        dup = sock.dup()
        with self._lock:
            self._sockets.append(dup)
            if not self.expired:
                return
        self._shut(dup)

    def expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(dup: socket.socket) -> None:
        with contextlib.suppress(OSError):  # already closed by its owner: nothing to wake
            dup.shutdown(socket.SHUT_RDWR)


_ACTIVE = threading.local()


def _address_kind(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    for kind in ("loopback", "link_local", "private", "multicast", "unspecified", "reserved"):
        if getattr(addr, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def _is_address(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


class _VettedHTTPConnection(HTTPConnection):
    """A connection that vets the address it reached and lets the guard's watchdog shut it."""

    def _new_conn(self) -> socket.socket:
        guard: _Guard | None = getattr(_ACTIVE, "guard", None)
        if guard is not None and _is_address(self.host):
            guard.vet(self.host, self.host.strip("[]"))  # a literal address: refuse unconnected
        sock = super()._new_conn()
        if guard is not None:
            try:
                guard.vet(self.host, sock.getpeername()[0])
            except OSError:
                sock.close()
                raise
            guard.watch(sock)
        return sock


class _VettedHTTPSConnection(_VettedHTTPConnection, HTTPSConnection):
    pass


class _VettedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _VettedHTTPConnection


class _VettedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _VettedHTTPSConnection


def _pool() -> urllib3.PoolManager:
    pool = urllib3.PoolManager(num_pools=4, retries=False)
    pool.pool_classes_by_scheme = {"http": _VettedHTTPPool, "https": _VettedHTTPSPool}
    return pool


# --------------------------------------------------------------------------- the fetcher

@dataclass
class Fetcher:
    """HTTP GET under the module's rules, with retries, backoff and a pace per host."""

    http: HttpSettings
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    max_bytes: int = MAX_BYTES
    max_items: int = MAX_ITEMS
    _last: dict[str, float] = field(default_factory=dict)

    def get(self, url: str) -> bytes:
        """Fetch a URL's body; raise FetchError after the last retry."""
        check_url(url)
        start = self.clock()
        pool = _pool()
        try:
            with _Guard(self.http, self.http.deadline) as guard:
                return self._attempts(url, pool, guard, start)
        finally:
            pool.clear()

    def _attempts(self, url: str, pool: urllib3.PoolManager, guard: _Guard,
                  start: float) -> bytes:
        attempts = self.http.retries + 1
        for attempt in range(attempts):
            try:
                return self._follow(url, pool, guard)
            except _Transient as exc:
                reason, wait = exc.reason, exc.wait
            tried = f"after {attempt + 1} attempt{'s' if attempt else ''}"
            if attempt + 1 == attempts:
                raise FetchError(f"{reason} ({tried})")
            delay = min(MAX_BACKOFF, FIRST_BACKOFF * 2 ** attempt) if wait is None else wait
            left = self.http.deadline - (self.clock() - start)
            if delay >= left:
                raise FetchError(f"{reason} ({tried}; waiting {delay:g} s more would pass the "
                                 f"{self.http.deadline:g} s deadline)")
            self.sleep(delay)
        raise AssertionError("unreachable")  # the loop returns or raises

    def _follow(self, url: str, pool: urllib3.PoolManager, guard: _Guard) -> bytes:
        """Request a URL and follow its redirects, checking every hop."""
        current = url
        origin_port = _port(urlsplit(url))
        for _ in range(MAX_REDIRECTS + 1):
            host = urlsplit(current).hostname or ""
            self._pace(host)
            response = self._request(pool, current, guard)
            try:
                if response.status not in REDIRECTS:
                    return self._body(response, guard)
                location = response.headers.get("Location", "").strip()
                if not location:
                    raise FetchError(f"HTTP {response.status} without a Location to go to")
                target = urljoin(current, location)
                check_redirect(target, origin_port)
                current = target
            finally:  # no connection is reused: each fetch has a pool of its own anyway
                response.close()
        raise FetchError(f"more than {MAX_REDIRECTS} redirects")

    def _request(self, pool: urllib3.PoolManager, url: str,
                 guard: _Guard) -> urllib3.BaseHTTPResponse:
        timeout = urllib3.Timeout(connect=self.http.timeout, read=self.http.timeout)
        headers = {"User-Agent": self.http.user_agent, "Accept": "*/*",
                   "Accept-Encoding": "gzip, deflate"}
        try:
            return pool.request("GET", url, headers=headers, timeout=timeout, redirect=False,
                                retries=False, preload_content=False)
        except Exception as exc:  # every transport error becomes FetchError or _Transient
            raise _explain(exc, guard, self.http.deadline) from None

    def _body(self, response: urllib3.BaseHTTPResponse, guard: _Guard) -> bytes:
        status = response.status
        if status == 429 or status >= 500:
            raise _Transient(f"HTTP {status}", _retry_after(response.headers.get("Retry-After")))
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status}")
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise FetchError(f"larger than the {_size(self.max_bytes)} limit "
                             f"({_size(int(announced))} announced)")
        body = bytearray()
        try:
            for chunk in response.stream(16384, decode_content=True):
                body += chunk
                if len(body) > self.max_bytes:
                    raise FetchError(f"larger than the {_size(self.max_bytes)} limit")
        except FetchError:
            raise
        except Exception as exc:
            raise _explain(exc, guard, self.http.deadline) from None
        if guard.expired:
            raise FetchError(f"took longer than the {self.http.deadline:g} s deadline")
        return bytes(body)

    def _pace(self, host: str) -> None:
        now = self.clock()
        wait = self._last.get(host, -1e9) + self.http.per_host_delay - now
        if wait > 0:
            self.sleep(wait)
        self._last[host] = self.clock()


# --------------------------------------------------------------------------- URL rules

def check_url(url: str) -> None:
    """Refuse a URL that is not http(s), has no host, or holds a space or control character."""
    if _UNSAFE_CHARS.search(url):
        raise FetchError("the URL holds a space or a control character; encode it (%20)")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 -- raises ValueError on a port that is not a number
    except ValueError as exc:
        raise FetchError(f"not a valid URL ({exc})") from None
    if parts.scheme not in DEFAULT_PORTS:
        raise FetchError("not an http(s) URL")
    if not parts.hostname:
        raise FetchError("the URL names no host")


def check_redirect(target: str, origin_port: int) -> None:
    """Refuse a redirect that breaks the URL rules or goes to a port other than allowed."""
    try:
        check_url(target)
    except FetchError as exc:
        raise FetchError(f"redirected to {_short(target)}: {exc}") from None
    port = _port(urlsplit(target))
    if port not in (80, 443, origin_port):
        raise FetchError(f"redirected to {_short(target)}: port {port} is neither 80, 443 nor "
                         f"the port of the URL asked for ({origin_port})")


def _port(parts: Any) -> int:
    return parts.port or DEFAULT_PORTS.get(parts.scheme, 0)


def _retry_after(value: str | None) -> float | None:
    """Read Retry-After: seconds, or an HTTP date (seconds from now, never negative)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def _explain(exc: BaseException, guard: _Guard, deadline: float) -> FetchError | _Transient:
    """Turn a transport exception into one short reason, and say whether to try again."""
    if guard.blocked:
        return FetchError(guard.blocked)
    if guard.expired:
        return FetchError(f"took longer than the {deadline:g} s deadline")
    root = _root(exc)
    detail = _short(f"{type(root).__name__}: {root}" if str(root) else type(root).__name__)
    if isinstance(root, ssl.SSLError | ssl.CertificateError | urllib3.exceptions.SSLError):
        return FetchError(f"TLS failed ({detail})")
    if isinstance(root, TimeoutError) or (
            isinstance(root, urllib3.exceptions.TimeoutError)
            and not isinstance(root, urllib3.exceptions.NewConnectionError)):
        return _Transient("timed out")
    if isinstance(root, ConnectionError | socket.gaierror | urllib3.exceptions.NewConnectionError):
        return _Transient(f"cannot connect ({detail})")
    if isinstance(root, http.client.HTTPException | urllib3.exceptions.ProtocolError |
                  urllib3.exceptions.DecodeError):
        return FetchError(f"broken response ({detail})")
    if isinstance(root, urllib3.exceptions.LocationValueError | ValueError | UnicodeError):
        return FetchError(f"not a valid URL ({detail})")
    if isinstance(root, OSError):
        return _Transient(f"cannot connect ({detail})")
    return FetchError(f"failed ({detail})")


def _root(exc: BaseException) -> BaseException:
    """Give the innermost cause that urllib3 wrapped (ProtocolError and MaxRetryError wrap)."""
    seen = {id(exc)}
    while True:
        inner = getattr(exc, "reason", None)
        if not isinstance(inner, BaseException):
            inner = next((a for a in exc.args if isinstance(a, BaseException)), None)
        inner = inner or exc.__cause__
        if inner is None or id(inner) in seen:
            return exc
        seen.add(id(inner))
        exc = inner


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} bytes"


# --------------------------------------------------------------------------- sources

def fetch_page(fetcher: Fetcher, url: str, knowledge: Knowledge) -> Article | Problem:
    """Fetch one article page and read its main text and metadata."""
    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return Problem(url, str(exc))
    html = body.decode("utf-8", errors="replace")
    return record_article({"url": url, "html": html}, url, knowledge)


def fetch_feed(fetcher: Fetcher, url: str, knowledge: Knowledge,
               wanted: Callable[[str], bool] = lambda link: True) -> list[Article | Problem]:
    """Fetch a feed, then each article it links to that ``wanted`` accepts, within its budget.

    No page fetch starts once ``[http] feed_budget`` seconds have passed since the feed was
    asked for; the links left are named in one Deferred line and, not being stored, are
    fetched by the next ingest.
    """
    import feedparser

    budget = fetcher.http.feed_budget
    ends = fetcher.clock() + budget
    try:
        body = fetcher.get(url)
    except FetchError as exc:
        return [Problem(url, str(exc))]
    feed = feedparser.parse(body)
    if not feed.entries:
        return [Problem(url, _short(_empty_feed(feed)))]
    out: list[Article | Problem] = []
    entries = feed.entries
    if len(entries) > fetcher.max_items:
        out.append(Problem(url, f"feed lists {len(entries)} items; read the first "
                                f"{fetcher.max_items} only"))
        entries = entries[:fetcher.max_items]
    links = _feed_links(url, entries, out, wanted)
    for n, (link, entry) in enumerate(links):
        if fetcher.clock() >= ends:
            out.append(Deferred(url, f"the {budget:g} s feed budget ran out; {len(links) - n} "
                                     f"of its {len(links)} new items left for the next ingest"))
            break
        out.append(_feed_item(fetcher, link, entry, feed.feed.get("title"), knowledge))
    return out


def _empty_feed(feed: Any) -> str:
    """Say why a feed gave no entries: not a feed at all (a page?), broken, or empty."""
    detail = f" ({_short(str(feed.bozo_exception), 60)})" if feed.bozo else ""
    if not feed.version:  # neither RSS nor Atom: often an article page listed as a feed
        return (f"not a feed: neither RSS nor Atom{detail}; an article page goes under "
                "[sources] urls")
    return f"not a feed{detail}" if detail else "feed has no entries"


def _feed_links(url: str, entries: list[Any], out: list[Article | Problem],
                wanted: Callable[[str], bool]) -> list[tuple[str, Any]]:
    """Give the feed's new links with their entries; an entry without a link goes to ``out``."""
    links = []
    for entry in entries:
        link = entry.get("link")
        if not link:
            out.append(Problem(url, f"feed entry {_short(entry.get('title', '?'), 60)!r} has "
                                    "no link"))
            continue
        link = urldefrag(urljoin(url, link.strip())).url
        if wanted(link):
            links.append((link, entry))
    return links


def _feed_item(fetcher: Fetcher, link: str, entry: Any, feed_title: str | None,
               knowledge: Knowledge) -> Article | Problem:
    """Fetch one linked page; a page without a date takes the feed entry's."""
    item = _guarded(partial(fetch_page, fetcher, link, knowledge), link)
    if isinstance(item, Article) and item.published is None and entry.get("published"):
        item = record_article({"url": link, "html": None, "text": item.text,
                               "title": item.title, "author": item.author,
                               "outlet": item.outlet or feed_title,
                               "date": entry.get("published")}, link, knowledge)
    return item


def _guarded(read: Callable[[], T], source: str) -> T | Problem:
    """Run one source's reading; anything unexpected is one Problem, not a lost run."""
    try:
        return read()
    except Exception as exc:
        return Problem(source, f"failed ({_short(f'{type(exc).__name__}: {exc}')})")


def gather(config: ProjectConfig, knowledge: Knowledge, fetcher: Fetcher | None = None,
           jobs: int = 1, stored: Callable[[str], bool] = lambda url: False,
           files: FileIndex | None = None) -> tuple[list[Article], list[Problem]]:
    """Read every configured source: folders (on ``jobs`` processes), feeds, then URLs.

    A link is fetched once per run, and not at all when ``stored(link)`` says the store
    already holds it. With ``files``, folder files unchanged since the last ingest are not
    read again.
    """
    fetcher = fetcher or Fetcher(config.http)
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def wanted(link: str) -> bool:
        if link in seen or stored(link):
            return False
        seen.add(link)
        return True

    def keep(item: Article | Problem) -> None:
        if isinstance(item, Article):
            articles.append(item)
        else:
            problems.append(item)

    if config.folders:
        read, bad = read_inputs(config.folders, knowledge, jobs, files)
        articles.extend(read)
        problems.extend(bad)
    for url in config.feeds:
        items = _guarded(partial(fetch_feed, fetcher, url, knowledge, wanted), url)
        for item in items if isinstance(items, list) else [items]:
            keep(item)
    for url in config.urls:
        if wanted(url):
            keep(_guarded(partial(fetch_page, fetcher, url, knowledge), url))
    return articles, problems
