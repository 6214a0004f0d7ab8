"""HTTP GET under the fetch rules: redirects checked hop by hop, retries with backoff,
a body size limit and a pace per host."""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import urllib3

from reportgen.config import HttpSettings
from reportgen.fetch.vetting import (
    FetchError,
    Guard,
    check_redirect,
    check_url,
    port_of,
    short,
    vetted_pool,
)

MAX_BYTES = 5_000_000  # a page or feed larger than this is not an article
MAX_REDIRECTS = 5
MAX_ITEMS = 200  # new links read per feed and ingest; the others wait for the next ingest
MAX_BACKOFF = 30.0  # seconds between two attempts, at most
FIRST_BACKOFF = 0.5  # then 1, 2, 4 ... up to MAX_BACKOFF
REDIRECTS = frozenset({301, 302, 303, 307, 308})


class _Transient(Exception):
    """A failure worth another attempt; ``wait`` is the server's Retry-After, if any."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason, self.wait = reason, wait


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
        pool = vetted_pool()
        try:
            with Guard(self.http, self.http.deadline) as guard:
                return self._attempts(url, pool, guard, start)
        finally:
            pool.clear()

    def _attempts(self, url: str, pool: urllib3.PoolManager, guard: Guard,
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

    def _follow(self, url: str, pool: urllib3.PoolManager, guard: Guard) -> bytes:
        """Request a URL and follow its redirects, checking every hop."""
        current = url
        origin_port = port_of(urlsplit(url))
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
                 guard: Guard) -> urllib3.BaseHTTPResponse:
        timeout = urllib3.Timeout(connect=self.http.timeout, read=self.http.timeout)
        headers = {"User-Agent": self.http.user_agent, "Accept": "*/*",
                   "Accept-Encoding": "gzip, deflate"}
        try:
            return pool.request("GET", url, headers=headers, timeout=timeout, redirect=False,
                                retries=False, preload_content=False)
        except Exception as exc:  # every transport error becomes FetchError or _Transient
            raise _explain(exc, guard, self.http.deadline) from None

    def _body(self, response: urllib3.BaseHTTPResponse, guard: Guard) -> bytes:
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


def _explain(exc: BaseException, guard: Guard, deadline: float) -> FetchError | _Transient:
    """Turn a transport exception into one short reason, and say whether to try again."""
    if guard.blocked:
        return FetchError(guard.blocked)
    if guard.expired:
        return FetchError(f"took longer than the {deadline:g} s deadline")
    root = _root(exc)
    detail = short(f"{type(root).__name__}: {root}" if str(root) else type(root).__name__)
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


def _size(n: int) -> str:
    return f"{n / 1_000_000:g} MB" if n >= 1_000_000 else f"{n:,} bytes"
