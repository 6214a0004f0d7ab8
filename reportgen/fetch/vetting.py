"""Which URLs and addresses a fetch may reach, and one fetch's guard (its deadline watchdog).

The address each connection actually reached is vetted after it connects, so DNS tricks do not
get past it; URLs and redirect hops are checked before they are asked for.
"""

from __future__ import annotations

import contextlib
import ipaddress
import re
import socket
import threading
from typing import Any
from urllib.parse import urlsplit

import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from reportgen.config import HttpSettings

DEFAULT_PORTS = {"http": 80, "https": 443}
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f]")


class FetchError(Exception):
    """A URL could not be fetched; the message says why, in a few words."""


class Guard:
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

    def __enter__(self) -> Guard:
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
        """Keep a duplicate of a socket to shut at the deadline; shut it now if that has passed."""
        dup = sock.dup()
        with self._lock:
            self._sockets.append(dup)
            if not self.expired:
                return
        self._shut(dup)

    def expire(self) -> None:
        """Mark the deadline passed and shut every socket watched."""
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
        guard: Guard | None = getattr(_ACTIVE, "guard", None)
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


def vetted_pool() -> urllib3.PoolManager:
    """Give a connection pool whose connections are vetted by the active Guard."""
    pool = urllib3.PoolManager(num_pools=4, retries=False)
    pool.pool_classes_by_scheme = {"http": _VettedHTTPPool, "https": _VettedHTTPSPool}
    return pool


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
        raise FetchError(f"redirected to {short(target)}: {exc}") from None
    port = port_of(urlsplit(target))
    if port not in (80, 443, origin_port):
        raise FetchError(f"redirected to {short(target)}: port {port} is neither 80, 443 nor "
                         f"the port of the URL asked for ({origin_port})")


def port_of(parts: Any) -> int:
    """Give a split URL's port, or its scheme's default port."""
    return parts.port or DEFAULT_PORTS.get(parts.scheme, 0)


def short(text: str, limit: int = 160) -> str:
    """Give text on one line, cut to at most limit characters for a message."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3] + "..."
